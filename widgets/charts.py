"""Charts for every widget and magic: polars frames / ChartSpecs → Altair → static SVG and live Vega, offline.

Every chart is first a static SVG: vl-convert renders Vega-Lite in-process (no browser, no CDN), and an
inline ``<svg>`` needs zero JavaScript, so it looks the same in JupyterLab, Voila, VS Code, nbconvert exports,
GitHub previews and a saved notebook reopened without a kernel. Inside a live widget (``ChartView``) the same
spec then becomes an interactive vega-embed view (tooltips, zoom/pan, click to select), with Vega shipped by
vl-convert and handed over by the kernel, never loaded from a CDN (``widgets/static/chart.js``).

Data goes in as inline rows (``alt.Data(values=...)``) so Altair's 5,000-row guard and its optional
dataframe plugins never come into play; bar charts are capped at ``MAX_BARS`` categories.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import altair as alt
import anywidget
import polars as pl
import traitlets
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


def _tooltips(frame: pl.DataFrame, lang: str = "en") -> list[alt.Tooltip]:
    """Hover text for every mark: the first columns, titled with their labels in the chart's language and
    formatted by unit (the locale's separators come from vl-convert / vega-embed's format locale)."""
    tips = []
    # one language's label column: segment in English, segment_de in German (never both, never hidden ones)
    shown = [c for c in frame.columns if not c.startswith("_")
             and not (c.endswith("_de") if lang != "de" else f"{c}_de" in frame.columns)]
    for c in shown[:6]:
        fmt = _tooltip_format(frame, c) if field_type(frame, c) == "quantitative" else None
        if fmt == ".1%":  # a share: the text of share_text, as every table shows it
            tips.append(alt.Tooltip(SHARE_TEXT + c, type="nominal", title=_label(c, lang)))
            continue
        extra: dict[str, Any] = {"format": fmt} if fmt else {}
        tips.append(alt.Tooltip(c, type=field_type(frame, c), title=_label(c, lang), **extra))
    return tips


SHARE_TEXT = "_share_text_"


def _share_expr(column: str, lang: str) -> str:
    """A Vega expression writing a fraction as ``insight.formatting.percent(v, lang, decimals=1)`` does: one
    decimal, two where that would round to 0 or 100 %, then the bound (a churn risk of 0.999998 is
    ``> 99.99 %``, never ``100.0%``); the separators come from the chart's format locale."""
    from insight.formatting import percent

    d = f"datum[{json.dumps(column)}]"
    low, high = json.dumps(percent(0.00001, lang, 1)), json.dumps(percent(0.99999, lang, 1))
    return (f"!isValid({d}) ? '' : ({d} > 0 && {d} < 0.00005) ? {low} : ({d} < 1 && {d} >= 0.99995) ? {high} : "
            f"(({d} > 0 && {d} < 0.0005) || ({d} < 1 && {d} >= 0.9995)) ? format({d} * 100, ',.2f') + ' %' : "
            f"format({d} * 100, ',.1f') + ' %'")


DESCRIPTION = "_description"


def share_text(chart: alt.Chart, frame: pl.DataFrame, lang: str = "en") -> alt.Chart:
    """Adds the text columns the share tooltips show (``_tooltips`` names them) and each mark's description
    (its aria-label, the static SVG's hover <title>) written from the same tooltips, so a saved notebook's
    chart says ``> 99.99 %`` where the live tooltip does."""
    shares = {SHARE_TEXT + c: _share_expr(c, lang) for c in frame.columns
              if field_type(frame, c) == "quantitative" and _tooltip_format(frame, c) == ".1%"}
    parts = []
    for tip in (t.to_dict(validate=False) for t in _tooltips(frame, lang)):
        field, fmt = json.dumps(tip["field"]), tip.get("format")
        value = f"format(datum[{field}], {json.dumps(fmt)})" if isinstance(fmt, str) else f"'' + datum[{field}]"
        parts.append(f"{json.dumps(str(tip.get('title', tip['field'])) + ': ')} + (isValid(datum[{field}]) ? {value} : '')")
    calcs = {**shares, DESCRIPTION: " + '; ' + ".join(parts)} if parts else shares
    return chart.transform_calculate(**calcs) if calcs else chart


PICK = "insight_pick"  # the Vega-Lite param holding the selected category (set by a click or from Python)


def selectable(chart: alt.Chart, field: str) -> alt.Chart:
    """Marks that can be picked by ``field``: a click selects (ChartView.selection), the others fade."""
    test = f"!isValid({PICK}) || datum[{json.dumps(field)}] === {PICK}"
    return chart.add_params(alt.param(name=PICK, value=None)).encode(
        opacity=alt.condition(test, alt.value(1.0), alt.value(0.35)))


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
              horizontal: bool | None = None, lang: str = "en", pick: str | None = None) -> alt.Chart:
    """Bars in the table's own order (answers are already ranked); long category axes turn horizontal.
    ``pick``: the column a click on a bar selects (see ``selectable``)."""
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
    enc: dict[str, Any] = {"tooltip": _tooltips(shown, lang), "description": alt.Description(DESCRIPTION, type="nominal")}
    if series and series in shown.columns:
        enc["color"] = alt.Color(series, type="nominal", title=_label(series, lang))
    chart = share_text(_base(shown, title), shown, lang).mark_bar(
        cursor="pointer" if pick else alt.Undefined).encode(cat, val, **enc)
    if pick and pick in shown.columns:
        chart = selectable(chart, pick)
    if horizontal:
        chart = chart.properties(height=max(HEIGHT, 16 * shown.height))
    return chart


def line_chart(frame: pl.DataFrame, x: str, y: str, *, series: str | None = None, title: str = "",
               lang: str = "en") -> alt.Chart:
    """A line over time or order; a continuous x axis zooms (wheel) and pans (drag), double-click resets."""
    enc: dict[str, Any] = {"tooltip": _tooltips(frame.select(c for c in (x, y, series) if c and c in frame.columns),
                                                lang), "description": alt.Description(DESCRIPTION, type="nominal")}
    if series and series in frame.columns:
        enc["color"] = alt.Color(series, type="nominal", title=_label(series, lang))
    x_type = field_type(frame, x, dimension=True)
    chart = share_text(_base(frame, title), frame, lang).mark_line(point=True).encode(
        alt.X(x, type=x_type, title=_label(x, lang)),
        alt.Y(y, type="quantitative", title=_label(y, lang)), **enc)
    return chart.interactive(bind_y=False) if x_type in ("temporal", "quantitative") else chart


def heatmap_chart(frame: pl.DataFrame, x: str, y: str, value: str, *, title: str = "",
                  percent: bool = False, lang: str = "en") -> alt.Chart:
    """A rect heatmap with the value written in each cell (cohort retention, segment × month...)."""
    fmt = ".0%" if percent else ",.0f"
    base = _base(frame, title).encode(
        alt.X(x, type=field_type(frame, x, dimension=True), title=_label(x, lang), axis=alt.Axis(labelAngle=0)),
        alt.Y(y, type=field_type(frame, y, dimension=True), title=_label(y, lang)))
    rect = base.mark_rect().encode(alt.Color(value, type="quantitative", title=_label(value, lang),
                                             scale=alt.Scale(scheme="blues")),
                                   tooltip=[*_tooltips(frame.select(x, y), lang),
                                            alt.Tooltip(value, type="quantitative", format=fmt, title=_label(value, lang))])
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
    """Points with optional text labels and optional cross-hair rules (e.g. importance × satisfaction); live,
    both axes zoom (wheel) and pan (drag)."""
    enc: dict[str, Any] = {"tooltip": _tooltips(frame, lang), "description": alt.Description(DESCRIPTION, type="nominal")}
    if series and series in frame.columns:
        enc["color"] = alt.Color(series, type="nominal", title=_label(series, lang))
    scale = alt.Scale(zero=False)
    base = _base(frame, title).encode(alt.X(x, type="quantitative", title=_label(x, lang), scale=scale),
                                      alt.Y(y, type="quantitative", title=_label(y, lang), scale=scale))
    layers: list[alt.Chart] = [share_text(base, frame, lang).mark_circle(size=90).encode(**enc).interactive()]
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
    label, customers = _label(column, lang), "Kunden" if lang == "de" else "customers"
    fmt = _tooltip_format(values, column) or ",.2~f"
    binned = alt.Bin(maxbins=bins)
    return _base(values, title).mark_bar().encode(
        alt.X(column, type="quantitative", bin=binned, title=label),
        alt.Y("count()", type="quantitative", title=customers, scale=y_scale),
        tooltip=[alt.Tooltip(column, type="quantitative", bin=binned, title=label, format=fmt),
                 alt.Tooltip("count()", type="quantitative", title=customers)])


def spec_chart(frame: pl.DataFrame, spec: ChartSpec, lang: str = "en", pick: str | None = None) -> alt.Chart | None:
    """The chart an Answer suggests, or None when its columns are not in the table; ``pick``: bar_chart's."""
    if frame.height == 0 or spec.x not in frame.columns or spec.y not in frame.columns:
        return None
    if spec.title in frame.columns:  # the core titles a chart by its measure's field name: show its label
        spec = dataclasses.replace(spec, title=_label(spec.title, lang))
    if spec.kind == "bar":
        return bar_chart(frame, spec.x, spec.y, series=spec.series, title=spec.title, lang=lang, pick=pick)
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


def answer_chart(answer: Answer, pick: str | None = None) -> alt.Chart | None:
    """The chart for an Answer (its ChartSpec), or None for single numbers, clarifications and errors."""
    if not answer.ok or answer.chart is None:
        return None
    return spec_chart(answer.display_table, answer.chart, answer.language, pick=pick)


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


def chart_spec(chart: alt.TopLevelMixin, pick: Any = None) -> dict[str, Any]:
    """The Vega-Lite spec with the theme; ``pick`` pre-selects a category of a ``selectable`` chart."""
    # validate=False: schema-validating thousands of inline rows costs seconds; vl-convert still rejects bad specs
    spec = chart.to_dict(validate=False)
    config = spec.setdefault("config", {})
    for key, value in THEME.items():
        config[key] = {**value, **config.get(key, {})} if isinstance(value, dict) else config.get(key, value)
    for param in spec.get("params", []):
        if param.get("name") == PICK:
            param["value"] = pick
    return spec


def to_svg(chart: alt.TopLevelMixin, language: str = "en", pick: Any = None) -> str:
    """Render with vl-convert in-process: an ``<svg>`` string without scripts or external references;
    axis numbers use the language's separators (1.234,5 in German); theme-aware colours; tooltips as <title>."""
    svg = vlc.vegalite_to_svg(chart_spec(chart, pick), allowed_base_urls=[],
                              format_locale=LOCALES.get(language, "en-US"))
    return _with_titles(svg)


def svg_html(chart: alt.TopLevelMixin | None, language: str = "en", pick: Any = None) -> str:
    """The chart as an HTML figure (empty string for no chart)."""
    if chart is None:
        return ""
    return f"<figure class='insight-chart' style='margin:0.5em 0'>{to_svg(chart, language, pick)}</figure>"


def answer_html(answer: Answer, *, chart: bool = True, max_rows: int = 50, options: bool = True) -> str:
    """The Answer's own HTML (text, table, options, definitions) with its chart rendered as inline SVG."""
    figure = svg_html(answer_chart(answer), answer.language) if chart else ""
    return answer.to_html(max_rows=max_rows, figure=figure, options=options)


# -- the live chart -----------------------------------------------------------------------------------
_BUNDLE: dict[str, bytes] = {}
_BUNDLE_LOCK = threading.Lock()


def vega_bundle() -> bytes:
    """vega, vega-lite and vega-embed as one script (vl-convert's ``javascript_bundle``, ~900 KB), built once per
    kernel. Built in a child process: vl-convert holds the GIL for the ~6 s it takes, which would freeze the
    kernel; this way only the thread waiting for it waits."""
    with _BUNDLE_LOCK:
        if "js" not in _BUNDLE:
            from altair.utils._importers import vl_version_for_vl_convert

            code = ("import sys, vl_convert as v; "
                    f"sys.stdout.buffer.write(v.javascript_bundle(vl_version={vl_version_for_vl_convert()!r}).encode())")
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=300)
            _BUNDLE["js"] = done.stdout
        return _BUNDLE["js"]


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython

        return getattr(get_ipython(), "kernel", None) is not None
    except ImportError:
        return False


def _prepare_bundle() -> None:
    """Start building the bundle in the background when the first chart appears in a kernel, so it is ready
    when the browser asks (a chart stays static SVG meanwhile)."""
    if "js" not in _BUNDLE and not _BUNDLE_LOCK.locked() and _in_kernel():
        threading.Thread(target=_quietly(vega_bundle), daemon=True, name="insight-vega-bundle").start()


def _quietly(fn: Any) -> Any:
    def run() -> None:
        try:
            fn()
        except Exception:  # noqa: BLE001 - no bundle: the charts stay static SVG, which is the fallback
            pass
    return run


class ChartView(anywidget.AnyWidget):
    """One chart: ``value`` is its static SVG figure (what nbconvert and a kernel-less notebook show); live, the
    same spec is drawn by vega-embed with tooltips, zoom/pan on continuous axes, and, when ``field`` names a
    column, click-to-select: ``selection`` is the clicked mark's ``field`` value (None: nothing selected). The
    trait works both ways: set it from Python and the chart highlights that mark. ``chart`` is the last
    Altair chart shown."""

    _esm = Path(__file__).with_name("static") / "chart.js"
    _css = """
    .insight-chart-view { min-width: 0; }
    .insight-chart-view .vega-embed { padding-right: 0; }
    .insight-chart-view .vega-embed summary { display: none; }
    """
    value = traitlets.Unicode("").tag(sync=True)
    spec = traitlets.Dict().tag(sync=True)
    format_locale = traitlets.Dict().tag(sync=True)
    field = traitlets.Unicode("").tag(sync=True)
    selection = traitlets.Any(None, allow_none=True).tag(sync=True)

    def __init__(self, chart: alt.TopLevelMixin | None = None, language: str = "en", *, field: str = "",
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language
        self.chart: alt.TopLevelMixin | None = None
        self.field = field
        self.format_locale = vlc.get_format_locale(LOCALES.get(language, "en-US"))
        self.on_msg(self._on_message)
        self.show(chart)

    def show(self, chart: alt.TopLevelMixin | None) -> None:
        """Draw ``chart`` (None: nothing); the current ``selection`` stays highlighted if it is in it."""
        self.chart = chart
        self.spec = chart_spec(chart, self.selection) if chart is not None else {}
        self.value = svg_html(chart, self.language, self.selection)
        if chart is not None:
            _prepare_bundle()

    @traitlets.observe("selection")
    def _on_selection(self, change: dict[str, Any]) -> None:
        if self.chart is not None and self.field:  # the static SVG shows the selection too
            self.value = svg_html(self.chart, self.language, change["new"])

    def _on_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "vega-bundle":
            threading.Thread(target=_quietly(self._send_bundle), daemon=True).start()

    def _send_bundle(self) -> None:
        self.send({"type": "vega-bundle"}, buffers=[vega_bundle()])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        """The live view plus the static SVG as ``text/html`` for front ends without the widget model."""
        result = super()._repr_mimebundle_(**kwargs)
        if result is None:
            return None
        data, meta = result if isinstance(result, tuple) else (result, {})
        if self.value:
            data["text/html"] = self.value
        return data, meta

    def __repr__(self) -> str:  # the default lists every trait: the whole spec and SVG
        return f"ChartView(field={self.field!r}, selection={self.selection!r})"
