"""The insight side of bench/clv_bench.py, run as a child process: Parquet → CLV for every customer.

Default: the lazy engine (scan_parquet with the canonical column names →
clv.summary.collect_summary, i.e. prepare's conventions fused into one streaming summary query, run on
batches of a million lines beyond two million →
BG/NBD + Gamma-Gamma fits → clv_from_summary). ``--dataset``: the path the application takes (read the file, build a Dataset, insight.clv.value.customer_clv).
Prints one JSON line with stage timings and peak RSS; writes customer_id, clv, p_alive, expected_orders.

Usage: .venv/bin/python -m bench.clv_pipeline DATA.parquet AS_OF OUT.parquet [--dataset]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time

from bench.peak import peak_rss_mb

COLUMNS = {"Invoice": "order_id", "Customer ID": "customer_id", "InvoiceDate": "order_date",
           "Quantity": "quantity", "Price": "unit_price"}


def canonical_scan(path):
    """The Online Retail II columns a CLV needs, under their canonical names and dtypes."""
    import polars as pl

    return pl.scan_parquet(path).select(
        pl.col("Invoice").alias("order_id"),
        pl.col("Customer ID").alias("customer_id"),
        pl.col("InvoiceDate").alias("order_date"),
        pl.col("Quantity").cast(pl.Float64).alias("quantity"),
        pl.col("Price").alias("unit_price"),
        pl.lit(None, dtype=pl.Float64).alias("amount"),
        pl.lit(None, dtype=pl.Float64).alias("unit_cost"),
    )


def lazy_engine(path: str, as_of: dt.date, stages: dict):
    from insight.clv import bgnbd, gamma_gamma
    from insight.clv.summary import collect_summary
    from insight.clv.value import clv_from_summary

    mark = time.perf_counter()
    summary = collect_summary(canonical_scan(path), as_of)
    stages["read+summary"] = time.perf_counter() - mark
    mark = time.perf_counter()
    models = {"bgnbd": bgnbd.MODEL.fit(summary, unit="day"), "gg": gamma_gamma.MODEL.fit(summary, unit="day")}
    stages["fit"] = time.perf_counter() - mark
    mark = time.perf_counter()
    table = clv_from_summary(summary, models, 12, 0.10)  # the file has no unit_cost: default margin 1.0
    stages["predict"] = time.perf_counter() - mark
    return table, models


def dataset_path(path: str, as_of: dt.date, stages: dict):
    import polars as pl

    from insight.clv.value import customer_clv, fit_models
    from insight.dataset import Dataset
    from insight.schema import ORDER_LINES

    mark = time.perf_counter()
    frame = canonical_scan(path).collect()
    frame = frame.with_columns([pl.lit(None, dtype=t).alias(c) for c, t in ORDER_LINES.columns.items()
                                if c not in frame.columns]).select(list(ORDER_LINES.columns))
    ds = Dataset(order_lines=frame, source=path)
    stages["read+dataset"] = time.perf_counter() - mark
    mark = time.perf_counter()
    table = customer_clv(ds)
    stages["customer_clv"] = time.perf_counter() - mark
    return table, fit_models(ds)


def main(argv: list[str]) -> None:
    start = time.perf_counter()
    import polars as pl

    import insight.clv.value  # noqa: F401  (imports are timed apart from the pipeline)
    import insight.dataset  # noqa: F401

    path, as_of, out = argv[0], dt.date.fromisoformat(argv[1]), argv[2]
    stages: dict[str, float] = {"import": time.perf_counter() - start}
    run = dataset_path if "--dataset" in argv else lazy_engine
    mark, cpu = time.perf_counter(), time.process_time()
    table, models = run(path, as_of, stages)
    pipeline, pipeline_cpu = time.perf_counter() - mark, time.process_time() - cpu
    total = time.perf_counter() - start
    peak_mb = peak_rss_mb()
    lines = pl.scan_parquet(path).select(pl.len()).collect().item()
    table.select("customer_id", "clv", "p_alive", "expected_orders").write_parquet(out)
    print(json.dumps({"tool": "insight", "seconds": total, "pipeline_seconds": pipeline,
                      "pipeline_cpu_seconds": pipeline_cpu, "stages": stages, "peak_rss_mb": peak_mb,
                      "customers": table.height, "lines": lines,
                      "params": models["bgnbd"].params, "gg_params": models["gg"].params}))


if __name__ == "__main__":
    main(sys.argv[1:])
