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
from insight.language import Language
from insight.measures import measures
from insight.query.render import fmt_number
from insight.report import svg

T = {  # key -> (en, de)
    "report": ("Customer value report", "Kundenwert-Bericht"),
    "as_of": ("Analysis date", "Stichtag"), "data": ("Data", "Daten"), "prepared": ("Prepared with insight", "Erstellt mit insight"),
    "summary": ("Executive summary", "Zusammenfassung"), "kpis": ("Key figures", "Kennzahlen"),
    "value": ("Value distribution", "Verteilung des Kundenwerts"), "segments": ("Segments and measures", "Segmente und Maßnahmen"),
    "risk": ("Churn risk and value at risk", "Abwanderungsrisiko und Wert in Gefahr"),
    "channels": ("Customer value by acquisition channel", "Kundenwert nach Akquisekanal"),
    "satisfaction": ("Satisfaction and importance", "Zufriedenheit und Wichtigkeit"),
    "funnel": ("From lead to customer", "Vom Lead zum Kunden"),
    "aspect": ("Aspect", "Aspekt"), "importance": ("Importance", "Wichtigkeit"),
    "satisfied": ("Satisfaction", "Zufriedenheit"), "quadrant": ("Quadrant", "Quadrant"),
    "responses": ("Responses", "Antworten"), "stage": ("Stage", "Stufe"), "reached": ("Reached", "Erreicht"),
    "conversion": ("Conversion", "Konversion"), "overall": ("From the first stage", "Ab erster Stufe"),
    "method": ("Method and definitions", "Methode und Definitionen"),
    "segment": ("Segment", "Segment"), "customers": ("Customers", "Kunden"), "revenue": ("Revenue", "Umsatz"),
    "revenue_share": ("Revenue share", "Umsatzanteil"), "customer_share": ("Customer share", "Kundenanteil"),
    "clv": ("CLV (sum)", "CLV (Summe)"), "mean_clv": ("Mean CLV", "Ø CLV"), "measure": ("Measure", "Maßnahme"),
    "money": ("Money at stake", "Betrag im Spiel"), "ceiling": ("Ceiling per customer", "Ausgabengrenze je Kunde"),
    "churn": ("Mean churn risk", "Ø Abwanderungsrisiko"), "var": ("Value at risk", "Wert in Gefahr"),
    "at_risk": ("Customers at risk", "Gefährdete Kunden"), "capital": ("Customer capital", "Kundenkapital"),
    "channel": ("Channel", "Kanal"), "acq": ("Mean acquisition cost", "Ø Akquisekosten"),
    "ratio": ("Value / cost", "Wert / Kosten"), "paid_back": ("Paid back", "Amortisiert"),
    "gap": ("Payback gap", "Amortisationslücke"), "kpi": ("KPI", "Kennzahl"), "period": ("Period", "Zeitraum"),
    "status": ("Status", "Status"), "class": ("Class", "Klasse"), "rule": ("Rule", "Regel"),
    "action": ("What to do", "Vorgehen"), "unprofitable": ("Unprofitable customers", "Unrentable Kunden"),
    "loss": ("Loss", "Verlust"), "omitted": ("Left out for lack of data", "Mangels Daten ausgelassen"),
    "notes": ("Assumptions and notes", "Annahmen und Hinweise"), "definitions": ("Definitions", "Definitionen"),
    "catalogue": ("Measure catalogue", "Maßnahmenkatalog"), "covered": ("Data covered", "Datengrundlage"),
    "x_customers": ("share of customers (highest revenue first)", "Anteil der Kunden (umsatzstärkste zuerst)"),
    "y_revenue": ("cumulative revenue share", "kumulierter Umsatzanteil"),
    "trends": ("Loyalty KPIs over time", "Kundenbindungs-Kennzahlen im Zeitverlauf"),
    "persona": ("Persona", "Persona"), "attribute": ("Attribute", "Merkmal"), "typical": ("Typical value", "Typischer Wert"),
    "retention_rate": ("Retention rate", "Kundenbindungsrate"), "repeat_rate": ("Repeat rate", "Wiederkaufsrate"),
    "redemption_rate": ("Redemption rate", "Einlösungsquote"), "nps": ("NPS", "NPS"),
    "active": ("Active customers", "Aktive Kunden"), "complete": ("complete", "vollständig"),
    "incomplete": ("incomplete", "unvollständig"), "quarter": ("Quarter", "Quartal"), "year": ("Year", "Jahr"),
}

ATTRIBUTES = {  # customer attribute -> (en, de) label on the persona pages; other columns keep their name
    "kind": ("Customer type", "Kundenart"), "industry": ("Industry", "Branche"),
    "company_size": ("Company size", "Unternehmensgröße"), "gender": ("Gender", "Geschlecht"),
    "marital_status": ("Marital status", "Familienstand"), "income_band": ("Income band", "Einkommensklasse"),
    "education": ("Education", "Bildung"), "country": ("Country", "Land"), "city": ("City", "Stadt"),
    "acquisition_channel": ("Acquisition channel", "Akquisekanal"),
    "contact_preference": ("Preferred contact", "Bevorzugter Kontakt"),
}
PERSONAS = 3  # persona pages: one per top segment (seed 004: "oder der Kunden, wenn es mehrere gibt")


Progress = Callable[[str], None]
BUILD_STEPS = 14  # calls of ``progress`` in one build: four models, nine body steps, the rest (_Builder.build)


def _mean(values: pl.Series) -> float:
    """A numeric column's mean as a float (the quadrant splits)."""
    mean = values.mean()
    return float(mean) if isinstance(mean, (int, float)) else float("nan")


def t(key: str, lang: str) -> str:
    return T[key][lang == "de"]


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
        self.de = lang == "de"
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
        if d is None:
            return "–"
        return d.strftime("%d.%m.%Y") if self.de else d.isoformat()

    def _(self, en: str, de: str) -> str:
        return de if self.de else en

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
        covered = self._(f"{self.count(lines.height)} order lines from {self.date(first)} to {self.date(last)}, "
                         f"{self.count(customers)} customers",
                         f"{self.count(lines.height)} Auftragspositionen vom {self.date(first)} bis {self.date(last)}, "
                         f"{self.count(customers)} Kunden")
        block = Block("list", lines=[f"{t('as_of', self.lang)}: {self.date(self.ds.as_of)}",
                                     f"{t('covered', self.lang)}: {covered}"])
        return Section("title", t("prepared", self.lang), self.client or t("report", self.lang), [block])

    def summary_section(self) -> Section:
        findings = []
        if self.abc is not None:
            a = self.abc.table.filter(pl.col("segment") == "A").row(0, named=True)
            findings.append(self._(
                f"{self.pct(a['customer_share'])} of the customers (class A) bring {self.pct(a['revenue_share'])} "
                f"of revenue: {self.money(a['revenue'])}.",
                f"{self.pct(a['customer_share'])} der Kunden (A-Kunden) bringen {self.pct(a['revenue_share'])} "
                f"des Umsatzes: {self.money(a['revenue'])}."))
        if self.main is not None:
            top = self.main.table.sort("money_at_stake", descending=True, nulls_last=True).row(0, named=True)
            findings.append(self._(
                f"Largest lever: “{top['measure_label']}” for {top['segment_label']} — "
                f"{self.money(top['money_at_stake'])} at stake ({top['stake_basis']}).",
                f"Größter Hebel: „{top['measure_label']}“ für {top['segment_label']} — "
                f"{self.money(top['money_at_stake'])} im Spiel ({top['stake_basis']})."))
        var = self.kpis["value_at_risk"]
        if var.available:
            n = var.detail.get("customers_at_risk")
            findings.append(self._(
                f"{self.count(n)} customers have a churn risk of 50 % or more; their yearly revenue of "
                f"{self.money(var.value)} is at risk.",
                f"{self.count(n)} Kunden haben ein Abwanderungsrisiko von mindestens 50 %; ihr Jahresumsatz von "
                f"{self.money(var.value)} ist in Gefahr."))
        if self.main is not None:
            n, loss = int(self.main.table["unprofitable"].sum()), float(self.main.table["loss"].sum())
            if n:
                findings.append(self._(
                    f"{self.count(n)} customers are unprofitable so far: together {self.money(loss)} lost.",
                    f"{self.count(n)} Kunden sind bisher unrentabel: zusammen {self.money(loss)} Verlust."))
            if "payback_gap" in self.main.table.columns:
                gap = float(self.main.table["payback_gap"].sum())
                findings.append(self._(
                    f"{self.money(gap)} of acquisition cost has not been earned back yet.",
                    f"{self.money(gap)} Akquisekosten sind noch nicht wieder verdient."))
        if not findings:
            findings.append(self._("No finding with a money figure: the data supports no value model "
                                   "(see the method page).",
                                   "Kein Befund mit Geldbetrag: die Daten tragen kein Kundenwertmodell "
                                   "(siehe Methodenseite)."))
        self.figures["summary"] = findings
        return Section("summary", t("summary", self.lang), findings[0], [Block("list", lines=findings[1:])])

    def kpi_section(self) -> Section:
        rows = [[k.label, fmt_number(k.value, k.unit, self.lang, self.currency) if k.available else "–", k.period,
                 k.status(self.lang)] for k in self.kpis.kpis]
        tiles = [[k.label, fmt_number(k.value, k.unit, self.lang, self.currency), k.period]
                 for k in self.kpis.kpis if k.available][:6]
        available = sum(k.available for k in self.kpis.kpis)
        headline = self._(f"{available} of {len(self.kpis.kpis)} key figures can be measured on this data",
                          f"{available} von {len(self.kpis.kpis)} Kennzahlen sind auf diesen Daten messbar")
        return Section("kpis", t("kpis", self.lang), headline, [
            Block("tiles", rows=tiles),
            Block("table", columns=[t("kpi", self.lang), "", t("period", self.lang), t("status", self.lang)],
                  rows=rows, numeric=[False, True, False, False])])

    def value_section(self) -> Section | None:
        from insight.segments.abc import abc_table

        if self.abc is None:
            self.omitted.append(self._(f"Value distribution: {self.problem}",
                                       f"Verteilung des Kundenwerts: {self.problem}"))
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
        chart = self.chart(Chart("curve", self._("Pareto curve of revenue", "Pareto-Kurve des Umsatzes"), x=x,
                                 values=y, unit="fraction", x_label=t("x_customers", self.lang),
                                 y_label=t("y_revenue", self.lang), marks=marks))
        a = table.row(0, named=True)
        headline = self._(f"{self.pct(a['customer_share'])} of customers make {self.pct(a['revenue_share'])} of revenue",
                          f"{self.pct(a['customer_share'])} der Kunden machen {self.pct(a['revenue_share'])} des Umsatzes")
        rows = [[r["segment_label"], self.count(r["customers"]), self.pct(r["customer_share"]), self.money(r["revenue"]),
                 self.pct(r["revenue_share"]), self.money(r["clv"])] for r in table.iter_rows(named=True)]
        return Section("value", t("value", self.lang), headline, [
            chart,
            Block("table", columns=[t("class", self.lang), t("customers", self.lang), t("customer_share", self.lang),
                                    t("revenue", self.lang), t("revenue_share", self.lang), t("clv", self.lang)],
                  rows=rows, numeric=[False, True, True, True, True, True])])

    def segment_section(self) -> Section | None:
        if self.main is None:
            self.omitted.append(self._(f"Segments and measures: the CLV model could not be fitted ({self.problem}).",
                                       f"Segmente und Maßnahmen: das CLV-Modell ließ sich nicht schätzen "
                                       f"({self.problem})."))
            return None
        table = self.main.table
        chart = self.chart(Chart("bar", self._("Money at stake per segment", "Betrag im Spiel je Segment"),
                                 table["segment_label"].to_list(), table["money_at_stake"].to_list(),
                                 unit="currency", color="accent"))
        rows = [[r["segment_label"], self.count(r["customers"]), self.pct(r["revenue_share"]), self.money(r["clv"]),
                 r["measure_label"], self.money(r["money_at_stake"]), self.money(r["spending_ceiling"])]
                for r in table.iter_rows(named=True)]
        plan = (table.group_by("measure_label", "action", "rule", maintain_order=True)
                .agg(pl.col("segment_label"), pl.col("money_at_stake").sum()))
        lines = [f"{r['measure_label']} ({', '.join(r['segment_label'])}; {self.money(r['money_at_stake'])}): "
                 f"{r['action']}" for r in plan.iter_rows(named=True)]
        basket = self._("Bought together", "Zusammen gekauft")
        lines += [f"{basket} ({r['segment_label']}): {r['bought_together']}"
                  for r in table.filter(pl.col("bought_together").is_not_null()).iter_rows(named=True)]
        total = table["money_at_stake"].fill_null(0).sum()
        headline = self._(f"{len(plan)} measures for {table.height} segments put {self.money(total)} in play",
                          f"{len(plan)} Maßnahmen für {table.height} Segmente bewegen {self.money(total)}")
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
            self.omitted.append(self._("Loyalty KPIs over time: the data has orders in fewer than two periods.",
                                       "Kundenbindungs-Kennzahlen im Zeitverlauf: die Daten haben Aufträge in "
                                       "weniger als zwei Zeiträumen."))
            return None
        table, grain = trends.table, trends.grain
        self.figures["trends"] = {"grain": grain, "columns": table.columns,
                                  "rows": [list(r) for r in table.iter_rows()]}
        labels = table["period"].to_list()
        incomplete = (~table["complete"]).to_list()
        has = [c for c in ("redemption_rate", "nps") if c in table.columns and table[c].is_not_null().any()]
        rates = [(t(c, self.lang), table[c].to_list()) for c in ("retention_rate", "repeat_rate", *has)
                 if c != "nps"]
        per = self._(f"per {grain}", "je Quartal" if grain == "quarter" else "je Jahr")
        note = self._("* incomplete period: the data covers only part of it",
                      "* unvollständiger Zeitraum: die Daten decken ihn nur zum Teil ab") if any(incomplete) else ""
        blocks = [self.chart(Chart("line", f"{self._('Loyalty rates', 'Bindungsquoten')} {per}", labels,
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
                status += self._(" (previous period incomplete)", " (Vorperiode unvollständig)")
            rows.append([r["period"] + ("" if r["complete"] else "*"), self.count(r["active_customers"]),
                         self.money(r["revenue"]), self.pct(r["retention_rate"]), self.pct(r["repeat_rate"]),
                         *[self.pct(r[c]) if c != "nps" else fmt_number(r[c], "points", self.lang) for c in has],
                         status])
        lines = [self._(f"Retention rate: of the customers with an order in the previous {grain}, the share who "
                        f"ordered again in this one. Repeat rate: customers with two or more orders in the {grain} / "
                        f"customers with an order in it.",
                        f"Kundenbindungsrate: Anteil der Kunden mit Auftrag im Vor{'quartal' if grain == 'quarter' else 'jahr'}, "
                        f"die in diesem {'Quartal' if grain == 'quarter' else 'Jahr'} wieder bestellt haben. "
                        f"Wiederkaufsrate: Kunden mit mindestens zwei Aufträgen im Zeitraum / Kunden mit einem Auftrag "
                        f"darin.")]
        if "redemption_rate" in has:
            lines.append(self._("Redemption rate: coupons issued in the period and redeemed before the analysis "
                                "date / coupons issued in it.",
                                "Einlösungsquote: im Zeitraum ausgegebene und bis zum Stichtag eingelöste Gutscheine / "
                                "im Zeitraum ausgegebene Gutscheine."))
        if "nps" in has:
            lines.append(self._("NPS: answers in the period, once per customer and day.",
                                "NPS: Antworten im Zeitraum, einmal je Kunde und Tag."))
        lines.append(self._("The CLV is a forecast made at the analysis date and has no history; it is on the key "
                            "figures page.",
                            "Der CLV ist eine Prognose zum Stichtag und hat keinen Verlauf; er steht auf der "
                            "Kennzahlenseite."))
        if any(incomplete):
            lines.append(note)
        full = table.filter(pl.col("retention_complete") & pl.col("retention_rate").is_not_null())
        pick = full if full.height else table.filter(pl.col("retention_rate").is_not_null())
        if pick.height:
            last = pick.row(-1, named=True)
            prev = table.filter(pl.col("period") < last["period"]).row(-1, named=True)
            before = pick.row(-2, named=True) if pick.height > 1 else None
            mark = "" if full.height else self._(" (incomplete periods)", " (unvollständige Zeiträume)")
            compare = (self._(f" (a {grain} earlier: {self.pct(before['retention_rate'])})",
                              f" ({'Vorquartal' if grain == 'quarter' else 'Vorjahr'}: "
                              f"{self.pct(before['retention_rate'])})") if before else "")
            headline = self._(f"{self.pct(last['retention_rate'])} of the customers of {prev['period']} ordered again "
                              f"in {last['period']}{compare}{mark}",
                              f"{self.pct(last['retention_rate'])} der Kunden aus {prev['period']} bestellten in "
                              f"{last['period']} wieder{compare}{mark}")
        else:
            headline = self._("Loyalty KPIs per period", "Kundenbindungs-Kennzahlen je Zeitraum")
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
            self.omitted.append(self._(f"Personas: the CLV model could not be fitted ({self.problem}).",
                                       f"Personas: das CLV-Modell ließ sich nicht schätzen ({self.problem})."))
            return []
        try:
            found = personas(self.ds, self.lang, method, top=PERSONAS)
        except InsightError as exc:
            self.omitted.append(self._(f"Personas: {exc}", f"Personas: {exc}"))
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
            return ATTRIBUTES.get(column, (column.replace("_", " "),) * 2)[self.de]

        blocks = []
        measure = m.get("measure_label") or "–"
        tiles = [[t("customers", self.lang), self.count(m.get("customers", a["customers"])),
                  self._(f"{self.pct(m.get('customer_share', a['customer_share']))} of customers",
                         f"{self.pct(m.get('customer_share', a['customer_share']))} der Kunden")],
                 [t("revenue_share", self.lang), self.pct(m.get("revenue_share", a["revenue_share"])), ""],
                 [t("mean_clv", self.lang), self.money(m.get("mean_clv")),
                  self._(f"next {self.ds.settings.clv_horizon_months} months",
                         f"nächste {self.ds.settings.clv_horizon_months} Monate")],
                 [t("churn", self.lang), self.pct(m.get("mean_churn_risk")), ""],
                 [t("measure", self.lang), measure, ""],
                 [t("ceiling", self.lang), self.money(m.get("spending_ceiling")), ""]]
        blocks.append(Block("tiles", rows=tiles))
        if shares:
            blocks.append(self.chart(Chart("bar", self._("Typical attributes (share of the segment)",
                                                         "Typische Merkmale (Anteil im Segment)"),
                                           [f"{name(c)}: {a[c]}" for c, _ in shares], [s for _, s in shares],
                                           unit="fraction")))
        customers = m.get("customers") or 0
        profile = [
            [self._("Orders (median)", "Aufträge (Median)"), self.count(a["median_orders"])],
            [self._("Revenue per customer (median)", "Umsatz je Kunde (Median)"), self.money(a["median_revenue"])],
            [self._("Order value (median)", "Auftragswert (Median)"), self.money(a["median_aov"])],
            [self._("Days since the last order (median)", "Tage seit dem letzten Auftrag (Median)"),
             self.count(a["median_recency_days"])],
            [self._("Months as a customer (median)", "Monate als Kunde (Median)"),
             fmt_number(a["median_tenure_months"], "months", self.lang)],
            *([[self._("Age (median)", "Alter (Median)"), self.count(a["median_age"])]] if "median_age" in a else []),
            [self._("Customer capital per customer (mean)", "Kundenkapital je Kunde (Ø)"),
             self.money(m.get("customer_capital", 0.0) / customers if customers else None)],
            [f"{t('money', self.lang)} ({m.get('stake_basis') or '–'})", self.money(m.get("money_at_stake"))],
        ]
        blocks.append(Block("table", columns=[t("attribute", self.lang), t("typical", self.lang)], rows=profile,
                            numeric=[False, True]))
        lines = []
        if m:
            lines = [f"{measure}: {m['action']}", f"{t('rule', self.lang)}: {m['rule']}"]
            if m.get("bought_together"):
                lines.append(f"{self._('Bought together', 'Zusammen gekauft')}: {m['bought_together']}")
        blocks.append(Block("list", title=self._("Recommended measure", "Empfohlene Maßnahme"), lines=lines))
        typical = ", ".join(f"{a[c]} ({self.pct(s)})" for c, s in shares[:2])
        share, revenue = self.pct(a["customer_share"]), self.pct(a["revenue_share"])
        headline = self._(f"{label}: {share} of customers, {revenue} of revenue"
                          + (f" — mostly {typical}" if typical else "") + f"; measure: {measure}",
                          f"{label}: {share} der Kunden, {revenue} des Umsatzes"
                          + (f" — meist {typical}" if typical else "") + f"; Maßnahme: {measure}")
        kicker = f"{t('persona', self.lang)} {n} {self._('of', 'von')} {of}: {label}"
        figure = {"segment": persona.segment, "segment_label": label, "method": persona.method,
                  "attributes": a, "measure": m.get("measure"), "measure_label": m.get("measure_label"),
                  "customers": m.get("customers"), "mean_clv": m.get("mean_clv"),
                  "mean_churn_risk": m.get("mean_churn_risk"), "money_at_stake": m.get("money_at_stake"),
                  "spending_ceiling": m.get("spending_ceiling")}
        return Section(f"persona-{n}", kicker, headline, blocks), figure

    def risk_section(self) -> Section | None:
        if self.value_risk is None or self.main is None:
            self.omitted.append(self._("Churn risk and value at risk: the CLV model could not be fitted.",
                                       "Abwanderungsrisiko und Wert in Gefahr: das CLV-Modell ließ sich nicht "
                                       "schätzen."))
            return None
        main = self.main.table
        chart = self.chart(Chart("bar", self._("Value at risk per segment", "Wert in Gefahr je Segment"),
                                 main["segment_label"].to_list(), main["value_at_risk"].to_list(),
                                 unit="currency", color="risk"))
        vr = self.value_risk.table
        rows = [[r["segment_label"], self.count(r["customers"]), self.pct(r["mean_churn_risk"]),
                 self.count(r["customers_at_risk"]), self.money(r["value_at_risk"]), self.count(r["unprofitable"]),
                 self.money(r["loss"])] for r in vr.iter_rows(named=True)]
        total = vr["value_at_risk"].sum()
        at_risk = vr["customers_at_risk"].sum()
        headline = self._(f"{self.money(total)} of yearly revenue sits with {self.count(at_risk)} customers at risk",
                          f"{self.money(total)} Jahresumsatz liegen bei {self.count(at_risk)} gefährdeten Kunden")
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
            self.omitted.append(self._("Customer value by channel: the data has no acquisition_channel.",
                                       "Kundenwert nach Akquisekanal: die Daten haben keinen Akquisekanal "
                                       "(acquisition_channel)."))
            return None
        channels = channels.filter(pl.col("acquisition_channel").is_not_null())
        if not channels.height:
            self.omitted.append(self._("Customer value by channel: no customer has an acquisition channel.",
                                       "Kundenwert nach Akquisekanal: kein Kunde hat einen Akquisekanal."))
            return None
        try:
            payback = payback_by_channel(self.ds).select("acquisition_channel", "paid_back_share", "payback_gap")
            channels = channels.join(payback, on="acquisition_channel", how="left")
        except InsightError:
            pass
        self.figures["channels"] = {"columns": channels.columns, "rows": [list(r) for r in channels.iter_rows()]}
        chart = self.chart(Chart("bar", self._("Mean CLV per customer by channel", "Ø CLV je Kunde nach Kanal"),
                                 channels["acquisition_channel"].to_list(), channels["mean_clv"].to_list(),
                                 unit="currency"))
        has_pb = "payback_gap" in channels.columns
        rows = [[r["acquisition_channel"], self.count(r["customers"]), self.money(r["mean_clv"]),
                 self.money(r["mean_customer_capital"]), self.money(r["mean_acquisition_cost"]),
                 fmt_number(r["value_cost_ratio"], "", self.lang)]
                + ([self.pct(r["paid_back_share"]), self.money(r["payback_gap"])] if has_pb else [])
                for r in channels.iter_rows(named=True)]
        best = channels.row(0, named=True)
        headline = self._(f"{best['acquisition_channel']} brings the most valuable customers: "
                          f"{self.money(best['mean_clv'])} expected profit each",
                          f"{best['acquisition_channel']} bringt die wertvollsten Kunden: "
                          f"{self.money(best['mean_clv'])} erwarteter Gewinn je Kunde")
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
            self.omitted.append(self._("Satisfaction and importance: no survey answers with aspect, importance and "
                                       "satisfaction.",
                                       "Zufriedenheit und Wichtigkeit: keine Befragungsantworten mit Aspekt, "
                                       "Wichtigkeit und Zufriedenheit."))
            return None
        self.figures["satisfaction"] = {"columns": matrix.columns, "rows": [list(r) for r in matrix.iter_rows()]}
        lang: Language = "de" if self.de else "en"
        matrix = matrix.with_columns(aspect_label=label_expr("aspect", lang), quadrant_label=label_expr("quadrant", lang))
        labels = [value_label("quadrant", q, lang)
                  for q in ("keep up", "possible overkill", "low priority", "concentrate here")]
        chart = self.chart(Chart("scatter", self._("Importance × satisfaction per aspect",
                                                   "Wichtigkeit × Zufriedenheit je Aspekt"),
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
            headline = self._(f"Concentrate on {f['aspect_label']}: important ({num(f['importance'])}) but rated "
                              f"{num(f['satisfaction'])}",
                              f"Hier ansetzen: {f['aspect_label']} ist wichtig ({num(f['importance'])}), aber nur mit "
                              f"{num(f['satisfaction'])} bewertet")
        else:
            headline = self._("No important aspect is rated below average",
                              "Kein wichtiger Aspekt wird unterdurchschnittlich bewertet")
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
            self.omitted.append(self._("Funnel: the customers table has no lead, contact or prospect status.",
                                       "Trichter: die Kundentabelle hat keinen Status Lead, Kontakt oder Interessent."))
            return None
        self.figures["funnel"] = {"columns": stages.columns, "rows": [list(r) for r in stages.iter_rows()]}
        label = "stage_de" if self.de else "stage"
        names = stages[label].to_list() if self.de else [s.capitalize() for s in stages["stage"]]
        chart = self.chart(Chart("bar", self._("Reached each stage", "Erreichte Stufe"), names,
                                 stages["count"].cast(pl.Float64).to_list(), unit="count"))
        rows = [[n, self.count(r["count"]), self.pct(r["conversion_rate"]), self.pct(r["overall_rate"])]
                for n, r in zip(names, stages.iter_rows(named=True))]
        steps = stages.with_row_index("i").filter(pl.col("conversion_rate").is_not_null()).sort("conversion_rate")
        weakest = steps.row(0, named=True)
        before = names[weakest["i"] - 1]
        last = stages.row(stages.height - 1, named=True)
        headline = self._(f"{self.pct(last['overall_rate'])} of leads become customers; the weakest step is "
                          f"{before} → {names[weakest['i']]} ({self.pct(weakest['conversion_rate'])})",
                          f"{self.pct(last['overall_rate'])} der Leads werden Kunden; der schwächste Schritt ist "
                          f"{before} → {names[weakest['i']]} ({self.pct(weakest['conversion_rate'])})")
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
        models = self._(
            f"Segments: {self.method} (docs/measures.md). CLV: BG/NBD × Gamma-Gamma, "
            f"{self.ds.settings.clv_horizon_months} months, {self.ds.settings.annual_discount_rate:.0%} annual "
            "discount rate. Churn risk = 1 − P(alive). All figures as of the analysis date.",
            f"Segmente: {self.method} (docs/measures.md). CLV: BG/NBD × Gamma-Gamma, "
            f"{self.ds.settings.clv_horizon_months} Monate, Diskontsatz {self.ds.settings.annual_discount_rate * 100:.0f} % "
            "p. a. Abwanderungsrisiko = 1 − P(aktiv). Alle Zahlen zum Stichtag.")
        blocks.insert(0, Block("text", lines=[models]))
        return Section("method", t("method", self.lang), t("method", self.lang), blocks)


def build_report(ds: Dataset, lang: str = "en", client: str = "", method: str = "portfolio",
                 progress: Progress | None = None) -> Report:
    """The report's content in ``lang`` ('de' or 'en') for ``client``, segments by ``method``; ``progress`` is
    called with a label after each of the BUILD_STEPS steps (the models, then each page)."""
    lang = "de" if str(lang).lower().startswith("de") else "en"
    return _Builder(ds, lang, client, method).build(progress)
