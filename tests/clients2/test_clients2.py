"""Conformance round 2 on client exports insight has never seen (make_clients2.py): each file is imported
into a real SQLite workspace as ``insight import`` does (``api.import_files``), every question is asked
in-process (``api.ask(...).to_json()``) and judged against a ground truth computed in plain polars.

Known product gaps are strict xfails in client2_gaps.py, so a fix shows up as XPASS (then delete the
entry). ``report_clients2.py`` runs the same through real processes.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from client2_gaps import GAPS  # noqa: E402
from client2_judge import import_args, judge  # noqa: E402
from make_clients2 import ClientFile, build  # noqa: E402

from insight import api  # noqa: E402
from insight.errors import InsightError  # noqa: E402

_ROOT = Path(tempfile.mkdtemp(prefix="insight-clients2-"))
atexit.register(shutil.rmtree, _ROOT, True)
_PLAN = build(_ROOT / "files")
_HASHES = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for f in _PLAN for p in f.paths}
FILE_NAMES = [f.name for f in _PLAN]
CASE_IDS = [(f.name, c.qid) for f in _PLAN for c in f.cases]


def _param(fid: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[fid])] if fid in GAPS else []
    return pytest.param(fid, marks=marks, id=fid)


class Imported:
    """One client file imported by ``insight import FILES -w DB`` (the console entry point in-process) into
    its own SQLite workspace, then loaded; or the one-line error that refused it."""

    def __init__(self, cf: ClientFile, db: Path) -> None:
        self.cf, self.db = cf, db
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
                self.answers[qid] = {"status": "crash", "text": f"{type(err).__name__}: {err}", "columns": [],
                                     "rows": []}
        return self.answers[qid]


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


@pytest.fixture(scope="session")
def clients2(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("clients2")
    files = _PLAN  # the files built at collection (kept until the process ends); each imported into root
    cache: dict[str, Imported] = {}

    class Lazy(dict):
        def __missing__(self, name: str) -> Imported:
            cf = next(f for f in files if f.name == name)
            cache[name] = Imported(cf, root / f"{name}.db")
            self[name] = cache[name]
            return cache[name]

    lazy = Lazy()
    lazy.files = files  # type: ignore[attr-defined]
    return lazy


def test_generation_is_deterministic(clients2: Any, tmp_path: Path) -> None:
    again = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for f in build(tmp_path / "files") for p in f.paths}
    assert again == _HASHES
    assert {p.name for f in clients2.files for p in f.paths} == set(_HASHES)


@pytest.mark.parametrize("fid", [_param(f"{n}::{q}") for n, q in CASE_IDS])
def test_answer(clients2: Any, fid: str) -> None:
    name, qid = fid.split("::")
    im = clients2[name]
    assert im.crash is None, f"import crashed: {im.crash}"
    if im.refused is not None:
        pytest.skip(f"import refused with a clear error (see test_import): {im.refused[:200]}")
    case = next(c for c in im.cf.cases if c.qid == qid)
    outcome, got = judge(case, im.answer(qid))
    assert outcome == "correct", f"{case.question!r}: {outcome}: {got} (understood: {im.answer(qid).get('understood')!r})"


@pytest.mark.parametrize("fid", [_param(f"{n}::import") for n in FILE_NAMES])
def test_import(clients2: Any, fid: str) -> None:
    """``insight import`` succeeds, or refuses in one line naming a file (exit 1/2, no traceback); a refusal
    of a well-formed export is a gap (strict xfail in client2_gaps.py)."""
    im = clients2[fid.split("::")[0]]
    assert im.crash is None, im.crash
    if im.code == 0:
        return
    lines = [ln for ln in im.err.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, f"error is not one line: {im.err[-800:]}"
    assert any(p.name in lines[0] for p in im.cf.paths), f"error names no file: {lines[0]}"
    pytest.fail(f"export refused: {lines[0]}")


def test_cli_subprocess_smoke(clients2: Any, tmp_path: Path) -> None:
    """The real console script once: import, then ``ask -w WS --json`` prints only JSON and is right."""
    im = clients2["pos_receipts_map"]
    exe = Path(sys.executable).parent / "insight"
    if not exe.exists():
        pytest.skip("console script not installed next to the interpreter")
    db = tmp_path / "ws.db"
    p = subprocess.run([str(exe), "import", *import_args(im.cf), "-w", str(db)], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    case = next(c for c in im.cf.cases if c.qid == "by_shop")
    p = subprocess.run([str(exe), "ask", case.question, "-w", str(db), "--json"], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    outcome, got = judge(case, json.loads(p.stdout))
    assert outcome == "correct", got
