"""The indicator tables as JSON, a CSV for scripts, or a CSV for spreadsheets, for the command line and Processing.

JSON and the spreadsheet CSV also hold the population covered (indicators/coverage.py) of the scope
and of the territories inside it; the scripts' CSV keeps its columns as they were.
"""
from pathlib import Path
from typing import Optional

from ..common import i18n, output_paths, table_text
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import normalise_code
from ..common.settings import DEFAULT_THRESHOLD
from ..publications.publication_measures import PublicationIndex
from ..store import db
from . import coverage
from .indicator_tables import TABLES, compute_indicators, load_snapshot
from .publication_tables import CSV_FIELDS as PUBLICATION_FIELDS
from .publication_tables import PUBLICATION_TABLES, publication_tables
from .spreadsheet_csv import spreadsheet_text

FORMATS = ("json", "csv", "excel")
# One CSV for all tables: a `table` column, then the union of the tables' fields (empty when unused).
CSV_FIELDS = ("table", "category", "region", "type", "class", "bucket", "host", "kind", "technology",
              "engaged", "actors", "total", "rate", "platforms", "datasets", "unknown", "code", "name", "departement",
              *PUBLICATION_FIELDS)


def as_text(tables: dict, fmt: str) -> str:
    rows = ({"table": name, **row} for name in TABLES + PUBLICATION_TABLES for row in tables.get(name, ()))
    return table_text.as_text(tables, fmt, CSV_FIELDS, rows)


def indicators_text(store, fmt: str, region: Optional[str] = None, departement: Optional[str] = None,
                    threshold: int = DEFAULT_THRESHOLD, language: Optional[str] = None) -> str:
    if fmt not in FORMATS:
        raise InputError(tr("Unknown format {fmt}: use json, csv or excel").format(fmt=fmt))
    snapshot = load_snapshot(store, threshold)
    tables = compute_indicators(snapshot, region, departement)
    region, departement = normalise_code("region", region or "") or None, \
        normalise_code("departement", departement or "") or None
    level, code = ("departement", departement) if departement else ("region", region) if region else ("france", None)
    connection = db.open_store(store).connect()
    try:
        tables.update(publication_tables(PublicationIndex(connection, snapshot, threshold), level, code))
        if fmt == "csv":
            return as_text(tables, fmt)
        found = coverage.compute(snapshot, coverage.commune_epci(connection))
        names = {(level, row[0]): row[1] for level, table in (("region", "regions"), ("departement", "departements"),
                                                               ("epci", "epci"))
                 for row in connection.execute(f"SELECT code, name FROM {table}")}
    finally:
        connection.close()
    inside = coverage.sub_level(level)
    if inside == "region":
        members = snapshot.regions
    elif inside == "departement":
        members = sorted(dep for dep, home in snapshot.dep_region.items() if home == code)
    else:
        members = sorted(row[0] for row in snapshot.in_scope("epci", departement=code))
    tables["population_coverage"] = coverage.population_table(found, level, code,
                                                              [(inside, member) for member in members])
    if fmt == "json":
        return as_text(tables, fmt)
    return spreadsheet_text(tables, language or i18n.language(), names)


def write_indicators(store, out, fmt: str, region: Optional[str] = None, departement: Optional[str] = None,
                     threshold: int = DEFAULT_THRESHOLD) -> Path:
    out = output_paths.check_output(out)
    return output_paths.write_text(out, indicators_text(store, fmt, region, departement, threshold))
