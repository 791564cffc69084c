"""Reading harvest results: the counts other modules show, whatever run is under way."""
from typing import Dict, List, Optional, Tuple

from ..store import db

# Per (siren, platform), the latest row with a given filter: by time, then by insertion.
_LATEST = """
    SELECT * FROM (
        SELECT h.*, ROW_NUMBER() OVER (PARTITION BY siren, platform
                                       ORDER BY harvested_at DESC, fid DESC) AS rank
        FROM harvests h {where}
    ) ranked WHERE rank = 1
"""


def _has_harvests(connection) -> bool:
    return db.table_exists(connection, "harvests")


def latest_counts(connection) -> Dict[str, Tuple[Optional[int], str]]:
    """{siren: (datasets, 'ok')} summed over the latest successful result of each platform,
    or (None, 'failed') when no platform of the actor ever answered.

    Datasets data.gouv.fr reports as harvested from the actor's own portal (`federated`) are
    subtracted when that actor also has another platform counted, so none is counted twice.
    """
    if not _has_harvests(connection):
        return {}
    totals: Dict[str, list] = {}
    for siren, platform, datasets, federated in connection.execute(
            "SELECT siren, platform, datasets, federated FROM (" + _LATEST.format(
                where="WHERE status = 'ok' AND datasets IS NOT NULL") + ") latest"):
        entry = totals.setdefault(siren, [0, 0, 0])  # datasets, federated, platforms counted
        entry[0] += datasets
        entry[1] += federated or 0
        entry[2] += 1
    counts: Dict[str, Tuple[Optional[int], str]] = {}
    for (siren,) in connection.execute("SELECT DISTINCT siren FROM harvests"):
        entry = totals.get(siren)
        if entry is None:
            counts[siren] = (None, "failed")
        else:
            federated = entry[1] if entry[2] > 1 else 0
            counts[siren] = (max(entry[0] - federated, 0), "ok")
    return counts


def current_results(connection) -> List[dict]:
    """One row per actor and platform: the latest attempt, and the latest successful count."""
    if not _has_harvests(connection):
        return []
    has_actors = db.table_exists(connection, "actors")
    name = "(SELECT name FROM actors a WHERE a.siren = last.siren)" if has_actors else "NULL"
    sql = f"""
        SELECT last.siren, {name} AS name, last.platform, last.url, last.status, last.http_status,
               last.error, last.harvested_at, last.run_id,
               good.datasets AS datasets, good.federated AS federated, good.harvested_at AS counted_at
        FROM ({_LATEST.format(where="")}) last
        LEFT JOIN ({_LATEST.format(where="WHERE status = 'ok'")}) good
               ON good.siren = last.siren AND good.platform = last.platform
        ORDER BY last.siren, last.platform
    """
    cursor = connection.execute(sql)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]
