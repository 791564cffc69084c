"""Reading harvest results: the counts every map, panel, indicator and layout shows come from here.

Only complete runs count: a run that was cancelled, killed or learnt nothing (status other than
"finished") changes no figure until `--resume` completes it. Within complete runs:
- an actor's platforms are those of the latest complete run that asked it (a platform dropped from its
  registry entry is no longer summed);
- each platform shows its latest answer that is a count (`ok`) or a definite "not this actor's"
  (`no_match`, `shared_unattributed`, `overlap`, `no_platform`, `no_identifier`); a transient
  failure (timeout, HTTP error...) leaves the last count displayed;
- an actor with no count on any platform is unknown (None), never 0.
"""
from collections import defaultdict
from typing import Dict, List, Optional, Tuple

from ..store import db

OK = "ok"
FINISHED = "finished"
# Answers that replace an earlier count: the portal answered, and the datasets are not (or not only) this actor's.
DEFINITIVE = frozenset({"no_match", "shared_unattributed", "overlap", "no_platform", "no_identifier"})


def _has_harvests(connection) -> bool:
    return db.table_exists(connection, "harvests") and db.table_exists(connection, "harvest_runs")


def _complete_rows(connection, up_to_run: Optional[int] = None) -> List[tuple]:
    """(siren, platform, run_id, status, datasets, federated) of complete runs, oldest first."""
    sql = ("SELECT h.siren, h.platform, h.run_id, h.status, h.datasets, h.federated FROM harvests h"
           " JOIN harvest_runs r ON r.run_id = h.run_id WHERE r.status = ?")
    params: list = [FINISHED]
    if up_to_run is not None:
        sql += " AND h.run_id <= ?"
        params.append(up_to_run)
    return [tuple(row) for row in connection.execute(sql + " ORDER BY h.run_id, h.fid", params)]


def shown_results(connection, up_to_run: Optional[int] = None) -> Dict[str, Dict[str, tuple]]:
    """{siren: {platform: (status, datasets, federated)}}: the answer each figure comes from."""
    if not _has_harvests(connection):
        return {}
    last_run: Dict[str, int] = {}
    latest: Dict[Tuple[str, str], tuple] = {}
    fallback: Dict[Tuple[str, str], tuple] = {}
    for siren, platform, run_id, status, datasets, federated in _complete_rows(connection, up_to_run):
        last_run[siren] = run_id
        fallback[(siren, platform)] = (status, None, None)
        if status == OK and datasets is not None:
            latest[(siren, platform)] = (OK, datasets, federated)
        elif status in DEFINITIVE:
            latest[(siren, platform)] = (status, None, None)
    platforms: Dict[str, set] = defaultdict(set)
    for siren, platform, run_id, *_ in _complete_rows(connection, up_to_run):
        if run_id == last_run[siren]:
            platforms[siren].add(platform)
    return {siren: {platform: latest.get((siren, platform), fallback[(siren, platform)])
                    for platform in sorted(names)} for siren, names in platforms.items()}


def latest_counts(connection, up_to_run: Optional[int] = None) -> Dict[str, Tuple[Optional[int], str]]:
    """{siren: (datasets, 'ok')} over the platforms counted (actor_datasets), or (None, status) when none was."""
    counts: Dict[str, Tuple[Optional[int], str]] = {}
    for siren, platforms in shown_results(connection, up_to_run).items():
        counted = [(datasets, federated) for status, datasets, federated in platforms.values() if status == OK]
        if not counted:
            statuses = [status for status, _, _ in platforms.values()]
            counts[siren] = (None, statuses[0] if len(set(statuses)) == 1 else "failed")
            continue
        counts[siren] = (actor_datasets(counted), OK)
    return counts


def actor_datasets(counted: List[Tuple[int, Optional[int]]]) -> Optional[int]:
    """Datasets of an actor from its counted platforms' (datasets, federated), None when none was counted.

    Datasets data.gouv.fr reports as harvested from the actor's own portal (`federated`) are
    subtracted when that actor also has another platform counted, so none is counted twice.
    """
    if not counted:
        return None
    total = sum(datasets for datasets, _ in counted)
    federated = sum(fed or 0 for _, fed in counted) if len(counted) > 1 else 0
    return max(total - federated, 0)


def platform_counts(connection, up_to_run: Optional[int] = None) -> Dict[str, Dict[str, Tuple[int, int]]]:
    """{siren: {platform: (datasets, federated)}} of the platforms counted, as they are on each platform."""
    return {siren: {platform: (datasets, federated or 0) for platform, (status, datasets, federated)
                    in platforms.items() if status == OK}
            for siren, platforms in shown_results(connection, up_to_run).items()}


def counted_run(connection) -> Optional[dict]:
    """The latest complete run: its id and dates ({run_id, started_at, ended_at}), None before any."""
    if not _has_harvests(connection):
        return None
    row = connection.execute(
        "SELECT run_id, started_at, ended_at FROM harvest_runs WHERE status = ? ORDER BY run_id DESC LIMIT 1",
        (FINISHED,)).fetchone()
    return None if row is None else {"run_id": row[0], "started_at": row[1], "ended_at": row[2] or row[1]}


def figures_run(store) -> Optional[dict]:
    """The run the dataset figures of a store come from (for the panel and the layouts), or None."""
    connection = db.open_store(store).connect()
    try:
        return counted_run(connection)
    finally:
        connection.close()


def current_results(connection) -> List[dict]:
    """One row per actor and platform: the latest attempt of any run, and the count shown."""
    if not _has_harvests(connection):
        return []
    has_actors = db.table_exists(connection, "actors")
    name = "(SELECT name FROM actors a WHERE a.siren = last.siren)" if has_actors else "NULL"
    sql = f"""
        SELECT last.siren, {name} AS name, last.platform, last.url, last.status, last.http_status,
               last.error, last.harvested_at, last.run_id
        FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY siren, platform ORDER BY harvested_at DESC, fid DESC)
              AS rank FROM harvests h) last
        WHERE last.rank = 1 ORDER BY last.siren, last.platform
    """
    cursor = connection.execute(sql)
    columns = [c[0] for c in cursor.description]
    shown = shown_results(connection)
    rows = []
    for values in cursor:
        row = dict(zip(columns, values))
        status, datasets, federated = shown.get(row["siren"], {}).get(row["platform"], (None, None, None))
        row.update(datasets=datasets if status == OK else None, federated=federated if status == OK else None)
        rows.append(row)
    return rows
