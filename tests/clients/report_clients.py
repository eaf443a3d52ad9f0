"""Print the results table and every non-correct answer as Markdown (the README's tables are made with it).

    .venv/bin/python tests/clients/report_clients.py
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from client_judge import judge  # noqa: E402
from make_clients import build  # noqa: E402
from test_clients import Loaded  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    loaded = [Loaded(f) for f in build(Path(tmp))]
    print("| file | --data load | questions | correct | silently wrong | clarify | error | crash |")
    print("|---|---|---|---|---|---|---|---|")
    details = []
    for lo in loaded:
        n = len(lo.cf.cases)
        if lo.ds is None:
            state = "refused: " + (lo.refused or lo.crash or "")[:90].replace("|", "/") + "…"
            print(f"| {lo.cf.name} | {state} | {n} | – | – | – | – | – |")
            continue
        counts: Counter = Counter()
        for c in lo.cf.cases:
            o, d = judge(c, lo.answer(c.qid))
            counts[o] += 1
            if o != "correct":
                details.append(f"- **{lo.cf.name}::{c.qid}** `{c.question}` → {o}: {d}".replace("\n", " "))
        print(f"| {lo.cf.name} | ok | {n} | {counts['correct']} | {counts['wrong']} | {counts['clarify']} | "
              f"{counts['error']} | {counts['crash']} |")
    print()
    print("\n".join(details))
