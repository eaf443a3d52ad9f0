"""Pilot flows through the question engine on the demo data and on a real SQLite workspace.

Expected tables are computed here with polars from the raw order lines (metrics.md: revenue is the
sum of signed line amounts before the analysis date; customer rankings use attributed lines only).
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from textual.coordinate import Coordinate
from textual.widgets import Collapsible, Input, Static
from textual.widgets._collapsible import CollapsibleTitle
from tui_helpers import ask, needs_ask, settle

import insight.api as api
from tui.components.answer_card import AnswerCard
from tui.components.clarify import ClarifyOptions
from tui.components.frame_table import FrameTable

pytestmark = needs_ask
SIZE = (120, 40)


def signed_lines(ds) -> pl.DataFrame:
    cutoff = dt.datetime.combine(ds.as_of, dt.time())
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    ret = (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").fill_null("").str.starts_with("C")
    return ds.order_lines.filter(pl.col("order_date") < cutoff).with_columns(
        amt=pl.when(ret).then(-raw.abs()).otherwise(raw))


def last_card(app) -> AnswerCard:
    return app.transcript_view.cards[-1]


def shown(table: FrameTable, row: int, column: str) -> str:
    return str(table.get_cell_at(Coordinate(row, table.shown_columns.index(column))))


async def test_german_top_customers_and_open_customer_card(make_app, demo):
    expected = (signed_lines(demo).filter(pl.col("customer_id").is_not_null())
                .group_by("customer_id").agg(revenue=pl.col("amt").sum())
                .sort(["revenue", "customer_id"], descending=[True, False]).head(5))
    app = make_app(language="de")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "Top 5 Kunden nach Umsatz")
        card = last_card(app)
        assert card.answer.status == "ok" and card.answer.language == "de"
        table = card.table
        assert table.view.get_column("customer_id").to_list() == expected.get_column("customer_id").to_list()
        assert table.view.get_column("revenue").to_list() == pytest.approx(expected.get_column("revenue").to_list())
        top_id, top_revenue = expected.row(0)
        assert shown(table, 0, "customer_id") == str(top_id)
        assert shown(table, 0, "revenue") == f"{top_revenue:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        assert card.query("AnswerChart")  # a top-N list gets a bar chart
        await pilot.press("f3")  # into the answer's table
        assert app.focused is table
        await pilot.press("enter")
        await settle(pilot)
        assert app.side_panel.active == "tab-customer"
        assert app.customer_card.profile.customer_id == top_id
        assert app.customer_card.profile.value["revenue"] == pytest.approx(top_revenue)


async def test_english_breakdown_sort_and_follow_up(make_app, demo):
    lines = signed_lines(demo)
    by_country = dict(lines.group_by("country").agg(pl.col("amt").sum()).iter_rows())
    year = max(d.year for d in lines.get_column("order_date").dt.date().unique().to_list()
               if dt.date(d.year, 12, 31) < demo.as_of)  # the last complete year of the data
    in_year = dict(lines.filter(pl.col("order_date").dt.year() == year)
                   .group_by("country").agg(pl.col("amt").sum()).iter_rows())
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue by country")
        table = last_card(app).table
        got = dict(table.view.select("country", "revenue").iter_rows())
        assert got.keys() == by_country.keys()
        assert list(got.values()) == pytest.approx([by_country[c] for c in got])
        table.focus()
        table.move_cursor(row=0, column=table.shown_columns.index("country"))
        await pilot.press("s")  # sort by country, ascending for text
        assert table.view.get_column("country").to_list() == sorted(by_country)
        assert shown(table, 0, "country") == sorted(by_country)[0]
        shown_defs = str(last_card(app).query_one(".definitions", Static).render())  # readable on the card
        assert f"Revenue: {last_card(app).answer.definitions['revenue'][:20]}" in shown_defs
        assert f"Analysis date: {demo.as_of.isoformat()}" in shown_defs
        details = last_card(app).query_one(Collapsible)  # the raw plan, on demand
        assert details.collapsed
        details.query_one(CollapsibleTitle).focus()
        await pilot.press("enter")
        assert not details.collapsed
        plan_text = str(details.query_one(".plan", Static).render())
        assert '"revenue"' in plan_text and '"group_by"' in plan_text
        await ask(pilot, f"and only {year}?")
        follow = last_card(app)
        assert follow.answer.status == "ok"
        got = dict(follow.table.view.select("country", "revenue").iter_rows())
        assert list(got.values()) == pytest.approx([in_year[c] for c in got])
        assert len(app.transcript_view.cards) == 2


async def test_clarification_is_picked_by_number_or_click(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "blah foo")
        card = last_card(app)
        assert card.answer.status == "clarify" and len(card.answer.options) >= 3
        assert app.focused is app.prompt_input  # typing goes on in the prompt
        await ask(pilot, "2")  # the second choice, by its number
        picked = last_card(app)
        assert picked.question == card.options[1]  # as offered (years fitted to the data)
        assert picked.answer.status == "ok"
        await ask(pilot, "blah foo")
        again = last_card(app)
        await pilot.click(again.query_one(ClarifyOptions), offset=(4, 3))  # a click on the third option
        await settle(pilot)
        assert last_card(app).question == again.options[2]


async def test_export_csv_parquet_excel_and_read_back(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue by country")
        expected = last_card(app).answer.table
        # CSV through the export dialog: Ctrl+S, type a file name, Enter
        await pilot.press("ctrl+s")
        await pilot.pause()
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path / "answer.csv")
        await pilot.press("enter")
        await settle(pilot)
        assert pl.read_csv(tmp_path / "answer.csv").to_dicts() == expected.to_dicts()
        # Parquet and Excel through the command palette
        for words, suffix, read in (("export parquet", "parquet", pl.read_parquet),
                                    ("export excel", "xlsx", pl.read_excel)):
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*words)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await settle(pilot)
            assert app.last_export is not None and app.last_export.suffix == f".{suffix}"
            assert read(app.last_export).to_dicts() == expected.to_dicts()


async def test_palette_asks_an_example_question(make_app):
    app = make_app(language="de")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Umsatz nach Land, Top 3")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        card = last_card(app)
        assert card.question == "Umsatz nach Land, Top 3"
        assert card.answer.status == "ok" and card.table.view.height == 3


async def test_real_sqlite_workspace(tmp_path, demo):
    from tui.app import create_app

    location = tmp_path / "w.db"
    api.open_workspace(location).write_dataset(demo)
    app = create_app(workspace=str(location), history_dir=tmp_path / "state", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "Top 5 Kunden nach Umsatz")
        expected = (signed_lines(demo).filter(pl.col("customer_id").is_not_null())
                    .group_by("customer_id").agg(revenue=pl.col("amt").sum())
                    .sort(["revenue", "customer_id"], descending=[True, False]).head(5))
        got = last_card(app).table.view
        assert got.get_column("customer_id").cast(pl.String).to_list() == \
            expected.get_column("customer_id").cast(pl.String).to_list()


async def test_a_broken_workspace_shows_the_error_in_the_card(tmp_path):
    from tui.app import create_app

    bad = tmp_path / "w.db"
    bad.write_text("not a database\n" * 100)
    app = create_app(workspace=str(bad), history_dir=tmp_path / "state")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue by country")
        card = last_card(app)
        assert card.has_class("-error")
        text = str(card.query_one(".error").render())
        assert "Error" in text and "not an insight workspace" in text
        assert "?" in app.kpi_header.text  # the header says it has no figures


async def test_a_complete_question_starts_afresh_and_the_card_says_what_was_computed(make_app, demo):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "Wie hoch ist die Wiederkaufsrate?")
        await ask(pilot, "top customers")
        card = last_card(app)
        assert card.answer.status == "ok" and card.answer.columns[:2] == ["customer_id", "revenue"]
        shown = str(card.query_one(".understood", Static).render())
        assert shown.startswith("Understood: ") and card.answer.understood in shown
