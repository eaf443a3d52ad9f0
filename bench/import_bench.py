"""Import and load speed of the workspace: `insight import` of Online Retail II (1,044,847 lines) and of
the same file replicated to 10,448,470 lines (customer ids shifted by k*10^6, invoices suffixed -k),
then `Workspace.load()` twice: the first load after an import reads the table and writes the columnar copy
(insight.workspace.columnar), the second ("reload") reads the copy. Each step runs in its own subprocess so
that its peak RSS is its own.

    .venv/bin/python bench/import_bench.py [--sizes 1 10] [--backend sqlite|postgresql] [--write-docs]

Figures go to stdout as a table and, with --write-docs, into docs/benchmarks.md under
"## Import and load" (only that section is replaced).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak import peak_rss_mb  # bench/ is this script's directory

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "online_retail_ii.parquet"
SECTION = "## Import and load"


def replicate(times: int, target: Path) -> Path:
    import polars as pl

    if times == 1:
        return DATA
    base = pl.scan_parquet(DATA)
    parts = [base.with_columns(pl.col("Customer ID") + k * 1_000_000,
                               pl.col("Invoice") + f"-{k}") for k in range(times)]
    pl.concat(parts).sink_parquet(target)
    return target


def child(step: str, file: str, workspace: str) -> None:
    """One measured step in this process: prints JSON with seconds and peak RSS (MB)."""
    from insight.workspace import Workspace

    started, cpu = time.perf_counter(), time.process_time()
    with Workspace.open(workspace) as ws:
        if step == "import":
            report = ws.import_files([Path(file)])[0]
            rows = report.rows
        else:
            rows = ws.load().order_lines.height
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak = peak_rss_mb()
    print(json.dumps({"step": step, "rows": rows, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                      "peak_mb": round(peak)}))


def run_child(step: str, file: Path, workspace: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", step, "--file", str(file), "--workspace", workspace],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_docs(rows: list[dict], backend: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    load_avg = os.getloadavg()[0]
    lines = [
        SECTION, "",
        "`insight import` of a Parquet file into a new workspace, then `Workspace.load()` of everything into a",
        "Dataset. Each step runs in its own subprocess; seconds are wall time inside the step (after imports),",
        "CPU s is the step's `process_time` (all threads): on a busy machine wall time is mostly waiting for",
        "the disk, CPU time is what the step itself costs. Peak RSS is the step's own high-water mark (VmHWM). 10× = Online Retail II replicated with shifted customer ids",
        "and suffixed invoices.", "",
        f"Command: `.venv/bin/python bench/import_bench.py --sizes {' '.join(dict.fromkeys(str(r['times']) for r in rows))} "
        f"--backend {backend} --write-docs`", "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"backend {backend}; 1-minute load average at the end of the run: {load_avg:.1f} "
        "(other jobs were running, so these are upper bounds).", "",
        "| lines | step | wall s | CPU s | lines/s (wall) | peak RSS MB |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        rate = r["rows"] / r["seconds"] if r["seconds"] else 0
        cpu = f"{r['cpu_seconds']:.1f}" if "cpu_seconds" in r else "–"
        lines.append(f"| {r['rows']:,} | {r['step']} | {r['seconds']:.1f} | {cpu} | {rate:,.0f} | {r['peak_mb']:,} |")
    section = "\n".join(lines) + "\n"
    if SECTION in text:
        start = text.index(SECTION)
        nxt = text.find("\n## ", start + len(SECTION))
        text = text[:start] + section + (text[nxt + 1:] if nxt != -1 else "")
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10], help="replication factors")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--child", choices=["import", "load", "reload"])
    parser.add_argument("--file")
    parser.add_argument("--workspace")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.file, args.workspace)
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="insight-bench-") as tmp:
        for times in args.sizes:
            source = replicate(times, Path(tmp) / f"retail_x{times}.parquet")
            if args.backend == "sqlite":
                workspace = str(Path(tmp) / f"bench_x{times}.db")
            else:
                workspace = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?schema=insight_bench_x{times}"
            for step in ("import", "load", "reload"):
                result = run_child(step, source, workspace) | {"times": times}
                print(f"{result['rows']:>12,} lines  {step:<6} {result['seconds']:>8.1f} s  "
                      f"{result['peak_mb']:>6,} MB", flush=True)
                rows.append(result)
            if args.backend == "postgresql":
                import psycopg

                with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True) as c:
                    c.execute(f"DROP SCHEMA IF EXISTS insight_bench_x{times} CASCADE")
    if args.write_docs:
        write_docs(rows, args.backend)


if __name__ == "__main__":
    main()
