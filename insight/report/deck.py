"""The report as a PowerPoint deck: one slide per report page, drawn from the same content model as the HTML
(content.py), so headlines and figures are the same and nothing is computed here.

Why native charts (python-pptx chart parts) rather than pictures of the SVG: the consultant restyles the deck
in the client's corporate design, and a native chart takes the new colours and fonts and keeps its numbers
editable ("Edit data"); a picture would not. Tables are native tables for the same reason. Definitions and
assumptions go into the speaker notes, the Stichtag and page number into a footer line.

python-pptx is the optional extra ``report`` (``pip install 'insight[report]'``); it is imported only when a
deck is written, so the core runs without it."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from insight.errors import InsightError
from insight.query.render import CURRENCY_SYMBOLS
from insight.report.content import Block, Chart, Report, Section, report_date, t
from insight.report.svg import INK, MUTED, PALETTE

if TYPE_CHECKING:  # only for the type checker: the package is optional at run time
    from pptx.chart.data import CategoryChartData, ChartData, XyChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.slide import Slide

WASH, LINE = "F3F5F7", "E3E7EC"
WIDTH_IN, HEIGHT_IN = 13.333, 7.5  # 16:9
MARGIN_IN = 0.6
INSTALL_HINT = "python-pptx is needed for --pptx: pip install 'insight[report]' (or: pip install python-pptx)"


def _rgb(color: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(color.lstrip("#").upper())


def _add_chart(slide: Slide, kind: XL_CHART_TYPE, x: int, y: int, w: int, h: int,
               data: CategoryChartData | XyChartData) -> GraphicFrame:
    """A native chart on ``slide`` at (x, y, w, h) in EMU, in the graphic frame that holds it. python-pptx 1.0
    annotates ``add_chart`` as taking category ``ChartData`` and returning a ``Chart``; it takes any chart
    data (XY too) and returns that frame."""
    from pptx.util import Emu

    frame = slide.shapes.add_chart(kind, Emu(x), Emu(y), Emu(w), Emu(h), cast("ChartData", data))
    return cast("GraphicFrame", frame)


def _number_format(unit: str, currency: str, lang: str, decimals: bool = False) -> str:
    """An Excel number format for a chart's values; PowerPoint shows its separators in the viewer's locale."""
    if unit == "currency":
        symbol = CURRENCY_SYMBOLS.get(currency, currency) or ""
        body = "#,##0.00" if decimals else "#,##0"
        if not symbol:
            return body
        return f'{body} "{symbol}"' if lang == "de" or len(symbol) > 1 else f'"{symbol}"{body}'
    if unit == "count":
        return "#,##0"
    if unit == "fraction":
        return "0%"
    return "0.00"


CELL_PAD_PT = 4
CHAR_EM = 0.62  # mean glyph width in em, generous (LibreOffice may swap Calibri for a wider font): numbers stay on one line


def _table_layout(columns: list[str], rows: list[list[str]], numeric: list[bool], width: float,
                  max_height: float) -> tuple[float, list[float], list[float]]:
    """Font size (pt), column widths and row heights (in) so the table fits ``width`` × ``max_height``:
    numbers never wrap, text wraps at words, and the font shrinks (11 → 7 pt) until both fit."""
    cells = [[str(c) for c in columns], *[[str(c) for c in row] for row in rows]]
    size = 7.0
    for size in (11.0, 10.0, 9.0, 8.0, 7.0):
        char = size * CHAR_EM / 72
        pad = 2 * CELL_PAD_PT / 72
        mins, wants = [], []
        for j, is_number in enumerate(numeric):
            words = max([len(w) for row in cells[1:] for w in row[j].split()]
                        + [math.ceil(len(w) * 1.25) for w in cells[0][j].split()] + [1])  # the header is bold
            longest = max(len(row[j]) for row in cells[1:]) if rows else 1
            mins.append((max(longest, words) if is_number else words) * char + pad)
            wants.append((max(longest, words) if is_number else min(max(longest, words), 60)) * char + pad)
        if sum(mins) > width and size > 7:
            continue
        spare = max(width - sum(mins), 0.0)
        grow = [w - m for w, m in zip(wants, mins)]
        total = sum(grow)
        widths = [m + (spare * g / total if total else spare / len(mins)) for m, g in zip(mins, grow)]
        if sum(mins) > width:  # 7 pt still too wide: scale everything down
            widths = [w * width / sum(mins) for w in mins]
        line = size * 1.22 / 72
        heights = [max(math.ceil(len(row[j]) * char / max(widths[j] - pad, char)) for j in range(len(row))) * line
                   + 4 / 72 + 0.02 for row in cells]
        if sum(heights) <= max_height or size == 7:
            return size, widths, heights
    raise AssertionError("unreachable")  # pragma: no cover


def _set_chart_language(chart: Any, tag: str) -> None:
    """Mark the chart's language (c:lang), which viewers use for its number separators where they honour it."""
    from pptx.oxml.ns import qn
    from pptx.oxml.xmlchemy import OxmlElement

    space = chart._chartSpace
    lang = space.find(qn("c:lang"))
    if lang is None:
        lang = OxmlElement("c:lang")
        date1904 = space.find(qn("c:date1904"))
        if date1904 is not None:
            date1904.addnext(lang)
        else:
            space.insert(0, lang)
    lang.set("val", tag)


class _Deck:
    def __init__(self, report: Report) -> None:
        try:
            from pptx import Presentation
            from pptx.util import Inches
        except ImportError:
            raise InsightError(INSTALL_HINT) from None
        self.report, self.lang = report, report.lang
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Inches(WIDTH_IN), Inches(HEIGHT_IN)
        self._widen_layouts()

    def _widen_layouts(self) -> None:
        """The default template is 4:3; stretch its master and layout placeholders to 16:9 so slides the
        consultant adds later line up with ours."""
        factor = WIDTH_IN / 10.0
        for holder in [self.prs.slide_master, *self.prs.slide_layouts]:
            for shape in holder.shapes:
                if shape.left is not None and shape.width is not None:
                    shape.left, shape.width = int(shape.left * factor), int(shape.width * factor)

    # -- pieces ---------------------------------------------------------------------------------
    def _text(self, slide: Slide, left: float, top: float, width: float, height: float, lines: list[str],
              size: float = 12, color: str = INK, bold: bool = False, bullets: bool = False, space: float = 0):
        from pptx.util import Inches, Pt

        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        frame = box.text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            run = para.add_run()
            run.text = f"•  {line}" if bullets else line
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, _rgb(color)
            if space:
                para.space_after = Pt(space)
        return box

    def _band(self, slide: Slide, height: float = 0.09) -> None:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Emu, Inches

        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(0), Emu(0), self.prs.slide_width, Inches(height))
        bar.fill.solid()
        bar.fill.fore_color.rgb = _rgb(PALETTE["primary"])
        bar.line.fill.background()

    def _title(self, slide: Slide, text: str, top: float = 0.62, size: float = 26) -> None:
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Inches, Pt

        title = slide.shapes.title
        if title is None:  # every slide is made from layout 5 ("Title Only"), which has one
            raise InsightError("the deck's slide layout has no title placeholder")
        title.left, title.top = Inches(MARGIN_IN), Inches(top)
        title.width, title.height = Inches(WIDTH_IN - 2 * MARGIN_IN), Inches(1.0)
        frame = title.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.text = text
        if size == 26 and len(text) > 80:  # long findings (the persona pages) stay within two lines
            size = 22 if len(text) <= 110 else 20
        para = frame.paragraphs[0]
        para.alignment = PP_ALIGN.LEFT
        for run in para.runs:
            run.font.size, run.font.bold, run.font.color.rgb = Pt(size), True, _rgb(INK)

    def _footer(self, slide: Slide, number: int) -> None:
        stamp = report_date(self.report.as_of, self.lang)
        who = self.report.client or t("report", self.lang)
        self._text(slide, MARGIN_IN, HEIGHT_IN - 0.45, WIDTH_IN - 2 * MARGIN_IN, 0.3,
                   [f"{who} · {t('as_of', self.lang)}: {stamp} · {number}"], size=9, color=MUTED)

    def _notes(self, slide: Slide, section: Section, shown: set[int]) -> None:
        """Speaker notes: the page's lines not on the slide, then the definitions and assumptions."""
        parts = [section.headline]
        for i, block in enumerate(section.blocks):
            if i in shown:
                continue
            lines = block.lines or [" · ".join(row) for row in block.rows]
            if lines:
                parts += ["", block.title or "", *lines] if block.title else ["", *lines]
        if section.key != "title":
            if self.report.definitions:
                parts += ["", t("definitions", self.lang), *self.report.definitions]
            if self.report.notes:
                parts += ["", t("notes", self.lang), *self.report.notes]
        notes = slide.notes_slide.notes_text_frame
        if notes is not None:  # the default notes master always has a body placeholder
            notes.text = "\n".join(parts).strip()

    def _table(self, slide: Slide, block: Block, left: float, top: float, width: float, max_height: float) -> float:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Inches, Pt

        rows, cols = len(block.rows) + 1, len(block.columns)
        numeric = block.numeric or [False] * cols
        size, widths, heights = _table_layout(block.columns, block.rows, numeric, width, max_height)
        shape = slide.shapes.add_table(rows, cols, Inches(left), Inches(top), Inches(width), Inches(sum(heights)))
        table = shape.table
        table.horz_banding = False  # python-pptx names it so (the old spelling set a stray attribute)
        for j, w in enumerate(widths):
            table.columns[j].width = Inches(w)
        for i in range(rows):  # one line high: PowerPoint and LibreOffice grow a row to its wrapped text
            table.rows[i].height = Pt(size * 1.22 + 4)
            for j in range(cols):
                cell = table.cell(i, j)
                cell.text = str(block.columns[j] if i == 0 else block.rows[i - 1][j])
                cell.margin_left = cell.margin_right = Pt(CELL_PAD_PT)
                cell.margin_top = cell.margin_bottom = Pt(2)
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(INK if i == 0 else ("FFFFFF" if i % 2 else WASH))
                for para in cell.text_frame.paragraphs:
                    para.alignment = PP_ALIGN.RIGHT if numeric[j] else PP_ALIGN.LEFT
                    for run in para.runs:
                        run.font.size = Pt(size)
                        run.font.bold = i == 0
                        run.font.color.rgb = _rgb("FFFFFF" if i == 0 else INK)
        return sum(heights)

    def _tiles(self, slide: Slide, block: Block, left: float, top: float, width: float, per_row: int = 2,
               height: float = 1.0) -> float:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Inches, Pt

        gap = 0.15
        tile_w = (width - gap * (per_row - 1)) / per_row
        for n, (label, value, period) in enumerate(block.rows):
            x = left + (n % per_row) * (tile_w + gap)
            y = top + (n // per_row) * (height + gap)
            box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(tile_w), Inches(height))
            box.fill.solid()
            box.fill.fore_color.rgb = _rgb(WASH)
            box.line.fill.background()
            edge = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(0.06), Inches(height))
            edge.fill.solid()
            edge.fill.fore_color.rgb = _rgb(PALETTE["primary"])
            edge.line.fill.background()
            frame = box.text_frame
            frame.word_wrap = True
            frame.margin_left = Pt(12)
            big = 18 if per_row <= 3 else 14
            for i, (text, size, bold, color) in enumerate(((label, 10, False, MUTED), (value, big, True, INK),
                                                           (period, 8, False, MUTED))):
                para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                run = para.add_run()
                run.text = text
                run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, _rgb(color)
        rows = (len(block.rows) + per_row - 1) // per_row
        return rows * (height + gap)

    def _chart(self, slide: Slide, chart: Chart, left: float, top: float, width: float, height: float) -> None:
        from pptx.util import Inches, Pt

        x, y, w, h = Inches(left), Inches(top), Inches(width), Inches(height)
        if chart.kind == "bar":
            shape = self._bar(slide, chart, x, y, w, h)
        elif chart.kind == "curve":
            shape = self._curve(slide, chart, x, y, w, h)
        elif chart.kind == "line":
            shape = self._line(slide, chart, x, y, w, h)
        else:
            shape = self._scatter(slide, chart, x, y, w, h)
        drawn = shape.chart
        drawn.has_title = True
        drawn.chart_title.text_frame.text = chart.title
        for para in drawn.chart_title.text_frame.paragraphs:
            for run in para.runs:
                run.font.size, run.font.bold, run.font.color.rgb = Pt(13), True, _rgb(INK)
        drawn.font.size = Pt(10)
        drawn.font.color.rgb = _rgb(INK)
        _set_chart_language(drawn, "de-DE" if self.lang == "de" else "en-GB")

    def _bar(self, slide: Slide, chart: Chart, x: int, y: int, w: int, h: int) -> Any:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION

        data = CategoryChartData(number_format=_number_format(chart.unit, self.report.currency, self.lang, True))
        data.categories = chart.labels
        data.add_series(chart.title, chart.values)
        shape = _add_chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, x, y, w, h, data)
        drawn = shape.chart
        drawn.has_legend = False
        plot = drawn.plots[0]
        plot.gap_width = 60
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = _number_format(chart.unit, self.report.currency, self.lang)
        labels.number_format_is_linked = False
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        fill = plot.series[0].format.fill
        fill.solid()
        fill.fore_color.rgb = _rgb(PALETTE.get(chart.color, chart.color))
        drawn.category_axis.reverse_order = True  # first segment on top, as in the table beside it
        drawn.category_axis.format.line.color.rgb = _rgb(MUTED)
        value_axis = drawn.value_axis
        value_axis.has_major_gridlines = False
        value_axis.visible = False
        return shape

    def _line(self, slide: Slide, chart: Chart, x: int, y: int, w: int, h: int) -> Any:
        """Lines over the periods; an incomplete period's label gets a '*', its marker is hollow and the line
        into it dashed, as in the SVG."""
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
        from pptx.enum.dml import MSO_LINE_DASH_STYLE
        from pptx.util import Pt

        from insight.report.svg import SERIES_COLORS

        rates = chart.unit == "fraction"
        data = CategoryChartData(number_format="0.0%" if rates else "0.0")
        data.categories = [label + ("*" if gap else "") for label, gap in zip(chart.labels, chart.incomplete)]
        for name, values in chart.series:
            data.add_series(name, values)
        shape = _add_chart(slide, XL_CHART_TYPE.LINE_MARKERS, x, y, w, h, data)
        drawn = shape.chart
        drawn.has_legend = len(chart.series) > 1
        if drawn.has_legend:
            drawn.legend.position, drawn.legend.include_in_layout = XL_LEGEND_POSITION.TOP, False
        for n, series in enumerate(drawn.plots[0].series):
            color = _rgb(SERIES_COLORS[n % len(SERIES_COLORS)])
            series.smooth = False
            series.format.line.color.rgb = color
            series.format.line.width = 28575  # 2.25 pt
            series.marker.style, series.marker.size = XL_MARKER_STYLE.CIRCLE, 7
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = color
            series.marker.format.line.color.rgb = color
            for i, gap in enumerate(chart.incomplete):
                if gap and chart.series[n][1][i] is not None:
                    point = series.points[i]
                    point.marker.style, point.marker.size = XL_MARKER_STYLE.CIRCLE, 7
                    point.marker.format.fill.solid()
                    point.marker.format.fill.fore_color.rgb = _rgb("FFFFFF")
                    point.marker.format.line.color.rgb = color
                    point.format.line.color.rgb = color
                    point.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        axis = drawn.value_axis
        axis.has_major_gridlines = True
        axis.major_gridlines.format.line.color.rgb = _rgb(LINE)
        axis.tick_labels.number_format = "0%" if rates else "0"
        axis.tick_labels.number_format_is_linked = False
        if rates:
            axis.minimum_scale, axis.maximum_scale = 0.0, 1.0
        drawn.category_axis.tick_labels.font.size = Pt(8)
        drawn.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # under the plot, also below 0
        return shape

    def _curve(self, slide: Slide, chart: Chart, x: int, y: int, w: int, h: int) -> Any:
        from pptx.chart.data import XyChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE

        data = XyChartData(number_format="0%")
        curve = data.add_series(chart.y_label)
        for a, b in zip([0.0, *chart.x], [0.0, *chart.values]):
            curve.add_data_point(a, b)
        marks = data.add_series("ABC")
        for a, b, _label in chart.marks:
            marks.add_data_point(a, b)
        shape = _add_chart(slide, XL_CHART_TYPE.XY_SCATTER_LINES_NO_MARKERS, x, y, w, h, data)
        drawn = shape.chart
        drawn.has_legend = False
        line, dots = drawn.plots[0].series
        line.format.line.color.rgb = _rgb(PALETTE["primary"])
        line.format.line.width = 28575  # 2.25 pt
        line.smooth = False
        dots.format.line.fill.background()
        dots.marker.style = XL_MARKER_STYLE.CIRCLE
        dots.marker.size = 8
        dots.marker.format.fill.solid()
        dots.marker.format.fill.fore_color.rgb = _rgb(PALETTE["accent"])
        for i, (_a, _b, label) in enumerate(chart.marks):
            point_label = dots.points[i].data_label
            point_label.text_frame.text = label
            point_label.position = XL_LABEL_POSITION.BELOW
        for axis, title in ((drawn.category_axis, chart.x_label), (drawn.value_axis, chart.y_label)):
            axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0.0, 1.0, 0.25
            axis.tick_labels.number_format, axis.tick_labels.number_format_is_linked = "0%", False
            axis.has_title = True
            axis.axis_title.text_frame.text = title
        drawn.value_axis.major_gridlines.format.line.color.rgb = _rgb(LINE)
        return shape

    def _scatter(self, slide: Slide, chart: Chart, x: int, y: int, w: int, h: int) -> Any:
        from pptx.chart.data import XyChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE

        data = XyChartData(number_format="0.00")
        points = data.add_series(chart.title)
        for a, b in zip(chart.x, chart.values):
            points.add_data_point(a, b)
        sx, sy = chart.splits
        for name, line in ((chart.x_label, ((sx, 1.0), (sx, 5.0))), (chart.y_label, ((1.0, sy), (5.0, sy)))):
            split = data.add_series(f"Ø {name}")
            for a, b in line:
                split.add_data_point(a, b)
        shape = _add_chart(slide, XL_CHART_TYPE.XY_SCATTER, x, y, w, h, data)
        drawn = shape.chart
        drawn.has_legend = False
        dots, *splits = drawn.plots[0].series
        dots.format.line.fill.background()
        dots.marker.style, dots.marker.size = XL_MARKER_STYLE.CIRCLE, 9
        for i, (label, a, b) in enumerate(zip(chart.labels, chart.x, chart.values)):
            hot = a >= sx and (b or 0.0) < sy  # important but rated low: "concentrate here", as in the SVG
            point = dots.points[i]
            point.marker.style, point.marker.size = XL_MARKER_STYLE.CIRCLE, 9
            point.marker.format.fill.solid()
            point.marker.format.fill.fore_color.rgb = _rgb(PALETTE["risk" if hot else "primary"])
            point.marker.format.line.fill.background()
            point.data_label.text_frame.text = label
            point.data_label.position = XL_LABEL_POSITION.RIGHT
        for split in splits:
            split.marker.style = XL_MARKER_STYLE.NONE
            split.format.line.color.rgb = _rgb(MUTED)
            split.format.line.dash_style = 4  # MSO_LINE_DASH_STYLE.DASH
        for axis, title in ((drawn.category_axis, chart.x_label), (drawn.value_axis, chart.y_label)):
            axis.minimum_scale, axis.maximum_scale, axis.major_unit = 1.0, 5.0, 1.0
            axis.has_major_gridlines = False
            axis.has_title = True
            axis.axis_title.text_frame.text = title
        return shape

    # -- slides ---------------------------------------------------------------------------------
    def title_slide(self, section: Section) -> None:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[5])
        self._band(slide, 0.22)
        self._text(slide, MARGIN_IN + 0.2, 2.2, 10, 0.4, [t("report", self.lang).upper()], 12, PALETTE["primary"],
                   bold=True)
        self._title(slide, section.headline, top=2.6, size=40)
        lines = [line for block in section.blocks for line in block.lines]
        self._text(slide, MARGIN_IN + 0.2, 3.9, 11, 1.2, lines, 14, INK, space=4)
        self._text(slide, MARGIN_IN + 0.2, 5.4, 10, 0.4, [section.kicker.upper()], 11, PALETTE["primary"],
                   bold=True)
        self._notes(slide, section, shown={i for i in range(len(section.blocks))})

    def body_slide(self, section: Section, number: int) -> None:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[5])
        self._band(slide)
        self._text(slide, MARGIN_IN, 0.28, 10, 0.3, [section.kicker.upper()], 11, PALETTE["primary"], bold=True)
        self._title(slide, section.headline)
        top, bottom = 1.75, HEIGHT_IN - 0.6
        inner = WIDTH_IN - 2 * MARGIN_IN
        shown: set[int] = set()
        blocks = list(enumerate(section.blocks))
        charts = [(i, b) for i, b in blocks if b.kind == "chart" and b.chart is not None]
        tables = [(i, b) for i, b in blocks if b.kind == "table"]
        tiles = [(i, b) for i, b in blocks if b.kind == "tiles" and b.rows]
        if section.key == "summary":
            lines = [line for _, b in blocks if b.kind == "list" for line in b.lines]
            self._text(slide, MARGIN_IN, top, inner, bottom - top, lines, 18, INK, bullets=True, space=14)
            shown = {i for i, b in blocks if b.kind == "list"}
        elif section.key == "trends" and tables:  # charts side by side above the period table, full width
            ti, table = tables[0]
            rows_h = (len(table.rows) + 1) * 0.24
            chart_h = max(bottom - top - rows_h - 0.15, 2.2)
            each = (inner - 0.3 * (len(charts) - 1)) / len(charts)
            for n, (ci, chart) in enumerate(charts):
                assert chart.chart is not None
                self._chart(slide, chart.chart, MARGIN_IN + n * (each + 0.3), top, each, chart_h)
                shown.add(ci)
            self._table(slide, table, MARGIN_IN, top + chart_h + 0.15, inner, bottom - top - chart_h - 0.15)
            shown.add(ti)
        elif charts:
            if tiles:  # a persona's figures: one row of tiles across the slide above chart and table
                ti, tile_block = tiles[0]
                top += self._tiles(slide, tile_block, MARGIN_IN, top, inner, per_row=len(tile_block.rows),
                                   height=0.85) + 0.05
                shown.add(ti)
            wide = any(len(b.columns) >= 7 for _, b in tables)
            left_w = inner * (0.34 if wide else 0.42)
            each = (bottom - top) / len(charts)  # charts stacked in the left column (the trend page has two)
            for n, (ci, chart) in enumerate(charts):
                assert chart.chart is not None
                self._chart(slide, chart.chart, MARGIN_IN, top + n * each, left_w, each - (0.1 if n else 0))
                shown.add(ci)
            if tables:
                ti, table = tables[0]
                right, width = MARGIN_IN + left_w + 0.3, inner - left_w - 0.3
                used = self._table(slide, table, right, top, width, bottom - top)
                shown.add(ti)
                lists = [(i, b) for i, b in blocks if b.kind == "list" and b.lines]
                if section.key.startswith("persona") and lists:  # the recommended measure under the profile
                    li, measure = lists[0]
                    self._text(slide, right, top + used + 0.12, width, 0.3, [measure.title], 11, PALETTE["primary"],
                               bold=True)
                    self._text(slide, right, top + used + 0.42, width, bottom - top - used - 0.42, measure.lines,
                               10, INK, space=3)
                    shown.add(li)
        else:
            left_w = inner * 0.44
            if tiles:
                ti, tile_block = tiles[0]
                self._tiles(slide, tile_block, MARGIN_IN, top, left_w)
                shown.add(ti)
            else:  # the method page: models and what was left out above the catalogue; assumptions in the notes
                lines = []
                for i, block in enumerate(section.blocks):
                    if block.kind == "text" or (block.kind == "list" and block.title == t("omitted", self.lang)):
                        lines += [f"{block.title}: {' '.join(block.lines)}" if block.title else " ".join(block.lines)]
                        shown.add(i)
                per_line = inner * 72 / (10 * CHAR_EM)  # characters on one 10 pt line across the slide
                high = sum(math.ceil(len(line) / per_line) for line in lines) * 10 * 1.25 / 72 + 0.1 * len(lines)
                self._text(slide, MARGIN_IN, top - 0.1, inner, high, lines, 10, INK, space=3)
                if tables:
                    ti, table = tables[0]
                    self._table(slide, table, MARGIN_IN, top + high, inner, bottom - top - high)
                    shown.add(ti)
                tables = []
            if tables and not tiles:  # nothing beside the table (a KPI page with no KPI measurable): full width
                left_w = -0.3
            if tables:
                ti, table = tables[0]
                self._table(slide, table, MARGIN_IN + left_w + 0.3, top, inner - left_w - 0.3, bottom - top)
                shown.add(ti)
        self._footer(slide, number)
        self._notes(slide, section, shown)

    def build(self) -> Any:
        for number, section in enumerate(self.report.sections, start=1):
            if section.key == "title":
                self.title_slide(section)
            else:
                self.body_slide(section, number)
        self.prs.core_properties.title = (f"{t('report', self.lang)} · {self.report.client}" if self.report.client
                                          else t("report", self.lang))
        self.prs.core_properties.language = "de-DE" if self.lang == "de" else "en-GB"
        self.prs.core_properties.created = dt.datetime.now()
        return self.prs


def render_pptx(report: Report, out: str | Path) -> Path:
    """Write the deck for ``report`` to ``out`` (.pptx): one slide per page, same headlines as the HTML."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    _Deck(report).build().save(str(path))
    return path
