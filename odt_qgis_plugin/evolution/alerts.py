"""Alerts after a harvest, for an officer to check before publishing.

Two kinds, read from the complete runs (evolution/run_states.py):
- `zero`: an actor with datasets at the previous complete run and none at the latest;
- `not_answering`: one of its platforms answered in some complete run, then failed on the last two
  complete runs that asked it (its last good count is still the one shown).
"""
from dataclasses import asdict, dataclass
from typing import Dict, List, Optional

from ..common.i18n import tr
from ..common.numbers import number
from ..store import db
from .run_states import RunHistory, load_run_history

ZERO, NOT_ANSWERING = "zero", "not_answering"


@dataclass
class Alert:
    kind: str
    siren: str
    name: str
    before: Optional[int] = None  # zero: the count at the previous run
    platform: str = ""  # not_answering: the platform and its last status
    status: str = ""
    run_before: Optional[int] = None
    run_after: Optional[int] = None

    def as_dict(self) -> dict:
        return asdict(self)


def find_alerts(runs: RunHistory, names: Dict[str, str]) -> List[Alert]:
    if len(runs.states) < 2:
        return []
    before, after = runs.states[-2], runs.states[-1]
    alerts = [Alert(ZERO, siren, names.get(siren, siren), before=before.counts[siren], run_before=before.run_id,
                    run_after=after.run_id)
              for siren in sorted(after.counts)
              if after.counts[siren] == 0 and (before.counts.get(siren) or 0) > 0]
    alerts += [Alert(NOT_ANSWERING, siren, names.get(siren, siren), platform=platform, status=status,
                     run_before=before.run_id, run_after=after.run_id)
               for siren, platform, status in runs.not_answering()]
    return alerts


def harvest_alerts(store_path) -> List[Alert]:
    """The alerts after the store's latest complete run (none before two complete runs)."""
    connection = db.open_store(store_path).connect()
    try:
        runs = load_run_history(connection)
        names = {}
        if db.table_exists(connection, "actors"):
            names = {row[0]: row[1] for row in connection.execute("SELECT siren, name FROM actors")}
    finally:
        connection.close()
    return find_alerts(runs, names)


def alert_text(alert: Alert) -> str:
    if alert.kind == ZERO:
        return tr("{siren} {name}: datasets {before} → 0 (runs {run_before} → {run_after})").format(
            siren=alert.siren, name=alert.name, before=number(alert.before), run_before=alert.run_before,
            run_after=alert.run_after)
    return tr("{siren} {name}: {platform} has not answered on the last two complete runs ({status})").format(
        siren=alert.siren, name=alert.name, platform=alert.platform, status=alert.status)


def alert_lines(alerts: List[Alert]) -> List[str]:
    """The lines the harvest summary adds: nothing when there is no alert."""
    if not alerts:
        return []
    lines = [tr("To check before publishing, actors whose count fell to zero or whose platform stopped "
                "answering: {n}").format(n=len({alert.siren for alert in alerts}))]
    return lines + ["  " + alert_text(alert) for alert in alerts]
