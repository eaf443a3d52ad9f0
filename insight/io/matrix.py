"""A survey's matrix question exported wide: one column per measure and aspect ('Zufriedenheit Lieferung',
'Wichtigkeit Lieferung', 'Satisfaction – Price', 'Importance – Price'), read as one row per respondent and aspect
with ``aspect``, ``satisfaction`` and ``importance`` (docs/import.md, "Loyalty tables").

Read as it stands, each such column is a client measure of the respondent and the satisfaction × importance
portfolio has no aspects; the long form is the one metrics.md describes. The respondent's other answers (NPS,
repurchase intent, date) repeat on each aspect row, as in a long export, and are counted once per response.
Runs on the raw frame before the headers are matched.
"""

from __future__ import annotations

import re

import polars as pl

from insight.schema import SURVEY_RESPONSES, normalise_header

_MEASURES = {"satisfaction": ("zufriedenheit", "satisfaction", "csat", "satisfied", "zufrieden"),
             "importance": ("wichtigkeit", "importance", "bedeutung", "important", "wichtig")}
_WORDS = "|".join(w for ws in _MEASURES.values() for w in ws)
# measure first ('Zufriedenheit Lieferung', 'Satisfaction – Price', 'Zufriedenheit mit der Lieferung',
# 'Satisfaction with delivery') or last ('Lieferung – Zufriedenheit', 'Price: importance')
_FIRST = re.compile(rf"(?i)^\s*({_WORDS})\s*(?:[-–—:|/]\s*|\s+)(?:(?:mit|with|of|von)\s+(?:der|dem|den|the)?\s*)?"
                    r"(\S.*?)\s*$")
_LAST = re.compile(rf"(?i)^\s*(\S.*?)\s*[-–—:|/]\s*({_WORDS})\s*$")


def _measure(word: str) -> str:
    key = normalise_header(word)
    return next(m for m, ws in _MEASURES.items() if key in ws)


def matrix_columns(headers: list[str]) -> dict[str, dict[str, str]]:
    """aspect → {measure: header} for headers that name a measure and an aspect."""
    found: dict[str, dict[str, str]] = {}
    for header in headers:
        m = _FIRST.match(header)
        measure, aspect = (m.group(1), m.group(2)) if m else (None, None)
        if m is None:
            m = _LAST.match(header)
            if m is None:
                continue
            aspect, measure = m.group(1), m.group(2)
        assert measure is not None and aspect is not None
        if not normalise_header(aspect):
            continue
        found.setdefault(aspect.strip(), {}).setdefault(_measure(measure), header)
    return found


def unpivot_aspects(frame: pl.DataFrame, table: str | None, mapping: dict[str, str] | None,
                    notes: list[str]) -> pl.DataFrame | None:
    """The long frame (one row per respondent and aspect), or None when the file has no such matrix: two
    measure × aspect columns or more, no column of its own for the aspect, satisfaction or importance, and a
    survey (``table`` named so, or a response date or NPS among the other headers)."""
    from insight.io.mapping import match_headers

    if table not in (None, SURVEY_RESPONSES.name) or frame.height == 0:
        return None
    mapping = mapping or {}
    if any(t in ("aspect", "satisfaction", "importance") for t in mapping.values()):
        return None
    given = {h for h in mapping if h in frame.columns}
    aspects = matrix_columns([h for h in frame.columns if h not in given])
    wide = [h for cols in aspects.values() for h in cols.values()]
    if len(wide) < 2:
        return None
    rest = [h for h in frame.columns if h not in wide]
    clash = {"aspect", "satisfaction", "importance"} & {normalise_header(h) for h in rest}
    others = match_headers(rest, SURVEY_RESPONSES, {s: t for s, t in mapping.items() if s in rest}).canonical
    if clash or {"aspect", "satisfaction", "importance"} & others:
        return None
    if table is None and not {"response_date", "nps", "repurchase_intent"} & others:
        return None
    row = "__insight_row"
    base = frame.with_row_index(row)
    parts = []
    for i, (aspect, cols) in enumerate(aspects.items()):
        parts.append(base.select(
            pl.col(row), *rest, pl.lit(i, dtype=pl.UInt32).alias("__insight_aspect_order"),
            pl.lit(aspect, dtype=pl.String).alias("aspect"),
            *[(pl.col(cols[m]).cast(pl.String) if m in cols else pl.lit(None, dtype=pl.String)).alias(m)
              for m in ("satisfaction", "importance")]))
    answered = pl.any_horizontal([pl.col(m).str.strip_chars().fill_null("") != "" for m in ("satisfaction", "importance")])
    long = (pl.concat(parts).filter(answered).sort(row, "__insight_aspect_order")
            .drop(row, "__insight_aspect_order"))
    names = ", ".join(aspects)
    notes.append(f"a matrix of aspects: the {len(wide)} columns {wide[0]!r} … {wide[-1]!r} read as one row per "
                 f"respondent and aspect ({names}) with satisfaction and importance; the respondent's other answers "
                 "repeat on each aspect row")
    return long
