"""A hand-made store of dataset listings whose measures are worked out by hand (tests/test_publication_measures.py).

Two régions: 52 (départements 44 and 49) and 53 (département 35). Communes: Nantes 44109 (300,000, EPCI
Nantes Métropole), 44001 (1,000, same EPCI, not obligated), Angers 49007 (EPCI Angers Loire Métropole),
Rennes 35238 (EPCI Rennes Métropole). Runs: 1 finished (2025-01-10), 2 finished (2025-06-15), 3 running.
Actors and what was listed:
- Nantes: its own portal data.nantes.fr (Opendatasoft, run 2: N1, N2, N3) and data.gouv.fr (run 2: NG1, a
  federated copy from www.data.nantes.fr, and NG2; run 1: NOLD, superseded);
- Nantes Métropole: data.gouv.fr, listed in run 1 (E1A); run 2 only counted it (no rows: the listing stays);
- Angers: counted in run 2 (5 datasets) but never listed: unknown;
- Rennes: data.gouv.fr run 2 (R1, fields matching délibérations: detected);
- a partner of Loire-Atlantique (CKAN, run 2: P1);
- the Région Pays de la Loire: listed only in run 3, which did not finish: unknown.
"""
import json
import sqlite3

from odt_qgis_plugin.harvest.engine import ensure_tables
from odt_qgis_plugin.publications.dataset_record import RECORD_COLUMNS, DatasetRecord, as_row
from odt_qgis_plugin.store import db, schema

NANTES, NANTES_METRO, ANGERS, RENNES, PARTNER, REGION_52 = (
    "214401093", "244400404", "214900079", "213502388", "130000001", "235200029")
E1, E2, E3 = "244400404", "244900015", "243500139"

ACTORS = (
    # siren, name, category, level, code, departement, region, host
    (NANTES, "Ville de Nantes", "commune", "commune", "44109", "44", "52", "data.nantes.fr"),
    (NANTES_METRO, "Nantes Métropole", "epci", "epci", E1, "44", "52", None),
    (ANGERS, "Ville d'Angers", "commune", "commune", "49007", "49", "52", None),
    (RENNES, "Ville de Rennes", "commune", "commune", "35238", "35", "53", None),
    (PARTNER, "Syndicat de Loire-Atlantique", "other", None, None, "44", "52", "opendata.syndicat44.fr"),
    (REGION_52, "Région Pays de la Loire", "region", "region", "52", "44 49", "52", None),
)
RUNS = ((1, "2025-01-10T08:00:00+00:00", "finished"), (2, "2025-06-15T08:00:00+00:00", "finished"),
        (3, "2025-07-01T08:00:00+00:00", "running"))
HARVESTS = (
    # run, siren, platform, datasets, status, host
    (1, NANTES, "datagouv", 1, "ok", "www.data.gouv.fr"),
    (1, NANTES_METRO, "datagouv", 1, "ok", "www.data.gouv.fr"),
    (2, NANTES, "opendatasoft", 3, "ok", "data.nantes.fr"),
    (2, NANTES, "datagouv", 2, "ok", "www.data.gouv.fr"),
    (2, NANTES_METRO, "datagouv", 1, "ok", "www.data.gouv.fr"),
    (2, ANGERS, "datagouv", 5, "ok", "www.data.gouv.fr"),
    (2, RENNES, "datagouv", 1, "ok", "www.data.gouv.fr"),
    (2, PARTNER, "ckan", 1, "ok", "opendata.syndicat44.fr"),
    (3, REGION_52, "datagouv", 1, "ok", "www.data.gouv.fr"),
)
DELIBERATION_FIELDS = ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                       "DELIB_OBJET")
DATASETS = (
    (2, NANTES, "opendatasoft", DatasetRecord(
        "N1", "Délibérations du conseil", "https://data.nantes.fr/n1", themes=("Mobilité",), formats=("csv", "json"),
        licence="Licence Ouverte v2.0", modified="2025-05-01", schema_name="scdl/deliberations", downloads=500)),
    (2, NANTES, "opendatasoft", DatasetRecord(
        "N2", "Rapport annuel", "https://data.nantes.fr/n2", formats=("pdf",), views=900)),
    (2, NANTES, "opendatasoft", DatasetRecord(
        "N3", "Comptages vélo", "https://data.nantes.fr/n3", themes=("Mobilité", "Environnement"),
        licence="CC-BY-NC", modified="2023-01-01", api_calls=50)),
    (2, NANTES, "datagouv", DatasetRecord(
        "NG1", "Délibérations du conseil (copie)", "https://www.data.gouv.fr/ng1", themes=("Mobilité",),
        formats=("csv",), licence="lov2", modified="2025-05-01", downloads=99999, origin="www.data.nantes.fr")),
    (2, NANTES, "datagouv", DatasetRecord(
        "NG2", "Qualité de l'air", "https://www.data.gouv.fr/ng2", themes=("environnement",), formats=("xlsx",),
        licence="odbl", modified="2025-06-20", downloads=10)),
    (1, NANTES, "datagouv", DatasetRecord(
        "NOLD", "Ancien jeu", "https://www.data.gouv.fr/nold", downloads=5000)),
    (1, NANTES_METRO, "datagouv", DatasetRecord(
        "E1A", "Arrêts de bus", "https://www.data.gouv.fr/e1a", themes=("Mobilité",), formats=("geojson",),
        licence="etalab-2.0", modified="2024-02-01", downloads=300)),
    (2, RENNES, "datagouv", DatasetRecord(
        "R1", "Délibérations", "https://www.data.gouv.fr/r1", themes=("Citoyenneté",), formats=("csv",),
        licence="lov2", modified="2025-01-01", fields=DELIBERATION_FIELDS)),
    (2, PARTNER, "ckan", DatasetRecord(
        "P1", "Collecte des déchets", "https://opendata.syndicat44.fr/p1", formats=("csv",), licence="Other",
        modified="2025-06-01")),
    (3, REGION_52, "datagouv", DatasetRecord(
        "R52", "Lycées", "https://www.data.gouv.fr/r52", downloads=7)),
)


def create_tables(connection) -> None:
    ensure_tables(connection)
    db.ensure_attribute_table(connection, "datasets", schema.DATASETS)


def insert_datasets(connection, rows) -> None:
    """rows: (run_id, siren, platform, DatasetRecord); detected_schema as the harvest fills it."""
    from odt_qgis_plugin.publications import scdl

    columns = ("run_id", "siren", "platform", *RECORD_COLUMNS, "detected_schema")
    connection.executemany(
        f"INSERT INTO datasets ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [(run_id, siren, platform, *as_row(record), None if record.schema_name else scdl.detect(record.fields))
         for run_id, siren, platform, record in rows])


def mark_listed(connection) -> None:
    """`harvests.listed` as the harvest's writer sets it: the records each listed pair wrote."""
    connection.execute(
        "UPDATE harvests SET listed = (SELECT COUNT(*) FROM datasets d WHERE d.run_id = harvests.run_id"
        " AND d.siren = harvests.siren AND d.platform = harvests.platform) WHERE EXISTS (SELECT 1 FROM datasets d"
        " WHERE d.run_id = harvests.run_id AND d.siren = harvests.siren AND d.platform = harvests.platform)")


def make_publication_store(path) -> str:
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("CREATE TABLE odt_metadata (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO odt_metadata VALUES ('schema_version', ?)", (str(db.SCHEMA_VERSION),))
        db.ensure_attribute_table(connection, "actors", schema.ACTORS)
        connection.executemany(
            "INSERT INTO actors (siren, name, category, territory_level, territory_code, departement, region, host,"
            " resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'siren')", ACTORS)
        connection.execute("CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT, population INTEGER)")
        connection.executemany("INSERT INTO regions VALUES (?, ?, ?)",
                               (("52", "Pays de la Loire", 3900000), ("53", "Bretagne", 3400000)))
        connection.execute("CREATE TABLE departements (code TEXT PRIMARY KEY, name TEXT, region TEXT,"
                           " population INTEGER)")
        connection.executemany("INSERT INTO departements VALUES (?, ?, ?, ?)", (
            ("44", "Loire-Atlantique", "52", 1500000), ("49", "Maine-et-Loire", "52", 820000),
            ("35", "Ille-et-Vilaine", "53", 1100000)))
        connection.execute("CREATE TABLE communes (code TEXT PRIMARY KEY, name TEXT, population INTEGER,"
                           " departement TEXT, region TEXT, epci TEXT)")
        connection.executemany("INSERT INTO communes VALUES (?, ?, ?, ?, ?, ?)", (
            ("44109", "Nantes", 300000, "44", "52", E1), ("44001", "Petite", 1000, "44", "52", E1),
            ("49007", "Angers", 150000, "49", "52", E2), ("35238", "Rennes", 220000, "35", "53", E3)))
        connection.execute("CREATE TABLE epci (code TEXT PRIMARY KEY, name TEXT, kind TEXT, departement TEXT,"
                           " region TEXT, population INTEGER)")
        connection.executemany("INSERT INTO epci VALUES (?, ?, 'ME', ?, ?, ?)", (
            (E1, "Nantes Métropole", "44", "52", 301000), (E2, "Angers Loire Métropole", "49", "52", 150000),
            (E3, "Rennes Métropole", "35", "53", 220000)))
        connection.execute("CREATE TABLE collectivities (siren TEXT, level TEXT, code TEXT, departements TEXT,"
                           " name TEXT)")
        connection.executemany("INSERT INTO collectivities VALUES (?, ?, ?, ?, ?)", (
            ("224400028", "departement", "44", "44", "Loire-Atlantique"),
            ("224900018", "departement", "49", "49", "Maine-et-Loire"),
            ("223500018", "departement", "35", "35", "Ille-et-Vilaine"),
            (REGION_52, "region", "52", "44 49", "Pays de la Loire"), ("233500016", "region", "53", "35", "Bretagne")))
        create_tables(connection)
        connection.executemany("INSERT INTO harvest_runs (run_id, started_at, ended_at, status, settings)"
                               " VALUES (?, ?, ?, ?, ?)",
                               [(run, started, started, status, json.dumps({})) for run, started, status in RUNS])
        connection.executemany(
            "INSERT INTO harvests (run_id, siren, platform, datasets, federated, status, harvested_at, host)"
            " VALUES (?, ?, ?, ?, 0, ?, '2025-01-01T10:00:00+00:00', ?)", HARVESTS)
        insert_datasets(connection, DATASETS)
        mark_listed(connection)
    finally:
        connection.close()
    return str(path)
