"""The pages of an export: one territory, or an atlas over régions, départements or EPCI, in a stated order.

Régions and départements come in the order of their codes (the order of every French table); EPCI
in alphabetical order of their names, accents and case aside, since their SIREN says nothing to a
reader. The atlas follows exactly the order of the page list, so that file names and figures agree.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsMapClippingRegion, QgsVectorLayer

from ..common import levels
from ..common.errors import InputError
from ..common.folding import ascii_lower
from ..common.i18n import tr
from ..indicators.key_figures import Scope
from .layout_request import ExportRequest
from .page_data import PageData


@dataclass
class Page:
    level: str
    code: Optional[str]
    name: str

    @property
    def scope(self) -> Scope:
        return Scope(**({self.level: self.code} if self.level != "france" else {}))


def sort_key(name: str) -> str:
    """"Île-de-France" between "Hauts-de-France" and "Normandie", as a reader looks it up."""
    return " ".join(ascii_lower(name).replace("-", " ").replace("'", " ").split())


def pages(request: ExportRequest, data: PageData) -> List[Page]:
    level, code = request.level, request.code
    if code is not None and (level, code) not in data.names:
        raise InputError(tr("Unknown {level} code {code}").format(level=levels.level(level).label(), code=code))
    if request.atlas is None:
        if level == "france":
            return [Page("france", None, tr("France"))]
        return [Page(level, code, data.name(level, code))]
    inside = _inside(data, request.atlas, level, code)
    if not inside:
        raise InputError(tr("No territory to put in the atlas for {territory}").format(territory=request.territory))
    found = [Page(request.atlas, member, data.name(request.atlas, member)) for member in inside]
    if request.atlas == "epci":
        found.sort(key=lambda page: (sort_key(page.name), page.code))
    return found


def _inside(data: PageData, atlas: str, level: str, code: Optional[str]) -> List[str]:
    if atlas == "region":
        return sorted(data.snapshot.regions)
    if atlas == "departement":
        return sorted(dep for dep, region in data.snapshot.dep_region.items() if level == "france" or region == code)
    index = {"region": 1, "departement": 0}[level]
    return sorted(epci for epci, place in data.epci_place.items() if place[index] == code)


def setup_atlas(layout, map_item, coverage: QgsVectorLayer, clipped: List[QgsVectorLayer], found: List[Page],
                request: ExportRequest, exact_clip: bool) -> None:
    """An atlas over the pages' territories, in the pages' order, its map cut at each territory's outline.

    `exact_clip` cuts the geometries themselves (an SVG cannot hold a clip path QGIS writes); else the
    painter clips, which PDF and images keep and which costs nothing."""
    coverage.setSubsetString(_one_of([page.code for page in found]))
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    order = ", ".join(QgsExpression.quotedValue(page.code) for page in found)
    atlas.setSortExpression(f"array_find(array({order}), {QgsExpression.quotedColumnRef('code')})")
    stem = Path(request.out).stem or "page"
    if request.atlas is None:
        atlas.setFilenameExpression(QgsExpression.quotedString(stem))
    else:
        atlas.setFilenameExpression(f"{QgsExpression.quotedString(stem + '-')} || "
                                    f"{QgsExpression.quotedColumnRef('code')}")
    clipping = map_item.atlasClippingSettings()
    clipping.setEnabled(True)
    clipping.setRestrictToLayers(True)
    clipping.setLayersToClip(clipped)
    clipping.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipToIntersection if exact_clip
                                    else QgsMapClippingRegion.FeatureClippingType.ClipPainterOnly)


def _one_of(codes: List[str]) -> str:
    return f"{QgsExpression.quotedColumnRef('code')} IN ({', '.join(QgsExpression.quotedValue(c) for c in codes)})"


def first_feature(coverage: QgsVectorLayer, page: Page):
    request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression("code", page.code)))
    return next(coverage.getFeatures(request), None)
