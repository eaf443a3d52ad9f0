"""Streaming over data larger than memory (issue 16): N order lines on polars' streaming engine.

Writes Online Retail II repeated k times (customer ids shifted by k·10⁶, invoices suffixed ``-k``) as one
Parquet file, a copy at a time (each copy is a row group of its own; the writer never holds more than one
copy), then runs each step as a whole process and records wall time and peak RSS (``/usr/bin/time``):

- ``ask``: ``insight ask "Umsatz nach Land" --data FILE --json --stream`` (line metrics by country);
- ``ask_month``: ``insight ask "revenue by month" ...``;
- ``summary``: ``insight.query.streamed.customer_summary`` of the file (per customer: orders, revenue,
  first/last order, recency / frequency / monetary value).

    df -h /tmp                                          # 100 copies take ~0.6 GB of Parquet
    .venv/bin/python bench/stream_bench.py --copies 10,100 [--keep]

The file is deleted afterwards unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = (ROOT / ".." / "shared" / "data" / "online_retail_ii.parquet").resolve()
RUN_CLI = "import sys; from insight.cli import main; sys.argv[0] = 'insight'; main()"
SUMMARY = ("import sys, datetime as dt; from insight.query.streamed import scan, customer_summary; "
           "s = customer_summary(scan(sys.argv[1]).lines, dt.date(2011, 12, 10)); "
           "print(s.height, round(s['revenue'].sum(), 2))")


def write_copies(copies: int, target: Path) -> int:
    """Online Retail II ×copies into one Parquet file, one copy per row group; returns the line count."""
    import polars as pl
    import pyarrow.parquet as pq

    base = pl.read_parquet(DATA)
    writer = None
    try:
        for k in range(copies):
            part = base.with_columns((pl.col("Customer ID") + k * 1_000_000).alias("Customer ID"),
                                     (pl.col("Invoice") + f"-{k}").alias("Invoice")).to_arrow()
            if writer is None:
                writer = pq.ParquetWriter(target, part.schema, compression="lz4")
            writer.write_table(part, row_group_size=base.height)
    finally:
        if writer is not None:
            writer.close()
    return base.height * copies


def timed(cmd: list[str], env: dict) -> dict:
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", *cmd], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    peak_kb, user, system = proc.stderr.strip().splitlines()[-1].split()
    return {"wall_s": round(wall, 2), "cpu_s": round(float(user) + float(system), 2),
            "peak_mb": round(int(peak_kb) / 1024), "out": proc.stdout.strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="10,100", help="comma-separated numbers of copies of Online Retail II")
    parser.add_argument("--dir", default=tempfile.gettempdir())
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    results = []
    for copies in (int(c) for c in args.copies.split(",")):
        path = Path(args.dir) / f"stream_bench_x{copies}.parquet"
        try:
            t = time.perf_counter()
            lines = write_copies(copies, path)
            written = time.perf_counter() - t
            print(f"{copies} copies: {lines:,} lines, {path.stat().st_size / 1e9:.2f} GB written in {written:.0f} s",
                  flush=True)
            runs = {
                "ask": [sys.executable, "-c", RUN_CLI, "ask", "Umsatz nach Land", "--data", str(path), "--json",
                        "--stream"],
                "ask_month": [sys.executable, "-c", RUN_CLI, "ask", "revenue by month", "--data", str(path),
                              "--json", "--stream"],
                "summary": [sys.executable, "-c", SUMMARY, str(path)],
            }
            for name, cmd in runs.items():
                r = timed(cmd, env)
                if name.startswith("ask"):
                    answer = json.loads(r.pop("out"))
                    r["status"], r["first_row"] = answer["status"], (answer["rows"] or [None])[0]
                else:
                    r["out"] = r["out"][:200]
                results.append({"copies": copies, "lines": lines, "step": name, **r})
                print(json.dumps(results[-1], ensure_ascii=False), flush=True)
        finally:
            if not args.keep:
                path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
