"""Questions on the demo data (insight.api.demo_dataset(), analysis date 2025-07-01) with expectations
computed here in plain polars from the demo tables, or — for model- and attribute-based concepts where an
independent exact value is impractical — a "structure" expectation (status ok, canonical columns, ranges)."""

from __future__ import annotations

import polars as pl

import ask_eval_support as ref

DEMO = "demo"


def _t(keys, metric, rows, ordered=False, tol=0.001):
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def _s(metric, value, tol=0.001):
    return {"kind": "scalar", "metric": metric, "value": round(float(value), 6), "rel_tol": tol}


def _struct(columns, min_rows=1, max_rows=None, ranges=None, values_in=None, text_has=None):
    out = {"kind": "structure", "columns": columns, "min_rows": min_rows}
    if max_rows is not None:
        out["max_rows"] = max_rows
    for key, val in (("ranges", ranges), ("values_in", values_in), ("text_has", text_has)):
        if val:
            out[key] = val
    return out


def customer_capital(D: pl.DataFrame, C: pl.DataFrame, default_margin: float = 0.35) -> float:
    """Profit so far: Σ line amount × line margin over attributed lines − Σ cost_to_serve of the buyers."""
    margin = pl.when(pl.col("unit_cost").is_not_null() & (pl.col("unit_price") > 0)).then(
        (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")).otherwise(default_margin)
    att = D.filter(pl.col("customer_id").is_not_null())
    gross = att.select((pl.col("amount") * margin).sum()).item()
    buyers = att.filter(pl.col("valid")).get_column("customer_id").unique()
    return gross - C.filter(pl.col("customer_id").is_in(buyers.implode())).get_column("cost_to_serve").fill_null(0).sum()


TENURE_BANDS = ["< 3 months", "3–12 months", "1–2 years", "> 2 years"]


def tenure_counts(D: pl.DataFrame) -> list[list]:
    """Customers per tenure band: (last − first valid order day) / 30.4375 months, cut at 3, 12, 24."""
    months = (D.filter(pl.col("customer_id").is_not_null() & pl.col("valid")).group_by("customer_id")
              .agg(m=(pl.col("day").max() - pl.col("day").min()).dt.total_days() / 30.4375))
    band = (pl.when(pl.col("m") < 3).then(pl.lit(TENURE_BANDS[0])).when(pl.col("m") < 12).then(pl.lit(TENURE_BANDS[1]))
            .when(pl.col("m") < 24).then(pl.lit(TENURE_BANDS[2])).otherwise(pl.lit(TENURE_BANDS[3])))
    return [list(r) for r in months.group_by(band.alias("b")).agg(n=pl.len()).sort("b").iter_rows()]


def age_counts(D: pl.DataFrame, C: pl.DataFrame) -> list[list]:
    """Customers (a valid order) with a known age per age band 18–29, 30–39, …, 70+ (the demo has no minors)."""
    buyers = D.filter(pl.col("customer_id").is_not_null() & pl.col("valid")).select("customer_id").unique()
    ages = buyers.join(C.select("customer_id", "age"), on="customer_id").drop_nulls("age")
    decade = (pl.col("age") // 10 * 10).cast(pl.Int64)
    band = pl.when(pl.col("age") >= 70).then(pl.lit("70+")).when(pl.col("age") < 30).then(pl.lit("18–29")) \
        .otherwise(pl.format("{}–{}", decade, decade + 9))
    return [list(r) for r in ages.group_by(band.alias("b")).agg(n=pl.len()).sort("b").iter_rows()]


def cohort_counts(D: pl.DataFrame, grain: str) -> list[list]:
    """Customers per year (YYYY) or quarter (YYYY-Qn) of their first valid order (issue 14, item 10)."""
    first = (D.filter(pl.col("customer_id").is_not_null() & pl.col("valid")).group_by("customer_id")
             .agg(f=pl.col("day").min()))
    label = (pl.col("f").dt.year().cast(pl.String) if grain == "year"
             else pl.format("{}-Q{}", pl.col("f").dt.year(), pl.col("f").dt.quarter()))
    return [list(r) for r in first.group_by(label.alias("c")).agg(n=pl.len()).sort("c").iter_rows()]


def planted_questions(D: pl.DataFrame, C: pl.DataFrame, S: pl.DataFrame, a) -> list[tuple]:
    """The planted demo effects of docs/demo-data.md, asked in German and English (issue 14): each expected
    value from the raw demo tables (referred / complained vs. the others, CSAT by kind and by outcome, cost
    per acquisition channel, mean revenue per tenure band)."""
    from insight.api import demo_dataset  # the data source only

    interactions = demo_dataset().interactions
    y23, y24 = ref.calendar_year(2023), ref.calendar_year(2024)
    att = D.filter(pl.col("customer_id").is_not_null())
    buyers = att.filter(pl.col("valid")).select("customer_id").unique().join(C, on="customer_id")

    def retention(ids: pl.DataFrame) -> float:
        return round(ref.retention(att.join(ids, on="customer_id", how="semi"), y23, y24), 6)

    referred = buyers.filter(pl.col("referred_by").is_not_null()).select("customer_id")
    complainers = interactions.filter(pl.col("kind") == "complaint").select("customer_id").unique()
    ref_rows = [["referred", retention(referred)],
                ["not referred", retention(buyers.join(referred, on="customer_id", how="anti"))]]
    compl_rows = [["complained", retention(buyers.join(complainers, on="customer_id", how="semi"))],
                  ["no complaint", retention(buyers.join(complainers, on="customer_id", how="anti"))]]
    by_kind = S.join(C.select("customer_id", "kind"), on="customer_id")
    csat_kind = [[k, round(v, 6)] for k, v in by_kind.group_by("kind").agg(v=pl.col("satisfaction").mean())
                 .sort("kind").iter_rows()]
    scores = by_kind.drop_nulls("nps").group_by("kind").agg(
        v=100 * ((pl.col("nps") >= 9).sum() - (pl.col("nps") <= 6).sum()) / pl.len())
    nps_kind = [[k, round(v, 6)] for k, v in scores.sort("kind").iter_rows()]
    # satisfaction by outcome: a response is judged when a full year lies between it and the analysis date;
    # 'stayed' = an order in the year after it
    judged = S.select("customer_id", "response_date").unique().filter(
        pl.col("response_date") + pl.duration(days=365) < pl.lit(a))
    days = att.filter(pl.col("valid")).select("customer_id", "day").unique()
    stayed = (judged.join(days, on="customer_id")
              .filter((pl.col("day") > pl.col("response_date"))
                      & (pl.col("day") <= pl.col("response_date") + pl.duration(days=365)))
              .select("customer_id", "response_date", stayed=pl.lit(True)).unique())
    outcome = (S.join(judged, on=["customer_id", "response_date"])
               .join(stayed, on=["customer_id", "response_date"], how="left")
               .with_columns(outcome=pl.when(pl.col("stayed")).then(pl.lit("stayed")).otherwise(pl.lit("churned"))))
    csat_outcome = [[k, round(v, 6)] for k, v in outcome.group_by("outcome").agg(v=pl.col("satisfaction").mean())
                    .sort("outcome").iter_rows()]
    cost = [[k, round(v, 6)] for k, v in buyers.group_by("acquisition_channel")
            .agg(v=pl.col("acquisition_cost").sum()).sort("acquisition_channel").iter_rows()]
    months = (att.filter(pl.col("valid")).group_by("customer_id")
              .agg(m=(pl.col("day").max() - pl.col("day").min()).dt.total_days() / 30.4375))
    band = (pl.when(pl.col("m") < 3).then(pl.lit(TENURE_BANDS[0])).when(pl.col("m") < 12).then(pl.lit(TENURE_BANDS[1]))
            .when(pl.col("m") < 24).then(pl.lit(TENURE_BANDS[2])).otherwise(pl.lit(TENURE_BANDS[3])))
    revenue = att.group_by("customer_id").agg(r=pl.col("amount").sum())
    tenure_revenue = [[k, round(v, 6)] for k, v in months.join(revenue, on="customer_id").group_by(band.alias("b"))
                      .agg(v=pl.col("r").mean()).sort("b").iter_rows()]
    intent_columns = ["rfm_segment", "repurchase_intent_rate", "mean_p_alive"]
    return [
        ("g055", "de", "Zeig die Empfehlungsanalyse", _t(["referred"], "retention_rate", ref_rows)),
        ("g056", "en", "Show the referral analysis", _t(["referred"], "retention_rate", ref_rows)),
        ("g057", "de", "Beschwerden und Abwanderung", _t(["complained"], "retention_rate", compl_rows)),
        ("g058", "en", "complaints and churn", _t(["complained"], "retention_rate", compl_rows)),
        ("g059", "de", "Zufriedenheit nach Kundentyp", _t(["kind"], "csat", csat_kind)),
        ("g060", "en", "CSAT by customer type", _t(["kind"], "csat", csat_kind)),
        ("g061", "de", "Net Promoter Score nach Kundentyp", _t(["kind"], "nps", nps_kind)),
        ("g062", "de", "Zufriedenheit abgewanderter Kunden", _t(["outcome"], "csat", csat_outcome)),
        ("g063", "en", "satisfaction of churned customers", _t(["outcome"], "csat", csat_outcome)),
        ("g064", "de", "Zeig die Amortisation der Akquisekosten", _t(["acquisition_channel"], "acquisition_cost", cost)),
        ("g065", "en", "Show the acquisition payback", _t(["acquisition_channel"], "acquisition_cost", cost)),
        ("g066", "de", "Kaufen langjährige Kunden mehr?", _t(["tenure_band"], "mean_revenue", tenure_revenue)),
        ("g067", "en", "Do long-standing customers buy more?", _t(["tenure_band"], "mean_revenue", tenure_revenue)),
        # a segment without respondents has no intent rate (null), so no ranges here
        ("h041", "en", "stated repurchase intent vs p alive by segment", _struct(intent_columns, min_rows=5)),
    ]


PAIR_COLUMNS = ["product_id", "description", "other_product_id", "orders", "support", "confidence", "lift"]
PAIR_RANGES = {"support": (0, 1), "confidence": (0, 1)}


def demo_tables():
    from insight.api import demo_dataset  # the data source only; nothing is computed by insight here

    ds = demo_dataset()
    return ref.demo_lines(ds.order_lines), ds.customers, ds.survey_responses, ds.coupons


def demo_questions() -> list[tuple]:
    D, C, S, K = demo_tables()
    a = ref.analysis_date(D)
    assert str(a) == "2025-07-01", a
    W = lambda window, countries=None: ref.within(D, window, countries)  # noqa: E731
    y23, y24 = ref.calendar_year(2023), ref.calendar_year(2024)
    att = D.filter(pl.col("customer_id").is_not_null()).join(
        C.select("customer_id", "kind", "industry", "acquisition_channel"), on="customer_id", how="left")

    def by(frame, key, metric):
        if metric == "revenue":
            out = frame.group_by(key).agg(v=pl.col("amount").sum())
        elif metric == "orders":
            out = frame.group_by(key).agg(v=pl.col("order_id").filter(pl.col("valid")).n_unique())
        elif metric == "customers":
            out = frame.group_by(key).agg(v=pl.col("customer_id").filter(pl.col("valid")).drop_nulls().n_unique())
        out = out.drop_nulls(key).sort(["v", key], descending=[True, False])
        return [[k, round(v, 6) if isinstance(v, float) else v] for k, v in out.iter_rows()]

    rev_kind = dict(by(att, "kind", "revenue"))
    rev_kind24 = dict(by(ref.within(att, y24), "kind", "revenue"))
    cust_kind = dict(by(att, "kind", "customers"))
    nps_rows = S.filter(pl.col("nps").is_not_null())

    def nps(frame):
        n = frame.height
        return 100 * (frame.filter(pl.col("nps") >= 9).height - frame.filter(pl.col("nps") <= 6).height) / n

    nps_kind = [[k, round(nps(nps_rows.join(C.select("customer_id", "kind"), on="customer_id").filter(
        pl.col("kind") == k)), 6)] for k in ("b2b", "b2c")]
    redemption = K.filter(pl.col("redeemed_at").is_not_null()).height / K.height
    red_campaign = [[c, round(r, 6)] for c, r in K.group_by("campaign").agg(
        r=pl.col("redeemed_at").is_not_null().mean()).sort("campaign").iter_rows()]
    csat = [[k, round(v, 6)] for k, v in S.group_by("aspect").agg(v=pl.col("satisfaction").mean()).sort("aspect").iter_rows()]
    funnel_current = [[s, n] for s, n in C.group_by("status").agg(n=pl.len()).iter_rows()]
    A, R = ref.abc(D), ref.rfm(D, a)
    seg = dict(ref.count_by(R, "rfm_segment"))
    new24 = ref.new_customers(D, y24)
    new_q24 = [r for r in ref.new_customers_by(D, "quarter") if r[0].startswith("2024")]
    channel_rev = by(D, "channel", "revenue")
    channel_orders = by(D, "channel", "orders")
    b2b_lines = att.filter(pl.col("kind") == "b2b")
    rate = (0.0, 1.0)
    specs = [
        # exact, from the demo tables
        ("g001", "de", "Umsatz 2024", _s("revenue", ref.revenue(W(y24)))),
        ("g002", "en", "revenue last quarter", _s("revenue", ref.revenue(W(ref.last_quarter(a))))),
        ("g003", "de", "Wie viele Kunden haben wir?", _s("customers", ref.customers(D), 0.0)),
        ("g004", "en", "revenue by customer type", _t(["kind"], "revenue", [[k, v] for k, v in rev_kind.items()])),
        ("g005", "de", "Umsatz B2B vs B2C", _t(["kind"], "revenue", [[k, v] for k, v in rev_kind.items()])),
        ("g006", "en", "revenue of business customers in 2024", _t(["kind"], "revenue", [["b2b", rev_kind24["b2b"]]])),
        ("g007", "de", "Umsatz der Privatkunden 2024", _t(["kind"], "revenue", [["b2c", rev_kind24["b2c"]]])),
        ("g008", "en", "NPS", _s("nps", nps(nps_rows))),
        ("g009", "de", "Wie hoch ist der Net Promoter Score?", _s("nps", nps(nps_rows))),
        ("g010", "en", "NPS by customer type", _t(["kind"], "nps", nps_kind)),
        ("g011", "de", "Einlösungsquote", _s("redemption_rate", redemption)),
        ("g012", "en", "coupon redemption rate per campaign", _t(["campaign"], "redemption_rate", red_campaign)),
        ("g068", "de", "Einlösequote je Kampagne", _t(["campaign"], "redemption_rate", red_campaign)),
        ("g013", "de", "Wiederkaufsrate", _s("repeat_rate", ref.repeat_rate(D))),
        ("g014", "en", "retention rate 2024", _s("retention_rate", ref.retention(D, y23, y24))),
        ("g015", "de", "Kundenbindungsrate 2024", _s("retention_rate", ref.retention(D, y23, y24))),
        ("g016", "en", "churn rate 2024", _s("churn_rate", 1 - ref.retention(D, y23, y24))),
        ("g017", "de", "Abwanderungsrate im Jahr 2024", _s("churn_rate", 1 - ref.retention(D, y23, y24))),
        ("g018", "en", "How satisfied are our customers?", _t(["aspect"], "csat", csat)),
        ("g019", "de", "Zufriedenheit je Aspekt", _t(["aspect"], "csat", csat)),
        ("g020", "de", "Wie sieht der Funnel aus?", _t(["stage"], "current", funnel_current, tol=0.0)),
        ("g021", "en", "Show the sales funnel", _t(["stage"], "current", funnel_current, tol=0.0)),
        ("g022", "en", "customers by acquisition channel", _t(["acquisition_channel"], "customers",
                                                               by(att, "acquisition_channel", "customers"), tol=0.0)),
        ("g023", "de", "Kunden nach Akquisekanal", _t(["acquisition_channel"], "customers",
                                                     by(att, "acquisition_channel", "customers"), tol=0.0)),
        ("g024", "de", "Wie viele B2B-Kunden haben wir?", _t(["kind"], "customers", [["b2b", cust_kind["b2b"]]], tol=0.0)),
        ("g025", "en", "How many private customers (B2C) do we have?", _t(["kind"], "customers",
                                                                         [["b2c", cust_kind["b2c"]]], tol=0.0)),
        ("g026", "de", "Umsatz nach Land, Top 3", _t(["country"], "revenue", ref.by_country(D, "revenue", 3), True)),
        ("g027", "en", "top 5 customers by revenue", _t(["customer_id"], "revenue",
                                                        ref.top_customers(D, "revenue", 5), True)),
        ("g028", "de", "Umsatz nach Branche", _t(["industry"], "revenue", by(att, "industry", "revenue"))),
        ("g029", "en", "How many customers per RFM segment?", _t(["rfm_segment"], "customers",
                                                                 ref.count_by(R, "rfm_segment"), tol=0.0)),
        ("g030", "de", "ABC-Analyse: Kunden je Klasse", _t(["abc_class"], "customers", ref.count_by(A, "abc_class"), tol=0.0)),
        ("g031", "en", "How many new customers in 2024?", _s("new_customers", new24, 0.0)),
        ("g032", "de", "Neukunden pro Quartal 2024", _t(["quarter"], "new_customers", new_q24, True, 0.0)),
        ("g033", "en", "revenue per month in 2024", _t(["month"], "revenue", ref.trend(W(y24), "revenue", "month"), True)),
        ("g034", "de", "Umsatz nach Vertriebskanal", _t(["channel"], "revenue", channel_rev)),
        ("g035", "en", "orders by sales channel", _t(["channel"], "orders", channel_orders, tol=0.0)),
        ("g036", "de", "Durchschnittlicher Warenkorb der B2B-Kunden",
         _t(["kind"], "aov", [["b2b", ref.revenue(b2b_lines) / ref.orders(b2b_lines)]])),
        ("g037", "de", "Wie viele Champions haben wir?", _s("customers", seg["Champions"], 0.0)),
        ("g038", "en", "Revenue in Austria and Switzerland", _t(["country"], "revenue",
                                                                [[c, ref.revenue(W((None, None), [c]))]
                                                                 for c in ("Austria", "Switzerland")])),
        ("g039", "de", "Umsatz in Österreich im letzten Jahr", _s("revenue", ref.revenue(W(y24, ["Austria"])))),
        ("g040", "en", "Umsatz by industry", _t(["industry"], "revenue", by(att, "industry", "revenue")), {"mixed": True}),
        # structure: model- and attribute-based concepts
        ("h001", "de", "Wie hoch ist das Kundenkapital?", _struct(["customer_capital"], max_rows=1)),
        ("h002", "en", "What is our customer capital?", _struct(["customer_capital"], max_rows=1)),
        ("h003", "de", "LTV nach der Formel S × C × P × t", _struct(["S", "C", "P", "t"])),
        ("h004", "en", "customer lifetime value using S x C x P x t", _struct(["S", "C", "P", "t"])),
        ("h005", "de", "Segmentiere die Kunden in Cluster", _struct(["cluster", "customers"], min_rows=2)),
        ("h006", "en", "Show the segment profiles", _struct(["cluster", "customers"], min_rows=2)),
        ("h007", "de", "Zeig mir das Kundenportfolio", _struct(["quadrant", "customers"], min_rows=2, max_rows=4)),
        ("h008", "en", "customer portfolio matrix", _struct(["quadrant", "customers"], min_rows=2, max_rows=4)),
        ("h009", "de", "Wer ist unser typischer Kunde?", _struct([], min_rows=0)),
        ("h010", "en", "Describe our buyer persona", _struct([], min_rows=0)),
        ("h011", "de", "Zufriedenheit × Wichtigkeit je Aspekt", _struct(
            ["aspect", "importance", "satisfaction", "quadrant"], min_rows=5, max_rows=5,
            ranges={"importance": (1, 5), "satisfaction": (1, 5)})),
        ("h012", "en", "importance vs satisfaction matrix", _struct(
            ["aspect", "importance", "satisfaction", "quadrant"], min_rows=5, max_rows=5,
            ranges={"importance": (1, 5), "satisfaction": (1, 5)})),
        ("h013", "de", "Kohortenanalyse", _struct(["cohort"], min_rows=2)),
        ("h014", "en", "cohort retention", _struct(["cohort"], min_rows=2)),
        ("h015", "de", "Welcher Akquisekanal bringt die wertvollsten Kunden?",
         _struct(["acquisition_channel"], min_rows=6, max_rows=6)),
        ("h016", "en", "CLV by acquisition channel", _struct(["acquisition_channel", "clv"], min_rows=6, max_rows=6)),
        ("h017", "de", "Abwanderungsrisiko nach Land", _struct(["country", "churn_risk"], min_rows=2,
                                                              ranges={"churn_risk": rate})),
        ("h018", "en", "average churn risk", _struct(["churn_risk"], max_rows=1, ranges={"churn_risk": rate})),
        ("h019", "de", "Wie hoch ist die Wiederkaufabsicht?", _struct(["repurchase_intent_rate"],
                                                                     ranges={"repurchase_intent_rate": rate})),
        ("h020", "en", "What is the repurchase intent?", _struct(["repurchase_intent_rate"],
                                                                 ranges={"repurchase_intent_rate": rate})),
        ("h021", "de", "Gewinn nach Land 2024", _struct(["country", "profit"], min_rows=2)),
        ("h022", "en", "What is the total CLV?", _struct(["clv"], max_rows=1, ranges={"clv": (0, 1e9)})),
        ("h023", "de", "Wie wahrscheinlich sind unsere Kunden noch aktiv?", _struct(["p_alive"], ranges={"p_alive": rate})),
        ("h025", "de", "Kundenwert nach Akquisekanal", _struct(["acquisition_channel", "clv"], min_rows=6, max_rows=6)),
        ("h026", "en", "Cluster the customers", _struct(["cluster", "customers"], min_rows=2)),
        ("h027", "de", "Zeig mir die Kohorten nach Erstkaufmonat", _struct(["cohort"], min_rows=2)),
        ("h028", "en", "B2B vs B2C: how many customers and how much revenue?", _struct(["kind"], min_rows=2, max_rows=2)),
        ("h029", "de", "Conversion-Rate im Funnel", _struct(["stage", "conversion_rate"], min_rows=4, max_rows=4)),
        ("h030", "en", "funnel conversion from lead to customer", _struct(["stage"], min_rows=4, max_rows=4)),
        ("h031", "de", "Persona der B2B-Kunden", _struct([], min_rows=0)),
        ("h032", "en", "Which acquisition channel has the highest customer lifetime value?",
         _struct(["acquisition_channel", "clv"], min_rows=1)),
        ("h033", "de", "Wie zufrieden sind B2B-Kunden mit der Lieferung?", _struct(["csat"], ranges={"csat": (1, 5)})),
        ("h034", "en", "Portfolio: value vs loyalty", _struct(["quadrant", "customers"], min_rows=2, max_rows=4)),
        # tenure and age bands as dimensions (issue 14, item 7)
        ("h035", "de", "Umsatz nach Kundenalter-Band", _struct(["tenure_band", "revenue"], min_rows=4, values_in={
            "tenure_band": TENURE_BANDS}, text_has=["> 2 Jahre"])),
        ("h036", "de", "Durchschnittlicher CLV nach Altersgruppe", _struct(["age_band", "clv"], min_rows=6,
                                                                         values_in={"age_band": ["18–29", "70+"]})),
        ("h037", "en", "NPS by age group", _struct(["age_band", "nps"], min_rows=6, ranges={"nps": (-100, 100)})),
        ("h038", "de", "Wiederkaufsrate nach Beziehungsdauer-Band", _struct(["tenure_band", "repeat_rate"],
                                                                          min_rows=4, ranges={"repeat_rate": (0, 1)})),
        ("g051", "en", "customers by tenure band", _t(["tenure_band"], "customers", tenure_counts(D), tol=0.0)),
        ("g052", "de", "Anzahl Kunden nach Altersgruppe", _t(["age_band"], "customers", age_counts(D, C), tol=0.0)),
        # value by acquisition cohort and products bought together (issue 14, items 9 and 10)
        ("g053", "de", "Kundenwert je Erstkaufjahr", _t(["cohort"], "customers", cohort_counts(D, "year"), True, 0.0)),
        ("g054", "en", "CLV by cohort per quarter", _t(["cohort"], "customers", cohort_counts(D, "quarter"), True, 0.0)),
        ("h039", "de", "Welche Artikel werden zusammen gekauft?", _struct(PAIR_COLUMNS, ranges=PAIR_RANGES)),
        ("h040", "en", "Which products are bought together?", _struct(PAIR_COLUMNS, ranges=PAIR_RANGES)),
        # exact, more
        ("g041", "de", "Wie hoch ist das Kundenkapital?", _s("customer_capital", customer_capital(D, C), 0.001)),
        ("g042", "en", "customer capital in total", _s("customer_capital", customer_capital(D, C), 0.001)),
        ("g043", "de", "Net Promoter Score 2025", _s("nps", nps(nps_rows.filter(pl.col("response_date").dt.year() == 2025))),
         {"mixed": True}),  # no word decides the language
        ("g044", "en", "retention rate per quarter in 2024", _t(["quarter"], "retention_rate", [
            [f"2024-Q{q}", round(ref.retention(D, ref.calendar_quarter(2024 if q > 1 else 2023, q - 1 if q > 1 else 4),
                                               ref.calendar_quarter(2024, q)), 6)] for q in (1, 2, 3, 4)], True)),
        ("g045", "de", "Zufriedenheit mit dem Preis", _t(["aspect"], "csat", [r for r in csat if r[0] == "price"])),
        ("g046", "en", "Umsatz der B2B Kunden im letzten Quartal", _t(["kind"], "revenue", [[
            "b2b", round(ref.revenue(ref.within(att, ref.last_quarter(a)).filter(pl.col("kind") == "b2b")), 6)]]),
         {"mixed": True}),
        ("g047", "de", "Wie viele Kunden kamen über Empfehlungen?", _t(["acquisition_channel"], "customers", [
            r for r in by(att, "acquisition_channel", "customers") if r[0] == "Referral"], tol=0.0)),
        ("g048", "en", "How many customers came from trade fairs?", _t(["acquisition_channel"], "customers", [
            r for r in by(att, "acquisition_channel", "customers") if r[0] == "Trade fair"], tol=0.0)),
        ("g049", "de", "Umsatz in Österreich und der Schweiz 2024", _t(["country"], "revenue", [
            [c, ref.revenue(W(y24, [c]))] for c in ("Austria", "Switzerland")])),
        ("g050", "en", "new customers per month in 2025", _t(["month"], "new_customers", [
            r for r in ref.new_customers_by(D, "month") if r[0].startswith("2025")], True, 0.0)),
    ]
    from ask_eval_models import model_questions

    specs += model_questions(D, C, a)
    specs += planted_questions(D, C, S, a)
    from ask_eval_seeds import seeds_questions

    specs += seeds_questions(D, C, a)
    from ask_eval_i14 import i14_questions

    specs += i14_questions(D, C, S, a)
    return [(qid, lang, q, DEMO, expect, *extra) for qid, lang, q, expect, *extra in specs]
