"""The dock's Datasets tab on a hand-made store (offscreen): the list, its filters, its links, the checklist."""
import sqlite3
import time

import pytest
from dataset_store import A, C, make_listing_store
from qgis.PyQt.QtCore import Qt

from odt_qgis_plugin.common import i18n
from odt_qgis_plugin.plugin import datasets_box
from odt_qgis_plugin.plugin.datasets_box import DatasetsBox
from odt_qgis_plugin.publications import dataset_listing as listing
from odt_qgis_plugin.publications import publication_measures
from odt_qgis_plugin.publications.publication_measures import ChecklistRow, Publication


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "store.gpkg"
    make_listing_store(path).close()
    return str(path)


@pytest.fixture
def box(qgis_app, store):
    widget = DatasetsBox()
    widget.set_store(store, background=False)
    yield widget
    widget.deleteLater()


def titles(box):
    return [row["title"] for row in box.shown_rows()]


def test_the_list_fills_with_the_actor_s_counted_datasets(box):
    box.show_actor(A, "Ville A")
    assert box.actor_label.text() == "Datasets: Ville A"
    assert titles(box) == ["agenda", "Budget primitif 2025", "Délibérations du conseil", "Menus de la cantine",
                           "Plan vélo"]
    assert box.count_label.text() == "5 datasets of 5 shown"
    assert not box.view.isHidden() and box.note.isHidden()
    budget = box.shown_rows()[1]
    assert budget == {"title": "Budget primitif 2025", "modified": "1 June 2025 (under 12 months)",
                      "licence": "Licence Ouverte v2.0 (open)", "schema": "—", "themes": "Finances",
                      "formats": "csv", "platform": "data.ville-a.fr"}
    assert box.shown_rows()[2]["schema"] == "≈ Délibérations (detected)"
    assert box.shown_rows()[2]["modified"] == "31 December 2024 (over 12 months)"
    # the theme list names each theme with its number of datasets, most frequent first
    assert [box.theme_combo.itemText(i) for i in range(box.theme_combo.count())] == [
        "All themes", "Finances (2)", "Administration (1)", "Éducation (1)", "Transports (1)"]
    assert [box.schema_combo.itemData(i) for i in range(3, box.schema_combo.count())] == [
        "etalab/schema-irve-statique", "scdl/deliberations"]


def test_filters_narrow_the_list_and_the_count_line(box):
    box.show_actor(A, "Ville A")
    box.choose_filters(theme="Finances")
    assert titles(box) == ["Budget primitif 2025", "Délibérations du conseil"]
    assert box.count_label.text() == "2 datasets of 5 shown"
    box.choose_filters(theme="Finances", freshness=listing.FRESH)
    assert titles(box) == ["Budget primitif 2025"]
    assert box.count_label.text() == "1 dataset of 5 shown"
    box.choose_filters(schema=listing.SCHEMA_SOME)
    assert titles(box) == ["agenda", "Délibérations du conseil"]
    box.choose_filters(schema="scdl/deliberations")
    assert titles(box) == ["Délibérations du conseil"]
    box.choose_filters(schema=listing.SCHEMA_NONE, freshness=listing.OLDER)
    assert titles(box) == ["Plan vélo"]
    box.choose_filters(freshness=listing.FRESH_UNKNOWN)
    assert titles(box) == ["agenda"]
    box.choose_filters()
    assert len(titles(box)) == 5


def test_links_open_http_pages_only(box, monkeypatch):
    opened = []
    monkeypatch.setattr(datasets_box.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    box.show_actor(A, "Ville A")
    rows = {title: row for row, title in enumerate(titles(box))}
    # agenda's link is ftp://, the deliberations' javascript:
    assert [box.open_link(rows[title]) for title in ("agenda", "Délibérations du conseil", "Budget primitif 2025",
                                                     "Plan vélo")] == [False, False, True, True]
    assert opened == ["https://data.ville-a.fr/explore/budget", "http://portail.autre.fr/velo"]
    # only the rows with a link look like one
    model = box.model
    assert model.data(model.index(rows["Budget primitif 2025"], 0), Qt.ItemDataRole.FontRole).underline()
    assert model.data(model.index(rows["agenda"], 0), Qt.ItemDataRole.FontRole) is None
    box.view.clicked.emit(model.index(rows["Plan vélo"], 0))
    assert opened[-1] == "http://portail.autre.fr/velo" and len(opened) == 3


def test_unknown_values_read_unknown_in_the_user_s_language(qgis_app, store):
    french = {"unknown": "inconnu", "{shown} datasets of {total} shown": "{shown} jeux sur {total} affichés"}
    i18n.install(lambda context, text: french.get(text, text), "fr")
    box = DatasetsBox()
    box.set_store(store, background=False)
    box.show_actor(A, "Ville A")
    agenda, delib = box.shown_rows()[0], box.shown_rows()[2]
    assert (agenda["modified"], agenda["themes"], agenda["formats"]) == ("inconnu", "inconnu", "inconnu")
    assert delib["licence"] == "inconnu"
    assert box.count_label.text() == "5 jeux sur 5 affichés"
    box.deleteLater()


def test_an_actor_without_listing_and_a_store_without_any(qgis_app, box, tmp_path):
    box.show_actor(C, "Ville C")
    assert not box.note.isHidden() and box.view.isHidden() and box.filters.isHidden()
    assert "No dataset listing of this actor" in box.note.text()
    empty = tmp_path / "empty.gpkg"
    connection = sqlite3.connect(empty)
    connection.execute("CREATE TABLE odt_metadata (key TEXT PRIMARY KEY, value TEXT)")
    connection.execute("INSERT INTO odt_metadata VALUES ('schema_version', '1')")
    connection.commit()
    connection.close()
    box.set_store(str(empty), background=False)
    box.show_actor(A, "Ville A")
    assert "harvest --datasets" in box.note.text() and "List datasets" in box.note.text()
    assert box.view.isHidden()
    box.show_territory("france", "", "France")
    # said once, above: no empty checklist below
    assert "harvest --datasets" in box.note.text() and box.checklist_box.isHidden()


def test_the_checklist_of_the_selected_territory(box, monkeypatch):
    asked = []

    def territory_publication(connection, level, code):
        asked.append((level, code))
        return Publication(datasets=12, actors_listed=3, checklist=[
            ChecklistRow("scdl/deliberations", "Délibérations", "declared", 4, 1, 2, 0.125),
            ChecklistRow("scdl/subventions", "Subventions", "detected", 1, 3, 40, None),
            ChecklistRow("scdl/budget", "Budget", None, 0, None, None, 0.02),
        ])

    monkeypatch.setattr(publication_measures, "territory_publication", territory_publication)
    box.show_territory("region", "52", "Pays de la Loire")
    assert asked == [("region", "52")]
    assert box.checklist_title.text() == "Common local-data schemas (SCDL): Pays de la Loire"
    table = box.checklist_table
    shown = [[table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())]
    # a symbol in the narrow column, its word in the tooltip; the share over its count, on two lines
    assert shown == [["Délibérations", "✓", "50%\n(1 of 2)", "12.5%"],
                     ["Subventions", "≈", "7.5%\n(3 of 40)", "unknown"],
                     ["Budget", "—", "unknown", "2%"]]
    assert [table.item(row, 1).toolTip() for row in range(3)] == ["✓ declared", "≈ detected", "— absent"]
    assert not table.isHidden()
    box.show_territory("france", "", "France")
    assert asked[-1] == ("france", "")


def test_a_late_answer_for_an_earlier_actor_is_dropped(box):
    box.show_actor(A, "Ville A")
    stale = box._tokens["actor"] - 1
    box._actor_loaded(stale, (True, []), None)
    assert len(titles(box)) == 5


def test_in_the_background_it_reads_when_the_tab_is_shown(qgis_app, store):
    """The dock's way: a hidden tab reads nothing; shown, it reads in a QGIS task and fills on the main thread."""
    from qgis.core import QgsApplication

    from odt_qgis_plugin.common.qgis_tasks import running

    box = DatasetsBox()
    box.set_store(store, background=True)
    box.show_actor(A, "Ville A")
    assert box._pending == {"actor"} and titles(box) == [] and not running()
    box.show()
    assert box._pending == set() and box.note.text() == "Reading the datasets…"
    for _ in range(6000):  # until the task's finished callback has run (a minute at most, not a timing)
        if not running() and not QgsApplication.taskManager().countActiveTasks():
            break
        qgis_app.processEvents()
        time.sleep(0.01)
    qgis_app.processEvents()
    assert len(titles(box)) == 5 and box.count_label.text() == "5 datasets of 5 shown"
    box.close()
    box.deleteLater()


def test_the_schema_column_says_valid_only_from_the_service():
    assert datasets_box.schema_text("Délibérations", "detected", "valid") == "✓ Délibérations (valid)"
    assert datasets_box.schema_text("IRVE", "declared", "invalid") == "✗ IRVE (not conforming)"
    # out of reach, or not checked: what the plugin knows offline
    assert datasets_box.schema_text("IRVE", "declared", "unavailable") == "✓ IRVE (declared)"
    assert datasets_box.schema_text("Délibérations", "detected") == "≈ Délibérations (detected)"
    assert datasets_box.schema_text("", "", "valid") == "— absent"  # no schema: no verdict
