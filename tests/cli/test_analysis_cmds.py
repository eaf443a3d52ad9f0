"""`insight referrals`, `complaints`, `satisfaction`, `bands`, `compare` end to end on a small demo workspace:
the JSON rows are those of the core functions, usage errors are UsageError (exit 2) and missing data a
MissingDataError (exit 1) naming the column."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.errors import MissingDataError, UsageError

runner = CliRunner()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    path = tmp_path_factory.mktemp("analyses") / "demo.db"
    result = runner.invoke(app, ["demo", "--customers", "200", "--seed", "3", "--workspace", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return str(path)


def rows(workspace, *args):
    result = runner.invoke(app, [*args, "--workspace", workspace, "--json"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    return [dict(zip(payload["columns"], r)) for r in payload["rows"]]


def test_referrals_and_their_comparison(workspace):
    import insight.api as ia
    from insight.analyses.referrals import referral_comparison, referrers

    ds = ia.load(workspace=workspace)
    got = rows(workspace, "referrals")
    assert [r["referrer_id"] for r in got] == referrers(ds)["referrer_id"].to_list()
    compared = rows(workspace, "referrals", "--compare")
    assert [r["referred"] for r in compared] == ["referred", "not referred"]
    assert compared[0]["customers"] == referral_comparison(ds)["customers"][0]
    assert len(rows(workspace, "referrals", "--top", "2")) == 2


def test_complaints_views(workspace):
    total = rows(workspace, "complaints")[0]
    assert 0 < total["complaint_rate"] < 1 and total["customers"] == 200
    kinds = rows(workspace, "complaints", "--view", "kinds", "--by", "kind")
    assert {r["kind"] for r in kinds} == {"b2b", "b2c"}
    assert [r["complained"] for r in rows(workspace, "complaints", "--view", "compare")] == ["complained",
                                                                                             "no complaint"]
    response = {r["interaction_kind"]: r for r in rows(workspace, "complaints", "--view", "response",
                                                        "--within", "24")}
    assert "visit" not in response and 0 < response["email"]["within_share"] <= 1  # visits: never answered
    assert response["email"]["within_hours"] == 24.0
    outcome = rows(workspace, "complaints", "--view", "response_outcome")
    assert [r["outcome"] for r in outcome][:2] == ["stayed", "churned"]
    wrong = runner.invoke(app, ["complaints", "--view", "weather", "--workspace", workspace]).exception
    assert isinstance(wrong, UsageError) and wrong.exit_code == 2


def test_satisfaction_views_and_bands(workspace):
    outcome = rows(workspace, "satisfaction", "--view", "outcome")
    assert [r["outcome"] for r in outcome][:2] == ["stayed", "churned"]
    assert {r["acquisition_channel"] for r in rows(workspace, "satisfaction", "--by", "acquisition_channel")}
    intent = rows(workspace, "satisfaction", "--view", "intent")
    assert "mean_p_alive" in intent[0] and "rfm_segment" in intent[0]
    bands = rows(workspace, "bands")
    assert [r["tenure_band"] for r in bands] == ["< 3 months", "3–12 months", "1–2 years", "> 2 years"]
    assert sum(r["customers"] for r in bands) == 200
    ages = rows(workspace, "compare", "age_band")
    assert ages[0]["age_band"] == "18–29"
    assert isinstance(runner.invoke(app, ["bands", "--band", "shoe", "--workspace", workspace]).exception,
                      UsageError)


def test_segments_profile_k_and_personas(workspace):
    from insight.analyses.profile import PROFILE_COLUMNS

    for method in ("rfm", "abc", "portfolio"):
        profile = rows(workspace, "segments", "--method", method, "--profile")
        assert list(profile[0])[:len(PROFILE_COLUMNS)] == list(PROFILE_COLUMNS)
        assert sum(r["customers"] for r in profile) == 200
    result = runner.invoke(app, ["segments", "--method", "cluster", "--k", "4", "--workspace", workspace, "--json"])
    payload = json.loads(result.stdout)
    assert payload["k"] == 4 and len(payload["rows"]) == 4
    wrong = runner.invoke(app, ["segments", "--method", "rfm", "--k", "3", "--workspace", workspace]).exception
    assert isinstance(wrong, UsageError)
    result = runner.invoke(app, ["personas", "--method", "abc", "--top", "2", "--workspace", workspace, "--json"])
    found = json.loads(result.stdout)["personas"]
    assert [p["segment"] for p in found] == ["A", "B"] and found[0]["text"].startswith("The typical customer")


def test_basket_and_cohort_value(workspace):
    import insight.api as ia
    from insight.analyses.cohorts import value_by_cohort
    from insight.metrics.products import bought_together

    ds = ia.load(workspace=workspace)
    got = rows(workspace, "basket", "--top", "3")
    expected = bought_together(ds, top=3)
    assert len(got) == 3 and [r["orders"] for r in got] == expected["orders"].to_list()
    assert "description" in got[0] and "lift" in got[0]
    first = got[0]["product_id"]
    assert {r["product_id"] for r in rows(workspace, "basket", "--product", first)} == {first}
    assert all(r["support"] >= 0.05 for r in rows(workspace, "basket", "--min-support", "0.05"))
    quarters = rows(workspace, "cohort-value", "--grain", "quarter")
    assert [r["cohort"] for r in quarters] == value_by_cohort(ds, "quarter")["cohort"].to_list()
    assert sum(r["customers"] for r in rows(workspace, "cohort-value")) == sum(r["customers"] for r in quarters)


def test_response_times_without_answer_timestamps_are_refused(tmp_path):
    lines = tmp_path / "orders.csv"
    lines.write_text("order_id,customer_id,order_date,amount\nA1,k1,2024-01-05,10\nA2,k2,2024-02-05,20\n")
    missing = runner.invoke(app, ["complaints", "--view", "response", "--data", str(lines)]).exception
    assert isinstance(missing, MissingDataError) and missing.exit_code == 1 and "answered_at" in str(missing)


def test_complaints_in_a_window_one_segment_and_value_per_period(workspace):
    import datetime as dt

    import insight.api as ia
    from insight.analyses.cohorts import value_by_period
    from insight.analyses.interactions import complaint_rate
    from insight.analyses.profile import segment_profile

    ds = ia.load(workspace=workspace)
    year = rows(workspace, "complaints", "--period", "2024", "--by", "kind")
    expected = complaint_rate(ds, "kind", dt.date(2024, 1, 1), dt.date(2025, 1, 1))
    assert {r["kind"]: r["customers"] for r in year} == dict(expected.select("kind", "customers").iter_rows())
    same = rows(workspace, "complaints", "--from", "2024-01-01", "--to", "2025-01-01", "--by", "kind")
    assert same == year
    assert sum(r["customers"] for r in year) < rows(workspace, "complaints")[0]["customers"]
    for bad in (["--period", "2024x"], ["--period", "2024", "--from", "2024-01-01"],
                ["--from", "2025-01-01", "--to", "2024-01-01"], ["--view", "response_outcome", "--period", "2024"]):
        wrong = runner.invoke(app, ["complaints", *bad, "--workspace", workspace]).exception
        assert isinstance(wrong, UsageError) and wrong.exit_code == 2, bad
    one = rows(workspace, "segments", "--method", "abc", "--segment", "A")
    assert len(one) == 1 and one[0]["customers"] == segment_profile(ds, "abc", segment="A")["customers"].item()
    unknown = runner.invoke(app, ["segments", "--method", "rfm", "--segment", "Stars", "--workspace", workspace])
    assert isinstance(unknown.exception, MissingDataError) and "Champions" in str(unknown.exception)
    periods = rows(workspace, "period-value", "--grain", "year")
    assert [r["period"] for r in periods] == value_by_period(ds, "year")["period"].to_list()
    assert periods[-1]["cumulative_customer_capital"] == pytest.approx(
        sum(r["customer_capital_added"] for r in periods))
