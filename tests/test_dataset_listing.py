"""One actor's datasets as the panel lists them, from a hand-made store (answers worked out by hand)."""
import sqlite3
from datetime import date

import pytest
from dataset_store import A, B, C, make_listing_store

from odt_qgis_plugin.publications import dataset_listing as listing
from odt_qgis_plugin.store import schema

pytestmark = pytest.mark.pure


@pytest.fixture
def connection(tmp_path):
    connection = make_listing_store(tmp_path / "store.gpkg")
    yield connection
    connection.close()


def by_id(items):
    return {item.dataset_id: item for item in items}


def test_counted_listings_federated_copies_once_and_run_dates(connection):
    assert listing.counted_runs(connection, A) == {"opendatasoft": (3, date(2026, 3, 15)),
                                                   "datagouv": (1, date(2025, 6, 30))}
    items = listing.actor_datasets(connection, A)
    assert [item.dataset_id for item in items] == ["agenda", "budget", "delib", "d2", "d3"]
    assert [item.platform for item in items] == ["opendatasoft"] * 3 + ["datagouv"] * 2
    assert [item.host for item in items] == ["data.ville-a.fr"] * 3 + ["data.gouv.fr"] * 2
    # B's portal was only counted: its copy on data.gouv.fr is the one listed
    assert [(item.dataset_id, item.title) for item in listing.actor_datasets(connection, B)] == [("b1", "Arbres")]
    assert listing.actor_datasets(connection, C) is None
    assert listing.has_listings(connection)


def test_each_row_as_displayed(connection):
    items = by_id(listing.actor_datasets(connection, A))
    budget, delib, agenda, menus, velo = (items[key] for key in ("budget", "delib", "agenda", "d2", "d3"))
    # judged at 15 March 2026: fresh from 15 March 2025
    assert (budget.licence_open, budget.fresh, budget.schema, budget.schema_how) == (True, True, "", "")
    assert budget.url == "https://data.ville-a.fr/explore/budget" and budget.formats == ("csv",)
    assert (delib.url, delib.licence, delib.licence_open, delib.fresh) == ("", "", None, False)
    assert (delib.schema, delib.schema_title, delib.schema_how) == ("scdl/deliberations", "Délibérations", "detected")
    # no title: the id; an ftp link is no link; a non-commercial licence is not open; no date is unknown
    assert (agenda.title, agenda.url, agenda.licence_open, agenda.modified, agenda.fresh) == \
        ("agenda", "", False, None, None)
    assert (agenda.schema, agenda.schema_title, agenda.schema_how) == \
        ("etalab/schema-irve-statique", "Bornes de recharge (IRVE)", "declared")
    # judged at run 1's date, 30 June 2025
    assert (menus.as_of, menus.fresh, menus.licence_open) == (date(2025, 6, 30), True, True)
    assert (velo.url, velo.fresh, velo.licence_open) == ("http://portail.autre.fr/velo", False, None)


def test_filters(connection):
    items = listing.actor_datasets(connection, A)

    def ids(**chosen):
        return [item.dataset_id for item in listing.filtered(items, **chosen)]

    assert ids() == ["agenda", "budget", "delib", "d2", "d3"]
    assert ids(theme="FINANCES") == ["budget", "delib"]
    assert ids(theme="education") == ["d2"]
    assert ids(schema=listing.SCHEMA_SOME) == ["agenda", "delib"]
    assert ids(schema=listing.SCHEMA_NONE) == ["budget", "d2", "d3"]
    assert ids(schema="scdl/deliberations") == ["delib"]
    assert ids(freshness=listing.FRESH) == ["budget", "d2"]
    assert ids(freshness=listing.OLDER) == ["delib", "d3"]
    assert ids(freshness=listing.FRESH_UNKNOWN) == ["agenda"]
    assert ids(theme="Finances", freshness=listing.FRESH) == ["budget"]
    assert ids(theme="Finances", schema=listing.SCHEMA_SOME, freshness=listing.FRESH) == []


def test_themes_and_schemas_present(connection):
    items = listing.actor_datasets(connection, A)
    assert listing.themes_present(items) == [("Finances", 2), ("Administration", 1), ("Éducation", 1),
                                             ("Transports", 1)]
    # by label: "Bornes de recharge (IRVE)" before "Délibérations"
    assert listing.schemas_present(items) == [("etalab/schema-irve-statique", "Bornes de recharge (IRVE)"),
                                              ("scdl/deliberations", "Délibérations")]


def test_a_store_without_listings(tmp_path):
    connection = sqlite3.connect(tmp_path / "empty.gpkg")
    try:
        assert not listing.has_listings(connection)
        assert listing.counted_runs(connection, A) == {}
        assert listing.actor_datasets(connection, A) is None
        connection.execute(f"CREATE TABLE datasets ({schema.DATASETS})")
        assert not listing.has_listings(connection)
    finally:
        connection.close()


def test_a_listing_of_no_dataset_counts_as_none_and_a_failed_listing_keeps_the_last(connection):
    from dataset_store import add_harvest, add_run

    ods = dict(url="https://data.ville-a.fr/explore", host="data.ville-a.fr")
    # run 6 lists A's portal and finds it empty; the data.gouv.fr listing fails (counted, listed NULL)
    add_run(connection, 6, "finished", "2026-05-01T09:00:00")
    add_harvest(connection, 6, A, "opendatasoft", "ok", **ods)
    add_harvest(connection, 6, A, "datagouv", "ok", host="data.gouv.fr")
    connection.execute("UPDATE harvests SET listed = 0 WHERE run_id = 6 AND platform = 'opendatasoft'")
    assert listing.counted_runs(connection, A) == {"opendatasoft": (6, date(2026, 5, 1)),
                                                   "datagouv": (1, date(2025, 6, 30))}
    # the portal's three datasets are gone; its copy d1 on data.gouv.fr is still left out (the portal was listed)
    assert [item.dataset_id for item in listing.actor_datasets(connection, A)] == ["d2", "d3"]


def test_only_a_service_verdict_says_valid_and_only_on_a_schema(connection):
    # What harvest --validate-schemas writes: delib (detected) valid, agenda (declared) out of reach, budget (no
    # schema) with a stray verdict that must not show.
    for dataset_id, verdict in (("delib", "valid"), ("agenda", "unavailable"), ("budget", "invalid")):
        connection.execute("UPDATE datasets SET validation = ? WHERE dataset_id = ?", (verdict, dataset_id))
    items = by_id(listing.actor_datasets(connection, A))
    assert [(key, items[key].schema_how, items[key].validation) for key in ("delib", "agenda", "budget", "d2")] == [
        ("delib", "detected", "valid"), ("agenda", "declared", "unavailable"), ("budget", "", ""), ("d2", "", "")]
