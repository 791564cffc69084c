"""Exporting a built layout to PDF, SVG or PNG, one page or an atlas, with the same look in each format.

- PDF: vector, text kept as text (selectable, found by pdftotext).
- SVG: Qt's SVG writer drops clip paths, so each map is cut geometrically at its frame (and an atlas
  map at its territory) before drawing: nothing spills over the legend or the page edge.
- PNG: pages are rendered to images by the plugin; QGIS's own image export would try to write
  georeferencing into the PNG through GDAL, which cannot update a PNG and says so on the terminal.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from pathlib import Path
from typing import List

from qgis.core import (
    Qgis,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapClippingRegion,
    QgsSimpleFillSymbolLayer,
)
from qgis.PyQt.QtCore import QSize, Qt

from ..common.errors import Cancelled, InputError
from ..common.i18n import tr
from ..common.progress import Feedback
from .layout_request import PRESETS, ExportRequest, page_files


def clip_maps_to_frames(layout) -> None:
    """Give every map item an invisible rectangle of its own frame as clip, cutting geometries (SVG)."""
    for map_item in [entry for entry in layout.items() if isinstance(entry, QgsLayoutItemMap)]:
        shape = QgsLayoutItemShape(layout)
        shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        symbol = shape.symbol().clone()
        fill = symbol.symbolLayer(0)
        if isinstance(fill, QgsSimpleFillSymbolLayer):
            fill.setBrushStyle(Qt.BrushStyle.NoBrush)
            fill.setStrokeStyle(Qt.PenStyle.NoPen)
        shape.setSymbol(symbol)
        layout.addLayoutItem(shape)
        position = map_item.positionWithUnits()
        size = map_item.sizeWithUnits()
        shape.attemptMove(QgsLayoutPoint(position.x(), position.y(), position.units()))
        shape.attemptResize(QgsLayoutSize(size.width(), size.height(), size.units()))
        shape.setVisibility(False)
        clipping = map_item.itemClippingSettings()
        clipping.setSourceItem(shape)
        clipping.setEnabled(True)
        clipping.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipToIntersection)
        clipping.setForceLabelsInsideClipPath(True)


def export(built, request: ExportRequest, target: Path, feedback: Feedback, dpi: float = 0,
           pixels: QSize = QSize()) -> List[str]:
    """Write the pages; `dpi` and `pixels` override the preset's resolution (a quick map sized in pixels)."""
    preset = PRESETS[request.preset]
    layout = built.layout
    qgs_feedback = QgsFeedback()
    built.filler.feedback = feedback
    built.filler.qgs_feedback = qgs_feedback
    if request.fmt == "png":
        files = _images(built, request, target, dpi or preset.dpi, feedback, pixels)
    else:
        settings = QgsLayoutExporter.PdfExportSettings() if request.fmt == "pdf" else \
            QgsLayoutExporter.SvgExportSettings()
        settings.forceVectorOutput = True
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        settings.simplifyGeometries = preset.simplify
        settings.dpi = preset.dpi
        settings.exportMetadata = True
        if request.fmt == "pdf":
            settings.rasterizeWholeImage = False
        if not built.atlas:
            feedback.set_progress(10.0)
            exporter = QgsLayoutExporter(layout)
            method = exporter.exportToPdf if request.fmt == "pdf" else exporter.exportToSvg
            _check_result(method(str(target), settings), "", exporter)
            files = [str(target)]
        else:
            atlas = layout.atlas()
            atlas.featureChanged.connect(built.filler.on_feature)
            try:
                if request.fmt == "pdf":
                    result, error = QgsLayoutExporter.exportToPdf(atlas, str(target), settings, qgs_feedback)
                    files = [str(target)]
                else:
                    result, error = QgsLayoutExporter.exportToSvg(atlas, str(target), settings, qgs_feedback)
                    files = _atlas_files(request, built, target)
            finally:
                atlas.featureChanged.disconnect(built.filler.on_feature)
            _raise_page_error(built, feedback)
            _check_result(result, error, None)
    missing = [path for path in files if not Path(path).is_file()]
    if missing:
        raise InputError(tr("Cannot write {path}").format(path=Path(missing[0]).name))
    feedback.set_progress(100.0)
    return files


def _images(built, request: ExportRequest, target: Path, dpi: float, feedback: Feedback, pixels: QSize) -> List[str]:
    layout = built.layout
    exporter = QgsLayoutExporter(layout)
    files = _atlas_files(request, built, target) if built.atlas else [str(target)]
    if not built.atlas:
        _save(exporter.renderPageToImage(0, pixels, dpi), target, dpi)
        return files
    atlas = layout.atlas()
    atlas.featureChanged.connect(built.filler.on_feature)
    try:
        if not atlas.beginRender():
            raise InputError(tr("The layout could not be exported ({reason})").format(reason="atlas"))
        for index, path in enumerate(files):
            atlas.seekTo(index)
            _raise_page_error(built, feedback)
            _save(exporter.renderPageToImage(0, pixels, dpi), Path(path), dpi)
        atlas.endRender()
    finally:
        atlas.featureChanged.disconnect(built.filler.on_feature)
    return files


def _save(image, path: Path, dpi: int) -> None:
    dots_per_metre = int(round(dpi / 0.0254))
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if not image.save(str(path), "PNG"):
        raise InputError(tr("Cannot write {path}").format(path=path.name))


def _raise_page_error(built, feedback: Feedback) -> None:
    if built.filler.error is not None:
        raise built.filler.error
    if feedback.is_canceled():
        raise Cancelled(tr("Operation cancelled by the user."))


def _atlas_files(request: ExportRequest, built, target: Path) -> List[str]:
    if request.atlas is None:
        return [str(target)]
    return page_files(str(target), request.fmt, [page.code for page in built.pages])


def _check_result(result, error: str, exporter) -> None:
    if result == QgsLayoutExporter.ExportResult.Success:
        return
    if result == QgsLayoutExporter.ExportResult.Canceled:
        raise Cancelled(tr("Operation cancelled by the user."))
    reason = error or (exporter.errorFile() if exporter is not None else "")
    raise InputError(tr("The layout could not be exported ({reason})").format(reason=reason or result))
