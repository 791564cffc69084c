"""The dock, its scenario controls and the export dialog, driven through their widgets (pytest-qgis's
qgis_iface and Qt's QTest) on the real store with the 2022 registry and its maps."""
import shutil

import pytest
from qgis.core import QgsCoordinateTransform, QgsLocatorContext, QgsLocatorModel, QgsLocatorProxyModel, QgsProject
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox, QPushButton, QScrollArea

from odt_qgis_plugin.indicators.key_figures import Scope
from odt_qgis_plugin.maps.qgis_filters import observatory_layers
from odt_qgis_plugin.maps.qgis_layers import group_name, remove_group
from odt_qgis_plugin.plugin.panel import MINIMUM_WIDTH, ObservatoryPanel
from odt_qgis_plugin.plugin.store_actions import StoreActions


@pytest.fixture(scope="module")
def dock(qgis_app, qgis_iface, maps_store, tmp_path_factory):
    from odt_qgis_plugin.common import i18n

    i18n.install(lambda context, text: text, "en")  # before the rows are made (conftest's does it per test)
    store = str(tmp_path_factory.mktemp("dock") / "store.gpkg")
    shutil.copyfile(maps_store, store)
    QgsProject.instance().clear()
    window = qgis_iface.mainWindow()
    window.show()  # a canvas that was never shown has no size, hence no scale
    qgis_iface.mapCanvas().resize(600, 600)
    panel = ObservatoryPanel(qgis_iface)
    actions = StoreActions(qgis_iface, lambda location: panel.set_store(location, background=False),
                           lambda: panel.store)
    assert actions.load(store, zoom=True)
    yield panel, store
    panel.close_overlays()
    remove_group()
    panel.deleteLater()
    window.hide()


def button(widget, text) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, text
    return found[0]


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(selector, level_title, typed):
    """Choose a level, type part of a name or code (ASCII: QTest types nothing else), take the first proposal."""
    selector.level_combo.setCurrentIndex(selector.level_combo.findText(level_title))
    editor = selector.territory_combo.lineEdit()
    editor.clear()
    QTest.keyClicks(editor, typed)
    popup = selector.territory_combo.completer().popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)


# --- a dock that fits -------------------------------------------------------------------------------------

def test_the_dock_scrolls_rather_than_clipping(dock):
    panel, _ = dock
    scroll = panel.widget()
    assert isinstance(scroll, QScrollArea) and scroll.widgetResizable()
    assert panel.minimumWidth() >= MINIMUM_WIDTH
    body = scroll.widget()
    # everything fits the dock's minimum width, scroll bar and margins included
    assert body.minimumSizeHint().width() <= MINIMUM_WIDTH - scroll.verticalScrollBar().sizeHint().width() - 4
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == ["Actors", "Datasets", "What-if scenario",
                                                                         "Change over time"]


def test_typing_a_region_shows_it_with_its_departments(dock):
    panel, _ = dock
    pick(panel.selector, "Region", "Pays de la Loire (52)")
    assert panel.scope == Scope(region="52") and panel.title.text() == "Pays de la Loire"
    layers = observatory_layers()
    assert layers["departements"].featureCount() == 5
    assert layers["actor_points"].featureCount() == panel.actors.proxy.rowCount() > 40
    canvas = panel.iface.mapCanvas()
    scale = canvas.scale()
    assert layers["departements"].isInScaleRange(scale) and not layers["regions"].isInScaleRange(scale)
    assert layers["actor_points"].isInScaleRange(scale)
    extent = canvas.extent()  # Lambert-93 metres around Pays de la Loire
    assert 250_000 < extent.center().x() < 500_000 and 6_650_000 < extent.center().y() < 6_850_000
    pick(panel.selector, "Department", "Loire-Atlantique (44)")
    assert layers["epci"].isInScaleRange(canvas.scale()) and not layers["departements"].isInScaleRange(
        canvas.scale())  # a département shows its EPCI, not a lone département fill
    assert layers["epci"].featureCount() > 10
    panel.selector.level_combo.setCurrentIndex(panel.selector.level_combo.findText("France"))
    assert panel.scope == Scope() and all(layer.subsetString() == "" for layer in layers.values())


def test_overseas_regions_are_one_click_away(dock):
    panel, _ = dock
    canvas = panel.iface.mapCanvas()
    assert "La Réunion" in panel.places.text()
    panel.places.linkActivated.emit("region:04")
    assert panel.title.text() == "La Réunion" and panel.selector.scope() == Scope(region="04")
    assert QgsProject.instance().crs().authid() == "EPSG:2975"  # RGR92 / UTM 40S
    assert canvas.mapSettings().destinationCrs().authid() == "EPSG:2975"
    assert canvas.extent().width() < 150_000  # the island, not the world
    assert observatory_layers()["communes"].featureCount() == 24
    panel.places.linkActivated.emit("france")
    assert panel.scope == Scope() and QgsProject.instance().crs().authid() == "EPSG:2154"


def test_actors_in_words_sorted_and_double_click_zooms(dock):
    panel, _ = dock
    panel.clear_territory()
    table = panel.actors
    categories = {table.model.rows[i]["category"] for i in range(len(table.model.rows))}
    assert categories == {"commune", "EPCI", "département", "région", "other body"}
    statuses = {row["status"] for row in table.model.rows}
    assert statuses == {"not harvested"}
    view = table.view
    header = view.horizontalHeader()
    assert view.isSortingEnabled()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 5, 5))
    names = [table.row_at(i)["name"] for i in range(table.proxy.rowCount())]
    assert names == sorted(names, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("NANTES METROPOLE")
    table.search.setText("nantes metropole")
    assert table.proxy.rowCount() == 1
    where = view.visualRect(table.proxy.index(0, 0)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a click selects and flashes...
    epci = observatory_layers()["epci"]
    assert [feature["code"] for feature in epci.selectedFeatures()] == ["244400404"]
    canvas = panel.iface.mapCanvas()
    assert canvas.extent().width() > 1_000_000  # ...without moving the map
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click zooms
    to_canvas = QgsCoordinateTransform(epci.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    box = to_canvas.transformBoundingBox(next(epci.getFeatures("\"code\" = '244400404'")).geometry().boundingBox())
    assert canvas.extent().contains(box) and canvas.extent().width() < 3 * box.width()
    assert [feature["code"] for feature in epci.selectedFeatures()] == ["244400404"]
    table.search.setText("")
    epci.removeSelection()


def test_locator_puts_the_exact_name_first(dock):
    panel, store = dock
    from odt_qgis_plugin.registry.qgis_locator import TerritoryLocatorFilter
    from odt_qgis_plugin.registry.territory_search import load_index

    locator = TerritoryLocatorFilter(load_index(store), lambda layer, code: None)
    model = QgsLocatorModel()
    locator.resultFetched.connect(model.addResult)
    from qgis.core import QgsFeedback

    locator.fetchResults("Saint-Nazaire", QgsLocatorContext(), QgsFeedback())
    proxy = QgsLocatorProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    shown = [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]
    communes = [text for text in shown if text.startswith(("Saint-Nazaire", "Ablain"))]
    assert communes[0] == "Saint-Nazaire (44)"  # the largest of the exact names, before Ablain-Saint-Nazaire
    assert communes.index("Ablain-Saint-Nazaire (62)") > communes.index("Saint-Nazaire (44)")


# --- the scenario controls ---------------------------------------------------------------------------------

def overlay_ids(panel):
    return {layer.id() for layer in panel.overlay.layers.values()} if panel.overlay else set()


def test_rules_added_replaced_removed_and_reset_through_the_widgets(dock):
    panel, _ = dock
    pick(panel.selector, "Region", "Pays de la Loire (52)")
    box = panel.scenario_box
    box.kind.setCurrentIndex(box.kind.findData("communes-above"))
    box.population.setValue(5000)
    click(button(box, "Add the rule"))
    assert box.items.count() == 1
    assert box.items.item(0).text() == "Pays de la Loire: every commune of 5,000 inhabitants or more publishes its data"
    first = panel.result["what_if"]["engaged_collectivities"]["value"]
    box.population.setValue(10000)
    click(button(box, "Add the rule"))
    assert box.items.count() == 1 and "10,000" in box.items.item(0).text()  # replaced, not piled up
    assert box.status.text() == ("Replaced: Pays de la Loire: every commune of 5,000 inhabitants or more publishes "
                                 "its data.")
    assert panel.result["what_if"]["engaged_collectivities"]["value"] < first
    box.kind.setCurrentIndex(box.kind.findData("epci-members"))
    box.epci.setCurrentIndex(box.epci.findData("244400404"))
    click(button(box, "Add the rule"))
    assert box.items.count() == 2 and "Nantes Métropole" in box.items.item(1).text()
    overlay = overlay_ids(panel)
    assert overlay and overlay <= {layer.id() for layer in panel.iface.mapCanvas().layers()}

    box.items.item(0).setSelected(True)
    click(button(box, "Remove selected"))
    assert box.items.count() == 1 and "Nantes Métropole" in box.items.item(0).text()
    click(button(box, "Reset"))
    assert box.items.count() == 0 and panel.result is None
    # the hatching leaves the project and the canvas at once, no refresh needed
    assert not overlay & set(QgsProject.instance().mapLayers())
    assert not overlay & {layer.id() for layer in panel.iface.mapCanvas().layers()}
    assert panel.figure_cards.texts()["engaged_collectivities"][2] == ""


def test_a_loaded_scenario_shows_its_rules(dock):
    panel, _ = dock
    pick(panel.selector, "Region", "Pays de la Loire (52)")
    box = panel.scenario_box
    box.name.setText("Grandes communes 52")
    box.kind.setCurrentIndex(box.kind.findData("communes-above"))
    box.population.setValue(20000)
    click(button(box, "Add the rule"))
    click(button(box, "Save"))
    saved_figures = panel.result["what_if"]
    click(button(box, "Reset"))
    assert box.items.count() == 0 and box.name.text() == ""
    box.saved.setCurrentIndex(box.saved.findText("Grandes communes 52"))
    click(button(box, "Load"))
    assert box.name.text() == "Grandes communes 52"
    assert [box.items.item(i).text() for i in range(box.items.count())] == [
        "Pays de la Loire: every commune of 20,000 inhabitants or more publishes its data"]
    assert panel.result["what_if"] == saved_figures
    click(button(box, "Delete"))
    assert box.saved.findText("Grandes communes 52") < 0
    click(button(box, "Reset"))


def test_marks_come_only_from_what_is_shown(dock):
    panel, _ = dock
    pick(panel.selector, "Department", "Loire-Atlantique (44)")
    canvas = panel.iface.mapCanvas()
    canvas.zoomScale(150_000)  # close enough for the communes, too close for the EPCI
    layers = observatory_layers()
    layers["communes"].selectByExpression("\"code\" = '44184'")  # Saint-Nazaire, visible at this scale
    layers["epci"].selectByExpression("\"code\" = '244400404'")  # left by an earlier search, not shown
    box = panel.scenario_box
    click(button(box, "Mark the map selection"))
    assert panel.session.scenario.marked == frozenset({("commune", "44184")})
    assert box.status.text() == "Marked: Saint-Nazaire (44184). Left out, selected on the hidden layer EPCI: 1."
    assert [box.items.item(i).text() for i in range(box.items.count())] == [
        "Collectivities chosen by hand publish: Saint-Nazaire"]
    for layer in layers.values():
        layer.removeSelection()
    click(button(box, "Mark the map selection"))
    assert box.status.text().startswith("Nothing is selected")
    click(button(box, "Reset"))


def test_change_overlay_hides_at_once(dock):
    panel, _ = dock
    panel.clear_territory()
    panel.show_change(-1, -1)
    layer_id = panel.change_overlay.layer.id()
    assert layer_id in {layer.id() for layer in panel.iface.mapCanvas().layers()}
    click(button(panel.tabs.widget(3), "Hide"))
    assert QgsProject.instance().mapLayer(layer_id) is None
    assert layer_id not in {layer.id() for layer in panel.iface.mapCanvas().layers()}


# --- the export dialog ---------------------------------------------------------------------------------------

def test_the_export_dialog_starts_from_the_docks_territory(dock):
    panel, _ = dock
    pick(panel.selector, "Region", "Pays de la Loire (52)")
    dialog = panel.export_dialog()
    assert dialog.selector.scope() == Scope(region="52")
    assert dialog.selector.territory_combo.currentText() == "Pays de la Loire (52)"
    assert [dialog.template.itemText(i) for i in range(dialog.template.count())] == [
        "A4 portrait", "A4 landscape", "A3 landscape"]
    assert [dialog.atlas.itemText(i) for i in range(dialog.atlas.count())] == [
        "One page", "One page per department", "One page per EPCI"]
    from odt_qgis_plugin.indicators.measures import MEASURES

    assert dialog.measure.currentText() == MEASURES[0].en  # the maps' default measure, in words
    dialog.measure.setCurrentIndex(dialog.measure.findData("share"))
    assert dialog.request().measure == "share"
    dialog.selector.level_combo.setCurrentIndex(dialog.selector.level_combo.findText("France"))
    assert [dialog.atlas.itemText(i) for i in range(dialog.atlas.count())] == [
        "One page", "One page per region", "One page per department"]
    dialog.deleteLater()
    # an EPCI has no page of its own: the dialog starts from its département, and says why
    pick(panel.selector, "EPCI", "244400404")
    dialog = panel.export_dialog()
    assert dialog.selector.scope() == Scope(departement="44") and "EPCI" in dialog.note.text()
    assert dialog.atlas.itemText(dialog.atlas.count() - 1) == "One page per EPCI"
    dialog.deleteLater()
    panel.clear_territory()


def test_an_export_error_keeps_the_dialog_open_with_its_inputs(dock, tmp_path):
    panel, _ = dock
    pick(panel.selector, "Department", "Loire-Atlantique (44)")
    dialog = panel.export_dialog()
    dialog.show()
    dialog.template.setCurrentIndex(dialog.template.findData("a4-landscape"))
    missing = str(tmp_path / "no such folder" / "loire-atlantique.pdf")
    dialog.output.setFilePath(missing)
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text().startswith("Output folder does not exist")
    assert dialog.selector.scope() == Scope(departement="44")
    assert dialog.template.currentData() == "a4-landscape" and dialog.output.filePath() == missing
    # corrected, the same dialog exports (on the main thread) and closes
    out = tmp_path / "loire-atlantique.pdf"
    dialog.output.setFilePath(str(out))
    dialog.add_to_project.setChecked(False)
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.paths == [str(out)] and out.stat().st_size > 10_000
    dialog.deleteLater()


def test_panel_and_layout_print_the_same_figures(dock, tmp_path):
    """Same territory, same settings: the same figures in the dock and on the council page, here with a threshold
    of 5,000 saved in the options page while the store's maps were computed with 3,500 (which the dock says)."""
    from odt_qgis_plugin.common.qgis_preferences import save_settings
    from odt_qgis_plugin.layouts.layout_request import ExportRequest
    from odt_qgis_plugin.layouts.qgis_layouts import build_layout
    from odt_qgis_plugin.layouts.qgis_template import table_of_frame

    panel, store = dock
    pick(panel.selector, "Region", "Pays de la Loire (52)")
    at_3500 = panel.figure_cards.texts()["obligated"][0]
    assert not panel.threshold_note.isVisible()
    save_settings({"obligated_threshold": 5000})
    try:
        panel.set_store(store, background=False)
        assert panel.threshold == 5000
        assert panel.threshold_note.text().startswith("The maps of this store were drawn for communes from 3,500 "
                                                      "inhabitants, the figures here for communes from 5,000")
        shown = panel.figure_cards.texts()
        assert shown["obligated"][0] != at_3500  # fewer communes in the scope
        assert "communes from 5,000 inhabitants" in panel.figure_cards.titles["obligated"].text()
        dialog = panel.export_dialog()
        request = dialog.request()
        assert request.threshold == 5000 and request.territory == "region:52"
        dialog.deleteLater()
        request = ExportRequest(store=store, template="a4-portrait", territory="region:52",
                                out=str(tmp_path / "x.pdf"), threshold=request.threshold)
        project = QgsProject()
        built = build_layout(request, project)
        _frame, table = table_of_frame(built.layout, "figures")
        printed = [[str(cell) for cell in row] for row in table.contents()]
        project.clear()
        # the page's figures, as the dock shows them (names may be shortened on paper, numbers never)
        assert [row[1:] for row in printed] == [row[1:] for row in panel.page_figures.rows]
        obligated = next(row for row in panel.page_figures.rows if "communes from 5,000 inhabitants" in row[0])
        assert obligated[1] == shown["obligated"][0].split(" ")[0]  # the card's rate, e.g. 15.2%
        engaged = next(row for row in panel.page_figures.rows if row[0] == "Share of collectivities engaged")
        assert engaged[1] == shown["engaged_collectivities"][0].split(" ")[0]
    finally:
        save_settings({"obligated_threshold": None})
        panel.set_store(store, background=False)
    assert panel.threshold == 3500 and panel.threshold_note.isHidden()


def test_the_export_can_be_cancelled_and_writes_nothing(dock, tmp_path, monkeypatch):
    """The export runs on the main thread behind a progress dialog whose Cancel stops it between pages."""
    from odt_qgis_plugin.common.errors import Cancelled
    from odt_qgis_plugin.layouts.layout_request import ExportRequest
    from odt_qgis_plugin.plugin import export_dialog

    panel, store = dock
    seen = []
    original = export_dialog.ProgressFeedback.set_progress

    def press_cancel_once_started(self, percent):
        original(self, percent)
        seen.append(percent)
        if percent > 0:
            self.dialog.cancel()  # what the Cancel button does

    monkeypatch.setattr(export_dialog.ProgressFeedback, "set_progress", press_cancel_once_started)
    out = tmp_path / "atlas.pdf"
    request = ExportRequest(store=store, template="a4-portrait", territory="region:52", atlas="departement",
                            out=str(out))
    with pytest.raises(Cancelled):
        export_dialog.export_with_progress(request, panel)
    assert seen and not out.exists() and list(tmp_path.iterdir()) == []


def test_a_reopened_project_shows_the_docks_territory(dock, tmp_path):
    panel, store = dock
    pick(panel.selector, "Department", "Loire-Atlantique (44)")
    path = str(tmp_path / "observatoire.qgz")
    assert QgsProject.instance().write(path)
    panel.clear_territory()
    assert panel.scope == Scope()
    QgsProject.instance().readProject.connect(panel.restore_from_project)  # what the plugin wires in initGui
    try:
        assert QgsProject.instance().read(path)
    finally:
        QgsProject.instance().readProject.disconnect(panel.restore_from_project)
    assert panel.scope == Scope(departement="44") and panel.title.text() == "Loire-Atlantique"
    assert panel.selector.territory_combo.currentText() == "Loire-Atlantique (44)"
    group = QgsProject.instance().layerTreeRoot().findGroup(group_name())
    assert group is not None and observatory_layers()["epci"].subsetString() == "\"departement\" = '44'"
    panel.clear_territory()


def test_a_new_project_leaves_nothing_dangling(qgis_app, qgis_iface, maps_store, tmp_path):
    """QGIS clears the project (New project, or quitting) before it unloads the plugin: the overlays' layers are
    gone by then, and closing the dock must not touch them (it once raised "wrapped C/C++ object deleted")."""
    import odt_qgis_plugin

    store = tmp_path / "store.gpkg"
    shutil.copyfile(maps_store, store)
    plugin = odt_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.store_actions.load(str(store))
        plugin.panel.set_store(str(store), background=False)
        plugin.panel.apply_rule("communes-above:5000")
        plugin.panel.show_change(-1, -1)
        assert plugin.panel.overlay.layers and plugin.panel.change_overlay.layer is not None
        QgsProject.instance().clear()
        plugin.panel.apply_rule("communes-above:20000")  # drawn again in the new project
        assert all(QgsProject.instance().mapLayer(layer.id()) for layer in plugin.panel.overlay.layers.values())
        QgsProject.instance().clear()
    finally:
        plugin.unload()
