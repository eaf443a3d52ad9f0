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

Status = Literal["ok", "clarify", "error"]
Language = Literal["de", "en"]


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
        return json.dumps(self.to_json(), ensure_ascii=False)

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
                more = "weitere Zeilen" if self.language == "de" else "more rows"
                lines.append(f"… {self.table.height - max_rows} {more} (--json)")
        if self.options:
            lines.extend(f"  {i}. {opt}" for i, opt in enumerate(self.options, 1))
        if self.understood:
            lines.append(("Verstanden: " if self.language == "de" else "Understood: ") + self.understood)
        lines.extend(("Hinweis: " if self.language == "de" else "Note: ") + note for note in self.notes)
        if self.definitions:
            lines.append("")
            label = "Definition" if len(self.definitions) == 1 else ("Definitionen" if self.language == "de" else "Definitions")
            lines.append(f"{label}:")
            lines.extend(f"  {name}: {text}" for name, text in self.definitions.items())
        if self.as_of:
            label = "Stichtag" if self.language == "de" else "Analysis date"
            lines.append(f"{label}: {self.as_of.isoformat()}")
        return "\n".join(lines)

    @property
    def display_table(self) -> pl.DataFrame:
        """The table as a reader sees it: built-in values (RFM segments, ABC classes, portfolio quadrants,
        customer types, funnel stages) labelled in the answer's language. ``table`` and JSON keep the
        canonical values (answers.md); every face shows this one."""
        if self.language != "de" or not self.table.width:
            return self.table
        from insight.semantic import SEMANTIC_MODEL

        labelled = []
        for name, dtype in self.table.schema.items():
            spec = SEMANTIC_MODEL.dimensions.get(name)
            if spec is not None and spec.values and dtype == pl.String:
                mapping = {k: v for k, v in spec.values.items() if k != v}
                if mapping:
                    labelled.append(pl.col(name).replace(mapping))
        return self.table.with_columns(labelled) if labelled else self.table

    def to_html(self, max_rows: int = 50, figure: str = "") -> str:
        """Self-contained HTML (no scripts, no external resources) for nbconvert and GitHub rendering.

        ``figure`` is trusted markup (e.g. a static SVG chart rendered by a face) placed after the text."""
        parts = [f"<div class='insight-answer insight-{self.status}'><p>{html.escape(self.text)}</p>"]
        if self.understood:
            label = "Verstanden" if self.language == "de" else "Understood"
            parts.append(f"<p class='insight-understood'><small>{label}: {html.escape(self.understood)}</small></p>")
        parts.extend(f"<p class='insight-note'><em>{html.escape(n)}</em></p>" for n in self.notes)
        if figure:
            parts.append(figure)
        if self.table.width:
            # numbers right-aligned (inline style: no stylesheet to load, survives nbconvert)
            align = ["right" if t.is_numeric() else "left" for t in self.table.schema.values()]
            head = "".join(f"<th style='text-align:{a}'>{html.escape(c)}</th>"
                           for c, a in zip(self.table.columns, align))
            body = "".join(
                "<tr>" + "".join(f"<td style='text-align:{a}'>{html.escape(_fmt_cell(v))}</td>"
                                 for v, a in zip(row, align)) + "</tr>"
                for row in self.display_table.head(max_rows).iter_rows()
            )
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
            if self.table.height > max_rows:
                parts.append(f"<p>… {self.table.height - max_rows} more rows</p>")
        if self.options:
            parts.append("<ol>" + "".join(f"<li>{html.escape(o)}</li>" for o in self.options) + "</ol>")
        if self.definitions:
            parts.append("<details><summary>Definitions</summary><ul>" + "".join(
                f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in self.definitions.items()
            ) + "</ul></details>")
        if self.as_of:
            label = "Stichtag" if self.language == "de" else "Analysis date"
            parts.append(f"<p><small>{label}: {self.as_of.isoformat()}</small></p>")
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
    return column.endswith("_id") or column in {"year", "cohort", "period", "month", "quarter"}


def _fmt_text_cell(column: str, value: Any, language: str, currency: str) -> str:
    if value is None:
        return ""
    if _is_identifier(column) or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    from insight.query.render import fmt_number, unit_of

    unit = unit_of(column)
    if unit == "number" and isinstance(value, int):
        unit = "count"  # context columns such as customers_prev, retained, lost are whole customers
    if unit == "currency":
        unit = "money"  # the table shows amounts without a currency symbol; the text names it
    text = fmt_number(value, unit, language, currency or "EUR")
    if unit == "money" or text == str(value):
        text = fmt_number(value, "number", language)
        if isinstance(value, int):
            text = fmt_number(value, "count", language)
    return text


def _fmt_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) >= 1 or value == 0 else f"{value:.4f}"
    return str(value)
