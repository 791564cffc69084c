"""A harvest report an officer can check: per actor and platform the filter used and the count, per host the
portal's total beside what its actors are credited with."""
import csv
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional

from ..common.errors import InputError
from ..common.i18n import tr
from ..store import db
from .results import FINISHED, OK, shown_results

COLUMNS = ("siren", "name", "platform", "host", "filter", "attribution", "status", "datasets", "shown_datasets",
           "error", "run_id", "harvested_at", "portal_total", "host_credited", "host_actors")
DATAGOUV = "datagouv"


def _columns(connection, table: str) -> set:
    return set(db.table_columns(connection, table))


def report_rows(connection) -> List[dict]:
    """Per actor, its platforms as the latest complete run that asked it saw them; `shown_datasets` is the
    count the maps and indicators use (an earlier count when this attempt failed)."""
    if not (db.table_exists(connection, "harvests") and db.table_exists(connection, "harvest_runs")):
        return []
    shown = shown_results(connection)
    present = _columns(connection, "harvests")
    extra = ", ".join(f"h.{name}" if name in present else f"NULL AS {name}" for name in ("host", "filter",
                                                                                           "attribution"))
    names = "(SELECT a.name FROM actors a WHERE a.siren = h.siren)" if db.table_exists(connection, "actors") \
        else "NULL"
    cursor = connection.execute(
        f"SELECT h.siren, {names} AS name, h.platform, {extra}, h.status, h.datasets, h.error, h.run_id,"
        " h.harvested_at FROM harvests h JOIN harvest_runs r ON r.run_id = h.run_id WHERE r.status = ?"
        " ORDER BY h.run_id, h.fid", (FINISHED,))
    columns = [c[0] for c in cursor.description]
    latest: Dict[tuple, dict] = {}
    for values in cursor:
        row = dict(zip(columns, values))
        latest[(row["siren"], row["platform"])] = row
    rows = []
    for siren, platforms in sorted(shown.items()):
        for platform, (status, datasets, _federated) in platforms.items():
            row = dict(latest[(siren, platform)])
            row["shown_datasets"] = datasets if status == OK else None
            rows.append(row)
    _host_columns(connection, rows)
    return rows


def _host_columns(connection, rows: List[dict]) -> None:
    totals: Dict[str, Optional[int]] = {}
    if db.table_exists(connection, "harvest_hosts"):
        for host, datasets in connection.execute(
                "SELECT h.host, h.datasets FROM harvest_hosts h JOIN harvest_runs r ON r.run_id = h.run_id"
                " WHERE r.status = ? AND h.status = ? ORDER BY h.run_id, h.fid", (FINISHED, OK)):
            totals[host] = datasets
    credited: Dict[str, int] = defaultdict(int)
    actors: Dict[str, set] = defaultdict(set)
    for row in rows:
        if row["platform"] == DATAGOUV or not row["host"]:
            continue
        actors[row["host"]].add(row["siren"])
        credited[row["host"]] += row["shown_datasets"] or 0
    for row in rows:
        host = row["host"]
        if row["platform"] == DATAGOUV or not host:
            row.update(portal_total=None, host_credited=None, host_actors=None)
            continue
        total = totals.get(host)
        if total is None and len(actors[host]) == 1 and not row["filter"]:
            total = row["shown_datasets"]  # alone and unfiltered: credited with the whole portal
        row.update(portal_total=total, host_credited=credited[host], host_actors=len(actors[host]))


def write_report(store, out) -> int:
    """Write the report as CSV; returns the number of rows."""
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(tr("Output folder does not exist: {path}").format(path=out.parent))
    connection = db.open_store(store).connect()
    try:
        rows = report_rows(connection)
    finally:
        connection.close()
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: "" if row.get(key) is None else row.get(key) for key in COLUMNS})
    return len(rows)
