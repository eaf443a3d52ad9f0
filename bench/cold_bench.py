"""Whole processes side by side (issue 16): each insight command against its reference, as ratios.

Every command is a fresh process (interpreter start-up and imports included). The runs take turns
(reference, insight, reference, insight, ...) so that load on the shared machine hits both alike; the
table shows medians and the ratio of the medians.

    .venv/bin/python bench/cold_bench.py --runs 5                     # this tree
    .venv/bin/python bench/cold_bench.py --runs 5 --tree /work/wt_before   # another checkout, same venv
    .venv/bin/python bench/cold_bench.py --only ask_data,import_api --pyc  # with a bytecode cache
    .venv/bin/python bench/cold_bench.py --runs 7 --before /work/wt_before  # reference, before, after in turn

``--tree DIR`` puts DIR first on PYTHONPATH, so the same interpreter and libraries run another version
of insight (a before/after pair differs only in insight's own code). By default the children run as this
sandbox does, with ``PYTHONDONTWRITEBYTECODE=1`` and no ``.pyc`` files anywhere: every process compiles
the Python sources of polars and insight it imports. ``--pyc`` gives the children a bytecode cache in a
temporary directory (``PYTHONPYCACHEPREFIX``), warmed by one untimed run first: what an installed package
has. The lifetimes reference needs ``bench/.venv-ref`` (see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = (ROOT / ".." / "shared" / "data" / "online_retail_ii.parquet").resolve()
REF_PY = HERE / ".venv-ref" / "bin" / "python"

FLOOR = ("import polars as pl, sys; "
         "print(pl.scan_parquet(sys.argv[1]).select((pl.col('Quantity') * pl.col('Price')).sum()).collect().item())")
CSV_FLOOR = "import polars as pl, sys; pl.read_csv(sys.argv[1], infer_schema_length=None).write_parquet(sys.argv[2])"
RUN_CLI = "import sys; from insight.cli import main; sys.argv[0] = 'insight'; main()"


def insight(*args: str) -> list[str]:
    return [sys.executable, "-c", RUN_CLI, *args]


CPU: dict[int, list[float]] = {}  # id(command list) -> CPU seconds (user + system) of each run


def timed(cmd: list[str], env: dict, before=None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one whole process; its CPU seconds go to CPU[id(cmd), env]."""
    if before:
        before()
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", *cmd], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    peak_kb, user, system = proc.stderr.strip().splitlines()[-1].split()
    CPU.setdefault(id(cmd) + id(env), []).append(float(user) + float(system))
    return wall, int(peak_kb) / 1024


def replicate(times: int, target: Path) -> Path:
    import polars as pl

    parts = [pl.scan_parquet(DATA).with_columns(
        (pl.col("Customer ID") + k * 1_000_000).alias("Customer ID"),
        (pl.col("Invoice") + f"-{k}").alias("Invoice")) for k in range(times)]
    pl.concat(parts).sink_parquet(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", help="run insight from this checkout (PYTHONPATH) instead of this one")
    parser.add_argument("--only", help="comma-separated pairs: " + ", ".join(
        ["import_api", "import_cli", "ask_data", "ask_data_miss", "ask_ws", "clv_1m", "clv_10m", "import_csv"]))
    parser.add_argument("--pyc", action="store_true", help="children use a (warmed) bytecode cache")
    parser.add_argument("--before", help="also run insight from this checkout in the same rotation "
                                         "(reference, before, after, reference, ...): before/after under one load")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cold_bench_"))
    os.chdir(tmp)  # children run here: ``python -c`` puts the working directory first on sys.path, and a
    # checkout there would shadow the PYTHONPATH of --tree/--before
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(args.tree).resolve()) if args.tree else str(ROOT)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if args.pyc:
        env.pop("PYTHONDONTWRITEBYTECODE")
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pyc")
    # the --data cache (insight.io.cache) of the children: a folder of this run, never the user's; ``ask_data``
    # reads it (filled by the first, untimed run), ``ask_data_miss`` empties it before every run
    cache_dir = tmp / "insight-cache"
    env["INSIGHT_CACHE_DIR"] = str(cache_dir)
    env.pop("INSIGHT_CACHE", None)
    ref_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
    only = set(args.only.split(",")) if args.only else None
    def want(name: str) -> bool:
        return only is None or name in only

    pairs: dict[str, tuple[list[str], list[str], object]] = {}
    floor = [sys.executable, "-c", FLOOR, str(DATA)]
    if want("import_api"):
        pairs["import_api"] = ([sys.executable, "-c", "import polars"],
                               [sys.executable, "-c", "import insight.api"], None)
    if want("import_cli"):
        pairs["import_cli"] = ([sys.executable, "-c", "import polars"],
                               [sys.executable, "-c", "import insight.cli"], None)
    if want("ask_data"):
        pairs["ask_data"] = (floor, insight("ask", "total revenue", "--data", str(DATA), "--json"), None)
        subprocess.run(pairs["ask_data"][1], env=env, check=True, capture_output=True)  # fills the cache
    if want("ask_data_miss"):
        def no_cache() -> None:  # the data entries only (the regex store of insight.query.regex_store stays)
            shutil.rmtree(cache_dir / "data", ignore_errors=True)
            shutil.rmtree(tmp / "insight-cache-before" / "data", ignore_errors=True)

        pairs["ask_data_miss"] = (floor, insight("ask", "total revenue", "--data", str(DATA), "--json"), no_cache)
    if want("ask_ws"):
        ws = tmp / "ws.db"
        subprocess.run(insight("import", str(DATA), "-w", str(ws), "--json"), env=env, check=True,
                       capture_output=True)
        ask_ws = insight("ask", "total revenue", "-w", str(ws), "--json")
        first, first_mb = timed(ask_ws, env)  # the first load after an import also writes the columnar copy
        print(f"ask_ws first ask after the import: {first:.2f} s, peak {first_mb:.0f} MB", flush=True)
        pairs["ask_ws"] = (floor, ask_ws, None)
    if want("clv_1m") or want("clv_10m"):
        if not REF_PY.exists():
            raise SystemExit(f"{REF_PY} missing: see docs/benchmarks.md for the reference venv")
        for name, times in (("clv_1m", 1), ("clv_10m", 10)):
            if not want(name):
                continue
            path = DATA if times == 1 else replicate(times, tmp / f"x{times}.parquet")
            ref = [str(REF_PY), str(HERE / "clv_ref_lifetimes.py"), str(path), "2011-12-10", str(tmp / "ref.parquet")]
            pairs[name] = (ref, insight("clv", "predict", "--data", str(path), "--json"), None)
    if want("import_csv"):
        import polars as pl

        csv = tmp / "online_retail_ii.csv"
        pl.read_parquet(DATA).write_csv(csv)
        ws = tmp / "imp.db"

        def fresh() -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{ws}{suffix}").unlink(missing_ok=True)
            shutil.rmtree(f"{ws}.lines", ignore_errors=True)

        pairs["import_csv"] = ([sys.executable, "-c", CSV_FLOOR, str(csv), str(tmp / "csv.parquet")],
                               insight("import", str(csv), "-w", str(ws), "--json"), fresh)

    # the tree before has a cache folder of its own: entries are keyed by insight's code, and a tree that writes
    # its entry removes the other keys of the same file, so one shared folder would make every run a first call
    old_env = dict(env, PYTHONPATH=str(Path(args.before).resolve()),
                   INSIGHT_CACHE_DIR=str(tmp / "insight-cache-before")) if args.before else None
    if old_env and "ask_data" in pairs:
        subprocess.run(pairs["ask_data"][1], env=old_env, check=True, capture_output=True)  # fills its cache
    results = {}
    for name, (ref, ours, before) in pairs.items():
        print(f"{name:11s} load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
        if args.pyc:  # warm the bytecode cache once, untimed
            timed(ref, ref_env if ref[0] == str(REF_PY) else env, before)
            timed(ours, env, before)
            if old_env:
                timed(ours, old_env, before)
        ref_t, ours_t, ref_m, ours_m, old_t, old_m = [], [], [], [], [], []
        for _ in range(args.runs):
            t, m = timed(ref, ref_env if ref[0] == str(REF_PY) else env, before)
            ref_t.append(t)
            ref_m.append(m)
            if old_env:
                t, m = timed(ours, old_env, before)
                old_t.append(t)
                old_m.append(m)
            t, m = timed(ours, env, before)
            ours_t.append(t)
            ours_m.append(m)
        ref_env_used = ref_env if ref[0] == str(REF_PY) else env
        cpu_ref = statistics.median(CPU[id(ref) + id(ref_env_used)][-args.runs:])
        cpu_new = statistics.median(CPU[id(ours) + id(env)][-args.runs:])
        cpu_old = statistics.median(CPU[id(ours) + id(old_env)][-args.runs:]) if old_env else None
        print(f"{name:11s} CPU s (user+system, median): ref {cpu_ref:.2f}"
              + (f"  before {cpu_old:.2f} (ratio {cpu_old / cpu_ref:.2f})" if old_env else "")
              + f"  after {cpu_new:.2f} (ratio {cpu_new / cpu_ref:.2f})", flush=True)
        low = {k: min(CPU[id(c) + id(e)][-args.runs:]) for k, c, e in
               (("ref", ref, ref_env_used), ("after", ours, env)) + ((("before", ours, old_env),) if old_env else ())}
        print(f"{name:11s} CPU s (user+system, min of {args.runs}): ref {low['ref']:.2f}"
              + (f"  before {low['before']:.2f} (ratio {low['before'] / low['ref']:.2f})" if old_env else "")
              + f"  after {low['after']:.2f} (ratio {low['after'] / low['ref']:.2f}); wall min: ref {min(ref_t):.2f}"
              + (f"  before {min(old_t):.2f} (ratio {min(old_t) / min(ref_t):.2f})" if old_env else "")
              + f"  after {min(ours_t):.2f} (ratio {min(ours_t) / min(ref_t):.2f})", flush=True)
        results[name + "/cpu"] = {k: round(v, 3) for k, v in low.items()}
        if old_env:
            ratios_old = [o / r for o, r in zip(old_t, ref_t)]
            ratios_new = [o / r for o, r in zip(ours_t, ref_t)]
            results[name + "/before"] = {"insight_s": round(statistics.median(old_t), 3),
                                         "ratio_of_medians": round(statistics.median(old_t) / statistics.median(ref_t), 2),
                                         "median_ratio": round(statistics.median(ratios_old), 2),
                                         "insight_peak_mb": round(statistics.median(old_m))}
            print(f"{name:11s} ref {statistics.median(ref_t):6.2f} s  before {statistics.median(old_t):6.2f} s "
                  f"(ratio {statistics.median(ratios_old):5.2f}, peak {statistics.median(old_m):.0f} MB)  after "
                  f"{statistics.median(ours_t):6.2f} s (ratio {statistics.median(ratios_new):5.2f}, peak "
                  f"{statistics.median(ours_m):.0f} MB)  after/before {statistics.median(ours_t) / statistics.median(old_t):4.2f}"
                  "  [median of per-round ratios]", flush=True)
        print(f"{name:11s} load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
        r, o = statistics.median(ref_t), statistics.median(ours_t)
        results[name] = {"reference_s": round(r, 3), "insight_s": round(o, 3), "ratio": round(o / r, 2),
                         "median_ratio": round(statistics.median([a / b for a, b in zip(ours_t, ref_t)]), 2),
                         "reference_min_s": round(min(ref_t), 3), "insight_min_s": round(min(ours_t), 3),
                         "reference_peak_mb": round(statistics.median(ref_m)), "insight_peak_mb":
                         round(statistics.median(ours_m)), "ref_cmd": " ".join(ref[:2] + ref[3:] if ref[1] == "-c"
                                                                              else ref), }
        print(f"{name:11s} ref {r:6.2f} s  insight {o:6.2f} s  ratio {o / r:5.2f}  "
              f"(min {min(ref_t):.2f} / {min(ours_t):.2f}; peak MB {results[name]['reference_peak_mb']} / "
              f"{results[name]['insight_peak_mb']})", flush=True)
    if args.json:
        print(json.dumps(results, indent=1))
    os.chdir(ROOT)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
