"""A horizontal bar chart as SVG text: engaged share by type of collectivity or by population class.

Drawn by the plugin itself so that a layout holding it opens without any chart plugin; the
layout embeds the SVG in a picture item. Rows are (label, rate 0..1, what-if rate or None).
A line chart (a measure over time) follows, for the evolution pages.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from ..common.i18n import tr
from ..common.numbers import percent

OBSERVED = "#2e86c1"
WHAT_IF = "#e67e22"
FONT = "DejaVu Sans, Arial, sans-serif"
WIDTH, ROW, TOP = 300.0, 26.0, 30.0


def chart_title(kind: str) -> str:
    return {"type": tr("Engaged share by type of collectivity"),
            "size": tr("Engaged share of communes by population")}[kind]


def size_rows(table: list[dict]) -> list[tuple[str, float, float | None]]:
    """Rows from the indicators' by_commune_size table (classes with no commune are left out)."""
    labels = {"0-3500": tr("up to 3,500 inhabitants"),
              "3501-20000": tr("3,501 to 20,000 inhabitants"), "20001-50000": tr("20,001 to 50,000 inhabitants"),
              "50001-100000": tr("50,001 to 100,000 inhabitants"), "100001+": tr("over 100,000 inhabitants")}
    return [(labels.get(row["class"], row["class"]), row["rate"] or 0.0, None) for row in table if row["total"]]


def bar_chart_svg(rows: Sequence[tuple], heading: str, language: str = "fr") -> str:
    """An SVG document; bars are scaled to 100 % so that two pages can be compared by eye."""
    rows = list(rows)
    label_width = WIDTH * 0.42
    value_width = 52.0
    bar_space = WIDTH - label_width - value_width - 8
    height = TOP + ROW * max(len(rows), 1) + 6
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH:g}" height="{height:g}" '
              f'viewBox="0 0 {WIDTH:g} {height:g}" font-family="{FONT}">'),
             f'<text x="0" y="14" font-size="12" font-weight="bold" fill="#1e1e1e">{escape(heading)}</text>']
    if not rows:
        parts.append(f'<text x="0" y="{TOP + 14:g}" font-size="10" fill="#555555">{escape(tr("No data"))}</text>')
    for index, (label, observed, what_if) in enumerate(rows):
        top = TOP + index * ROW
        parts.append(f'<text x="{label_width - 4:g}" y="{top + 14:g}" font-size="10" text-anchor="end" '
                     f'fill="#1e1e1e">{escape(label)}</text>')
        parts.append(f'<rect x="{label_width:g}" y="{top + 3:g}" width="{bar_space:g}" height="14" '
                     f'fill="#eeeeee"/>')
        if what_if is not None:
            parts.append(f'<rect x="{label_width:g}" y="{top + 3:g}" width="{bar_space * _clip(what_if):.2f}" '
                         f'height="14" fill="{WHAT_IF}"/>')
        parts.append(f'<rect x="{label_width:g}" y="{top + 6:g}" width="{bar_space * _clip(observed):.2f}" '
                     f'height="8" fill="{OBSERVED}"/>')
        shown = what_if if what_if is not None else observed
        parts.append(f'<text x="{label_width + bar_space + 4:g}" y="{top + 14:g}" font-size="10" '
                     f'fill="#1e1e1e">{escape(percent(shown, language))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _clip(rate: float) -> float:
    return min(max(rate or 0.0, 0.0), 1.0)


# --- line chart: a measure over time, several series ------------------------------------------------------

SHORT_MONTHS = {"fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                       "déc."),
                "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")}
LINE_STYLES = {"solid": "", "dotted": ' stroke-dasharray="2 3"', "reference": ' stroke-dasharray="7 4"'}
LINE_WIDTH, LINE_HEIGHT = 520.0, 250.0


@dataclass(frozen=True)
class LineSeries:
    """One curve: (date, value) points; style "solid", "dotted" (hollow markers) or "reference" (squares);
    `values` False draws no value beside the points (a series shown for comparison)."""

    label: str
    color: str
    points: tuple
    style: str = "solid"
    values: bool = True


def line_chart_svg(series: Sequence[LineSeries], heading: str, value_text: Callable[[float], str],
                   note: str = "", language: str = "fr", percent_axis: bool = False, width: float = LINE_WIDTH,
                   plot_height: float = LINE_HEIGHT, legend: bool = True) -> str:
    """An SVG document: time on the horizontal axis (years, or months over a short span), values from 0 up.

    Each point of a series with few points carries its value, a longer series' last point only.
    `percent_axis` keeps the axis within 0-100 %. The legend (two columns) and the note go below the plot.
    """
    series = [item for item in series if item.points]
    keyed = [item for item in series if item.label] if legend else []
    # two columns when the labels fit (about 6 units a character at this size), else one
    columns = 2 if all(30 + 6 * len(item.label) < width / 2 for item in keyed) else 1
    legend_rows = (len(keyed) + columns - 1) // columns
    notes = wrap_words(note, width, lambda line: 5.4 * len(line)) if note else []  # about 5.4 units a character
    height = plot_height + (6 + 15 * legend_rows if legend_rows else 0) + 12 * len(notes) + (2 if notes else 0)
    left, right, top = 52.0, 34.0, 30.0
    bottom = plot_height - 24
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
              f'viewBox="0 0 {width:g} {height:g}" font-family="{FONT}">'),
             f'<text x="0" y="15" font-size="13" font-weight="bold" fill="#1e1e1e">{escape(heading)}</text>']
    if not series:
        parts.append(f'<text x="0" y="{top + 20:g}" font-size="11" fill="#555555">{escape(tr("No data"))}</text>')
        parts.append("</svg>")
        return "\n".join(parts)
    days = [day for item in series for day, _ in item.points]
    first, last = min(days).toordinal(), max(days).toordinal()
    if last - first < 60:  # one date: a year on each side, so that the axis still reads as time
        first, last = first - 400, last + 400
    pad = (last - first) * 0.05
    first, last = first - pad, last + pad
    top_value = max(value for item in series for _, value in item.points)
    step, ceiling = _nice_scale(top_value, 1.0 if percent_axis else None)

    def x_of(day) -> float:
        return left + (width - left - right) * (day.toordinal() - first) / (last - first)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * (value / ceiling if ceiling else 0.0)

    tick = 0.0
    while tick <= ceiling + step / 1000:
        y = y_of(tick)
        parts.append(f'<line x1="{left:g}" y1="{y:.1f}" x2="{width - right:g}" y2="{y:.1f}" '
                     f'stroke="{"#9a9a9a" if tick == 0 else "#e3e3e3"}" stroke-width="{1 if tick == 0 else 0.8}"/>')
        parts.append(f'<text x="{left - 6:g}" y="{y + 3.5:.1f}" font-size="10" text-anchor="end" '
                     f'fill="#555555">{escape(value_text(tick))}</text>')
        tick += step
    for day, text in _time_ticks(first, last, language):
        x = x_of(day)
        parts.append(f'<line x1="{x:.1f}" y1="{bottom:g}" x2="{x:.1f}" y2="{bottom + 4:g}" stroke="#9a9a9a"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16:g}" font-size="10" text-anchor="middle" '
                     f'fill="#555555">{escape(text)}</text>')
    placed: list[tuple[float, float, float, float]] = []  # value boxes already drawn: none may cover another
    for item in series:
        points = sorted(item.points)
        coords = [(x_of(day), y_of(value)) for day, value in points]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{item.color}" stroke-width="2"'
                         f'{LINE_STYLES[item.style]}/>')
        for x, y in coords:
            parts.append(_marker(x, y, item))
        shown = list(zip(coords, (value for _, value in points)))
        shown = shown if len(shown) <= 6 else shown[-1:]
        for (x, y), value in reversed(shown) if item.values else ():  # the latest value first
            text = value_text(value)
            below = y - 17 < top  # near the top of the plot: under the point, not over the heading
            baseline = y + 16 if below else y - 7
            box = (x - 3.2 * len(text), baseline - 10, x + 3.2 * len(text), baseline + 2)
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                continue
            placed.append(box)
            parts.append(f'<text x="{x:.1f}" y="{baseline:.1f}" font-size="10" text-anchor="middle" '
                         f'fill="{item.color}" font-weight="bold">{escape(text)}</text>')
    for index, item in enumerate(keyed):
        x = (index % columns) * width / 2
        y = plot_height + 13 + 15 * (index // columns)
        parts.append(f'<line x1="{x + 2:g}" y1="{y - 4:g}" x2="{x + 24:g}" y2="{y - 4:g}" stroke="{item.color}" '
                     f'stroke-width="2"{LINE_STYLES[item.style]}/>')
        parts.append(_marker(x + 13, y - 4, item))
        parts.append(f'<text x="{x + 30:g}" y="{y:g}" font-size="10" fill="#1e1e1e">{escape(item.label)}</text>')
    for index, line in enumerate(notes):
        y = height - 3 - 12 * (len(notes) - 1 - index)
        parts.append(f'<text x="0" y="{y:g}" font-size="9" fill="#555555">{escape(line)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def wrap_words(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """The text's paragraphs cut between words into lines `measure` finds no wider than `width` (a word longer
    than the width stays whole on its line)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and measure(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def _marker(x: float, y: float, item: LineSeries) -> str:
    if item.style == "reference":
        return f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7" fill="{item.color}"/>'
    fill = "#ffffff" if item.style == "dotted" else item.color
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{fill}" stroke="{item.color}" stroke-width="1.5"/>'


def _nice_scale(top: float, cap: float | None) -> tuple[float, float]:
    """(step, ceiling): four or five round steps from 0 to just above `top` (`cap` at most, when given)."""
    top = max(top * 1.12, 1e-9)
    if cap is not None:
        top = min(top, cap)
    magnitude = 10 ** math.floor(math.log10(top / 4))
    step = next(m * magnitude for m in (1, 2, 5, 10) if top / (m * magnitude) <= 5)
    return step, step * math.ceil(top / step - 1e-9)


def _time_ticks(first: float, last: float, language: str) -> list[tuple[date, str]]:
    """Years over a long span; months (every second, third...) over a short one."""
    start, end = date.fromordinal(int(math.ceil(first))), date.fromordinal(int(last))
    if end.toordinal() - start.toordinal() > 540:
        years = range(start.year + (start > date(start.year, 1, 1)), end.year + 1)
        every = max(1, math.ceil(len(years) / 8))
        return [(date(year, 1, 1), str(year)) for year in years if year % every == 0]
    months = []
    year, month = (start.year, start.month + 1) if start.day > 1 else (start.year, start.month)
    while (year, month) <= (end.year, end.month):
        if month > 12:
            year, month = year + 1, 1
            continue
        months.append(date(year, month, 1))
        month += 1
    every = max(1, math.ceil(len(months) / 8))
    names = SHORT_MONTHS.get(language, SHORT_MONTHS["en"])
    return [(day, f"{names[day.month - 1]} {day.year}") for day in months[::every]]
