"""TUI launch → ready, whole processes (issue 16): a fresh interpreter starts the app headless (textual's
``run_test``) on a workspace and prints when its data is loaded (``InsightApp._data_ready``: the prompt takes
questions from then on); the parent times the process from its start to that line. Reference: a process that
runs ``import textual``. Rounds take turns (reference, app, ...), medians reported.

    .venv/bin/python bench/tui_launch.py WORKSPACE.db --runs 5 [--before /work/wt_before]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import asyncio, sys
from pathlib import Path
from tui.app import InsightApp
from tui import backend

async def main():
    app = InsightApp(backend.Source(workspace=sys.argv[1]), history_dir=Path(sys.argv[2]))
    async with app.run_test(size=(120, 40)):
        while not app._data_ready.is_set():
            await asyncio.sleep(0.01)
        print("ready", app.problem or "", flush=True)
        sys.stdout.flush()
        import os
        os._exit(0)  # ready is what is timed; the app's teardown is not

asyncio.run(main())
"""


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = time.perf_counter() - start
    proc.wait()
    if not line.startswith("ready") and cmd[-1] != "import textual":
        raise SystemExit(f"no ready line: {line!r} {proc.stderr.read()[-2000:] if proc.stderr else ''}")
    if line.strip() != "ready" and line.startswith("ready"):
        raise SystemExit(f"the app could not load: {line!r}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", help="also run this checkout (PYTHONPATH) in the same rotation")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tui_launch_"))
    os.chdir(tmp)
    env = dict(os.environ, PYTHONPATH=str(ROOT), INSIGHT_CACHE_DIR=str(tmp / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pyc")
    ws = str(Path(args.workspace).resolve())
    ref = [sys.executable, "-c", "import textual"]
    app = [sys.executable, "-c", CHILD, ws, str(tmp / "history")]
    trees = {"after": env}
    if args.before:
        trees = {"before": dict(env, PYTHONPATH=str(Path(args.before).resolve()),
                                INSIGHT_CACHE_DIR=str(tmp / "cache-before")), **trees}
    for e in trees.values():  # warm: bytecode, the workspace's columnar copy, caches
        timed(app, e)
    timed(ref, env)
    times: dict[str, list[float]] = {"ref": [], **{k: [] for k in trees}}
    for _ in range(args.runs):
        times["ref"].append(timed(ref, env))
        for name, e in trees.items():
            times[name].append(timed(app, e))
    r = statistics.median(times["ref"])
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"import textual: median {r:.2f} s (min {min(times['ref']):.2f})")
    for name in trees:
        m = statistics.median(times[name])
        ratios = [a / b for a, b in zip(times[name], times["ref"])]
        print(f"{name}: launch -> ready median {m:.2f} s (min {min(times[name]):.2f}), "
              f"median per-round ratio {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
