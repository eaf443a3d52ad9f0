"""What-if for the lead: the CLV summary with the shipped ``metrics.lines.prepare`` vs a proposed variant.

Proposed (NOT shipped, lives only here): the fallback order key with ``when/then`` instead of
``coalesce`` (so no string is built where ``order_id`` exists), and order validity as
``group_by(order_key)`` + join instead of a window, collected with the streaming engine.
Each variant runs in its own subprocess; prints CPU seconds, wall seconds and peak RSS.

    .venv/bin/python bench/clv_prepare_variant.py [PARQUET]       # default: Online Retail II
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AS_OF = dt.date(2011, 12, 10)


def proposed_prepare(lines, as_of):
    import polars as pl

    from insight.metrics.lines import is_return_expr, line_amount_expr

    cutoff = dt.datetime.combine(as_of, dt.time())
    fallback = pl.concat_str([pl.col("customer_id").cast(pl.String), pl.col("order_date").dt.strftime("%Y%m%d")],
                             separator="-")
    key = pl.when(pl.col("order_id").is_not_null()).then(pl.col("order_id")).otherwise(fallback)
    base = (lines.filter(pl.col("order_date") < cutoff)
            .with_columns(is_return=is_return_expr(), order_key=key, order_day=pl.col("order_date").dt.date())
            .with_columns(line_amount=line_amount_expr()))
    valid = (base.filter(~pl.col("is_return")).group_by("order_key")
             .agg(is_order=pl.col("line_amount").sum() > 0))
    return base.join(valid, on="order_key", how="left").with_columns(pl.col("is_order").fill_null(False))


def child(variant: str, path: str) -> None:
    from bench.clv_pipeline import canonical_scan
    from insight.clv.summary import summary_from_lines
    from insight.metrics.lines import prepare

    wall, cpu = time.perf_counter(), time.process_time()
    if variant == "shipped":
        out = summary_from_lines(prepare(canonical_scan(path), AS_OF), AS_OF).collect()
    else:
        out = summary_from_lines(proposed_prepare(canonical_scan(path), AS_OF), AS_OF).collect(engine="streaming")
    print(json.dumps({"variant": variant, "cpu_seconds": time.process_time() - cpu,
                      "wall_seconds": time.perf_counter() - wall, "customers": out.height,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "checksum": [int(out["frequency"].sum()), round(float(out["monetary_value"].sum()), 4)]}))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        child(sys.argv[2], sys.argv[3])
        return
    path = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "data" / "online_retail_ii.parquet")
    for variant in ("shipped", "proposed"):
        proc = subprocess.run([sys.executable, __file__, "--child", variant, path], capture_output=True, text=True,
                              cwd=ROOT, check=True)
        print(proc.stdout.strip())


if __name__ == "__main__":
    main()
