"""What the client report says: sections built from the same functions as ``insight kpis`` and ``insight
measures`` (so every figure equals theirs), each with a headline that states the finding. Sections whose
data is missing are left out and named on the method page, never shown empty."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from insight.dataset import Dataset, as_date
from insight.errors import InsightError
from insight.labels import label_expr, value_label
from insight.language import Language, language_of
from insight.measures import measures
from insight.messages import say
from insight.query.render import fmt_number
from insight.report import svg


ATTRIBUTES = (  # customer attributes with a label on the persona pages (messages `report_attribute_<column>`);
    # other columns keep their name
    "kind", "industry", "company_size", "gender", "marital_status", "income_band", "education", "country", "city",
    "acquisition_channel", "contact_preference",
)
PERSONAS = 3  # persona pages: one per top segment (seed 004: "oder der Kunden, wenn es mehrere gibt")


Progress = Callable[[str], None]
BUILD_STEPS = 14  # calls of ``progress`` in one build: four models, nine body steps, the rest (_Builder.build)


def _mean(values: pl.Series) -> float:
    """A numeric column's mean as a float (the quadrant splits)."""
    mean = values.mean()
    return float(mean) if isinstance(mean, (int, float)) else float("nan")


def t(key: str, lang: str) -> str:
    """A title or column header of the report (messages `report_label_<key>`) in ``lang``."""
    return say(f"report_label_{key}", language_of(lang))


def report_date(day: dt.date | None, lang: str) -> str:
    """A date on the report's pages and slides: 31.12.2024 in German (what a client reads), ISO in English."""
    if day is None:
        return "–"
    return day.strftime("%d.%m.%Y") if language_of(lang) == "de" else day.isoformat()


@dataclass
class Chart:
    """The numbers behind one chart, so each renderer draws it from the same figures (the HTML as inline SVG,
    the deck as a native, restylable chart) and none recomputes them.

    ``kind`` 'bar': one bar per ``labels`` entry with ``values``; 'curve': ``values`` (y) over ``x``, with
    ``marks`` (x, y, label) on it; 'scatter': one point per ``labels`` entry at (``x``, ``values``), split
    into quadrants at ``splits`` and named by ``corners`` (top-right, top-left, bottom-left, bottom-right).
    'line': one line per ``series`` (name, values) over the period ``labels``, ``incomplete`` marking the
    periods the data covers only in part (``note`` says what the mark means).
    ``unit`` is fmt_number's unit of ``values`` ('currency', 'count', 'fraction' or '')."""

    kind: str
    title: str
    labels: list[str] = field(default_factory=list)
    values: list[float | None] = field(default_factory=list)
    x: list[float] = field(default_factory=list)
    unit: str = ""
    x_label: str = ""
    y_label: str = ""
    color: str = "primary"
    marks: list[tuple[float, float, str]] = field(default_factory=list)
    splits: tuple[float, float] = (0.0, 0.0)
    corners: list[str] = field(default_factory=list)
    series: list[tuple[str, list[float | None]]] = field(default_factory=list)
    incomplete: list[bool] = field(default_factory=list)
    note: str = ""


@dataclass
class Block:
    """One piece of a section: kind 'chart' (svg drawn from ``chart``), 'table' (columns, rows of text),
    'tiles' (label, value, note), 'list' (lines) or 'text'."""

    kind: str
    title: str = ""
    svg: str = ""
    chart: Chart | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    numeric: list[bool] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


@dataclass
class Section:
    key: str
    kicker: str
    headline: str
    blocks: list[Block]


@dataclass
class Report:
    lang: str
    client: str
    as_of: dt.date
    currency: str
    sections: list[Section]
    omitted: list[str]
    figures: dict[str, Any]
    definitions: list[str] = field(default_factory=list)  # "column: meaning", as on the method page
    notes: list[str] = field(default_factory=list)  # assumptions and notes, as on the method page


class _Builder:
    def __init__(self, ds: Dataset, lang: str, client: str, method: str) -> None:
        self.ds, self.lang, self.client, self.method = ds, lang, client, method
        self.said: Language = language_of(lang)
        self.de = self.said == "de"
        self.omitted: list[str] = []
        self.problem = ""  # why the measures (and the CLV model under them) could not be computed
        self.figures: dict[str, Any] = {}
        self.definitions: list[str] = []
        self.notes: list[str] = []
        from insight.metrics.conventions import currency_of

        self.currency = currency_of(ds)[0]

    def money(self, v: Any) -> str:
        return fmt_number(v, "currency", self.lang, self.currency)

    def pct(self, v: Any) -> str:
        return fmt_number(v, "fraction", self.lang)

    def count(self, v: Any) -> str:
        return fmt_number(v, "count", self.lang)

    def date(self, d: dt.date | None) -> str:
        return report_date(d, self.said)

    def chart(self, chart: Chart) -> Block:
        """A chart block: its figures, and the SVG the HTML shows drawn from exactly those figures."""
        if chart.kind == "bar":
            drawn = svg.hbar(chart.labels, chart.values, lambda v: fmt_number(v, chart.unit, self.lang, self.currency),
                             chart.title, chart.color)
        elif chart.kind == "curve":
            drawn = svg.pareto(chart.x, [v or 0.0 for v in chart.values], chart.title, chart.x_label, chart.y_label,
                               chart.marks, pct=self.pct)
        elif chart.kind == "line":
            rates = chart.unit == "fraction"
            drawn = svg.lines(chart.labels, chart.series, chart.incomplete,
                              lambda v: f"{v * 100:.0f} %" if rates else self.count(v) if chart.unit in ("", "count")
                              else fmt_number(v, chart.unit, self.lang, self.currency), chart.title, chart.note, lo=0.0 if rates else None,
                              hi=1.0 if rates else None)
        else:
            points = [(label, x, y) for label, x, y in zip(chart.labels, chart.x, chart.values) if y is not None]
            drawn = svg.scatter(points, chart.title, chart.x_label,
                                chart.y_label, chart.splits[0], chart.splits[1], chart.corners)
        return Block("chart", svg=drawn, chart=chart)

    # -- sections -----------------------------------------------------------------------------
    def build(self, progress: Progress | None = None) -> Report:
        from insight.analyses.kpis import kpi_list

        done = progress or (lambda _label: None)
        self.kpis = kpi_list(self.ds, self.lang)
        self.figures["kpis"] = {k.name: k.value for k in self.kpis.kpis}
        done(t("kpis", self.lang))
        self.main = self._measures(self.method)
        done(f"{t('segments', self.lang)} ({self.method})")
        self.abc = self._measures("abc")
        done("ABC")
        self.value_risk = self._measures("value-risk")
        done(t("risk", self.lang))
        body = []
        for key, make in (("kpis", self.kpi_section), ("trends", self.trend_section),
                          ("value", self.value_section), ("segments", self.segment_section),
                          ("persona", self.persona_sections), ("risk", self.risk_section),
                          ("channels", self.channel_section), ("satisfaction", self.satisfaction_section),
                          ("funnel", self.funnel_section)):
            made = make()
            body += made if isinstance(made, list) else [made] if made is not None else []
            done(t(key, self.lang))
        sections = [self.title_section(), self.summary_section(), *body, self.method_section()]
        done(t("method", self.lang))
        return Report(self.lang, self.client, self.ds.as_of, self.currency, sections, self.omitted, self.figures,
                      self.definitions, self.notes)

    def _measures(self, method: str):
        try:
            result = measures(self.ds, method, self.lang)
        except InsightError as exc:
            self.problem = str(exc)
            return None
        self.figures[f"measures_{method}"] = {"columns": result.table.columns, "rows": result.to_json()["rows"]}
        return result

    def title_section(self) -> Section:
        lines = self.ds.order_lines
        first = as_date(lines.get_column("order_date").min()) if lines.height else None
        last = as_date(lines.get_column("order_date").max()) if lines.height else None
        customers = self.kpis["customers"].value
        self.figures["data"] = {"first_order": first, "last_order": last, "order_lines": lines.height,
                                "customers": customers}
        covered = say("report_data_covered", self.said, lines=self.count(lines.height),
                      first=self.date(first), last=self.date(last), customers=self.count(customers))
        block = Block("list", lines=[f"{t('as_of', self.lang)}: {self.date(self.ds.as_of)}",
                                     f"{t('covered', self.lang)}: {covered}"])
        return Section("title", t("prepared", self.lang), self.client or t("report", self.lang), [block])

    def summary_section(self) -> Section:
        findings = []
        if self.abc is not None:
            a = self.abc.table.filter(pl.col("segment") == "A").row(0, named=True)
            findings.append(say("report_summary_class_a", self.said,
                                customer_share=self.pct(a['customer_share']),
                                revenue_share=self.pct(a['revenue_share']), revenue=self.money(a['revenue'])))
        if self.main is not None:
            top = self.main.table.sort("money_at_stake", descending=True, nulls_last=True).row(0, named=True)
            findings.append(say("report_summary_largest_lever", self.said, measure_label=top['measure_label'],
                                segment_label=top['segment_label'], money_at_stake=self.money(top['money_at_stake']),
                                stake_basis=top['stake_basis']))
        var = self.kpis["value_at_risk"]
        if var.available:
            n = var.detail.get("customers_at_risk")
            findings.append(say("report_summary_at_risk", self.said, customers=self.count(n),
                                value_at_risk=self.money(var.value)))
        if self.main is not None:
            n, loss = int(self.main.table["unprofitable"].sum()), float(self.main.table["loss"].sum())
            if n:
                findings.append(say("report_summary_unprofitable", self.said, customers=self.count(n),
                                    loss=self.money(loss)))
            if "payback_gap" in self.main.table.columns:
                gap = float(self.main.table["payback_gap"].sum())
                findings.append(say("report_summary_payback_gap", self.said, gap=self.money(gap)))
        if not findings:
            findings.append(say("report_summary_no_finding", self.said))
        self.figures["summary"] = findings
        return Section("summary", t("summary", self.lang), findings[0], [Block("list", lines=findings[1:])])

    def kpi_section(self) -> Section:
        rows = [[k.label, fmt_number(k.value, k.unit, self.lang, self.currency) if k.available else "–", k.period,
                 k.status(self.lang)] for k in self.kpis.kpis]
        tiles = [[k.label, fmt_number(k.value, k.unit, self.lang, self.currency), k.period]
                 for k in self.kpis.kpis if k.available][:6]
        available = sum(k.available for k in self.kpis.kpis)
        headline = say("report_kpis_measurable", self.said, available=available,
                       total=len(self.kpis.kpis))
        return Section("kpis", t("kpis", self.lang), headline, [
            Block("tiles", rows=tiles),
            Block("table", columns=[t("kpi", self.lang), "", t("period", self.lang), t("status", self.lang)],
                  rows=rows, numeric=[False, True, False, False])])

    def value_section(self) -> Section | None:
        from insight.segments.abc import abc_table

        if self.abc is None:
            self.omitted.append(say("report_value_omitted", self.said, problem=self.problem))
            return None
        curve = abc_table(self.ds)
        n = curve.height
        step = max(n // 200, 1)
        sample = curve.with_row_index("i").filter((pl.col("i") % step == 0) | (pl.col("i") == n - 1))
        x = ((sample["i"] + 1) / n).to_list()
        y = sample["cum_share"].to_list()
        table = self.abc.table
        marks = []
        cum_c = 0.0
        cum_r = 0.0
        for row in table.iter_rows(named=True):
            cum_c += row["customer_share"]
            cum_r += row["revenue_share"]
            if row["segment"] != "C":
                marks.append((cum_c, cum_r, f"{row['segment']}: {self.pct(cum_c)} → {self.pct(cum_r)}"))
        chart = self.chart(Chart("curve", say("report_pareto_curve_revenue", self.said), x=x,
                                 values=y, unit="fraction", x_label=t("x_customers", self.lang),
                                 y_label=t("y_revenue", self.lang), marks=marks))
        a = table.row(0, named=True)
        headline = say("report_value_headline", self.said, customer_share=self.pct(a['customer_share']),
                       revenue_share=self.pct(a['revenue_share']))
        rows = [[r["segment_label"], self.count(r["customers"]), self.pct(r["customer_share"]), self.money(r["revenue"]),
                 self.pct(r["revenue_share"]), self.money(r["clv"])] for r in table.iter_rows(named=True)]
        return Section("value", t("value", self.lang), headline, [
            chart,
            Block("table", columns=[t("class", self.lang), t("customers", self.lang), t("customer_share", self.lang),
                                    t("revenue", self.lang), t("revenue_share", self.lang), t("clv", self.lang)],
                  rows=rows, numeric=[False, True, True, True, True, True])])

    def segment_section(self) -> Section | None:
        if self.main is None:
            self.omitted.append(say("report_segments_no_clv_model", self.said, problem=self.problem))
            return None
        table = self.main.table
        chart = self.chart(Chart("bar", say("report_money_at_stake_per", self.said),
                                 table["segment_label"].to_list(), table["money_at_stake"].to_list(),
                                 unit="currency", color="accent"))
        rows = [[r["segment_label"], self.count(r["customers"]), self.pct(r["revenue_share"]), self.money(r["clv"]),
                 r["measure_label"], self.money(r["money_at_stake"]), self.money(r["spending_ceiling"])]
                for r in table.iter_rows(named=True)]
        plan = (table.group_by("measure_label", "action", "rule", maintain_order=True)
                .agg(pl.col("segment_label"), pl.col("money_at_stake").sum()))
        lines = [f"{r['measure_label']} ({', '.join(r['segment_label'])}; {self.money(r['money_at_stake'])}): "
                 f"{r['action']}" for r in plan.iter_rows(named=True)]
        basket = say("report_bought_together", self.said)
        lines += [f"{basket} ({r['segment_label']}): {r['bought_together']}"
                  for r in table.filter(pl.col("bought_together").is_not_null()).iter_rows(named=True)]
        total = table["money_at_stake"].fill_null(0).sum()
        headline = say("report_segments_headline", self.said, measures=len(plan), segments=table.height,
                       total=self.money(total))
        return Section("segments", t("segments", self.lang), headline, [
            chart,
            Block("table", columns=[t("segment", self.lang), t("customers", self.lang), t("revenue_share", self.lang),
                                    t("clv", self.lang), t("measure", self.lang), t("money", self.lang),
                                    t("ceiling", self.lang)], rows=rows,
                  numeric=[False, True, True, True, False, True, True]),
            Block("list", title=t("action", self.lang), lines=lines)])

    def trend_section(self) -> Section | None:
        from insight.report.trends import kpi_trends

        trends = kpi_trends(self.ds)
        if trends is None or trends.table.height < 2:
            self.omitted.append(say("report_trends_too_few_periods", self.said))
            return None
        table, grain = trends.table, trends.grain
        self.figures["trends"] = {"grain": grain, "columns": table.columns,
                                  "rows": [list(r) for r in table.iter_rows()]}
        labels = table["period"].to_list()
        incomplete = (~table["complete"]).to_list()
        has = [c for c in ("redemption_rate", "nps") if c in table.columns and table[c].is_not_null().any()]
        rates = [(t(c, self.lang), table[c].to_list()) for c in ("retention_rate", "repeat_rate", *has)
                 if c != "nps"]
        per = say(f"report_per_{grain}", self.said)  # grain: quarter or year
        note = say("report_incomplete_period_data_covers", self.said) if any(incomplete) else ""
        blocks = [self.chart(Chart("line", f"{say('report_loyalty_rates', self.said)} {per}", labels,
                                   series=rates, incomplete=incomplete, unit="fraction", note=note))]
        if "nps" in has:
            blocks.append(self.chart(Chart("line", f"Net Promoter Score {per}", labels,
                                           series=[("NPS", table["nps"].to_list())], incomplete=incomplete,
                                           unit="", note=note)))
        columns = [t(grain, self.lang), t("active", self.lang), t("revenue", self.lang), t("retention_rate", self.lang),
                   t("repeat_rate", self.lang), *[t(c, self.lang) for c in has], t("status", self.lang)]
        rows = []
        for r in table.iter_rows(named=True):
            status = t("complete" if r["complete"] else "incomplete", self.lang)
            if r["complete"] and not r["retention_complete"] and r["retention_rate"] is not None:
                status += say("report_previous_period_incomplete", self.said)
            rows.append([r["period"] + ("" if r["complete"] else "*"), self.count(r["active_customers"]),
                         self.money(r["revenue"]), self.pct(r["retention_rate"]), self.pct(r["repeat_rate"]),
                         *[self.pct(r[c]) if c != "nps" else fmt_number(r[c], "points", self.lang) for c in has],
                         status])
        lines = [say(f"report_trends_definitions_{grain}", self.said)]
        if "redemption_rate" in has:
            lines.append(say("report_redemption_rate_coupons_issued", self.said))
        if "nps" in has:
            lines.append(say("report_nps_answers_period_once", self.said))
        lines.append(say("report_clv_forecast_made_at", self.said))
        if any(incomplete):
            lines.append(note)
        full = table.filter(pl.col("retention_complete") & pl.col("retention_rate").is_not_null())
        pick = full if full.height else table.filter(pl.col("retention_rate").is_not_null())
        if pick.height:
            last = pick.row(-1, named=True)
            prev = table.filter(pl.col("period") < last["period"]).row(-1, named=True)
            before = pick.row(-2, named=True) if pick.height > 1 else None
            mark = "" if full.height else say("report_incomplete_periods", self.said)
            compare = (say(f"report_trends_earlier_{grain}", self.said, retention_rate=self.pct(before["retention_rate"]))
                       if before else "")
            headline = say("report_trends_headline", self.said,
                           retention_rate=self.pct(last['retention_rate']), previous=prev['period'],
                           period=last['period'], compare=compare, mark=mark)
        else:
            headline = say("report_loyalty_kpis_per_period", self.said)
        return Section("trends", t("trends", self.lang), headline, [
            *blocks,
            Block("table", columns=columns, rows=rows, numeric=[False] + [True] * (len(columns) - 2) + [False]),
            Block("list", title=t("definitions", self.lang), lines=lines)])

    def persona_sections(self) -> list[Section]:
        from insight.segments.persona import METHODS as PERSONA_METHODS
        from insight.segments.persona import personas

        method = self.method if self.method in PERSONA_METHODS else "portfolio"
        result = self.main if method == self.method else self._measures(method)
        if result is None:
            self.omitted.append(say("report_personas_no_clv_model", self.said, problem=self.problem))
            return []
        try:
            found = personas(self.ds, self.lang, method, top=PERSONAS)
        except InsightError as exc:
            self.omitted.append(say("report_personas_failed", self.said, exc=exc))
            return []
        sections, figures = [], []
        for n, persona in enumerate(found, start=1):
            section, figure = self._persona(n, len(found), persona, result.table)
            sections.append(section)
            figures.append(figure)
        self.figures["personas"] = figures
        return sections

    def _persona(self, n: int, of: int, persona: Any, table: pl.DataFrame) -> tuple[Section, dict[str, Any]]:
        a = persona.attributes
        label = persona.segment_de if self.de else persona.segment
        found = table.filter(pl.col("segment") == persona.segment)
        m = found.row(0, named=True) if found.height else {}
        shares = sorted(((c[: -len("_share")], a[c]) for c in a if c.endswith("_share")
                         and c not in ("customer_share", "revenue_share")), key=lambda cs: -cs[1])[:8]

        def name(column: str) -> str:
            return say(f"report_attribute_{column}", self.said) if column in ATTRIBUTES else column.replace("_", " ")

        blocks = []
        measure = m.get("measure_label") or "–"
        tiles = [[t("customers", self.lang), self.count(m.get("customers", a["customers"])),
                  say("report_persona_customer_share", self.said,
                      customer_share=self.pct(m.get('customer_share', a['customer_share'])))],
                 [t("revenue_share", self.lang), self.pct(m.get("revenue_share", a["revenue_share"])), ""],
                 [t("mean_clv", self.lang), self.money(m.get("mean_clv")),
                  say("report_next_months", self.said, clv_horizon_months=self.ds.settings.clv_horizon_months)],
                 [t("churn", self.lang), self.pct(m.get("mean_churn_risk")), ""],
                 [t("measure", self.lang), measure, ""],
                 [t("ceiling", self.lang), self.money(m.get("spending_ceiling")), ""]]
        blocks.append(Block("tiles", rows=tiles))
        if shares:
            blocks.append(self.chart(Chart("bar", say("report_typical_attributes_share_segment", self.said),
                                           [f"{name(c)}: {a[c]}" for c, _ in shares], [s for _, s in shares],
                                           unit="fraction")))
        customers = m.get("customers") or 0
        profile = [
            [say("report_orders_median", self.said), self.count(a["median_orders"])],
            [say("report_revenue_per_customer_median", self.said), self.money(a["median_revenue"])],
            [say("report_order_value_median", self.said), self.money(a["median_aov"])],
            [say("report_recency_median", self.said),
             self.count(a["median_recency_days"])],
            [say("report_tenure_median", self.said),
             fmt_number(a["median_tenure_months"], "months", self.lang)],
            *([[say("report_age_median", self.said), self.count(a["median_age"])]] if "median_age" in a else []),
            [say("report_capital_mean", self.said),
             self.money(m.get("customer_capital", 0.0) / customers if customers else None)],
            [f"{t('money', self.lang)} ({m.get('stake_basis') or '–'})", self.money(m.get("money_at_stake"))],
        ]
        blocks.append(Block("table", columns=[t("attribute", self.lang), t("typical", self.lang)], rows=profile,
                            numeric=[False, True]))
        lines = []
        if m:
            lines = [f"{measure}: {m['action']}", f"{t('rule', self.lang)}: {m['rule']}"]
            if m.get("bought_together"):
                lines.append(f"{say('report_bought_together', self.said)}: {m['bought_together']}")
        blocks.append(Block("list", title=say("report_recommended_measure", self.said), lines=lines))
        typical = ", ".join(f"{a[c]} ({self.pct(s)})" for c, s in shares[:2])
        share, revenue = self.pct(a["customer_share"]), self.pct(a["revenue_share"])
        headline = say("report_persona_headline", self.said, label=label, share=share, revenue=revenue, measure=measure,
                       typical=say("report_persona_mostly", self.said, typical=typical) if typical else "")
        kicker = f"{t('persona', self.lang)} {n} {say('report_persona_of', self.said)} {of}: {label}"
        figure = {"segment": persona.segment, "segment_label": label, "method": persona.method,
                  "attributes": a, "measure": m.get("measure"), "measure_label": m.get("measure_label"),
                  "customers": m.get("customers"), "mean_clv": m.get("mean_clv"),
                  "mean_churn_risk": m.get("mean_churn_risk"), "money_at_stake": m.get("money_at_stake"),
                  "spending_ceiling": m.get("spending_ceiling")}
        return Section(f"persona-{n}", kicker, headline, blocks), figure

    def risk_section(self) -> Section | None:
        if self.value_risk is None or self.main is None:
            self.omitted.append(say("report_risk_no_clv_model", self.said))
            return None
        main = self.main.table
        chart = self.chart(Chart("bar", say("report_value_at_risk_per", self.said),
                                 main["segment_label"].to_list(), main["value_at_risk"].to_list(),
                                 unit="currency", color="risk"))
        vr = self.value_risk.table
        rows = [[r["segment_label"], self.count(r["customers"]), self.pct(r["mean_churn_risk"]),
                 self.count(r["customers_at_risk"]), self.money(r["value_at_risk"]), self.count(r["unprofitable"]),
                 self.money(r["loss"])] for r in vr.iter_rows(named=True)]
        total = vr["value_at_risk"].sum()
        at_risk = vr["customers_at_risk"].sum()
        headline = say("report_risk_headline", self.said, total=self.money(total),
                       at_risk=self.count(at_risk))
        return Section("risk", t("risk", self.lang), headline, [
            chart,
            Block("table", columns=[t("segment", self.lang), t("customers", self.lang), t("churn", self.lang),
                                    t("at_risk", self.lang), t("var", self.lang), t("unprofitable", self.lang),
                                    t("loss", self.lang)], rows=rows, numeric=[False] + [True] * 6)])

    def channel_section(self) -> Section | None:
        from insight.metrics.payback import payback_by_channel
        from insight.analyses.value import ltv_by_channel

        try:
            channels = ltv_by_channel(self.ds)
        except InsightError:
            self.omitted.append(say("report_channels_no_column", self.said))
            return None
        channels = channels.filter(pl.col("acquisition_channel").is_not_null())
        if not channels.height:
            self.omitted.append(say("report_channels_no_channel", self.said))
            return None
        try:
            payback = payback_by_channel(self.ds).select("acquisition_channel", "paid_back_share", "payback_gap")
            channels = channels.join(payback, on="acquisition_channel", how="left")
        except InsightError:
            pass
        self.figures["channels"] = {"columns": channels.columns, "rows": [list(r) for r in channels.iter_rows()]}
        chart = self.chart(Chart("bar", say("report_mean_clv_per_customer", self.said),
                                 channels["acquisition_channel"].to_list(), channels["mean_clv"].to_list(),
                                 unit="currency"))
        has_pb = "payback_gap" in channels.columns
        rows = [[r["acquisition_channel"], self.count(r["customers"]), self.money(r["mean_clv"]),
                 self.money(r["mean_customer_capital"]), self.money(r["mean_acquisition_cost"]),
                 fmt_number(r["value_cost_ratio"], "", self.lang)]
                + ([self.pct(r["paid_back_share"]), self.money(r["payback_gap"])] if has_pb else [])
                for r in channels.iter_rows(named=True)]
        best = channels.row(0, named=True)
        headline = say("report_channels_headline", self.said,
                       acquisition_channel=best['acquisition_channel'], mean_clv=self.money(best['mean_clv']))
        columns = [t("channel", self.lang), t("customers", self.lang), t("mean_clv", self.lang),
                   t("capital", self.lang) + " Ø", t("acq", self.lang), t("ratio", self.lang)]
        if has_pb:
            columns += [t("paid_back", self.lang), t("gap", self.lang)]
        return Section("channels", t("channels", self.lang), headline, [
            chart,
            Block("table", columns=columns, rows=rows, numeric=[False] + [True] * (len(columns) - 1))])

    def satisfaction_section(self) -> Section | None:
        from insight.analyses.survey import importance_satisfaction

        try:
            matrix = importance_satisfaction(self.ds)
        except InsightError:
            matrix = None
        if matrix is None or not matrix.height:
            self.omitted.append(say("report_satisfaction_no_survey", self.said))
            return None
        self.figures["satisfaction"] = {"columns": matrix.columns, "rows": [list(r) for r in matrix.iter_rows()]}
        lang = self.said
        matrix = matrix.with_columns(aspect_label=label_expr("aspect", lang), quadrant_label=label_expr("quadrant", lang))
        labels = [value_label("quadrant", q, lang)
                  for q in ("keep up", "possible overkill", "low priority", "concentrate here")]
        chart = self.chart(Chart("scatter", say("report_importance_satisfaction_per_aspect", self.said),
                                 matrix["aspect_label"].to_list(), matrix["satisfaction"].to_list(),
                                 x=matrix["importance"].to_list(), x_label=t("importance", self.lang),
                                 y_label=t("satisfied", self.lang),
                                 splits=(_mean(matrix["importance"]), _mean(matrix["satisfaction"])),
                                 corners=labels))
        num = lambda v: fmt_number(v, "", self.lang)  # noqa: E731
        rows = [[r["aspect_label"], self.count(r["responses"]), num(r["importance"]), num(r["satisfaction"]),
                 r["quadrant_label"]] for r in matrix.iter_rows(named=True)]
        focus = matrix.filter(pl.col("quadrant") == "concentrate here").sort("importance", descending=True)
        if focus.height:
            f = focus.row(0, named=True)
            headline = say("report_satisfaction_headline", self.said, aspect_label=f['aspect_label'],
                           num_importance=num(f['importance']), num_satisfaction=num(f['satisfaction']))
        else:
            headline = say("report_satisfaction_no_focus", self.said)
        return Section("satisfaction", t("satisfaction", self.lang), headline, [
            chart,
            Block("table", columns=[t("aspect", self.lang), t("responses", self.lang), t("importance", self.lang),
                                    t("satisfied", self.lang), t("quadrant", self.lang)], rows=rows,
                  numeric=[False, True, True, True, False])])

    def funnel_section(self) -> Section | None:
        from insight.metrics.funnel import funnel

        try:
            stages = funnel(self.ds)
        except InsightError:
            stages = None
        if stages is None or not stages["count"].sum() or stages["count"][0] <= stages["count"][-1]:
            self.omitted.append(say("report_funnel_no_status", self.said))
            return None
        self.figures["funnel"] = {"columns": stages.columns, "rows": [list(r) for r in stages.iter_rows()]}
        label = "stage_de" if self.de else "stage"
        names = stages[label].to_list() if self.de else [s.capitalize() for s in stages["stage"]]
        chart = self.chart(Chart("bar", say("report_reached_each_stage", self.said), names,
                                 stages["count"].cast(pl.Float64).to_list(), unit="count"))
        rows = [[n, self.count(r["count"]), self.pct(r["conversion_rate"]), self.pct(r["overall_rate"])]
                for n, r in zip(names, stages.iter_rows(named=True))]
        steps = stages.with_row_index("i").filter(pl.col("conversion_rate").is_not_null()).sort("conversion_rate")
        weakest = steps.row(0, named=True)
        before = names[weakest["i"] - 1]
        last = stages.row(stages.height - 1, named=True)
        headline = say("report_funnel_headline", self.said,
                       overall_rate=self.pct(last['overall_rate']), before=before, after=names[weakest['i']],
                       conversion_rate=self.pct(weakest['conversion_rate']))
        return Section("funnel", t("funnel", self.lang), headline, [
            chart,
            Block("table", columns=[t("stage", self.lang), t("reached", self.lang), t("conversion", self.lang),
                                    t("overall", self.lang)], rows=rows, numeric=[False, True, True, True])])

    def method_section(self) -> Section:
        blocks = []
        result = self.main or self.abc
        if result is not None:
            self.definitions = [f"{k}: {v}" for k, v in result.definitions.items()]
            blocks.append(Block("list", title=t("definitions", self.lang), lines=self.definitions))
            blocks.append(Block("table", title=t("catalogue", self.lang),
                                columns=[t("measure", self.lang), t("rule", self.lang), t("action", self.lang)],
                                rows=[[r["measure_label"], r["rule"], r["action"]] for r in
                                      result.catalogue.lookup(self.lang).iter_rows(named=True)],
                                numeric=[False, False, False]))
        notes = self.notes = list(dict.fromkeys([*self.kpis.notes, *(result.notes if result else ())]))
        blocks.append(Block("list", title=t("notes", self.lang), lines=notes))
        if self.omitted:
            blocks.append(Block("list", title=t("omitted", self.lang), lines=self.omitted))
        models = say("report_method_models", self.said, method=self.method, horizon=self.ds.settings.clv_horizon_months,
                     discount_percent=self.ds.settings.annual_discount_rate * 100)
        blocks.insert(0, Block("text", lines=[models]))
        return Section("method", t("method", self.lang), t("method", self.lang), blocks)


def build_report(ds: Dataset, lang: str = "en", client: str = "", method: str = "portfolio",
                 progress: Progress | None = None) -> Report:
    """The report's content in ``lang`` ('de' or 'en') for ``client``, segments by ``method``; ``progress`` is
    called with a label after each of the BUILD_STEPS steps (the models, then each page)."""
    lang = "de" if str(lang).lower().startswith("de") else "en"
    return _Builder(ds, lang, client, method).build(progress)
