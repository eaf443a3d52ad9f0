"""The header: workspace name, its key figures (customers, revenue, mean CLV, retention rate, NPS),
the analysis date and a busy indicator. Figures come from the core's KPI list (``insight.api.kpi_list``):
a figure whose period the data does not cover whole is marked with *, one the data cannot support shows
n/a, and the tooltip says the period and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from tui.i18n import fmt_number, fmt_share, t

# (label key, accepted keys in the core's kpis dict, kind)
FIGURES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("customers", ("customers",), "count"),
    ("revenue", ("revenue",), "money"),
    ("mean_clv", ("mean_clv", "clv_mean", "avg_clv", "clv"), "money"),
    ("retention", ("retention_rate",), "share"),
    ("nps", ("nps",), "score"),
    ("as_of", ("as_of",), "date"),
)


def _pick(figures: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in figures:
            return figures[key]
    return None


def format_figure(value: Any, kind: str, language: str) -> str:
    if value is None:
        return "–"
    if kind == "share":
        return fmt_share(value, language)
    if kind == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if kind == "money":
        return fmt_number(float(value), language, decimals=0)
    if kind == "score":
        return fmt_number(float(value), language, decimals=1)
    return fmt_number(int(value), language)


class KpiHeader(Horizontal):
    """One line of labelled figures; ``set_figures`` fills them, ``set_busy`` shows work in progress."""

    def __init__(self, source_label: str, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source_label = source_label
        self.language = language
        self.figures: dict[str, Any] = {}
        self.problem: str = ""
        self._busy = 0

    def compose(self) -> ComposeResult:
        yield Static(f"[b]insight[/b]\n{escape(self.source_label)}", id="brand")
        for key, _, _ in FIGURES:
            yield Static(id=f"kpi-{key}", classes="kpi")
        yield Static(id="busy-state")

    def on_mount(self) -> None:
        self._render_figures()
        self._render_busy()

    def set_source(self, label: str) -> None:
        self.source_label = label
        self.query_one("#brand", Static).update(f"[b]insight[/b]\n{escape(label)}")

    def set_figures(self, figures: dict[str, Any]) -> None:
        self.figures = dict(figures)
        self._render_figures()

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

    def _render_figures(self) -> None:
        details = self.figures.get("_kpis", {})
        for key, keys, kind in FIGURES:
            value = _pick(self.figures, keys)
            kpi = next((details[k] for k in keys if k in details), None)
            shown = format_figure(value, kind, self.language) if self.figures else (
                "?" if self.problem else t("loading", self.language))
            if kpi is not None and not kpi.available:
                shown = t("not_available", self.language)
            elif kpi is not None and not kpi.complete:
                shown += "*"
            widget = self.query_one(f"#kpi-{key}", Static)
            widget.update(f"[dim]{t(key, self.language)}[/dim]\n[b]{escape(shown)}[/b]")
            if self.problem:
                widget.tooltip = self.problem
            elif kpi is not None:
                widget.tooltip = f"{kpi.label}: {kpi.period} · {kpi.status(self.language)}".replace(":  ·", ":")

    def _render_busy(self) -> None:
        widget = self.query_one("#busy-state", Static)
        widget.set_class(self._busy > 0, "-busy")
        widget.update(f"● {t('busy', self.language)}" if self._busy else f"○ {t('ready', self.language)}")
