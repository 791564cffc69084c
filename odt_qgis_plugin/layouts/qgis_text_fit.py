"""Fitting a text in its frame: shrink the font (to MIN_FONT_RATIO of the template's size), then wrap words.

Widths and heights in layout millimetres, measured as QGIS draws labels (QgsLayoutUtils).
"""
from qgis.core import QgsLayoutUtils

MIN_FONT_RATIO = 0.55  # a text may shrink to 55 % of its template size before it wraps
ELLIPSIS = "…"


def inner_width(label) -> float:
    return label.rect().width() - 2 * label.marginX()


def inner_height(label) -> float:
    return label.rect().height() - 2 * label.marginY()


def fit_text(font, size: float, text: str, width: float, height: float):
    """(font, text with line breaks): the largest size down to MIN_FONT_RATIO at which each line
    fits the width, wrapping words only when even the smallest size is too wide, and the
    whole fits the height."""
    font = type(font)(font)
    lowest = size * MIN_FONT_RATIO
    current = size
    while True:
        font.setPointSizeF(current)
        lines = text.split("\n")
        if current <= lowest:
            lines = [wrapped for line in lines for wrapped in wrap(font, line, width)]
        fits_width = all(QgsLayoutUtils.textWidthMM(font, line) <= width for line in lines)
        fits_height = QgsLayoutUtils.textHeightMM(font, "\n".join(lines)) <= height
        if (fits_width and fits_height) or current <= lowest * 0.6:
            return font, "\n".join(lines)
        current = max(current - 0.5, lowest * 0.6) if current <= lowest else max(current - 0.5, lowest)


def wrap(font, line: str, width: float) -> list:
    words, lines, current = line.split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and QgsLayoutUtils.textWidthMM(font, candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def ellipsized(font, text: str, width: float) -> str:
    """The text cut at a word (or a letter) with "…" so that it fits the width."""
    if QgsLayoutUtils.textWidthMM(font, text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if QgsLayoutUtils.textWidthMM(font, text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip(" ,;-–") + ELLIPSIS
