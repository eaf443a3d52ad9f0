"""Pilot tests for the points of issue 18 (TUI) and the KPI header of issue 14: the newest answer in view,
typed text never lost to a clarification, the layout at 80×24, German labels everywhere, definitions on
the card, examples that fit the data, a word for Enter on a non-customer row, the incomplete last month,
and a screenshot without ~/Downloads. Expected values are computed here from the raw data, not by the core."""

from __future__ import annotations

import datetime as dt
import re

import polars as pl
import pytest
from textual.widgets import Static
from tui_helpers import ask, needs_ask, settle

from tui.commands import palette_entries
from tui.components.answer_card import AnswerCard
from tui.components.chart import AnswerChart
from tui.components.clarify import ClarifyOptions

pytestmark = needs_ask

QUESTIONS = ("revenue by country", "revenue per month", "top 5 customers by revenue", "number of orders",
             "customers by country", "average order value by country", "revenue by channel",
             "what is the repeat rate?", "revenue per quarter", "orders per month")


def visible_rows(app, widget) -> int:
    """How many rows of ``widget`` are on screen now (0: scrolled away or hidden)."""
    try:
        geometry = app.screen.find_widget(widget)
    except Exception:
        return 0
    return geometry.visible_region.height


def fully_visible(app, widget) -> bool:
    return widget.region.height > 0 and visible_rows(app, widget) == widget.region.height


def newest_in_view(app) -> AnswerCard:
    card = app.transcript_view.cards[-1]
    transcript = app.transcript_view
    top = card.virtual_region.y - transcript.scroll_y
    at_end = transcript.scroll_y >= transcript.max_scroll_y
    # its top at the top of the view, or (a short card at the end) the whole card in view
    assert 0 <= top <= 1 or (at_end and top >= 0 and fully_visible(app, card)), \
        f"the newest card starts {top} rows into the view"
    assert fully_visible(app, card.query_one(".question", Static))
    assert fully_visible(app, card.query_one(".text", Static))
    assert card.table is not None and visible_rows(app, card.table) > 0
    for older in app.transcript_view.cards[:-1]:
        assert older.folded  # older answers fold to question and text
    return card


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_newest_card_in_view_after_the_2nd_and_10th_question(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for number, question in enumerate(QUESTIONS, 1):
            await ask(pilot, question)
            if number in (2, 10):
                card = newest_in_view(app)
                assert card.question == question
                assert card.query(AnswerChart)  # both are monthly trends: a narrow table beside its chart
                assert visible_rows(app, card.query_one(AnswerChart)) >= 8  # text, table and chart in view
        transcript = app.transcript_view
        assert app.focused is app.prompt_input
        before = transcript.scroll_y
        await pilot.press("pageup")  # from the prompt: the answers scroll
        await pilot.pause()
        assert transcript.scroll_y < before
        await pilot.press("pagedown")
        await pilot.pause()
        assert transcript.scroll_y > before - transcript.size.height
        folded = transcript.cards[0]
        transcript.scroll_home(animate=False)
        await pilot.pause()
        await pilot.click(folded, offset=(4, 0))  # a click opens an older card again
        await pilot.pause()
        assert not folded.folded and visible_rows(app, folded.table) > 0


async def test_a_new_question_typed_after_a_clarification_is_asked_as_typed(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await ask(pilot, "blah foo")
        clarify = app.transcript_view.cards[-1]
        assert clarify.answer.status == "clarify"
        data_years = set(app.dataset.order_lines.get_column("order_date").dt.year().unique().to_list())
        assert years_in(clarify.options) <= data_years  # the offered choices name the data's own years
        assert app.focused is app.prompt_input  # the options do not take the keys
        await ask(pilot, "revenue by country")
        card = app.transcript_view.cards[-1]
        assert card.question == "revenue by country" and card.answer.status == "ok"
        assert "country" in card.table.view.columns
        await ask(pilot, "blah foo")
        await ask(pilot, "1")  # a bare number picks that option
        assert app.transcript_view.cards[-1].question == app.transcript_view.cards[-2].options[0]
        await ask(pilot, "blah foo")
        options = app.transcript_view.cards[-1].query_one(ClarifyOptions)
        await pilot.click(options, offset=(4, 1))  # or a click (the first option, below the top padding)
        await settle(pilot)
        assert app.transcript_view.cards[-1].question == app.transcript_view.cards[-2].options[0]
        before = len(app.transcript_view.cards)
        await ask(pilot, "blah foo")
        await ask(pilot, "99")  # no such option: said so, nothing asked
        assert len(app.transcript_view.cards) == before + 1
        assert any("99" in n.message for n in app._notifications)


async def test_layout_at_80x24_header_units_side_panel_and_footer(make_app):
    app = make_app(language="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        header = app.kpi_header
        assert header.shown[:2] == ["customers", "revenue"] and len(header.shown) >= 4
        text = header.text
        assert "Kunden" in text and "3.000" in text and "Mio. €" in text and "%" in text
        assert not app.side_panel.display  # narrow: the conversation has the width
        bindings = {b.binding.key: b.binding for b in app.screen.active_bindings.values()}
        assert bindings["ctrl+b"].show and bindings["ctrl+b"].description == "Seitenleiste"
        await pilot.press("ctrl+b")
        assert app.side_panel.display and not app.conversation_view.display
        assert app.side_panel.size.width == 80
        await pilot.press("escape")  # back to the prompt: the conversation again
        assert not app.side_panel.display and app.conversation_view.display
        assert app.focused is app.prompt_input
        await ask(pilot, "Top 5 Kunden nach Umsatz")
        await pilot.press("f3", "enter")  # a customer row: the card takes the body
        await settle(pilot)
        assert app.side_panel.display and app.side_panel.active == "tab-customer"
        assert not app.conversation_view.display
        await pilot.press("f3")  # and F3 brings the answer back
        assert app.conversation_view.display and not app.side_panel.display
        assert app.focused is app.transcript_view.cards[-1].table
    wide = make_app()
    async with wide.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert wide.side_panel.display and wide.side_panel.size.width <= 0.3 * 120 + 1
        await pilot.resize_terminal(80, 24)  # the layout follows a resize
        await pilot.pause()
        assert not wide.side_panel.display and wide.conversation_view.display
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert wide.side_panel.display


async def test_chart_labels_are_whole_at_80_columns(make_app, demo):
    countries = demo.order_lines.get_column("country").drop_nulls().unique().to_list()
    longest = max(countries, key=len)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue by country")
        chart = app.transcript_view.cards[-1].query_one(AnswerChart)
        chart.scroll_visible(top=True, animate=False)
        await pilot.pause()
        screen = app.export_screenshot().replace("&#160;", " ")
        assert longest in screen  # "United Kingdom", not "Uni…"
        assert chart.chart_title == "revenue by country"


async def test_german_labels_in_table_chart_header_and_palette(make_app, demo):
    app = make_app(language="de")
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await ask(pilot, "Umsatz nach Land")
        card = app.transcript_view.cards[-1]
        table = card.table
        headers = [str(column.label) for column in table.columns.values()]
        assert headers == ["Land", "Umsatz"]
        shown_countries = set(table.view.get_column(table.shown_columns[0]).to_list())
        assert "Deutschland" in shown_countries and "Germany" not in shown_countries
        assert card.query_one(AnswerChart).chart_title == "Umsatz nach Land"
        await ask(pilot, "Wie sieht der Trichter aus?")
        funnel = app.transcript_view.cards[-1].table
        headers = [str(column.label) for column in funnel.columns.values()]
        assert "Stufe" in headers and "Umwandlungsrate" in headers
        assert funnel.view.get_column("stage").to_list()[:2] == ["Lead", "Kontakt"]
        await ask(pilot, "Zufriedenheit nach Aspekt")
        aspects = set(app.transcript_view.cards[-1].table.view.get_column("aspect").to_list())
        assert "Lieferung" in aspects and "delivery" not in aspects
        await ask(pilot, "Kunden nach Segment")
        segments = set(app.transcript_view.cards[-1].table.view.get_column("rfm_segment").to_list())
        assert "treu" in segments and "Loyal" not in segments
        chart = app.transcript_view.cards[-1].query_one(AnswerChart)
        assert chart.chart_title == "Kunden nach RFM-Segment"
        # header: the five loyalty KPIs of issue 14 next to customers and revenue, with units
        assert {"retention_rate", "clv", "repeat_rate", "redemption_rate", "nps", "customers", "revenue"} \
            <= set(app.kpi_header.shown)
        text = app.kpi_header.text
        for word in ("Kunden", "Umsatz", "Bindung", "Wiederkauf", "Einlösung", "NPS", "€", "%"):
            assert word in text
        for english in ("Customers", "Revenue", "Retention"):
            assert english not in text
        entries = [e.text for e in palette_entries(app)]
        assert "Aktion: CSV exportieren" in entries and "Aktion: Bildschirmfoto speichern" in entries
        assert not any(e.startswith("Action") or "export CSV" in e for e in entries)
        system = [c.title for c in app.get_system_commands(app.screen)]
        assert "Beenden" in system and "Quit" not in system


async def test_definitions_and_analysis_date_on_the_card_and_the_kpi_panel(make_app, demo):
    app = make_app(language="de")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await ask(pilot, "Umsatz nach Land")
        card = app.transcript_view.cards[-1]
        shown = str(card.query_one(".definitions", Static).render())
        assert f"Umsatz: {card.answer.definitions['revenue']}" in shown
        assert f"Stichtag: {demo.as_of.isoformat()}" in shown
        assert fully_visible(app, card.query_one(".definitions", Static)) or visible_rows(app, card.table) > 0
        await pilot.press("f6")  # every KPI with its period
        await settle(pilot)
        assert app.side_panel.active == "tab-kpis"
        panel = app.kpi_panel.text
        for label in ("Kundenbindungsrate", "Einlösungsquote", "Net Promoter Score", "Wert in Gefahr"):
            assert label in panel


def years_in(texts) -> set[int]:
    return {int(y) for text in texts for y in re.findall(r"\b(?:19|20)\d\d\b", text)}


async def test_welcome_and_help_examples_fit_the_data(make_app, demo):
    data_years = set(demo.order_lines.get_column("order_date").dt.year().unique().to_list())
    last_complete = max(y for y in data_years if dt.date(y, 12, 31) < demo.as_of)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        welcome = str(app.transcript_view.query_one("#welcome", Static).render())
        await pilot.press("f1")
        await pilot.pause()
        examples = app.screen.examples
        assert years_in(examples) and years_in(examples) <= data_years
        assert years_in([welcome]) <= data_years
        assert any(str(last_complete) in q for q in examples)
        trend = next(q for q in examples if "monthly revenue trend" in q)
        await pilot.press("escape")
        await ask(pilot, trend)
        card = app.transcript_view.cards[-1]
        assert card.answer.status == "ok" and card.table.view.height == 12  # a whole year of months


async def test_enter_on_a_row_without_customer_says_why(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue by country")
        await pilot.press("f3", "enter")
        await pilot.pause()
        assert any("no customer id" in n.message for n in app._notifications)
        assert app.side_panel.active == "tab-segments"  # nothing opened


async def test_an_incomplete_last_month_is_marked(make_app, demo):
    as_of = dt.date(2025, 6, 15)
    ds = demo.with_as_of(as_of)
    monthly = (ds.order_lines.filter(pl.col("order_date") < dt.datetime(2025, 6, 15))
               .get_column("order_date").dt.strftime("%Y-%m").unique().sort())
    app = make_app(dataset=ds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await ask(pilot, "revenue per month")
        card = app.transcript_view.cards[-1]
        assert card.table.view.get_column(card.answer.chart.x).to_list()[-1] == monthly[-1] == "2025-06"
        notes = [str(n.render()) for n in card.query(".note")]
        # the core's own note ("Incomplete period: 2025-06 (2025-06-01–2025-06-14) …") or, where the core says
        # nothing, the card's; exactly one of them, with the last day of data
        marked = [n for n in notes if "2025-06" in n and "2025-06-14" in n and "omplete" in n]
        assert len(marked) == 1, notes
        chart = card.query_one(AnswerChart)
        assert chart.partial is not None and chart.partial.label == "2025-06"
        # a complete last month: no such note
        await ask(pilot, "revenue per month until may 2025")
        assert not any("omplete" in str(n.render()) for n in app.transcript_view.cards[-1].query(".note"))


async def test_screenshot_without_a_downloads_folder(make_app, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no ~/Downloads
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_screenshot()
        await pilot.pause()
        written = list(tmp_path.glob("*.svg"))
        assert len(written) == 1 and written[0].read_text(encoding="utf-8").startswith("<svg")
        assert any(str(written[0]) in n.message for n in app._notifications)
        assert not (home / "Downloads").exists()
