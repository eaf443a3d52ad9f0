"""What the fresh evaluation set needs beyond tests/ask_eval/ask_eval_support.py: plain-polars readers of
the three foreign files, the demo's per-customer profit, the extra judging rules (the ``words`` check of
refuse records, the ``definition`` kind) and the classification of a result (correct / silently wrong /
asked back where an answer was expected / answered where it should have asked back).

Like ask_eval_support it shares no code with ``insight.metrics`` / ``insight.query``: every expected value
is computed here or in build_fresh.py from the raw files (or the demo's raw tables) following
../shared/spec/metrics.md.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ask_eval"))
import ask_eval_support as ref  # noqa: E402

DATA = ref.DATA
QUESTIONS = HERE / "questions_fresh.jsonl"
FOREIGN = DATA / "foreign"
SALES, CHURN, MARKETING = ("foreign/sales_data_sample.csv", "foreign/Churn_Modelling.csv",
                           "foreign/marketing_campaign.csv")
CANCELLED = ("cancelled", "canceled", "storniert", "returned", "retoure")


def read_questions(path: Path = QUESTIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------------------------------------
# Foreign files, read raw
# ------------------------------------------------------------------------------------------------


def sales_lines() -> pl.DataFrame:
    """sales_data_sample.csv → order lines with the marks of ask_eval_support (order_id, customer_id = the
    customer's name, day, country, amount = SALES, valid); status Cancelled lines are dropped (never a sale)."""
    raw = pl.read_csv(FOREIGN / "sales_data_sample.csv", encoding="utf8-lossy", infer_schema_length=0)
    df = raw.select(
        order_id=pl.col("ORDERNUMBER"),
        customer_id=pl.col("CUSTOMERNAME"),
        day=pl.col("ORDERDATE").str.strptime(pl.Datetime, "%m/%d/%Y %H:%M").dt.date(),
        country=pl.col("COUNTRY"),
        territory=pl.col("TERRITORY"),
        productline=pl.col("PRODUCTLINE"),
        dealsize=pl.col("DEALSIZE"),
        status=pl.col("STATUS"),
        quantity=pl.col("QUANTITYORDERED").cast(pl.Int64),
        amount=pl.col("SALES").cast(pl.Float64),
    )
    df = df.filter(~pl.col("status").str.to_lowercase().is_in(CANCELLED))
    df = df.with_columns(is_return=pl.col("amount") < 0)
    real = (df.filter(~pl.col("is_return")).group_by("order_id").agg(s=pl.col("amount").sum())
            .filter(pl.col("s") > 0).select("order_id", valid=pl.lit(True)))
    return df.join(real, on="order_id", how="left").with_columns(pl.col("valid").fill_null(False))


def churn_table() -> pl.DataFrame:
    return pl.read_csv(FOREIGN / "Churn_Modelling.csv")


def marketing_table() -> pl.DataFrame:
    return pl.read_csv(FOREIGN / "marketing_campaign.csv", separator="\t")


def group_stat(frame: pl.DataFrame, key: str, expr: pl.Expr, digits: int = 6) -> list[list]:
    """[[key, value], ...] sorted by key, nulls in the key dropped."""
    out = frame.filter(pl.col(key).is_not_null()).group_by(key).agg(v=expr).sort(key)
    return [[k, round(v, digits) if isinstance(v, float) else v] for k, v in out.iter_rows()]


def line_group(lines: pl.DataFrame, key: str, metric: str) -> list[list]:
    """revenue / orders / customers per value of a line attribute, descending."""
    valid = pl.col("valid")
    agg = {"revenue": pl.col("amount").sum(),
           "orders": pl.col("order_id").filter(valid).n_unique(),
           "customers": pl.col("customer_id").filter(valid & pl.col("customer_id").is_not_null()).n_unique()}[metric]
    out = lines.filter(pl.col(key).is_not_null()).group_by(key).agg(v=agg).sort(["v", key], descending=[True, False])
    return [[k, round(v, 6) if isinstance(v, float) else v] for k, v in out.iter_rows()]


# ------------------------------------------------------------------------------------------------
# Demo: profit per customer (metrics.md "Margin", "Profit"): line margin from unit_cost where given, else
# the workspace's default margin (0.35 in the demo); minus cost_to_serve
# ------------------------------------------------------------------------------------------------


def demo_profit_per_customer(D: pl.DataFrame, C: pl.DataFrame, default_margin: float = 0.35) -> pl.DataFrame:
    margin = pl.when(pl.col("unit_cost").is_not_null() & (pl.col("unit_price") > 0)).then(
        (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")).otherwise(default_margin)
    att = D.filter(pl.col("customer_id").is_not_null())
    buyers = att.filter(pl.col("valid")).select("customer_id").unique()
    gross = att.group_by("customer_id").agg(gross=(pl.col("amount") * margin).sum())
    out = buyers.join(gross, on="customer_id", how="left").join(
        C.select("customer_id", "cost_to_serve", "acquisition_cost"), on="customer_id", how="left")
    return out.with_columns(profit=pl.col("gross") - pl.col("cost_to_serve").fill_null(0.0)).sort("customer_id")


# ------------------------------------------------------------------------------------------------
# Judging and classification
# ------------------------------------------------------------------------------------------------

CORRECT, SILENT, ASKED_BACK, ANSWERED, UNNAMED = "correct", "silent", "asked_back", "answered", "unnamed"
LABELS = {CORRECT: "correct", SILENT: "silently wrong", ASKED_BACK: "clarify where answer expected",
          ANSWERED: "answered where clarify expected", UNNAMED: "asked back, word not named"}


def _has_numbers(rows) -> bool:
    return ref.check_module().has_numbers(rows)


def judge(record: dict, answer: dict) -> tuple[bool, str]:
    """check.py's judge, plus: a refuse record's text must name one of its ``words``; a ``definition``
    record must be answered (status ok) in the question's language, without numbers, naming one of ``words``."""
    expect = record["expect"]
    text = f"{answer.get('text', '')} {answer.get('understood', '')}".casefold()
    words = record.get("words") or []
    if expect["kind"] == "definition":
        if answer.get("status") != "ok":
            return False, f"status {answer.get('status')!r}, expected a definition"
        if _has_numbers(answer.get("rows")):
            return False, f"a definition was expected, got numbers: {str(answer.get('rows'))[:120]}"
        if answer.get("language") != record["lang"]:
            return False, f"language {answer.get('language')!r}, expected {record['lang']!r}"
        if words and not any(w.casefold() in text for w in words):
            return False, f"text names none of {words}"
        return True, "definition"
    ok, reason = ref.check_module().judge(expect, answer)
    if ok and expect["kind"] == "refuse" and words and not any(w.casefold() in text for w in words):
        return False, f"asked back but names none of {words}: {str(answer.get('text', ''))[:100]}"
    return ok, reason


def classify(record: dict, answer: dict, ok: bool) -> str:
    if ok:
        return CORRECT
    status = answer.get("status")
    if record["expect"]["kind"] == "refuse":
        return UNNAMED if status in ("clarify", "error") else ANSWERED
    if status in ("clarify", "error"):
        return ASKED_BACK
    return SILENT


def describe(answer: dict) -> str:
    """One line: what was answered (for the gap reasons)."""
    cols = answer.get("columns") or []
    rows = answer.get("rows") or []
    head = str(rows[:2])[:80]
    understood = str(answer.get("understood") or "")[:90]
    return f"{understood} -> {cols} {head}".strip()


def today() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")


# ------------------------------------------------------------------------------------------------
# Running a record in-process (as tests/ask_eval/test_paraphrases.py does)
# ------------------------------------------------------------------------------------------------


class Datasets:
    """name → insight Dataset, each loaded once on first use (``demo`` = insight.api.demo_dataset())."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def __call__(self, name: str):
        if name not in self._cache:
            from insight.api import demo_dataset, load

            self._cache[name] = demo_dataset() if name == "demo" else load(DATA / name)
        return self._cache[name]

    @staticmethod
    def available(name: str) -> bool:
        return name == "demo" or (DATA / name).exists()


def ask(record: dict, datasets: Datasets) -> dict:
    """The answer object (JSON form) of the record's question, after its context turns in the same Session."""
    from insight.query import Session

    session = Session(datasets(record["data"]))
    for turn in record.get("context", []):
        session.ask(turn)
    return session.ask(record["question"]).to_json()
