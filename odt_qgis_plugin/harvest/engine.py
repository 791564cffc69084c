"""The harvest engine: ask every actor's platforms how many datasets they publish, politely.

Pure core: threads do the blocking requests, the calling thread writes each result
in its own short transaction as soon as it arrives, so a killed harvest keeps all it wrote.
"""

import json
import logging
import threading
import time
from collections import Counter, OrderedDict, deque
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import List, Optional, Tuple

from ..common.errors import Cancelled, InputError, PortalError, StoreError
from ..common.i18n import tr
from ..common.progress import Feedback
from ..common.settings import DEFAULT_THRESHOLD, HARVEST_CONCURRENCY, HARVEST_PER_HOST, HARVEST_TIMEOUT
from ..network.gateway import RequestsTransport, host_key
from ..network.manners import Manners, PoliteTransport
from ..registry.engagement import refresh_engagement
from ..store import schema
from ..store.db import ensure_attribute_table, insert_returning_id, open_store, upsert, utc_now
from ..store.store_base import StoreBase
from . import endpoints as endpoints_module
from .portals.counting import count
from .targets import Target, plan

LOG = logging.getLogger(__name__)
OK = "ok"


@dataclass
class HarvestSettings:
    concurrency: int = HARVEST_CONCURRENCY
    per_host: int = HARVEST_PER_HOST
    timeout: float = HARVEST_TIMEOUT
    retries: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    breaker_threshold: int = 3
    breaker_cooldown: float = 60.0
    max_bytes: int = 100 * 1024 * 1024  # whole DCAT feeds of large hubs reach tens of MB
    resume: bool = False
    only_stale: Optional[float] = None  # days
    actors: Optional[List[str]] = None
    endpoints: Optional[str] = None
    threshold: int = DEFAULT_THRESHOLD  # obligated communes, for the engagement refresh at the end

    def check(self) -> None:
        if self.concurrency < 1 or self.per_host < 1 or self.timeout <= 0:
            raise InputError(tr("Concurrency, per-host limit and timeout must be positive."))

    def manners(self) -> Manners:
        return Manners(
            self.per_host,
            self.retries,
            self.backoff_base,
            self.backoff_max,
            self.breaker_threshold,
            self.breaker_cooldown,
        )


@dataclass
class Result:
    siren: str
    platform: str
    url: str
    datasets: Optional[int]
    federated: Optional[int]
    status: str
    http_status: Optional[int]
    error: str
    duration: float


@dataclass
class HarvestSummary:
    run_id: int
    resumed: bool = False
    planned: int = 0
    skipped: int = 0
    harvested: int = 0
    failed: Counter = field(default_factory=Counter)
    datasets: int = 0
    federated: int = 0
    seconds: float = 0.0
    alerts: List[str] = field(default_factory=list)  # evolution/alerts.py, added once the run is closed

    def lines(self) -> List[str]:
        lines = [
            tr(
                "Harvest run {run}{resumed}: {done} actor/platform pairs harvested, {failed} failed, "
                "{skipped} skipped, in {seconds:.1f} s."
            ).format(
                run=self.run_id,
                resumed=tr(" (resumed)") if self.resumed else "",
                done=self.harvested,
                failed=sum(self.failed.values()),
                skipped=self.skipped,
                seconds=self.seconds,
            ),
            tr(
                "Datasets found: {n} ({federated} federated on data.gouv.fr from the actor's own portal, "
                "not counted twice)."
            ).format(n=self.datasets - self.federated, federated=self.federated),
        ]
        if self.failed:
            lines.append(tr("Failed by reason:"))
            width = max(len(reason) for reason in self.failed)
            lines += [f"  {reason:<{width}}  {n:>5}" for reason, n in self.failed.most_common()]
        return lines + self.alerts


def ensure_tables(connection) -> None:
    ensure_attribute_table(connection, "harvest_runs", schema.HARVEST_RUNS, "Harvest runs (snapshots)")
    ensure_attribute_table(connection, "harvests", schema.HARVESTS, "Datasets per actor and platform, per run")
    connection.execute("CREATE INDEX IF NOT EXISTS harvests_pair ON harvests (siren, platform, status)")


def _actors(db: StoreBase, sirens: Optional[List[str]]) -> List[dict]:
    if not db.has_table("actors"):
        raise StoreError(tr("The store has no actors table: import the registry first."))
    rows = [
        dict(row)
        for row in db.query(
            "SELECT siren, name, url_platform, host, id_datagouv, techno_platform FROM actors ORDER BY siren"
        )
    ]
    if sirens:
        wanted = {s.strip() for s in sirens if s.strip()}
        rows = [row for row in rows if row["siren"] in wanted]
        missing = wanted - {row["siren"] for row in rows}
        if missing:
            raise InputError(tr("Unknown actors: {sirens}").format(sirens=", ".join(sorted(missing))))
    return rows


def _open_run(db: StoreBase, settings: HarvestSettings) -> Tuple[int, set, bool]:
    with db.transaction() as connection:
        ensure_tables(connection)
        if settings.resume:
            row = connection.execute(
                "SELECT run_id FROM harvest_runs WHERE status != 'finished' ORDER BY run_id DESC LIMIT 1"
            ).fetchone()
            if row is not None:
                done = {
                    (r[0], r[1])
                    for r in connection.execute("SELECT siren, platform FROM harvests WHERE run_id = ?", (row[0],))
                }
                connection.execute("UPDATE harvest_runs SET status = 'running' WHERE run_id = ?", (row[0],))
                return row[0], done, True
            LOG.warning("no unfinished harvest run to resume: starting a new one")
        recorded = {k: v for k, v in asdict(settings).items() if k not in ("resume",)}
        run_id = insert_returning_id(
            connection,
            "harvest_runs",
            {
                "started_at": utc_now(),
                "status": "running",
                "settings": json.dumps(recorded, ensure_ascii=False, sort_keys=True),
            },
            "run_id",
        )
        return run_id, set(), False


def _fresh_pairs(db: StoreBase, days: float) -> set:
    cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).replace(microsecond=0).isoformat()
    return {
        (r[0], r[1])
        for r in db.query(
            "SELECT siren, platform FROM harvests WHERE status = ? GROUP BY siren, platform"
            " HAVING MAX(harvested_at) >= ?",
            (OK, cutoff),
        )
    }


def _target_host(target: Target) -> str:
    if target.kind == "datagouv":
        return host_key(target.config.get("platforms", {}).get("datagouv", {}).get("api", ""))
    return host_key(target.url)


def interleave(tasks: List[Tuple[str, Target]]) -> List[Tuple[str, Target]]:
    """Round-robin over hosts, so workers are not all parked behind one host's limit."""
    queues: "OrderedDict[str, deque]" = OrderedDict()
    for task in tasks:
        queues.setdefault(_target_host(task[1]), deque()).append(task)
    ordered = []
    while queues:
        for host in list(queues):
            ordered.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return ordered


def harvest_one(transport, siren: str, target: Target) -> Optional[Result]:
    start = time.monotonic()
    try:
        found = count(transport, target)
    except Cancelled:
        return None  # not written: --resume will ask again
    except PortalError as error:
        status = getattr(error, "reason", "portal_error")
        return Result(
            siren,
            target.kind,
            target.url,
            None,
            None,
            status,
            getattr(error, "status", None),
            error.message[:500],
            time.monotonic() - start,
        )
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
        # An answer shaped in a way no adapter foresaw: one actor's problem, not the harvest's.
        LOG.exception("unexpected answer for %s on %s", siren, target.kind)
        return Result(
            siren,
            target.kind,
            target.url,
            None,
            None,
            "bad_answer",
            None,
            f"{type(error).__name__}: {error}"[:500],
            time.monotonic() - start,
        )
    return Result(
        siren, target.kind, target.url, found.datasets, found.federated, OK, 200, "", time.monotonic() - start
    )


def _write(db: StoreBase, run_id: int, result: Result) -> None:
    with db.transaction() as connection:
        upsert(
            connection,
            "harvests",
            _HARVEST_COLUMNS,
            ("run_id", "siren", "platform"),
            [
                (
                    run_id,
                    result.siren,
                    result.platform,
                    result.url,
                    result.datasets,
                    result.federated,
                    result.status,
                    result.http_status,
                    result.error,
                    round(result.duration, 3),
                    utc_now(),
                )
            ],
        )


_HARVEST_COLUMNS = (
    "run_id",
    "siren",
    "platform",
    "url",
    "datasets",
    "federated",
    "status",
    "http_status",
    "error",
    "duration",
    "harvested_at",
)


def _close_run(db: StoreBase, run_id: int, status: str) -> None:
    with db.transaction() as connection:
        ended = utc_now() if status == "finished" else None
        connection.execute("UPDATE harvest_runs SET status = ?, ended_at = ? WHERE run_id = ?", (status, ended, run_id))


def run_harvest(
    store_path,
    settings: Optional[HarvestSettings] = None,
    transport=None,
    feedback: Optional[Feedback] = None,
    config: Optional[dict] = None,
) -> HarvestSummary:
    """Harvest the store's actors; returns the summary, raises Cancelled if the user cancels."""
    settings = settings or HarvestSettings()
    settings.check()
    feedback = feedback or Feedback()
    config = config if config is not None else endpoints_module.load(settings.endpoints)
    db = open_store(store_path)
    actors = _actors(db, settings.actors)
    run_id, done, resumed = _open_run(db, settings)
    summary = HarvestSummary(run_id, resumed)
    fresh = _fresh_pairs(db, settings.only_stale) if settings.only_stale is not None else set()
    tasks = []
    for actor in actors:
        for target in plan(actor, config):
            pair = (actor["siren"], target.kind)
            if pair in done or pair in fresh:
                summary.skipped += 1
            else:
                tasks.append((actor["siren"], target))
    summary.planned = len(tasks)
    cancel = threading.Event()
    polite = PoliteTransport(
        transport or RequestsTransport(settings.timeout, settings.max_bytes), settings.manners(), cancel
    )
    started = time.monotonic()
    feedback.set_text(tr("Harvesting {n} actor/platform pairs").format(n=len(tasks)))
    executor = ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="harvest")
    try:
        pending = {executor.submit(harvest_one, polite, siren, target) for siren, target in interleave(tasks)}
        finished = 0
        while pending:
            if feedback.is_canceled():
                cancel.set()
                break
            ready, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in ready:
                result = future.result()
                finished += 1
                if result is None:
                    continue
                _write(db, run_id, result)
                _tally(summary, result)
                feedback.set_text(f"{result.siren} {result.platform}: {result.status}")
            if ready:
                feedback.set_progress(100.0 * finished / max(len(tasks), 1))
    finally:
        # Requests in flight when the user cancels stop at their next retry; whatever they
        # completed is still written, so that nothing fetched is lost.
        executor.shutdown(wait=True, cancel_futures=True)
    for future in pending:
        if future.done() and not future.cancelled() and future.exception() is None and future.result():
            _write(db, run_id, future.result())
            _tally(summary, future.result())
    summary.seconds = time.monotonic() - started
    # The territory layers show engagement from the latest counts: rewrite them even after a cancel,
    # since what was fetched is kept.
    if db.has_table("communes"):  # a registry-only store has no territory layers to refresh
        refresh_engagement(store_path, settings.threshold)
    if cancel.is_set():
        _close_run(db, run_id, "cancelled")
        # each shell says how to finish it (a command-line option, a Processing parameter)
        raise Cancelled(tr("Harvest cancelled; what was counted is kept and run {run} can be finished later.")
                        .format(run=run_id))
    _close_run(db, run_id, "finished")
    return summary


def _tally(summary: HarvestSummary, result: Result) -> None:
    if result.status == OK:
        summary.harvested += 1
        summary.datasets += result.datasets or 0
        summary.federated += result.federated or 0
    else:
        summary.failed[result.status] += 1
