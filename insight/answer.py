"""The Answer object every face renders (shared/spec/answers.md): text, table, plan, definitions, chart.

The core builds Answers; the CLI prints ``to_json()`` or a readable rendering, the TUI makes a card,
widgets and notebooks use ``_repr_mimebundle_``. Nothing here knows about any face.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

import polars as pl

from insight import formatting, labels
from insight.language import Language, language_of
from insight.messages import say

Status = Literal["ok", "clarify", "error"]


@dataclass(frozen=True)
class ChartSpec:
    """A chart suggestion the faces render: kind is 'bar', 'line' or 'heatmap'; x, y are table columns."""

    kind: Literal["bar", "line", "heatmap", "scatter"]
    x: str
    y: str
    series: str | None = None
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "x": self.x, "y": self.y, "series": self.series, "title": self.title}


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@dataclass
class Answer:
    """One answer to one question; ``table`` is a polars DataFrame (dimension columns first)."""

    question: str
    language: Language = "en"
    status: Status = "ok"
    text: str = ""
    table: pl.DataFrame = field(default_factory=pl.DataFrame)
    plan: dict[str, Any] = field(default_factory=dict)
    as_of: dt.date | None = None
    definitions: dict[str, str] = field(default_factory=dict)
    options: list[str] = field(default_factory=list)
    chart: ChartSpec | None = None
    understood: str = ""            # what was computed, in the question's language (answers.md)
    notes: list[str] = field(default_factory=list)  # caveats that change how the number must be read
    currency: str = ""              # the data's currency code for table cells in HTML; not part of the JSON

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def columns(self) -> list[str]:
        return list(self.table.columns)

    @property
    def rows(self) -> list[list[Any]]:
        return [[_json_value(v) for v in row] for row in self.table.iter_rows()]

    def to_json(self) -> dict[str, Any]:
        """The answer contract as a JSON-ready dict (keys and order as answers.md lists them)."""
        payload: dict[str, Any] = {
            "question": self.question,
            "language": self.language,
            "status": self.status,
            "text": self.text,
            "columns": self.columns,
            "rows": self.rows,
            "plan": self.plan,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "definitions": self.definitions,
        }
        if self.status == "clarify":
            payload["options"] = list(self.options)
        payload["understood"] = self.understood
        payload["notes"] = list(self.notes)
        if self.chart is not None:
            payload["chart"] = self.chart.to_json()
        return payload

    def dumps(self) -> str:
        """The answer object on one line: U+2028/U+2029 (valid in JSON strings, but line breaks to Python's
        splitlines and older JavaScript) are escaped."""
        text = json.dumps(self.to_json(), ensure_ascii=False)
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")

    # -- rich display in notebooks and anywhere else that understands mime bundles ---------------
    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """HTML and plain text; JSON only when asked for (``include``), because JupyterLab ranks its JSON
        tree viewer above HTML and would otherwise show the raw contract instead of the answer."""
        bundle: dict[str, Any] = {"text/plain": self.to_text(), "text/html": self.to_html()}
        if include and "application/json" in include:
            bundle["application/json"] = self.to_json()
        return bundle

    def __repr__(self) -> str:
        return f"Answer(status={self.status!r}, language={self.language!r}, text={self.text!r}, rows={self.table.height})"

    def to_text(self, max_rows: int = 20) -> str:
        """Plain-text rendering for terminals and pipes: text, an aligned table with numbers formatted
        for the answer's language (1.234,56 € / 42 %), options, definitions and the analysis date."""
        lines = [self.text]
        if self.table.width and self.table.height:
            lines.append("")
            lines.extend(_text_table(self.display_table.head(max_rows), self.language, self.plan))
            if self.table.height > max_rows:
                lines.append(f"… {say('more_rows', self.language, rows=self.table.height - max_rows)} (--json)")
        if self.options:
            lines.extend(f"  {i}. {opt}" for i, opt in enumerate(self.options, 1))
        if self.understood:
            lines.append(f"{say('understood', self.language)}: {self.understood}")
        lines.extend(f"{say('note', self.language)}: {note}" for note in self.notes)
        if self.definitions:
            lines.append("")
            lines.append(f"{self._definitions_label}:")
            lines.extend(f"  {name}: {text}" for name, text in self.definitions.items())
        if self.as_of:
            lines.append(f"{say('analysis_date', self.language)}: {self.as_of.isoformat()}")
        return "\n".join(lines)

    @property
    def _definitions_label(self) -> str:
        return say("definition" if len(self.definitions) == 1 else "definitions", self.language)

    @property
    def display_table(self) -> pl.DataFrame:
        """The table as a reader sees it: built-in values (RFM segments, portfolio quadrants, funnel stages,
        sales channels, survey aspects, groups compared, countries, ...) labelled in the answer's language by
        the one label catalogue (``insight.labels``). ``table`` and JSON keep the canonical values
        (answers.md); every face shows this one, in its table and its chart."""
        return labels.label_frame(self.table, self.language)

    def to_html(self, max_rows: int = 50, figure: str = "", options: bool = True) -> str:
        """Self-contained HTML (no scripts, no external resources) for nbconvert and GitHub rendering.

        ``figure`` is trusted markup (e.g. a static SVG chart rendered by a face) placed after the text;
        ``options=False`` leaves the clarification options to the face (buttons)."""
        parts = [f"<div class='insight-answer insight-{self.status}'><p>{html.escape(self.text)}</p>"]
        if self.understood:
            label = say("understood", self.language)
            parts.append(f"<p class='insight-understood'><small>{label}: {html.escape(self.understood)}</small></p>")
        parts.extend(f"<p class='insight-note'><em>{html.escape(n)}</em></p>" for n in self.notes)
        if figure:
            parts.append(figure)
        if self.table.width:
            parts.append(html_table(self.display_table, self.language, self.currency,
                                    max_rows=max_rows, total_rows=self.table.height))
        if self.options and options:
            parts.append("<ol>" + "".join(f"<li>{html.escape(o)}</li>" for o in self.options) + "</ol>")
        if self.definitions:
            parts.append(f"<details><summary>{self._definitions_label}</summary><ul>" + "".join(
                f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in self.definitions.items()
            ) + "</ul></details>")
        if self.as_of:
            parts.append(f"<p><small>{say('analysis_date', self.language)}: {self.as_of.isoformat()}</small></p>")
        parts.append("</div>")
        return "".join(parts)


def _text_table(frame: pl.DataFrame, language: str, plan: dict[str, Any]) -> list[str]:
    """Columns aligned with two spaces; numbers right-aligned and formatted by the metric's unit."""
    currency = str(plan.get("currency") or "")
    cells = [[_fmt_text_cell(name, value, language, currency) for name, value in zip(frame.columns, row)]
             for row in frame.iter_rows()]
    numeric = [dtype.is_numeric() and not _is_identifier(name) for name, dtype in frame.schema.items()]
    widths = [max([len(name)] + [len(r[i]) for r in cells]) for i, name in enumerate(frame.columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)).rstrip()

    return [line(list(frame.columns)), "  ".join("-" * w for w in widths), *(line(r) for r in cells)]


def _is_identifier(column: str) -> bool:
    return formatting.is_identifier(column)


def _fmt_text_cell(column: str, value: Any, language: str, currency: str) -> str:
    """A terminal table cell: the amounts without a currency symbol (the text names it)."""
    return formatting.cell(value, column, language, currency or "EUR")


# Theme-aware (JupyterLab's CSS variables, with light fallbacks elsewhere), polars-like: shape line, dtype
# row, right-aligned tabular numbers, comfortable padding. No external resource, so it survives nbconvert.
ANSWER_CSS = (
    "<style>"
    ".insight-answer{color:var(--jp-ui-font-color1,inherit);max-width:100%}"
    ".insight-answer p{margin:4px 0}"
    ".insight-shape{color:var(--jp-ui-font-color2,#616161);font-size:11px;margin:6px 0 0 0}"
    ".insight-table{border-collapse:collapse;font-size:12.5px;margin:4px 0 8px 0;"
    "font-variant-numeric:tabular-nums;color:var(--jp-ui-font-color1,inherit);"
    "background:var(--jp-layout-color0,transparent)}"
    ".insight-table th,.insight-table td{padding:4px 10px;white-space:nowrap;border:none;"
    "border-bottom:1px solid var(--jp-border-color2,#e0e0e0)}"
    ".insight-table thead th{font-weight:600;border-bottom:1px solid var(--jp-border-color1,#9e9e9e);"
    "vertical-align:bottom}"
    ".insight-table thead tr:first-child th{border-bottom:none;padding-bottom:0}"
    ".insight-table thead .dtype th{font-weight:400;font-size:10.5px;padding-top:0;"
    "color:var(--jp-ui-font-color2,#757575)}"
    ".insight-table tbody tr:nth-child(odd){background:var(--jp-rendermime-table-row-background,#f7f7f7)}"
    ".insight-table tbody tr:hover{background:var(--jp-rendermime-table-row-hover-background,#e8f0fe)}"
    ".insight-table .num{text-align:right}.insight-table .txt{text-align:left}"
    "</style>"
)


def _dtype_name(dtype: pl.DataType) -> str:
    return "str" if dtype == pl.String else str(dtype).lower().replace("float", "f").replace("int", "i").replace("uf", "u")


def _html_cell(value: Any, column: str, language: str, currency: str, unit: str | None) -> str:
    if unit == "percent" and isinstance(value, (int, float)):  # matrices of shares: whole percentages
        return formatting.percent(value, language, decimals=0)
    return formatting.cell(value, column, language, currency, symbol=True)


def html_table(frame: pl.DataFrame, language: str = "en", currency: str = "", *, max_rows: int = 50,
               total_rows: int | None = None, caption: str = "", css: bool = True,
               percent: tuple[str, ...] = ()) -> str:
    """A polars frame as an HTML table in the answer's language and units (``265.754,37 €``, ``99,98 %``).
    ``percent`` names further columns holding fractions (e.g. cohort periods)."""
    total = frame.height if total_rows is None else total_rows
    numeric = [dtype.is_numeric() and not formatting.is_identifier(c) for c, dtype in frame.schema.items()]
    cls = ["num" if n else "txt" for n in numeric]
    units = [("percent" if c in percent else None) for c in frame.columns]
    head = "".join(f"<th class='{k}'>{html.escape(c)}</th>" for c, k in zip(frame.columns, cls))
    dtypes = "".join(f"<th class='{k}'>{_dtype_name(t)}</th>" for t, k in zip(frame.schema.values(), cls))
    body = "".join(
        "<tr>" + "".join(
            f"<td class='{k}'>{html.escape(_html_cell(v, c, language, currency, u))}</td>"
            for v, c, k, u in zip(row, frame.columns, cls, units)) + "</tr>"
        for row in frame.head(max_rows).iter_rows())
    shape = f"<div class='insight-shape'>shape: ({formatting.count(total, language)}, {len(frame.columns)})</div>"
    cap = f"<caption style='text-align:left;font-weight:600'>{html.escape(caption)}</caption>" if caption else ""
    more = ""
    if total > max_rows:
        rest = formatting.count(total - max_rows, language)
        more = f"<p class='insight-shape'>… {say('more_rows', language_of(language), rows=rest)}</p>"
    return ((ANSWER_CSS if css else "") + shape + f"<table class='insight-table'>{cap}<thead><tr>{head}</tr>"
            f"<tr class='dtype'>{dtypes}</tr></thead><tbody>{body}</tbody></table>{more}")
