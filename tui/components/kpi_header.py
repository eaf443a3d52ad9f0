"""The header: workspace name, as many of the core's key figures as the width allows, the analysis date and a
busy indicator; the KPI panel lists all of them with their periods.

Figures come from the core's KPI list (``insight.api.kpi_list``) in its order, customers and revenue first;
each carries its unit (€, %, a count, NPS points). A figure whose period the data does not cover whole is
marked with *, one the data cannot support shows n/a; the tooltip and the KPI panel say the period and why.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from insight import formatting

from tui.i18n import fmt_share, kpi_short, t

FIRST = ("customers", "revenue")  # the two figures everyone reads first; the rest in the core's order
GAP = 3  # columns between two figures


def format_kpi(kpi: Any, language: str, currency: str = "EUR", compact: bool = True) -> str:
    """A KPI's value with its unit: '5,7 Mio. €', '52,8 %', '3.000', '3,0' (NPS points); n/a, * as above."""
    if kpi is None:
        return "–"
    if not kpi.available or kpi.value is None:
        return t("not_available", language)
    value, unit = kpi.value, kpi.unit
    if unit == "fraction":
        text = fmt_share(value, language)
    elif unit == "currency":
        text = (formatting.compact_money(float(value), language, currency) if compact
                else formatting.money(float(value), language, currency))
    elif unit == "count":
        text = formatting.count(int(value), language)
    else:
        text = formatting.number(float(value), language, 1)
    return text + ("" if kpi.complete else "*")


def ordered(kpis: dict[str, Any]) -> list[Any]:
    """Customers and revenue first, then the core's order; KPIs the data cannot support last."""
    items = [kpis[name] for name in FIRST if name in kpis] + [k for n, k in kpis.items() if n not in FIRST]
    return [k for k in items if k.available] + [k for k in items if not k.available]


def fit(cells: list[tuple[str, str]], width: int) -> list[tuple[str, str]]:
    """The leading (label, value) cells that fit into ``width`` columns side by side."""
    out: list[tuple[str, str]] = []
    used = 0
    for label, value in cells:
        need = max(len(label), len(value)) + (GAP if out else 0)
        if used + need > width:
            break
        out.append((label, value))
        used += need
    return out


class KpiHeader(Horizontal):
    """Brand and source, the figures that fit, the analysis date and the busy light."""

    def __init__(self, source_label: str, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source_label = source_label
        self.language = language
        self.figures: dict[str, Any] = {}
        self.problem: str = ""
        self.shown: list[str] = []  # names of the KPIs in the header now (tests, the KPI panel's hint)
        self._busy = 0

    def compose(self) -> ComposeResult:
        yield Static(id="brand")
        yield Static(id="kpi-figures")
        yield Static(id="busy-state")

    def on_mount(self) -> None:
        self._render_figures()
        self._render_busy()

    def on_resize(self) -> None:
        self._render_figures()

    def set_source(self, label: str) -> None:
        self.source_label = label
        self._render_brand()

    def _render_brand(self) -> None:
        """'insight source' over the analysis date: the date every figure and answer refers to."""
        as_of = self.figures.get("as_of")
        date = as_of.isoformat() if isinstance(as_of, dt.date) else "…"
        self.query_one("#brand", Static).update(
            f"[b]insight[/b] {escape(self.source_label)}\n[dim]{escape(t('as_of', self.language))}[/dim] {date}")

    def set_figures(self, figures: dict[str, Any]) -> None:
        self.figures = dict(figures)
        self.problem = ""
        self._render_figures()

    def set_as_of(self, as_of: dt.date) -> None:
        """The analysis date as soon as the data is loaded (the figures take longer)."""
        self.figures.setdefault("as_of", as_of)
        self._render_brand()

    def set_problem(self, message: str) -> None:
        self.problem = message
        self._render_figures()

    def set_language(self, language: str) -> None:
        self.language = language
        self._render_figures()
        self._render_busy()

    def set_busy(self, running: int) -> None:
        """Show how many workers are running (0: ready)."""
        if running != self._busy:
            self._busy = running
            self._render_busy()

    @property
    def text(self) -> str:
        """The header as plain text: brand and analysis date, then the figures (labels line, values line)."""
        return (str(self.query_one("#brand", Static).render()) + "\n"
                + str(self.query_one("#kpi-figures", Static).render()))

    def _render_figures(self) -> None:
        lang = self.language
        widget = self.query_one("#kpi-figures", Static)
        kpis = self.figures.get("_kpis", {})
        self._render_brand()
        if not kpis:
            state = "?" if self.problem else t("loading", lang)
            widget.update(f"[dim]{escape(t('customers', lang))}[/dim]\n[b]{escape(state)}[/b]")
            widget.tooltip = self.problem or None
            self.shown = []
            return
        currency = str(self.figures.get("currency") or "")  # none set: amounts without a symbol
        cells = [(kpi_short(k.name, lang, k.label), format_kpi(k, lang, currency)) for k in ordered(kpis)]
        names = [k.name for k in ordered(kpis)]
        width = max(0, self.query_one("#kpi-figures").size.width)
        chosen = fit(cells, width)
        shown_names = names[: len(chosen)]
        self._render_brand()
        self.shown = shown_names
        top = (" " * GAP).join(f"[dim]{escape(label.rjust(max(len(label), len(value))))}[/dim]"
                               for label, value in chosen)
        bottom = (" " * GAP).join(f"[b]{escape(value.rjust(max(len(label), len(value))))}[/b]"
                                  for label, value in chosen)
        widget.update(f"{top}\n{bottom}")
        widget.tooltip = "\n".join(f"{k.label}: {format_kpi(k, lang, currency, compact=False)} · {k.period} · "
                                   f"{k.status(lang)}" for k in ordered(kpis)) + "\n" + t("kpi_more", lang)

    def _render_busy(self) -> None:
        widget = self.query_one("#busy-state", Static)
        widget.set_class(self._busy > 0, "-busy")
        widget.update(f"● {t('busy', self.language)}" if self._busy else f"○ {t('ready', self.language)}")


class KpiPanel(VerticalScroll):
    """Every KPI of the core's list: label, value with unit, period and status (side panel, F6)."""

    def __init__(self, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language
        self.figures: dict[str, Any] = {}
        self.body: Any = ""

    def compose(self) -> ComposeResult:
        yield Static(t("kpi_hint", self.language), id="kpi-hint", classes="hint")
        yield Static(t("loading", self.language), id="kpi-table")

    def set_figures(self, figures: dict[str, Any]) -> None:
        self.figures = dict(figures)
        self._fill()

    def set_language(self, language: str) -> None:
        self.language = language
        self.query_one("#kpi-hint", Static).update(t("kpi_hint", language))
        self._fill()

    def _fill(self) -> None:
        lang = self.language
        kpis = self.figures.get("_kpis", {})
        if not kpis:
            return
        currency = str(self.figures.get("currency") or "")  # none set: amounts without a symbol
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="dim")
        grid.add_column(justify="right", style="bold")
        for kpi in ordered(kpis):
            grid.add_row(escape(kpi.label), escape(format_kpi(kpi, lang, currency, compact=False)))
            detail = kpi.period if kpi.complete and kpi.available else f"{kpi.period} · {kpi.status(lang)}".strip(" ·")
            if detail:
                grid.add_row(f"  [i]{escape(detail)}[/i]", "")
        as_of = self.figures.get("as_of")
        if isinstance(as_of, dt.date):
            grid.add_row(t("as_of", lang), as_of.isoformat())
        notes = [escape(n) for n in self.figures.get("_notes", [])]
        self.body = Group(grid, *notes)
        self.query_one("#kpi-table", Static).update(self.body)

    @property
    def text(self) -> str:
        """The panel as plain text (for tests and copying)."""
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(self.body)
        return console.export_text()
