"""Run every client file of make_clients2 through real ``insight`` processes and print the results table and
every answer that is not correct (question, expected, got, understood) as Markdown.

    .venv/bin/python tests/clients2/report_clients2.py [--only NAME,NAME] [--json OUT.json]

Per file: ``insight import FILES -w WS.db [--map …] [--table …]``, then ``insight ask "Q" -w WS.db --json``
for each question (two processes at a time).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from client2_judge import cli_ask_all, cli_import, expected_text, judge  # noqa: E402
from make_clients2 import build  # noqa: E402

OUTCOMES = ["correct", "silently-wrong", "wrong-clarify", "error", "crash"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    only = {s for s in args.only.split(",") if s}
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        files = [f for f in build(Path(tmp) / "files") if not only or f.name in only]
        print("| file | import | questions | correct | silently wrong | wrong clarify | error | crash |")
        print("|---|---|---|---|---|---|---|---|")
        details: list[str] = []
        total: Counter = Counter()
        for i, cf in enumerate(files):
            ws = Path(tmp) / f"ws{i}.db"
            code, out, err = cli_import(cf, ws)
            if code != 0:
                line = (err.strip().splitlines() or ["?"])[-1]
                tb = "Traceback" in err
                print(f"| {cf.name} | **refused** exit {code}{' TRACEBACK' if tb else ''}: "
                      f"{line[:140].replace('|', '/')} | {len(cf.cases)} | – | – | – | – | – |")
                details.append(f"- **{cf.name}** import refused (exit {code}): {line[:400]}")
                results.append({"file": cf.name, "import": "refused", "error": line})
                total["refused files"] += 1
                continue
            answers = cli_ask_all([c.question for c in cf.cases], ws)
            counts: Counter = Counter()
            for c, j in zip(cf.cases, answers):
                outcome, got = judge(c, j)
                counts[outcome] += 1
                total[outcome] += 1
                results.append({"file": cf.name, "qid": c.qid, "question": c.question, "outcome": outcome,
                                "expected": expected_text(c), "got": got, "understood": j.get("understood"),
                                "status": j.get("status")})
                if outcome != "correct":
                    details.append(f"- **{cf.name}::{c.qid}** [{outcome}] `{c.question}` — expected "
                                   f"{expected_text(c)}; got {got}; understood: {j.get('understood')!r}")
            print(f"| {cf.name} | ok | {len(cf.cases)} | " + " | ".join(str(counts[o]) for o in OUTCOMES) + " |")
        print(f"| **total** | {len(files) - total['refused files']} of {len(files)} imported | "
              f"{sum(total[o] for o in OUTCOMES)} | " + " | ".join(str(total[o]) for o in OUTCOMES) + " |")
        print()
        print("\n".join(details))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
