"""A ``--data`` file built for a Dataset types its customer ids once and, for the CLV commands, only the
columns they read (issue 16). Both must give the Dataset the ordinary build gives: the ids typed as text
and parsed back by ``Dataset._harmonise_ids``, every canonical column typed. Compared frame by frame on
Online Retail II (a slice), CDNOW, the demo and the foreign files, and on id columns made to sit on every
edge of the Int64 rule; the CLV's customer summary and margins must be the same numbers.
"""

from __future__ import annotations

import functools
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from insight.clv.summary import LINE_COLUMNS
from insight.clv.value import customer_margin, customer_summary
from insight.dataset import Dataset
from insight.io import read_table
from insight.io.canonical import NARROWABLE, build
from insight.io.exports import _as_number

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
FOREIGN = ("sales_data_sample.csv", "marketing_campaign.csv", "Churn_Modelling.csv")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    if not (DATA / "online_retail_ii.parquet").exists():
        pytest.skip("needs ../shared/data")
    from insight.io.demo import generate_demo

    folder = tmp_path_factory.mktemp("narrowed")
    out = {"retail": folder / "retail.parquet", "demo": folder / "demo.parquet",
           "retail_csv": folder / "retail.csv", "cdnow": DATA / "cdnow" / "CDNOW_master.txt"}
    retail = pl.read_parquet(DATA / "online_retail_ii.parquet", n_rows=120_000)
    retail.write_parquet(out["retail"])
    retail.head(30_000).write_csv(out["retail_csv"])  # ids as text: the reader types nothing
    generate_demo(seed=7, n_customers=600).order_lines.write_parquet(out["demo"])
    for name in FOREIGN:
        out[name] = DATA / "foreign" / name
    return out


@functools.cache
def _dataset(path: Path, typed_ids: bool, needed: tuple[str, ...] | None) -> Dataset:
    mapped = read_table(path, typed_ids=typed_ids, needed=needed)
    if mapped.table == "customers":
        return Dataset(order_lines=pl.DataFrame(), customers=mapped.frame)
    return Dataset(order_lines=mapped.frame)


NAMES = ["retail", "retail_csv", "demo", "cdnow", *FOREIGN]


@pytest.mark.parametrize("name", NAMES)
def test_ids_typed_once_give_the_datasets_frames(files, name):
    before, after = _dataset(files[name], False, None), _dataset(files[name], True, None)
    if name == "retail":  # integer ids in the file: typed by the build, not written out and parsed back
        assert read_table(files[name], typed_ids=True).frame.schema["customer_id"] == pl.Int64
    assert_frame_equal(after.order_lines, before.order_lines, check_exact=True)
    assert_frame_equal(after.customers, before.customers, check_exact=True)


@pytest.mark.parametrize("name", NAMES)
def test_the_clv_build_differs_only_in_the_text_columns_it_does_not_read(files, name):
    full, narrow = _dataset(files[name], True, None), _dataset(files[name], True, LINE_COLUMNS)
    if full.order_lines.height == 0:
        pytest.skip("a customers table: nothing to narrow")
    left_out = [c for c in NARROWABLE if c not in LINE_COLUMNS]
    assert narrow.order_lines.select(pl.col(left_out).null_count()).row(0) == (narrow.order_lines.height,) * len(left_out)
    assert_frame_equal(narrow.order_lines.drop(left_out), full.order_lines.drop(left_out), check_exact=True)
    assert_frame_equal(narrow.customers, full.customers, check_exact=True)
    # the summary's means are sums in polars' thread order: equal up to the last bit, as between any two runs
    if full.order_lines.get_column("customer_id").null_count() < full.order_lines.height:
        assert_frame_equal(customer_summary(narrow), customer_summary(full), check_row_order=False)
        assert_frame_equal(customer_margin(narrow), customer_margin(full), check_row_order=False)


def _ids(values: pl.Series) -> pl.DataFrame:
    n = values.len()
    frame = pl.DataFrame({"Customer ID": values, "InvoiceDate": pl.repeat("2024-03-01", n, eager=True),
                          "Amount": pl.repeat(1.5, n, eager=True)})
    return frame


@pytest.mark.parametrize("values", [
    pl.Series([17850, -3, 0, None, 999_999_999_999_999_999], dtype=pl.Int64),  # 18 digits: Int64
    pl.Series([17850, 1_000_000_000_000_000_000], dtype=pl.Int64),             # 19 digits: text
    pl.Series([1, 2**64 - 1], dtype=pl.UInt64),
    pl.Series([7, 8], dtype=pl.Int8),
    pl.Series([17850.0, None, float("nan"), 12.0]),                             # whole floats: Int64
    pl.Series([17850.0, 1.5]),                                                  # not whole: text
    pl.Series([1e18, 5.0]),
    pl.Series([" 00017", "00018 ", "", "NA", None]),                            # zero padding stripped
    pl.Series(["17850", "-4", "0", "x1"]),
    pl.Series(["-0", "5"]),
    pl.Series(["1234567890123", "12.0"]),                                      # 13 digits beyond AMOUNT_MAX
    pl.Series([None, None], dtype=pl.Int64),
], ids=lambda s: str(s.to_list())[:40])
def test_typed_ids_on_every_edge_of_the_integer_rule(values):
    frame = _ids(values)
    typed = Dataset(order_lines=build(frame, "order_lines", None, "<ids>", "h", [], typed_ids=True).frame)
    text = Dataset(order_lines=build(frame, "order_lines", None, "<ids>", "h", [], typed_ids=False).frame)
    assert_frame_equal(typed.order_lines, text.order_lines, check_exact=True)


@pytest.mark.parametrize("values", [
    pl.Series([2.55, 1e-7, 123456.789, None, float("nan"), -0.0]),
    pl.Series([3, -2, None, 2**60]),
])
def test_numbers_read_directly_equal_the_text_round_trip(values):
    frame = pl.DataFrame({"x": values})
    text = frame.select(pl.col("x").cast(pl.String).str.strip_chars().str.replace(",", ".").cast(pl.Float64, strict=False))
    assert_frame_equal(frame.select(_as_number(frame, "x")), text, check_exact=True)


@pytest.mark.parametrize("name", ["retail", "demo", "cdnow"])
def test_line_metrics_without_order_validity_skip_the_real_order_join_and_agree(files, name):
    """Lazy prepared lines (``ask --data``) carry the same lines without ``is_order`` beside them: a query that
    never reads it runs there, one that does falls back to the whole prepared lines; both give the collected
    path's frames."""
    from insight.cli.ask_cmds import _lazy_line_metrics
    from insight.metrics.grouped import grouped_metrics
    from insight.metrics.lines import LEAN_KEY, lean_lines
    from insight.query import Session

    lazy = Dataset(order_lines=_dataset(files[name], True, None).order_lines)
    _lazy_line_metrics(Session(lazy), "total revenue")
    if lean_lines(lazy) is None:
        pytest.skip("this file keeps the ordinary path")
    assert "JOIN" not in lean_lines(lazy).explain() and "is_order" not in lean_lines(lazy).collect_schema()
    assert (LEAN_KEY, lazy.as_of) in lazy._cache
    collected = Dataset(order_lines=lazy.order_lines)
    place = "country" if lazy.order_lines.get_column("country").null_count() < lazy.order_lines.height else "year"
    for metrics, by in ((["revenue", "quantity", "order_lines"], []), (["revenue"], [place]),
                        (["orders", "aov", "customers"], ["month"]), (["unattributed_revenue"], ["year"])):
        got = grouped_metrics(lazy, metrics, by)
        want = grouped_metrics(collected, metrics, by)
        assert_frame_equal(got.sort(by) if by else got, want.sort(by) if by else want)
