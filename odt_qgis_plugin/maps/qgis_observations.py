"""Changing the observed data (a registry import, a harvest) and refreshing what the maps read, as one step.

The command line, Processing and the desktop all call these, so that no shell can forget the maps.
"""
from dataclasses import dataclass
from typing import List, Optional

from ..common.i18n import tr
from ..common.progress import Feedback, Steps
from ..common.settings import DEFAULT_THRESHOLD
from ..evolution.alerts import alert_lines, harvest_alerts
from ..evolution.editions import import_edition
from ..harvest.engine import HarvestSettings, run_harvest
from ..registry.actors import import_registry
from ..store.store_lock import writing
from .qgis_refresh import refresh_maps


@dataclass
class Outcome:
    report: object  # ImportReport or HarvestSummary
    maps: object  # MapSummary

    def lines(self) -> List[str]:
        return list(self.report.lines()) + list(self.maps.lines())


def import_actors(store: str, csv_path: str, feedback: Optional[Feedback] = None,
                  threshold: int = DEFAULT_THRESHOLD, edition: Optional[str] = None) -> Outcome:
    """Import a registry; with `edition` (YYYY-MM-DD), also keep it as that dated edition (evolution/editions.py)."""
    steps = Steps(feedback or Feedback(), {"import": 3, "maps": 2})
    # One transaction for both: the maps never lag behind the registry, and a failure keeps neither.
    with writing(store, "import-actors", atomic=True):
        steps.start("import", tr("Importing the registry of actors"))
        if edition is not None:
            report = import_edition(store, csv_path, edition, steps.share(), threshold=threshold)
        else:
            report = import_registry(store, csv_path, steps.share(), threshold=threshold)
        steps.start("maps", tr("Refreshing the maps"))
        maps = refresh_maps(store, steps.share())
    steps.finish()
    return Outcome(report, maps)


def harvest(store: str, settings: HarvestSettings, transport=None, feedback: Optional[Feedback] = None,
            config: Optional[dict] = None) -> Outcome:
    steps = Steps(feedback or Feedback(), {"harvest": 9, "maps": 1})
    # Each result is committed as it comes (a killed harvest keeps them); the lock spans the maps too.
    with writing(store, "harvest"):
        steps.start("harvest", tr("Harvesting the actors' platforms"))
        summary = run_harvest(store, settings, transport=transport, feedback=steps.share(), config=config)
        summary.alerts = alert_lines(harvest_alerts(store))
        steps.start("maps", tr("Refreshing the maps"))
        maps = refresh_maps(store, steps.share())
    steps.finish()
    return Outcome(summary, maps)


@dataclass
class ActorChange:
    lines_: List[str]

    def lines(self) -> List[str]:
        return self.lines_


def change_actor(store: str, action: str, siren: str, fields: Optional[dict] = None,
                 feedback: Optional[Feedback] = None, threshold: int = DEFAULT_THRESHOLD) -> Outcome:
    """Add, edit or remove one actor by hand ("add", "edit", "remove"), then refresh the maps."""
    fields = {key: value for key, value in (fields or {}).items() if value is not None}
    with writing(store, "actor", atomic=True):
        said = _change(store, action, siren, fields, threshold)
        maps = refresh_maps(store, feedback)
    return Outcome(ActorChange([said]), maps)


def _change(store: str, action: str, siren: str, fields: dict, threshold: int) -> str:
    from ..registry import actors

    if action == "add":
        record = actors.add_actor(store, dict(fields, siren=siren), threshold)
        said = tr("Actor added: {siren} {name} ({category})").format(**record)
    elif action == "edit":
        record = actors.edit_actor(store, siren, fields, threshold)
        said = tr("Actor updated: {siren} {name} ({category})").format(**record)
    elif action == "remove":
        actors.remove_actor(store, siren, threshold)
        said = tr("Actor removed: {siren}").format(siren=siren)
    else:
        raise ValueError(action)
    return said
