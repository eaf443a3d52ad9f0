"""pytest plugin: CPU seconds per test (issue 16, docs/benchmarks.md "Suite time").

On a shared machine wall time mostly measures the load; CPU time (user + sys of this process, its threads and
its waited-for children: the ``insight`` processes a test starts, notebook kernels) is what a test costs. Each
test's delta of ``resource.getrusage`` (self + children) over its whole protocol (setup, call, teardown) is
appended as a tab-separated line ``nodeid, worker, cpu_s, wall_s`` to ``$SUITE_CPU_OUT``, and each worker's
collection as ``COLLECT``; ``python bench/suite_cpu.py FILE...`` ranks folders and tests.

    SUITE_CPU_OUT=/tmp/cpu.tsv PYTHONPATH=bench .venv/bin/pytest -p suite_cpu -n 2 tests/hardening
    .venv/bin/python bench/suite_cpu.py /tmp/cpu.tsv

A session fixture's cost lands on the first test that asks for it; a child that is not waited for (a server
killed at teardown) is not counted.
"""

from __future__ import annotations

import collections
import os
import resource
import sys
import time
from pathlib import Path

import pytest

OUT = os.environ.get("SUITE_CPU_OUT", "suite_cpu.tsv")
_start = 0.0


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _write(nodeid: str, cpu: float, wall: float) -> None:
    with open(OUT, "a", encoding="utf-8") as out:
        out.write(f"{nodeid}\t{os.environ.get('PYTEST_XDIST_WORKER', 'main')}\t{cpu:.2f}\t{wall:.1f}\n")


def pytest_configure(config: pytest.Config) -> None:
    global _start
    _start = _cpu()


def pytest_collection_finish(session: pytest.Session) -> None:
    _write("COLLECT", _cpu() - _start, 0.0)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    cpu, wall = _cpu(), time.monotonic()
    yield
    _write(item.nodeid, _cpu() - cpu, time.monotonic() - wall)


def main(paths: list[str], top: int = 30) -> None:
    rows = [line.rstrip("\n").split("\t") for path in paths for line in Path(path).read_text("utf-8").splitlines()]
    by_folder: collections.Counter[str] = collections.Counter()
    for nodeid, _worker, cpu, _wall in rows:
        by_folder["collection" if nodeid == "COLLECT" else "/".join(nodeid.split("::")[0].split("/")[:2])] += float(cpu)
    for folder, cpu in by_folder.most_common():
        print(f"{cpu:9.1f}  {folder}")
    print(f"{sum(by_folder.values()):9.1f}  total CPU s")
    for nodeid, worker, cpu, wall in sorted(rows, key=lambda r: -float(r[2]))[:top]:
        print(f"{float(cpu):9.2f}  {float(wall):7.1f} s wall  {worker:5}  {nodeid}")


if __name__ == "__main__":
    main(sys.argv[1:])
