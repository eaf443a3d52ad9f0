"""The KPI list: the five Kundenbindung KPIs of the seed texts (retention rate, CLV, repeat rate, redemption
rate, NPS) plus customers, revenue, profit and value at risk, each with the period it covers.

One typed result (``KpiList``) serves ``insight kpis``, ``insight.api.kpi_list``, the TUI header and the
ValueDashboard, so every face shows the same numbers with the same periods. A KPI the data cannot support
is kept in the list as *not available* with the reason (no coupons, no survey), never dropped or shown as 0.

Periods (decisions in docs/metrics.md): retention compares the default pair of years; customers, revenue,
profit and repeat rate use all data up to the analysis date (metrics.md: no window = all data); value at
risk the 12 months before the analysis date; CLV the forecast horizon after it; redemption and NPS the
span of the coupons / responses before it. A period not fully covered by the data is ``complete=False``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError
from insight.language import Language as Lang
from insight.language import language_of
from insight.messages import say

ORDER = ("retention_rate", "clv", "repeat_rate", "redemption_rate", "nps",
         "customers", "revenue", "profit", "value_at_risk")
LABELS = {  # name -> (en, de); the KPI of ``clv`` is its mean per customer
    "retention_rate": ("retention rate", "Kundenbindungsrate"),
    "clv": ("mean CLV", "durchschnittlicher CLV"),
    "repeat_rate": ("repeat rate", "Wiederkaufsrate"),
    "redemption_rate": ("redemption rate", "Einlösungsquote"),
    "nps": ("Net Promoter Score", "Net Promoter Score"),
    "customers": ("customers", "Kunden"),
    "revenue": ("revenue", "Umsatz"),
    "profit": ("profit", "Gewinn"),
    "value_at_risk": ("value at risk", "Wert in Gefahr"),
}
UNITS = {"retention_rate": "fraction", "clv": "currency", "repeat_rate": "fraction", "redemption_rate": "fraction",
         "nps": "points", "customers": "count", "revenue": "currency", "profit": "currency",
         "value_at_risk": "currency"}


@dataclass(frozen=True)
class Kpi:
    """One KPI: ``value`` None when not ``available``; ``period`` is a readable label of [``start``, ``end``)
    and ``complete`` says whether the data covers it. ``reason`` (in the list's language) says why a KPI is
    not available or which part of its period the data lacks."""

    name: str
    label: str
    value: float | int | None
    unit: str
    period: str
    start: dt.date | None
    end: dt.date | None
    complete: bool = True
    available: bool = True
    reason: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    def status(self, lang: str) -> str:
        """'complete', 'incomplete: …' or 'not available: …' (German with ``lang='de'``)."""
        language = language_of(lang)
        if not self.available:
            return say("kpi_not_available", language, reason=self.reason)
        if not self.complete:
            return say("kpi_incomplete", language, reason=self.reason)
        return say("kpi_complete", language)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "value": self.value, "unit": self.unit,
                "period": self.period, "start": self.start, "end": self.end, "complete": self.complete,
                "available": self.available, "reason": self.reason or None, "detail": self.detail}


@dataclass(frozen=True)
class KpiList:
    """The KPIs in ``ORDER``, the analysis date, the language of labels and reasons, the currency and notes."""

    kpis: tuple[Kpi, ...]
    as_of: dt.date
    language: Lang
    currency: str
    notes: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> Kpi:
        for kpi in self.kpis:
            if kpi.name == name:
                return kpi
        raise KeyError(name)

    def values(self) -> dict[str, Any]:
        """name -> value (None where not available), plus as_of and currency: the shape faces tile."""
        return {**{k.name: k.value for k in self.kpis}, "as_of": self.as_of, "currency": self.currency}

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "language": self.language, "currency": self.currency,
                "kpis": [k.to_json() for k in self.kpis], "notes": list(self.notes)}


def kpi_list(ds: Dataset, language: str = "en") -> KpiList:
    """The nine KPIs of ``ds`` with their periods, labels and reasons in ``language`` ('de' or 'en')."""
    from insight.metrics.conventions import currency_of, detect
    from insight.metrics.lines import prepared_lines

    lang: Lang = "de" if str(language).lower().startswith("de") else "en"
    lines = prepared_lines(ds)
    first = lines.select(pl.col("order_day").min()).collect().item()
    builder = _Builder(ds, lang, first)
    kpis = [builder.retention(lines), builder.clv(), builder.repeat_rate(), builder.redemption(), builder.nps(),
            *builder.totals(lines), builder.value_at_risk()]
    notes = []
    if detect(ds).margin_assumed and ds.order_lines.height:
        m = ds.settings.default_margin
        notes.append(say("kpi_margin_assumed", lang, percent=m * 100))
    return KpiList(tuple(kpis), ds.as_of, lang, currency_of(ds)[0], tuple(notes))


class _Builder:
    """Builds each KPI; kept small so that each KPI's period rule sits next to its value."""

    def __init__(self, ds: Dataset, lang: Lang, first: dt.date | None) -> None:
        self.ds, self.lang, self.first = ds, lang, first

    def _kpi(self, name: str, value: Any, start: dt.date | None, end: dt.date | None, period: str | None = None,
             complete: bool | None = None, **detail: Any) -> Kpi:
        from insight.metrics.periods import covered

        if complete is None:
            complete = start is not None and end is not None and covered(start, end, self.first, self.ds.as_of)
        reason = "" if complete else say("kpi_partial_data", self.lang, span=self._span(self.first, self.ds.as_of))
        return Kpi(name, LABELS[name][self.lang == "de"], _plain(value), UNITS[name],
                   period or self._span(start, end), start, end, complete, reason=reason, detail=detail)

    def _missing(self, name: str, reason: str) -> Kpi:
        return Kpi(name, LABELS[name][self.lang == "de"], None, UNITS[name], "", None, None, complete=False,
                   available=False, reason=reason)

    def _span(self, start: dt.date | None, end: dt.date | None) -> str:
        if start is None or end is None:
            return ""
        last = end - dt.timedelta(days=1)
        return f"{start.isoformat()} – {last.isoformat()}"

    def _all_data(self) -> tuple[dt.date | None, dt.date]:
        return self.first, self.ds.as_of

    # -- the five loyalty KPIs -------------------------------------------------------------------
    def retention(self, lines: pl.LazyFrame) -> Kpi:
        from insight.metrics.loyalty import default_pair, retention_frame
        from insight.metrics.periods import label_range

        row = default_pair(retention_frame(lines, "year", self.ds.as_of).collect()) if self.first else None
        if row is None:
            return self._missing("retention_rate", say("kpi_retention_needs_two_years", self.lang))
        start, _ = label_range(row["previous_period"])
        _, end = label_range(row["period"])
        period = say("kpi_retention_period", self.lang, period=row["period"], previous=row["previous_period"])
        return self._kpi("retention_rate", row["retention_rate"], start, end, period,
                         customers_prev=row["customers_prev"], retained=row["retained"], churn_rate=row["churn_rate"])

    def clv(self) -> Kpi:
        try:
            from insight.clv.value import customer_clv

            table = customer_clv(self.ds)
        except (ImportError, InsightError) as exc:
            return self._missing("clv", say("kpi_clv_not_fitted", self.lang, error=exc))
        months = self.ds.settings.clv_horizon_months
        end = _add_months(self.ds.as_of, months)
        mean = table.get_column("clv").drop_nans().mean()
        period = say("kpi_clv_period", self.lang, months=months, span=self._span(self.ds.as_of, end))
        return self._kpi("clv", mean, self.ds.as_of, end, period, complete=True,
                         customers=table.height, total=_plain(table.get_column("clv").drop_nans().sum()))

    def repeat_rate(self) -> Kpi:
        from insight.metrics.customer_table import customer_table

        table = customer_table(self.ds)
        if table.height == 0:
            return self._missing("repeat_rate", say("kpi_needs_customer_lines", self.lang))
        repeat = int((table.get_column("orders") >= 2).sum())
        start, end = self._all_data()
        return self._kpi("repeat_rate", repeat / table.height, start, end, customers=table.height, repeaters=repeat)

    def redemption(self) -> Kpi:
        from insight.metrics.loyalty import redemption_rate
        from insight.metrics.require import has_column

        if not has_column(self.ds, "coupons", "coupon_id"):
            return self._missing("redemption_rate", say("kpi_no_coupons", self.lang))
        frame = redemption_rate(self.ds)
        issued = self.ds.coupons.filter(pl.col("issued_at") < pl.lit(self.ds.as_of, dtype=pl.Date))
        if frame.height == 0 or not frame.get_column("issued").item():
            return self._missing("redemption_rate", say("kpi_no_coupon_issued", self.lang))
        start = _as_date(issued.get_column("issued_at").min())
        row = frame.row(0, named=True)
        return self._kpi("redemption_rate", row["redemption_rate"], start, self.ds.as_of,
                         complete=True, issued=row["issued"], redeemed=row["redeemed"])

    def nps(self) -> Kpi:
        from insight.metrics.require import has_column
        from insight.analyses.survey import nps

        if not has_column(self.ds, "survey_responses", "nps"):
            return self._missing("nps", say("kpi_no_nps", self.lang))
        score = nps(self.ds)
        if score.height == 0 or not score.get_column("responses").item():
            return self._missing("nps", say("kpi_no_survey_answer", self.lang))
        start = _as_date(self.ds.survey_responses.lazy()
                         .select(day=pl.col("response_date").cast(pl.Date), nps=pl.col("nps"))
                         .filter(pl.col("nps").is_not_null() & (pl.col("day") < self.ds.as_of))
                         .select(pl.col("day").min()).collect().item())
        row = score.row(0, named=True)
        return self._kpi("nps", row["nps"], start, self.ds.as_of, complete=True, responses=row["responses"],
                         promoters=row["promoters"], detractors=row["detractors"])

    # -- the value KPIs --------------------------------------------------------------------------
    def totals(self, lines: pl.LazyFrame) -> list[Kpi]:
        from insight.metrics.customer_table import customer_table
        from insight.metrics.lines import gross_profit_expr

        schema = lines.collect_schema()
        sums = lines.select(revenue=pl.col("line_amount").sum(),
                            gross=gross_profit_expr(schema, self.ds.settings.default_margin).sum()).collect()
        table = customer_table(self.ds)
        cost = table.get_column("cost_to_serve").fill_null(0.0).sum() if "cost_to_serve" in table.columns else 0.0
        start, end = self._all_data()
        if start is None:
            reason = say("kpi_needs_lines", self.lang)
            return [self._missing(n, reason) for n in ("customers", "revenue", "profit")]
        return [self._kpi("customers", table.height, start, end),
                self._kpi("revenue", sums.item(0, "revenue") or 0.0, start, end),
                self._kpi("profit", (sums.item(0, "gross") or 0.0) - cost,  # type: ignore[operator]  # a float sum
                          start, end, cost_to_serve=_plain(cost))]

    def value_at_risk(self) -> Kpi:
        from insight.analyses.value_at_risk import risk_window, value_at_risk

        try:
            frame = value_at_risk(self.ds)
        except (ImportError, InsightError) as exc:
            return self._missing("value_at_risk", say("kpi_value_at_risk_not_fitted", self.lang, error=exc))
        start, end = risk_window(self.ds.as_of)
        row = frame.row(0, named=True)
        return self._kpi("value_at_risk", row["value_at_risk"], start, end,
                         customers_at_risk=row["customers_at_risk"], clv=_plain(row["clv"]))


def _plain(value: Any) -> Any:
    """A Python number (NaN as None) for JSON and text."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    return value


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")
