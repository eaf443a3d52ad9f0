"""LTV = S × C × P × t, the practitioner's formula of the seed texts, forward-looking (metrics.md, ``ltv_formula``).

Per group (or overall), every component is a column so that a person can check the product:

- S = revenue / orders of the group's customers in the 12 months before the analysis date;
- C = their orders per active customer per month in those months (orders / active customers / 12);
- P = their margin (gross profit / revenue, the one gross-profit rule of ``insight.metrics.lines``);
- t = expected relationship in months = 1 / monthly churn, monthly churn = 1 − (1 − annual churn)^(1/12),
  annual churn = ``churn_rate`` of the default pair of years, capped at 120 months.

Any component may be set by the user; ``unit="year"`` reads and shows C per year and t in years (the seed's
"20 × 12 × 1 × 3 = 720"), which leaves the LTV unchanged. Notes say what a reader must know (an incomplete
pair of years, a capped t, a group without churn of its own, an assumed margin), in English and German.

>>> ltv_result(ds, S=20, C=1, P=1, t=36).table["ltv"][0]  # doctest: +SKIP
720.0
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError, UsageError

MAX_T_MONTHS = 120.0
WINDOW_MONTHS = 12
Unit = Literal["month", "year"]
SEGMENTS_AT_AS_OF = ("rfm_segment", "rfm_segment_de", "abc_class")  # measured at the analysis date


@dataclass(frozen=True)
class Note:
    """One caveat in both languages; ``kind`` (pair, no_pair, fallback, cap, margin, user) lets a face skip
    what it already says elsewhere (Ask states an assumed margin itself)."""

    en: str
    de: str
    kind: str = ""

    def text(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


@dataclass(frozen=True)
class LtvResult:
    """``table``: [by,] customers, S, C, P, t, ltv, annual_churn, t_capped (C and t in ``unit``);
    ``window``: [start, end) of S and C; ``churn_pair``: (P−1, P) labels behind t, None without one;
    ``user_set``: the components the user gave; ``notes``: caveats."""

    table: pl.DataFrame
    unit: Unit
    window: tuple[dt.date, dt.date]
    churn_pair: tuple[str, str] | None
    user_set: dict[str, float] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()

    def notes_in(self, lang: str) -> list[str]:
        return [note.text(lang) for note in self.notes]


def ltv_formula(ds: Dataset, by: str | None = None, lines: pl.LazyFrame | None = None, *,
                S: float | None = None, C: float | None = None, P: float | None = None,
                t: float | None = None, unit: Unit = "month") -> pl.DataFrame:
    """The table of ``ltv_result``: [by,] customers, S, C, P, t, ltv, annual_churn, t_capped."""
    return ltv_result(ds, by, lines, S=S, C=C, P=P, t=t, unit=unit).table


def ltv_result(ds: Dataset, by: str | None = None, lines: pl.LazyFrame | None = None, *,
               S: float | None = None, C: float | None = None, P: float | None = None,
               t: float | None = None, unit: Unit = "month") -> LtvResult:
    """LTV = S × C × P × t per ``by`` (a customer column, ``rfm_segment`` or ``abc_class``) or overall.

    ``lines``: prepared lines (possibly filtered) instead of all; the 12-month window and the churn pair are
    taken from them. ``S``, ``C``, ``P``, ``t`` replace the computed component for every group; C and t are
    per month / in months, or per year / in years with ``unit="year"``.
    """
    from insight.metrics.customer_table import customer_table
    from insight.metrics.lines import prepared_lines
    from insight.analyses.value_at_risk import risk_window

    if unit not in ("month", "year"):
        raise UsageError(f"unit '{unit}' is not month or year")
    for name, value in (("S", S), ("C", C), ("P", P), ("t", t)):
        if value is not None and (value < 0 or value != value):
            raise UsageError(f"{name} = {value} must be a number ≥ 0")
    base = lines if lines is not None else prepared_lines(ds)
    start, end = risk_window(ds.as_of, WINDOW_MONTHS)
    recent = base.filter((pl.col("order_day") >= start) & (pl.col("order_day") < end))
    keys = [by] if by else []
    table = _grouped(ds, customer_table(ds, recent), by)
    aggs = dict(customers=pl.len().cast(pl.Int64), _orders=pl.col("orders").sum(),
                _revenue=pl.col("revenue").sum(), _gross=(pl.col("revenue") * pl.col("margin")).sum())
    frame = table.group_by(keys).agg(**aggs).sort(keys, nulls_last=True) if keys else table.select(**aggs)
    frame = frame.with_columns(
        S=pl.when(pl.col("_orders") > 0).then(pl.col("_revenue") / pl.col("_orders")),
        C=pl.when(pl.col("customers") > 0).then(pl.col("_orders") / pl.col("customers") / WINDOW_MONTHS),
        P=pl.when(pl.col("_revenue") != 0).then(pl.col("_gross") / pl.col("_revenue"))
        .otherwise(pl.lit(ds.settings.default_margin)),
    )
    notes: list[Note] = []
    churn, pair, overall = _annual_churn(ds, base, lines is not None, by, notes)
    frame = (frame.join(churn, on=keys, how="left", nulls_equal=True) if keys and pair is not None
             else frame.with_columns(annual_churn=pl.lit(overall, dtype=pl.Float64)))
    if by and pair is not None:
        missing = frame.filter(pl.col("annual_churn").is_null()).get_column(by).to_list()
        if missing and overall is not None:
            frame = frame.with_columns(pl.col("annual_churn").fill_null(overall))
            names = ", ".join(str(v) for v in missing)
            notes.append(Note(f"No customers of {names} ordered in {pair[0]}: t uses the overall churn.",
                              f"Keine Kunden von {names} kauften {pair[0]}: t nutzt die Abwanderung insgesamt.", "fallback"))
    if by in SEGMENTS_AT_AS_OF and pair is not None and t is None:
        notes.append(Note(f"{by} is assigned at the analysis date, after {pair[1]}: each segment's churn "
                          f"{pair[0]} → {pair[1]} describes how its customers behaved then.",
                          f"{by} wird am Stichtag bestimmt, nach {pair[1]}: die Abwanderung {pair[0]} → {pair[1]} "
                          "je Segment beschreibt, wie sich seine Kunden damals verhielten.", "segment"))
    monthly = 1 - (1 - pl.col("annual_churn")) ** (1 / 12)
    raw_t = pl.when(monthly > 0).then(1 / monthly).when(monthly == 0).then(pl.lit(float("inf")))
    frame = frame.with_columns(t=raw_t.clip(upper_bound=MAX_T_MONTHS),
                               t_capped=(raw_t > MAX_T_MONTHS).fill_null(False))
    if unit == "year":
        frame = frame.with_columns(C=pl.col("C") * 12, t=pl.col("t") / 12)
    user = {k: float(v) for k, v in (("S", S), ("C", C), ("P", P), ("t", t)) if v is not None}
    frame = frame.with_columns(**{k: pl.lit(v, dtype=pl.Float64) for k, v in user.items()})
    if "t" in user:
        frame = frame.with_columns(t_capped=pl.lit(False), annual_churn=pl.lit(None, dtype=pl.Float64))
    frame = frame.with_columns(ltv=pl.col("S") * pl.col("C") * pl.col("P") * pl.col("t"))
    out = frame.select(*keys, "customers", "S", "C", "P", "t", "ltv", "annual_churn", "t_capped")
    notes.extend(_notes(ds, out, by, user, unit, "t" in user, "P" in user))
    return LtvResult(out, unit, (start, end), pair if "t" not in user else None, user, tuple(notes))


def _grouped(ds: Dataset, table: pl.DataFrame, by: str | None) -> pl.DataFrame:
    """``table`` with ``by`` available: a customer column, or rfm_segment / abc_class of the whole data."""
    if by is None or by in table.columns:
        return table
    if by in ("rfm_segment", "rfm_segment_de"):
        from insight.segments.rfm import rfm_table

        return table.join(rfm_table(ds).select("customer_id", by), on="customer_id", how="left")
    if by == "abc_class":
        from insight.segments.abc import abc_table

        return table.join(abc_table(ds).select("customer_id", by), on="customer_id", how="left")
    raise MissingDataError(f"grouping by '{by}' needs a customer column '{by}', which this data does not have")


def _annual_churn(ds: Dataset, base: pl.LazyFrame, filtered: bool, by: str | None, notes: list[Note]
                  ) -> tuple[pl.DataFrame, tuple[str, str] | None, float | None]:
    """[by,] annual_churn for the default pair of years (customers of P−1 without an order in P), the
    pair's labels and the overall churn of that pair."""
    from insight.metrics.customer_table import customer_table
    from insight.metrics.loyalty import active_periods, default_pair, retention_frame
    from insight.metrics.periods import covered, label_range

    row = default_pair(retention_frame(base, "year", ds.as_of).collect())
    keys = [by] if by else []
    if row is None:
        notes.append(Note("t needs customers in two consecutive years; the data has none, so t and the LTV are "
                          "empty unless t is set (e.g. --t 36).",
                          "t braucht Kunden in zwei aufeinanderfolgenden Jahren; die Daten haben keine, daher "
                          "bleiben t und LTV leer, solange t nicht gesetzt ist (z. B. --t 36).", "no_pair"))
        return pl.DataFrame(), None, None
    prev, later = row["previous_period"], row["period"]
    first = base.select(pl.col("order_day").min()).collect().item()
    short = [label for label in (prev, later) if not covered(*label_range(label), first, ds.as_of)]
    if short:
        names = " and ".join(short)
        notes.append(Note(f"Churn for t compares {prev} with {later}; {names} is not fully covered by the data "
                          f"(data from {first}, analysis date {ds.as_of}).",
                          f"Die Abwanderung für t vergleicht {prev} mit {later}; {names} ist von den Daten nicht "
                          f"vollständig abgedeckt (Daten ab {first}, Stichtag {ds.as_of}).", "pair"))
    if not keys:
        return pl.DataFrame(), (prev, later), row["churn_rate"]
    active = active_periods(base, "year")
    in_prev = active.filter(pl.col("start") == label_range(prev)[0]).select("customer_id")
    in_later = active.filter(pl.col("start") == label_range(later)[0]).select("customer_id", _kept=pl.lit(True))
    groups = _grouped(ds, customer_table(ds, base if filtered else None), by)
    churn = (in_prev.join(in_later, on="customer_id", how="left")
             .join(groups.lazy().select("customer_id", by), on="customer_id", how="left")
             .group_by(by).agg(annual_churn=1 - pl.col("_kept").fill_null(False).mean())
             .collect())
    return churn, (prev, later), row["churn_rate"]


def _notes(ds: Dataset, out: pl.DataFrame, by: str | None, user: dict[str, float], unit: Unit,
           t_set: bool, p_set: bool) -> list[Note]:
    from insight.metrics.conventions import detect

    notes: list[Note] = []
    if not t_set and out.height and out.get_column("t_capped").any():
        cap = MAX_T_MONTHS if unit == "month" else MAX_T_MONTHS / 12
        what = (", ".join(str(v) for v in out.filter(pl.col("t_capped")).get_column(by).to_list())
                if by else None)
        en_unit, de_unit = ("months", "Monaten") if unit == "month" else ("years", "Jahren")
        notes.append(Note(f"t is capped at {cap:g} {en_unit}" + (f" for {what}" if what else "")
                          + " (churn this low would mean a longer expected relationship).",
                          f"t ist auf {cap:g} {de_unit} begrenzt" + (f" für {what}" if what else "")
                          + " (so geringe Abwanderung ergäbe eine längere erwartete Dauer).", "cap"))
    if not p_set and detect(ds).margin_assumed:
        m = ds.settings.default_margin
        notes.append(Note(f"P is the assumed default margin {m:.0%} (no profit or cost column).",
                          f"P ist die angenommene Standardmarge {m * 100:.0f} % (keine Gewinn- oder Kostenspalte).", "margin"))
    if user:
        unit_en = {"C": " per month" if unit == "month" else " per year", "t": " months" if unit == "month"
                   else " years"}
        unit_de = {"C": " pro Monat" if unit == "month" else " pro Jahr", "t": " Monate" if unit == "month"
                   else " Jahre"}
        notes.append(Note("Set by the user: " + ", ".join(f"{k} = {v:g}{unit_en.get(k, '')}" for k, v in user.items()),
                          "Vom Nutzer gesetzt: " + ", ".join(f"{k} = {v:g}{unit_de.get(k, '')}"
                                                             for k, v in user.items()), "user"))
    return notes
