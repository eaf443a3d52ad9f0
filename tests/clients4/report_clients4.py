"""Run every client file of make_clients4 through real ``insight`` processes and print the results table and
every answer that is not correct (question, expected, got, understood) as Markdown.

    .venv/bin/python tests/clients4/report_clients4.py [--only NAME,NAME] [--json OUT.json] [--gaps OUT.py]

Per file: ``insight import FILES -w WS.db [--map …] [--table …]``, then ``insight ask "Q" -w WS.db --json``
for each question (two processes at a time). ``--gaps`` writes the non-correct cases in the form of
client4_gaps.py (review before replacing it). The judge and the process runners are round 2's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "clients2"))

from client2_judge import cli_ask_all, cli_import, expected_text, judge  # noqa: E402
from make_clients4 import build  # noqa: E402

OUTCOMES = ["correct", "silently-wrong", "wrong-clarify", "error", "crash"]
PREFIX = {"silently-wrong": "SILENT", "wrong-clarify": "ASKS BACK", "error": "ERROR", "crash": "CRASH"}


def gap_text(r: dict) -> str:
    if r.get("import") == "refused":
        return "REFUSED: " + re.sub(r"^insight: error: |/\S*/files/", "", r["error"])
    u = r.get("understood") or ""
    return f"{PREFIX[r['outcome']]}: expected {r['expected']}; got {r['got']}; understood: {u}"


def write_gaps(results: list[dict], out: Path) -> None:
    lines = [
        '"""Known gaps of insight on the round-4 client files (make_clients4.py): test id -> what insight does.',
        "Run as strict xfails by test_clients4.py, so a fix shows up as XPASS (then delete the entry). ``SILENT:``",
        "a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the export is",
        'well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer."""',
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--gaps", default="")
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="import and ask in this process (as test_clients4 does) instead of real processes",
    )
    ap.add_argument("--gaps-from", default="", help="write --gaps from these --json files (comma-separated), no run")
    args = ap.parse_args()
    only = {s for s in args.only.split(",") if s}
    results: list[dict] = []
    if args.gaps_from:
        for f in args.gaps_from.split(","):
            results += json.loads(Path(f).read_text())
        write_gaps(results, Path(args.gaps))
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
                from test_clients4 import Imported

                im = Imported(cf, ws)
                code, err = (im.code, im.err) if im.crash is None else (3, im.crash)
            else:
                code, out, err = cli_import(cf, ws)
            if code != 0:
                line = (err.strip().splitlines() or ["?"])[-1]
                tb = "Traceback" in err
                print(
                    f"| {cf.name} | {'refused (may)' if cf.import_may_fail else '**refused**'} exit {code}{' TRACEBACK' if tb else ''}: "
                    f"{line[:140].replace('|', '/')} | {len(cf.cases)} | – | – | – | – | – |",
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
            for c, j in zip(cf.cases, answers):
                outcome, got = judge(c, j)
                counts[outcome] += 1
                total[outcome] += 1
                results.append(
                    {
                        "file": cf.name,
                        "qid": c.qid,
                        "question": c.question,
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
        write_gaps(results, Path(args.gaps))


if __name__ == "__main__":
    main()
