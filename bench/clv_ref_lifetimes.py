"""Reference pipeline for bench/clv_bench.py: lifetimes 0.11.3 on pandas, run in bench/.venv-ref only.

Parquet → the same line conventions as insight (returns and cancellations left out of order values,
orders = invoices whose non-return lines sum to > 0, attributed lines only) → lifetimes'
summary_data_from_transaction_data → BetaGeoFitter + GammaGammaFitter → customer_lifetime_value
for every customer. Prints one JSON line with stage timings and peak RSS; writes customer_id, clv.

Usage: bench/.venv-ref/bin/python bench/clv_ref_lifetimes.py DATA.parquet AS_OF OUT.parquet
"""

from __future__ import annotations

import json
import sys
import time
import warnings

from peak import peak_rss_mb  # bench/ is this script's directory


def main(path: str, as_of: str, out: str) -> None:
    start = time.perf_counter()
    stages: dict[str, float] = {}
    import numpy as np
    import pandas as pd
    from lifetimes import BetaGeoFitter, GammaGammaFitter
    from lifetimes.utils import summary_data_from_transaction_data

    stages["import"] = time.perf_counter() - start
    pipeline_start, cpu_start = time.perf_counter(), time.process_time()
    mark = time.perf_counter()
    df = pd.read_parquet(path, columns=["Invoice", "Quantity", "InvoiceDate", "Price", "Customer ID"])
    stages["read"] = time.perf_counter() - mark

    mark = time.perf_counter()
    df = df[df["InvoiceDate"] < pd.Timestamp(as_of)]
    is_return = (df["Quantity"] < 0) | df["Invoice"].str.startswith("C")
    amount = (df["Quantity"] * df["Price"]).abs()
    amount = amount.where(~is_return, -amount)
    valid = amount.where(~is_return, 0.0).groupby(df["Invoice"]).transform("sum") > 0
    keep = df["Customer ID"].notna() & ~is_return & valid
    tx = pd.DataFrame({"customer_id": df.loc[keep, "Customer ID"].astype("int64"),
                       "date": df.loc[keep, "InvoiceDate"], "amount": amount[keep]})
    end = pd.Timestamp(as_of)
    summary = summary_data_from_transaction_data(tx, "customer_id", "date", monetary_value_col="amount",
                                                 observation_period_end=end, freq="D")
    stages["summary"] = time.perf_counter() - mark

    mark = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # local to the reference run: lifetimes' pandas deprecation noise
        bgf = BetaGeoFitter(penalizer_coef=0.0).fit(summary["frequency"], summary["recency"], summary["T"])
        repeat = summary[(summary["frequency"] > 0) & (summary["monetary_value"] > 0)]
        ggf = GammaGammaFitter(penalizer_coef=0.0).fit(repeat["frequency"], repeat["monetary_value"])
    stages["fit"] = time.perf_counter() - mark

    mark = time.perf_counter()
    monthly = (1.10) ** (1 / 12) - 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        clv = ggf.customer_lifetime_value(bgf, summary["frequency"], summary["recency"], summary["T"],
                                          summary["monetary_value"], time=12, discount_rate=monthly, freq="D")
        alive = bgf.conditional_probability_alive(summary["frequency"], summary["recency"], summary["T"])
        orders = bgf.conditional_expected_number_of_purchases_up_to_time(90, summary["frequency"],
                                                                          summary["recency"], summary["T"])
    result = pd.DataFrame({"customer_id": summary.index.astype("int64"), "clv": np.asarray(clv),
                           "p_alive": np.asarray(alive), "expected_orders": np.asarray(orders)})
    stages["predict"] = time.perf_counter() - mark
    pipeline, pipeline_cpu = time.perf_counter() - pipeline_start, time.process_time() - cpu_start
    total = time.perf_counter() - start
    peak_mb = peak_rss_mb()
    result.to_parquet(out)
    print(json.dumps({"tool": "lifetimes", "seconds": total, "pipeline_seconds": pipeline,
                      "pipeline_cpu_seconds": pipeline_cpu, "stages": stages, "peak_rss_mb": peak_mb,
                      "customers": int(len(result)), "params": {k: float(v) for k, v in bgf.params_.items()},
                      "gg_params": {k: float(v) for k, v in ggf.params_.items()}}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
