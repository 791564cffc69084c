"""Council pages and atlases: what the shells call (export_layout, build_layout, add_to_project, describe).

How a page is made:
- layouts/qgis_template.py loads the .qpt template (resources/layouts/<name>.qpt), whose items are
  found by id;
- layouts/page_data.py reads the store once (engagement, coverage, names, platforms) and, for a
  scenario, computes its state beside the observed one;
- layouts/qgis_page_map.py builds the map's layers (the territory coloured by the measure, names,
  actors, footprints, grey neighbours), layouts/qgis_legend.py the legend of each page;
- layouts/qgis_atlas.py lists the pages and sets the atlas, layouts/qgis_fill.py writes each page
  (texts, tables, legend, extent) and layouts/qgis_export.py writes PDF, SVG or PNG.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsPrintLayout,
    QgsProject,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
)

from ..common import levels, output_paths
from ..common import qgis_compat as compat
from ..common.errors import OdtError
from ..common.i18n import tr
from ..common.levels import METROPOLE_CRS
from ..common.progress import Feedback
from ..common.qgis_translation import wanted_language
from ..indicators import measures
from ..maps.qgis_layers import plain_layer
from ..maps.qgis_render import METROPOLE_EXTENT
from ..store.db import open_store
from . import layout_texts as texts
from .layout_request import ExportRequest, check
from .page_data import load_page_data, with_scenario
from .qgis_atlas import Page, first_feature, pages, setup_atlas
from .qgis_export import clip_maps_to_frames, export
from .qgis_fill import Filler
from .qgis_insets import drop_insets, fill_insets, zoom
from .qgis_legend import PageLegend, legend_title
from .qgis_page_map import PageMap
from .qgis_publication_page import PublicationPage
from .qgis_template import item, load_template, optional_item

NORTH_ARROW = "arrows/NorthArrow_02.svg"


@dataclass
class Built:
    layout: QgsPrintLayout
    pages: List[Page]
    atlas: bool
    filler: Filler
    layers: List[QgsVectorLayer] = field(default_factory=list)


def _on_the_main_thread() -> None:
    """QGIS draws layouts' HTML labels and tables on its main thread only; from a worker thread the export
    misses them, or crashes QGIS (its own "Export print layout" algorithm is flagged no-threading too)."""
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    application = QCoreApplication.instance()
    if application is not None and QThread.currentThread() != application.thread():
        raise OdtError(tr("Print layouts are exported on QGIS's main thread only."))


def export_layout(request: ExportRequest, feedback: Feedback | None = None) -> List[str]:
    """Export the request's layout; returns the files written. Nothing is left behind on failure."""
    feedback = feedback or Feedback()
    _on_the_main_thread()
    check(request)
    open_store(request.store)
    feedback.set_text(tr("Preparing the layout"))
    project = QgsProject()  # private: the user's project is left as it is
    # a project without a projection makes PROJ complain on the terminal for every map item loaded
    project.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))
    built = build_layout(request, project)
    for layer in built.layers:
        project.addMapLayer(layer, False)
    out = Path(request.out).resolve()
    output_paths.clean_leftovers(out.parent, output_paths.EXPORT_PREFIX)  # what killed exports left there
    work = output_paths.work_folder(out.parent)
    try:
        written = export(built, request, work / out.name, feedback)
        targets = []
        for path in written:
            target = out.parent / Path(path).name
            os.replace(path, target)
            targets.append(str(target))
        return targets
    finally:
        shutil.rmtree(work, ignore_errors=True)
        project.clear()


def add_to_project(request: ExportRequest, project: QgsProject) -> QgsPrintLayout:
    """The same layout in the project's layout manager (first page filled), for the user to edit."""
    built = build_layout(request, project)
    for layer in built.layers:
        project.addMapLayer(layer, False)
    if built.atlas:
        atlas = built.layout.atlas()
        atlas.beginRender()
        atlas.first()
        atlas.endRender()
    manager = project.layoutManager()
    base = built.layout.name()
    name, number = base, 1
    while manager.layoutByName(name) is not None:
        number += 1
        name = f"{base} ({number})"
    built.layout.setName(name)
    manager.addLayout(built.layout)
    return built.layout


def build_layout(request: ExportRequest, project: QgsProject) -> Built:
    check(request)
    layout = load_template(request.template, project)
    return assemble(request, project, layout, "mutualisation" if request.template == "mutualisation" else "council")


def assemble(request: ExportRequest, project: QgsProject, layout: QgsPrintLayout, kind: str,
             page_map: PageMap | None = None) -> Built:
    """Fill a layout (from a template, or made by layouts/qgis_quick_map.py) with the request's pages."""
    language = wanted_language()
    data = load_page_data(request.store, request.threshold)
    scenario = request.scenario
    if scenario is not None:
        with_scenario(data, scenario.name, scenario.sentence, scenario.snapshot, scenario.turned)
    found = pages(request, data)
    level = found[0].level
    measure = measures.measure(request.measure)
    page_map = page_map or PageMap(data, level, measure, kind)
    page_map.data = data
    page_map.build(request.store)
    map_item = item(layout, "map", QgsLayoutItemMap)
    map_item.setLayers(page_map.drawn())
    map_item.setKeepLayerSet(True)
    _north_arrow(layout, map_item)
    legend_item = optional_item(layout, "legend", QgsLayoutItemLegend)
    legend = None
    if legend_item is not None:
        legend_item.setLinkedMap(map_item)
        heading = tr("Mutualised platforms by type") if kind == "mutualisation" else measure.label(language)
        legend = PageLegend(legend_item, page_map, language,
                            legend_title(heading, texts.data_date(data.sources, language)))
    atlas = request.atlas is not None or level != "france"
    layers = list(page_map.layers.values())
    coverage = None
    if atlas:
        coverage = plain_layer(request.store, levels.table_of(level))
        layers.append(coverage)
        setup_atlas(layout, map_item, coverage, page_map.clipped(), found, request, exact_clip=request.fmt == "svg")
        drop_insets(layout, map_item)
    else:
        regions = plain_layer(request.store, "regions")
        layers.append(regions)
        inset_layers = [page_map.layers[name] for name in ("carriers", "styled", "ground") if name in page_map.layers]
        fill_insets(layout, inset_layers, regions, project, data.names)
        map_item.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))
        zoom(map_item, METROPOLE_EXTENT)
    if request.fmt == "svg":
        clip_maps_to_frames(layout)
    filler = Filler(layout, request, data, page_map, legend, language, found)
    if kind == "council" and scenario is None:
        filler.sections.append(PublicationPage(layout, data, language))
    title = found[0].name if not request.atlas else tr("atlas by {level}").format(level=request.atlas)
    layout.setName(tr("Observatory – {title}").format(title=title))
    filler.fill(found[0], first_feature(coverage, found[0]) if atlas else None)
    return Built(layout, found, atlas, filler, layers)


def _north_arrow(layout, map_item) -> None:
    arrow = optional_item(layout, "north", QgsLayoutItemPicture)
    if arrow is not None:
        arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsProject.instance().pathResolver()),
                             compat.PICTURE_SVG)
        arrow.setLinkedMap(map_item)
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setLinkedMap(map_item)


def describe(paths: List[str]) -> List[str]:
    return [tr("Layout written: {path}").format(path=path) for path in paths]
