"""PostgreSQL stores never touch what is not theirs, on the throwaway cluster (tests/pg_server.py).

Each case runs the real command line and asserts the exit code, the one-line message, and that
nothing was lost: row counts and checksums of the store and of its neighbours before and after.
"""
import subprocess
import sys
import uuid

import pytest
from data_paths import ACTORS_2022, BOUNDARIES, REFERENCE, ROOT, SIRENS
from fake_portals import FakeServer, endpoints_file, portal_routes
from store_checks import BUSY, cli, command, environment, fingerprint, one_error

from odt_qgis_plugin.store import db

pytestmark = pytest.mark.slow


def sql(server, statement, params=()):
    import psycopg2

    connection = psycopg2.connect(host=str(server.root), port=server.port, user=server.user, dbname="odt_tests")
    connection.autocommit = True
    try:
        cursor = connection.cursor()
        cursor.execute(statement, params or None)
        return cursor.fetchall() if cursor.description else None
    finally:
        connection.close()


@pytest.fixture
def pg_copy(pg_server, maps_store) -> str:
    """The maps store copied into a fresh schema."""
    from odt_qgis_plugin.store.qgis_copy import copy_store

    location = pg_server.uri("odt_tests", "t_" + uuid.uuid4().hex[:10])
    copy_store(str(maps_store), location)
    return location


def neighbours(server) -> dict:
    """What must survive anything the plugin does: PostGIS, every schema's geometry columns."""
    return {
        "postgis": sql(server, "SELECT extversion FROM pg_extension WHERE extname = 'postgis'"),
        "geometry_columns": sql(server, "SELECT f_table_schema, f_table_name, type FROM geometry_columns"
                                        " ORDER BY 1, 2"),
        "schemas": sql(server, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' ORDER BY 1"),
    }


def test_public_is_never_written_into(pg_server, pg_copy, national_store):
    before, store = neighbours(pg_server), fingerprint(pg_copy)
    public = pg_server.uri("odt_tests", "public")
    for result in (cli("copy-store", "--from", national_store, "--to", public, "--force"),
                   cli("build-store", "--out", public, "--force")):
        assert one_error(result) == ("Error: The plugin never writes into the schema public, which belongs to the "
                                     "database (PostGIS lives there): give the store its own, e.g. ?schema=odt")
    assert neighbours(pg_server) == before and fingerprint(pg_copy) == store


def test_a_schema_holding_other_objects_is_refused(pg_server, national_store):
    sql(pg_server, "CREATE SCHEMA IF NOT EXISTS other; CREATE TABLE IF NOT EXISTS other.important (x int);"
                   " DELETE FROM other.important; INSERT INTO other.important VALUES (1), (2)")
    before = neighbours(pg_server)
    other = pg_server.uri("odt_tests", "other")
    for result in (cli("copy-store", "--from", national_store, "--to", other, "--force"),
                   cli("build-store", "--out", other, "--force")):
        assert one_error(result) == ("Error: The schema other is not an observatory store and is not empty "
                                     "(important): the plugin only replaces schemas it made; choose another schema")
    assert sql(pg_server, "SELECT x FROM other.important ORDER BY x") == [(1,), (2,)]
    assert neighbours(pg_server) == before


def test_an_empty_schema_made_by_an_administrator_is_filled_not_dropped(pg_server, national_store):
    sql(pg_server, "CREATE SCHEMA sig_equipe; COMMENT ON SCHEMA sig_equipe IS 'made by the DBA'")
    oid = sql(pg_server, "SELECT oid FROM pg_namespace WHERE nspname = 'sig_equipe'")
    location = pg_server.uri("odt_tests", "sig_equipe")
    result = cli("copy-store", "--from", national_store, "--to", location)
    assert result.returncode == 0 and "0 mismatched" in result.stdout, result.stderr
    assert sql(pg_server, "SELECT oid, obj_description(oid, 'pg_namespace') FROM pg_namespace"
                          " WHERE nspname = 'sig_equipe'") == [(oid[0][0], "made by the DBA")]
    assert not sql(pg_server, "SELECT 1 FROM pg_namespace WHERE nspname LIKE 'sig_equipe_new_%'")


def test_a_copy_keeps_views_views_and_later_writes_work(pg_server, pg_copy, maps_store, tmp_path):
    schema = pg_copy.rsplit("=", 1)[1]
    kinds = dict(sql(pg_server, "SELECT table_name, table_type FROM information_schema.tables"
                                " WHERE table_schema = %s", (schema,)))
    assert kinds["communes_small"] == "VIEW" and kinds["communes_small_geom"] == "BASE TABLE"
    assert fingerprint(pg_copy)["communes_small"] == fingerprint(maps_store)["communes_small"]
    imported = cli("import-actors", "--store", pg_copy, ACTORS_2022)
    assert imported.returncode == 0 and "1060 accepted" in imported.stdout, imported.stderr
    actors = db.open_store(pg_copy).query("SELECT siren, id_datagouv FROM actors WHERE id_datagouv IS NOT NULL"
                                          " ORDER BY siren LIMIT 5")
    with db.open_store(pg_copy).transaction() as connection:
        connection.executemany("UPDATE actors SET url_platform = NULL, host = NULL, techno_platform = NULL"
                               " WHERE siren = ?", [(row[0],) for row in actors])
    server = FakeServer(portal_routes(datagouv={row[1]: [{"id": "d"}] for row in actors})).start()
    try:
        endpoints = endpoints_file(tmp_path / "endpoints.json", server.url + "/api/1/")
        harvested = cli("harvest", "--store", pg_copy, "--endpoints", endpoints,
                        "--actors", ",".join(row[0] for row in actors))
    finally:
        server.stop()
    assert harvested.returncode == 0 and "5 actor/platform pairs harvested, 0 failed" in harvested.stdout, \
        harvested.stderr
    assert db.open_store(pg_copy).query("SELECT COUNT(*) FROM communes_small")[0][0] == 34868


def test_a_failing_step_leaves_the_store_as_it_was(pg_server, pg_copy):
    """An import whose map refresh fails (a colleague's view stands on a layer it rewrites) commits nothing."""
    schema = pg_copy.rsplit("=", 1)[1]
    sql(pg_server, "CREATE SCHEMA IF NOT EXISTS reports")
    sql(pg_server, f"CREATE VIEW reports.points_{schema} AS SELECT siren FROM {schema}.actor_points")
    with db.open_store(pg_copy).transaction() as connection:
        connection.execute("DELETE FROM actors WHERE siren IN (SELECT siren FROM actors ORDER BY siren LIMIT 10)")
    before = fingerprint(pg_copy)
    result = cli("import-actors", "--store", pg_copy, ACTORS_2022)
    line = one_error(result)
    assert "actor_points" in line and "reports.points_" in line
    assert fingerprint(pg_copy) == before  # the 10 actors were not inserted: the import is whole or nothing
    sql(pg_server, f"DROP VIEW reports.points_{schema}")


def test_copy_refuses_to_delete_what_the_source_lacks(pg_server, pg_copy, national_store):
    before = fingerprint(pg_copy)
    line = one_error(cli("copy-store", "--from", national_store, "--to", pg_copy))
    assert "holds and the source lacks (actor_points, actors, communes_small, communes_small_geom, footprints," in line
    assert fingerprint(pg_copy) == before
    forced = cli("copy-store", "--from", national_store, "--to", pg_copy, "--force")
    assert forced.returncode == 0 and "0 mismatched" in forced.stdout, forced.stderr
    assert fingerprint(pg_copy) == fingerprint(national_store)


def test_a_newer_store_is_refused(pg_server, pg_copy, national_store):
    with db.open_store(pg_copy).transaction() as connection:
        db.set_meta(connection, {"schema_version": db.SCHEMA_VERSION + 1})
    before = fingerprint(pg_copy)
    for result in (cli("copy-store", "--from", national_store, "--to", pg_copy),
                   cli("build-store", "--out", pg_copy)):
        assert "was written by a newer version of the plugin (schema 2 > 1)" in one_error(result)
    assert fingerprint(pg_copy) == before


def test_rebuild_keeps_user_tables_and_leaves_no_staging(pg_server, pg_copy):
    schema = pg_copy.rsplit("=", 1)[1]
    sql(pg_server, f"CREATE TABLE {schema}.notes (x int); INSERT INTO {schema}.notes VALUES (7)")
    # what a build killed during its copy leaves: a marked staging schema
    sql(pg_server, f"CREATE SCHEMA {schema}_new_dead0000; CREATE TABLE {schema}_new_dead0000.communes (x int);"
                   f" COMMENT ON SCHEMA {schema}_new_dead0000 IS 'odt_qgis_plugin staging for {schema}'")
    registry = {name: value for name, value in fingerprint(pg_copy).items()
                if name in ("actors", "mappings", "rejects", "notes")}
    result = cli("build-store", "--out", pg_copy, "--reference", REFERENCE, "--sirens", SIRENS,
                 "--boundaries", BOUNDARIES)
    assert result.returncode == 0, result.stderr
    assert "kept from the previous store: actors, mappings, notes, rejects" in result.stdout
    after = fingerprint(pg_copy)
    assert {name: value for name, value in after.items() if name in registry} == registry
    assert sql(pg_server, "SELECT nspname FROM pg_namespace WHERE nspname LIKE %s", (schema + "%",)) == [(schema,)]


def test_a_password_in_the_location_is_refused_at_once(pg_server, pg_copy, maps_store, tmp_path):
    secret = "S3cret-pw"
    location = pg_copy.replace("postgresql://postgres@", f"postgresql://postgres:{secret}@")
    for args in (("render", "--store", location, "--out", tmp_path / "map.png"),
                 ("copy-store", "--from", maps_store, "--to", location),
                 ("harvest", "--store", location), ("export", "--store", location, "--template", "a4-portrait",
                                                      "--out", tmp_path / "a.pdf")):
        result = cli(*args)
        line = one_error(result)
        assert "A password in the store location is not accepted" in line and "pg_service.conf" in line
        assert secret not in result.stderr + result.stdout
    assert list(tmp_path.iterdir()) == []


def test_a_second_writer_is_told_the_store_is_busy(pg_server, pg_copy):
    hold = ("import sys, time\nfrom odt_qgis_plugin.store.store_lock import writing\n"
            "with writing(sys.argv[1], 'harvest', wait=0):\n    print('held', flush=True)\n    time.sleep(120)\n")
    holder = subprocess.Popen([sys.executable, "-c", hold, pg_copy], cwd=ROOT, env=environment(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held", holder.stderr.read()
        before = fingerprint(pg_copy)
        match = BUSY.match(one_error(cli("import-actors", "--store", pg_copy, ACTORS_2022, wait=0)))
        assert match and match.group(1) == "harvest" and int(match.group(2)) == holder.pid
        assert fingerprint(pg_copy) == before
    finally:
        holder.kill()
        holder.wait(10)
    # the holder died: its connection, and so its lock, went with it
    result = subprocess.run(command("actor", "--store", pg_copy, "add", "210100012", "--name", "L'Abergement"),
                            cwd=ROOT, env=environment(wait=30), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_one_connection_per_operation(pg_copy, monkeypatch):
    from odt_qgis_plugin.registry.actors import import_registry
    from odt_qgis_plugin.store.pg_store import PgStore

    opened = []
    real_open = PgStore._open
    monkeypatch.setattr(PgStore, "_open", lambda self: opened.append(self.schema) or real_open(self))
    report = import_registry(pg_copy, ACTORS_2022)
    assert report.accepted == 1060 and len(opened) == 1
