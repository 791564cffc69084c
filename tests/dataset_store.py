"""A hand-made store holding dataset listings (tests of publications/dataset_listing.py and of the dock)."""
import sqlite3

from publication_store import mark_listed

from odt_qgis_plugin.publications.dataset_record import RECORD_COLUMNS, DatasetRecord, as_row
from odt_qgis_plugin.store import schema

A, B, C = "200000001", "200000002", "200000003"
DELIB_FIELDS = ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                "DELIB_OBJET")


def add_run(connection, run_id, status, ended_at):
    connection.execute("INSERT INTO harvest_runs (run_id, started_at, ended_at, status) VALUES (?, ?, ?, ?)",
                       (run_id, ended_at or "2026-01-01T00:00:00", ended_at, status))


def add_harvest(connection, run_id, siren, platform, status, url="", host=""):
    connection.execute("INSERT INTO harvests (run_id, siren, platform, url, status, harvested_at, host)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)", (run_id, siren, platform, url, status, "2026-01-01", host))


def add_dataset(connection, run_id, siren, platform, record, detected=None):
    columns = ("run_id", "siren", "platform") + RECORD_COLUMNS + ("detected_schema",)
    connection.execute(f"INSERT INTO datasets ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                       (run_id, siren, platform) + as_row(record) + (detected,))


def make_listing_store(path):
    """Three actors: A listed on its portal and on data.gouv.fr over several runs, B counted on its portal and
    listed on data.gouv.fr, C never listed. Returns the open connection."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE odt_metadata (key TEXT PRIMARY KEY, value TEXT)")
    connection.execute("INSERT INTO odt_metadata VALUES ('schema_version', '1')")
    for name, ddl in (("actors", schema.ACTORS), ("harvest_runs", schema.HARVEST_RUNS),
                      ("harvests", schema.HARVESTS), ("datasets", schema.DATASETS)):
        connection.execute(f"CREATE TABLE {name} ({ddl})")
    connection.execute("INSERT INTO actors (siren, name, host) VALUES (?, ?, ?)", (A, "Ville A", "data.ville-a.fr"))
    connection.execute("INSERT INTO actors (siren, name, host) VALUES (?, ?, ?)", (B, "Ville B", "opendata.b.fr"))
    connection.execute("INSERT INTO actors (siren, name, host) VALUES (?, ?, ?)", (C, "Ville C", ""))
    ods = dict(url="https://data.ville-a.fr/explore", host="data.ville-a.fr")
    # run 1 lists both platforms of A
    add_run(connection, 1, "finished", "2025-06-30T18:00:00")
    add_harvest(connection, 1, A, "opendatasoft", "ok", **ods)
    add_harvest(connection, 1, A, "datagouv", "ok", host="data.gouv.fr")
    add_dataset(connection, 1, A, "opendatasoft", DatasetRecord("ancien", title="Ancien jeu"))
    # a copy of A's portal on data.gouv.fr ("www." and case do not matter), A's own data.gouv.fr dataset,
    # and one harvested from a portal that is not A's
    add_dataset(connection, 1, A, "datagouv", DatasetRecord("d1", title="Budget (copie)", origin="WWW.data.ville-a.fr"))
    add_dataset(connection, 1, A, "datagouv", DatasetRecord(
        "d2", title="Menus de la cantine", url="https://www.data.gouv.fr/fr/datasets/menus/", themes=("Éducation",),
        licence="odbl", modified="2025-01-10"))
    add_dataset(connection, 1, A, "datagouv", DatasetRecord(
        "d3", title="Plan vélo", url="http://portail.autre.fr/velo", themes=("Transports",), modified="2023-05-01",
        origin="portail.autre.fr"))
    # run 2 only counts: it must not hide run 1's listings
    add_run(connection, 2, "finished", "2025-09-01T10:00:00")
    add_harvest(connection, 2, A, "opendatasoft", "ok", **ods)
    add_harvest(connection, 2, A, "datagouv", "ok", host="data.gouv.fr")
    # run 3 lists A's portal again (data.gouv.fr failed), counts B's portal and lists B on data.gouv.fr
    add_run(connection, 3, "finished", "2026-03-15T09:00:00")
    add_harvest(connection, 3, A, "opendatasoft", "ok", **ods)
    add_harvest(connection, 3, A, "datagouv", "failed", host="data.gouv.fr")
    add_dataset(connection, 3, A, "opendatasoft", DatasetRecord(
        "budget", title="Budget primitif 2025", url="https://data.ville-a.fr/explore/budget", themes=("Finances",),
        formats=("csv",), licence="Licence Ouverte v2.0", modified="2025-06-01"))
    add_dataset(connection, 3, A, "opendatasoft", DatasetRecord(
        "delib", title="Délibérations du conseil", url="javascript:alert(1)", themes=("Administration", "finances"),
        formats=("csv", "json"), modified="2024-12-31", fields=DELIB_FIELDS), detected="scdl/deliberations")
    add_dataset(connection, 3, A, "opendatasoft", DatasetRecord(
        "agenda", url="ftp://data.ville-a.fr/agenda", licence="CC-BY-NC", schema_name="etalab/schema-irve-statique"))
    add_harvest(connection, 3, B, "ckan", "ok", url="https://opendata.b.fr", host="opendata.b.fr")
    add_harvest(connection, 3, B, "datagouv", "ok", host="data.gouv.fr")
    add_dataset(connection, 3, B, "datagouv", DatasetRecord("b1", title="Arbres", origin="opendata.b.fr"))
    # a run still going, and a pair whose harvest failed: their rows are not counted
    add_run(connection, 4, "running", None)
    add_harvest(connection, 4, A, "opendatasoft", "ok", **ods)
    add_dataset(connection, 4, A, "opendatasoft", DatasetRecord("brouillon", title="En cours"))
    add_run(connection, 5, "finished", "2026-04-01T09:00:00")
    add_harvest(connection, 5, A, "opendatasoft", "failed", **ods)
    add_dataset(connection, 5, A, "opendatasoft", DatasetRecord("casse", title="Échec"))
    mark_listed(connection)
    connection.commit()
    return connection
