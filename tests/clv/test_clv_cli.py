"""``insight clv fit | predict | holdout`` end to end (typer's CliRunner and the real console entry point)."""

from __future__ import annotations

import json
import sys

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app, main

from clv_helpers import CDNOW, need, simulated_rows as _rows

runner = CliRunner()


@pytest.fixture(scope="module")
def lines_csv(tmp_path_factory):
    rows = pl.DataFrame(_rows(120, seed=11)).select(
        Invoice="order_id", **{"Customer ID": "customer_id"}, InvoiceDate=pl.col("order_date").dt.strftime("%Y-%m-%d %H:%M"),
        Quantity="quantity", Price="unit_price",
    )
    path = tmp_path_factory.mktemp("clv") / "orders.csv"
    rows.write_csv(path)
    return path


def run(*args: str) -> dict:
    result = runner.invoke(app, ["clv", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_fit_summary_file_json():
    out = run("fit", "--data", str(need(CDNOW / "cdnow_customers_summary.csv")), "--unit", "week", "--json")
    assert set(out) >= {"model", "params", "log_likelihood", "converged", "n", "standard_errors"}
    assert out["model"] == "bgnbd" and out["n"] == 2357 and out["converged"]
    assert round(out["params"]["r"], 4) == 0.2426 and round(out["log_likelihood"], 2) == -9582.43
    assert out["diagnostics"] == [] and out["reliable"] is True


def test_fit_gamma_gamma_on_papers_notation():
    out = run("fit", "--data", str(need(CDNOW / "cdnow_customers_summary_with_transactions.csv")), "--model", "gg",
              "--json")
    assert out["n"] == 946 and round(out["params"]["p"], 2) == 6.25


def test_fit_order_lines_with_calibration_end(lines_csv):
    out = run("fit", "--data", str(lines_csv), "--calibration-end", "2011-06-30", "--json")
    frame = pl.read_csv(lines_csv)
    first = frame.group_by("Customer ID").agg(pl.col("InvoiceDate").min())
    assert out["n"] == first.filter(pl.col("InvoiceDate") < "2011-07-01").height
    assert out["model"] == "bgnbd" and out["params"]["r"] > 0


def test_predict_json_top(lines_csv):
    out = run("predict", "--data", str(lines_csv), "--top", "5", "--horizon-months", "6", "--json")
    assert out["columns"][-1] == "clv" and len(out["rows"]) == 5 and out["horizon_months"] == 6
    clv = [row[-1] for row in out["rows"]]
    assert clv == sorted(clv, reverse=True)
    last = pl.read_csv(lines_csv)["InvoiceDate"].max()[:10]
    assert out["as_of"] > last and out["as_of"] <= "2012-01-02"


def test_readable_output(lines_csv):
    result = runner.invoke(app, ["clv", "fit", "--data", str(lines_csv), "--model", "mbgnbd"])
    assert result.exit_code == 0 and "log-likelihood" in result.stdout
    result = runner.invoke(app, ["clv", "holdout", "--data", str(lines_csv), "--calibration-end", "2011-08-31"])
    assert result.exit_code == 0 and "mean absolute error" in result.stdout


@pytest.mark.parametrize("args, code, text", [
    (["holdout", "--data", "{csv}", "--calibration-end", "2011-08-31", "--model", "gg"], 2, "count"),
    (["fit", "--data", "{summary}", "--calibration-end", "2011-01-01"], 2, "already summarised"),
    (["fit", "--data", "{missing}"], 1, "no such file"),
])
def test_errors_are_one_line(args, code, text, lines_csv, tmp_path, monkeypatch, capsys):
    """Through the console entry point ``insight.cli.main`` (in-process): exit code + one line on stderr."""
    paths = {"csv": str(lines_csv), "summary": str(need(CDNOW / "cdnow_customers_summary.csv")),
             "missing": str(tmp_path / "nope.csv")}
    monkeypatch.setattr(sys, "argv", ["insight", "clv", *[a.format(**paths) for a in args]])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capsys.readouterr().err
    assert exit_info.value.code == code, err
    assert text in err and len(err.strip().splitlines()) <= 2 and "Traceback" not in err
