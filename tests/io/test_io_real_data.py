"""The real shared data sets map without help and keep every row (README figures, metrics.md revenue)."""

from __future__ import annotations

import polars as pl

from insight.io import read_table
from insight.schema import ORDER_LINES


def _revenue(frame: pl.DataFrame) -> float:
    """metrics.md: line amount = amount or quantity × unit_price; a return (quantity < 0 or order id
    starting with C) counts −|q × p|. Revenue is the sum over all lines."""
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    is_return = (pl.col("quantity") < 0) | pl.col("order_id").str.starts_with("C")
    return frame.select(pl.when(is_return).then(-raw.abs()).otherwise(raw).sum()).item()


def test_online_retail_ii_maps_and_keeps_revenue(retail_ii):
    m = retail_ii[1]
    assert m.table == "order_lines"
    assert m.rows_read == 1_044_847 == m.frame.height
    assert m.frame.schema == pl.Schema(ORDER_LINES.columns)
    assert m.mapping == {"Invoice": "order_id", "StockCode": "product_id", "Description": "description",
                         "Quantity": "quantity", "InvoiceDate": "order_date", "Price": "unit_price",
                         "Customer ID": "customer_id", "Country": "country"}
    assert m.extras is None
    assert round(_revenue(m.frame), 2) == 18_908_996.98
    # ids: integers as strings, no '.0', unattributed lines stay null
    ids = m.frame["customer_id"].drop_nulls()
    assert ids.str.contains(r"^\d+$").all()
    assert m.frame["customer_id"].null_count() > 0
    assert len(m.content_hash) == 64


def test_content_hash_is_sha256_of_the_file(retail_ii, data_dir):
    import hashlib

    expected = hashlib.sha256((data_dir / "online_retail_ii.parquet").read_bytes()).hexdigest()
    assert retail_ii[1].content_hash == expected == "43e7d5ab48ede5973af767ac245e9660c8cfb08af253e1a35c86f224466fafd6"


def test_online_retail_old_headers(data_dir):
    m = read_table(data_dir / "online_retail.parquet")
    assert m.table == "order_lines"
    assert m.rows_read == 541_909 == m.frame.height
    assert set(m.mapping) == {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                              "CustomerID", "Country"}
    # README: 4,372 distinct customers, 25,900 distinct invoices, 9,288 cancellation rows
    assert m.frame["customer_id"].n_unique() - 1 == 4_372
    assert m.frame["order_id"].n_unique() == 25_900
    assert m.frame["order_id"].str.starts_with("C").sum() == 9_288


def test_cdnow_master_whitespace_text(data_dir):
    m = read_table(data_dir / "cdnow" / "CDNOW_master.txt")
    assert m.table == "order_lines"
    assert m.rows_read == 69_659 == m.frame.height
    assert m.mapping == {"customer_id": "customer_id", "date": "order_date", "number_of_cds": "quantity",
                         "dollar_value": "amount"}
    f = m.frame
    # first lines of the file: " 00001 19970101  1   11.77", " 00002 19970112  1   12.00", "...  5   77.00"
    assert f.row(0, named=True)["customer_id"] == "1"
    assert f["amount"].head(3).to_list() == [11.77, 12.0, 77.0]
    assert f["quantity"].head(3).to_list() == [1.0, 1.0, 5.0]
    assert str(f["order_date"][0]) == "1997-01-01 00:00:00"
    # one synthetic order per customer and day: customer 2 bought twice on 1997-01-12
    assert f["order_id"].head(3).to_list() == ["D1-19970101", "D2-19970112", "D2-19970112"]
    # CDNOW master has 23,570 customers (Fader & Hardie) and 18 months of 1997-1998
    assert f["customer_id"].n_unique() == 23_570
    assert f["order_date"].min().year == 1997 and f["order_date"].max().year == 1998
    assert any("synthesised" in n for n in m.notes)
