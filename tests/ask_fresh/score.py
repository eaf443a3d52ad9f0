"""Score Ask on the fresh evaluation set (issue 13), in-process, and print per data set and in total:
correct, silently wrong, clarify where an answer was expected, answered where a clarify was expected,
asked back without naming the unknown word, and accuracy.

    .venv/bin/python tests/ask_fresh/score.py [--json FILE] [--show-failures] [--write-gaps] [--only ID,ID]

--write-gaps rewrites fresh_gaps.py from this run (every question that is not correct, with its reason).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fresh_support as fs  # noqa: E402

ORDER = ["online_retail_ii.parquet", "demo", fs.SALES, fs.CHURN, fs.MARKETING]
CLASSES = [fs.CORRECT, fs.SILENT, fs.ASKED_BACK, fs.ANSWERED, fs.UNNAMED]
SHORT = {fs.CORRECT: "correct", fs.SILENT: "silent", fs.ASKED_BACK: "clarify_should_answer",
         fs.ANSWERED: "answered_should_clarify", fs.UNNAMED: "clarify_word_not_named"}


def gap_reason(record: dict, answer: dict, klass: str, reason: str) -> str:
    what = fs.describe(answer)
    if klass == fs.SILENT:
        return f"silent: {what} ({reason})"
    if klass == fs.ASKED_BACK:
        return f"asked back, should answer: {str(answer.get('text', ''))[:110]}"
    if klass == fs.ANSWERED:
        return f"answered, should ask back: {what}"
    return f"asked back without naming {record.get('words')}: {str(answer.get('text', ''))[:100]}"


def run(records: list[dict]) -> list[dict]:
    datasets = fs.Datasets()
    results = []
    for record in records:
        if not fs.Datasets.available(record["data"]):
            continue
        try:
            answer = fs.ask(record, datasets)
        except Exception as exc:  # a crash counts as an error answer: asked back, not silent
            answer = {"status": "error", "text": f"crash: {type(exc).__name__}: {exc}", "rows": [], "columns": []}
        ok, reason = fs.judge(record, answer)
        klass = fs.classify(record, answer, ok)
        results.append({"record": record, "answer": answer, "ok": ok, "reason": reason, "class": klass})
    return results


def table(results: list[dict]) -> tuple[str, dict]:
    groups = {name: [r for r in results if r["record"]["data"] == name] for name in ORDER}
    groups["total"] = results
    head = f"{'data':<32}{'n':>5}{'correct':>9}{'silent':>8}{'clarify/should answer':>23}{'answered/should ask':>21}{'ask, word unnamed':>19}{'accuracy':>10}"
    lines = [head, "-" * len(head)]
    summary = {}
    for name, rs in groups.items():
        if not rs:
            continue
        counts = {SHORT[c]: sum(r["class"] == c for r in rs) for c in CLASSES}
        acc = counts["correct"] / len(rs)
        summary[name] = {"n": len(rs), **counts, "accuracy": round(acc, 4)}
        lines.append(f"{name:<32}{len(rs):>5}{counts['correct']:>9}{counts['silent']:>8}"
                     f"{counts['clarify_should_answer']:>23}{counts['answered_should_clarify']:>21}"
                     f"{counts['clarify_word_not_named']:>19}{100 * acc:>9.1f}%")
    return "\n".join(lines), summary


def write_gaps(results: list[dict]) -> None:
    path = HERE / "fresh_gaps.py"
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("KNOWN_GAPS")]
    body = ["KNOWN_GAPS: dict[str, str] = {"]
    for r in results:
        if not r["ok"]:
            reason = gap_reason(r["record"], r["answer"], r["class"], r["reason"]).replace("\n", " ")
            body.append(f"    {r['record']['id']!r}: {reason!r},  # {r['record']['question']}")
    body.append("}")
    path.write_text(head + "\n".join(body) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write a JSON summary (and every failure) to this file")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--write-gaps", action="store_true", help="rewrite fresh_gaps.py from this run")
    parser.add_argument("--only", help="comma-separated ids")
    args = parser.parse_args()
    records = fs.read_questions()
    if args.only:
        wanted = set(args.only.split(","))
        records = [r for r in records if r["id"] in wanted]
    t0 = time.perf_counter()
    results = run(records)
    elapsed = time.perf_counter() - t0
    text, summary = table(results)
    print(text)
    print(f"({len(results)} questions in {elapsed:.1f} s)")
    if args.show_failures:
        for r in results:
            if not r["ok"]:
                rec = r["record"]
                print(f"{rec['id']} [{SHORT[r['class']]}] {rec['question']!r} ({rec['data']}): "
                      f"{gap_reason(rec, r['answer'], r['class'], r['reason'])}")
    if args.json:
        try:
            commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
        except OSError:
            commit = ""
        failures = [{"id": r["record"]["id"], "data": r["record"]["data"], "question": r["record"]["question"],
                     "class": SHORT[r["class"]], "reason": gap_reason(r["record"], r["answer"], r["class"], r["reason"])}
                    for r in results if not r["ok"]]
        args.json.write_text(json.dumps({"date": fs.today(), "commit": commit, "summary": summary,
                                         "failures": failures}, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.write_gaps:
        write_gaps(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
