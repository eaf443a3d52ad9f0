"""Complaints and interactions: by hand on the analysis shop, against plain polars on the demo, response
times where the data has answer timestamps, and the demo's planted effect (customers who complain drop out
more: docs/demo-data.md) found."""

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.analyses.interactions import complainer_comparison, complaint_rate, interactions_by_kind
from insight.analyses.response_times import response_times


@pytest.fixture(scope="module")
def shop():
    from insight_tests_shared_data import analysis_shop

    return analysis_shop()


def test_interactions_by_kind_by_hand(shop):
    # customers a–h (6); g is a lead and b's call lies after the analysis date: neither counts
    rows = {r["interaction_kind"]: r for r in interactions_by_kind(shop).iter_rows(named=True)}
    assert list(rows) == ["complaint", "call", "email"]  # by count; 'Complaint' folds into 'complaint'
    assert (rows["complaint"]["interactions"], rows["complaint"]["customers"]) == (3, 2)
    assert rows["complaint"]["customer_rate"] == pytest.approx(2 / 6)
    assert rows["complaint"]["per_customer"] == pytest.approx(3 / 6)
    assert (rows["call"]["interactions"], rows["email"]["customers"]) == (1, 1)
    by_kind = interactions_by_kind(shop, "kind")
    b2b = by_kind.filter(pl.col("kind") == "b2b")
    assert b2b["interaction_kind"].to_list() == ["email"] and b2b["customer_rate"].to_list() == [0.5]


def test_complaint_rate_by_hand(shop):
    total = complaint_rate(shop).row(0, named=True)
    assert (total["customers"], total["complainers"], total["complaints"]) == (6, 2, 3)
    assert total["complaint_rate"] == pytest.approx(1 / 3) and total["complaints_per_customer"] == 0.5
    by = {r["kind"]: r for r in complaint_rate(shop, "kind").iter_rows(named=True)}
    assert list(by) == ["b2c", "b2b"]  # highest rate first
    assert (by["b2c"]["customers"], by["b2c"]["complainers"], by["b2c"]["complaint_rate"]) == (4, 2, 0.5)
    assert by["b2b"]["complaint_rate"] == 0.0


def test_complainers_retention_by_hand(shop):
    rows = {r["complained"]: r for r in complainer_comparison(shop).iter_rows(named=True)}
    assert list(rows) == ["complained", "no complaint"]
    # 2023 → 2024: complainers a (kept) and c (lost); others b (kept), d, h (lost); e not in 2023
    assert rows["complained"]["retention_rate"] == 0.5 and rows["complained"]["customers"] == 2
    assert rows["no complaint"]["retention_rate"] == pytest.approx(1 / 3)
    assert rows["no complaint"]["customers"] == 4


def test_response_times_by_hand():
    from insight_tests_shared_data import analysis_shop

    rows = {r["interaction_kind"]: r for r in response_times(analysis_shop(answered=True)).iter_rows(named=True)}
    # complaints: 72 h, unanswered, 24 h; calls: a 2 h and g (lead, unanswered); b's call is after the date
    c = rows["complaint"]
    assert (c["requests"], c["answered"], c["mean_hours"], c["median_hours"]) == (3, 2, 48.0, 48.0)
    assert c["answered_share"] == pytest.approx(2 / 3) and c["within_share"] == pytest.approx(1 / 3)
    assert (rows["call"]["requests"], rows["call"]["answered"], rows["call"]["mean_hours"]) == (2, 1, 2.0)
    assert rows["email"]["within_share"] == 1.0


def test_response_times_say_what_is_missing(shop):
    with pytest.raises(MissingDataError, match="answered_at"):
        response_times(shop)


def test_complaint_rate_matches_plain_polars_on_the_demo(demo_ds):
    buyers = demo_ds.order_lines.filter(pl.col("customer_id").is_not_null()).select("customer_id").unique()
    complaints = demo_ds.interactions.filter(pl.col("kind") == "complaint").group_by("customer_id").len()
    joined = buyers.join(complaints, on="customer_id", how="left")
    total = complaint_rate(demo_ds).row(0, named=True)
    assert total["customers"] == buyers.height
    assert total["complainers"] == joined["len"].count()
    assert total["complaints"] == joined["len"].sum()


def test_demo_complainers_drop_out_more(demo_ds):
    rows = {r["complained"]: r for r in complainer_comparison(demo_ds).iter_rows(named=True)}
    yes, no = rows["complained"], rows["no complaint"]
    assert yes["retention_rate"] < no["retention_rate"] - 0.05
    assert yes["mean_churn_risk"] > no["mean_churn_risk"] + 0.1


# -- a time window, read on the interaction's own timestamp (issue 14, item 5) -------------------------------

Y23 = (__import__("datetime").date(2023, 1, 1), __import__("datetime").date(2024, 1, 1))
Y24 = (__import__("datetime").date(2024, 1, 1), __import__("datetime").date(2025, 1, 1))


def test_complaint_rate_in_a_window_by_hand(shop):
    # 2023: a, b, c, d, h bought (e's first order is 2022 but it bought nothing and had no interaction in 2023);
    # c complained twice (October, November); a's complaint is in January 2024
    got = complaint_rate(shop, None, *Y23).row(0, named=True)
    assert (got["customers"], got["complainers"], got["complaints"]) == (5, 1, 2)
    assert got["complaint_rate"] == pytest.approx(1 / 5)
    # 2024: a and b bought; a complained
    got = complaint_rate(shop, None, *Y24).row(0, named=True)
    assert (got["customers"], got["complainers"], got["complaint_rate"]) == (2, 1, 0.5)
    kinds = {r["interaction_kind"]: r for r in interactions_by_kind(shop, None, *Y23).iter_rows(named=True)}
    assert set(kinds) == {"complaint", "call", "email"}  # g's 2023 call is a lead's: not counted
    assert (kinds["complaint"]["interactions"], kinds["complaint"]["customers"]) == (2, 1)
    assert kinds["call"]["customer_rate"] == pytest.approx(1 / 5)
    compare = {r["complained"]: r for r in complainer_comparison(shop, *Y24).iter_rows(named=True)}
    assert (compare["complained"]["customers"], compare["no complaint"]["customers"]) == (1, 1)


def test_a_window_without_interactions_counts_no_complaints(shop):
    import datetime as dt

    got = complaint_rate(shop, None, dt.date(2022, 1, 1), dt.date(2023, 1, 1)).row(0, named=True)
    assert (got["customers"], got["complainers"], got["complaint_rate"]) == (1, 0, 0.0)  # e's first order


def _window_people(demo_ds, start, end):
    import datetime as dt

    lines = demo_ds.order_lines.filter(pl.col("order_id").str.starts_with("A") & pl.col("customer_id").is_not_null())
    first = lines.group_by("customer_id").agg(f=pl.col("order_date").min().dt.date())
    bought = lines.filter(pl.col("order_date").dt.date().is_between(start, end - dt.timedelta(days=1)))
    inter = demo_ds.interactions.filter(pl.col("happened_at").dt.date().is_between(start, end - dt.timedelta(days=1)))
    people = (pl.concat([bought.select("customer_id"), inter.select("customer_id")]).unique()
              .join(first.filter(pl.col("f") < end), on="customer_id", how="semi"))
    complained = inter.filter(pl.col("kind") == "complaint").select("customer_id").unique()
    return people, people.join(complained, on="customer_id", how="semi")


@pytest.mark.parametrize("window", [Y23, Y24])
def test_windowed_complaint_rate_matches_plain_polars_on_the_demo(demo_ds, window):
    people, complainers = _window_people(demo_ds, *window)
    got = complaint_rate(demo_ds, None, *window).row(0, named=True)
    assert (got["customers"], got["complainers"]) == (people.height, complainers.height)
    by_kind = {r["kind"]: r for r in complaint_rate(demo_ds, "kind", *window).iter_rows(named=True)}
    kinds = people.join(demo_ds.customers.select("customer_id", "kind"), on="customer_id")
    for kind, n in kinds.group_by("kind").len().iter_rows():
        assert by_kind[kind]["customers"] == n


def test_demo_complainers_of_a_year_carry_more_churn_risk(demo_ds):
    """Planted (docs/demo-data.md row 3): complaints mark churners, also within one year's window."""
    rows = {r["complained"]: r for r in complainer_comparison(demo_ds, *Y24).iter_rows(named=True)}
    assert rows["complained"]["mean_churn_risk"] > rows["no complaint"]["mean_churn_risk"] + 0.1
    assert rows["complained"]["retention_rate"] < rows["no complaint"]["retention_rate"] - 0.1


@pytest.mark.parametrize("question, lang, kind", [("Reaktionszeit auf E-Mails 2024", "de", "email"),
                                                  ("response time to complaints in 2024", "en", "complaint")])
def test_ask_response_time_in_a_year_reads_the_request_time(demo_ds, question, lang, kind):
    import insight.api as ia

    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok" and answer.language == lang, answer.text
    rows = demo_ds.interactions.filter((pl.col("kind") == kind) & (pl.col("happened_at").dt.year() == 2024))
    assert answer.table.row(0, named=True)["requests"] == rows.height
    assert "2024" in answer.text


@pytest.mark.parametrize("question", ["Beschwerdequote im letzten Jahr", "complaint rate last year"])
def test_ask_complaint_rate_last_year_is_not_the_whole_history(demo_ds, question):
    import insight.api as ia

    answer = ia.ask(question, data=demo_ds)
    people, complainers = _window_people(demo_ds, *Y24)
    # one figure asked (answers.md: a single number is one row, its metric's column), of the window's customers
    assert answer.table.height == 1, answer.table
    row = answer.table.row(0, named=True)
    assert (row["customers"], row["complainers"]) == (people.height, complainers.height)
    assert row["complaint_rate"] == pytest.approx(complainers.height / people.height)
    assert "2024" in answer.text


def test_a_whole_table_without_timestamps_still_refuses_a_window(demo_ds):
    import insight.api as ia

    answer = ia.ask("Empfehlungsanalyse 2024", data=demo_ds)
    assert answer.status == "clarify" and "Zeitraum" in answer.text
