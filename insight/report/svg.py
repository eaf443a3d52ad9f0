"""Charts as inline SVG strings, drawn here rather than by a chart library: the report must render offline,
in one file, from the core (which may not import altair, docs/architecture.md), and bars and one curve
need no more than this. One palette and one type scale, shared with the report's CSS."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
import math

INK, MUTED, GRID = "#1b2a41", "#5c6b7a", "#d9dee4"
PALETTE = {"primary": "#0f6e7c", "accent": "#d98e04", "risk": "#b23a48", "soft": "#8fb8bf"}
FONT = "font-family=\"'Segoe UI', 'Helvetica Neue', Arial, sans-serif\""


def _text(x: float, y: float, text: str, size: int = 13, anchor: str = "start", color: str = INK,
          weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{color}" '
            f'font-weight="{weight}" {FONT}>{escape(text)}</text>')


def hbar(labels: Sequence[str], values: Sequence[float | None], fmt: Callable[[float | None], str],
         title: str, color: str = "primary", width: int = 560) -> str:
    """Horizontal bars, one per label, the formatted value at the bar's end; negative or missing values
    draw no bar but keep their label and value."""
    row, top, label_w, value_w = 30, 34, 170, 110
    height = top + row * len(labels) + 10
    plot = width - label_w - value_w
    finite = [v for v in values if v is not None and v > 0]
    peak = max(finite) if finite else 1.0
    parts = [f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
             f'preserveAspectRatio="xMinYMin meet">', _text(0, 18, title, 14, weight="600")]
    for i, (label, value) in enumerate(zip(labels, values)):
        y = top + i * row
        parts.append(_text(label_w - 8, y + 19, _clip(label, 24), 12, anchor="end"))
        length = plot * (value / peak) if value is not None and value > 0 else 0.0
        parts.append(f'<rect x="{label_w}" y="{y + 6}" width="{length:.1f}" height="{row - 12}" rx="2" '
                     f'fill="{PALETTE.get(color, color)}"/>')
        parts.append(_text(label_w + length + 6, y + 19, fmt(value), 12, color=MUTED))
    parts.append("</svg>")
    return "".join(parts)


def pareto(x: Sequence[float], y: Sequence[float], title: str, x_label: str, y_label: str,
           marks: Sequence[tuple[float, float, str]] = (), pct: Callable[[float], str] = "{:.0%}".format,
           width: int = 560, height: int = 320) -> str:
    """The cumulative revenue share (y, 0..1) over the share of customers (x, 0..1), highest revenue first,
    with labelled marks (the ABC limits)."""
    left, right, top, bottom = 52, 16, 34, 46
    pw, ph = width - left - right, height - top - bottom

    def px(v: float) -> float:
        return left + pw * v

    def py(v: float) -> float:
        return top + ph * (1 - v)

    parts = [f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
             f'preserveAspectRatio="xMinYMin meet">', _text(0, 18, title, 14, weight="600")]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(f'<line x1="{px(0):.1f}" x2="{px(1):.1f}" y1="{py(tick):.1f}" y2="{py(tick):.1f}" '
                     f'stroke="{GRID}" stroke-width="1"/>')
        parts.append(_text(left - 6, py(tick) + 4, pct(tick), 11, "end", MUTED))
        parts.append(_text(px(tick), top + ph + 16, pct(tick), 11, "middle", MUTED))
    points = " ".join(f"{px(a):.1f},{py(b):.1f}" for a, b in zip([0.0, *x], [0.0, *y]))
    parts.append(f'<polyline points="{points}" fill="none" stroke="{PALETTE["primary"]}" stroke-width="2.5"/>')
    for mx, my, label in marks:
        parts.append(f'<line x1="{px(mx):.1f}" x2="{px(mx):.1f}" y1="{py(0):.1f}" y2="{py(my):.1f}" '
                     f'stroke="{PALETTE["accent"]}" stroke-dasharray="4 3"/>')
        parts.append(f'<circle cx="{px(mx):.1f}" cy="{py(my):.1f}" r="4" fill="{PALETTE["accent"]}"/>')
        parts.append(_text(px(mx) + 6, py(my) + 16, label, 12, color=INK))
    parts.append(_text(left + pw / 2, height - 6, x_label, 12, "middle", MUTED))
    parts.append(f'<text transform="translate(12 {top + ph / 2:.1f}) rotate(-90)" font-size="12" '
                 f'text-anchor="middle" fill="{MUTED}" {FONT}>{escape(y_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def scatter(points: Sequence[tuple[str, float, float]], title: str, x_label: str, y_label: str,
            x_split: float, y_split: float, corner_labels: Sequence[str] = ("", "", "", ""),
            lo: float = 1.0, hi: float = 5.0, width: int = 560, height: int = 360) -> str:
    """Labelled points on a lo..hi × lo..hi grid split into quadrants at (x_split, y_split);
    ``corner_labels``: top-right, top-left, bottom-left, bottom-right."""
    left, right, top, bottom = 44, 20, 34, 46
    pw, ph = width - left - right, height - top - bottom

    def px(v: float) -> float:
        return left + pw * (v - lo) / (hi - lo)

    def py(v: float) -> float:
        return top + ph * (1 - (v - lo) / (hi - lo))

    parts = [f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
             f'preserveAspectRatio="xMinYMin meet">', _text(0, 18, title, 14, weight="600"),
             f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="{GRID}"/>',
             f'<line x1="{px(x_split):.1f}" x2="{px(x_split):.1f}" y1="{top}" y2="{top + ph}" stroke="{MUTED}" '
             f'stroke-dasharray="4 3"/>',
             f'<line x1="{left}" x2="{left + pw}" y1="{py(y_split):.1f}" y2="{py(y_split):.1f}" stroke="{MUTED}" '
             f'stroke-dasharray="4 3"/>']
    tr, tl, bl, br = corner_labels
    parts += [_text(left + pw - 6, top + 16, tr, 11, "end", MUTED), _text(left + 6, top + 16, tl, 11, "start", MUTED),
              _text(left + 6, top + ph - 8, bl, 11, "start", MUTED),
              _text(left + pw - 6, top + ph - 8, br, 11, "end", MUTED)]
    for tick in range(int(lo), int(hi) + 1):
        parts.append(_text(px(tick), top + ph + 16, str(tick), 11, "middle", MUTED))
        parts.append(_text(left - 6, py(tick) + 4, str(tick), 11, "end", MUTED))
    for label, x, y in points:
        hot = x >= x_split and y < y_split
        parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="6" '
                     f'fill="{PALETTE["risk"] if hot else PALETTE["primary"]}"/>')
        parts.append(_text(px(x) + 9, py(y) + 4, label, 12))
    parts.append(_text(left + pw / 2, height - 6, x_label, 12, "middle", MUTED))
    parts.append(f'<text transform="translate(12 {top + ph / 2:.1f}) rotate(-90)" font-size="12" '
                 f'text-anchor="middle" fill="{MUTED}" {FONT}>{escape(y_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


SERIES_COLORS = (PALETTE["primary"], PALETTE["accent"], INK, PALETTE["soft"])


def lines(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], incomplete: Sequence[bool],
          fmt: Callable[[float], str], title: str, note: str = "", lo: float | None = None,
          hi: float | None = None, width: int = 560, height: int = 300) -> str:
    """One line per series over the period ``labels``; an incomplete period gets a hollow marker, a dashed
    segment into it and a '*' on its label (``note`` explains the mark under the chart). Gaps (None) break
    the line. The y axis runs from ``lo`` to ``hi`` (default: the data's range, with 0 for rates)."""
    left, right, top, bottom = 56, 16, 34 + 18 * ((len(series) + 2) // 3), 50 if note else 34
    pw, ph = width - left - right, height - top - bottom
    values = [v for _, vals in series for v in vals if v is not None]
    low: float = lo if lo is not None else min([0.0, *values])
    high: float = hi if hi is not None else max([*values, low + 1e-9])
    if high <= low:
        high = low + 1.0
    if lo is None or hi is None:  # round the axis to a 1-2-5 step, four steps high
        raw = (high - low) / 4
        step = 10 ** math.floor(math.log10(raw))
        step *= next(f for f in (1, 2, 5, 10) if f * step >= raw)
        low = math.floor(low / step) * step
        high = max(math.ceil(high / step) * step, low + step)
    step = pw / max(len(labels), 1)

    def px(i: int) -> float:
        return left + step * (i + 0.5)

    def py(v: float) -> float:
        return top + ph * (1 - (v - low) / (high - low))

    parts = [f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="100%" '
             f'preserveAspectRatio="xMinYMin meet">', _text(0, 18, title, 14, weight="600")]
    for n, (name, _vals) in enumerate(series):  # legend under the title, three per row
        x, y = (n % 3) * 186, 38 + 18 * (n // 3)
        color = SERIES_COLORS[n % len(SERIES_COLORS)]
        parts.append(f'<line x1="{x}" x2="{x + 18}" y1="{y - 4}" y2="{y - 4}" stroke="{color}" stroke-width="2.5"/>')
        parts.append(_text(x + 24, y, _clip(name, 26), 12))
    for k in range(5):
        v = low + (high - low) * k / 4
        v = 0.0 if abs(v) < 1e-9 else v
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{py(v):.1f}" y2="{py(v):.1f}" stroke="{GRID}"/>')
        parts.append(_text(left - 6, py(v) + 4, fmt(v), 11, "end", MUTED))
    every = max(1, -(-len(labels) // 10))  # at most ten period labels under the axis
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            mark = "*" if incomplete[i] else ""
            parts.append(_text(px(i), top + ph + 16, label + mark, 11, "middle", MUTED))
    for n, (_name, vals) in enumerate(series):
        color = SERIES_COLORS[n % len(SERIES_COLORS)]
        for i in range(1, len(vals)):
            a, b = vals[i - 1], vals[i]
            if a is None or b is None:
                continue
            dash = ' stroke-dasharray="5 4"' if incomplete[i] or incomplete[i - 1] else ""
            parts.append(f'<line x1="{px(i - 1):.1f}" x2="{px(i):.1f}" y1="{py(a):.1f}" y2="{py(b):.1f}" '
                         f'stroke="{color}" stroke-width="2.5"{dash}/>')
        for i, point in enumerate(vals):
            if point is not None:
                fill = "#ffffff" if incomplete[i] else color
                parts.append(f'<circle cx="{px(i):.1f}" cy="{py(point):.1f}" r="4" fill="{fill}" stroke="{color}" '
                             f'stroke-width="2"/>')
    if note:
        parts.append(_text(left, height - 6, note, 11, color=MUTED))
    parts.append("</svg>")
    return "".join(parts)
