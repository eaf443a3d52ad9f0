"""Charts for every widget and magic: polars frames / ChartSpecs → Altair → static SVG, fully offline.

Why static SVG: vl-convert renders Vega-Lite in-process (no browser, no CDN), and an inline ``<svg>`` in an
HTML widget or an HTML output needs zero JavaScript, so it looks the same in JupyterLab, Voila, VS Code,
nbconvert exports and GitHub previews. Interactivity lives in the widgets (buttons, dropdowns), not in
the chart.

Data goes in as inline rows (``alt.Data(values=...)``) so Altair's 5,000-row guard and its optional
dataframe plugins never come into play; bar charts are capped at ``MAX_BARS`` categories.
"""

from __future__ import annotations

import json
import re
from typing import Any

import altair as alt
import ipywidgets as widgets
import polars as pl
import vl_convert as vlc

from insight.answer import Answer, ChartSpec

MAX_BARS = 40
WIDTH = 420
HEIGHT = 220


# -- data -----------------------------------------------------------------------------------------
def frame_values(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """JSON-safe rows (dates as ISO strings, NaN/inf as null) for inline Vega-Lite data."""
    safe = frame.with_columns(
        pl.when(pl.col(c).is_finite()).then(pl.col(c)).otherwise(None).alias(c)
        for c, dtype in frame.schema.items() if dtype.is_float()
    )
    return json.loads(safe.write_json())


def field_type(frame: pl.DataFrame, column: str, *, dimension: bool = False) -> str:
    """Vega-Lite type for a column: temporal for dates, quantitative for numbers unless it is a dimension
    (customer ids, years are categories on a bar axis), ordinal for month/quarter/cohort labels."""
    dtype = frame.schema[column]
    if dtype.is_temporal():
        return "temporal"
    if dtype.is_numeric() and not dimension:
        return "quantitative"
    if column in {"month", "quarter", "year", "cohort", "period", "week"} or dtype.is_numeric():
        return "ordinal"
    return "nominal"


def _tooltip_format(frame: pl.DataFrame, column: str) -> str | None:
    """Tooltip numbers as the tables show them: fractions as percentages, amounts with separators."""
    if not frame.schema[column].is_numeric() or column.endswith("_id") or column in {"year", "cohort", "period"}:
        return None
    from insight.formatting import unit_of

    return ".1%" if unit_of(column) == "fraction" else ",.2~f"


def _tooltips(frame: pl.DataFrame) -> list[alt.Tooltip]:
    tips = []
    for c in frame.columns[:6]:
        fmt = _tooltip_format(frame, c) if field_type(frame, c) == "quantitative" else None
        tips.append(alt.Tooltip(c, type=field_type(frame, c), format=fmt) if fmt else
                    alt.Tooltip(c, type=field_type(frame, c)))
    return tips


def _label(column: str, lang: str) -> str:
    """Axis and legend titles: the semantic model's label in the chart's language ("Umsatz", "Land")."""
    from widgets.tables import label_of

    return label_of(column, lang)


def _title(text: str) -> alt.TitleParams | str:
    return alt.TitleParams(text, anchor="start", fontSize=13) if text else ""


def _base(frame: pl.DataFrame, title: str = "") -> alt.Chart:
    return alt.Chart(alt.Data(values=frame_values(frame)), title=_title(title)).properties(
        width=WIDTH, height=HEIGHT)


# -- chart builders -------------------------------------------------------------------------------
def bar_chart(frame: pl.DataFrame, x: str, y: str, *, series: str | None = None, title: str = "",
              horizontal: bool | None = None, lang: str = "en") -> alt.Chart:
    """Bars in the table's own order (answers are already ranked); long category axes turn horizontal."""
    shown = frame.head(MAX_BARS)
    if shown.height < frame.height:
        title = f"{title} (first {MAX_BARS} of {frame.height})".strip()
    cat_type = field_type(shown, x, dimension=True)
    order = None if cat_type != "temporal" else "ascending"
    if horizontal is None:
        horizontal = cat_type == "nominal" and shown.height > 8
    longest = max((len(str(v)) for v in shown.get_column(x).to_list()), default=0)
    axis = alt.Axis(labelAngle=0 if longest <= 8 else -35)
    cat = alt.X(x, type=cat_type, sort=order, title=_label(x, lang), axis=axis) if not horizontal else \
        alt.Y(x, type=cat_type, sort=order, title=_label(x, lang))
    fmt = ".0%" if _tooltip_format(shown, y) == ".1%" else None  # fractions: a percent axis
    axis_val = alt.Axis(format=fmt) if fmt else alt.Axis()
    val = alt.Y(y, type="quantitative", title=_label(y, lang), axis=axis_val) if not horizontal else \
        alt.X(y, type="quantitative", title=_label(y, lang), axis=axis_val)
    enc: dict[str, Any] = {"tooltip": _tooltips(shown)}
    if series and series in shown.columns:
        enc["color"] = alt.Color(series, type="nominal", title=_label(series, lang))
    chart = _base(shown, title).mark_bar().encode(cat, val, **enc)
    if horizontal:
        chart = chart.properties(height=max(HEIGHT, 16 * shown.height))
    return chart


def line_chart(frame: pl.DataFrame, x: str, y: str, *, series: str | None = None, title: str = "",
               lang: str = "en") -> alt.Chart:
    enc: dict[str, Any] = {}
    if series and series in frame.columns:
        enc["color"] = alt.Color(series, type="nominal", title=_label(series, lang))
    return _base(frame, title).mark_line(point=True).encode(
        alt.X(x, type=field_type(frame, x, dimension=True), title=_label(x, lang)),
        alt.Y(y, type="quantitative", title=_label(y, lang)), **enc)


def heatmap_chart(frame: pl.DataFrame, x: str, y: str, value: str, *, title: str = "",
                  percent: bool = False, lang: str = "en") -> alt.Chart:
    """A rect heatmap with the value written in each cell (cohort retention, segment × month...)."""
    fmt = ".0%" if percent else ",.0f"
    base = _base(frame, title).encode(
        alt.X(x, type=field_type(frame, x, dimension=True), title=_label(x, lang), axis=alt.Axis(labelAngle=0)),
        alt.Y(y, type=field_type(frame, y, dimension=True), title=_label(y, lang)))
    rect = base.mark_rect().encode(alt.Color(value, type="quantitative", title=_label(value, lang),
                                             scale=alt.Scale(scheme="blues")),
                                   tooltip=[*_tooltips(frame.select(x, y)), alt.Tooltip(value, type="quantitative", format=fmt)])
    text = base.mark_text(fontSize=9).encode(
        alt.Text(value, type="quantitative", format=fmt),
        color=alt.condition(alt.datum[value] > _midpoint(frame, value), alt.value("white"), alt.value("black")))
    n_x = frame.get_column(x).n_unique() if frame.height else 1
    n_y = frame.get_column(y).n_unique() if frame.height else 1
    return alt.layer(rect, text).properties(width=min(720, max(WIDTH, 34 * n_x)), height=max(HEIGHT, 20 * n_y))


def _midpoint(frame: pl.DataFrame, value: str) -> float:
    if not frame.height:
        return 0.0
    col = frame.get_column(value).cast(pl.Float64)
    lo, hi = col.min(), col.max()
    return 0.0 if lo is None or hi is None else (lo + hi) / 2


def scatter_chart(frame: pl.DataFrame, x: str, y: str, *, label: str | None = None, series: str | None = None,
                  title: str = "", rules: tuple[float, float] | None = None, lang: str = "en") -> alt.Chart:
    """Points with optional text labels and optional cross-hair rules (e.g. importance × satisfaction)."""
    enc: dict[str, Any] = {"tooltip": _tooltips(frame)}
    if series and series in frame.columns:
        enc["color"] = alt.Color(series, type="nominal", title=_label(series, lang))
    scale = alt.Scale(zero=False)
    base = _base(frame, title).encode(alt.X(x, type="quantitative", title=_label(x, lang), scale=scale),
                                      alt.Y(y, type="quantitative", title=_label(y, lang), scale=scale))
    layers: list[alt.Chart] = [base.mark_circle(size=90).encode(**enc)]
    if label and label in frame.columns:
        layers.append(base.mark_text(align="left", dx=7, fontSize=10).encode(text=alt.Text(label, type="nominal")))
    if rules is not None:
        rx, ry = rules
        layers.append(alt.Chart(alt.Data(values=[{"rx": rx}])).mark_rule(strokeDash=[4, 4], color="gray")
                      .encode(x=alt.X("rx", type="quantitative")))
        layers.append(alt.Chart(alt.Data(values=[{"ry": ry}])).mark_rule(strokeDash=[4, 4], color="gray")
                      .encode(y=alt.Y("ry", type="quantitative")))
    return alt.layer(*layers).properties(width=WIDTH, height=HEIGHT + 60)


def histogram_chart(frame: pl.DataFrame, column: str, *, bins: int = 30, title: str = "",
                    log_y: bool = False, lang: str = "en") -> alt.Chart:
    """Distribution of one numeric column; only that column is inlined, so thousands of rows are fine."""
    values = frame.select(pl.col(column).cast(pl.Float64)).drop_nulls()
    y_scale = alt.Scale(type="symlog") if log_y else alt.Scale()
    return _base(values, title).mark_bar().encode(
        alt.X(column, type="quantitative", bin=alt.Bin(maxbins=bins), title=_label(column, lang)),
        alt.Y("count()", type="quantitative", title="Kunden" if lang == "de" else "customers", scale=y_scale))


def spec_chart(frame: pl.DataFrame, spec: ChartSpec, lang: str = "en") -> alt.Chart | None:
    """The chart an Answer suggests, or None when its columns are not in the table."""
    if frame.height == 0 or spec.x not in frame.columns or spec.y not in frame.columns:
        return None
    if spec.kind == "bar":
        return bar_chart(frame, spec.x, spec.y, series=spec.series, title=spec.title, lang=lang)
    if spec.kind == "line":
        return line_chart(frame, spec.x, spec.y, series=spec.series, title=spec.title, lang=lang)
    if spec.kind == "scatter":
        label = next((c for c in frame.columns if c not in (spec.x, spec.y)), None)
        return scatter_chart(frame, spec.x, spec.y, label=label, series=spec.series, title=spec.title, lang=lang)
    if spec.kind == "heatmap":
        value = spec.series if spec.series in frame.columns else next(
            (c for c, t in frame.schema.items() if c not in (spec.x, spec.y) and t.is_numeric()), None)
        if value is None:
            return None
        return heatmap_chart(frame, spec.x, spec.y, value, title=spec.title,
                             percent=value.endswith("_rate") or value.endswith("rate"), lang=lang)
    return None


def answer_chart(answer: Answer) -> alt.Chart | None:
    """The chart for an Answer (its ChartSpec), or None for single numbers, clarifications and errors."""
    if not answer.ok or answer.chart is None:
        return None
    return spec_chart(answer.display_table, answer.chart, answer.language)


# -- rendering ------------------------------------------------------------------------------------
LOCALES = {"de": "de-DE", "en": "en-US"}
# Theme-aware: no white background, text and axes in ``currentColor`` (the notebook's font colour, light on
# JupyterLab's dark theme), grid lines a translucent grey that reads on both.
INK = "currentColor"
GRID = "rgba(128,128,128,0.3)"
THEME: dict[str, Any] = {
    "background": "transparent",
    "view": {"stroke": GRID},
    "axis": {"labelColor": INK, "titleColor": INK, "domainColor": GRID, "tickColor": GRID, "gridColor": GRID},
    "legend": {"labelColor": INK, "titleColor": INK},
    "title": {"color": INK, "subtitleColor": INK},
    "text": {"color": INK},
}
_SYMBOL = re.compile(r'<(path|circle|rect|line|ellipse)\b([^>]*?\baria-label="([^"]*)"[^>]*?role="graphics-symbol"[^>]*?)/>')


def _with_titles(svg: str) -> str:
    """Hover tooltips without JavaScript: each mark's aria-label (field: value; …) becomes its SVG <title>."""
    return _SYMBOL.sub(lambda m: f"<{m[1]}{m[2]}><title>{m[3]}</title></{m[1]}>", svg)


def to_svg(chart: alt.TopLevelMixin, language: str = "en") -> str:
    """Render with vl-convert in-process: an ``<svg>`` string without scripts or external references;
    axis numbers use the language's separators (1.234,5 in German); theme-aware colours; tooltips as <title>."""
    # validate=False: schema-validating thousands of inline rows costs seconds; vl-convert still rejects bad specs
    spec = chart.to_dict(validate=False)
    config = spec.setdefault("config", {})
    for key, value in THEME.items():
        config[key] = {**value, **config.get(key, {})} if isinstance(value, dict) else config.get(key, value)
    svg = vlc.vegalite_to_svg(spec, allowed_base_urls=[], format_locale=LOCALES.get(language, "en-US"))
    return _with_titles(svg)


def svg_html(chart: alt.TopLevelMixin | None, language: str = "en") -> str:
    """The chart as an HTML figure (empty string for no chart)."""
    if chart is None:
        return ""
    return f"<figure class='insight-chart' style='margin:0.5em 0'>{to_svg(chart, language)}</figure>"


def answer_html(answer: Answer, *, chart: bool = True, max_rows: int = 50, options: bool = True) -> str:
    """The Answer's own HTML (text, table, options, definitions) with its chart rendered as inline SVG."""
    figure = svg_html(answer_chart(answer), answer.language) if chart else ""
    return answer.to_html(max_rows=max_rows, figure=figure, options=options)


class ChartView(widgets.HTML):
    """An HTML widget that shows one chart as static SVG; ``chart`` is the last Altair chart shown."""

    def __init__(self, chart: alt.TopLevelMixin | None = None, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language
        self.chart: alt.TopLevelMixin | None = None
        self.show(chart)

    def show(self, chart: alt.TopLevelMixin | None) -> None:
        self.chart = chart
        self.value = svg_html(chart, self.language)
