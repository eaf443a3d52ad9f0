"""AskWidget: a prompt and a transcript of answers (text, chart, table, plan on demand) over one session.

The conversation lives in the core's Session (follow-ups such as "und nur 2011?" reuse the last plan);
this widget only renders Answers. The latest Answer is the ``answer`` trait and its table the ``table``
trait (a polars DataFrame), so analysts can keep working in code.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets
import polars as pl
import traitlets

from insight import api
from insight.answer import Answer

from widgets.base import DataArg, Frame, Panel
from widgets.charts import ChartView, answer_chart, svg_html
from widgets.tables import label_of

Lang = Literal["en", "de"]
LABELS = {
    "en": {"placeholder": "Ask a question, e.g. top 5 customers by revenue", "ask": "Ask", "plan": "Plan",
           "busy": "Thinking…", "clear": "Clear"},
    "de": {"placeholder": "Frage stellen, z. B. Top 5 Kunden nach Umsatz", "ask": "Fragen", "plan": "Plan",
           "busy": "Denke nach…", "clear": "Leeren"},
}


def example_questions(lang: Lang, dataset: Any = None) -> list[str]:
    """Suggestions for the prompt, straight from the workspace's semantic model (never a list kept here)."""
    return api.example_questions(lang, dataset)


TRANSCRIPT_HEIGHT = "640px"  # the transcript scrolls inside this height; the prompt stays in place
TIME_COLUMNS = {"day", "week", "month", "quarter", "year", "cohort", "period", "order_date", "order_day"}
DRILL = {"en": "top 10 customers by revenue with {label} {value}",
         "de": "Top 10 Kunden nach Umsatz mit {label} {value}"}
CHART_SLOT = "<!--insight-chart-->"


def drill_dimension(answer: Answer) -> str | None:
    """The chart's category column when a bar stands for a group of customers (a dimension of the semantic
    model such as country or RFM segment, not a customer, a period or a measure): clicking it drills down."""
    chart = answer.chart
    if not answer.ok or chart is None or chart.kind != "bar" or chart.series or chart.x in TIME_COLUMNS:
        return None
    if chart.x not in answer.table.columns or chart.x.endswith("_id"):
        return None
    return chart.x if api.semantic_model().dimensions.get(chart.x) is not None else None


def drill_question(answer: Answer, value: Any) -> str:
    """The drill-down question for one bar, in the answer's language: that group's best customers (the value
    as the chart shows it; the question engine reads labels in both languages)."""
    field = drill_dimension(answer) or ""
    lang = "de" if answer.language == "de" else "en"
    return DRILL[lang].format(label=label_of(field, lang), value=value)


class AnswerCard(widgets.VBox):
    """One transcript entry: the question, the answer HTML (text, chart, table), options and the plan.

    Clarification options are buttons only (not also a list in the HTML); ``static`` is the card as plain
    HTML, with the options as a numbered list, for the saved notebook."""

    def __init__(self, answer: Answer, on_option: Any = None, lang: Lang = "en") -> None:
        self.answer = answer
        heading = f"<p class='insight-question' style='margin:8px 0 0 0'><b>› {html.escape(answer.question)}</b></p>"
        self.on_option = on_option
        field = drill_dimension(answer)
        chart = answer_chart(answer, pick=field)
        self.static = heading + answer.to_html(figure=svg_html(chart, answer.language))
        # live: text | interactive chart | table, as three widgets (the chart is not an HTML string any more)
        head, _, tail = answer.to_html(figure=CHART_SLOT if chart is not None else "", options=False).partition(CHART_SLOT)
        self.chart = ChartView(chart, answer.language, field=field or "")
        self.chart.layout.display = None if chart is not None else "none"
        self.head = widgets.HTML(heading + head + ("</div>" if tail else ""))
        self.tail = widgets.HTML(f"<div class='insight-answer-rest'>{tail}" if tail else "")
        self.drill_button = widgets.Button(layout=widgets.Layout(width="auto", display="none"), icon="search",
                                           tooltip="ask this drill-down question")
        self.drill_button.add_class("insight-drill")
        self.drill_button.on_click(lambda b: on_option(self.drill) if on_option and self.drill else None)
        self.drill = ""
        self.chart.observe(self._on_pick, names="selection")
        self.option_buttons = [widgets.Button(description=opt, tooltip=opt,
                                              layout=widgets.Layout(width="auto"))
                               for opt in answer.options]
        for button in self.option_buttons:
            button.on_click(lambda b: on_option(b.description) if on_option else None)
        self.plan = widgets.HTML(layout=widgets.Layout(display="none"))
        self.plan_button = widgets.ToggleButton(value=False, description=LABELS[lang]["plan"],
                                                icon="", layout=widgets.Layout(width="auto"),
                                                tooltip="show the query plan that was executed")
        self.plan_button.observe(self._toggle_plan, names="value")
        children: list[widgets.Widget] = [self.head, self.chart, self.drill_button, self.tail]
        if self.option_buttons:
            children.append(widgets.HBox(self.option_buttons, layout=widgets.Layout(flex_flow="row wrap")))
        if answer.plan:
            children += [widgets.HBox([self.plan_button]), self.plan]
        super().__init__(children=children, layout=widgets.Layout(
            border_bottom="1px solid var(--jp-border-color2, #ddd)", padding="0 0 6px 0", flex="0 0 auto"))

    @property
    def html(self) -> str:
        """What the card shows, as one HTML string (text, the chart's SVG, table)."""
        return self.head.value + self.chart.value + self.tail.value

    def _on_pick(self, change: dict[str, Any]) -> None:
        """A clicked bar (or ``card.chart.selection`` set from code) offers its drill-down question."""
        value = change["new"]
        self.drill = drill_question(self.answer, value) if value is not None else ""
        self.drill_button.description = self.drill
        self.drill_button.layout.display = None if self.drill else "none"

    def _toggle_plan(self, change: dict[str, Any]) -> None:
        if change["new"] and not self.plan.value:
            text = json.dumps(self.answer.plan, indent=2, ensure_ascii=False, default=str)
            self.plan.value = f"<pre style='font-size:11px'>{html.escape(text)}</pre>"
        self.plan.layout.display = None if change["new"] else "none"


class AskWidget(Panel):
    """Ask questions in German or English; ``answer`` / ``table`` hold the latest result.

    >>> w = AskWidget(data=insight.api.demo_dataset())   # or AskWidget(workspace="shop.db")
    >>> w.ask("Top 5 Kunden nach Umsatz").table.height
    5
    """

    answer = traitlets.Instance(Answer, allow_none=True)
    table = Frame()
    answers = traitlets.List()
    static_traits = ("answers",)

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *,
                 as_of: dt.date | str | None = None, language: Lang = "en", **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        self.language = language
        labels = LABELS[language]
        self.session = api.session(data=self.dataset) if self.dataset is not None else None
        # Enter submits: with continuous_update=False the value reaches the kernel on Enter (or when the field
        # loses focus, or a suggestion is picked); the prompt is emptied after asking, so Ask never asks twice
        self.prompt = widgets.Combobox(placeholder=labels["placeholder"], options=example_questions(language, self.dataset),
                                       ensure_option=False, continuous_update=False,
                                       layout=widgets.Layout(width="60%"))
        self.prompt.observe(lambda change: self._ask_prompt() if change["new"].strip() else None, names="value")
        self.ask_button = widgets.Button(description=labels["ask"], button_style="primary",
                                         layout=widgets.Layout(width="auto"))
        self.clear_button = widgets.Button(description=labels["clear"], layout=widgets.Layout(width="auto"))
        self.status = widgets.HTML("")
        self.transcript = widgets.VBox([], layout=widgets.Layout(max_height=TRANSCRIPT_HEIGHT, overflow="auto"))
        self.transcript.add_class("insight-transcript")
        self.ask_button.on_click(lambda _: self._ask_prompt())
        self.clear_button.on_click(lambda _: self.clear())
        self.ask_button.disabled = self.session is None
        self.children = [widgets.HBox([self.prompt, self.ask_button, self.clear_button, self.status]),
                         self.error, self.transcript]

    # -- public ------------------------------------------------------------------------------------
    def ask(self, question: str) -> Answer | None:
        """Ask in this conversation, put the answer on top of the transcript and return it.
        A number picks that option of the last clarification (as ``%insight 2`` does)."""
        question = question.strip()
        if not question or self.session is None:
            return None
        if question.isdigit() and self.answer is not None and 1 <= int(question) <= len(self.answer.options):
            question = self.answer.options[int(question) - 1]
        self.status.value = f"<i>{LABELS[self.language]['busy']}</i>"
        self.ask_button.disabled = True
        try:
            answer = self.guard(lambda: self.session.ask(question))
        finally:
            self.ask_button.disabled = False
            self.status.value = ""
        if answer is None:
            return None
        card = AnswerCard(answer, on_option=self._ask_from_ui, lang=self.language)
        self.transcript.children = [card, *self.transcript.children]  # newest first, under the prompt
        self.answers = [*self.answers, answer]
        self.answer = answer
        self.table = answer.table
        return answer

    def clear(self) -> None:
        """Empty the transcript and start a new conversation (follow-ups forget the last plan)."""
        self.transcript.children = []
        self.answers = []
        self.answer = None
        self.table = pl.DataFrame()
        if self.dataset is not None:
            self.session = api.session(data=self.dataset)

    @property
    def cards(self) -> list[AnswerCard]:
        """The transcript's cards, newest first."""
        return list(self.transcript.children)

    def static_html(self) -> str:
        """Every answer (newest first) as plain HTML, options as a numbered list: the saved notebook's view."""
        return ("<div class='insight-static insight-ask'>" + self.error.value +
                "".join(card.static for card in self.cards) + "</div>")

    # -- internals ---------------------------------------------------------------------------------
    def _ask_prompt(self) -> None:
        question = self.prompt.value
        if not question.strip() or getattr(self, "_asking", False):
            return
        self._asking = True  # the prompt's own value changes below must not ask again
        try:
            self.prompt.value = ""
            if self._ask_from_ui(question) is None:
                self.prompt.value = question  # keep what was typed when nothing was answered
        finally:
            self._asking = False

    def _ask_from_ui(self, question: str) -> Answer | None:
        """Clicks run in a widget callback, where a traceback would only reach the browser console:
        show an unexpected failure as the panel's one line instead (``.ask`` from code still raises)."""
        try:
            return self.ask(question)
        except Exception as exc:  # noqa: BLE001 - the user must see something
            self.show_error(f"could not answer '{question}': {type(exc).__name__}: {exc}")
            return None
