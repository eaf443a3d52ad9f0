"""Independent reference for the Ask evaluation: metrics.md re-implemented in plain polars on the raw
columns (Invoice, Customer ID, InvoiceDate, Quantity, Price, Country) and on the demo tables.

It shares no code with ``insight.metrics`` / ``insight.query`` on purpose: the expected answers in
questions_*.jsonl are generated from here (build_questions.py), and the tests compare Ask against them.
Also: paths, the question files, check.py's ``judge`` (imported, not copied) and the text checks.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import polars as pl

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data"
CHECK_PY = SHARED / "questions" / "check.py"
QUESTION_FILES = sorted(HERE.glob("questions_*.jsonl"))
RETAIL_FILES = ("online_retail_ii.parquet", "online_retail.parquet")

_RAW_NAMES = {"Invoice": "order_id", "InvoiceNo": "order_id", "Customer ID": "customer_id",
              "CustomerID": "customer_id", "InvoiceDate": "ts", "Price": "price", "UnitPrice": "price",
              "Quantity": "quantity", "Country": "country", "StockCode": "product_id"}


# ------------------------------------------------------------------------------------------------
# check.py and the question files
# ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def check_module() -> ModuleType:
    """../shared/questions/check.py, loaded by path (it is the scorer, so it is not copied)."""
    spec = importlib.util.spec_from_file_location("shared_questions_check", CHECK_PY)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def read_questions(paths: list[Path] | None = None) -> list[dict]:
    records = []
    for path in paths or QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


# ------------------------------------------------------------------------------------------------
# Lines: the conventions of metrics.md, applied to the raw columns
# ------------------------------------------------------------------------------------------------


def retail_lines(raw: pl.DataFrame) -> pl.DataFrame:
    """Raw Online Retail (II) → order_id, customer_id, day, country, amount, is_return, valid (a real order)."""
    df = raw.rename({k: v for k, v in _RAW_NAMES.items() if k in raw.columns})
    return _mark(df.with_columns(gross=pl.col("quantity") * pl.col("price"), day=pl.col("ts").dt.date()))


def demo_lines(order_lines: pl.DataFrame) -> pl.DataFrame:
    """The demo's canonical order lines (amount given) with the same marks as retail_lines."""
    gross = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    return _mark(order_lines.with_columns(gross=gross, day=pl.col("order_date").dt.date()))


def _mark(df: pl.DataFrame) -> pl.DataFrame:
    is_return = (pl.col("quantity") < 0) | pl.col("order_id").str.starts_with("C")
    df = df.with_columns(is_return=is_return).with_columns(
        amount=pl.when(pl.col("is_return")).then(-pl.col("gross").abs()).otherwise(pl.col("gross")))
    real = (df.filter(~pl.col("is_return")).group_by("order_id").agg(s=pl.col("amount").sum())
            .filter(pl.col("s") > 0).select("order_id", valid=pl.lit(True)))
    return df.join(real, on="order_id", how="left").with_columns(pl.col("valid").fill_null(False))


def analysis_date(lines: pl.DataFrame) -> dt.date:
    """The day after the latest order date."""
    return lines.get_column("day").max() + dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------
# Windows (metrics.md "Time windows"); each returns [start, end)
# ------------------------------------------------------------------------------------------------

Window = tuple[dt.date | None, dt.date | None]


def month_start(d: dt.date, back: int = 0) -> dt.date:
    index = d.year * 12 + d.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def calendar_month(year: int, month: int) -> Window:
    start = dt.date(year, month, 1)
    return start, month_start(start, -1)


def calendar_quarter(year: int, q: int) -> Window:
    start = dt.date(year, 3 * q - 2, 1)
    return start, month_start(start, -3)


def calendar_year(year: int) -> Window:
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)


def last_days(as_of: dt.date, n: int) -> Window:
    return as_of - dt.timedelta(days=n), as_of


def last_months(as_of: dt.date, n: int) -> Window:
    return month_start(as_of, n), as_of


def last_month(as_of: dt.date) -> Window:
    return month_start(as_of, 1), month_start(as_of)


def last_quarter(as_of: dt.date) -> Window:
    this_q = dt.date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
    return month_start(this_q, 3), this_q


def last_year(as_of: dt.date) -> Window:
    return calendar_year(as_of.year - 1)


def this_year(as_of: dt.date) -> Window:
    return dt.date(as_of.year, 1, 1), as_of


def within(lines: pl.DataFrame, window: Window = (None, None), countries: list[str] | None = None,
           as_of: dt.date | None = None) -> pl.DataFrame:
    start, end = window
    if as_of is not None:
        end = as_of if end is None else min(end, as_of)
    if start is not None:
        lines = lines.filter(pl.col("day") >= start)
    if end is not None:
        lines = lines.filter(pl.col("day") < end)
    if countries:
        lines = lines.filter(pl.col("country").is_in(countries))
    return lines


# ------------------------------------------------------------------------------------------------
# Metrics
# ------------------------------------------------------------------------------------------------


def revenue(lines: pl.DataFrame) -> float:
    return float(lines.get_column("amount").sum())


def orders(lines: pl.DataFrame) -> int:
    return lines.filter(pl.col("valid")).get_column("order_id").n_unique()


def customers(lines: pl.DataFrame) -> int:
    return lines.filter(pl.col("valid")).get_column("customer_id").drop_nulls().n_unique()


def aov(lines: pl.DataFrame) -> float:
    return revenue(lines) / orders(lines)


def unattributed_revenue(lines: pl.DataFrame) -> float:
    return revenue(lines.filter(pl.col("customer_id").is_null()))


def first_orders(lines: pl.DataFrame) -> pl.DataFrame:
    """customer_id → day of the first real order in the data."""
    return (lines.filter(pl.col("valid") & pl.col("customer_id").is_not_null())
            .group_by("customer_id").agg(first=pl.col("day").min()))


def new_customers(lines: pl.DataFrame, window: Window) -> int:
    first = first_orders(lines)
    start, end = window
    return first.filter((pl.col("first") >= start) & (pl.col("first") < end)).height


def new_customers_by(lines: pl.DataFrame, grain: str) -> list[list]:
    first = first_orders(lines).with_columns(key=_label(pl.col("first"), grain))
    out = first.group_by("key").agg(n=pl.len()).sort("key")
    return [[k, n] for k, n in out.iter_rows()]


def per_customer(lines: pl.DataFrame) -> pl.DataFrame:
    """customer_id, revenue, orders, last day — attributed lines, customers with at least one order."""
    att = lines.filter(pl.col("customer_id").is_not_null())
    buyers = att.filter(pl.col("valid")).group_by("customer_id").agg(
        orders=pl.col("order_id").n_unique(), last=pl.col("day").max(), first=pl.col("day").min())
    rev = att.group_by("customer_id").agg(revenue=pl.col("amount").sum())
    return buyers.join(rev, on="customer_id", how="left").sort("customer_id")


def repeat_rate(lines: pl.DataFrame) -> float:
    pc = per_customer(lines)
    return pc.filter(pl.col("orders") >= 2).height / pc.height


def _buyers(lines: pl.DataFrame, window: Window) -> set:
    return set(within(lines, window).filter(pl.col("valid")).get_column("customer_id").drop_nulls().to_list())


def retention(lines: pl.DataFrame, previous: Window, current: Window) -> float:
    before = _buyers(lines, previous)
    return len(before & _buyers(lines, current)) / len(before)


def _label(expr: pl.Expr, grain: str) -> pl.Expr:
    if grain == "month":
        return expr.dt.strftime("%Y-%m")
    if grain == "quarter":
        return expr.dt.year().cast(pl.String) + "-Q" + expr.dt.quarter().cast(pl.String)
    if grain == "year":
        return expr.dt.year()
    raise ValueError(grain)


def trend(lines: pl.DataFrame, metric: str, grain: str) -> list[list]:
    """[[label, value], ...] in time order for revenue / orders / customers / aov."""
    df = lines.with_columns(key=_label(pl.col("day"), grain))
    valid = pl.col("valid")
    aggs = {
        "revenue": pl.col("amount").sum(),
        "orders": pl.col("order_id").filter(valid).n_unique(),
        "customers": pl.col("customer_id").filter(valid & pl.col("customer_id").is_not_null()).n_unique(),
    }
    if metric == "aov":
        out = df.group_by("key").agg(r=aggs["revenue"], o=aggs["orders"]).with_columns(v=pl.col("r") / pl.col("o"))
    else:
        out = df.group_by("key").agg(v=aggs[metric])
    return [[k, _num(v)] for k, v in out.sort("key").select("key", "v").iter_rows()]


def by_country(lines: pl.DataFrame, metric: str, top: int | None = None, ascending: bool = False) -> list[list]:
    """[[country, value], ...] ranked by value (ties by name)."""
    valid = pl.col("valid")
    agg = {
        "revenue": pl.col("amount").sum(),
        "orders": pl.col("order_id").filter(valid).n_unique(),
        "customers": pl.col("customer_id").filter(valid & pl.col("customer_id").is_not_null()).n_unique(),
        "quantity": pl.col("quantity").sum(),
    }
    if metric == "aov":
        out = lines.group_by("country").agg(r=agg["revenue"], o=agg["orders"]).with_columns(
            v=pl.col("r") / pl.col("o")).filter(pl.col("o") > 0)
    elif metric == "revenue_share":
        out = lines.group_by("country").agg(v=agg["revenue"]).with_columns(v=pl.col("v") / pl.col("v").sum())
    else:
        out = lines.group_by("country").agg(v=agg[metric])
    out = out.sort(["v", "country"], descending=[not ascending, False])
    rows = [[c, _num(v)] for c, v in out.select("country", "v").iter_rows()]
    return rows[:top] if top else rows


def top_customers(lines: pl.DataFrame, metric: str, n: int, ascending: bool = False) -> list[list]:
    pc = per_customer(lines)
    if metric == "aov":
        pc = pc.with_columns(aov=pl.col("revenue") / pl.col("orders"))
    out = pc.sort([metric, "customer_id"], descending=[not ascending, False]).head(n)
    return [[c, _num(v)] for c, v in out.select("customer_id", metric).iter_rows()]


def abc(lines: pl.DataFrame, a: float = 0.8, b: float = 0.95) -> pl.DataFrame:
    """customer_id, revenue, abc_class: the customer crossing a threshold belongs to the class below it."""
    pc = per_customer(lines).sort(["revenue", "customer_id"], descending=[True, False])
    total = pc.get_column("revenue").sum()
    before = (pl.col("revenue").cum_sum() - pl.col("revenue")) / total
    return pc.with_columns(
        abc_class=pl.when(before < a).then(pl.lit("A")).when(before < b).then(pl.lit("B")).otherwise(pl.lit("C")))


def rfm(lines: pl.DataFrame, as_of: dt.date) -> pl.DataFrame:
    """customer_id, r, f, m scores (ordinal quintiles, ties by id) and rfm_segment."""
    pc = per_customer(lines).with_columns(recency=(pl.lit(as_of) - pl.col("last")).dt.total_days())
    n = pc.height

    def score(col: str, descending: bool) -> pl.DataFrame:
        ranked = pc.sort([col, "customer_id"], descending=[descending, False]).with_row_index("rank", offset=1)
        return ranked.select("customer_id", (5 * pl.col("rank") / n).ceil().cast(pl.Int64).alias(col[0] + "_score"))

    out = pc.join(score("recency", True), on="customer_id").join(score("orders", False), on="customer_id") \
        .rename({"o_score": "f_score"}).join(score("revenue", False), on="customer_id")
    r, f = pl.col("r_score"), pl.col("f_score")
    seg = (pl.when((r <= 2) & (f <= 2)).then(pl.lit("Hibernating"))
           .when((r <= 2) & (f <= 4)).then(pl.lit("At Risk"))
           .when(r <= 2).then(pl.lit("Can't Lose Them"))
           .when((r == 3) & (f <= 2)).then(pl.lit("About to Sleep"))
           .when((r == 3) & (f == 3)).then(pl.lit("Need Attention"))
           .when((r <= 4) & (f >= 4)).then(pl.lit("Loyal"))
           .when((r == 4) & (f == 1)).then(pl.lit("Promising"))
           .when((r == 5) & (f == 1)).then(pl.lit("New"))
           .when(f <= 3).then(pl.lit("Potential Loyalist"))
           .otherwise(pl.lit("Champions")))
    return out.with_columns(rfm_segment=seg)


def count_by(frame: pl.DataFrame, key: str) -> list[list]:
    return [[k, n] for k, n in frame.group_by(key).agg(n=pl.len()).sort(key).iter_rows()]


def share_by(frame: pl.DataFrame, key: str, value: str = "revenue") -> list[list]:
    out = frame.group_by(key).agg(v=pl.col(value).sum()).with_columns(v=pl.col("v") / pl.col("v").sum())
    return [[k, _num(v)] for k, v in out.sort(key).iter_rows()]


def _num(v: float | int) -> float | int:
    return round(v, 6) if isinstance(v, float) else v


# ------------------------------------------------------------------------------------------------
# Checks on the answer beyond check.py: language, number format, structure
# ------------------------------------------------------------------------------------------------

_EN_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(,\d{3})+\.\d{1,2}(?![\d])")
_DE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(\.\d{3})+,\d{1,2}(?![\d])")


def text_problems(answer: dict, lang: str | None) -> list[str]:
    """Language and number-format problems of an ok answer's text (German: 1.234,56; English: 1,234.56)."""
    problems = []
    text = str(answer.get("text", ""))
    if lang is not None and answer.get("language") != lang:
        problems.append(f"language {answer.get('language')!r}, expected {lang!r}")
    if lang == "de" and _EN_THOUSANDS.search(text):
        problems.append(f"English number format in German text: {_EN_THOUSANDS.search(text).group(0)}")
    if lang == "en" and _DE_THOUSANDS.search(text):
        problems.append(f"German number format in English text: {_DE_THOUSANDS.search(text).group(0)}")
    return problems


def structure_problems(expect: dict, answer: dict) -> list[str]:
    """expect kind 'structure': status ok, the named columns present, row count and value ranges."""
    if answer.get("status") != "ok":
        return [f"status {answer.get('status')!r}, expected 'ok': {str(answer.get('text', ''))[:100]}"]
    columns, rows = answer.get("columns") or [], answer.get("rows") or []
    problems = [f"missing column {c!r}; columns are {columns}" for c in expect.get("columns", []) if c not in columns]
    if len(rows) < expect.get("min_rows", 1):
        problems.append(f"{len(rows)} row(s), expected at least {expect.get('min_rows', 1)}")
    if "max_rows" in expect and len(rows) > expect["max_rows"]:
        problems.append(f"{len(rows)} row(s), expected at most {expect['max_rows']}")
    for col, (lo, hi) in expect.get("ranges", {}).items():
        if col not in columns:
            continue
        i = columns.index(col)
        bad = [r[i] for r in rows if not (isinstance(r[i], (int, float)) and math.isfinite(r[i]) and lo <= r[i] <= hi)]
        if bad:
            problems.append(f"{col} outside [{lo}, {hi}]: {bad[:3]}")
    for col, values in expect.get("values_in", {}).items():
        if col in columns:
            i = columns.index(col)
            seen = {str(r[i]).casefold() for r in rows}
            missing = [v for v in values if v.casefold() not in seen]
            if missing:
                problems.append(f"{col} lacks {missing}; has {sorted(seen)[:8]}")
    for word in expect.get("text_has", []):
        if word.casefold() not in str(answer.get("text", "")).casefold():
            problems.append(f"text lacks {word!r}")
    return problems


def verdict(record: dict, answer: dict) -> tuple[bool, str]:
    """check.py's judge (or the structure check), then the text checks for ok answers."""
    expect = record["expect"]
    if expect["kind"] == "structure":
        problems = structure_problems(expect, answer)
        ok, reason = not problems, "; ".join(problems) or "structure ok"
    else:
        ok, reason = check_module().judge(expect, answer)
    if ok and answer.get("status") == "ok":
        problems = text_problems(answer, None if record.get("mixed") else record.get("lang"))
        if problems:
            return False, "; ".join(problems)
    return ok, reason
