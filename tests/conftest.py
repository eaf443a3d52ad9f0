"""Fixtures shared by the metric and segment tests (folders may override them with their own)."""

import fcntl
import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# The cached canonical copies of --data files (insight.io.cache) go to a temporary folder of this test process (each
# xdist worker its own), never to the user's cache folder; subprocesses of the tests inherit it.
_CACHE_DIR = tempfile.mkdtemp(prefix="insight-test-cache-")
os.environ["INSIGHT_CACHE_DIR"] = _CACHE_DIR
os.environ.pop("INSIGHT_CACHE", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)


def load_shared():
    """The metric and segment tests' shared data module (tests/metrics/shared_data.py), registered once."""
    name = "insight_tests_shared_data"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent / "metrics" / "shared_data.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


shared = load_shared()


@pytest.fixture(scope="session")
def retail_ds():
    if not shared.RETAIL_II.exists():
        pytest.skip(f"Online Retail II not found at {shared.RETAIL_II} (shared data absent)")
    return shared.load_retail()


@pytest.fixture
def tiny_ds():
    return shared.tiny_dataset()


@pytest.fixture(scope="session")
def data():
    """The shared_data module: tiny_lines(), tiny_dataset(), TINY_AS_OF."""
    return shared


@pytest.fixture(scope="session")
def demo_ds():
    return shared.load_demo()  # a broken import of the project's own modules fails, never skips


# -- suite time (docs/benchmarks.md, "Test suite time") -----------------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``long(seconds)`` go to the head of each worker's share: ``--dist worksteal`` hands worker i
    the i-th contiguous slice of the collection, so the long tests are dealt to the slices' heads, the longest
    first to the least loaded slice, and overlap the short ones instead of trailing alone at the end (an idle
    worker steals from another's tail, where the short ones are). Deterministic, so every worker collects the
    same order; in one process the long tests simply run first."""

    def weight(item: pytest.Item) -> float:
        return max((float(m.args[0]) if m.args else 1.0 for m in item.iter_markers("long")), default=1.0)

    longs = sorted((item for item in items if item.get_closest_marker("long") is not None), key=weight, reverse=True)
    if not longs:
        return
    rest = [item for item in items if item.get_closest_marker("long") is None]
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    for item in longs:
        min(heads, key=lambda head: sum(map(weight, head))).append(item)
    ordered: list[pytest.Item] = []
    left = len(items)
    for i, head in enumerate(heads):
        size = left // (workers - i)  # worksteal's first split: len(pending) // nodes_remaining each
        left -= size
        take = max(0, size - len(head))
        ordered += head + rest[:take]
        del rest[:take]
    items[:] = ordered + rest


@pytest.fixture(scope="session")
def shared_once(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Callable[[Path], None]], Path]:
    """``shared_once(name, write)``: the path ``name`` in a folder shared by this run's xdist workers, written by
    ``write(path)`` in the first worker that asks and read by the others (a file lock; see pytest-xdist's docs,
    "Making session-scoped fixtures execute only once"). For expensive, deterministic results (a notebook run)."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # popen-gwN/.. is the run's own folder

    def once(name: str, write: Callable[[Path], None]) -> Path:
        path = root / "shared" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.parent / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if ``write`` raises
            if not (path.parent / f"{name}.done").exists():
                write(path)
                (path.parent / f"{name}.done").touch()
        return path

    return once
