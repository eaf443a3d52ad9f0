"""Every seed concept can be asked in German and in English on the demo data, and the numbers agree
with an independent computation (plain polars on the demo tables) or with the metric function the
contract names, aggregated here in the test."""

from __future__ import annotations

import polars as pl
import pytest

CONCEPTS = [
    # (German question, English question, intent, first columns, metric column)
    ("Was ist der gesamte Kundenwert?", "What is the total CLV?", "metric", ["clv"], "clv"),
    ("Top 10 Kunden nach Kundenwert", "Top 10 customers by CLV", "rank", ["customer_id", "clv"], "clv"),
    ("Kundenwert nach Akquisekanal", "CLV by acquisition channel", "metric", ["acquisition_channel", "clv"], "clv"),
    ("Wie hoch ist das Kundenkapital?", "What is the customer capital?", "metric", ["customer_capital"],
     "customer_capital"),
    ("LTV nach der Formel S × C × P × t", "LTV = S x C x P x t", "table", ["customers", "S", "C", "P", "t"],
     "ltv_formula"),
    ("Zeig mir die RFM-Segmente", "Show the RFM segments", "describe_segment", ["rfm_segment", "customers"], None),
    ("ABC-Analyse der Kunden", "ABC analysis of the customers", "describe_segment", ["abc_class", "customers"], None),
    ("Mehrdimensionale Segmentierung", "Cluster the customers", "describe_segment", ["cluster", "customers"], None),
    ("Zeig mir die Segmentprofile", "Show the segment profiles", "describe_segment", ["cluster", "customers"], None),
    ("Zeig mir das Kundenportfolio", "Show the customer portfolio", "describe_segment", ["quadrant", "customers"],
     None),
    ("Wer ist unser typischer Kunde?", "Describe our buyer persona", "describe_segment", [], None),
    ("Welche Kunden drohen abzuwandern?", "Which customers are at risk of churning?", "at_risk",
     ["customer_id", "churn_risk"], "churn_risk"),
    ("Abwanderungsrisiko nach Land", "churn risk by country", "metric", ["country", "churn_risk"], "churn_risk"),
    ("Wie hoch war die Kundenbindungsrate 2024?", "retention rate 2024", "metric", ["period"], "retention_rate"),
    ("Abwanderungsrate 2024", "churn rate in 2024", "metric", ["period"], "churn_rate"),
    ("Wie hoch ist die Wiederkaufsrate?", "What is the repeat rate?", "metric", ["repeat_rate"], "repeat_rate"),
    ("Einlösungsquote nach Kampagne", "coupon redemption rate by campaign", "metric",
     ["campaign", "redemption_rate"], "redemption_rate"),
    ("Wie hoch ist die Einlösungsquote?", "What is the redemption rate?", "metric", ["redemption_rate"],
     "redemption_rate"),
    ("Wie hoch ist der NPS?", "What is our net promoter score?", "metric", ["nps"], "nps"),
    ("NPS nach Kundentyp", "NPS by customer type", "metric", ["kind", "nps"], "nps"),
    ("Zufriedenheit × Wichtigkeit je Aspekt", "importance satisfaction matrix", "table",
     ["aspect", "responses", "importance", "satisfaction", "quadrant"], None),
    ("Wie zufrieden sind unsere Kunden?", "customer satisfaction per aspect", "metric", ["aspect", "csat"], "csat"),
    ("Wie hoch ist die Wiederkaufabsicht?", "What is the repurchase intent?", "metric", ["repurchase_intent_rate"],
     "repurchase_intent_rate"),
    ("Zeig mir die Kohorten", "Show the cohort retention", "table", ["cohort", "period", "customers", "active",
                                                                     "share"], None),
    ("Wie sieht der Funnel aus?", "Show the sales funnel", "table", ["stage", "current", "count"], None),
    ("Welcher Akquisekanal bringt die wertvollsten Kunden?", "Which acquisition channel brings the most valuable customers?",
     "table", ["acquisition_channel", "customers"], None),
    ("Umsatz nach Branche", "revenue by industry", "metric", ["industry", "revenue"], "revenue"),
    ("Gewinn nach Land 2024", "profit by country in 2024", "metric", ["country", "profit"], "profit"),
    ("Umsatz der B2B-Kunden 2024", "revenue of business customers in 2024", "metric", ["revenue"], "revenue"),
    ("Wie viele Champions haben wir?", "How many Champions do we have?", "metric", ["customers"], "customers"),
    ("Kunde K10461", "customer K10461", "lookup_customer", ["customer_id", "revenue", "orders"], None),
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("concept", CONCEPTS, ids=[c[1] for c in CONCEPTS])
def test_concept_is_askable(concept, lang, demo) -> None:
    from insight.query import Session

    question = concept[0] if lang == "de" else concept[1]
    intent, columns, metric = concept[2], concept[3], concept[4]
    answer = Session(demo).ask(question)
    assert answer.status == "ok", (question, answer.text, answer.plan)
    assert answer.language == lang, question
    assert answer.plan["intent"] == intent, (question, answer.plan)
    assert answer.columns[:len(columns)] == columns, (question, answer.columns)
    if metric:
        assert metric in answer.columns
        assert metric in answer.definitions
    assert answer.text and len(answer.text) < 600
    if intent != "describe_segment" or columns:
        assert answer.table.height > 0


def _valid_orders(ds) -> pl.DataFrame:
    """Independent: lines before the analysis date, orders whose non-return lines sum to > 0."""
    lines = ds.order_lines.filter(pl.col("order_date").dt.date() < ds.as_of)
    amount = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    returns = (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").str.starts_with("C")
    lines = lines.with_columns(a=pl.when(returns).then(-amount.abs()).otherwise(amount), r=returns)
    valid = lines.filter(~pl.col("r")).group_by("order_id").agg(s=pl.col("a").sum()).filter(pl.col("s") > 0)
    return lines.join(valid.select("order_id"), on="order_id", how="semi")


def test_repeat_rate_matches_independent(demo) -> None:
    from insight.query import Session

    per_customer = _valid_orders(demo).filter(pl.col("customer_id").is_not_null()) \
        .group_by("customer_id").agg(n=pl.col("order_id").n_unique())
    expected = (per_customer.get_column("n") >= 2).mean()
    for q in ("Wiederkaufsrate", "repeat purchase rate"):
        assert Session(demo).ask(q).rows == [[pytest.approx(expected)]]


def test_nps_matches_independent(demo) -> None:
    from insight.query import Session

    scores = demo.survey_responses.get_column("nps").drop_nulls()
    expected = 100.0 * ((scores >= 9).sum() - (scores <= 6).sum()) / scores.len()
    answer = Session(demo).ask("Net Promoter Score")
    assert answer.rows[0][0] == pytest.approx(expected)
    assert "Punkte" in Session(demo).ask("Wie hoch ist der NPS?").text


def test_redemption_rate_matches_independent(demo) -> None:
    from insight.query import Session

    c = demo.coupons.filter(pl.col("issued_at") < demo.as_of)
    expected = c.filter(pl.col("redeemed_at") < demo.as_of).height / c.height
    answer = Session(demo).ask("Einlösungsquote")
    assert answer.rows[0][0] == pytest.approx(expected)


def test_b2b_revenue_matches_independent(demo) -> None:
    import datetime as dt

    from insight.query import Session

    b2b = demo.customers.filter(pl.col("kind") == "b2b").get_column("customer_id")
    lines = demo.order_lines.filter(pl.col("customer_id").is_in(b2b.implode()) &
                                    (pl.col("order_date") >= dt.datetime(2024, 1, 1)) &
                                    (pl.col("order_date") < dt.datetime(2025, 1, 1)))
    amount = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    returns = (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").str.starts_with("C")
    expected = lines.select(pl.when(returns).then(-amount.abs()).otherwise(amount).sum()).item()
    for q in ("Umsatz der B2B-Kunden 2024", "revenue of business customers in 2024", "B2B Umsatz 2024"):
        assert Session(demo).ask(q).rows[0][0] == pytest.approx(expected, abs=0.01), q


def test_clv_total_and_channel_means_agree_with_the_model(demo) -> None:
    from insight.clv.value import customer_clv
    from insight.query import Session

    clv = customer_clv(demo)
    assert Session(demo).ask("Gesamter Kundenwert").rows[0][0] == pytest.approx(clv.get_column("clv").sum(), abs=0.01)
    per_channel = clv.join(demo.customers.select("customer_id", "acquisition_channel"), on="customer_id") \
        .group_by("acquisition_channel").agg(m=pl.col("clv").mean())
    answer = Session(demo).ask("durchschnittlicher Kundenwert nach Akquisekanal")
    got = {r[0]: r[1] for r in answer.rows}
    for channel, mean in per_channel.iter_rows():
        assert got[channel] == pytest.approx(mean, abs=0.01)


def test_champions_count_matches_rfm_table(demo) -> None:
    from insight.query import Session
    from insight.segments.rfm import rfm_table

    expected = rfm_table(demo).filter(pl.col("rfm_segment") == "Champions").height
    assert Session(demo).ask("Wie viele Champions haben wir?").rows == [[expected]]
    german = Session(demo).ask("Wie viele Kunden sind Winterschläfer?")
    assert german.rows == [[rfm_table(demo).filter(pl.col("rfm_segment") == "Hibernating").height]]


def test_german_segment_labels_in_german_text(demo) -> None:
    from insight.query import Session

    answer = Session(demo).ask("Anzahl Kunden je RFM-Segment")
    assert answer.columns == ["rfm_segment", "customers"]
    assert "Winterschläfer" in answer.text or "treu" in answer.text
    assert "Hibernating" in [r[0] for r in answer.rows]  # JSON keeps canonical names


def test_at_risk_lists_high_churn_risk_only(demo) -> None:
    from insight.query import Session

    answer = Session(demo).ask("Welche 5 Kunden drohen abzuwandern?")
    assert len(answer.rows) == 5
    assert all(r[1] >= 0.5 for r in answer.rows)
    revenues = [r[3] for r in answer.rows]
    assert revenues == sorted(revenues, reverse=True)


def test_definition_questions(demo) -> None:
    from insight.query import Session

    answer = Session(demo).ask("Was bedeutet Kundenkapital?")
    assert answer.plan["intent"] == "definition"
    assert "Gewinn" in answer.text and answer.rows == [["customer_capital", answer.definitions["customer_capital"]]]
    en = Session(demo).ask("How is the churn rate calculated?")
    assert en.plan["intent"] == "definition" and "retention" in en.text


def test_bare_customer_id_is_a_lookup(demo) -> None:
    import datetime as dt

    from insight.query import Session

    answer = Session(demo).ask("K10461")
    assert answer.plan["intent"] == "lookup_customer" and answer.rows[0][0] == "K10461"
    lines = demo.order_lines.filter((pl.col("customer_id") == "K10461") & (pl.col("order_date") >= dt.datetime(2024, 1, 1))
                                    & (pl.col("order_date") < dt.datetime(2025, 1, 1)))
    amount = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    returns = (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").str.starts_with("C")
    expected = lines.select(pl.when(returns).then(-amount.abs()).otherwise(amount).sum()).item()
    assert Session(demo).ask("Umsatz K10461 2024").rows[0][0] == pytest.approx(expected, abs=0.01)
