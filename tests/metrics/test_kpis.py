"""The KPI list (``insight kpis``): the five Kundenbindung KPIs plus customers, revenue, profit and value at
risk, each with its period; checked against plain polars on the demo data and on Online Retail II."""

import datetime as dt

import polars as pl
import pytest

from insight.analyses.kpis import ORDER, kpi_list


def _lines(ds) -> pl.DataFrame:
    """Prepared lines written out in plain polars: signed amount, real orders, gross profit."""
    end = dt.datetime.combine(ds.as_of, dt.time())
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    ret = ((pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0)
           | pl.col("order_id").fill_null("").str.starts_with("C"))
    amount = pl.when(ret).then(-raw.abs()).otherwise(raw)
    cost = pl.col("unit_cost")
    gross = pl.coalesce(pl.col("line_profit") if "line_profit" in ds.order_lines.columns else pl.lit(None),
                        pl.when(cost.is_not_null() & (pl.col("unit_price") != 0))
                        .then(amount * (pl.col("unit_price") - cost) / pl.col("unit_price")),
                        amount * ds.settings.default_margin)
    lines = ds.order_lines.filter(pl.col("order_date") < end).with_columns(_amt=amount, _ret=ret, _gross=gross)
    valid = (lines.filter(~pl.col("_ret")).group_by("order_id").agg(v=pl.col("_amt").sum())
             .filter(pl.col("v") > 0).select("order_id", _valid=pl.lit(True)))
    return lines.join(valid, on="order_id", how="left").with_columns(pl.col("_valid").fill_null(False))


def _customers(lines: pl.DataFrame) -> pl.DataFrame:
    return (lines.filter(pl.col("customer_id").is_not_null())
            .group_by("customer_id").agg(orders=pl.col("order_id").filter(pl.col("_valid")).n_unique())
            .filter(pl.col("orders") > 0))


def _retention(lines: pl.DataFrame, prev: int, later: int) -> float:
    years = (lines.filter(pl.col("_valid") & pl.col("customer_id").is_not_null())
             .select("customer_id", y=pl.col("order_date").dt.year()).unique())
    before = years.filter(pl.col("y") == prev).select("customer_id")
    kept = before.join(years.filter(pl.col("y") == later), on="customer_id", how="semi")
    return kept.height / before.height


def test_demo_kpis_match_plain_polars(demo_ds):
    result = kpi_list(demo_ds)
    assert [k.name for k in result.kpis] == list(ORDER) and result.as_of == dt.date(2025, 7, 1)
    lines = _lines(demo_ds)
    customers = _customers(lines)
    first = lines.get_column("order_date").min().date()
    everything = f"{first} – 2025-06-30"
    assert result["customers"].value == customers.height and result["customers"].period == everything
    assert result["revenue"].value == pytest.approx(lines.get_column("_amt").sum())
    cost = demo_ds.customers.join(customers, on="customer_id", how="semi").get_column("cost_to_serve").sum()
    assert result["profit"].value == pytest.approx(lines.get_column("_gross").sum() - cost)
    assert result["repeat_rate"].value == pytest.approx((customers["orders"] >= 2).mean())
    # the demo starts on 2023-01-01 and ends mid-2025: the default pair is 2024 vs 2023, both complete
    retention = result["retention_rate"]
    assert retention.period == "2024 vs 2023" and retention.complete
    assert retention.value == pytest.approx(_retention(lines, 2023, 2024))
    coupons = demo_ds.coupons.filter(pl.col("issued_at") < demo_ds.as_of)
    redeemed = coupons.filter(pl.col("redeemed_at") < demo_ds.as_of)
    assert result["redemption_rate"].value == pytest.approx(redeemed.height / coupons.height)
    answers = (demo_ds.survey_responses.filter(pl.col("nps").is_not_null()
                                               & (pl.col("response_date").cast(pl.Date) < demo_ds.as_of))
               .unique(["customer_id", "response_date"]))
    score = answers.get_column("nps")
    assert result["nps"].value == pytest.approx(100 * ((score >= 9).mean() - (score <= 6).mean()))
    assert result["value_at_risk"].period == "2024-07-01 – 2025-06-30" and result["value_at_risk"].complete
    assert result["clv"].period.startswith("next 12 months (2025-07-01") and result["clv"].value > 0
    assert all(k.available and k.complete for k in result.kpis)


def test_the_faces_get_the_same_values(demo_ds):
    from insight.clv.value import customer_clv
    from insight.analyses.value_at_risk import value_at_risk

    values = kpi_list(demo_ds).values()
    assert values["clv"] == pytest.approx(customer_clv(demo_ds).get_column("clv").mean())
    assert values["value_at_risk"] == pytest.approx(value_at_risk(demo_ds).item(0, "value_at_risk"))
    assert values["currency"] == "EUR" and values["as_of"] == demo_ds.as_of


def test_online_retail_names_what_it_lacks_and_marks_the_incomplete_pair(retail_ds):
    result = kpi_list(retail_ds, "de")
    assert result["customers"].value == 5878
    assert result["revenue"].value == pytest.approx(18908996.98, rel=1e-9)
    assert result["repeat_rate"].value == pytest.approx(0.723886, rel=1e-5)
    retention = result["retention_rate"]
    assert retention.period == "2010 ggü. 2009" and not retention.complete  # 2009 has December only
    assert retention.value == pytest.approx(_retention(_lines(retail_ds), 2009, 2010))
    assert retention.status("de").startswith("unvollständig: die Daten decken nur 2009-12-01")
    for name, table in (("redemption_rate", "Einlösungen"), ("nps", "Kundenbefragung")):
        kpi = result[name]
        assert not kpi.available and kpi.value is None and table in kpi.reason
        assert kpi.status("de").startswith("nicht verfügbar: ")
    assert result["redemption_rate"].label == "Einlösungsquote"
    assert any("Standardmarge 100 %" in n for n in result.notes)


def test_a_tiny_shop_without_a_model_says_why(tiny_ds):
    result = kpi_list(tiny_ds)
    assert not result["clv"].available and "cannot be fitted" in result["clv"].reason
    assert result["value_at_risk"].status("en").startswith("not available: needs the CLV model")
    # the pair 2024 vs 2023: 2024 ends after the analysis date 2024-12-31, the data start on 2023-12-01
    assert result["retention_rate"].value == 1.0 and not result["retention_rate"].complete
    payload = result.to_json()
    assert [k["name"] for k in payload["kpis"]] == list(ORDER)
    assert payload["kpis"][1]["available"] is False and payload["kpis"][1]["value"] is None
