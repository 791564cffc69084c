"""Actor counts written on the département and région layers, for the maps' alternative styles.

Materialised in the store (not QGIS joins, slow and lost outside the project): refreshed with the
other map layers after an import or a harvest (maps/qgis_refresh.py).
"""
import sqlite3
from typing import Optional

from ..registry import engagement
from ..store import db

COLUMNS = (("actors_engaged", "INTEGER"), ("actors_datasets", "INTEGER"))


def refresh_actor_counts(connection: sqlite3.Connection,
                         snapshot: Optional[engagement.Snapshot] = None) -> engagement.Snapshot:
    """Engaged actors of every category located in each département and région, and their datasets
    (NULL until a harvest gave a count). A région's own collectivity counts in the région only."""
    snapshot = snapshot or engagement.load(connection)
    for layer, kind in (("departements", "dep"), ("regions", "reg")):
        db.add_missing_columns(connection, layer, COLUMNS)
        rows = []
        for (code,) in connection.execute(f"SELECT code FROM {db.quote_identifier(layer)}").fetchall():
            actors = snapshot.in_scope("actors", region=code if kind == "reg" else None,
                                       departement=code if kind == "dep" else None)
            engaged = [actor for actor in actors if actor.engaged == 1]
            counted = [actor.datasets for actor in actors if actor.datasets is not None]
            rows.append((len(engaged), sum(counted) if snapshot.harvested else None, code))
        connection.executemany(
            f"UPDATE {db.quote_identifier(layer)} SET actors_engaged = ?, actors_datasets = ? WHERE code = ?", rows)
    return snapshot
