"""Conformance round 8 on client workspaces of several exports (make_clients8.py): customers, surveys, coupons and
interactions beside order lines. Each workspace is imported into its own real SQLite workspace through the
console entry point (one ``insight import A B C -w DB``, or for the ``_t`` second attempts one
``insight import FILE --table T [--map …] -w DB`` per file; in-process), loaded once per session (per xdist
worker), every question asked in-process (``api.ask(...).to_json()``) and judged against a ground truth computed
in plain polars (the harness: tests/client_harness.py; the step-wise import: workspace_import.py). A question the
data cannot answer must come back with ``status == "clarify"`` (an error answer is no asking back here).

Known product gaps are strict xfails in client8_gaps.py, so a fix shows up as XPASS (then delete the entry).
``report_clients8.py`` runs the same through real processes and writes the gap file.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for _p in (HERE, HERE.parent, HERE.parent / "clients2"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from client8_gaps import GAPS  # noqa: E402
from client_harness import (  # noqa: E402
    case_ids,
    check_answer,
    check_cli_subprocess,
    check_deterministic,
    check_import,
    gap_param,
    plan,
)
from make_clients8 import build  # noqa: E402
from workspace_import import WorkspaceImports  # noqa: E402

_PLAN = plan(build)


@pytest.fixture(scope="session")
def clients8(tmp_path_factory: pytest.TempPathFactory) -> WorkspaceImports:
    """Files generated once into tmp_path; each workspace imported lazily, once per session (per worker)."""
    return WorkspaceImports(tmp_path_factory.mktemp("clients8"), build)


def test_generation_is_deterministic(clients8: WorkspaceImports, tmp_path: Path) -> None:
    check_deterministic(clients8.files, build(tmp_path / "again"))


def test_cases_are_well_formed() -> None:
    """8–12 workspaces (each imported twice: all files at once, and per file with --table), 12–18 questions each
    with unique ids, at least 300 questions, at least 70 of them to be asked back; every expected number
    finite; every ``_t`` attempt imports each file of its workspace with a table named."""
    firsts = [w for w in _PLAN if not w.steps]
    assert 8 <= len(firsts) <= 12
    assert {w.name + "_t" for w in firsts} == {w.name for w in _PLAN if w.steps}
    for w in _PLAN:
        assert 12 <= len(w.cases) <= 18, w.name
        assert len({c.qid for c in w.cases}) == len(w.cases), w.name
        assert all(table for _, table, _ in w.steps), w.name
    assert sum(len(w.cases) for w in _PLAN) >= 300
    assert sum(c.kind in ("clarify", "needs_orders") for w in _PLAN for c in w.cases) >= 70
    assert sum(len(w.paths) >= 2 for w in firsts) >= 5
    for w in _PLAN:
        for c in w.cases:
            vals = (
                [c.expected, *c.alts]
                if c.kind == "scalar"
                else list((c.expected or {}).values())
                if c.kind == "breakdown"
                else [v for _, v in c.expected]
                if c.kind == "top"
                else []
            )
            assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in vals), (w.name, c.qid)


@pytest.mark.parametrize("fid", [gap_param(f"{n}::{q}", GAPS) for n, q in case_ids(_PLAN)])
def test_answer(clients8: WorkspaceImports, fid: str) -> None:
    check_answer(clients8, fid, strict_clarify=True)


@pytest.mark.parametrize("fid", [gap_param(f"{w.name}::import", GAPS) for w in _PLAN])
def test_import(clients8: WorkspaceImports, fid: str) -> None:
    """Every ``insight import`` of the workspace succeeds, or one refuses in one line naming a file (exit 1/2, no
    traceback); refusing a well-formed export is a gap (strict xfail)."""
    check_import(clients8, fid)


def test_cli_subprocess_smoke(clients8: WorkspaceImports, tmp_path: Path) -> None:
    """The real console script once: import a workspace of two exports in one command, then ``ask -w WS --json``
    prints only JSON and is right."""
    check_cli_subprocess(clients8["hubspot_gambio"], "revenue", tmp_path)
