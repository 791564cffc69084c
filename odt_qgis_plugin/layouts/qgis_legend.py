"""A page's legend, written for each page: the measure and the data's date as title, then only what the
territory holds (its classes with their counts, the kinds of actors and platforms shown).

QGIS's own "filter by map" would keep every class that a grey neighbour or a clipped-away
feature has in the map's extent; the plugin knows the values inside the territory, so it keeps
the legend nodes of those classes (QgsMapLayerLegendUtils.setLegendNodeOrder) and labels them.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from collections import Counter
from typing import List, Optional, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsLayoutItemLegend,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
)

from ..common import qgis_compat as compat
from ..common.i18n import tr
from ..maps import classes
from . import page_data as pages_data
from .page_tables import category_entries, class_entries, kind_entries, word
from .qgis_page_map import PageMap
from .qgis_text_fit import wrap
from .typography import typeset

Entries = List[Tuple[str, str]]


def _ids(renderer) -> List[str]:
    """The class id of each legend node of our renderers, in the renderer's order."""
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        return [str(category.value()) for category in renderer.categories()]
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        ranges = {(item.lower, item.upper): item.id for series in (
            classes.POPULATION_BREAKS, classes.ANY_LEVEL_BREAKS, classes.OBLIGATED_BREAKS, classes.SHARE_BREAKS)
            for item in series}
        return [ranges.get((item.lowerValue(), item.upperValue()), "") for item in renderer.ranges()]
    return [""]


def _add(root, layer, entries: Entries, title: Optional[str] = None):
    """A layer node holding only `entries` ((class id, label)); its title shown as a subgroup, or hidden."""
    node = root.addLayer(layer)
    ids = _ids(layer.renderer())
    order = []
    for item_id, text in entries:
        if item_id in ids:
            index = ids.index(item_id)
            order.append(index)
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, text)
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
    if title:
        node.setName(title)
        QgsLegendRenderer.setNodeLegendStyle(node, compat.LEGEND_SUBGROUP)
    else:
        QgsLegendRenderer.setNodeLegendStyle(node, compat.LEGEND_HIDDEN)
    return node


def _single(root, layer, text: str):
    node = root.addLayer(layer)
    QgsLegendRenderer.setNodeLegendStyle(node, compat.LEGEND_HIDDEN)
    QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, text)
    return node


class PageLegend:
    """Rewrites the legend item of a layout for each page, its texts wrapped to the legend's columns."""

    def __init__(self, legend: QgsLayoutItemLegend, page_map: PageMap, language: str, title: str):
        self.legend = legend
        self.map = page_map
        self.language = language
        legend.setAutoUpdateModel(False)
        legend.setLegendFilterByMapEnabled(False)
        width = legend.rect().width() - 2 * legend.boxSpace()
        self.title = wrapped(legend.styleFont(compat.LEGEND_TITLE), typeset(title, language), width)
        columns = max(legend.columnCount(), 1)
        self.label_width = (width - (columns - 1) * legend.columnSpace()) / columns - legend.symbolWidth() \
            - legend.style(compat.LEGEND_SYMBOL_LABEL).margin(QgsLegendStyle.Side.Left) - 1.0
        self.label_font = legend.styleFont(compat.LEGEND_SYMBOL_LABEL)

    def _wrapped(self, entries: Entries) -> Entries:
        return [(item_id, wrapped(self.label_font, text, self.label_width)) for item_id, text in entries]

    def show(self, level: str, code: Optional[str]) -> None:
        page_map, language = self.map, self.language
        legend = self.legend
        legend.setTitle(self.title)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        nodes = []
        layers = page_map.layers
        if page_map.kind == "mutualisation":
            present = Counter(page_map.values.values())
            nodes.append(_add(root, layers["styled"], self._wrapped(
                category_entries(classes.FOOTPRINT_TYPES, present, "footprints", language))))
            if "carriers" in layers and layers["carriers"].subsetString() != "0 = 1":
                nodes.append(_single(root, layers["carriers"], typeset(tr("Carrier of the platform"), language)))
        else:
            entries = class_entries(page_map.measure, page_map.styled_name, page_map.values, language)
            nodes.append(_add(root, layers["styled"], self._wrapped(entries)))
            if "changed" in layers and layers["changed"].subsetString() not in ("", "0 = 1"):
                nodes.append(_single(root, layers["changed"], typeset(tr("Changes under the scenario"), language)))
            if "points" in layers:
                actors = pages_data.actors_inside(page_map.data, level, code)
                entries = kind_entries(classes.ACTOR_CATEGORIES, Counter(actor.category for actor in actors), language)
                if entries:
                    nodes.append(_add(root, layers["points"], self._wrapped(entries),
                                      typeset(word("actors", language), language)))
            if "footprints" in layers:
                platforms = pages_data.platforms_inside(page_map.data, level, code)
                present = Counter(platform.type for platform in platforms)
                entries = category_entries(classes.FOOTPRINT_TYPES, present, "footprints", language)
                if entries:
                    nodes.append(_add(root, layers["footprints"], self._wrapped(entries),
                                      typeset(tr("Mutualised platforms"), language)))
        for node in nodes:
            legend.model().refreshLayerLegend(node)
        legend.refresh()


def wrapped(font, text: str, width: float) -> str:
    """Line breaks where the words stop fitting the width (the legend draws each line of a label)."""
    return "\n".join(line for part in text.split("\n") for line in wrap(font, part, width))


def legend_title(measure_label: str, data_date: str) -> str:
    return f"{measure_label}\n{data_date}"
