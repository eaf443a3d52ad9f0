"""`insight customers`, `insight segments`, `insight ltv`, `insight kpis` end to end through the console entry point,
on a small canonical parquet file whose numbers are worked out by hand."""

import datetime as dt
import json
import sys

import polars as pl
import pytest

# Four customers (analysis date 2024-04-01): a 3 orders = 300; b 1 order 50; c 2 orders 120 (one 20 return);
# d 1 order 1000 in Germany. Plus one line without customer (10).
LINES = [
    ("1", "a", "2024-01-05", 1, 100.0, "UK"), ("2", "a", "2024-02-05", 1, 100.0, "UK"),
    ("3", "a", "2024-03-05", 1, 100.0, "UK"), ("4", "b", "2024-01-10", 1, 50.0, "UK"),
    ("5", "c", "2024-02-01", 2, 70.0, "UK"), ("C5", "c", "2024-02-03", -1, 20.0, "UK"),
    ("6", "c", "2024-03-01", 1, 0.0, "UK"), ("7", "c", "2024-03-02", 1, 0.0, "UK"),
    ("8", "d", "2024-03-31", 1, 1000.0, "Germany"), ("9", None, "2024-03-15", 1, 10.0, "UK"),
]


@pytest.fixture(scope="module")
def data_file(tmp_path_factory):
    frame = pl.DataFrame(LINES, schema={"order_id": pl.String, "customer_id": pl.String, "order_date": pl.String,
                                        "quantity": pl.Float64, "unit_price": pl.Float64, "country": pl.String},
                         orient="row").with_columns(pl.col("order_date").str.to_datetime("%Y-%m-%d"))
    # c's zero-value lines 6 and 7 are not orders; make c's second order real:
    frame = frame.with_columns(
        unit_price=pl.when(pl.col("order_id") == "7").then(pl.lit(70.0)).otherwise(pl.col("unit_price")))
    path = tmp_path_factory.mktemp("value") / "lines.parquet"
    frame.write_parquet(path)
    return path


def run(args, capsys, monkeypatch):
    from insight.cli import main

    monkeypatch.setattr(sys, "argv", ["insight", *args])
    monkeypatch.setenv("COLUMNS", "200")
    capsys.readouterr()
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_customers_json_sorted_and_filtered(data_file, capsys, monkeypatch):
    code, out, err = run(["customers", "--data", str(data_file), "--json"], capsys, monkeypatch)
    assert code == 0, err
    payload = json.loads(out)
    assert payload["as_of"] == "2024-04-01"
    rows = [dict(zip(payload["columns"], r)) for r in payload["rows"]]
    # revenue: d 1000, a 300, c 140 - 20 + 70 = 190, b 50
    assert [(r["customer_id"], r["revenue"], r["orders"]) for r in rows] == [
        ("d", 1000.0, 1), ("a", 300.0, 3), ("c", 190.0, 2), ("b", 50.0, 1)]
    assert rows[0]["recency_days"] == 1 and rows[0]["country"] == "Germany"

    code, out, _ = run(["customers", "--data", str(data_file), "--json", "--sort", "orders", "--asc", "--top", "2",
                        "--filter", "country=UK"], capsys, monkeypatch)
    assert code == 0
    assert [r[0] for r in json.loads(out)["rows"]] == ["b", "c"]
    code, out, _ = run(["customers", "--data", str(data_file), "--json", "-f", "orders>=2", "-f", "revenue<250"],
                       capsys, monkeypatch)
    assert [r[0] for r in json.loads(out)["rows"]] == ["c"]


def test_customers_table_output(data_file, capsys, monkeypatch):
    code, out, _ = run(["customers", "--data", str(data_file), "--top", "1"], capsys, monkeypatch)
    assert code == 0
    assert "Customers (as of 2024-04-01)" in out and "1,000.00" in out
    assert "more rows" not in out


def test_customers_bad_sort_and_filter_are_one_line_usage_errors(data_file, capsys, monkeypatch):
    code, out, err = run(["customers", "--data", str(data_file), "--sort", "nonsense"], capsys, monkeypatch)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "nonsense" in err
    code, _, err = run(["customers", "--data", str(data_file), "--filter", "land=DE"], capsys, monkeypatch)
    assert code == 2 and "land" in err
    code, _, err = run(["customers", "--data", str(data_file), "--filter", "orders>many"], capsys, monkeypatch)
    assert code == 2 and "not a number" in err


def test_segments_abc_summary_and_customers(data_file, capsys, monkeypatch):
    # revenue 1000, 300, 190, 50 of 1540: cum before 0 (A), .649 (A), .844 (B), .968 (C)
    code, out, err = run(["segments", "--method", "abc", "--data", str(data_file), "--json"], capsys, monkeypatch)
    assert code == 0, err
    payload = json.loads(out)
    summary = {r[0]: dict(zip(payload["columns"], r)) for r in payload["rows"]}
    assert {k: v["customers"] for k, v in summary.items()} == {"A": 2, "B": 1, "C": 1}
    assert summary["A"]["revenue_share"] == pytest.approx(1300 / 1540)
    code, out, _ = run(["segments", "-m", "abc", "--customers", "--data", str(data_file), "--json"],
                       capsys, monkeypatch)
    payload = json.loads(out)
    got = {r[0]: r[payload["columns"].index("segment")] for r in payload["rows"]}
    assert got == {"a": "A", "b": "C", "c": "B", "d": "A"}


def test_segments_rfm_and_bad_method(data_file, capsys, monkeypatch):
    code, out, _ = run(["segments", "--data", str(data_file), "--customers", "--json"], capsys, monkeypatch)
    assert code == 0
    payload = json.loads(out)
    # n = 4: scores ceil(5r/4) = 2, 3, 4, 5. recency a 27, b 82, c 30, d 1 -> R: b 2, c 3, a 4, d 5;
    # orders b 1, d 1, a 3... sorted (1,b) (1,d) (2,c) (3,a) -> F: b 2, d 3, c 4, a 5
    scores = {r[0]: r[payload["columns"].index("rfm_score")][:2] for r in payload["rows"]}
    assert scores == {"a": "45", "b": "22", "c": "34", "d": "53"}
    code, _, err = run(["segments", "--method", "kmeans", "--data", str(data_file)], capsys, monkeypatch)
    assert code == 2 and "kmeans" in err


def _kpis(out: str) -> dict:
    payload = json.loads(out)
    return {k["name"]: k for k in payload["kpis"]} | {"_": payload}


def test_kpis_json(data_file, capsys, monkeypatch):
    code, out, err = run(["kpis", "--data", str(data_file), "--json"], capsys, monkeypatch)
    assert code == 0, err
    kpis = _kpis(out)
    # all lines: 300 + 50 + 190 + 1000 + 10 = 1550
    assert kpis["revenue"]["value"] == pytest.approx(1550.0) and kpis["profit"]["value"] == pytest.approx(1550.0)
    assert kpis["customers"]["value"] == 4 and kpis["repeat_rate"]["value"] == pytest.approx(0.5)
    assert kpis["revenue"]["period"] == "2024-01-05 – 2024-03-31" and kpis["revenue"]["complete"] is True
    assert kpis["_"]["as_of"] == "2024-04-01" and kpis["_"]["language"] == "en"
    for name in ("nps", "redemption_rate", "retention_rate", "clv", "value_at_risk"):  # no survey, coupons, years
        assert kpis[name]["available"] is False and kpis[name]["value"] is None and kpis[name]["reason"]


def test_kpis_in_german_name_what_is_missing(data_file, capsys, monkeypatch):
    code, out, err = run(["kpis", "--data", str(data_file), "--lang", "de"], capsys, monkeypatch)
    assert code == 0, err
    assert "Kennzahlen (Stichtag 2024-04-01)" in out and "Wiederkaufsrate" in out and "50 %" in out
    assert "nicht verfügbar: die Daten haben keine Einlösungen-Tabelle" in out
    monkeypatch.setenv("INSIGHT_LANG", "de")
    code, out, _ = run(["kpis", "--data", str(data_file), "--json"], capsys, monkeypatch)
    assert _kpis(out)["_"]["language"] == "de"
    code, _, err = run(["kpis", "--data", str(data_file), "--lang", "fr"], capsys, monkeypatch)
    assert code == 2 and "--lang" in err


def test_as_of_moves_the_analysis_date(data_file, capsys, monkeypatch):
    code, out, _ = run(["kpis", "--data", str(data_file), "--as-of", "2024-03-01", "--json"], capsys, monkeypatch)
    kpis = _kpis(out)
    # before 2024-03-01: a's first two orders, b, c's first order and its return = 200 + 50 + 120
    assert kpis["_"]["as_of"] == dt.date(2024, 3, 1).isoformat()
    assert kpis["revenue"]["value"] == pytest.approx(370.0) and kpis["customers"]["value"] == 3


def test_ltv_with_set_components_gives_the_seed_example(data_file, capsys, monkeypatch):
    code, out, err = run(["ltv", "--data", str(data_file), "--s", "20", "--c", "1", "--p", "1", "--t", "36",
                          "--json"], capsys, monkeypatch)
    assert code == 0, err
    payload = json.loads(out)
    row = dict(zip(payload["columns"], payload["rows"][0]))
    assert (row["S"], row["C"], row["P"], row["t"], row["ltv"]) == (20, 1, 1, 36, 720)
    assert payload["user_set"] == {"S": 20, "C": 1, "P": 1, "t": 36} and payload["unit"] == "month"
    code, out, _ = run(["ltv", "--data", str(data_file), "--s", "20", "--c", "12", "--p", "1", "--t", "3",
                        "--unit", "year", "--json"], capsys, monkeypatch)
    payload = json.loads(out)
    assert payload["rows"][0][payload["columns"].index("ltv")] == 720


def test_ltv_computed_components_and_german_notes(data_file, capsys, monkeypatch):
    code, out, err = run(["ltv", "--data", str(data_file), "--json"], capsys, monkeypatch)
    assert code == 0, err
    payload = json.loads(out)
    row = dict(zip(payload["columns"], payload["rows"][0]))
    # last 12 months = all data: revenue 1540 of 7 orders by 4 customers; one year only, so no t
    assert row["S"] == pytest.approx(1540 / 7) and row["C"] == pytest.approx(7 / 4 / 12) and row["P"] == 1
    assert row["t"] is None and row["ltv"] is None and payload["churn_pair"] is None
    assert payload["window"] == ["2023-04-01", "2024-04-01"]
    code, out, _ = run(["ltv", "--data", str(data_file), "--t", "36", "--lang", "de"], capsys, monkeypatch)
    assert code == 0 and "Hinweis: Vom Nutzer gesetzt: t = 36 Monate" in out
    code, _, err = run(["ltv", "--data", str(data_file), "--unit", "week"], capsys, monkeypatch)
    assert code == 2 and "--unit" in err


def test_payback_without_a_customers_table_names_it(data_file, capsys, monkeypatch):
    code, _, err = run(["payback", "--data", str(data_file)], capsys, monkeypatch)
    assert code == 1 and "'customers' table (Kunden)" in err


def test_unprofitable_json(data_file, capsys, monkeypatch):
    # margin 1, no cost to serve, no customer below 0: an empty list, and a summary with a count of 0
    code, out, err = run(["unprofitable", "--data", str(data_file), "--json"], capsys, monkeypatch)
    assert code == 0, err
    payload = json.loads(out)
    assert payload["rows"] == [] and payload["columns"][:6] == ["customer_id", "revenue", "orders", "margin",
                                                                "profit", "loss"]
    code, out, _ = run(["unprofitable", "--data", str(data_file), "--summary", "--json"], capsys, monkeypatch)
    payload = json.loads(out)
    assert payload["columns"] == ["customers", "unprofitable", "unprofitable_share", "loss"]
    assert payload["rows"] == [[4, 0, 0.0, 0.0]]
