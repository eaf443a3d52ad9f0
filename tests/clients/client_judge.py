"""Judging one answer (the JSON of answers.md) against a Case of make_clients.py.

Outcomes: ``correct``; ``wrong`` (status ok with a number that is not the truth: silently wrong);
``clarify`` (asked back where an answer was due); ``error`` (status error where an answer was due);
``crash`` (an exception that is not an InsightError).
"""

from __future__ import annotations

import math
import re
from typing import Any

ALIASES = {
    "deutschland": "germany", "de": "germany", "österreich": "austria", "at": "austria", "schweiz": "switzerland",
    "ch": "switzerland", "frankreich": "france", "nl": "netherlands", "niederlande": "netherlands",
    "us": "united states", "usa": "united states", "vereinigte staaten": "united states",
    "united states of america": "united states",
}


def key(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).strip().lower()
    s = re.sub(r"\s*\((incomplete|unvollständig)\)|\*$", "", s)
    return ALIASES.get(s, s)


def close(got: Any, expected: float) -> bool:
    if not isinstance(got, (int, float)) or isinstance(got, bool) or got is None or math.isnan(got):
        return False
    tol = max(1e-6 * abs(expected), 0.011 if abs(expected) > 1 else 1e-4)
    return abs(got - expected) <= tol


def _num_cols(j: dict) -> list[int]:
    rows = j["rows"]
    return [i for i in range(len(j["columns"]))
            if rows and all(isinstance(r[i], (int, float)) and not isinstance(r[i], bool) or r[i] is None for r in rows)
            and any(r[i] is not None for r in rows)]


def scalar_of(j: dict, metric: str | None) -> Any:
    cols, rows = j["columns"], j["rows"]
    if not rows:
        return None
    if metric and metric in cols and len(rows) == 1:
        return rows[0][cols.index(metric)]
    if len(rows) == 1:
        nums = _num_cols(j)
        if metric and metric not in cols and len(nums) > 1:
            return ("several numbers", {cols[i]: rows[0][i] for i in nums})
        return rows[0][nums[0]] if nums else None
    return ("table", len(rows), cols)


def mapping_of(j: dict, dim: str | None, metric: str | None) -> dict[str, Any] | None:
    cols, rows = j["columns"], j["rows"]
    if not rows:
        return None
    nums = _num_cols(j)
    if metric in cols:
        vi = cols.index(metric)
    elif nums:
        vi = nums[-1] if len(nums) == 1 else nums[0]
    else:
        return None
    if dim in cols:
        di = cols.index(dim)
    else:
        others = [i for i in range(len(cols)) if i not in nums]
        if not others:
            return None
        di = others[0]
    return {key(r[di]): r[vi] for r in rows}


def _match_breakdown(got: dict[str, Any] | None, expected: dict[str, float]) -> bool:
    if got is None:
        return False
    exp = {key(k): v for k, v in expected.items()}
    if set(got) != set(exp):
        return False
    return all(close(got[k], v) for k, v in exp.items())


def _hint(case: Any, got: Any) -> str:
    for label, value in case.wrong.items():
        if value is None:
            continue
        if isinstance(value, dict):
            if isinstance(got, dict) and _match_breakdown(got, value):
                return label
        elif close(got, value) if isinstance(value, (int, float)) else False:
            return label
    return ""


def fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.4f}" if abs(v) < 10 else f"{v:,.2f}"
    return str(v)


def judge(case: Any, j: dict) -> tuple[str, str]:
    """(outcome, detail) for the answer JSON ``j``."""
    status, kind = j.get("status"), case.kind
    said = (j.get("text") or "")[:160]
    if kind == "clarify":
        if status == "clarify":
            return "correct", ""
        if status == "error":
            return "error", said
        return "wrong", f"answered instead of asking back: {said!r} (understood: {j.get('understood')!r})"
    if kind == "refuse":
        if status in ("clarify", "error"):
            return "correct", f"{status}: {said}"
        blob = " ".join([*(j.get("notes") or []), j.get("text") or ""]).lower()
        if re.search(r"chf|mehrere währungen|several currencies|multiple currencies|mixed currenc|gemischte",
                     blob) or "currency" in j.get("columns", []):
            return "correct", "answered with a currency note"
        got = scalar_of(j, case.metric)
        hint = _hint(case, got)
        notes = "; ".join(j.get("notes") or [])
        return "wrong", (f"summed across EUR and CHF without a word: got {fmt(got)}" + (f" = {hint}" if hint else "")
                         + (f"; notes: {notes!r}" if notes else ""))
    if kind == "needs_orders":
        if status != "ok":
            return "correct", f"{status}: {said}"
        got = scalar_of(j, case.metric)
        if got is None:
            return "correct", "ok without a number"
        return "wrong", f"gave a number on a customers table without orders: {fmt(got)} ({said!r})"
    if status == "clarify":
        return "clarify", f"{said} options={j.get('options')}"
    if status == "error":
        return "error", said
    if kind == "scalar":
        got = scalar_of(j, case.metric)
        if close(got, case.expected):
            return "correct", ""
        hint = _hint(case, got)
        return "wrong", (f"got {fmt(got)}, expected {fmt(case.expected)}" + (f" = {hint}" if hint else "")
                         + f" (understood: {j.get('understood')!r})")
    if kind == "breakdown":
        got = mapping_of(j, case.dim, case.metric)
        if _match_breakdown(got, case.expected):
            return "correct", ""
        hint = _hint(case, got)
        exp = {key(k): v for k, v in case.expected.items()}
        if got is None:
            return "wrong", f"no usable table: columns={j['columns']} (understood: {j.get('understood')!r})"
        diff = [f"{k}: got {fmt(got.get(k))} exp {fmt(exp.get(k))}" for k in sorted(set(got) | set(exp))
                if not (k in got and k in exp and close(got[k], exp[k]))][:4]
        return "wrong", (f"{'= ' + hint + '; ' if hint else ''}columns={j['columns']}; " + "; ".join(diff)
                         + f" (understood: {j.get('understood')!r})")
    if kind == "top":
        cols, rows = j["columns"], j["rows"]
        ci = cols.index("customer_id") if "customer_id" in cols else 0
        vi = cols.index(case.metric) if case.metric in cols else (_num_cols(j) or [None])[0]
        got = [(key(r[ci]), r[vi] if vi is not None else None) for r in rows[:len(case.expected)]]
        exp = [(key(c), v) for c, v in case.expected]
        if len(got) == len(exp) and all(g[0] == e[0] and close(g[1], e[1]) for g, e in zip(got, exp)):
            return "correct", ""
        return "wrong", f"got {got[:3]}…, expected {[(c, round(v, 2)) for c, v in exp[:3]]}…"
    raise ValueError(kind)
