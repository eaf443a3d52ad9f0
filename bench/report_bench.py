"""How long ``insight report`` takes as a whole process (issue 15 asks for under 20 s), on the demo workspace
and on Online Retail II, in German and English, for each format alone (HTML, PDF, PPTX) and all three from
one build.

Every run is a fresh ``insight report`` process: interpreter start-up, imports, loading the data, the models
(CLV, segments), the pages, and writing the file(s); the PDF includes starting headless Chromium. Runs of the
cases take turns (case 1, case 2, ..., case 1, ...) so that load on the shared machine hits all alike; the
table shows the median and the slowest run, and the median CPU seconds (user + system of the process and
the children it waited for, Chromium's included): on a shared machine the wall time grows with the load
(printed at the start and end), the CPU time hardly does.

    .venv/bin/python bench/report_bench.py --runs 3            # the table for docs/benchmarks.md
    .venv/bin/python bench/report_bench.py --runs 1 --only demo --json

The demo workspace is written once into a temporary folder (``insight demo``, seed 7, 3 000 customers).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RETAIL = (ROOT / ".." / "shared" / "data" / "online_retail_ii.parquet").resolve()
INSIGHT = [str(Path(sys.executable).parent / "insight")]  # the console script, as a user runs it
FORMATS = {"html": ["--out", "{dir}/r.html"], "pdf": ["--pdf", "{dir}/r.pdf"], "pptx": ["--pptx", "{dir}/r.pptx"],
           "all": ["--out", "{dir}/r.html", "--pdf", "{dir}/r.pdf", "--pptx", "{dir}/r.pptx"]}
BOUND_S = 20.0


def _cases(data: dict[str, list[str]], formats: list[str]) -> list[tuple[str, str, str, list[str]]]:
    return [(name, lang, fmt, [*INSIGHT, "report", *source, "--lang", lang, "--client", "Muster GmbH", "--json",
                                *FORMATS[fmt]])
            for name, source in data.items() for lang in ("de", "en") for fmt in formats]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=("demo", "retail"), default=None)
    parser.add_argument("--formats", default="html,pdf,pptx,all")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    formats = [f for f in args.formats.split(",") if f]
    work = Path(tempfile.mkdtemp(prefix="insight-report-bench-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        data: dict[str, list[str]] = {}
        if args.only in (None, "demo"):
            subprocess.run([*INSIGHT, "demo", "--workspace", str(work / "demo.db"), "--json"], check=True,
                           capture_output=True, env=env, cwd=ROOT)
            data["demo"] = ["--workspace", str(work / "demo.db")]
        if args.only in (None, "retail"):
            data["retail"] = ["--data", str(RETAIL)]
        cases = _cases(data, formats)
        times: dict[int, list[float]] = {i: [] for i in range(len(cases))}
        cpu: dict[int, list[float]] = {i: [] for i in range(len(cases))}
        load_before = os.getloadavg()[0]
        pages: dict[int, int] = {}
        for _ in range(args.runs):
            for i, (_name, _lang, _fmt, command) in enumerate(cases):
                out = work / f"case{i}"
                out.mkdir(exist_ok=True)
                argv = [part.format(dir=out) for part in command]
                used = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                run = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT)
                times[i].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[i].append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
                if run.returncode:
                    print(f"failed: {' '.join(argv)}\n{run.stderr or run.stdout}", file=sys.stderr)
                    return 1
                pages[i] = json.loads(run.stdout)["pages"]
        rows = [{"data": name, "lang": lang, "format": fmt, "pages": pages[i],
                 "median_s": round(statistics.median(times[i]), 2), "max_s": round(max(times[i]), 2),
                 "cpu_s": round(statistics.median(cpu[i]), 2)}
                for i, (name, lang, fmt, _cmd) in enumerate(cases)]
        if args.json:
            print(json.dumps(rows))
        else:
            print(f"{'data':<8}{'lang':<6}{'format':<8}{'pages':>6}{'median s':>10}{'max s':>8}{'CPU s':>8}")
            for row in rows:
                print(f"{row['data']:<8}{row['lang']:<6}{row['format']:<8}{row['pages']:>6}{row['median_s']:>10.2f}"
                      f"{row['max_s']:>8.2f}{row['cpu_s']:>8.2f}")
            print(f"load average (1 min) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, "
                  f"{os.cpu_count()} CPUs")
            slowest = max(max(runs) for runs in times.values())
            print(f"slowest run {slowest:.2f} s; bound {BOUND_S:.0f} s: {'met' if slowest < BOUND_S else 'MISSED'}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
