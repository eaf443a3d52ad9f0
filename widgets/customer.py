"""CustomerCard: one customer at a glance — profile, value numbers, CLV / P(alive), segments, order history.

Everything comes from the core's customer table (``insight.metrics.customer_table``), CLV
(``insight.clv.value.customer_clv``), segments (``insight.segments.segment_table``) and prepared order
lines (``insight.metrics.lines.prepared_lines``: the metric contract's line amounts and order keys); the
card only picks the customer's rows.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets
import polars as pl
import traitlets

from widgets.base import DataArg, Frame, Panel
from widgets.charts import ChartView, bar_chart
from widgets.tables import STYLE, fmt_value, frame_html, label_of

Lang = Literal["en", "de"]
VALUE_COLUMNS = ("revenue", "orders", "aov", "profit", "customer_capital", "tenure_months", "recency_days",
                 "first_order", "last_order")
MODEL_COLUMNS = ("clv", "p_alive", "churn_risk", "expected_orders")
SEGMENT_METHODS = ("rfm", "abc")


class CustomerCard(Panel):
    """Set ``customer_id`` (trait) or pick from the box; ``profile`` is a dict of everything shown and
    ``orders`` the customer's orders (order_key, order_day, amount, lines) as a polars DataFrame."""

    static_traits = ("customer_id",)

    customer_id = traitlets.Any(None, allow_none=True)
    profile = traitlets.Dict()
    orders = Frame()

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *,
                 customer_id: Any = None, as_of: dt.date | str | None = None, language: Lang = "en",
                 **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        self.language = language
        from insight import api

        self.table = self.guard(lambda: api.customers(self.dataset)) if self.dataset is not None else None
        ids = [] if self.table is None else [
            str(v) for v in self.table.sort("revenue", descending=True).get_column("customer_id").to_list()]
        self.picker = widgets.Combobox(options=ids, placeholder="customer id (best customers first)",
                                       ensure_option=True, description="customer")
        self.show_button = widgets.Button(description="Show", layout=widgets.Layout(width="auto"))
        self.show_button.on_click(lambda _: self._pick(self.picker.value))
        self.card = widgets.HTML()
        self.chart = ChartView(language=language)
        self.orders_html = widgets.HTML()
        self.children = [widgets.HBox([self.picker, self.show_button]), self.error, self.card, self.chart,
                         self.orders_html]
        self._clv: pl.DataFrame | None = None
        self._segments: dict[str, pl.DataFrame] = {}
        if customer_id is not None:
            self.customer_id = customer_id

    # -- selection ----------------------------------------------------------------------------------
    def _pick(self, text: str) -> None:
        if text:
            self.customer_id = text

    @traitlets.validate("customer_id")
    def _coerce_id(self, proposal: dict[str, Any]) -> Any:
        """Ids typed into the box are strings; the data may use Int64 ids."""
        value = proposal["value"]
        if value is None or self.table is None:
            return value
        if self.table.schema["customer_id"] == pl.Int64:
            try:
                return int(value)
            except (TypeError, ValueError):
                return value
        return str(value)

    @traitlets.observe("customer_id")
    def _on_customer(self, change: dict[str, Any]) -> None:
        self.show(change["new"])

    def show(self, customer_id: Any) -> None:
        if self.table is None or customer_id is None:
            return
        row = self.table.filter(pl.col("customer_id") == customer_id)
        if row.height == 0:
            self.show_error(f"customer {customer_id} has no orders before the analysis date {self.dataset.as_of}")
            self.profile, self.orders = {}, pl.DataFrame()
            self.card.value = self.orders_html.value = ""
            self.chart.show(None)
            return
        self.show_error("")
        profile = {k: v for k, v in row.row(0, named=True).items() if v is not None}
        profile.update(self._model_row(customer_id))
        for method in SEGMENT_METHODS:
            seg = self._segment_row(method, customer_id)
            if seg is not None:
                profile[f"{method}_segment"] = seg
        self.profile = profile
        self.card.value = self._card_html(profile)
        self.orders = self._orders(customer_id)
        self.picker.value = str(customer_id)
        self.chart.show(bar_chart(self.orders.tail(40), "order_day", "amount", lang=self.language,
                                  title="Bestellungen" if self.language == "de" else "Orders")
                        if self.orders.height else None)
        self.orders_html.value = frame_html(self.orders.sort("order_day", descending=True), max_rows=15, lang=self.language,
                                            caption="Letzte Bestellungen" if self.language == "de" else "Latest orders")

    # -- core look-ups --------------------------------------------------------------------------------
    def _model_row(self, customer_id: Any) -> dict[str, Any]:
        if self._clv is None:
            from insight import api

            self._clv = self.guard_frame(lambda: api.clv(self.dataset))
        if self._clv.is_empty():
            return {}
        row = self._clv.filter(pl.col("customer_id") == customer_id).select(
            c for c in MODEL_COLUMNS if c in self._clv.columns)
        return row.row(0, named=True) if row.height else {}

    def _segment_row(self, method: str, customer_id: Any) -> str | None:
        if method not in self._segments:
            from insight import api

            self._segments[method] = self.guard_frame(lambda: api.segments(method, self.dataset))
        table = self._segments[method]
        if table.is_empty():
            return None
        column = "segment_de" if self.language == "de" else "segment"
        hit = table.filter(pl.col("customer_id") == customer_id).get_column(column)
        return str(hit[0]) if hit.len() else None

    def _orders(self, customer_id: Any) -> pl.DataFrame:
        from insight import api

        history = api.order_history(customer_id, self.dataset, newest_first=False)
        return history.select(pl.col("order_id").alias("order_key"), "order_day", "amount", "lines", "is_order")

    def _card_html(self, profile: dict[str, Any]) -> str:
        title = html.escape(str(profile.get("name") or profile["customer_id"]))
        sub = " · ".join(html.escape(str(profile[k])) for k in ("customer_id", "kind", "industry", "city", "country")
                         if k in profile)
        groups = [VALUE_COLUMNS, MODEL_COLUMNS, tuple(f"{m}_segment" for m in SEGMENT_METHODS)]
        cells = []
        for group in groups:
            items = "".join(f"<tr><td>{html.escape(label_of(k, self.language))}</td>"
                            f"<td class='num'>{html.escape(fmt_value(profile[k], k, self.language))}</td></tr>"
                            for k in group if k in profile)
            if items:
                cells.append(f"<td style='vertical-align:top;padding-right:24px'>"
                             f"<table class='insight-table'>{items}</table></td>")
        return (f"{STYLE}<div class='insight-customer'><h3 style='margin:4px 0'>{title}</h3>"
                f"<p style='margin:0;color:var(--jp-ui-font-color2,#666)'>{sub}</p><table><tr>{''.join(cells)}</tr></table></div>")
