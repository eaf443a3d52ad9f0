"""Issue 17's fault trials, a few iterations each (the full counts: bench/fault_trials.py, figures in
docs/reliability.md): kill -9 of a real `insight import` process at random moments leaves the workspace
exactly before or exactly after and the next import, question and undo work; concurrent imports with a
reader never show half a file; a full disk refuses the import in one line and changes nothing. SQLite and
PostgreSQL (a schema of its own, dropped after; skipped with the reason when no server answers)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.long(15),
]  # real processes killed and started: about a minute each on a busy 2-core machine


def _trials():
    name = "fault_trials"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "fault_trials.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request):
    if request.param == "postgresql" and (why := _trials().pg_reason()):
        pytest.skip(why)
    return request.param


def test_kill_9_during_import_leaves_before_or_after(backend, tmp_path):
    result = _trials().kill_trials(backend, 2, tmp_path, n_lines=3_000, seed=5)
    assert result.trials == 2 and result.before + result.after == 2, result.problems
    assert result.bad == 0, result.problems


def test_concurrent_imports_and_a_reader(backend, tmp_path):
    """One round of four processes (three files and the first again) while this process loads and asks."""
    result = _trials().concurrency_trials(backend, 1, tmp_path, unit=500, first=4)
    assert result.processes == 4 and result.loads > 0, result
    assert result.bad == 0, result.problems


@pytest.mark.parametrize("force_rlimit", [False, True], ids=["tmpfs-or-rlimit", "rlimit"])
def test_a_full_disk_refuses_in_one_line_and_changes_nothing(tmp_path, force_rlimit):
    result = _trials().disk_full_trials(1, tmp_path, n_lines=15_000, force_rlimit=force_rlimit)
    assert result.method in ("tmpfs", "rlimit")
    assert (result.trials, result.refused_cleanly, result.unchanged, result.recovered) == (1, 1, 1, 1), result.problems
    assert result.failed == 0, result.problems
