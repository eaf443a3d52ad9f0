"""AskWidget without a browser: type, click, follow up, clarify, plan on demand, DataFrames back."""

from __future__ import annotations

import html

import polars as pl
import pytest

from insight.answer import Answer
from widgets import AskWidget
from widgets.ask import AnswerCard

from widget_expect import revenue_per_customer


@pytest.fixture()
def widget(demo):
    return AskWidget(data=demo)


def test_layout_prompt_button_transcript(widget):
    prompt_row, error, transcript = widget.children
    assert widget.prompt in prompt_row.children and widget.ask_button in prompt_row.children
    assert transcript is widget.transcript and transcript.children == ()
    assert error.layout.display == "none"
    # suggestions come from the semantic model, not from the widget
    from insight.semantic import example_questions

    assert list(widget.prompt.options) == example_questions("en", widget.dataset)  # the data's model


def test_click_ask_shows_answer_chart_and_table(widget, demo):
    widget.prompt.value = "Top 5 customers by revenue"
    widget.ask_button.click()
    expected = revenue_per_customer(demo.order_lines, demo.as_of).head(5)
    assert isinstance(widget.answer, Answer) and widget.answer.status == "ok"
    assert isinstance(widget.table, pl.DataFrame)
    assert widget.table.get_column("customer_id").to_list() == expected.get_column("customer_id").to_list()
    assert widget.table.get_column("revenue").to_list() == pytest.approx(expected.get_column("revenue").to_list())
    assert widget.prompt.value == ""  # ready for the next question
    [card] = widget.cards
    assert isinstance(card, AnswerCard)
    body = card.html
    assert "Top 5 customers by revenue" in body and "<svg" in body and "<table" in body
    assert str(expected.get_column("customer_id")[0]) in body
    assert "<script" not in body.lower()


def test_follow_up_and_plan_on_demand(widget):
    first = widget.ask("Top 5 customers by revenue")
    second = widget.ask("and only 2024?")
    assert second.status == "ok" and second.table.height == 5
    assert second.plan != first.plan  # the follow-up narrowed the previous plan
    assert widget.answers == [first, second] and widget.answer is second
    card = widget.cards[0]
    assert card.plan.layout.display == "none" and card.plan.value == ""
    card.plan_button.value = True
    assert card.plan.layout.display is None and "2024" in card.plan.value
    card.plan_button.value = False
    assert card.plan.layout.display == "none"


def test_clarification_options_are_buttons_that_ask(widget):
    answer = widget.ask("blah blub")
    assert answer.status == "clarify" and answer.options
    card = widget.cards[0]
    assert [b.description for b in card.option_buttons] == answer.options
    card.option_buttons[0].click()
    assert len(widget.cards) == 2
    assert widget.answer.question == answer.options[0] and widget.answer.status == "ok"


def test_german_question_and_clear(demo):
    widget = AskWidget(data=demo, language="de")
    assert widget.ask_button.description == "Fragen"
    answer = widget.ask("Umsatz nach Land, Top 3")
    assert answer.language == "de" and answer.table.height == 3
    widget.clear()
    assert widget.cards == [] and widget.answer is None and widget.table.is_empty()


def test_polars_order_lines_are_accepted(demo):
    lines = demo.order_lines.head(2000)
    widget = AskWidget(data=lines)
    answer = widget.ask("What is the total revenue?")
    assert answer.status == "ok"
    attributed = revenue_per_customer(lines, widget.dataset.as_of).get_column("revenue").sum()
    unattributed = revenue_per_customer(lines.with_columns(customer_id=pl.lit("?")).filter(
        lines.get_column("customer_id").is_null()), widget.dataset.as_of).get_column("revenue").sum()
    assert answer.table.item(0, 0) == pytest.approx(attributed + unattributed)


def test_bad_file_is_one_red_line_not_a_traceback(tmp_path):
    missing = tmp_path / "nope.csv"
    widget = AskWidget(data=missing)
    assert widget.dataset is None and widget.message
    assert "nope.csv" in widget.message and "\n" not in widget.message
    assert widget.error.layout.display is None and "insight-error" in widget.error.value
    assert widget.ask_button.disabled and widget.ask("revenue") is None


def test_empty_prompt_does_nothing(widget):
    widget.prompt.value = "   "
    widget.ask_button.click()
    assert widget.cards == [] and widget.answer is None


def test_an_unexpected_failure_in_a_click_shows_one_line(widget):
    class Broken:
        def ask(self, question):
            raise RuntimeError("boom")

    widget.session = Broken()  # a stand-in for a core bug; only the widget's own reaction is under test
    widget.prompt.value = "revenue"
    widget.ask_button.click()
    assert "RuntimeError: boom" in widget.message and widget.cards == []
    assert widget.prompt.value == "revenue" and not widget.ask_button.disabled


def test_a_complete_question_after_another_starts_afresh(widget):
    widget.ask("Welche Kunden drohen abzuwandern?")
    answer = widget.ask("Wer sind unsere wertvollsten Kunden?")
    assert answer.status == "ok" and answer.columns[:3] == ["customer_id", "clv", "revenue"]
    assert "churn_risk" not in answer.columns
    assert answer.understood in widget.cards[0].html  # every face shows what was computed


# -- issue 18: Enter submits, compact transcript, options once, static output --------------------------
def test_enter_submits_once(widget):
    # with continuous_update=False the browser sends the value on Enter: that alone asks
    widget.prompt.value = "Top 5 customers by revenue"
    assert widget.answer is not None and widget.answer.question == "Top 5 customers by revenue"
    assert widget.prompt.value == "" and len(widget.cards) == 1
    widget.ask_button.click()  # a click after Enter (empty prompt) asks nothing more
    assert len(widget.cards) == 1
    assert widget.prompt.continuous_update is False


def test_newest_answer_first_and_the_transcript_scrolls(widget):
    questions = ["Top 5 customers by revenue", "revenue by country, top 3", "What is the repeat rate?",
                 "revenue by month 2024", "How many customers do we have?", "average order value by year"]
    for q in questions:
        widget.ask(q)
    assert [c.answer.question for c in widget.cards] == questions[::-1]
    assert widget.children[0].children[0] is widget.prompt  # the prompt stays on top
    assert widget.transcript.layout.max_height and widget.transcript.layout.overflow == "auto"


def test_options_once_and_a_number_picks_one(widget):
    answer = widget.ask("blah blub")
    card = widget.cards[0]
    shown = [html.escape(opt) for opt in answer.options]  # HTML: "Germany's" is written "Germany&#x27;s"
    assert all(opt not in card.html for opt in shown)  # buttons only, no second list
    assert all(card.static.count(opt) == 1 for opt in shown)  # the saved view lists them once
    widget.prompt.value = "2"
    assert widget.answer.question == answer.options[1] and widget.answer.status == "ok"


def test_bundle_has_static_html_of_every_answer(widget):
    widget.ask("Top 5 customers by revenue")
    widget.ask("revenue by country, top 3")
    bundle = widget._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    page = bundle["text/html"]
    assert page.index("revenue by country, top 3") < page.index("Top 5 customers by revenue")  # newest first
    assert page.count("<svg") == 2 and "<script" not in page.lower() and "http" not in page.replace(
        "http://www.w3.org", "")


def test_german_tables_use_german_numbers_and_currency(demo):
    widget = AskWidget(data=demo, language="de")
    answer = widget.ask("Top 5 Kunden nach Umsatz")
    top = answer.table["revenue"][0]
    german = f"{top:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"
    assert german in widget.cards[0].html
    risk = widget.ask("Welche Kunden drohen abzuwandern?")
    assert risk.table["churn_risk"][0] > 0.9999  # the demo's top churn risks: shown as shares, never 0.9999…
    table = widget.cards[0].html.split("<table", 1)[1]
    assert "&gt; 99,99 %" in table and "0,9999" not in table
