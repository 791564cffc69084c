"""The same store behaviour on both backends: GeoPackage and PostgreSQL/PostGIS.

`store` (conftest.py) runs each test on a writable GeoPackage copy and on a fresh PostGIS schema
of a throwaway local cluster (tests/pg_server.py); PostGIS tests are skipped, saying why, when
no cluster can start here.
"""

import threading

import pytest
from data_paths import ACTORS_2022
from fake_portals import FakeServer, catalogue_routes, endpoints_file, portal_routes

from odt_qgis_plugin.common import qgis_compat as compat
from odt_qgis_plugin.common.errors import StoreError
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, load_snapshot
from odt_qgis_plugin.registry.actors import import_registry
from odt_qgis_plugin.store import db

BAINS, AHAXE = "213500135", "216400085"  # two communes publishing on data.gouv.fr only in 2022
LAYERS = ("regions", "departements", "epci", "communes")


def test_build_into_postgis(pg_national, national_store):
    pg_store, gpkg_store = db.open_store(pg_national), db.open_store(national_store)
    for layer in LAYERS + ("collectivities", "epci_members", "reconciliation"):
        assert (
            pg_store.query(f"SELECT COUNT(*) FROM {layer}")[0][0]
            == gpkg_store.query(f"SELECT COUNT(*) FROM {layer}")[0][0]
        ), layer
    assert pg_store.get_meta("schema_version") == str(db.SCHEMA_VERSION)
    assert pg_store.get_meta("boundaries_vintage") == "2018"
    kinds = pg_store.query("SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = 'national'")
    assert {tuple(row) for row in kinds} == {(layer, "MULTIPOLYGON", 4326) for layer in LAYERS}
    indexes = {
        row[0]
        for row in pg_store.query(
            "SELECT tablename FROM pg_indexes WHERE schemaname = 'national' AND indexdef LIKE '%USING gist%'"
        )
    }
    assert indexes == set(LAYERS)
    # keys survive, for the upserts
    assert (
        pg_store.query(
            "SELECT COUNT(*) FROM pg_constraint WHERE contype = 'p' AND conrelid = 'national.epci_members'::regclass"
        )[0][0]
        == 1
    )


def test_import_actors_and_indicators_match(store, actors_store):
    report = import_registry(store, ACTORS_2022)
    assert report.accepted == 1060
    assert db.open_store(store).query("SELECT COUNT(*) FROM actors")[0][0] == 1060
    assert compute_indicators(load_snapshot(store)) == compute_indicators(load_snapshot(actors_store))
    engaged = "SELECT engaged, COUNT(*), MIN(actor_siren) FROM communes GROUP BY engaged ORDER BY engaged"
    assert [tuple(row) for row in db.open_store(store).query(engaged)] == [
        tuple(row) for row in db.open_store(actors_store).query(engaged)
    ]
    second = import_registry(store, ACTORS_2022)  # the same file again: an update, nothing new
    assert (second.inserted, second.unchanged) == (0, 1060)


def test_harvest_writes_and_engagement_refresh(store, tmp_path):
    import_registry(store, ACTORS_2022)
    datasets = [{"id": f"d{i}", "harvest": None} for i in range(3)]
    server = FakeServer(
        portal_routes(datagouv={"5a1d64a3c751df51a9440eae": datasets, "5f55fc85c2d347d5abab8c57": []})
    ).start()
    try:
        config = endpoints.load(endpoints_file(tmp_path / "endpoints.json", server.url + "/api/1/"))
        summary = run_harvest(store, HarvestSettings(actors=[BAINS, AHAXE]), config=config)
        again = run_harvest(store, HarvestSettings(actors=[BAINS]), config=config)
    finally:
        server.stop()
    assert summary.harvested == 2 and summary.datasets == 3 and again.run_id > summary.run_id
    opened = db.open_store(store)
    rows = {
        row[0]: (row[1], row[2])
        for row in opened.query(
            "SELECT actor_siren, engaged, datasets FROM communes WHERE actor_siren IN (?, ?)", (BAINS, AHAXE)
        )
    }
    assert rows == {BAINS: (1, 3), AHAXE: (0, 0)}
    runs = opened.query("SELECT run_id, status FROM harvest_runs ORDER BY run_id")
    assert [tuple(row) for row in runs] == [(summary.run_id, "finished"), (again.run_id, "finished")]


def test_concurrent_harvests_keep_every_result_once(store, tmp_path):
    import_registry(store, ACTORS_2022)
    opened = db.open_store(store)
    actors = opened.query("SELECT siren, id_datagouv FROM actors WHERE id_datagouv IS NOT NULL ORDER BY siren LIMIT 40")
    assert len(actors) == 40
    with opened.transaction() as connection:  # data.gouv.fr only: the fake server answers for it
        connection.executemany(
            "UPDATE actors SET url_platform = NULL, host = NULL, techno_platform = NULL WHERE siren = ?",
            [(row[0],) for row in actors],
        )
    server = FakeServer(
        portal_routes(datagouv={row[1]: [{"id": "d", "harvest": None}] for row in actors}), delay=0.01
    ).start()
    summaries, errors = [], []
    config = endpoints.load(endpoints_file(tmp_path / "endpoints.json", server.url + "/api/1/"))

    def harvest():
        from odt_qgis_plugin.store.store_lock import writing

        try:
            with writing(store, "harvest", wait=300):  # the second waits for the store's writer lock
                summaries.append(
                    run_harvest(store, HarvestSettings(actors=[row[0] for row in actors], concurrency=4), config=config)
                )
        except StoreError as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=harvest) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        server.stop()
    assert not errors and len(summaries) == 2
    for summary in summaries:
        assert summary.harvested == len(actors)
        rows = opened.query("SELECT siren, COUNT(*) FROM harvests WHERE run_id = ? GROUP BY siren", (summary.run_id,))
        assert len(rows) == len(actors) and all(row[1] == 1 for row in rows)
    assert {summary.run_id for summary in summaries} == {
        row[0] for row in opened.query("SELECT run_id FROM harvest_runs")
    }
    assert opened.query("SELECT COUNT(*) FROM communes WHERE datasets = 1")[0][0] > 0


def test_newer_schema_is_refused(store):
    with db.open_store(store).transaction() as connection:
        db.set_meta(connection, {"schema_version": db.SCHEMA_VERSION + 1})
    with pytest.raises(StoreError, match="newer version of the plugin"):
        db.open_store(store)


def test_older_schema_is_migrated(store, monkeypatch):
    seen = []
    monkeypatch.setattr(db, "SCHEMA_VERSION", db.SCHEMA_VERSION + 1)
    monkeypatch.setitem(
        db.MIGRATIONS,
        db.SCHEMA_VERSION - 1,
        lambda connection: seen.append(connection.execute("SELECT COUNT(*) FROM regions").fetchone()[0]),
    )
    opened = db.open_store(store)
    assert seen == [18] and opened.get_meta("schema_version") == str(db.SCHEMA_VERSION)
    db.open_store(store)
    assert seen == [18]  # migrated once


def test_an_older_table_gains_its_missing_columns_once(store):
    columns = (("a", "TEXT"), ("b", "INTEGER"), ("c", "REAL"))
    with db.open_store(store).transaction() as connection:
        db.ensure_attribute_table(connection, "older_table", "fid INTEGER PRIMARY KEY, a TEXT")
        db.add_missing_columns(connection, "older_table", columns)
        db.add_missing_columns(connection, "older_table", columns)  # a second run finds nothing to add
        connection.execute("INSERT INTO older_table (a, b, c) VALUES (?, ?, ?)", ("x", 2, 0.5))
        assert db.table_columns(connection, "older_table") == ["fid", "a", "b", "c"]
        assert tuple(connection.execute("SELECT a, b, c FROM older_table").fetchone()) == ("x", 2, 0.5)


def test_copy_store_round_trip(pg_server, actors_store, tmp_path, capsys):
    from odt_qgis_plugin.cli import main

    location = pg_server.uri("odt_tests", "round_trip")
    back = tmp_path / "back.gpkg"
    assert main(["copy-store", "--from", str(actors_store), "--to", location]) == 0
    there = capsys.readouterr().out
    assert main(["copy-store", "--from", location, "--to", str(back)]) == 0
    returned = capsys.readouterr().out
    assert "0 mismatched" in there and "0 mismatched" in returned
    source, copy = db.open_store(actors_store), db.open_store(back)
    for table in LAYERS + ("actors", "epci_members", "collectivities", "reconciliation", db.METADATA_TABLE):
        assert source.query(f"SELECT COUNT(*) FROM {table}") == copy.query(f"SELECT COUNT(*) FROM {table}"), table
    sql = "SELECT code, engaged, actor_siren, rate_communes FROM departements ORDER BY code"
    assert [tuple(row) for row in source.query(sql)] == [tuple(row) for row in copy.query(sql)]
    # the copy is a store like any other: the commands work on it
    assert compute_indicators(load_snapshot(str(back))) == compute_indicators(load_snapshot(location))


def test_command_line_takes_a_postgres_store(store, capsys):
    from odt_qgis_plugin.cli import main

    assert main(["import-actors", "--store", store, str(ACTORS_2022)]) == 0
    assert "1060 accepted" in capsys.readouterr().out
    assert main(["indicators", "--store", store, "--format", "json", "--out", "-"]) == 0
    assert '"by_category"' in capsys.readouterr().out
    # the import refreshed the maps' layers on this backend too
    from odt_qgis_plugin.maps.qgis_layers import plain_layer

    points = plain_layer(store, "actor_points")
    assert points.featureCount() > 800 and points.wkbType() == compat.WKB_POINT
    footprints = {f["platform"]: f["type"] for f in plain_layer(store, "footprints").getFeatures()}
    assert footprints["data.montpellier3m.fr"] == "metropolitan"
    assert plain_layer(store, "communes_small").featureCount() == 34868


def test_no_password_in_messages_or_logs(pg_national, caplog):
    secret = "s3cr3t-Pa55"
    location = f"postgresql://odt:{secret}@127.0.0.1:1/nowhere?schema=odt"
    assert secret not in db.store_label(location)
    with pytest.raises(StoreError) as raised:
        db.open_store(location)
    assert secret not in raised.value.message and "127.0.0.1" in raised.value.message
    assert secret not in caplog.text
    # a QGIS authentication configuration gives user and password at connection time only
    from odt_qgis_plugin.store import pg_store as pg

    pg.set_credentials_resolver(lambda authcfg: ("postgres", secret))
    try:
        store = db.open_store(pg_national.replace("?", "?authcfg=abc1234&"))
        assert secret not in store.label() and "authcfg=abc1234" in store.label()
    finally:
        from odt_qgis_plugin.store import qgis_pg_auth as pg_auth

        pg_auth.install()


def test_layers_load_from_postgis(pg_national, qgis_new_project):
    from odt_qgis_plugin.maps.qgis_layers import open_layer

    layer = open_layer(pg_national, "departements")
    assert layer.isValid() and layer.providerType() == "postgres"
    assert layer.featureCount() == 101
    assert "password" not in layer.source()


def test_concurrent_scenario_saves_lose_nothing(store):
    from odt_qgis_plugin.scenarios import saved_scenarios as scenario_store
    from odt_qgis_plugin.scenarios.evaluation import Scenario, parse_rule

    def save(number):
        marks = frozenset({("commune", code) for code in ("92001", "92002", "35238")[: 1 + number % 3]})
        scenario_store.save(
            store, Scenario(f"officer {number % 4}", (parse_rule(f"communes-above:{1000 * number}"),), marks)
        )

    threads = [threading.Thread(target=save, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    saved = {row["name"]: row for row in scenario_store.names(store)}
    assert sorted(saved) == [f"officer {n}" for n in range(4)]
    for name in saved:  # each scenario whole: its rule and its marks from one and the same save
        number = int(scenario_store.load(store, name).rules[0].text().split(":")[1]) // 1000
        assert saved[name]["marks"] == 1 + number % 3


def test_project_layer_sees_a_colleagues_change_after_refresh(store, qgis_new_project):
    from odt_qgis_plugin.maps.qgis_layers import open_layer
    from odt_qgis_plugin.registry.actors import remove_actor

    import_registry(store, ACTORS_2022)
    layer = open_layer(store, "regions")
    assert layer.isValid() and "password" not in layer.source()
    before = {feature["code"]: (feature["engaged"], feature["actor_siren"]) for feature in layer.getFeatures()}
    code, (_, siren) = next((code, value) for code, value in sorted(before.items()) if value[0] == 1)
    remove_actor(store, siren)  # another officer, another connection
    layer.dataProvider().reloadData()
    after = {feature["code"]: (feature["engaged"], feature["actor_siren"]) for feature in layer.getFeatures()}
    assert after[code] == (0, None)
    assert {k: v for k, v in after.items() if k != code} == {k: v for k, v in before.items() if k != code}


def test_locations():
    from odt_qgis_plugin.store import pg_store as pg

    service = pg.Location("service=observatoire schema=equipe_sig authcfg=ab12cd3")
    assert (service.params, service.schema, service.authcfg) == ({"service": "observatoire"}, "equipe_sig", "ab12cd3")
    uri = pg.Location("postgresql://agent:pw@db.example:5433/sig?sslmode=require")
    assert uri.schema == pg.DEFAULT_SCHEMA and uri.params["port"] == "5433" and uri.params["password"] == "pw"
    assert uri.label() == "postgresql://agent@db.example:5433/sig?sslmode=require"
    assert db.is_postgres("service=x") and db.is_postgres("postgres://h/d") and not db.is_postgres("/tmp/a=b.gpkg")
    with pytest.raises(StoreError, match="Invalid schema name"):
        pg.Location("postgresql://h/d?schema=odt;drop")


def test_rebuild_into_postgis_keeps_the_registry(pg_server, actors_store):
    from data_paths import BOUNDARIES, REFERENCE, SIRENS

    from odt_qgis_plugin.store.qgis_build import build_store
    from odt_qgis_plugin.store.qgis_copy import copy_store

    location = pg_server.uri("odt_tests", "rebuilt")
    copy_store(str(actors_store), location)
    summary = build_store(str(REFERENCE), str(SIRENS), str(BOUNDARIES), location)
    assert {"actors", "mappings", "rejects"} <= set(summary.carried)
    assert compute_indicators(load_snapshot(location)) == compute_indicators(load_snapshot(actors_store))
    schemas = db.open_store(location).query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuilt%'")
    assert [row[0] for row in schemas] == ["rebuilt"]  # no staging schema left behind


def test_dataset_listing_and_what_a_commune_publishes(store, tmp_path):
    from odt_qgis_plugin.publications.publication_measures import actor_publication

    import_registry(store, ACTORS_2022)
    datasets = [
        {"id": "d1", "title": "Délibérations 2025", "license": "lov2", "last_update": "2026-06-01T10:00:00",
         "resources": [{"format": "CSV", "url": "https://www.bains.fr/delib.csv",
                        "schema": {"name": "scdl/deliberations", "version": "2.1.5"}}]},
        {"id": "d2", "title": "Rapport", "license": "notspecified", "last_update": "pas de date",
         "resources": [{"format": "pdf"}]},
    ]
    server = FakeServer(catalogue_routes(datagouv={"5a1d64a3c751df51a9440eae": datasets})).start()
    try:
        config = endpoints.load(endpoints_file(tmp_path / "endpoints.json", server.url + "/api/1/"))
        summary = run_harvest(store, HarvestSettings(actors=[BAINS], datasets=True), config=config)
    finally:
        server.stop()
    assert (summary.harvested, summary.listed) == (1, 2)
    opened = db.open_store(store)
    assert [tuple(row) for row in opened.query("SELECT dataset_id, licence, modified, schema_name FROM datasets"
                                               " ORDER BY dataset_id")] == [
        ("d1", "lov2", "2026-06-01", "scdl/deliberations"), ("d2", "notspecified", None, "")]
    assert opened.query("SELECT listed FROM harvests WHERE siren = ?", (BAINS,))[0][0] == 2
    connection = opened.connect()
    try:
        found = actor_publication(connection, BAINS)
    finally:
        connection.close()
    # d1: open licence, CSV, dated; d2: licence not specified (unknown), PDF (not open), no date (unknown)
    assert found.datasets == 2
    assert (found.open_licence.yes, found.open_licence.known, found.open_licence.unknown) == (1, 1, 1)
    assert (found.open_format.yes, found.open_format.known, found.open_format.unknown) == (1, 2, 0)
    assert (found.fresh.yes, found.fresh.known, found.fresh.unknown) == (1, 1, 1)
    assert {row.schema: row.here for row in found.checklist}["scdl/deliberations"] == "declared"
