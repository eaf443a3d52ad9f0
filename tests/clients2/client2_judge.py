"""Judge one answer JSON against a Case of make_clients2, and run a client file through insight.

Outcomes: ``correct`` (right number, or asked back where the data lacks what is named), ``silently-wrong``
(status ok with a wrong number, grouping or an ignored filter: the worst outcome), ``wrong-clarify`` (asked
back although the data answers it), ``error``, ``crash``.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# Country codes and names a client writes, and what insight may show instead (metrics.md: JSON labels are
# canonical English); compared on both sides.
COUNTRY = {"de": "germany", "deutschland": "germany", "at": "austria", "österreich": "austria",
           "ch": "switzerland", "schweiz": "switzerland", "nl": "netherlands", "niederlande": "netherlands",
           "fr": "france", "frankreich": "france", "it": "italy", "italien": "italy", "es": "spain",
           "spanien": "spain", "uk": "united kingdom", "gb": "united kingdom", "us": "united states",
           "usa": "united states"}


def key(v: Any) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = "none" if v is None else str(v).strip().lower()
    if s.isdigit():
        s = s.lstrip("0") or "0"
    return COUNTRY.get(s, s)


def close(a: Any, b: float) -> bool:
    if not isinstance(a, (int, float)) or isinstance(a, bool) or a is None or math.isnan(a):
        return False
    tol = max(1e-4 * abs(b), 0.006 if abs(b) >= 1 else 1e-4)
    return abs(a - b) <= tol


def _num_cols(j: dict) -> list[int]:
    rows = j.get("rows") or []
    return [i for i in range(len(j.get("columns") or []))
            if rows and all(isinstance(r[i], (int, float)) and not isinstance(r[i], bool) for r in rows if r[i] is not None)
            and any(r[i] is not None for r in rows)]


def scalars(j: dict, metric: str | None) -> list[Any]:
    """The candidate numbers of a one-row answer, the named metric's first."""
    cols, rows = j.get("columns") or [], j.get("rows") or []
    if len(rows) != 1:
        return []
    idx = _num_cols(j)
    if metric in cols:
        idx = [cols.index(metric)] + [i for i in idx if cols[i] != metric]
    return [rows[0][i] for i in idx]


def mappings(j: dict) -> list[tuple[str, dict[str, Any]]]:
    """(value column, {dimension value: number}) for every numeric column, the dimension being the first
    non-numeric column."""
    cols, rows = j.get("columns") or [], j.get("rows") or []
    if not rows or len(cols) < 2:
        return []
    # answers.md: dimension columns come first (a numeric customer id or year is still the dimension)
    nums = [i for i in _num_cols(j) if i != 0]
    return [(cols[vi], {key(r[0]): r[vi] for r in rows}) for vi in nums]


def _match(got: dict[str, Any], exp: dict[str, float]) -> bool:
    e = {key(k): v for k, v in exp.items()}
    return set(got) == set(e) and all(close(got[k], v) for k, v in e.items())


def fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.4f}" if abs(v) < 10 else f"{v:,.2f}"
    return str(v)


def _hint(case: Any, got: Any) -> str:
    for label, value in case.wrong.items():
        if isinstance(value, dict) and isinstance(got, dict) and _match(got, value):
            return " = " + label
        if isinstance(value, (int, float)) and close(got, value):
            return " = " + label
    return ""


def expected_text(case: Any) -> str:
    if case.kind == "scalar":
        return fmt(case.expected) + (f" (or {', '.join(fmt(a) for a in case.alts)})" if case.alts else "")
    if case.kind == "breakdown":
        items = sorted(case.expected.items())
        return "{" + ", ".join(f"{k}: {fmt(v)}" for k, v in items[:6]) + (", …" if len(items) > 6 else "") + "}"
    if case.kind == "top":
        return str([(c, round(v, 2)) for c, v in case.expected])
    return case.kind


def judge(case: Any, j: dict) -> tuple[str, str]:
    """(outcome, what came back) for the answer JSON ``j``."""
    status = j.get("status")
    text = (j.get("text") or "")[:200]
    if status == "crash":
        return "crash", text
    if case.kind == "clarify":
        if status == "clarify":
            return "correct", ""
        if status == "error":  # one line naming what the data lacks is as good as asking back
            return "correct", f"error: {text}"
        return "silently-wrong", f"answered instead of asking back: {text!r}"
    if case.kind == "needs_orders":
        if status != "ok" or not scalars(j, None):
            return "correct", ""
        return "silently-wrong", f"a number on a table without orders: {text!r}"
    if status == "clarify":
        return "wrong-clarify", f"{text} options={j.get('options')}"
    if status == "error":
        return "error", text
    if case.kind == "scalar":
        cands = scalars(j, case.metric)
        if any(close(c, e) for c in cands for e in (case.expected, *case.alts)):
            return "correct", ""
        if not cands:
            return "silently-wrong", f"no single number: columns={j.get('columns')} rows={len(j.get('rows') or [])}"
        return "silently-wrong", f"{fmt(cands[0])}{_hint(case, cands[0])}"
    if case.kind == "breakdown":
        maps = mappings(j)
        if any(_match(m, case.expected) for _, m in maps):
            return "correct", ""
        if not maps:
            return "silently-wrong", f"no usable table: columns={j.get('columns')}"
        m = maps[-1][1] if case.metric not in [c for c, _ in maps] else dict(maps)[case.metric]
        items = sorted(m.items())
        return "silently-wrong", ("{" + ", ".join(f"{k}: {fmt(v)}" for k, v in items[:6])
                                  + (", …" if len(items) > 6 else "") + "}" + _hint(case, m)
                                  + f" columns={j.get('columns')}")
    if case.kind == "top":
        cols, rows = j.get("columns") or [], j.get("rows") or []
        nums = [i for i in _num_cols(j) if i != 0]
        if not rows or not nums:
            return "silently-wrong", f"no usable table: columns={cols}"
        vi = cols.index(case.metric) if case.metric in cols else nums[0]
        exp = [(key(c), v) for c, v in case.expected]
        # the customer named by its key (column 0) or, where a mapped key is a tax or customer number, by the
        # `name` column shown beside it (answers.md: dimensions first; the name is an attribute)
        for ci in [0] + [i for i, c in enumerate(cols) if c == "name" and i > 0]:
            got = [(key(r[ci]), r[vi]) for r in rows[:len(case.expected)]]
            if len(got) == len(exp) and all(g[0] == e[0] and close(g[1], e[1]) for g, e in zip(got, exp)):
                return "correct", ""
        got = [(key(r[0]), r[vi]) for r in rows[:len(case.expected)]]
        return "silently-wrong", str([(c, round(v, 2) if isinstance(v, float) else v) for c, v in got])
    raise ValueError(case.kind)


# --------------------------------------------------------------------------------------------------------
# Running a client file


def import_args(cf: Any) -> list[str]:
    args = [str(p) for p in cf.paths]
    for k, v in (cf.mapping or {}).items():
        args += ["--map", f"{k}={v}"]
    if cf.table:
        args += ["--table", cf.table]
    return args


def insight_exe() -> str:
    exe = Path(sys.executable).parent / "insight"
    return str(exe)


def cli_import(cf: Any, ws: Path) -> tuple[int, str, str]:
    """``insight import FILES -w WS`` as a real process."""
    p = subprocess.run([insight_exe(), "import", *import_args(cf), "-w", str(ws)], capture_output=True, text=True,
                       timeout=300, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    return p.returncode, p.stdout, p.stderr


def cli_ask(question: str, ws: Path) -> dict:
    """``insight ask Q -w WS --json`` as a real process; a crash or non-JSON output is a ``crash`` answer."""
    p = subprocess.run([insight_exe(), "ask", question, "-w", str(ws), "--json"], capture_output=True, text=True,
                       timeout=300)
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError:
        return {"status": "crash", "text": f"exit {p.returncode}: {(p.stderr or p.stdout)[-300:]}", "columns": [],
                "rows": []}


def cli_ask_all(questions: list[str], ws: Path, workers: int = 2) -> list[dict]:
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda q: cli_ask(q, ws), questions))
