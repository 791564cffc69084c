"""Writing one page: title, data line, key figures, the actors or platforms table, legend, map extent.

Called for the first page when the layout is built and for every page an atlas moves to, so that
every figure is computed by the plugin (layouts/page_data.py, layouts/page_tables.py) rather than
by layout expressions. Texts are shrunk (then wrapped) to fit their frames, in French typography
when the page is in French.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import base64
from typing import Dict, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
)

from ..common import qgis_compat as compat
from ..common.errors import OdtError
from ..common.i18n import tr
from ..common.levels import crs_for_departement, crs_for_region
from ..common.numbers import number
from ..common.progress import Feedback
from ..indicators.indicator_tables import compute_indicators
from ..indicators.key_figures import chart_rows, key_figures
from . import chart as chart_module
from . import layout_texts as texts
from . import page_tables
from .layout_request import ExportRequest
from .page_data import PageData
from .qgis_atlas import Page
from .qgis_insets import zoom
from .qgis_page_map import PageMap
from .qgis_tables import fill, rows_fitting
from .qgis_template import item, optional_item, table_of_frame
from .qgis_text_fit import fit_text, inner_height, inner_width
from .typography import typeset

LABELS = ("title", "subtitle", "figures_title", "actors_title", "platforms_title", "sources", "edition")


def page_crs(page: Page, data: PageData) -> str:
    if page.level == "region":
        return crs_for_region(page.code)
    if page.level == "departement":
        return crs_for_departement(page.code)
    if page.level == "epci":
        return crs_for_departement(data.epci_place.get(page.code, ("", ""))[0])
    return crs_for_region("")


class Filler:
    """Writes one page; `on_feature` is the atlas's featureChanged slot."""

    def __init__(self, layout, request: ExportRequest, data: PageData, page_map: PageMap, legend, language: str,
                 pages):
        self.layout = layout
        self.request = request
        self.data = data
        self.page_map = page_map
        self.legend = legend
        self.language = language
        self.pages: Dict[str, Page] = {page.code: page for page in pages}
        self.count = len(pages)
        self.done = 0
        self.feedback: Optional[Feedback] = None
        self.qgs_feedback: Optional[QgsFeedback] = None
        self.error: Optional[OdtError] = None
        self.labels = {item_id: optional_item(layout, item_id, QgsLayoutItemLabel) for item_id in LABELS}
        self.labels = {key: label for key, label in self.labels.items() if label is not None}
        self.sizes = {item_id: label.font().pointSizeF() for item_id, label in self.labels.items()}
        self.map = item(layout, "map", QgsLayoutItemMap)
        self.chart = optional_item(layout, "chart", QgsLayoutItemPicture)
        self.tables = {name: table_of_frame(layout, name) for name in ("figures", "actors", "platforms")}
        self.sections: list = []  # further parts of the page, filled with it (layouts/qgis_publication_page.py)
        self._fit("sources", texts.sources_line(data.sources, language))
        self._fit("edition", texts.edition_line(texts.today(), language))

    def fill(self, page: Page, feature=None) -> None:
        request, data, language = self.request, self.data, self.language
        scenario = data.scenario is not None
        self._fit("title", texts.title(page.name, request.title_prefix))
        self._fit("subtitle", request.subtitle if request.subtitle is not None else texts.data_line(data.sources,
                                                                                                    language))
        self.page_map.show(page.level, page.code)
        if self.legend is not None:
            self.legend.show(page.level, page.code)
        self._figures(page, scenario)
        self._actors(page, scenario)
        self._platforms(page)
        if self.chart is not None:
            self._chart(page)
        for section in self.sections:
            section.fill(page)
        if feature is not None:
            crs = QgsCoordinateReferenceSystem(page_crs(page, data))
            self.map.setCrs(crs)
            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                               self.layout.project().transformContext())
            extent = transform.transformBoundingBox(feature.geometry().boundingBox())
            extent.scale(1.08)
            zoom(self.map, extent)

    # --- tables ------------------------------------------------------------------------------------------------
    def _figures(self, page: Page, scenario: bool) -> None:
        frame, table = self.tables["figures"]
        if table is None:
            return
        if scenario:
            header, rows = page_tables.scenario_table(self.data, page.level, page.code, self.language)
            self._fit("figures_title", tr("Today and under the scenario"))
        else:
            header, rows = page_tables.figures_table(self.data, page.level, page.code, self.language)
            self._fit("figures_title", tr("Key figures"))
        fill(table, frame, header, rows, right_aligned=range(1, len(header)), width=self._width("figures_title"))

    def _actors(self, page: Page, scenario: bool) -> None:
        frame, table = self.tables["actors"]
        if table is None:
            return
        limit = rows_fitting(table, frame)
        if scenario:
            count = len(page_tables.turned_inside(self.data, page.level, page.code))
            header, rows = page_tables.publishers_table(self.data, page.level, page.code, self.language, limit)
            self._fit("actors_title", tr("Collectivities that would publish ({n})").format(
                n=number(count, self.language)))
            right = (2,)
        else:
            from .page_data import actors_inside

            count = len(actors_inside(self.data, page.level, page.code))
            header, rows = page_tables.actors_table(self.data, page.level, page.code, self.language, limit)
            self._fit("actors_title", tr("Actors publishing open data ({n})").format(n=number(count, self.language)))
            right = (3,)
        fill(table, frame, header, rows, right_aligned=right, width=self._width("actors_title"))

    def _platforms(self, page: Page) -> None:
        frame, table = self.tables["platforms"]
        if table is None:
            return
        from .page_data import platforms_inside

        count = len(platforms_inside(self.data, page.level, page.code))
        header, rows = page_tables.platforms_table(self.data, page.level, page.code, self.language,
                                                   rows_fitting(table, frame))
        self._fit("platforms_title", tr("Mutualised platforms ({n})").format(n=number(count, self.language)))
        fill(table, frame, header, rows, right_aligned=(3,), width=self._width("platforms_title"))

    def _chart(self, page: Page) -> None:
        """A user's template may keep the bar chart of the earlier pages (engaged share by type or size)."""
        if self.request.chart == "size" and page.level in ("france", "region", "departement"):
            scope = page.scope
            table = compute_indicators(self.data.snapshot, scope.region, scope.departement)["by_commune_size"]
            rows = chart_module.size_rows(table)
        else:
            members = self.data.members if page.level == "epci" else None
            rows = chart_rows(key_figures(self.data.snapshot, page.scope, members))
        svg = chart_module.bar_chart_svg(rows, chart_module.chart_title(self.request.chart), self.language)
        self.chart.setPicturePath("base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii"),
                                  compat.PICTURE_SVG)

    def _width(self, heading: str) -> float:
        """A table is as wide as its heading (a table frame's own width follows its columns)."""
        label = self.labels.get(heading)
        return label.rect().width() if label is not None else 0.0

    def _fit(self, item_id: str, text: str) -> None:
        label = self.labels.get(item_id)
        if label is None:
            return
        text = typeset(text, self.language)
        font, fitted = fit_text(label.font(), self.sizes[item_id], text, inner_width(label), inner_height(label))
        label.setFont(font)
        label.setText(fitted)

    def on_feature(self, feature) -> None:
        """Slot of the atlas's featureChanged: must not raise (Qt would abort), so errors are kept."""
        if not feature.isValid() or feature.fields().indexOf("code") < 0:
            return  # the atlas ends with an empty feature
        try:
            page = self.pages.get(str(feature["code"]))
            if page is None:
                return
            if self.feedback is not None:
                self.feedback.set_progress(100.0 * self.done / max(self.count, 1))
                self.feedback.check()
            self.fill(page, feature)
            self.done += 1
        except OdtError as error:
            self.error = error
            if self.qgs_feedback is not None:
                self.qgs_feedback.cancel()
