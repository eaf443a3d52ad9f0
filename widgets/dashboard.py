"""ValueDashboard: KPI tiles, the CLV distribution, top customers by CLV and valuable customers at risk.

Tiles come from the core's KPI list (``insight.api.kpi_list``: the five loyalty KPIs plus customers,
revenue, profit and value at risk, each with its period; a KPI the data cannot support says why), the
model parts from ``insight.clv.value.customer_clv`` (BG/NBD + Gamma-Gamma); "at risk" uses the core's own threshold (``CHURN_RISK_THRESHOLD``). When the CLV model
cannot be fitted the tiles still show and the model parts say why in one line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets
import polars as pl
import traitlets

from insight import formatting

from widgets.base import DataArg, Frame, Panel
from widgets.charts import ChartView, histogram_chart
from widgets.tables import fmt_value, frame_html, kpi_tiles_html, unit_of

Lang = Literal["en", "de"]


def format_kpi(name: str, value: Any, currency: str, unit: str | None = None, lang: str = "en") -> str:
    """One tile's text (insight.formatting): amounts whole with the currency, fractions as percentages,
    counts with separators, in the panel's language."""
    if value is None:
        return "–"
    unit = unit or ("fraction" if name.endswith("_share") else "currency" if name == "mean_clv" else unit_of(name))
    if unit == "currency":
        return formatting.money(value, lang, currency, decimals=0)
    if unit == "fraction":
        return formatting.percent(value, lang, decimals=1)
    if unit == "points" or isinstance(value, float):
        return formatting.number(value, lang, 1)
    return fmt_value(value, name, lang)


class ValueDashboard(Panel):
    """``kpis`` (name -> value, as_of, currency), ``kpi_list`` (the typed ``KpiList`` with periods and reasons),
    ``clv`` (per-customer CLV frame), ``top_customers`` and ``at_risk`` (DataFrames)."""

    static_traits = ("top_n",)

    kpis = traitlets.Dict()
    clv = Frame()
    top_customers = Frame()
    at_risk = Frame()
    top_n = traitlets.Int(10)

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *, top_n: int = 10,
                 as_of: dt.date | str | None = None, language: Lang = "en", **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        self.language = language
        self.tiles = widgets.HTML()
        self.clv_chart = ChartView(language=language)
        self.risk_chart = ChartView(language=language)
        self.top_html = widgets.HTML()
        self.risk_html = widgets.HTML()
        self.top_slider = widgets.IntSlider(value=top_n, min=5, max=50, step=5, description="top")
        self.top_slider.observe(lambda c: setattr(self, "top_n", c["new"]), names="value")
        row = widgets.Layout(flex_flow="row wrap")
        self.children = [self.tiles, self.error,
                         widgets.HBox([self.clv_chart, self.risk_chart], layout=row),
                         self.top_slider,
                         widgets.HBox([self.top_html, self.risk_html], layout=row)]
        self.top_n = top_n
        self.refresh()

    def refresh(self) -> None:
        """(Re)compute everything from the Dataset."""
        if self.dataset is None:
            return
        import insight.api as api

        self.kpi_list = self.guard(lambda: api.kpi_list(self.dataset, language=self.language))
        self.kpis = self.kpi_list.values() if self.kpi_list is not None else {}
        self._draw_tiles()
        self.clv = self.guard_frame(lambda: api.clv(self.dataset))
        self._draw_model()

    @traitlets.observe("top_n")
    def _on_top_n(self, change: dict[str, Any]) -> None:
        if self.top_slider.value != change["new"]:
            self.top_slider.value = change["new"]
        self._draw_tables()

    def _draw_tiles(self) -> None:
        result = getattr(self, "kpi_list", None)
        if result is None:
            self.tiles.value = kpi_tiles_html([])
            return
        de = self.language == "de"
        items = []
        for kpi in result.kpis:
            if not kpi.available:
                items.append((f"{kpi.label} · {kpi.status(self.language)}", "–"))
                continue
            mark = "" if kpi.complete else "*"
            period = f" · {kpi.period}{' (' + kpi.status(self.language) + ')' if mark else ''}"
            items.append((kpi.label + period, format_kpi(kpi.name, kpi.value, result.currency, kpi.unit, self.language) + mark))
        items.append(("Stichtag" if de else "analysis date", result.as_of.isoformat()))
        self.tiles.value = kpi_tiles_html(items)

    def _draw_model(self) -> None:
        if self.clv.is_empty():
            self.top_customers = self.at_risk = pl.DataFrame()
            self.clv_chart.show(None)
            self.risk_chart.show(None)
            self.top_html.value = self.risk_html.value = ""
            return
        de = self.language == "de"
        self.clv_chart.show(histogram_chart(self.clv, "clv", log_y=True, lang=self.language,
                                            title="CLV-Verteilung" if de else "CLV distribution"))
        self.risk_chart.show(histogram_chart(self.clv, "churn_risk", bins=20, lang=self.language,
                                             title="Abwanderungsrisiko" if de else "Churn risk"))
        self._draw_tables()

    def _draw_tables(self) -> None:
        if self.clv.is_empty() or not hasattr(self, "top_html"):
            return
        from insight.api import CHURN_RISK_THRESHOLD

        columns = [c for c in ("customer_id", "clv", "p_alive", "churn_risk", "expected_orders", "frequency")
                   if c in self.clv.columns]
        ranked = self.clv.select(columns).sort("clv", descending=True, nulls_last=True)
        self.top_customers = ranked.head(self.top_n)
        self.at_risk = ranked.filter(pl.col("churn_risk") > CHURN_RISK_THRESHOLD).head(self.top_n)
        de = self.language == "de"
        self.top_html.value = frame_html(self.top_customers, max_rows=self.top_n, lang=self.language,
                                         currency=self.kpis.get("currency") or None,
                                         caption="Top-Kunden nach CLV" if de else "Top customers by CLV")
        self.risk_html.value = frame_html(
            self.at_risk, max_rows=self.top_n, lang=self.language, currency=self.kpis.get("currency") or None,
            caption=(f"wertvoll, aber Abwanderungsrisiko > {CHURN_RISK_THRESHOLD:.0%}" if de else
                     f"Valuable customers with churn risk > {CHURN_RISK_THRESHOLD:.0%}"))
