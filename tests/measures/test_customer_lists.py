"""Customer lists per segment or measure for a CRM: selection, contact columns, value order, pseudonyms."""

from __future__ import annotations

import polars as pl
import pytest

from insight.errors import UsageError
from insight.measures import customer_list, measures, pseudonymised


def test_a_list_per_segment_label_or_measure_matches_the_segment_table(demo_ds) -> None:
    result = measures(demo_ds, "rfm", "de")
    row = result.table.filter(pl.col("segment") == "At Risk").row(0, named=True)
    by_name = customer_list(result, "At Risk")
    assert by_name.equals(customer_list(result, "gefährdet"))  # the German label selects the same customers
    assert by_name.height == row["customers"]
    assert by_name["revenue"].sum() == pytest.approx(row["revenue"], abs=0.01)
    assert by_name["revenue_at_risk"].sum() == pytest.approx(row["value_at_risk"], abs=0.01)
    assert {"name", "email", "phone", "contact_preference"} <= set(by_name.columns)
    assert by_name["customer_value"].is_sorted(descending=True)
    per_measure = customer_list(result, row["measure"])
    segments = result.table.filter(pl.col("measure") == row["measure"])
    assert per_measure.height == segments["customers"].sum()
    assert customer_list(result, "all").height == result.table["customers"].sum()
    assert not pseudonymised(by_name)


def test_an_unknown_selector_names_the_choices(demo_ds) -> None:
    with pytest.raises(UsageError, match="Stars"):
        customer_list(measures(demo_ds, "portfolio"), "Platinum")


def test_a_pseudonymised_workspace_exports_pseudonyms(tmp_path) -> None:
    import insight.api as ia
    from insight.io.demo import generate_demo

    small = generate_demo(seed=3, n_customers=150)
    with ia.open_workspace(tmp_path / "p.db") as ws:
        ws.import_frame(small.customers, "customers", pseudonymize=True)
        ws.import_frame(small.order_lines, "order_lines", pseudonymize=True)
    result = ia.measures("value-risk", workspace=tmp_path / "p.db")
    people = customer_list(result, "all")
    assert people.height > 0 and pseudonymised(people)
    assert people["email"].drop_nulls().str.ends_with("@pseudonym.invalid").all()
    assert not people["name"].is_in(small.customers["name"].to_list()).any()
