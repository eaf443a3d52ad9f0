"""Re-run chosen ids of round3.jsonl through the CLI and record the whole answer (understood, notes).

    .venv/bin/python tests/ask_round3/rerun_failures.py ID [ID ...] > out.json
Judged with check.py's own `judge`, so PASS/FAIL agrees with the scorer.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT.parent / "shared" / "questions"))
import check  # noqa: E402

ids = set(sys.argv[1:])
recs = [json.loads(x) for x in (HERE / "round3.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
out = []
for r in recs:
    if r["id"] not in ids:
        continue
    ans, reason, err = check.ask([str(ROOT / ".venv" / "bin" / "insight")], r["question"],
                                 (ROOT.parent / "shared" / "data" / r["data"]).resolve(), 120)
    ok, why = check.judge(r["expect"], ans) if ans else (False, reason)
    out.append({"id": r["id"], "question": r["question"], "data": r["data"], "expect": r["expect"], "ok": ok,
                "why": why, "status": ans and ans.get("status"), "understood": ans and ans.get("understood"),
                "text": ans and ans.get("text"), "columns": ans and ans.get("columns"),
                "rows": ans and (ans.get("rows") or [])[:6], "notes": ans and ans.get("notes"),
                "plan_window": ans and (ans.get("plan") or {}).get("window")})
    print(r["id"], "PASS" if ok else "FAIL", why, file=sys.stderr, flush=True)
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
