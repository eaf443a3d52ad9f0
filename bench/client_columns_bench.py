"""Cost of the client's own columns: import and --data load of Online Retail II with and without ten
extra text and numeric columns, each as a whole process (interpreter start and imports included).

    .venv/bin/python bench/client_columns_bench.py [--runs 3]

The target (issue "Any client's data"): with ten extra columns at most 1.5x the time without them.
Writes the figures as a markdown table to stdout.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
RETAIL = ROOT.parent / "shared" / "data" / "online_retail_ii.parquet"


def with_extras(src: Path, dst: Path) -> None:
    lines = pl.read_parquet(src)
    n = lines.height
    idx = pl.int_range(n, eager=True)
    extra = {
        "Region": (idx % 7).cast(pl.String).replace_strict({str(i): f"R{i}" for i in range(7)}),
        "Category": (idx % 23).cast(pl.String).map_elements(lambda v: f"Cat {v}", return_dtype=pl.String),
        "Segment Code": (idx % 3).cast(pl.String),
        "Ship Mode": (idx % 4).replace_strict({0: "Standard", 1: "Express", 2: "Same Day", 3: "First"}),
        "Sales Rep": (idx % 97).cast(pl.String).map_elements(lambda v: f"Rep {v}", return_dtype=pl.String),
        "Discount": (idx % 5) * 0.05,
        "Weight": (idx % 1000) * 0.1 + 0.5,
        "Shipping Cost": (idx % 50) * 1.25,
        "Priority": idx % 4,
        "Returned Flag": (idx % 20 == 0).cast(pl.Int64),
    }
    lines.with_columns(**extra).write_parquet(dst)


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    insight = str(ROOT / ".venv" / "bin" / "insight")
    with tempfile.TemporaryDirectory() as tmp:
        plain, extra = RETAIL, Path(tmp) / "online_retail_ii_extra.parquet"
        with_extras(plain, extra)
        rows = []
        for label, make in (
            ("import (SQLite)", lambda f, i: [insight, "import", str(f), "-w", f"{tmp}/w{i}.db", "--json"]),
            ("--data load + one question", lambda f, i: [insight, "ask", "total revenue", "--data", str(f), "--json"]),
        ):
            times = {"plain": [], "extra": []}
            for i in range(args.runs):  # the two variants take turns so machine noise hits both alike
                for kind, path in (("plain", plain), ("extra", extra)):
                    times[kind].append(timed(make(path, f"{kind}{i}")))
            p, e = statistics.median(times["plain"]), statistics.median(times["extra"])
            rows.append((label, p, e, e / p))
    print("| command | without extras (s) | with ten extras (s) | ratio |")
    print("|---|---|---|---|")
    for label, p, e, r in rows:
        print(f"| {label} | {p:.2f} | {e:.2f} | {r:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
