"""``insight tui``: usage errors through the CLI, and the ``--data FILE`` path driven with Pilot on a
hand-made file and (slow) on Online Retail II against the published total."""

from __future__ import annotations

import polars as pl
import pytest
from typer.testing import CliRunner
from tui_helpers import DATA, ask, needs_ask, settle

from insight.cli import app as cli
from tui.app import create_app

runner = CliRunner()
SIZE = (120, 40)


@pytest.mark.parametrize("args, message", [
    (["tui", "--lang", "fr"], "choose de or en"),
    (["tui", "--workspace", "w.db", "--data", "x.csv"], "not both"),
    (["tui", "--data", "does-not-exist.csv"], "file not found"),
])
def test_usage_errors_are_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert message in str(result.exception)
    assert not (tmp_path / "w.db").exists()


@needs_ask
async def test_data_file_is_loaded_in_a_worker_and_answers(tmp_path):
    csv = tmp_path / "orders.csv"
    csv.write_text(
        "Invoice,Customer ID,InvoiceDate,Quantity,Price,Country\n"
        "A1,7,2011-01-05 10:00,2,3.5,Germany\n"
        "A2,8,2011-01-06 11:00,1,9.0,France\n"
        "A3,7,2011-02-01 09:00,4,2.5,Germany\n"
        "C4,7,2011-02-02 09:00,-1,2.5,Germany\n"
    )
    expected = {"Germany": 2 * 3.5 + 4 * 2.5 - 2.5, "France": 9.0}  # the return counts negative
    app = create_app(data=csv, history_dir=tmp_path / "state", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        # asked at once, while the file is still loading: the card is there, the answer follows
        await pilot.press(*"Umsatz nach Land", "enter")
        assert len(app.transcript_view.cards) == 1
        await settle(pilot)
        table = app.transcript_view.cards[-1].table
        # a German answer shows the countries' German names; the answer's own table keeps the data's values
        german = {"Germany": "Deutschland", "France": "Frankreich"}
        assert dict(table.view.select("country", "revenue").iter_rows()) == pytest.approx(
            {german[k]: v for k, v in expected.items()})
        answer = app.transcript_view.cards[-1].answer
        assert dict(answer.table.select("country", "revenue").iter_rows()) == pytest.approx(expected)


@pytest.mark.slow
@needs_ask
async def test_online_retail_ii_revenue_by_country(tmp_path):
    path = DATA / "online_retail_ii.parquet"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    app = create_app(data=path, history_dir=tmp_path / "state", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue by country")
        frame = app.transcript_view.cards[-1].table.view
        # published in the team's verified figures: net revenue 18,908,996.98 over all lines
        assert frame.get_column("revenue").sum() == pytest.approx(18_908_996.98, abs=0.05)
        raw = pl.read_parquet(path)
        uk = raw.filter(pl.col("Country") == "United Kingdom")
        signed = pl.when((pl.col("Quantity") < 0) | pl.col("Invoice").str.starts_with("C")) \
            .then(-(pl.col("Quantity") * pl.col("Price")).abs()).otherwise(pl.col("Quantity") * pl.col("Price"))
        uk_revenue = uk.select(signed.sum()).item()
        assert dict(frame.select("country", "revenue").iter_rows())["United Kingdom"] == pytest.approx(uk_revenue)


async def test_without_a_workspace_the_demo_opens_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INSIGHT_HOME", str(tmp_path / "home"))
    app = create_app(history_dir=tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.dataset is not None and app.dataset.customers.height > 0  # the demo has customer data
        assert "demo" in str(app.query_one("#brand").render())
    assert not (tmp_path / "insight.db").exists() and not (tmp_path / "home" / "workspace.db").exists()
