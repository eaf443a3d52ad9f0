"""Conformance on client exports insight has never seen (make_clients.py): every question is judged
against a ground truth computed in plain polars; import via the CLI must succeed or fail in one line;
``--data`` and an imported workspace must answer alike.

Known product gaps are listed in client_gaps.py and run as strict xfails, so a fix shows up as XPASS.
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

from client_gaps import GAPS  # noqa: E402
from client_judge import judge  # noqa: E402
from make_clients import ClientFile, build  # noqa: E402

from insight import api  # noqa: E402
from insight.errors import InsightError  # noqa: E402

# The case list is needed at collection time: built once per process into a folder kept until the process ends;
# the session fixture loads these same files, test_generation_is_deterministic builds again and compares.
_ROOT = Path(tempfile.mkdtemp(prefix="insight-clients-"))
atexit.register(shutil.rmtree, _ROOT, True)
_PLAN = build(_ROOT)
_HASHES = {f.path.name: hashlib.sha256(f.path.read_bytes()).hexdigest() for f in _PLAN}
FILE_NAMES = [f.name for f in _PLAN]
CASE_IDS = [(f.name, c.qid) for f in _PLAN for c in f.cases]


def _param(fid: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[fid])] if fid in GAPS else []
    return pytest.param(fid, marks=marks, id=fid)


class Loaded:
    """One client file, its --data Dataset (or the InsightError that refused it) and answers asked so far."""

    def __init__(self, cf: ClientFile) -> None:
        self.cf = cf
        self.ds: Any = None
        self.refused: str | None = None
        self.crash: str | None = None
        self.answers: dict[str, dict] = {}
        try:
            self.ds = api.load_file(cf.path, mapping=cf.mapping)
        except InsightError as err:
            self.refused = str(err)
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


@pytest.fixture(scope="session")
def clients() -> dict[str, Loaded]:
    return {f.name: Loaded(f) for f in _PLAN}


def test_generation_is_deterministic(clients: dict[str, Loaded], tmp_path: Path) -> None:
    again = {f.path.name: hashlib.sha256(f.path.read_bytes()).hexdigest() for f in build(tmp_path)}
    assert again == _HASHES
    assert {lo.cf.path.name for lo in clients.values()} == set(_HASHES)


@pytest.mark.parametrize("fid", [_param(f"{n}::{q}") for n, q in CASE_IDS])
def test_answer(clients: dict[str, Loaded], fid: str) -> None:
    name, qid = fid.split("::")
    lo = clients[name]
    assert lo.crash is None, f"{lo.cf.path.name}: loading crashed: {lo.crash}"
    if lo.refused is not None:
        pytest.skip(f"file refused with a clear error (see test_import): {lo.refused[:200]}")
    case = next(c for c in lo.cf.cases if c.qid == qid)
    outcome, detail = judge(case, lo.answer(qid))
    assert outcome == "correct", f"{case.question!r}: {outcome}: {detail}"


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


def _map_args(cf: ClientFile) -> list[str]:
    return [a for k, v in (cf.mapping or {}).items() for a in ("--map", f"{k}={v}")]


@pytest.mark.parametrize("fid", [_param(f"{n}::import") for n in FILE_NAMES])
def test_import(clients: dict[str, Loaded], tmp_path: Path, fid: str) -> None:
    """``insight import`` succeeds, or refuses in one line naming the file (exit 1/2, no traceback); it
    refuses exactly when ``--data`` refuses."""
    lo = clients[fid.split("::")[0]]
    code, out, err = run_cli(["import", str(lo.cf.path), "-w", str(tmp_path / "ws.db"), *_map_args(lo.cf)])
    assert "Traceback" not in err + out
    if code == 0:
        assert lo.refused is None, f"import succeeded but --data refused: {lo.refused}"
        return
    lines = [ln for ln in err.strip().splitlines() if ln.strip()]
    assert code in (1, 2), f"exit code {code}: {err[-500:]}"
    assert len(lines) == 1, f"error is not one line: {err[-800:]}"
    assert lo.cf.path.name in lines[0], f"error does not name the file: {lines[0]}"
    assert lo.refused is not None, f"import refused but --data loaded: {lines[0]}"
    if lo.cf.import_may_fail is None:
        # a clean refusal is not silently wrong, but it is a gap on a well-formed file
        pytest.fail(f"well-formed file refused: {lines[0]}")


@pytest.mark.parametrize("fid", [_param(f"{n}::workspace") for n in FILE_NAMES])
def test_workspace_answers_alike(clients: dict[str, Loaded], tmp_path: Path, fid: str) -> None:
    """The imported workspace answers every question exactly as ``--data`` does."""
    lo = clients[fid.split("::")[0]]
    if lo.ds is None:
        pytest.skip("file refused")
    db = tmp_path / "ws.db"
    api.import_files([lo.cf.path], workspace=db, mapping=lo.cf.mapping)
    with api.open_workspace(db) as ws:
        wds = ws.load()
    diffs = []
    for case in lo.cf.cases:
        if not case.workspace:
            continue
        a = lo.answer(case.qid)
        try:
            b = api.ask(case.question, wds).to_json()
        except Exception as err:  # noqa: BLE001
            b = {"status": "crash", "text": str(err), "columns": [], "rows": []}
        if _canon(a) != _canon(b):
            diffs.append(f"{case.qid}: --data {a['status']} {a['columns']} {str(a['rows'])[:120]} | "
                         f"workspace {b['status']} {b['columns']} {str(b['rows'])[:120]}")
    assert not diffs, "\n".join(diffs)


def _canon(j: dict) -> Any:
    def v(x: Any) -> Any:
        if isinstance(x, float):
            return float(f"{x:.9g}")
        return str(x)
    return j["status"], j["columns"], [[v(x) for x in r] for r in j["rows"]]


def test_cli_subprocess_smoke(clients: dict[str, Loaded], tmp_path: Path) -> None:
    """The real console script once: ``ask --data FILE --json`` prints only JSON and agrees with the API."""
    lo = clients["erp_de"]
    exe = Path(sys.executable).parent / "insight"
    if not exe.exists():
        pytest.skip("console script not installed next to the interpreter")
    proc = subprocess.run([str(exe), "ask", "Umsatz nach Land", "--data", str(lo.cf.path), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    j = json.loads(proc.stdout)
    assert _canon(j) == _canon(lo.answer("by_country"))


@pytest.mark.parametrize("name", ["erp_de", "status_amounts"])
def test_reimport_replaces(clients: dict[str, Loaded], tmp_path: Path, name: str) -> None:
    """Importing the same export twice (a consultant re-running the import) never doubles the data."""
    lo = clients[name]
    db = tmp_path / "ws.db"
    api.import_files([lo.cf.path], workspace=db, mapping=lo.cf.mapping)
    api.import_files([lo.cf.path], workspace=db, mapping=lo.cf.mapping)
    with api.open_workspace(db) as ws:
        wds = ws.load()
    case = next(c for c in lo.cf.cases if c.qid == "revenue")
    outcome, detail = judge(case, api.ask(case.question, wds).to_json())
    assert outcome == "correct", detail
