"""Change per territory between two states of engagement: two harvest runs, or a run and the registry.

A state is the observed snapshot with each actor's status as the figures stood once a complete harvest
run had finished (harvest/results.py: datasets found > 0 means engaged; no count means unknown) or, for
the registry's edition (run None), every actor engaged, as the registry was built. Cancelled, killed
or failed runs are not states: they changed no figure. The territory lists are shared, never copied.
"""
import sqlite3
from dataclasses import replace
from typing import Dict, List, Optional

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.settings import DEFAULT_THRESHOLD
from ..harvest.results import FINISHED, latest_counts
from ..registry.engagement import Link, Snapshot, load, rate, scope_counts
from ..store import db

REGISTRY = None  # the run id standing for the registry's edition


def runs(connection: sqlite3.Connection) -> List[dict]:
    """Complete harvest runs that produced results, oldest first."""
    if not db.table_exists(connection, "harvest_runs"):
        return []
    rows = connection.execute(
        "SELECT r.run_id, r.started_at, r.status FROM harvest_runs r WHERE r.status = ?"
        " AND EXISTS (SELECT 1 FROM harvests h WHERE h.run_id = r.run_id) ORDER BY r.run_id", (FINISHED,))
    return [{"run_id": row[0], "started_at": row[1], "status": row[2]} for row in rows]


def _run_counts(connection: sqlite3.Connection, run_id: int) -> Dict[str, Optional[int]]:
    if run_id not in {run["run_id"] for run in runs(connection)}:
        return {}
    return {siren: datasets for siren, (datasets, _status) in latest_counts(connection, run_id).items()}


def state(connection: sqlite3.Connection, snapshot: Snapshot, run_id: Optional[int]) -> Snapshot:
    """The snapshot as it was at `run_id` (REGISTRY: the registry's edition)."""
    counts = None if run_id is REGISTRY else _run_counts(connection, run_id)
    if counts is not None and not counts:
        raise InputError(tr("No complete harvest run {run}").format(run=run_id))
    by_siren = {}
    actors = []
    for actor in snapshot.actors:
        if counts is None:
            new = replace(actor, engaged=1, datasets=None)
        else:
            datasets = counts.get(actor.siren)
            new = replace(actor, engaged=None if datasets is None else int(datasets > 0), datasets=datasets)
        by_siren[id(actor)] = new
        actors.append(new)
    links = {key: Link(by_siren[id(link.actor)].engaged, by_siren[id(link.actor)])
             for key, link in snapshot.links.items()}
    return Snapshot(counts is not None, snapshot.threshold, snapshot.regions, snapshot.dep_region, actors,
                    snapshot.communes, snapshot.epci, snapshot.collectivities, links, no_boundary=snapshot.no_boundary)


def compare_states(before: Snapshot, after: Snapshot, level: str = "region") -> List[dict]:
    """One row per région (or département): engaged collectivities and rate in both states, and the change."""
    if level not in ("region", "departement"):
        raise InputError(tr("Compare by région or by département"))
    codes = before.regions if level == "region" else sorted(before.dep_region)
    rows = []
    for code in codes:
        scope = {level: code}
        old = scope_counts(before, **scope)["all"]
        new = scope_counts(after, **scope)["all"]
        old_rate, new_rate = rate(*old), rate(*new)
        rows.append({level: code, "total": new[1], "engaged_before": old[0], "engaged_after": new[0],
                     "rate_before": old_rate, "rate_after": new_rate,
                     "change": None if old_rate is None or new_rate is None else new_rate - old_rate})
    return rows


def compare_runs(store, before: Optional[int], after: Optional[int], level: str = "region",
                 threshold: int = DEFAULT_THRESHOLD) -> List[dict]:
    """Rows of compare_states between two runs of the store (REGISTRY for the registry's edition)."""
    with db.open_store(store).reading() as connection:  # one state, even while a harvest writes
        snapshot = load(connection, threshold)
        return compare_states(state(connection, snapshot, before), state(connection, snapshot, after), level)


def list_runs(store) -> List[dict]:
    connection = db.open_store(store).connect()
    try:
        return runs(connection)
    finally:
        connection.close()
