"""Pilot flows that need no question engine: key figures, segments, customer card, help, palette,
language, history and completion, on the real demo dataset. Expected values are computed here
independently with polars from the raw order lines (metrics.md definitions), never by the core."""

from __future__ import annotations

import datetime as dt
import io

import polars as pl
from rich.console import Console
from textual.coordinate import Coordinate
from textual.widgets import Input, OptionList, Static, Tabs
from tui_helpers import settle

from insight.semantic import SEMANTIC_MODEL
from tui import backend
from tui.components.customer_card import CustomerCard
from tui.components.frame_table import FrameTable

SIZE = (120, 40)


def lines_before(ds) -> pl.DataFrame:
    """Raw lines before the analysis date with a signed amount (returns negative), per metrics.md."""
    cutoff = dt.datetime.combine(ds.as_of, dt.time())
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    is_return = (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").fill_null("").str.starts_with("C")
    return (ds.order_lines.filter(pl.col("order_date") < cutoff)
            .with_columns(ret=is_return)
            .with_columns(amt=pl.when(pl.col("ret")).then(-raw.abs()).otherwise(raw)))


def abc_counts(ds) -> dict[str, int]:
    """ABC classes by hand: revenue per customer, descending (ties by id), crossing customer included."""
    per = (lines_before(ds).filter(pl.col("customer_id").is_not_null())
           .group_by("customer_id").agg(rev=pl.col("amt").sum())
           .sort(["rev", "customer_id"], descending=[True, False]))
    cum = per.get_column("rev").cum_sum() / per.get_column("rev").sum()
    prev = cum.shift(1, fill_value=0.0)
    cls = pl.Series(["A" if p < 0.80 else "B" if p < 0.95 else "C" for p in prev.to_list()])
    return dict(zip(*pl.DataFrame({"c": cls}).group_by("c").len().sort("c").to_dict(as_series=False).values()))


def cell(table: FrameTable, row: int, column: str) -> str:
    index = table.shown_columns.index(column)
    return str(table.get_cell_at(Coordinate(row, index)))


async def test_header_shows_key_figures(make_app, demo):
    cutoff_lines = lines_before(demo).filter(pl.col("customer_id").is_not_null())
    valid = (cutoff_lines.filter(~pl.col("ret")).group_by("order_id").agg(pl.col("amt").sum())
             .filter(pl.col("amt") > 0).get_column("order_id"))
    customers = cutoff_lines.filter(pl.col("order_id").is_in(valid.implode())).get_column("customer_id").n_unique()
    app = make_app(language="de")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = app.kpi_header.text
        assert "Kunden" in text and f"{customers:,}".replace(",", ".") in text
        assert f"Stichtag {demo.as_of.isoformat()}" in text
        for _ in range(50):  # the busy light follows the last worker's state message; give it a few frames
            if "bereit" in str(app.query_one("#busy-state", Static).render()):
                break
            await pilot.pause(0.1)
        assert "bereit" in str(app.query_one("#busy-state", Static).render())


async def test_switch_segment_method_list_members_open_customer(make_app, demo):
    expected = abc_counts(demo)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")  # focus the segment summary
        assert app.focused is app.query_one("#segment-summary")
        await pilot.press("a")  # switch to ABC
        await settle(pilot)
        assert app.query_one("#methods", Tabs).active == "method-abc"
        summary = app.query_one("#segment-summary", FrameTable)
        shown = {row["segment"]: row["customers"] for row in summary.view.iter_rows(named=True)}
        assert shown == expected
        assert cell(summary, 0, "segment") == "A"
        summary.focus()
        summary.move_cursor(row=0, column=0)
        await pilot.press("enter")  # list the A customers
        await settle(pilot)
        members = app.query_one("#segment-members", FrameTable)
        assert members.view.height == expected["A"]
        first_id = members.view.get_column("customer_id")[0]
        members.focus()
        members.move_cursor(row=0, column=0)
        await pilot.press("enter")  # open the customer card
        await settle(pilot)
        assert app.query_one("#side").active == "tab-customer"
        card = app.query_one(CustomerCard)
        assert str(first_id) in str(app.query_one("#customer-title", Static).render())
        orders = lines_before(demo).filter(pl.col("customer_id") == first_id).get_column("order_id").n_unique()
        assert card.query_one("#customer-history", FrameTable).view.height == orders
        assert card.profile.segments["abc"] == "A"


async def test_help_lists_example_questions_and_language_switch(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        examples = app.screen.query_one("#help-examples", OptionList)
        assert examples.option_count == len(backend.example_questions("en", app.dataset))
        assert examples.option_count > 20
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.language == "de"
        assert "Kunden" in app.kpi_header.text
        assert app.query_one("#prompt", Input).placeholder.startswith("Fragen")
        descriptions = {active.binding.description for active in app.screen.active_bindings.values()}
        assert {"Hilfe", "English"} <= descriptions
        await pilot.press("f1")
        await pilot.pause()
        examples = app.screen.query_one("#help-examples", OptionList)
        assert examples.option_count == len(backend.example_questions("de", app.dataset))


async def test_command_palette_opens_a_segment_method(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"segments abc")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one("#methods", Tabs).active == "method-abc"
        assert app.query_one("#segment-summary", FrameTable).view.get_column("segment").to_list() == ["A", "B", "C"]


async def test_history_is_kept_per_workspace_and_completion_uses_the_model(make_app, demo):
    label = SEMANTIC_MODEL.dimensions["country"].label_de  # "Land"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        prompt = app.query_one("#prompt", Input)
        await pilot.press(*f"Umsatz nach {label[:2]}")
        await pilot.pause(0.2)
        await pilot.press("tab")
        assert prompt.value == f"Umsatz nach {label}"
        await pilot.press("enter")
        await settle(pilot)
        assert prompt.value == ""
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("up")
        assert again.query_one("#prompt", Input).value == f"Umsatz nach {label}"


async def test_theme_switch_and_side_panel_toggle(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != before
        await pilot.press("ctrl+t")
        assert app.theme == before
        await pilot.press("ctrl+b")
        assert not app.side_panel.display
        await pilot.press("f4")  # asking for the segments brings the panel back
        assert app.side_panel.display


async def test_command_palette_creates_the_client_report(make_app, tmp_path):
    app = make_app(language="de")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Bericht erstellen")
        await pilot.pause(0.3)
        await pilot.press("enter")
        for _ in range(120):  # the report is built in a worker; wait for its file
            await pilot.pause(0.25)
            if app.last_export is not None:
                break
        assert app.last_export is not None and app.last_export.parent == tmp_path
        html = app.last_export.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and 'lang="de"' in html and "Maßnahme" in html


async def test_customer_card_never_rounds_a_churn_risk_to_certainty(make_app, demo):
    """A churn risk of 0.999998 is not certain: the card shows the bound ('> 99.99 %', P(alive) '< 0.01 %'),
    as the CLI and the widgets do (insight.formatting), never a rounded '100.0 %' or '0.0 %'."""
    import insight.api as api

    clv = api.clv(demo)
    near = clv.filter((pl.col("churn_risk") > 0.9999) & (pl.col("churn_risk") < 1.0)
                      & (pl.col("p_alive") > 0.0)).sort("customer_id")
    assert near.height, "the demo data has customers whose churn risk is near 1"
    customer_id = near.get_column("customer_id")[0]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_customer(customer_id)
        await settle(pilot)
        card = app.query_one(CustomerCard)
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(card.query_one("#customer-body", Static).content)
        body = console.export_text()
        assert card.profile is not None and card.profile.clv
        assert "> 99.99 %" in body and "< 0.01 %" in body
        assert "100.0 %" not in body
