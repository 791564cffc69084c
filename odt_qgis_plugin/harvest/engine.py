"""The harvest engine: ask every actor's platforms how many datasets they publish, politely.

Pure core: threads do the blocking requests, the calling thread writes each result
in its own short transaction as soon as it arrives, so a killed harvest keeps all it wrote.
Whatever happens to one actor (a hostile answer, a bug) becomes that actor's status; the
run itself is always closed (finished, cancelled, failed), and a run whose process was
killed is closed as `interrupted` by the next harvest.
"""

import json
import logging
import threading
import time
from collections import Counter, OrderedDict, deque
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone
from typing import List, Optional, Tuple

from ..common import bounds, processes
from ..common.errors import Cancelled, InputError, PortalError, StoreError
from ..common.i18n import tr
from ..common.progress import Feedback
from ..common.settings import (
    DEFAULT_THRESHOLD,
    HARVEST_ACTOR_TIMEOUT,
    HARVEST_CONCURRENCY,
    HARVEST_MAX_RETRY_AFTER,
    HARVEST_PER_HOST,
    HARVEST_RETRIES,
    HARVEST_TIMEOUT,
)
from ..network.gateway import RequestsTransport, host_key
from ..network.manners import ActorBudget, Manners, PoliteTransport
from ..registry.engagement import refresh_engagement
from ..store import schema
from ..store.db import (
    add_column,
    ensure_attribute_table,
    insert_returning_id,
    open_store,
    table_columns,
    upsert,
    utc_now,
)
from ..store.store_base import StoreBase
from . import endpoints as endpoints_module
from .portals.counting import count
from .targets import Target, plan

LOG = logging.getLogger(__name__)
OK = "ok"
# An actor still at work this long after its deadline is written as `actor_timeout` and no longer waited for
# (the transports end every request by the deadline: this only guards against a transport that does not).
GRACE = 5.0
# How a run ends: `running` only while its process lives.
RUNNING, FINISHED, CANCELLED, FAILED, INTERRUPTED = "running", "finished", "cancelled", "failed", "interrupted"


@dataclass
class HarvestSettings:
    concurrency: int = HARVEST_CONCURRENCY
    per_host: int = HARVEST_PER_HOST
    timeout: float = HARVEST_TIMEOUT  # seconds for one request: connect, headers and body
    actor_timeout: float = HARVEST_ACTOR_TIMEOUT  # seconds for one actor on one platform, retries included
    max_retry_after: float = HARVEST_MAX_RETRY_AFTER
    retries: int = HARVEST_RETRIES
    backoff_base: float = 0.5
    backoff_max: float = 4.0
    breaker_threshold: int = 3
    breaker_cooldown: float = 60.0
    max_bytes: int = 100 * 1024 * 1024  # whole DCAT feeds of large hubs reach tens of MB
    resume: bool = False
    only_stale: Optional[float] = None  # days
    actors: Optional[List[str]] = None
    endpoints: Optional[str] = None
    threshold: int = DEFAULT_THRESHOLD  # obligated communes, for the engagement refresh at the end

    def check(self) -> None:
        """Every number finite and in its range (common/bounds.py), before anything is written."""
        for name in ("concurrency", "per_host", "timeout", "actor_timeout", "max_retry_after", "retries",
                     "backoff_base", "backoff_max", "breaker_threshold", "breaker_cooldown", "max_bytes",
                     "threshold"):
            bounds.check(name, getattr(self, name))
        if self.only_stale is not None:
            bounds.check("only_stale", self.only_stale)
        if self.actors is not None and (not isinstance(self.actors, list)
                                        or not all(isinstance(s, str) for s in self.actors)):
            raise InputError(tr("actors: expected a list of SIREN"))
        if self.endpoints is not None and not isinstance(self.endpoints, str):
            raise InputError(tr("endpoints: expected a file path"))

    def manners(self) -> Manners:
        return Manners(
            per_host=self.per_host,
            retries=self.retries,
            backoff_base=self.backoff_base,
            backoff_max=self.backoff_max,
            max_retry_after=self.max_retry_after,
            breaker_threshold=self.breaker_threshold,
            breaker_cooldown=self.breaker_cooldown,
            request_timeout=self.timeout,
        )

    def recorded(self) -> str:
        """What a run keeps of its settings, so that `--resume` goes on exactly as it started."""
        kept = {k: v for k, v in asdict(self).items() if k != "resume"}
        return json.dumps(kept, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_record(cls, text: Optional[str], run_id: int) -> "HarvestSettings":
        """The settings a run recorded (older runs lack newer fields: those take today's defaults)."""
        try:
            values = json.loads(text or "{}")
            if not isinstance(values, dict):
                raise ValueError(text)
            known = {item.name for item in fields(cls)} - {"resume"}
            settings = replace(cls(), resume=True, **{k: v for k, v in values.items() if k in known})
            settings.check()
        except (ValueError, TypeError, InputError) as error:
            raise InputError(tr("Harvest run {run} recorded unreadable settings ({error}): start a new run "
                                "without --resume").format(run=run_id, error=error)) from None
        return settings


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
    cancelled: bool = False

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
        return lines


def ensure_tables(connection) -> None:
    ensure_attribute_table(connection, "harvest_runs", schema.HARVEST_RUNS, "Harvest runs (snapshots)")
    ensure_attribute_table(connection, "harvests", schema.HARVESTS, "Datasets per actor and platform, per run")
    connection.execute("CREATE INDEX IF NOT EXISTS harvests_pair ON harvests (siren, platform, status)")
    present = set(table_columns(connection, "harvest_runs"))
    for name, kind in (("pid", "INTEGER"), ("hostname", "TEXT")):  # stores made before runs named their process
        if name not in present:
            add_column(connection, "harvest_runs", name, kind)


def close_dead_runs(connection) -> List[int]:
    """Runs still marked running whose process has ended (killed, crashed, machine restarted) become
    `interrupted`; `--resume` finishes them. Runs of another machine are left as they are."""
    closed = []
    for run_id, pid, hostname in connection.execute(
            "SELECT run_id, pid, hostname FROM harvest_runs WHERE status = ?", (RUNNING,)).fetchall():
        if processes.is_dead(pid, hostname):
            connection.execute("UPDATE harvest_runs SET status = ? WHERE run_id = ?", (INTERRUPTED, run_id))
            closed.append(run_id)
    if closed:
        LOG.warning("harvest runs %s had stopped without closing: marked interrupted", closed)
    return closed


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


def _open_run(db: StoreBase, settings: HarvestSettings) -> Tuple[int, set, HarvestSettings]:
    """(run id, pairs already done, the settings to run with): a resumed run keeps its own settings."""
    me = processes.this_process()
    with db.transaction() as connection:  # committed on its own: a refused resume below keeps it
        ensure_tables(connection)
        close_dead_runs(connection)
    with db.transaction() as connection:
        if settings.resume:
            row = connection.execute(
                "SELECT run_id, status, settings, pid, hostname FROM harvest_runs WHERE status != ?"
                " ORDER BY run_id DESC LIMIT 1", (FINISHED,)
            ).fetchone()
            if row is not None:
                run_id, status, recorded, pid, hostname = tuple(row)
                if status == RUNNING:
                    raise StoreError(tr("Harvest run {run} is still running (process {pid} on {host}).").format(
                        run=run_id, pid=pid, host=hostname))
                original = HarvestSettings.from_record(recorded, run_id)
                done = {
                    (r[0], r[1])
                    for r in connection.execute("SELECT siren, platform FROM harvests WHERE run_id = ?", (run_id,))
                }
                connection.execute(
                    "UPDATE harvest_runs SET status = ?, ended_at = NULL, pid = ?, hostname = ? WHERE run_id = ?",
                    (RUNNING, me["pid"], me["hostname"], run_id))
                return run_id, done, original
            LOG.warning("no unfinished harvest run to resume: starting a new one")
        run_id = insert_returning_id(
            connection,
            "harvest_runs",
            {"started_at": utc_now(), "status": RUNNING, "settings": settings.recorded(), **me},
            "run_id",
        )
        return run_id, set(), settings


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


# Errors an answer shaped in a way no adapter foresaw raises in the adapter's code.
_SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError)


def harvest_one(transport, siren: str, target: Target) -> Optional[Result]:
    """One actor on one platform: a count, or a status saying why there is none; never an exception."""
    start = time.monotonic()

    def failed(status: str, message: str, http_status=None) -> Result:
        return Result(siren, target.kind, target.url, None, None, status, http_status, message[:500],
                      time.monotonic() - start)

    try:
        found = count(transport, target)
    except Cancelled:
        return None  # not written: --resume will ask again
    except PortalError as error:
        return failed(getattr(error, "reason", "portal_error"), error.message, getattr(error, "status", None))
    except Exception as error:  # noqa: BLE001 - whatever breaks on one actor is that actor's status, not the run's
        status = "bad_answer" if isinstance(error, _SHAPE_ERRORS) else "internal_error"
        LOG.info("%s for %s on %s: %s: %s", status, siren, target.kind, type(error).__name__, error)
        LOG.debug("details", exc_info=True)
        return failed(status, f"{type(error).__name__}: {error}")
    return Result(
        siren, target.kind, target.url, found.datasets, found.federated, OK, 200, "", time.monotonic() - start
    )


class _Task:
    """One actor/platform pair; `started` is set when a worker takes it, for the actor's deadline."""

    def __init__(self, siren: str, target: Target):
        self.siren = siren
        self.target = target
        self.started: Optional[float] = None

    def run(self, polite: PoliteTransport, seconds: float) -> Optional[Result]:
        self.started = time.monotonic()
        return harvest_one(ActorBudget(polite, seconds), self.siren, self.target)

    def overdue(self) -> Result:
        return Result(self.siren, self.target.kind, self.target.url, None, None, "actor_timeout", None,
                      tr("Still at work {seconds} s after this actor's deadline: abandoned").format(
                          seconds=f"{GRACE:g}"), time.monotonic() - (self.started or time.monotonic()))


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
        connection.execute("UPDATE harvest_runs SET status = ?, ended_at = ? WHERE run_id = ?",
                           (status, utc_now(), run_id))


def run_harvest(
    store_path,
    settings: Optional[HarvestSettings] = None,
    transport=None,
    feedback: Optional[Feedback] = None,
    config: Optional[dict] = None,
) -> HarvestSummary:
    """Harvest the store's actors; returns the summary, raises Cancelled if the user cancels.

    With `settings.resume`, the latest unfinished run goes on with the settings it was started with
    (actors, staleness, endpoints, limits): only `resume` is taken from `settings`.
    """
    settings = settings or HarvestSettings()
    settings.check()
    feedback = feedback or Feedback()
    if config is None:
        config = endpoints_module.load(settings.endpoints)
    db = open_store(store_path)
    if not settings.resume:
        _actors(db, settings.actors)  # unknown actors are refused before a run is opened
    elif not db.has_table("actors"):
        raise StoreError(tr("The store has no actors table: import the registry first."))
    run_id, done, used = _open_run(db, settings)
    status = FAILED
    try:
        if used.endpoints != settings.endpoints:
            config = endpoints_module.load(used.endpoints)
        summary = _run(db, run_id, done, used, transport, feedback, config)
        summary.resumed = used is not settings
        # The territory layers show engagement from the latest counts: rewrite them even after a cancel,
        # since what was fetched is kept.
        if db.has_table("communes"):  # a registry-only store has no territory layers to refresh
            refresh_engagement(store_path, used.threshold)
        status = CANCELLED if summary.cancelled else FINISHED
    except KeyboardInterrupt:
        status = INTERRUPTED
        raise
    finally:
        # Whatever happened, the run does not stay `running` (a killed process is caught by close_dead_runs).
        _close_run(db, run_id, status)
    if summary.cancelled:
        raise Cancelled(tr("Harvest cancelled; `--resume` finishes run {run}.").format(run=run_id))
    return summary


def _run(db: StoreBase, run_id: int, done: set, settings: HarvestSettings, transport, feedback: Feedback,
         config: dict) -> HarvestSummary:
    actors = _actors(db, settings.actors)
    summary = HarvestSummary(run_id)
    fresh = _fresh_pairs(db, settings.only_stale) if settings.only_stale is not None else set()
    tasks = []
    for actor in actors:
        for target in plan(actor, config):
            pair = (actor["siren"], target.kind)
            if pair in done or pair in fresh:
                summary.skipped += 1
            else:
                tasks.append(_Task(actor["siren"], target))
    summary.planned = len(tasks)
    cancel = threading.Event()
    polite = PoliteTransport(
        transport or RequestsTransport(settings.timeout, settings.max_bytes), settings.manners(), cancel
    )
    started = time.monotonic()
    feedback.set_text(tr("Harvesting {n} actor/platform pairs").format(n=len(tasks)))
    executor = ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="harvest")
    abandoned = False

    def record(result: Optional[Result]) -> None:
        if result is not None:
            _write(db, run_id, result)
            _tally(summary, result)
            feedback.set_text(f"{result.siren} {result.platform}: {result.status}")

    try:
        futures = {executor.submit(task.run, polite, settings.actor_timeout): task
                   for task in _interleaved(tasks)}
        pending = set(futures)
        finished = 0
        while pending:
            if feedback.is_canceled():
                cancel.set()
                break
            ready, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in ready:
                finished += 1
                record(future.result())
            now = time.monotonic()
            for future in [f for f in pending if _overdue(futures[f], settings.actor_timeout, now)]:
                pending.discard(future)
                abandoned = True
                finished += 1
                record(futures[future].overdue())
            if ready:
                feedback.set_progress(100.0 * finished / max(len(tasks), 1))
    except BaseException:
        cancel.set()  # stop the workers' retries and waits before leaving
        raise
    finally:
        # Requests in flight when the user cancels stop at their next retry or their deadline; whatever
        # they completed is still written, so that nothing fetched is lost.
        executor.shutdown(wait=not abandoned, cancel_futures=True)
    for future in pending:
        if future.done() and not future.cancelled() and future.exception() is None:
            record(future.result())
    summary.seconds = time.monotonic() - started
    summary.cancelled = cancel.is_set()
    return summary


def _overdue(task: _Task, seconds: float, now: float) -> bool:
    return task.started is not None and now > task.started + seconds + GRACE


def _interleaved(tasks: List[_Task]) -> List[_Task]:
    order = interleave([(task, task.target) for task in tasks])
    return [task for task, _ in order]


def _tally(summary: HarvestSummary, result: Result) -> None:
    if result.status == OK:
        summary.harvested += 1
        summary.datasets += result.datasets or 0
        summary.federated += result.federated or 0
    else:
        summary.failed[result.status] += 1
