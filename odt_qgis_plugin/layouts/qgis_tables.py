"""Filling a page's text tables (key figures, actors, platforms): columns sized to their texts, rows that fit.

A table's first column takes what the others leave; its texts are shortened with "…" when even
that is too narrow. The number of rows a frame holds is measured in the table's own font, so that
the caller can end the list with "and N more" rather than let QGIS cut it silently.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from typing import List, Sequence

from qgis.core import QgsLayoutTableColumn, QgsLayoutUtils
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from .qgis_text_fit import ellipsized

ROW_SLACK = 0.35  # mm per row QGIS adds beyond the text height (grid lines, rounding)


def _font(text_format) -> QFont:
    font = QFont(text_format.font())
    font.setPointSizeF(text_format.size())
    return font


def row_height(table) -> float:
    font = _font(table.contentTextFormat())
    return QgsLayoutUtils.textHeightMM(font, "Ày") + 2 * table.cellMargin() + ROW_SLACK


def rows_fitting(table, frame, with_header: bool = True) -> int:
    """How many content rows the frame shows under the header."""
    height = frame.rect().height()
    if with_header:
        height -= QgsLayoutUtils.textHeightMM(_font(table.headerTextFormat()), "Ày") + 2 * table.cellMargin() \
            + ROW_SLACK
    return max(int(height // row_height(table)), 0)


def fill(table, frame, header: Sequence[str], rows: List[List[str]], right_aligned: Sequence[int] = (),
         width: float = 0.0) -> None:
    """Set the table's columns and contents; the first column is shortened to what `width` leaves.

    A table frame takes the width of its columns (QGIS fixes it), so the width the page gives the
    table comes from elsewhere: its heading's width."""
    content, heading = _font(table.contentTextFormat()), _font(table.headerTextFormat())
    count = len(header)
    margin = 2 * table.cellMargin() + table.gridStrokeWidth()
    widths = []
    for index in range(count):
        texts = [row[index] for row in rows if index < len(row)]
        natural = max([QgsLayoutUtils.textWidthMM(content, text) for text in texts] +
                      [QgsLayoutUtils.textWidthMM(heading, header[index])] + [0.0])
        widths.append(natural + 0.3)
    available = (width or frame.rect().width()) - margin * count - table.gridStrokeWidth()
    widths = capped(widths, available)
    columns = []
    for index, title in enumerate(header):
        column = QgsLayoutTableColumn(title)
        column.setWidth(widths[index])
        column.setHAlignment(Qt.AlignmentFlag.AlignRight if index in right_aligned else Qt.AlignmentFlag.AlignLeft)
        columns.append(column)
    table.setColumns(columns)
    table.setContents([[ellipsized(content, row[index], widths[index]) if index < len(row) else ""
                        for index in range(count)] for row in rows])
    table.refresh()


def capped(widths: List[float], available: float) -> List[float]:
    """Column widths that fit `available`: the widest columns are cut to a common width, the narrow ones
    keep theirs (numbers and types stay whole; long names take the "…")."""
    if sum(widths) <= available:
        extra = available - sum(widths)
        return [widths[0] + extra] + widths[1:]  # the first column takes the rest: the table spans its width
    ordered = sorted(widths)
    cap, used = 0.0, 0.0
    for index, width in enumerate(ordered):
        remaining = len(ordered) - index
        if used + width * remaining >= available:
            cap = (available - used) / remaining
            break
        used += width
    return [min(width, cap) for width in widths]
