"""Import rules that test each line's value run over the distinct values with their line counts (issue 16): the
guest-id rule and the authorised-not-captured rule give the same frame and the same notes as the row-wise rules
they replace (kept here as the reference), for text ids, integer ids, nulls and empty frames."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from insight.io.canonical import _GUEST_IDS, _authorized_not_captured, _guest_customers
from insight.io.mapping import HeaderMatch
from insight.schema import ORDER_LINES


def _rowwise_guests(out: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    """The rule as it was, over every line."""
    ids = pl.col("customer_id").cast(pl.String).str.strip_chars()
    folded = ids.str.to_lowercase().str.replace_all(r"[^a-z0-9]+", " ").str.strip_chars()
    stats = out.select(words=folded.is_in(list(_GUEST_IDS)).sum(), zeros=ids.str.contains(r"^0+$").sum(),
                       others=(ids.is_not_null() & ~ids.str.contains(r"^0+$")).sum(),
                       numbers=(ids.str.contains(r"^[1-9]\d*$")).sum()).row(0, named=True)
    zero_is_guest = stats["zeros"] > 0 and stats["others"] >= 2 and stats["numbers"] == stats["others"]
    if not stats["words"] and not zero_is_guest:
        return out
    guest = folded.is_in(list(_GUEST_IDS)) | (ids.str.contains(r"^0+$") if zero_is_guest else pl.lit(False))
    n = int(out.select(guest.sum()).item())
    values = out.filter(guest).get_column("customer_id").cast(pl.String).unique().sort().head(3).to_list()
    notes.append(f"{n:,} line{'s' if n != 1 else ''} with the guest id {', '.join(repr(v) for v in values)} in "
                 "'Customer' (no customer): counted as lines without a customer")
    return out.with_columns(customer_id=pl.when(guest).then(None).otherwise(pl.col("customer_id")))


def _rowwise_authorized(out: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    key = pl.col("line_status").cast(pl.String).str.strip_chars().str.to_lowercase()
    row = out.select(captured=(key == "captured").any(), auth=key.is_in(["authorized", "authorised"]).sum()).row(0)
    if not row[0] or not row[1]:
        return out
    notes.append(f"{row[1]:,} payment{'s' if row[1] != 1 else ''} 'authorized' beside 'captured' ones: authorised, "
                 "never captured — no sale (status written 'authorized (not captured)')")
    return out.with_columns(line_status=pl.when(key.is_in(["authorized", "authorised"]))
                            .then(pl.col("line_status").cast(pl.String) + " (not captured)")
                            .otherwise(pl.col("line_status")))


def _match() -> HeaderMatch:
    return HeaderMatch(table=ORDER_LINES, mapping={"Customer": "customer_id"})


IDS = {
    "text with words": ["c1", " Guest ", "c2", "walk-in", None, "c1", "GUEST", "anonymous"],
    "text zeros among numbers": ["2383", "0", "2003", "00", "2405", None, "0"],
    "a zero among text ids": ["A1", "0", "B2", "B2"],
    "one other id only": ["0", "0", "17"],
    "a negative id": ["0", "12", "-3", "14"],
    "no guest": ["a", "b", None],
    "all null": [None, None],
    "empty": [],
}


def _numeric(values: list[str | None]) -> bool:
    return all(v is None or v.strip().lstrip("-").isdigit() for v in values)


@pytest.mark.parametrize(("name", "as_int"), [(n, False) for n in IDS] + [(n, True) for n, v in IDS.items()
                                                                         if _numeric(v)])
def test_guest_ids_over_distinct_values_match_the_rowwise_rule(name: str, as_int: bool) -> None:
    values = IDS[name]
    ids = pl.Series("customer_id", values, dtype=pl.String)
    if as_int:  # ids the reader typed as integers (ask --data, clv --data)
        ids = ids.str.strip_chars().cast(pl.Int64)
    out = pl.DataFrame({"customer_id": ids, "amount": [float(k) for k in range(len(values))]})
    want_notes: list[str] = []
    want = _rowwise_guests(out, want_notes)
    notes: list[str] = []
    got = _guest_customers(out, _match(), notes)
    assert_frame_equal(got, want)
    assert notes == want_notes


STATUSES = {
    "gateway": ["captured", " Authorized", "captured", "AUTHORISED", None, "failed"],
    "authorised alone": ["AUTHORISED", "paid", "AUTHORISED"],
    "captured alone": ["captured", None],
    "all null": [None, None, None],
    "empty": [],
}


@pytest.mark.parametrize("name", list(STATUSES))
def test_authorized_over_distinct_values_matches_the_rowwise_rule(name: str) -> None:
    out = pl.DataFrame({"line_status": pl.Series(STATUSES[name], dtype=pl.String)})
    want_notes: list[str] = []
    want = _rowwise_authorized(out, want_notes)
    notes: list[str] = []
    got = _authorized_not_captured(out, notes)
    assert_frame_equal(got, want)
    assert notes == want_notes
