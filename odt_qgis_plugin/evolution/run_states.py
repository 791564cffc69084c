"""What the observatory knew after each complete harvest run: every actor's count, every platform's answers.

Only complete runs are points: harvest/engine.py closes a run `finished` when it ran to its end;
a cancelled run (or one still running, or killed) changes nothing here. After a complete run, an
actor's count is the sum over its platforms of their latest successful count in a complete run (a
platform that failed this time keeps its last good count, as the maps show it; datasets data.gouv.fr
federates from the actor's own portal are counted once, as in harvest/results.py); an actor none of
whose platforms ever answered is unknown (None), never 0. A run limited to some actors (`--actors`,
`--only-stale`) leaves the others as the previous run had them.
"""
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from ..harvest.results import actor_datasets
from ..store import db

COMPLETE = ("finished",)
OK = "ok"
Pair = Tuple[str, str]  # (siren, platform)


@dataclass
class RunState:
    run_id: int
    date: str  # YYYY-MM-DD, when the run ended
    counts: Dict[str, Optional[int]]  # every actor the run knew: datasets, None when unknown


@dataclass
class RunHistory:
    states: List[RunState] = field(default_factory=list)
    platforms: Dict[str, Tuple[str, ...]] = field(default_factory=dict)  # the platforms last asked per actor
    failures: Dict[Pair, int] = field(default_factory=dict)  # consecutive complete runs without an answer
    last_status: Dict[Pair, str] = field(default_factory=dict)
    answered: Set[Pair] = field(default_factory=set)  # pairs that gave a count in some complete run

    def not_answering(self, runs: int = 2) -> List[Tuple[str, str, str]]:
        """(siren, platform, status) of the platforms that answered once and then failed on the last
        `runs` complete runs that asked them, for actors still in the registry of the latest run."""
        if not self.states:
            return []
        members = self.states[-1].counts
        return sorted((siren, platform, self.last_status.get((siren, platform), ""))
                      for (siren, platform), failed in self.failures.items()
                      if failed >= runs and (siren, platform) in self.answered and siren in members
                      and platform in self.platforms.get(siren, ()))


def complete_runs(connection) -> List[dict]:
    """run_id, date and settings of the complete runs, oldest first."""
    if not db.table_exists(connection, "harvest_runs"):
        return []
    marks = ", ".join("?" for _ in COMPLETE)
    rows = connection.execute(
        f"SELECT run_id, COALESCE(ended_at, started_at), settings FROM harvest_runs WHERE status IN ({marks})"
        " ORDER BY run_id", COMPLETE).fetchall()
    return [{"run_id": row[0], "date": (row[1] or "")[:10], "partial": _partial(row[2])} for row in rows]


def _partial(settings: Optional[str]) -> bool:
    try:
        recorded = json.loads(settings or "{}")
    except ValueError:
        return False
    return bool(isinstance(recorded, dict) and (recorded.get("actors") or recorded.get("only_stale") is not None))


def load_run_history(connection) -> RunHistory:
    history = RunHistory()
    runs = complete_runs(connection)
    if not runs:
        return history
    rows_of: Dict[int, list] = defaultdict(list)
    marks = ", ".join("?" for _ in COMPLETE)
    for row in connection.execute(
            "SELECT h.run_id, h.siren, h.platform, h.datasets, h.federated, h.status FROM harvests h"
            f" JOIN harvest_runs r ON r.run_id = h.run_id WHERE r.status IN ({marks}) ORDER BY h.run_id, h.fid",
            COMPLETE):
        rows_of[row[0]].append(tuple(row[1:]))
    good: Dict[Pair, Tuple[int, Optional[int]]] = {}
    members: Set[str] = set()
    for run in runs:
        asked: Dict[str, List[str]] = defaultdict(list)
        for siren, platform, datasets, federated, status in rows_of.get(run["run_id"], ()):
            asked[siren].append(platform)
            pair = (siren, platform)
            if status == OK and datasets is not None:
                good[pair] = (datasets, federated)
                history.answered.add(pair)
                history.failures[pair] = 0
            else:
                history.failures[pair] = history.failures.get(pair, 0) + 1
                history.last_status[pair] = status
        for siren, platforms in asked.items():
            history.platforms[siren] = tuple(platforms)
        members = (members | set(asked)) if run["partial"] else set(asked)
        counts = {siren: actor_datasets([good[(siren, p)] for p in history.platforms[siren] if (siren, p) in good])
                  for siren in members}
        history.states.append(RunState(run["run_id"], run["date"], counts))
    return history
