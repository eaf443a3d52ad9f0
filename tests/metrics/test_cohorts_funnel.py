"""Cohort retention and the Lead -> Kunde funnel on hand-made data."""

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.metrics.cohorts import cohort_matrix, cohort_retention
from insight.metrics.funnel import funnel, funnel_unmatched


def test_tiny_cohorts_by_hand(tiny_ds):
    # months with an order: c3 2023-12, 2024-12 | c1 01, 06, 12 | c5 02, 11, 12 | c2 03 | c6 09 | c4 12
    long = cohort_retention(tiny_ds)
    assert long.height == 13 + 12 + 11 + 10 + 4 + 1  # every cohort runs to 2024-12
    sizes = dict(long.filter(pl.col("period") == 0).select("cohort", "customers").iter_rows())
    assert sizes == {"2023-12": 1, "2024-01": 1, "2024-02": 1, "2024-03": 1, "2024-09": 1, "2024-12": 1}
    active = {(c, p) for c, p, a in long.select("cohort", "period", "active").iter_rows() if a}
    assert active == {("2023-12", 0), ("2023-12", 12), ("2024-01", 0), ("2024-01", 5), ("2024-01", 11),
                      ("2024-02", 0), ("2024-02", 9), ("2024-02", 10), ("2024-03", 0), ("2024-09", 0),
                      ("2024-12", 0)}
    assert long.filter(pl.col("period") == 0)["share"].to_list() == [1.0] * 6


def test_cohort_shares_with_two_customers(data):
    from insight.dataset import Dataset

    lines = data.tiny_lines().with_columns(
        customer_id=pl.when(pl.col("customer_id") == "c5").then(pl.lit("c1")).otherwise(pl.col("customer_id")))
    # c1 takes over c5's orders: months 01, 06, 12 + 02, 11, 12 -> periods 0, 1, 5, 10, 11 of cohort 2024-01
    long = cohort_retention(Dataset(order_lines=lines))
    jan = long.filter(pl.col("cohort") == "2024-01")
    assert jan.filter(pl.col("active") > 0)["period"].to_list() == [0, 1, 5, 10, 11]


def test_cohort_matrix_wide(tiny_ds):
    wide = cohort_matrix(tiny_ds)
    assert wide.columns[:4] == ["cohort", "customers", "0", "1"] and wide.columns[-1] == "12"
    row = wide.filter(pl.col("cohort") == "2024-01").row(0, named=True)
    assert (row["0"], row["5"], row["6"], row["11"], row["12"]) == (1.0, 1.0, 0.0, 1.0, None)
    assert cohort_matrix(tiny_ds, max_period=2).columns == ["cohort", "customers", "0", "1", "2"]


@pytest.fixture
def funnel_ds(data):
    customers = pl.DataFrame({
        "customer_id": ["l1", "l2", "l3", "k1", "k2", "p1", "c1", "c2", "c3", "x1"],
        "status": ["lead", "Lead", "lead", "Kontakt", "contact", "Interessent", "customer", "prospect", None,
                   "churned"],
    })
    return data.tiny_dataset(customers=customers)


def test_funnel_cumulative_by_hand(funnel_ds):
    # current: lead 3, contact 2, prospect 1, customer 3 (c1; c2 and c3 have orders whatever their status)
    table = funnel(funnel_ds)
    assert table.select("stage", "stage_de", "current", "count").rows() == [
        ("lead", "Lead", 3, 9), ("contact", "Kontakt", 2, 6), ("prospect", "Interessent", 1, 4),
        ("customer", "Kunde", 3, 3)]
    assert table["conversion_rate"].to_list()[1:] == pytest.approx([6 / 9, 4 / 6, 3 / 4])
    assert table["conversion_rate"][0] is None
    assert table["overall_rate"].to_list() == pytest.approx([1.0, 6 / 9, 4 / 9, 3 / 9])
    assert funnel_unmatched(funnel_ds).rows() == [("churned", 1)]


def test_funnel_on_demo(demo_ds):
    statuses = demo_ds.customers["status"].value_counts()
    table = funnel(demo_ds)
    assert table["count"][0] == demo_ds.customers.height == statuses["count"].sum()
    assert table["current"][3] >= 1


def test_funnel_needs_status(tiny_ds):
    with pytest.raises(MissingDataError, match="'customers' table"):
        funnel(tiny_ds)
