"""The shared harness of the client conformance rounds (tests/clients3, clients4, clients5): import a file set
through the console entry point in-process into its own SQLite workspace, load it once per session (per xdist
worker), ask every question in-process (``api.ask(...).to_json()``) and judge it with round 2's judge against a
ground truth computed in plain polars; known gaps are strict xfails; the report script runs the same through
real processes and writes the gap file.

Each round's test module only names its generator (``build``), its gap dict and its smoke case.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

_CLIENTS2 = Path(__file__).resolve().parent / "clients2"
if str(_CLIENTS2) not in sys.path:
    sys.path.insert(0, str(_CLIENTS2))

from client2_judge import cli_ask_all, cli_import, expected_text, import_args, judge  # noqa: E402

from insight import api  # noqa: E402
from insight.errors import InsightError  # noqa: E402

Build = Callable[[Path], list[Any]]


_PLANS: dict[Build, list[Any]] = {}


def plan(build: Build) -> list[Any]:
    """The file sets and cases of a generator, written once per process (at collection) into a folder kept until
    the process ends: the session fixture (``Imports``) imports these same files instead of generating them a
    second time; ``check_deterministic`` still compares them with a fresh build."""
    if build not in _PLANS:
        root = Path(tempfile.mkdtemp(prefix="insight-plan-"))
        atexit.register(shutil.rmtree, root, True)
        _PLANS[build] = build(root / "files")
    return _PLANS[build]


def case_ids(files: Sequence[Any]) -> list[tuple[str, str]]:
    return [(f.name, c.qid) for f in files for c in f.cases]


def gap_param(fid: str, gaps: dict[str, str]) -> Any:
    """A test id, a strict xfail when it is a known gap (a fix shows up as XPASS)."""
    marks = [pytest.mark.xfail(strict=True, reason=gaps[fid])] if fid in gaps else []
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

    def __init__(self, cf: Any, db: Path) -> None:
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


class Imports(dict):
    """The generator's file sets (``plan``: generated once per process); each imported lazily into its own
    workspace under ``root``, once per session (per worker)."""

    def __init__(self, root: Path, build: Build) -> None:
        super().__init__()
        self.root = root
        self.by_name = {f.name: f for f in plan(build)}
        self.files = list(self.by_name.values())

    def __missing__(self, name: str) -> Imported:
        self[name] = Imported(self.by_name[name], self.root / f"{name}.db")
        return self[name]


def rounded(v: Any) -> Any:
    """Expected values up to float summation order (polars group sums are not ordered)."""
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, dict):
        return {k: rounded(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [rounded(x) for x in v]
    return v


def check_deterministic(files: Sequence[Any], again: Sequence[Any]) -> None:
    for a, b in zip(files, again, strict=True):
        assert rounded([c.expected for c in a.cases]) == rounded([c.expected for c in b.cases]), a.name
        for pa, pb in zip(a.paths, b.paths, strict=True):
            if pa.suffix != ".xlsx":  # workbooks carry no time stamp either, but zip metadata may differ
                assert pa.read_bytes() == pb.read_bytes(), pa.name


def check_answer(imports: Imports, fid: str, strict_clarify: bool = False) -> None:
    """One question: the judge's outcome must be ``correct``. ``strict_clarify``: a question that must be asked
    back is right only with ``status == "clarify"`` (an error answer is not asking back)."""
    name, qid = fid.split("::")
    im = imports[name]
    assert im.crash is None, f"import crashed: {im.crash}"
    if im.refused is not None:
        pytest.skip(f"import refused with a clear error (see test_import): {im.refused[:200]}")
    case = next(c for c in im.cf.cases if c.qid == qid)
    outcome, got = judge_case(case, im.answer(qid), strict_clarify)
    assert outcome == "correct", (
        f"{case.question!r}: {outcome}: {got} (understood: {im.answer(qid).get('understood')!r})"
    )


def judge_case(case: Any, j: dict, strict_clarify: bool = False) -> tuple[str, str]:
    """Round 2's judge; with ``strict_clarify`` an error where a clarify is due is an ``error``."""
    if strict_clarify and case.kind == "clarify" and j.get("status") == "error":
        return "error", (j.get("text") or "")[:200]
    return judge(case, j)


def check_import(imports: Imports, fid: str) -> None:
    """``insight import`` succeeds, or refuses in one line naming a file (exit 1/2, no traceback); refusing a
    well-formed export is a gap (strict xfail), refusing one whose shape insight does not promise to read
    (``import_may_fail``) is fine when it is one clear line."""
    im = imports[fid.split("::")[0]]
    assert im.crash is None, im.crash
    if im.code == 0:
        return
    lines = [ln for ln in im.err.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, f"error is not one line: {im.err[-800:]}"
    assert any(p.name in lines[0] for p in im.cf.paths), f"error names no file: {lines[0]}"
    if im.cf.import_may_fail is None:
        pytest.fail(f"export refused: {lines[0]}")


def check_cli_subprocess(im: Imported, qid: str, tmp_path: Path) -> None:
    """The real console script once: import a file set, then ``ask -w WS --json`` prints only JSON and is
    right."""
    exe = Path(sys.executable).parent / "insight"
    if not exe.exists():
        pytest.skip("console script not installed next to the interpreter")
    db = tmp_path / "ws.db"
    p = subprocess.run(
        [str(exe), "import", *import_args(im.cf), "-w", str(db)], capture_output=True, text=True, timeout=120
    )
    assert p.returncode == 0, p.stderr
    case = next(c for c in im.cf.cases if c.qid == qid)
    p = subprocess.run(
        [str(exe), "ask", case.question, "-w", str(db), "--json"], capture_output=True, text=True, timeout=120
    )
    assert p.returncode == 0, p.stderr
    outcome, got = judge(case, json.loads(p.stdout))
    assert outcome == "correct", got


# --------------------------------------------------------------------------------------------------------
# The report: the table, every non-correct answer, and the gap file


OUTCOMES = ["correct", "silently-wrong", "wrong-clarify", "error", "crash"]
PREFIX = {
    "silently-wrong": "SILENT",
    "wrong-clarify": "ASKS BACK",
    "error": "ERROR",
    "crash": "CRASH",
    "answered-should-ask": "ANSWERED-SHOULD-ASK",
}


def gap_text(r: dict) -> str:
    if r.get("import") == "refused":
        return "REFUSED: " + re.sub(r"^insight: error: |/\S*/files/", "", r["error"])
    u = r.get("understood") or ""
    return f"{PREFIX[r['outcome']]}: expected {r['expected']}; got {r['got']}; understood: {u}"


def write_gaps(results: list[dict], out: Path, round_no: int, header_extra: str = "") -> None:
    lines = [
        f'"""Known gaps of insight on the round-{round_no} client files (make_clients{round_no}.py): test id -> what'
        " insight does.",
        f"Run as strict xfails by test_clients{round_no}.py, so a fix shows up as XPASS (then delete the entry).",
        "``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the",
        "export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer"
        + (header_extra or "")
        + '."""',
        "",
        "",
        "GAPS: dict[str, str] = {",
    ]
    for r in results:
        if r.get("import") == "refused" and r.get("may_fail"):
            continue  # a shape insight does not promise to read, refused in one line: no gap
        if r.get("import") == "refused":
            fid = f"{r['file']}::import"
        elif r["outcome"] != "correct":
            fid = f"{r['file']}::{r['qid']}"
        else:
            continue
        text = gap_text(r)
        chunks = [text[i : i + 100] for i in range(0, len(text), 100)] or [""]
        lines.append(f"    {fid!r}: (")
        lines += [f"        {json.dumps(c, ensure_ascii=False)}" for c in chunks]
        lines.append("    ),")
    lines.append("}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report_main(build: Build, round_no: int, strict_clarify: bool = False, header_extra: str = "") -> None:
    """``report_clientsN.py [--only NAME,NAME] [--in-process] [--json OUT.json] [--gaps OUT.py] [--gaps-from …]``:
    per file ``insight import FILES -w WS.db [--map …]``, then ``insight ask "Q" -w WS.db --json`` for each
    question (two processes at a time), or both in this process as the tests do."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--gaps", default="")
    ap.add_argument(
        "--in-process",
        action="store_true",
        help=f"import and ask in this process (as test_clients{round_no} does) instead of real processes",
    )
    ap.add_argument("--gaps-from", default="", help="write --gaps from these --json files (comma-separated), no run")
    args = ap.parse_args()
    only = {s for s in args.only.split(",") if s}
    results: list[dict] = []
    if args.gaps_from:
        for f in args.gaps_from.split(","):
            results += json.loads(Path(f).read_text())
        write_gaps(results, Path(args.gaps), round_no, header_extra)
        return
    with tempfile.TemporaryDirectory() as tmp:
        files = [f for f in build(Path(tmp) / "files") if not only or f.name in only]
        print("| file | import | questions | correct | silently wrong | wrong clarify | error | crash |")
        print("|---|---|---|---|---|---|---|---|")
        details: list[str] = []
        total: Counter = Counter()
        for i, cf in enumerate(files):
            ws = Path(tmp) / f"ws{i}.db"
            im = None
            if args.in_process:
                im = Imported(cf, ws)
                code, err = (im.code, im.err) if im.crash is None else (3, im.crash)
            else:
                code, _out, err = cli_import(cf, ws)
            if code != 0:
                line = (err.strip().splitlines() or ["?"])[-1]
                tb = "Traceback" in err
                print(
                    f"| {cf.name} | {'refused (may)' if cf.import_may_fail else '**refused**'} exit {code}"
                    f"{' TRACEBACK' if tb else ''}: {line[:140].replace('|', '/')} | {len(cf.cases)} | – | – | – | – | – |",
                    flush=True,
                )
                details.append(f"- **{cf.name}** import refused (exit {code}): {line[:400]}")
                results.append({"file": cf.name, "import": "refused", "error": line, "may_fail": cf.import_may_fail})
                total["refused files"] += 1
                continue
            answers = (
                [im.answer(c.qid) for c in cf.cases]
                if im is not None
                else cli_ask_all([c.question for c in cf.cases], ws)
            )
            counts: Counter = Counter()
            for c, j in zip(cf.cases, answers, strict=True):
                outcome, got = judge_case(c, j, strict_clarify)
                counts[outcome] += 1
                total[outcome] += 1
                if strict_clarify and c.kind == "clarify" and outcome == "silently-wrong":
                    outcome = "answered-should-ask"
                results.append(
                    {
                        "file": cf.name,
                        "qid": c.qid,
                        "question": c.question,
                        "kind": c.kind,
                        "outcome": outcome,
                        "expected": expected_text(c),
                        "got": got,
                        "understood": j.get("understood"),
                        "status": j.get("status"),
                    }
                )
                if outcome != "correct":
                    details.append(
                        f"- **{cf.name}::{c.qid}** [{outcome}] `{c.question}` — expected "
                        f"{expected_text(c)}; got {got}; understood: {j.get('understood')!r}"
                    )
            print(
                f"| {cf.name} | ok | {len(cf.cases)} | " + " | ".join(str(counts[o]) for o in OUTCOMES) + " |",
                flush=True,
            )
        print(
            f"| **total** | {len(files) - total['refused files']} of {len(files)} imported | "
            f"{sum(len(f.cases) for f in files)} | " + " | ".join(str(total[o]) for o in OUTCOMES) + " |"
        )
        print()
        print("\n".join(details))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    if args.gaps:
        write_gaps(results, Path(args.gaps), round_no, header_extra)
