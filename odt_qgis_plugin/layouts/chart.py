"""A horizontal bar chart as SVG text: engaged share by type of collectivity or by population class.

Drawn by the plugin itself so that a layout holding it opens without any chart plugin; the
layout embeds the SVG in a picture item. Rows are (label, rate 0..1, what-if rate or None).
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from collections.abc import Sequence
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
    labels = {"3501-20000": tr("3,501 to 20,000 inhabitants"), "20001-50000": tr("20,001 to 50,000 inhabitants"),
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
