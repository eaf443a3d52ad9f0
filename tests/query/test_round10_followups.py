"""Follow-ups that once repeated or kept the previous answer silently (round 10): "and the same quarter a year
later?" moves the period forward, "and the bottom 3?" flips a ranking, "top 2 only" after a monthly trend ranks
the months by value, "zurück auf alle Länder" drops the country filter. Each is checked against the same
question asked on its own (a different reading path) and against the previous answer it must differ from."""

from __future__ import annotations

import insight.api as ia
from insight.query.session import Session


def _alone(ds, question: str) -> dict:
    return ia.ask(question, ds).to_json()


def test_a_year_later_moves_the_quarter_forward(retail_ii):
    session = Session(retail_ii)
    first = session.ask("number of orders in Q4 2010").to_json()
    got = session.ask("and the same quarter a year later?").to_json()
    alone = _alone(retail_ii, "number of orders in Q4 2011")
    assert got["status"] == "ok" and got["rows"] == alone["rows"] != first["rows"], got["understood"]


def test_im_jahr_danach_moves_the_year_forward(retail_ii):
    session = Session(retail_ii)
    session.ask("Umsatz 2010")
    got = session.ask("und im Jahr danach?").to_json()
    assert got["status"] == "ok" and got["rows"] == _alone(retail_ii, "Umsatz 2011")["rows"], got["understood"]


def test_bottom_after_top_flips_the_order(retail_ii):
    session = Session(retail_ii)
    for q in ("Umsatz 2011", "und nach Land?", "nur Top 3"):
        top = session.ask(q).to_json()
    got = session.ask("and the bottom 3?").to_json()
    assert got["status"] == "ok" and len(got["rows"]) == 3, got["text"]
    values = [r[-1] for r in got["rows"]]
    assert values == sorted(values) and values[-1] < top["rows"][-1][-1]
    everything = _alone(retail_ii, "Umsatz 2011 nach Land")["rows"]
    assert values == sorted(r[-1] for r in everything)[:3]


def test_top_n_after_a_trend_ranks_the_periods_by_value(retail_ii):
    session = Session(retail_ii)
    trend = session.ask("revenue by month 2011").to_json()
    got = session.ask("top 2 only").to_json()
    best = sorted(trend["rows"], key=lambda r: r[-1], reverse=True)[:2]
    assert got["status"] == "ok" and got["rows"] == best, got["rows"]


def test_back_to_all_countries_drops_the_country_filter(retail_ii):
    session = Session(retail_ii)
    session.ask("Umsatz Deutschland 2011")
    france = session.ask("und Frankreich?").to_json()
    got = session.ask("zurück auf alle Länder").to_json()
    assert got["status"] == "ok" and got["plan"]["filters"] == [], got["understood"]
    assert got["rows"] == _alone(retail_ii, "Umsatz 2011")["rows"] != france["rows"]


def test_a_new_grouping_replaces_the_previous_one_unless_also_is_said():
    from pathlib import Path

    import polars as pl
    import pytest

    path = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "marketing_campaign.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    ds, raw = ia.load_file(path), pl.read_csv(path, separator="\t")
    session = Session(ds)
    session.ask("average income by education")
    got = session.ask("und nach Familienstand?").to_json()
    want = dict(raw.group_by("Marital_Status").agg(pl.col("Income").mean()).iter_rows())
    assert got["status"] == "ok" and len(got["rows"][0]) == 2, got["understood"]
    assert {r[0]: round(r[1], 6) for r in got["rows"]} == {k: round(v, 6) for k, v in want.items()}
    session.ask("average income by education")
    both = session.ask("und zusätzlich nach Familienstand?").to_json()
    assert both["status"] == "ok" and len(both["rows"][0]) == 3, both["understood"]
