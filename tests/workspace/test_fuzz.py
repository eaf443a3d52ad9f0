"""Property: random malformed CSV-like bytes through `insight import` never give a traceback or an
internal error, and a failed import never leaves a partial write."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from insight.workspace import Workspace
from wshelpers import fingerprint, run_main

HEADERS = ["Invoice", "Customer ID", "InvoiceDate", "Quantity", "Price", "Amount", "Kundennummer", "Datum",
           "Betrag", "Menge", "", "x", "Name", "E-Mail", "coupon_id", "issued_at", "nps", "response_date"]
CELLS = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["2011-01-05", "31.12.2011", "2011-13-45", "1.234,56", "-3", "C123", "", "NaN", "1e400",
                     "00017", "\"", "\"a,b\"", "2011-01-05 25:61"]),
    st.integers(min_value=-10**20, max_value=10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@st.composite
def csv_like(draw) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", " ", "|"]))
    header = draw(st.lists(st.sampled_from(HEADERS), max_size=7))
    rows = draw(st.lists(st.lists(CELLS, max_size=8), max_size=6))
    text = "\n".join(delimiter.join(r) for r in [header, *rows])
    data = text.encode(draw(st.sampled_from(["utf-8", "latin-1", "utf-16"])), errors="replace")
    noise = draw(st.binary(max_size=12))
    at = draw(st.integers(min_value=0, max_value=len(data)))
    return data[:at] + noise + data[at:]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(content=csv_like(), suffix=st.sampled_from([".csv", ".txt", ".tsv", ".parquet", ".xlsx"]))
def test_random_bytes_never_traceback_nor_partial_write(content, suffix, tmp_path, capsys, monkeypatch):
    workspace = tmp_path / "fuzz.db"
    with Workspace.open(str(workspace)) as ws:
        before = fingerprint(ws)
    target = tmp_path / f"input{suffix}"
    target.write_bytes(content)
    code, out, err = run_main(["import", str(target), "-w", str(workspace), "--json"], capsys, monkeypatch)
    assert "Traceback" not in err and "internal error" not in err, err
    assert code in (0, 1), (code, err)
    with Workspace.open(str(workspace)) as ws:
        after = fingerprint(ws)
    if code == 1:
        assert len(err.strip().splitlines()) == 1 and err.startswith("insight: error: "), err
        assert after == before
    else:
        assert out.startswith("{") and after["imports"] in (before["imports"], before["imports"] + 1)
