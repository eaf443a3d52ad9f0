"""Two real `insight import` processes on one workspace both finish (the second waits for the first),
and a load during an import sees the workspace before or after it, never half of it. Both backends."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import time

import polars as pl
import pytest

from insight.workspace import Workspace
from wshelpers import INSIGHT

pytestmark = [pytest.mark.slow, pytest.mark.long(15)]  # real processes, each waits for the others


def _orders_csv(path, first_order: int, n_orders: int, lines_per_order: int = 4) -> int:
    n = n_orders * lines_per_order
    i = pl.int_range(n, eager=True)
    frame = pl.DataFrame(
        {
            "Invoice": (i // lines_per_order + first_order).cast(pl.String),
            "Customer ID": i // (lines_per_order * 3) + first_order,
            "InvoiceDate": pl.datetime_range(
                dt.datetime(2020, 1, 1), dt.datetime(2020, 1, 1) + dt.timedelta(minutes=n - 1), "1m", eager=True
            ),
            "Quantity": i % 5 + 1,
            "Price": [2.5] * n,
        }
    )
    frame.write_csv(path)
    return n


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ}
    env.pop("INSIGHT_WORKSPACE", None)
    return subprocess.Popen([str(INSIGHT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _finish(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err
    return json.loads(out)


def test_three_imports_at_once_all_finish_and_the_duplicate_is_imported_once(location, tmp_path):
    """a.csv, b.csv and a.csv again, started together: all three exit 0; a is imported once (the other
    process reports it unchanged), b once; every line is there exactly once."""
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    n_a = _orders_csv(a, 1_000_000, 6_000)
    n_b = _orders_csv(b, 2_000_000, 6_000)
    Workspace.open(location).close()
    procs = [_start("import", str(p), "--workspace", location, "--json") for p in (a, b, a)]
    reports = [_finish(p)["imports"][0] for p in procs]
    by_file: dict[str, list[str]] = {}
    for r in reports:
        by_file.setdefault(r["file"], []).append(r["status"])
    assert sorted(by_file["a.csv"]) == ["imported", "unchanged"] and by_file["b.csv"] == ["imported"]
    with Workspace.open(location) as ws:
        assert ws.load().order_lines.height == n_a + n_b
        assert ws.imports().height == 2


def test_load_during_an_import_sees_before_or_after(location, tmp_path):
    base = tmp_path / "base.csv"
    n_base = _orders_csv(base, 1, 1_000)
    big = tmp_path / "big.csv"
    n_big = _orders_csv(big, 5_000_000, 25_000)
    customers = tmp_path / "customers.csv"
    pl.DataFrame({"Kundennummer": list(range(1, 500)), "Branche": ["retail"] * 499}).write_csv(customers)
    with Workspace.open(location) as ws:
        ws.import_files([base])
    before = (n_base, 0)
    after = (n_base + n_big, 499)
    proc = _start("import", str(big), str(customers), "--workspace", location, "--json")
    seen = []
    with Workspace.open(location) as ws:
        while proc.poll() is None:
            ds = ws.load()
            seen.append((ds.order_lines.height, ds.customers.height))
            time.sleep(0.05)
        assert proc.returncode == 0, proc.stderr.read()
        final = ws.load()
        seen.append((final.order_lines.height, final.customers.height))
    assert set(seen) <= {before, after}, set(seen)
    assert seen[0] == before and seen[-1] == after
