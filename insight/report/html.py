"""The report as one self-contained HTML file: inline CSS, inline SVG charts, the figures as an embedded JSON
sidecar; no script runs and nothing is fetched, so it opens the same offline, in a browser or printed to A4
landscape (one section per page)."""

from __future__ import annotations

import datetime as dt
import json
import math
from html import escape
from typing import Any

from insight.report.content import Block, Report, Section, t
from insight.report.svg import INK, MUTED, PALETTE

CSS = f"""
:root {{ --ink: {INK}; --muted: {MUTED}; --primary: {PALETTE['primary']}; --accent: {PALETTE['accent']};
  --risk: {PALETTE['risk']}; --line: #e3e7ec; --paper: #ffffff; --wash: #f3f5f7; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: var(--wash); color: var(--ink);
  font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 14px; line-height: 1.45; }}
.slide {{ background: var(--paper); width: min(1200px, 96vw); min-height: 640px; margin: 28px auto; padding: 40px 56px 48px;
  box-shadow: 0 1px 3px rgba(27,42,65,.12); border-top: 6px solid var(--primary); position: relative; }}
.kicker {{ text-transform: uppercase; letter-spacing: .12em; font-size: 12px; color: var(--primary); font-weight: 600; }}
h1 {{ font-size: 34px; line-height: 1.15; margin: 8px 0 24px; font-weight: 600; }}
h2 {{ font-size: 24px; line-height: 1.2; margin: 6px 0 24px; font-weight: 600; max-width: 60em; }}
h3 {{ font-size: 15px; margin: 18px 0 8px; color: var(--muted); font-weight: 600; }}
.grid {{ display: grid; grid-template-columns: minmax(0, 4fr) minmax(0, 7fr); gap: 28px; align-items: start; }}
.full {{ grid-column: 1 / -1; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13px; }}
th {{ text-align: left; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--ink); padding: 6px 6px;
  vertical-align: bottom; }}
td {{ border-bottom: 1px solid var(--line); padding: 6px 6px; vertical-align: top; }}
.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
th.num {{ white-space: normal; }}
.tiles {{ display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; margin-bottom: 12px; }}
.tile {{ border-left: 4px solid var(--primary); background: var(--wash); padding: 12px 16px; }}
.tile .v {{ font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }}
.tile .l {{ font-size: 13px; color: var(--muted); }}
ul.findings li {{ font-size: 17px; margin: 0 0 14px; }}
.notes {{ font-size: 13px; columns: 2; column-gap: 32px; }} .notes h3 {{ column-span: all; margin-top: 0; }}
.notes li {{ break-inside: avoid; }}
ul {{ padding-left: 20px; margin: 0; }} li {{ margin: 0 0 6px; }}
.title {{ display: flex; flex-direction: column; justify-content: center; border-top-width: 14px; }}
.title h1 {{ font-size: 44px; }}
.foot {{ position: absolute; bottom: 16px; right: 56px; font-size: 11px; color: var(--muted); }}
@media screen and (max-width: 1100px) {{ .grid {{ grid-template-columns: minmax(0, 1fr); }} .slide {{ padding: 28px 24px; }} }}
@page {{ size: A4 landscape; margin: 10mm 12mm; }}
@media print {{
  body {{ background: none; font-size: 11.5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  .slide {{ box-shadow: none; margin: 0; width: auto; min-height: 184mm; padding: 18px 6px 30px; border-top-width: 5px;
    page-break-after: always; break-after: page; break-inside: avoid; }}
  .slide:last-of-type {{ page-break-after: auto; break-after: auto; }}
  .title {{ border-top-width: 12px; }}
  h2 {{ font-size: 21px; margin-bottom: 14px; }} h3 {{ margin-top: 10px; }}
  .grid {{ grid-template-columns: minmax(0, 4fr) minmax(0, 7fr); gap: 22px; }}
  table {{ font-size: 10.5px; }} th, td {{ padding: 4px 5px; }}
  ul.findings li {{ font-size: 17px; margin-bottom: 18px; }}
  .tile .v {{ font-size: 19px; }} .tile {{ padding: 8px 12px; }}
  .grid .tiles {{ grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 10px; margin-bottom: 0; }}
  .grid .tile .v {{ font-size: 16px; }}
  svg, .chart, tr, .tile, li {{ break-inside: avoid; page-break-inside: avoid; }}
  .flow {{ columns: 2; column-gap: 28px; font-size: 10.5px; }} .flow table {{ font-size: 9.5px; }}
  .flow > div {{ break-inside: avoid-column; }}
  .foot {{ bottom: 6px; right: 6px; }}
  .notes {{ font-size: 10px; line-height: 1.35; }} .notes li {{ margin-bottom: 3px; }} .grid {{ row-gap: 10px; }}
}}
"""


def _block(block: Block) -> str:
    head = f"<h3>{escape(block.title)}</h3>" if block.title else ""
    if block.kind == "chart":
        return f'<div class="chart">{head}{block.svg}</div>'
    if block.kind == "tiles":
        tiles = "".join(f'<div class="tile"><div class="l">{escape(label)}</div><div class="v">{escape(value)}</div>'
                        f'<div class="l">{escape(period)}</div></div>' for label, value, period in block.rows)
        return f'<div class="tiles full">{tiles}</div>'
    if block.kind == "table":
        numeric = block.numeric or [False] * len(block.columns)
        cls = ['class="num"' if n else "" for n in numeric]
        head_row = "".join(f"<th {c}>{escape(name)}</th>" for name, c in zip(block.columns, cls))
        body = "".join("<tr>" + "".join(f"<td {c}>{escape(str(v))}</td>" for v, c in zip(row, cls)) + "</tr>"
                       for row in block.rows)
        return f"<div>{head}<table><thead><tr>{head_row}</tr></thead><tbody>{body}</tbody></table></div>"
    items = "".join(f"<li>{escape(line)}</li>" for line in block.lines)
    if block.kind == "text":
        return "".join(f"<p>{escape(line)}</p>" for line in block.lines)
    return f"<div>{head}<ul>{items}</ul></div>" if items else ""


def _section(section: Section, report: Report, number: int) -> str:
    foot = f'<div class="foot">{escape(report.client or t("report", report.lang))} · {number}</div>'
    if section.key == "title":
        return (f'<section class="slide title" id="title"><div class="kicker">{escape(t("report", report.lang))}</div>'
                f"<h1>{escape(section.headline)}</h1>{''.join(_block(b) for b in section.blocks)}"
                f'<div class="kicker" style="margin-top:32px">{escape(section.kicker)}</div></section>')
    if section.key == "summary":
        lines = [section.headline, *section.blocks[0].lines] if section.blocks else [section.headline]
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return (f'<section class="slide" id="summary"><div class="kicker">{escape(section.kicker)}</div>'
                f'<h2>{escape(t("summary", report.lang))}</h2><ul class="findings">{items}</ul>{foot}</section>')
    charts = [b for b in section.blocks if b.kind == "chart"]
    rest = [b for b in section.blocks if b.kind != "chart"]
    if charts:  # chart left, table right, the notes (lists) below across both in two columns: one A4 page
        left = "".join(_block(b) for b in charts)
        tiles = "".join(_block(b) for b in rest if b.kind == "tiles")
        right = "".join(_block(b) for b in rest if b.kind not in ("tiles", "list"))
        notes = "".join(_block(b) for b in rest if b.kind == "list")
        notes = f'<div class="notes full">{notes}</div>' if notes else ""
        body = f'<div class="grid">{tiles}<div>{left}</div><div>{right}</div>{notes}</div>'
    else:  # text pages (the method page) flow in two columns when printed, to stay on one page
        body = f'<div class="flow">{"".join(_block(b) for b in section.blocks)}</div>'
    return (f'<section class="slide" id="{section.key}"><div class="kicker">{escape(section.kicker)}</div>'
            f"<h2>{escape(section.headline)}</h2>{body}{foot}</section>")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def render_html(report: Report) -> str:
    """One HTML document; the figures behind every number sit in <script type="application/json"
    id="insight-figures"> (data, not code: browsers do not run it)."""
    sections = "".join(_section(s, report, i + 1) for i, s in enumerate(report.sections))
    figures = json.dumps(_plain({"as_of": report.as_of, "currency": report.currency, "language": report.lang,
                                 "sections": [s.key for s in report.sections], "omitted": report.omitted,
                                 **report.figures}), ensure_ascii=False).replace("</", "<\\/")
    title = escape(f"{t('report', report.lang)} · {report.client}" if report.client else t("report", report.lang))
    return (f'<!DOCTYPE html><html lang="{report.lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
            f"<style>{CSS}</style></head><body>{sections}"
            f'<script type="application/json" id="insight-figures">{figures}</script></body></html>')
