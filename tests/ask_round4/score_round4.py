"""Score `insight ask` on round4.jsonl (judged exactly like the held-out set: tests/ask_heldout/score_heldout.py).

    .venv/bin/python tests/ask_round4/score_round4.py [--cli] [--only ID,ID] [--json-out FILE] [--show-failures]

In-process by default (insight.api.load_file once per data file, insight.api.demo_dataset() for `"data": "demo"`,
a fresh insight.api.session per question, the `context` questions asked first). `--cli` runs one real
`insight ask Q --data FILE --json` (or `-w DEMO_WS` for demo questions) per question; a follow-up with
`context` cannot carry its session across processes there and is asked in-process even with --cli.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ask_heldout"))
import score_heldout as sh  # noqa: E402

DEMO_WS = Path("/tmp/r4demo.db")


def records() -> list[dict]:
    rs = [json.loads(x) for x in (HERE / "round4.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    order = list(dict.fromkeys(r["data"] for r in rs))
    return sorted(rs, key=lambda r: order.index(r["data"]))  # one data set in memory at a time


class Runner:
    """In-process: one loaded Dataset per data file, a new session per question."""

    def __init__(self) -> None:
        from insight import api
        self.api = api
        self.cache: dict[str, object] = {}

    def dataset(self, data: str):
        if data not in self.cache:  # every data set stays loaded: pytest-xdist may interleave them
            self.cache[data] = self.api.demo_dataset() if data == "demo" else self.api.load_file(sh.SHARED / "data" / data)
        return self.cache[data]

    def ask(self, record: dict) -> dict:
        s = self.api.session(self.dataset(record["data"]))
        for q in record.get("context") or []:
            s.ask(q)
        return s.ask(record["question"]).to_json()


def ask_cli(record: dict, exe: str) -> dict:
    where = ["-w", str(DEMO_WS)] if record["data"] == "demo" else ["--data", str(sh.SHARED / "data" / record["data"])]
    p = subprocess.run([exe, "ask", record["question"], *where, "--json"], capture_output=True, text=True, timeout=300)
    return json.loads(p.stdout)


def collect(rs: list[dict], exe: str, cache: Path, workers: int) -> dict[str, dict]:
    """Ask every question without context through the real CLI, a few processes at a time; keep the answers."""
    from concurrent.futures import ThreadPoolExecutor

    done = {}
    if cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            x = json.loads(line)
            done[x["id"]] = x["answer"]
    todo = [r for r in rs if r["id"] not in done and not r.get("context")]

    def one(r: dict) -> tuple[str, dict]:
        try:
            return r["id"], ask_cli(r, exe)
        except Exception as exc:  # recorded as a crash answer
            return r["id"], {"status": "crash", "text": f"{type(exc).__name__}: {exc}"[:300]}

    with ThreadPoolExecutor(workers) as pool, cache.open("a", encoding="utf-8") as fh:
        for qid, ans in pool.map(one, todo):
            done[qid] = ans
            fh.write(json.dumps({"id": qid, "answer": ans}, ensure_ascii=False) + "\n")
            fh.flush()
            print("collected", qid, ans.get("status"), flush=True)
    return done


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--exe", default=str(sh.ROOT / ".venv" / "bin" / "insight"))
    ap.add_argument("--only", default="")
    ap.add_argument("--json-out", default="")
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--cache", default="", help="with --cli: jsonl of CLI answers; collected first (resumable, "
                    "--workers processes at a time), then judged from it")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    rs = records()
    if args.only:
        keep = set(args.only.split(","))
        rs = [r for r in rs if r["id"] in keep]
    if args.cli and any(r["data"] == "demo" for r in rs) and not DEMO_WS.exists():
        subprocess.run([args.exe, "demo", "-w", str(DEMO_WS)], check=True, capture_output=True)
    cached: dict[str, dict] = {}
    if args.cli and args.cache:
        cached = collect(rs, args.exe, Path(args.cache), args.workers)
    runner = Runner()
    results, t0 = [], time.time()
    for r in rs:
        ans, crash, t = None, "", time.time()
        try:
            if r["id"] in cached:
                ans = cached[r["id"]]
            else:
                ans = ask_cli(r, args.exe) if args.cli and not r.get("context") else runner.ask(r)
        except Exception as exc:  # a crash fails this question only
            crash = f"crash: {type(exc).__name__}: {exc}"[:300]
        cls, detail = sh.classify(r, ans, crash)
        results.append({"q": r, "answer": ans, "class": cls, "detail": detail, "secs": round(time.time() - t, 2)})
        print(f"{r['id']} {sh.SHORT[cls]:7s} {r['question'][:60]:60s} | {detail[:90]}", flush=True)
    print(f"\n{len(results)} questions in {time.time() - t0:.0f} s\n")
    table: dict[str, Counter] = defaultdict(Counter)
    for x in results:
        table[x["q"]["data"]][x["class"]] += 1
        table["TOTAL"][x["class"]] += 1
    print(f"| data | n | {' | '.join(sh.CLASSES)} |")
    print("|" + "---|" * (len(sh.CLASSES) + 2))
    for data, cnt in table.items():
        print(f"| {data} | {sum(cnt.values())} | {' | '.join(str(cnt[c]) for c in sh.CLASSES)} |")
    if args.show_failures:
        for x in results:
            if x["class"] not in ("correct", "typo_clarify"):
                q = x["q"]
                print(f"\n[{x['class']}] {q['id']} [{q['data']}] {q['question']}"
                      f"\n   expected: {sh.describe_expect(q['expect'])}" + (f"  ({q['note']})" if q.get("note") else "")
                      + f"\n   verdict : {x['detail']}\n   got     : {sh.describe_answer(x['answer'])}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(
            [{"id": x["q"]["id"], "data": x["q"]["data"], "question": x["q"]["question"], "context": x["q"].get("context"),
              "class": x["class"], "detail": x["detail"], "expect": x["q"]["expect"], "note": x["q"].get("note"),
              "answer": {k: (x["answer"] or {}).get(k) for k in ("status", "columns", "rows", "text", "understood",
                                                                  "options", "notes", "as_of")}}
             for x in results], ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
