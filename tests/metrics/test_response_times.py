"""Response times (insight.analyses.response_times): the two timestamp columns are found by their header
words in German and English, the numbers are those of a hand computation, and a table without an answer
timestamp is refused in one sentence."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.analyses.response_times import (complaint_response_by_outcome, response_times,
                                             timestamp_columns)
from insight.dataset import Dataset
from insight.errors import MissingDataError


def _dataset(interactions: pl.DataFrame) -> Dataset:
    lines = pl.DataFrame({
        "order_id": ["1", "2", "3", "4"],
        "customer_id": ["a", "a", "b", "c"],
        "order_date": [dt.datetime(2023, 1, 2), dt.datetime(2023, 6, 1), dt.datetime(2023, 1, 3),
                       dt.datetime(2025, 6, 1)],
        "amount": [10.0, 20.0, 30.0, 40.0],
    })
    customers = pl.DataFrame({"customer_id": ["a", "b", "c"], "kind": ["b2c", "b2b", "b2c"]})
    return Dataset(order_lines=lines, customers=customers, interactions=interactions)


def german_table() -> pl.DataFrame:
    """German headers with text timestamps; 'happened_at' is the day of the note, the request came earlier."""
    return pl.DataFrame({
        "customer_id": ["a", "b", "b", "a", "c"],
        "happened_at": [dt.datetime(2023, 3, 1, 9)] * 5,
        "kind": ["Beschwerde", "Beschwerde", "E-Mail", "E-Mail", "Beschwerde"],
        "Eingang am": ["01.03.2023 08:00", "10.02.2023 10:00", "01.03.2023 08:00", "01.03.2023 08:00",
                       "01.03.2025 08:00"],
        "Beantwortet am": ["01.03.2023 20:00", "14.02.2023 10:00", None, "01.03.2023 09:30", "05.03.2025 08:00"],
        "Antworttext": ["ok", "ok", None, "ok", "ok"],
    })


def test_german_headers_are_found_and_hours_are_those_by_hand():
    frame = german_table()
    assert timestamp_columns(frame) == ("Eingang am", "Beantwortet am")
    rows = {r["interaction_kind"]: r for r in response_times(_dataset(frame)).iter_rows(named=True)}
    # complaints: a 12 h, b 96 h, c 96 h; e-mails: a 1.5 h, b unanswered
    c, e = rows["complaint"], rows["email"]
    assert (c["requests"], c["answered"], c["median_hours"]) == (3, 3, 96.0)
    assert c["mean_hours"] == pytest.approx((12 + 96 + 96) / 3)
    assert c["within_share"] == pytest.approx(1 / 3) and c["within_hours"] == 48.0
    assert (e["requests"], e["answered"], e["answered_share"], e["mean_hours"]) == (2, 1, 0.5, 1.5)
    # a threshold of 100 hours: every answered complaint is within it
    wide = response_times(_dataset(frame), within_hours=100).filter(pl.col("interaction_kind") == "complaint")
    assert wide["within_share"][0] == 1.0


def test_english_headers_and_groups_of_customers():
    frame = german_table().rename({"Eingang am": "requested_at", "Beantwortet am": "replied_at"}).with_columns(
        pl.col("requested_at").str.to_datetime("%d.%m.%Y %H:%M"), pl.col("replied_at").str.to_datetime("%d.%m.%Y %H:%M"))
    assert timestamp_columns(frame) == ("requested_at", "replied_at")
    by_kind = {r["kind"]: r for r in response_times(_dataset(frame), "kind").iter_rows(named=True)}
    assert (by_kind["b2b"]["requests"], by_kind["b2b"]["answered"], by_kind["b2b"]["mean_hours"]) == (2, 1, 96.0)
    assert by_kind["b2c"]["median_hours"] == 12.0  # a 12 h and 1.5 h, c 96 h


def test_without_request_column_happened_at_is_the_request():
    frame = german_table().drop("Eingang am")
    assert timestamp_columns(frame) == ("happened_at", "Beantwortet am")
    rows = {r["interaction_kind"]: r for r in response_times(_dataset(frame)).iter_rows(named=True)}
    assert rows["email"]["mean_hours"] == 0.5  # 09:00 → 09:30


def test_complaints_by_what_the_customer_did_afterwards():
    table = complaint_response_by_outcome(_dataset(german_table()))
    rows = {r["outcome"]: r for r in table.iter_rows(named=True)}
    # a complained 2023-03-01 and ordered 2023-06-01: stayed (12 h); b complained 2023-02-10 and never
    # ordered again: churned (96 h); c's complaint of 2025-03-01 is less than a year old: open
    assert list(rows) == ["stayed", "churned", "open"]
    assert (rows["stayed"]["complaints"], rows["stayed"]["median_hours"]) == (1, 12.0)
    assert (rows["churned"]["complaints"], rows["churned"]["median_hours"]) == (1, 96.0)
    assert rows["open"]["complaints"] == 1


@pytest.mark.parametrize("frame", [
    german_table().drop("Beantwortet am"),                     # no answer column at all
    german_table().drop("Beantwortet am").with_columns(Antwort=pl.lit("schnell")),  # an answer word, not a time
    pl.DataFrame(schema={"customer_id": pl.String, "happened_at": pl.Datetime("us"), "kind": pl.String}),
])
def test_a_table_without_answer_timestamps_is_refused_in_one_sentence(frame):
    with pytest.raises(MissingDataError, match="answered_at") as info:
        response_times(_dataset(frame))
    assert "\n" not in str(info.value) and "Interaktionen" in str(info.value)


def test_only_the_kinds_asked_for_and_kinds_never_answered_are_no_requests():
    frame = pl.concat([german_table(), pl.DataFrame({
        "customer_id": ["a"], "happened_at": [dt.datetime(2023, 3, 1, 9)], "kind": ["Besuch"],
        "Eingang am": ["01.03.2023 08:00"], "Beantwortet am": [None], "Antworttext": [None]},
        schema=german_table().schema)])
    everything = response_times(_dataset(frame))
    assert everything["interaction_kind"].to_list() == ["complaint", "email"]  # the visit has no answer anywhere
    # the complaints alone, asked in English or German spelling
    for asked in (["complaint"], ["Beschwerden"]):
        only = response_times(_dataset(frame), kinds=asked)
        assert only["interaction_kind"].to_list() == ["complaint"] and only["requests"][0] == 3
    # complaints of customer type b2b only (b: 96 h) and requests in March 2023 only (a: 12 h)
    b2b = response_times(_dataset(frame), "kind", kinds=["complaint"]).filter(pl.col("kind") == "b2b")
    assert (b2b["requests"][0], b2b["median_hours"][0]) == (1, 96.0)
    march = response_times(_dataset(frame), kinds=["complaint"], start=dt.date(2023, 3, 1), end=dt.date(2023, 4, 1))
    assert (march["requests"][0], march["median_hours"][0]) == (1, 12.0)
    picked = response_times(_dataset(frame), kinds=["complaint"], customers=pl.Series(["b", "c"]))
    assert picked["requests"][0] == 2
