"""Churned against retained on a customers table with a churn flag: the figure by the flag's two values, never the
retention rate nor a word asked back — docs/ask.md, `churn_sides`."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> tuple[Path, pl.DataFrame]:
    n = 120
    raw = pl.DataFrame(
        {
            "MemberId": [f"M{i:04d}" for i in range(n)],
            "Region": [["North", "South", "East"][i % 3] for i in range(n)],
            "Age": [20 + (i * 7) % 50 for i in range(n)],
            "Balance": [float((i * 7919) % 100000) / 3 for i in range(n)],
            "Churn": [1 if i % 4 == 0 else 0 for i in range(n)],
        }
    )
    path = tmp_path_factory.mktemp("churn_sides") / "members.csv"
    raw.write_csv(path)
    return path, raw


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("Average balance of churned vs retained customers", "Balance"),
        ("Compare the average age of customers who left with those who stayed", "Age"),
        ("Average age of customers who churned compared to those who were retained", "Age"),
        ("Durchschnittlicher Kontostand abgewanderter vs. gebliebener Kunden", "Balance"),
        ("Durchschnittsalter: gekündigt vs. treu", "Age"),
        ("Vergleiche das durchschnittliche Alter der abgewanderten Kunden mit dem der gebliebenen", "Age"),
    ],
)
def test_churned_against_retained_is_by_the_flag(members, question: str, column: str) -> None:
    path, raw = members
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert "churn_sides" in answer["plan"]["rule"].split(" → "), answer["plan"]["rule"]
    got = {int(r[0]): r[1] for r in answer["rows"]}
    want = {int(k): v for k, v in raw.group_by("Churn").agg(pl.col(column).mean()).iter_rows()}
    assert got.keys() == {0, 1}
    for k in want:
        assert got[k] == pytest.approx(want[k])


def test_one_side_stays_a_filter(members) -> None:
    path, raw = members
    answer = ia.ask("Average balance of churned customers", ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["rows"][0][-1] == pytest.approx(raw.filter(pl.col("Churn") == 1)["Balance"].mean())


def test_without_a_churn_flag_nothing_is_rewritten() -> None:
    from insight.query import churn_sides

    assert churn_sides.rewrite("average balance of churned vs retained customers", None) == (
        "average balance of churned vs retained customers",
        False,
    )


def test_churn_modelling_balance_churned_vs_retained() -> None:
    path = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "Churn_Modelling.csv"
    if not path.exists():
        pytest.skip("the shared foreign data is absent")
    answer = ia.ask("Average balance of churned vs retained customers", ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    got = {int(r[0]): r[1] for r in answer["rows"]}
    raw = pl.read_csv(path)
    for k, v in raw.group_by("Exited").agg(pl.col("Balance").mean()).iter_rows():
        assert got[int(k)] == pytest.approx(v)
