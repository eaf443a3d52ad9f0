"""Conformance round 4 on client exports insight has never seen (make_clients4.py): each file set is imported
into its own real SQLite workspace through the console entry point (``insight import FILES -w DB``, in-process),
loaded once per session (per xdist worker), every question asked in-process (``api.ask(...).to_json()``) and
judged by round 2's judge against a ground truth computed in plain polars.

Known product gaps are strict xfails in client4_gaps.py, so a fix shows up as XPASS (then delete the entry).
``report_clients4.py`` runs the same through real processes.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
for _p in (HERE, HERE.parent / "clients2"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from client2_judge import import_args, judge  # noqa: E402
from client4_gaps import GAPS  # noqa: E402
from make_clients4 import ClientFile, build  # noqa: E402

from insight import api  # noqa: E402
from insight.errors import InsightError  # noqa: E402


def _plan() -> list[ClientFile]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return build(Path(tmp))


_PLAN = _plan()
FILE_NAMES = [f.name for f in _PLAN]
CASE_IDS = [(f.name, c.qid) for f in _PLAN for c in f.cases]


def _param(fid: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[fid])] if fid in GAPS else []
    return pytest.param(fid, marks=marks, id=fid)


def run_cli(args: list[str]) -> tuple[int, str, str]:
    """The console entry point in-process (sys.argv patched), as a user's shell would run it."""
    from insight.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["insight", *args]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = argv
    return code, out.getvalue(), err.getvalue()


class Imported:
    """One file set imported into its own SQLite workspace and loaded once; or the one-line refusal."""

    def __init__(self, cf: ClientFile, db: Path) -> None:
        self.cf = cf
        self.ds: Any = None
        self.refused: str | None = None
        self.crash: str | None = None
        self.answers: dict[str, dict] = {}
        self.code, out, self.err = run_cli(["import", *import_args(cf), "-w", str(db)])
        if "Traceback" in out + self.err or self.code not in (0, 1, 2):
            self.crash = f"exit {self.code}: {self.err[-600:]}"
        elif self.code != 0:
            self.refused = self.err.strip()
        else:
            try:
                with api.open_workspace(db) as ws:
                    self.ds = ws.load()
            except InsightError as err:
                self.refused = f"loading the workspace: {err}"
            except Exception as err:  # noqa: BLE001 - a crash is a finding
                self.crash = f"{type(err).__name__}: {err}"

    def answer(self, qid: str) -> dict:
        if qid not in self.answers:
            case = next(c for c in self.cf.cases if c.qid == qid)
            try:
                self.answers[qid] = api.ask(case.question, self.ds).to_json()
            except Exception as err:  # noqa: BLE001
                self.answers[qid] = {
                    "status": "crash",
                    "text": f"{type(err).__name__}: {err}",
                    "columns": [],
                    "rows": [],
                }
        return self.answers[qid]


@pytest.fixture(scope="session")
def clients4(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Files generated once into tmp_path; each file set imported lazily, once per session (per worker)."""
    root = tmp_path_factory.mktemp("clients4")
    files = {f.name: f for f in build(root / "files")}

    class Lazy(dict):
        def __missing__(self, name: str) -> Imported:
            self[name] = Imported(files[name], root / f"{name}.db")
            return self[name]

    lazy = Lazy()
    lazy.files = list(files.values())  # type: ignore[attr-defined]
    return lazy


def _rounded(v: Any) -> Any:
    """Expected values up to float summation order (polars group sums are not ordered)."""
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, dict):
        return {k: _rounded(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_rounded(x) for x in v]
    return v


def test_generation_is_deterministic(clients4: Any, tmp_path: Path) -> None:
    again = build(tmp_path / "again")
    for a, b in zip(clients4.files, again, strict=True):
        assert _rounded([c.expected for c in a.cases]) == _rounded([c.expected for c in b.cases]), a.name
        for pa, pb in zip(a.paths, b.paths, strict=True):
            assert pa.read_bytes() == pb.read_bytes(), pa.name


def test_cases_are_well_formed() -> None:
    """10–14 questions per file, unique ids, about a fifth of them asked back."""
    for f in _PLAN:
        assert 10 <= len(f.cases) <= 14, f.name
        assert len({c.qid for c in f.cases}) == len(f.cases), f.name
    n = sum(len(f.cases) for f in _PLAN)
    ask_back = sum(c.kind == "clarify" for f in _PLAN for c in f.cases)
    assert 0.15 <= ask_back / n <= 0.3, (ask_back, n)


@pytest.mark.parametrize("fid", [_param(f"{n}::{q}") for n, q in CASE_IDS])
def test_answer(clients4: Any, fid: str) -> None:
    name, qid = fid.split("::")
    im = clients4[name]
    assert im.crash is None, f"import crashed: {im.crash}"
    if im.refused is not None:
        pytest.skip(f"import refused with a clear error (see test_import): {im.refused[:200]}")
    case = next(c for c in im.cf.cases if c.qid == qid)
    outcome, got = judge(case, im.answer(qid))
    assert outcome == "correct", (
        f"{case.question!r}: {outcome}: {got} (understood: {im.answer(qid).get('understood')!r})"
    )


@pytest.mark.parametrize("fid", [_param(f"{n}::import") for n in FILE_NAMES])
def test_import(clients4: Any, fid: str) -> None:
    """``insight import`` succeeds, or refuses in one line naming a file (exit 1/2, no traceback); refusing a
    well-formed export is a gap (strict xfail), refusing one whose shape insight does not promise to read
    (``import_may_fail``: a wide pivot, ISO weeks, JSON lines) is fine when it is one clear line."""
    im = clients4[fid.split("::")[0]]
    assert im.crash is None, im.crash
    if im.code == 0:
        return
    lines = [ln for ln in im.err.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, f"error is not one line: {im.err[-800:]}"
    assert any(p.name in lines[0] for p in im.cf.paths), f"error names no file: {lines[0]}"
    if im.cf.import_may_fail is None:
        pytest.fail(f"export refused: {lines[0]}")


def test_cli_subprocess_smoke(clients4: Any, tmp_path: Path) -> None:
    """The real console script once: import a file set, then ``ask -w WS --json`` prints only JSON and is
    right."""
    im = clients4["latin1_tab_map"]
    exe = Path(sys.executable).parent / "insight"
    if not exe.exists():
        pytest.skip("console script not installed next to the interpreter")
    db = tmp_path / "ws.db"
    p = subprocess.run(
        [str(exe), "import", *import_args(im.cf), "-w", str(db)], capture_output=True, text=True, timeout=120
    )
    assert p.returncode == 0, p.stderr
    case = next(c for c in im.cf.cases if c.qid == "by_fil")
    p = subprocess.run(
        [str(exe), "ask", case.question, "-w", str(db), "--json"], capture_output=True, text=True, timeout=120
    )
    assert p.returncode == 0, p.stderr
    outcome, got = judge(case, json.loads(p.stdout))
    assert outcome == "correct", got
