"""DDL of the store's attribute tables that several modules share."""


def columns_ddl(*columns: str) -> str:
    """Column definitions as the body of a CREATE TABLE, one a line."""
    return "".join(f"\n    {column}," for column in columns)[:-1] + "\n"


def column_names(columns) -> tuple:
    return tuple(column.split()[0] for column in columns)


# What the registry says of an actor besides its SIREN, as cleaned by the import (technologies, URL).
REGISTRY_COLUMNS = ("name TEXT NOT NULL", "url_platform TEXT", "host TEXT", "id_datagouv TEXT", "techno_platform TEXT")
# The actor identified against the territory layers (registry/resolution.py Resolution.columns()).
IDENTIFICATION_COLUMNS = ("category TEXT", "epci_kind TEXT", "territory_level TEXT", "territory_code TEXT",
                          "departement TEXT", "region TEXT", "resolution TEXT", "reason TEXT")
# The registry of actors: one row per SIREN.
ACTORS = columns_ddl("siren TEXT PRIMARY KEY", *REGISTRY_COLUMNS, *IDENTIFICATION_COLUMNS,
                     "source TEXT", "source_line INTEGER", "updated_at TEXT")

# One row per harvest run (a snapshot): never overwritten, so two dates can be compared.
# `pid` and `hostname` name the process running it, so that a run whose process died is closed later.
HARVEST_RUNS = """
    run_id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL,
    settings TEXT,
    pid INTEGER,
    hostname TEXT
"""

# One row per run, actor and platform; `datasets` is NULL when the count is unknown; `listed` is the number
# of dataset records the pair's listing wrote into `datasets`, NULL when it was not listed (or failed).
HARVESTS = """
    fid INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    siren TEXT NOT NULL,
    platform TEXT NOT NULL,
    url TEXT,
    datasets INTEGER,
    federated INTEGER,
    status TEXT NOT NULL,
    http_status INTEGER,
    error TEXT,
    duration REAL,
    harvested_at TEXT NOT NULL,
    host TEXT,
    filter TEXT,
    attribution TEXT,
    listed INTEGER,
    UNIQUE (run_id, siren, platform)
"""
# Columns added to `harvests` after its first release: older stores get them when a harvest runs.
HARVESTS_ADDED = (("host", "TEXT"), ("filter", "TEXT"), ("attribution", "TEXT"), ("listed", "INTEGER"))

# One row per run and shared (or filtered) portal host: the portal's own dataset total.
HARVEST_HOSTS = """
    fid INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    host TEXT NOT NULL,
    platform TEXT NOT NULL,
    datasets INTEGER,
    status TEXT NOT NULL,
    error TEXT,
    harvested_at TEXT NOT NULL,
    UNIQUE (run_id, host)
"""

# One row per run, actor, platform and dataset, when the harvest lists datasets (`harvest --datasets`, and
# always on the data.gouv.fr catalogue path). Columns from `title` to `publisher`, and
# `resource_url`, are publications/dataset_record.RECORD_COLUMNS; lists are JSON arrays; unknown values are NULL or "".
# `detected_schema` is the SCDL schema the field names match when none is declared (publications/scdl.py);
# `validation` is what the validation service said of `resource_url` (valid, invalid, unavailable; NULL = not
# checked: harvest --validate-schemas, harvest/schema_checks.py).
DATASETS = """
    fid INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    siren TEXT NOT NULL,
    platform TEXT NOT NULL,
    dataset_id TEXT NOT NULL,
    title TEXT,
    url TEXT,
    themes TEXT,
    keywords TEXT,
    formats TEXT,
    licence TEXT,
    created TEXT,
    modified TEXT,
    schema_name TEXT,
    schema_version TEXT,
    fields TEXT,
    downloads INTEGER,
    api_calls INTEGER,
    views INTEGER,
    quality REAL,
    origin TEXT,
    publisher TEXT,
    detected_schema TEXT,
    resource_url TEXT,
    validation TEXT,
    UNIQUE (run_id, siren, platform, dataset_id)
"""
# Columns added to `datasets` after its first release: ensure_table adds those a store lacks.
DATASETS_ADDED = (("resource_url", "TEXT"), ("validation", "TEXT"))
