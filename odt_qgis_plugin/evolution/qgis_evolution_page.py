"""The council page of a territory's evolution: an A4 PDF built with QGIS's layout API.

Top to bottom: title and situation date; the curve of engaged collectivities (France: the count, with the
2018 report's reference series; a territory: the share, against its région and France); the curve of the
population covered beside who joined and who left; the table of points with their changes; the data's
dates, the reference series, the definitions and the sources. Texts come from evolution/evolution_texts.py,
charts from layouts/chart.py; texts that would overflow their frame are shrunk, then wrapped.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import base64
import os
import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..common import output_paths
from ..common import qgis_compat as compat
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.progress import Feedback
from ..common.qgis_translation import wanted_language
from ..common.settings import DEFAULT_THRESHOLD
from ..indicators.key_figures import Scope
from ..layouts.chart import wrap_words
from .alerts import harvest_alerts
from .evolution_texts import panel_content
from .history import History, load_history

FONT = "DejaVu Sans"
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
WIDTH, MARGIN = 210.0, 12.0
MAX_ROWS = 8  # the table shows the latest points; the CSV has them all
MAX_NAMES = 9  # per list of joiners or leavers
HEADER_SIZE, CELL_SIZE = 6.5, 7.0
GREY = QColor(85, 85, 85)


def export_page(store: str, out: str, scope: Scope = Scope(), threshold: int = DEFAULT_THRESHOLD,
                feedback: Feedback | None = None, history: History | None = None) -> str:
    """Write the evolution page of `scope` as a PDF; returns its path. Nothing is left behind on failure."""
    feedback = feedback or Feedback()
    target = output_paths.check_output(out)
    if target.suffix.lower() != ".pdf":
        raise InputError(tr("The evolution page is a PDF: name the file .pdf"))
    feedback.set_text(tr("Computing the evolution"))
    history = history or load_history(store, threshold)
    content = panel_content(history, scope, wanted_language(), harvest_alerts(store))
    feedback.set_progress(40.0)
    project = QgsProject()
    layout = build_page(content, project)
    work = Path(tempfile.mkdtemp(prefix=".odt-evolution-", dir=str(target.parent.resolve())))
    try:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.forceVectorOutput = True
        settings.rasterizeWholeImage = False
        settings.exportMetadata = True
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable, selectable, smaller
        part = work / target.name
        result = QgsLayoutExporter(layout).exportToPdf(str(part), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise InputError(tr("The layout could not be exported ({reason})").format(reason=result))
        os.replace(part, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        project.clear()
    feedback.set_progress(100.0)
    return str(target)


def build_page(content: dict, project: QgsProject) -> QgsPrintLayout:
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout.setName(content["title"])
    inner = WIDTH - 2 * MARGIN
    _label(layout, content["title"], MARGIN, 9, inner, 10, 17, bold=True)
    _label(layout, content["subtitle"], MARGIN, 19.5, inner, 6, 10, color=GREY)
    _picture(layout, content["charts"]["engaged"], MARGIN, 28, inner, 94)
    _picture(layout, content["charts"]["population"], MARGIN, 126, 106, 66)
    _movements(layout, content, MARGIN + 111, 127, inner - 111, 65)
    bottom = _table(layout, content, MARGIN, 196, inner)
    notes = [content["threshold"], content["dates"]]
    if content["reference"]:
        notes.append(content["reference"])
    notes.append(content["sources"])
    _label(layout, "\n".join(notes), MARGIN, bottom + 4, inner, 287 - bottom - 4, 7.5, color=GREY)
    return layout


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout, text: str, x: float, y: float, width: float, height: float, size: float, bold: bool = False,
           color: QColor | None = None) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(width, height, MM))
    label.setMarginX(0.5)
    label.setMarginY(0.3)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    font, fitted = _fit(_font(size, bold), size, text, width - 1, height - 0.6)
    label.setFont(font)
    label.setText(fitted)
    if color is not None:
        label.setFontColor(color)
    return label


def _wrapped(font: QFont, text: str, width: float) -> str:
    return "\n".join(wrap_words(text, width, lambda line: QgsLayoutUtils.textWidthMM(font, line)))


def _fit(font: QFont, size: float, text: str, width: float, height: float):
    """Paragraphs wrapped to the width at the intended size, shrunk (to 70 % at most) only if too tall."""
    font = QFont(font)
    current = size
    while True:
        font.setPointSizeF(current)
        wrapped = _wrapped(font, text, width)
        if QgsLayoutUtils.textHeightMM(font, wrapped) <= height or current <= size * 0.7:
            return font, wrapped
        current -= 0.25


def _picture(layout, svg: str, x: float, y: float, width: float, height: float) -> None:
    picture = QgsLayoutItemPicture(layout)
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(x, y, MM))
    picture.attemptResize(QgsLayoutSize(width, height, MM))
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.UpperLeft)
    picture.setPicturePath("base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii"),
                           compat.PICTURE_SVG)


def _names(lines: list, heading: str) -> str:
    shown = lines[:MAX_NAMES]
    if len(lines) > MAX_NAMES:
        shown.append(tr("… and {n} more").format(n=len(lines) - MAX_NAMES))
    return "\n".join([heading] + ["• " + line for line in shown] if lines else [heading, tr("none")])


def _movements(layout, content: dict, x: float, y: float, width: float, height: float) -> None:
    joined, left = content["joined"], content["left"]
    _label(layout, tr("Joined and left"), x, y, width, 6, 10, bold=True)
    if len(content["rows"]) < 2:
        _label(layout, content["movements_note"], x, y + 7, width, height - 7, 9)
        return
    _label(layout, content["movements_note"], x, y + 6.5, width, 8, 7.5, color=GREY)
    half = (height - 15) / 2
    _label(layout, _names(joined, tr("Joined ({n})").format(n=len(joined))), x, y + 15, width, half, 8.5)
    _label(layout, _names(left, tr("Left ({n})").format(n=len(left))), x, y + 15 + half, width, half, 8.5)


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(size, bold))
    text_format.setSize(size)
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    return text_format


def _table(layout, content: dict, x: float, y: float, width: float) -> float:
    """The latest points, newest last, as a table; returns where it ends (mm)."""
    rows = content["rows"][-MAX_ROWS:]
    caption = tr("Points of the evolution (change from the previous point of the same kind)")
    if len(content["rows"]) > MAX_ROWS:
        caption += " – " + tr("the {n} latest; all of them in the CSV").format(n=MAX_ROWS)
    _label(layout, caption, x, y, width, 5, 8.5, bold=True)
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    widths = (26, 22, 27, 29, 26, 26, 21)
    margin, stroke = 0.8, 0.1
    # QGIS adds the cell margins and the grid lines around the columns' own widths
    scale = (width - len(widths) * 2 * margin - (len(widths) + 1) * stroke) / sum(widths)
    widths = [w * scale for w in widths]
    table.setHeaders([QgsLayoutTableColumn(text) for text in content["header"]])
    table.setColumnWidths(widths)
    table.setIncludeTableHeader(True)
    table.setHeaderTextFormat(_text_format(HEADER_SIZE, bold=True))
    table.setContentTextFormat(_text_format(CELL_SIZE))
    table.setCellMargin(margin)
    table.setGridStrokeWidth(stroke)
    table.setGridColor(QColor(190, 190, 190))
    table.setWrapBehavior(QgsLayoutItemManualTable.WrapBehavior.WrapText)
    table.setTableContents([[QgsTableCell(text) for text in row] for row in rows] or
                           [[QgsTableCell(tr("No point yet"))] + [QgsTableCell("") for _ in content["header"][1:]]])
    # QGIS sizes a table by its frames, not by its contents: measure the wrapped rows as it draws them
    height = _row_height(content["header"], widths, _font(HEADER_SIZE, True), margin) + sum(
        _row_height(row, widths, _font(CELL_SIZE), margin) for row in rows) + 1
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y + 6, MM))
    frame.attemptResize(QgsLayoutSize(width, height, MM))
    table.addFrame(frame)
    frame.setFrameStrokeWidth(QgsLayoutMeasurement(0.0, MM))
    return y + 6 + height


def _row_height(texts: list, widths: list, font: QFont, margin: float) -> float:
    return max(QgsLayoutUtils.textHeightMM(font, _wrapped(font, text, width))
               for text, width in zip(texts, widths)) + 2 * margin + 0.1
