"""Refreshing what the maps read from the store after an import or a harvest, in one call.

Call refresh_maps(store) after registry.engagement.refresh_engagement (import, actor edits, harvest):
it writes the actor counts of départements and régions, the population measures of every territory,
the actors' points, the footprints (with the platform-groups file the store last used) and keeps the
generalised communes in step.
"""
from dataclasses import dataclass, field
from typing import List, Optional

from ..common.i18n import tr
from ..common.progress import Feedback, Steps
from ..footprints.mutualisation import Footprint
from ..footprints.qgis_footprints import write_footprints
from ..registry import engagement
from ..registry.resolution import OVERSEAS
from ..store import db
from ..store.store_lock import writing
from . import actor_counts as map_fields
from .measure_fields import write_measure_fields
from .qgis_actor_points import write_actor_points
from .qgis_generalise import has_generalised, refresh_view, write_generalised_communes


@dataclass
class MapSummary:
    points: int = 0
    unplaced: int = 0
    overseas: int = 0  # of the unplaced: actors of the overseas collectivities (COM), outside every map
    footprints: List[Footprint] = field(default_factory=list)

    def lines(self) -> List[str]:
        lines = [
            tr("Actors on the map: {n} ({missing} without a territory are not drawn)").format(
                n=self.points, missing=self.unplaced)]
        if self.overseas:
            lines.append(tr("  of which overseas (COM, outside the maps; counted in the tables' \"outre-mer (COM)\" "
                            "row): {n}").format(n=self.overseas))
        return lines + [
            tr("Mutualised platforms: {n}").format(n=len(self.footprints)),
        ]


def refresh_maps(store: str, feedback: Optional[Feedback] = None, platform_groups: Optional[str] = None) -> MapSummary:
    """All of it in one transaction (the caller's, when it has one): readers see the old maps or the new."""
    with writing(store, "refresh-maps", atomic=True):
        return _refresh(store, feedback or Feedback(), platform_groups)


def _refresh(store: str, feedback: Feedback, platform_groups: Optional[str]) -> MapSummary:
    steps = Steps(feedback, {"counts": 1, "generalise": 3, "points": 2, "footprints": 3})
    store_db = db.open_store(store)
    summary = MapSummary()
    if not store_db.has_table("communes"):
        return summary  # a registry-only store (harvest on a server) has no maps to refresh
    steps.start("counts", tr("Counting actors per département and région"))
    with store_db.transaction() as connection:
        snapshot = map_fields.refresh_actor_counts(connection, engagement.load(connection))
        write_measure_fields(connection, snapshot)
        generalised = has_generalised(connection)
        if generalised:
            refresh_view(connection)  # picks up the columns an import added to communes
    steps.start("generalise", tr("Generalising communes for small scales"))
    if not generalised:
        write_generalised_communes(store)
    steps.start("points", tr("Placing the actors"))
    summary.points, summary.unplaced = write_actor_points(store, snapshot)
    summary.overseas = sum(1 for actor in snapshot.actors if actor.territory_level == OVERSEAS)
    if snapshot.actors:
        steps.start("footprints", tr("Mutualisation footprints"))
        summary.footprints = write_footprints(store, platform_groups)
    steps.finish()
    return summary
