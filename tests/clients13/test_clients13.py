"""Conformance round 13 on client exports insight has never seen (make_clients13.py): each file set is imported
into its own real SQLite workspace through the console entry point (``insight import FILES -w DB``, in-process),
loaded once per session (per xdist worker), every question asked in-process (``api.ask(...).to_json()``) and
judged against a ground truth computed in plain polars (the harness: tests/client_harness.py). A question the
data cannot answer must come back with ``status == "clarify"`` (an error answer is no asking back here).

Known product gaps are strict xfails in client13_gaps.py, so a fix shows up as XPASS (then delete the entry).
``report_clients13.py`` runs the same through real processes and writes the gap file.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for _p in (HERE, HERE.parent):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from client13_gaps import GAPS  # noqa: E402
from client_harness import (  # noqa: E402
    Imports,
    case_ids,
    check_answer,
    check_cli_subprocess,
    check_deterministic,
    check_import,
    gap_param,
    plan,
)
from make_clients13 import build  # noqa: E402

_PLAN = plan(build)


@pytest.fixture(scope="session")
def clients13(tmp_path_factory: pytest.TempPathFactory) -> Imports:
    """Files generated once into tmp_path; each file set imported lazily, once per session (per worker)."""
    return Imports(tmp_path_factory.mktemp("clients13"), build)


def test_generation_is_deterministic(clients13: Imports, tmp_path: Path) -> None:
    check_deterministic(clients13.files, build(tmp_path / "again"))


def test_cases_are_well_formed() -> None:
    """At least 12 exports, 12–16 questions each with unique ids, at least 300 questions, at least 70 (and a fifth)
    of them to be asked back, at least 6 ``_map`` re-imports; every expected number finite."""
    firsts = [f for f in _PLAN if f.mapping is None]
    assert len(firsts) >= 12
    for f in _PLAN:
        assert 12 <= len(f.cases) <= 16, f.name
        assert len({c.qid for c in f.cases}) == len(f.cases), f.name
    assert sum(len(f.cases) for f in _PLAN) >= 300
    asked = sum(c.kind == "clarify" for f in _PLAN for c in f.cases)
    assert asked >= 70
    assert asked >= 0.2 * sum(len(f.cases) for f in _PLAN)
    assert sum(f.mapping is not None for f in _PLAN) >= 6
    for f in _PLAN:
        for c in f.cases:
            vals = (
                [c.expected]
                if c.kind == "scalar"
                else list((c.expected or {}).values())
                if c.kind == "breakdown"
                else []
            )
            assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in vals), (f.name, c.qid)


@pytest.mark.parametrize("fid", [gap_param(f"{n}::{q}", GAPS) for n, q in case_ids(_PLAN)])
def test_answer(clients13: Imports, fid: str) -> None:
    check_answer(clients13, fid, strict_clarify=True)


@pytest.mark.parametrize("fid", [gap_param(f"{f.name}::import", GAPS) for f in _PLAN])
def test_import(clients13: Imports, fid: str) -> None:
    """``insight import`` succeeds, or refuses in one line naming a file (exit 1/2, no traceback); refusing a
    well-formed export is a gap (strict xfail)."""
    check_import(clients13, fid)


def test_cli_subprocess_smoke(clients13: Imports, tmp_path: Path) -> None:
    """The real console script once: import a file set, then ``ask -w WS --json`` prints only JSON and is
    right."""
    check_cli_subprocess(clients13["netvisor_fi"], "years", tmp_path)
