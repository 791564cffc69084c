"""Quick PNG maps (the `render` command) that can be pasted in a slide: the page's map with its title, legend,
scale bar, data line, sources and edition date; national maps show the DROM in insets.

The image is a one-page layout sized to the pixels asked (layouts/qgis_page_items.py), filled by the
same code as the council pages (layouts/qgis_layouts.assemble): a quick map and a page always agree.
A store with no actors yet has no measure to map: it gets the plain outlines of maps/qgis_render.py.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import os
import shutil
from typing import List, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.PyQt.QtCore import QSize

from ..common import output_paths
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import METROPOLE_CRS
from ..common.progress import Feedback
from ..indicators import measures
from ..maps.qgis_layers import store_layer_names
from ..maps.qgis_render import check_request, render_png
from ..store.db import open_store
from .layout_request import ExportRequest, check_measure
from .qgis_export import export
from .qgis_layouts import assemble
from .qgis_page_items import build_page
from .qgis_page_map import PageMap

RENDER_PREFIX = ".odt-render-"

SMALLEST_PAGE_MM = 240.0  # below this width a page's texts would be too small: the dpi goes down instead
DPI = 150


def quick_design(width_px: int, height_px: int, national: bool, table: bool = False):
    """(design in mm, font scale, dpi) of a map of that many pixels: map on the left, legend on the right
    (and under it, with `table`, the platforms with their type and carrier)."""
    width_mm = max(width_px / DPI * 25.4, SMALLEST_PAGE_MM)
    dpi = width_px / (width_mm / 25.4)
    height_mm = height_px / dpi * 25.4
    scale = min(max(width_mm / 297, 0.8), 2.0)
    margin = 6 * scale
    top = margin + 17 * scale
    footer = 13 * scale
    legend_width = max(0.28 * width_mm, 62 * scale)
    map_width = width_mm - 2 * margin - legend_width - 4 * scale
    insets = 0.15 * (height_mm - top - footer) if national else 0.0
    map_height = height_mm - top - footer - (insets + 2 * scale if national else 0)
    design = {
        "page": (width_mm, height_mm),
        "title": (margin, margin * 0.8, width_mm - 2 * margin, 10 * scale),
        "subtitle": (margin, margin * 0.8 + 10 * scale, width_mm - 2 * margin, 6 * scale),
        "map": (margin, top, map_width, map_height),
        "legend": (margin + map_width + 4 * scale, top, legend_width, height_mm - top - footer),
        "sources": (margin, height_mm - footer + 2 * scale, width_mm - 2 * margin, 6 * scale),
        "edition": (margin, height_mm - 5 * scale, width_mm - 2 * margin, 4 * scale),
    }
    if national:
        design["insets"] = (margin, top + map_height + 2 * scale, map_width, insets)
    if table:
        left, _y, width, height = design["legend"]
        design["legend"] = (left, top, width, 40 * scale)
        design["figures_title"] = (left, top + 43 * scale, width, 6 * scale)
        design["figures"] = (left, top + 50 * scale, width, 1)
        design["actors"] = (left, top + 50 * scale, width, height - 50 * scale)
    return design, scale, dpi


def render_map(store: str, out: str, layers: Optional[List[str]] = None, region: Optional[str] = None,
               departement: Optional[str] = None, width: int = 1600, height: int = 1200,
               measure: Optional[str] = None) -> str:
    """Write the PNG; returns its path. `layers`: the first territory layer is coloured by the measure,
    "footprints" alone gives the mutualisation map, "footprints"/"actor_points" beside a territory
    layer are drawn over it."""
    out_path = output_paths.check_output(out)  # one line before any work: a folder, an unwritable place
    names = list(layers or ["regions"])
    check_request(store, out_path, names)
    check_measure(measure)
    if "rate_pop_bloc" not in _fields(store, "regions"):
        # no actors imported yet: nothing is measured, the plain outlines say where things are
        return render_png(store, out, layers, region, departement, width, height)
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))
    output_paths.clean_leftovers(out_path.parent, RENDER_PREFIX)  # what killed renders left there
    output_paths.clean_partials(out_path)
    work = output_paths.work_folder(out_path.parent, RENDER_PREFIX)
    try:
        built, request, dpi = build_quick_map(store, project, names, region, departement, width, height, measure,
                                              str(work / out_path.name))
        written = export(built, request, work / out_path.name, Feedback(), dpi=dpi, pixels=QSize(width, height))
        os.replace(written[0], out_path)
        return str(out_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        project.clear()


def build_quick_map(store: str, project, names: List[str], region: Optional[str], departement: Optional[str],
                    width: int, height: int, measure: Optional[str], out: str):
    """(the filled one-page layout, its request, the dpi giving `width` x `height` pixels)."""
    chosen = measures.measure(measure)
    territory = f"departement:{departement}" if departement else f"region:{region}" if region else "france"
    level = "departement" if departement else "region" if region else "france"
    _check_code(store, level, departement or region)
    styled = next((name for name in names if name in ("regions", "departements", "epci", "communes",
                                                     "communes_small")), None)
    kind = "mutualisation" if styled is None and "footprints" in names else "council"
    if styled == "communes" and level == "france" and "communes_small" in store_layer_names(store):
        styled = "communes_small"  # the generalised outlines draw France in a fraction of the time
    page_map = PageMap(None, level, chosen, kind, styled_name=styled or "",
                       points="actor_points" in names, footprints="footprints" in names and kind == "council")
    design, scale, dpi = quick_design(width, height, level == "france", table=kind == "mutualisation")
    layout = build_page(project, design, "mutualisation" if kind == "mutualisation" else "map", scale)
    prefix = tr("Mutualised platforms") if kind == "mutualisation" else chosen.label(_language())
    request = ExportRequest(store=store, template="a4-landscape", territory=territory, fmt="png", out=out,
                            measure=chosen.id, title_prefix=f"{prefix} – ")
    built = assemble(request, project, layout, kind, page_map)
    for layer in built.layers:
        project.addMapLayer(layer, False)
    return built, request, dpi


def _language() -> str:
    from ..common.qgis_translation import wanted_language

    return wanted_language()


def _fields(store: str, table: str) -> set:
    from ..store import db

    connection = open_store(store).connect()
    try:
        return set(db.table_columns(connection, table))
    finally:
        connection.close()


def _check_code(store: str, level: str, code: Optional[str]) -> None:
    if code is None:
        return
    table = "departements" if level == "departement" else "regions"
    if not open_store(store).query(f"SELECT 1 FROM {table} WHERE code = ?", (code,)):
        raise InputError(tr("No territory with code {code}").format(code=code))
