"""Persona text from data, and the segment_table / segment_summary entry points."""

import polars as pl
import pytest

from insight.errors import UsageError
from insight.segments import segment_summary, segment_table
from insight.segments.persona import persona


@pytest.fixture
def attr_ds(data):
    customers = pl.DataFrame({
        "customer_id": ["c1", "c2", "c3", "c4", "c5", "c6"],
        "kind": ["b2b", "b2c", "b2c", "b2b", "b2c", "b2c"],
        "industry": ["Retail", None, None, "Hospitality", None, None],
        "acquisition_channel": ["Trade fair", "Website", "Website", "Referral", "Website", "Newsletter"],
        "age": [None, 30.0, 40.0, None, 50.0, 60.0],
    })
    return data.tiny_dataset(customers=customers)


def test_rfm_persona_by_hand(attr_ds):
    # no RFM segment reaches 5 customers, so the highest mean revenue wins: c4 (1000) = Potential Loyalist
    p = persona(attr_ds, "en", "rfm")
    assert (p.segment, p.segment_de, p.size) == ("Potential Loyalist", "potenziell treu", 1)
    assert p.attributes["kind"] == "b2b" and p.attributes["acquisition_channel"] == "Referral"
    assert p.attributes["median_revenue"] == 1000.0 and p.attributes["median_orders"] == 1.0
    assert p.attributes["revenue_share"] == pytest.approx(1000 / 2010)
    assert '"Potential Loyalist"' in p.text and "b2b customer (100 %)" in p.text and "Referral" in p.text
    table = p.table
    assert table.columns == ["attribute", "value"] and table.row(0) == ("segment", "Potential Loyalist")
    assert dict(table.iter_rows())["kind"] == "b2b"
    de = persona(attr_ds, "de", "rfm")
    assert "„potenziell treu“" in de.text and "ein b2b-Kunde (100 %)" in de.text and "1.000 ausgegeben" in de.text
    priced = persona(attr_ds.with_settings(currency="EUR"), "de", "rfm")
    assert "1.000 EUR" in priced.text


def test_persona_bad_arguments(attr_ds):
    with pytest.raises(UsageError):
        persona(attr_ds, "fr")
    with pytest.raises(UsageError):
        persona(attr_ds, method="kmeans")  # abc and portfolio have personas too (issue 14)


def test_segment_table_rfm_and_abc(tiny_ds):
    rfm = segment_table(tiny_ds, "rfm")
    assert rfm.select("customer_id", "segment").rows()[:2] == [("c1", "Champions"), ("c2", "Hibernating")]
    assert {"revenue", "orders", "rfm_score"} <= set(rfm.columns)
    abc = segment_table(tiny_ds, "ABC")
    assert dict(abc.select("customer_id", "segment").iter_rows())["c6"] == "C"
    assert abc.filter(pl.col("customer_id") == "c2")["segment_de"].item() == "B-Kunden"


def test_segment_summary_abc(tiny_ds):
    summary = segment_summary(tiny_ds, "abc")
    assert summary.select("segment", "customers").rows() == [("A", 3), ("B", 2), ("C", 1)]
    assert summary["revenue"].to_list() == pytest.approx([1700.0, 230.0, 80.0])
    assert summary["revenue_share"].to_list() == pytest.approx([1700 / 2010, 230 / 2010, 80 / 2010])


def test_segment_summary_portfolio_and_unknown(tiny_ds):
    assert segment_summary(tiny_ds, "portfolio")["customers"].sum() == 6
    with pytest.raises(UsageError, match="rfm, abc, cluster, portfolio"):
        segment_table(tiny_ds, "kmeans")


def test_retail_segment_summary_rfm(retail_ds):
    summary = segment_summary(retail_ds, "rfm")
    assert dict(summary.select("segment", "customers").iter_rows())["Champions"] == 831
    assert summary["revenue_share"].sum() == pytest.approx(1.0)
