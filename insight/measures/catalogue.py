"""The measure catalogue (Maßnahmenkatalog) as data: ``catalogue.json`` beside this module, or a consultant's
copy given with ``--catalogue``. Rules are conditions on segment indicators, turned into one polars
``when/then`` chain, so the rule that picks a measure is the same text a reader sees in the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from insight.errors import UsageError
from insight.language import language_of
from insight.messages import say
from insight.numbers import group

DEFAULT_PATH = Path(__file__).with_name("catalogue.json")
INDICATORS = ("value_index", "mean_churn_risk", "unprofitable_share", "revenue_share", "customer_share")
STAKES = ("clv", "value_at_risk", "loss", "uplift", "cost_to_serve")
DETAILS = ("", "bought_together")
OPS = {">=": "__ge__", ">": "__gt__", "<=": "__le__", "<": "__lt__"}


@dataclass(frozen=True)
class Measure:
    """One entry: ``when`` holds (indicator, op, number) conditions that must all hold."""

    key: str
    label: dict[str, str]
    action: dict[str, str]
    when: tuple[tuple[str, str, float], ...]
    stake: str
    source: str
    detail: str = ""  # "bought_together": the segment's most frequent product pairs beside the measure

    def rule(self, lang: str) -> str:
        """The rule as text ('value_index ≥ 1 and mean_churn_risk ≥ 0.5'; 'always' when unconditional)."""
        if not self.when:
            return say("measures_rule_always", language_of(lang))
        sign = {">=": "≥", "<=": "≤", ">": ">", "<": "<"}
        joiner = f" {say('measures_rule_and', language_of(lang))} "
        return joiner.join(f"{name} {sign[op]} {_num(value, lang)}" for name, op, value in self.when)

    def condition(self) -> pl.Expr:
        expr = pl.lit(True)
        for name, op, value in self.when:
            expr = expr & getattr(pl.col(name), OPS[op])(value).fill_null(False)
        return expr


@dataclass(frozen=True)
class Catalogue:
    measures: tuple[Measure, ...]
    path: Path

    def choose(self, column: str) -> pl.Expr:
        """The key of the first measure whose conditions hold (null when none does), as an expression."""
        chain: Any = pl
        for measure in self.measures:
            chain = chain.when(measure.condition()).then(pl.lit(measure.key))
        return chain.otherwise(pl.lit(None, dtype=pl.String)).alias(column)

    def lookup(self, lang: str) -> pl.DataFrame:
        """measure, measure_label, action, rule, stake, detail, source: one row per measure, in ``lang``."""
        return pl.DataFrame(
            {"measure": [m.key for m in self.measures],
             "measure_label": [m.label.get(lang) or m.label["en"] for m in self.measures],
             "action": [m.action.get(lang) or m.action["en"] for m in self.measures],
             "rule": [m.rule(lang) for m in self.measures],
             "stake": [m.stake for m in self.measures],
             "detail": [m.detail for m in self.measures],
             "source": [m.source for m in self.measures]},
            schema={c: pl.String for c in ("measure", "measure_label", "action", "rule", "stake", "detail", "source")},
        )


def _num(value: float, lang: str) -> str:
    """A threshold as written in the catalogue (0.5, 1, 0.25), German with a decimal comma."""
    return group(f"{value:g}", lang)


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Read and validate a catalogue file; a wrong entry is a one-line UsageError naming it."""
    source = Path(path) if path is not None else DEFAULT_PATH
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"measure catalogue {source}: {exc}") from None
    measures = []
    for i, entry in enumerate(raw.get("measures", [])):
        where = f"measure catalogue {source}, entry {i + 1}"
        try:
            when = tuple((str(n), str(op), float(v)) for n, op, v in entry.get("when", []))
            measure = Measure(str(entry["key"]), dict(entry["label"]), dict(entry["action"]), when,
                              str(entry["stake"]), str(entry.get("source", "")), str(entry.get("detail", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise UsageError(f"{where}: needs key, label, action, when [[indicator, op, number]], stake ({exc})") \
                from None
        bad = [n for n, op, _ in when if n not in INDICATORS or op not in OPS]
        if bad or measure.stake not in STAKES or "en" not in measure.label or "en" not in measure.action \
                or measure.detail not in DETAILS:
            raise UsageError(f"{where} ('{measure.key}'): indicators are {', '.join(INDICATORS)} with >=, >, <=, <; "
                             f"stake is one of {', '.join(STAKES)}; detail is empty or bought_together; "
                             "label and action need 'en'")
        measures.append(measure)
    if not measures:
        raise UsageError(f"measure catalogue {source} has no measures")
    return Catalogue(tuple(measures), source)
