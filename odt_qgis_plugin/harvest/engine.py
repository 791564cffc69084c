"""The harvest engine: ask every actor's platforms how many datasets they publish, politely.

Pure core: threads do the blocking requests, the calling thread writes the results as they arrive
(those that arrive together in one short transaction), so a killed harvest keeps all it wrote.
Whatever happens to one actor (a hostile answer, a bug, a portal that never ends) becomes that actor's
status; the run itself is always closed (finished, cancelled, failed), and a run whose process was
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
from typing import Dict, List, Optional, Tuple

from ..common import bounds, processes
from ..common.errors import Cancelled, InputError, PortalError, StoreError
from ..common.i18n import tr
from ..common.levels import TABLE_OF
from ..common.progress import Feedback
from ..common.settings import (
    DEFAULT_THRESHOLD,
    HARVEST_ACTOR_TIMEOUT,
    HARVEST_CONCURRENCY,
    HARVEST_MAX_DATASETS,
    HARVEST_MAX_RETRY_AFTER,
    HARVEST_PER_HOST,
    HARVEST_RETRIES,
    HARVEST_TIMEOUT,
    SCHEMA_VALIDATION,
    VALIDATION_SAMPLE,
    VALIDATION_SERVICE,
)
from ..network.gateway import RequestsTransport, UnexpectedAnswer, host_key
from ..network.manners import ActorBudget, Manners, PoliteTransport
from ..registry.engagement import refresh_engagement
from ..store import schema
from ..store.db import (
    add_missing_columns,
    ensure_attribute_table,
    insert_returning_id,
    open_store,
    quote_identifier,
    upsert,
    utc_now,
)
from ..store.store_base import StoreBase
from ..store.store_lock import writer
from . import endpoints as endpoints_module
from . import listing_writer, schema_checks
from .attribution import Decided, HostWork, Identity, one_kind_per_host, plan_hosts, resolve_host
from .portals import NO_PLATFORM, adapter
from .portals.datagouv import KIND as DATAGOUV
from .portals.portal_base import Listing, NoPlatform, Survey
from .results import DEFINITIVE
from .targets import Target, plan

LOG = logging.getLogger(__name__)
OK = "ok"
NO_MATCH = "no_match"
OVERLAP = "overlap"
# An actor still at work this long after its deadline is written as `actor_timeout` and no longer waited for
# (the transports end every request by the deadline: this only guards against a transport that does not).
GRACE = 5.0
# How a run ends: `running` only while its process lives.
RUNNING, FINISHED, CANCELLED, FAILED, INTERRUPTED = "running", "finished", "cancelled", "failed", "interrupted"
# Errors an answer shaped in a way no adapter foresaw raises in the adapter's code.
_SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError)


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
    datagouv_catalog: Optional[str] = None  # data.gouv.fr catalogue exports instead of its API
    threshold: int = DEFAULT_THRESHOLD  # obligated communes, for the engagement refresh at the end
    datasets: bool = False  # list each pair's datasets after its count (always on the catalogue path)
    max_datasets: int = HARVEST_MAX_DATASETS  # per actor and platform; beyond, the listing is marked incomplete
    # Send a sample of the listed SCDL datasets to the validation service (harvest/schema_checks.py): opt-in,
    # since their addresses leave the machine; meaningful only with `datasets`.
    validate_schemas: bool = SCHEMA_VALIDATION
    validation_service: str = VALIDATION_SERVICE
    validation_sample: int = VALIDATION_SAMPLE

    def __post_init__(self):
        if self.datagouv_catalog:
            self.datasets = True

    def check(self) -> None:
        """Every number finite and in its range (common/bounds.py), before anything is written."""
        for name in ("concurrency", "per_host", "timeout", "actor_timeout", "max_retry_after", "retries",
                     "backoff_base", "backoff_max", "breaker_threshold", "breaker_cooldown", "max_bytes",
                     "threshold", "max_datasets"):
            bounds.check(name, getattr(self, name))
        bounds.check("validation_sample", self.validation_sample)
        for name in ("datasets", "validate_schemas"):
            if not isinstance(getattr(self, name), bool):
                raise InputError(tr("{name}: expected true or false").format(name=name))
        service = self.validation_service
        web = isinstance(service, str) and service.strip().lower().startswith(("http://", "https://"))
        if not isinstance(service, str) or (self.validate_schemas and not web):
            # Refused before the run: found after the listings, it would fail a run that went well.
            raise InputError(tr("validation_service: expected an http(s) address"))
        if self.only_stale is not None:
            bounds.check("only_stale", self.only_stale)
        if self.actors is not None and (not isinstance(self.actors, list)
                                        or not all(isinstance(s, str) for s in self.actors)):
            raise InputError(tr("actors: expected a list of SIREN"))
        if self.endpoints is not None and not isinstance(self.endpoints, str):
            raise InputError(tr("endpoints: expected a file path"))
        if self.datagouv_catalog is not None and not isinstance(self.datagouv_catalog, str):
            raise InputError(tr("datagouv_catalog: expected a folder, a file or a URL"))

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
    host: str = ""
    filter: str = ""  # the filter used, as the portal's URLs write it
    attribution: str = ""  # "url", "name" (looked up among the portal's publishers) or "" (whole portal)
    listing: Optional[Listing] = None  # the pair's datasets, when they were listed


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
    listing: bool = False  # datasets were listed (HarvestSettings.datasets)
    listed: int = 0
    listings_incomplete: int = 0
    listings_failed: int = 0
    validation: Optional[Counter] = None  # verdicts of the validation service, when it was asked
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
        if self.listing:
            lines.insert(2, listing_writer.summary_line(self.listed, self.listings_incomplete,
                                                         self.listings_failed))
            if self.validation is not None:
                lines.insert(3, schema_checks.summary_line(self.validation))
        return lines + self.alerts


def ensure_tables(connection) -> None:
    ensure_attribute_table(connection, "harvest_runs", schema.HARVEST_RUNS, "Harvest runs (snapshots)")
    ensure_attribute_table(connection, "harvests", schema.HARVESTS, "Datasets per actor and platform, per run")
    add_missing_columns(connection, "harvests", schema.HARVESTS_ADDED)
    ensure_attribute_table(connection, "harvest_hosts", schema.HARVEST_HOSTS,
                           "Dataset totals of shared portals, per run")
    connection.execute("CREATE INDEX IF NOT EXISTS harvests_pair ON harvests (siren, platform, status)")
    listing_writer.ensure_table(connection)
    # stores made before runs named their process
    add_missing_columns(connection, "harvest_runs", (("pid", "INTEGER"), ("hostname", "TEXT")))


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
            "SELECT siren, name, url_platform, host, id_datagouv, techno_platform, category, territory_level,"
            " territory_code FROM actors ORDER BY siren"
        )
    ]
    if sirens:
        wanted = {s.strip() for s in sirens if s.strip()}
        rows = [row for row in rows if row["siren"] in wanted]
        missing = wanted - {row["siren"] for row in rows}
        if missing:
            raise InputError(tr("Unknown actors: {sirens}").format(sirens=", ".join(sorted(missing))))
    return rows


def _identities(db: StoreBase, actors: List[dict]) -> Dict[str, Identity]:
    """The names a portal may use for each actor: the registry's, and its territory's official one."""
    official: Dict[Tuple[str, str], str] = {}
    for level, table in TABLE_OF.items():
        if db.has_table(table):
            official.update({(level, code): name for code, name in db.query(
                f"SELECT code, name FROM {quote_identifier(table)}")})
    found = {}
    for actor in actors:
        names = [actor["name"] or ""]
        extra = official.get((actor.get("territory_level"), actor.get("territory_code")))
        if extra and extra not in names:
            names.append(extra)
        found[actor["siren"]] = Identity(tuple(names), actor.get("category") or "other")
    return found


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


def harvest_one(transport, siren: str, target: Target, catalog=None, limit: Optional[int] = None) -> Optional[Result]:
    """One actor on one platform: a count, or a status saying why there is none; never an exception.
    With a `limit`, a good count is followed by the listing of at most `limit` datasets."""
    start = time.monotonic()
    try:
        if limit and target.kind not in (NO_PLATFORM, DATAGOUV):
            target = listing_writer.with_catalogue(transport, target)
        if catalog is not None and target.kind == DATAGOUV:
            found = catalog.count(target)
        else:
            found = count(transport, target)
    except Cancelled:
        return None  # not written: --resume will ask again
    except PortalError as error:
        status = getattr(error, "reason", "portal_error")
        return _result(siren, target, None, None, status, getattr(error, "status", None), error.message,
                       time.monotonic() - start)
    except Exception as error:  # noqa: BLE001 - whatever breaks on one actor is that actor's status, not the run's
        status = "bad_answer" if isinstance(error, _SHAPE_ERRORS) else "internal_error"
        LOG.info("%s for %s on %s: %s: %s", status, siren, target.kind, type(error).__name__, error)
        LOG.debug("details", exc_info=True)
        return _result(siren, target, None, None, status, None, f"{type(error).__name__}: {error}",
                       time.monotonic() - start)
    if target.filter is not None and found.datasets == 0:
        # A filter that selects nothing says the URL's value is not (or no longer) the portal's, not "0".
        return _result(siren, target, None, None, NO_MATCH, 200,
                       tr("The filter {filter} selects no dataset on {host}").format(
                           filter=target.filter.label(), host=target.host), time.monotonic() - start)
    listing, failure = None, ""
    if limit:
        try:
            listing, failure = listing_writer.list_datasets(transport, target, limit, catalog)
        except Cancelled:
            return None  # not written: --resume will count and list again
    result = _result(siren, target, found.datasets, found.federated, OK, 200, failure, time.monotonic() - start)
    result.listing = listing
    return result


def count(transport, target: Target):
    if target.kind == NO_PLATFORM:
        raise NoPlatform(tr("No platform known for this actor"))
    return adapter(target.kind).count(transport, target)


def _result(siren, target: Target, datasets, federated, status, http_status, error, duration) -> Result:
    chosen = target.filter
    attribution = "" if chosen is None else ("name" if chosen.by_name else "url")
    host = "data.gouv.fr" if target.kind == DATAGOUV else target.host
    return Result(siren, target.kind, target.url, datasets, federated, status, http_status, (error or "")[:500],
                  duration, host, chosen.label() if chosen else "", attribution)


def _decided(item: Decided) -> Result:
    return _result(item.siren, item.target, None, None, item.status, None, item.message, 0.0)


def survey_one(transport, work: HostWork) -> Tuple[Optional[Survey], Optional[Exception]]:
    try:
        return adapter(work.kind).survey(transport, work.sample, work.publishers_needed), None
    except (PortalError, Cancelled) as error:
        return None, error
    except Exception as error:  # noqa: BLE001 - a survey that breaks leaves the host's actors unattributed
        LOG.info("unexpected survey answer from %s: %s: %s", work.host, type(error).__name__, error)
        return None, UnexpectedAnswer(f"{type(error).__name__}: {error}")


class _Task:
    """One actor/platform pair; `started` is set when a worker takes it, for the actor's deadline."""

    def __init__(self, siren: str, target: Target):
        self.siren = siren
        self.target = target
        self.started: Optional[float] = None

    def run(self, polite: PoliteTransport, seconds: float, catalog=None, limit: Optional[int] = None
            ) -> Optional[Result]:
        self.started = time.monotonic()
        return harvest_one(ActorBudget(polite, seconds), self.siren, self.target, catalog, limit)

    def overdue(self, now: float, seconds: float) -> bool:
        return self.started is not None and now > self.started + seconds + GRACE

    def abandoned(self) -> Result:
        return _result(self.siren, self.target, None, None, "actor_timeout", None,
                       tr("Still at work {seconds} s after this actor's deadline: abandoned").format(
                           seconds=f"{GRACE:g}"), time.monotonic() - (self.started or time.monotonic()))


def _write(db: StoreBase, run_id: int, results: List[Result]) -> None:
    if not results:
        return
    now = utc_now()
    with db.transaction() as connection:
        upsert(connection, "harvests", _HARVEST_COLUMNS, ("run_id", "siren", "platform"), [
            (run_id, r.siren, r.platform, r.url, r.datasets, r.federated, r.status, r.http_status, r.error,
             round(r.duration, 3), now, r.host, r.filter, r.attribution, None) for r in results])
        listing_writer.write_datasets(connection, run_id, results)  # sets `listed` of the pairs it lists


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
    "host",
    "filter",
    "attribution",
    "listed",
)


def _write_host(db: StoreBase, run_id: int, work: HostWork, survey: Optional[Survey],
                error: Optional[PortalError]) -> None:
    row = (run_id, work.host, work.kind, survey.total if survey else None,
           OK if survey is not None and survey.total is not None else getattr(error, "reason", "portal_error"),
           error.message[:500] if error is not None else "", utc_now())
    with db.transaction() as connection:
        upsert(connection, "harvest_hosts", ("run_id", "host", "platform", "datasets", "status", "error",
                                             "harvested_at"), ("run_id", "host"), [row])


def check_host_total(db: StoreBase, run_id: int, host: str, total: Optional[int], summary: "HarvestSummary") -> None:
    """Rule 6 of attribution: the datasets credited on a host never add up to more than the portal holds."""
    if total is None:
        return
    with db.transaction() as connection:
        rows = connection.execute(
            "SELECT siren, datasets FROM harvests WHERE run_id = ? AND host = ? AND status = ? AND platform != ?",
            (run_id, host, OK, DATAGOUV)).fetchall()
        credited = sum(row[1] or 0 for row in rows)
        if credited <= total:
            return
        message = tr("{host}: the {n} actors' filters select {credited} datasets, more than the portal's {total}"
                     ).format(host=host, n=len(rows), credited=credited, total=total)
        connection.execute(
            "UPDATE harvests SET status = ?, error = ? WHERE run_id = ? AND host = ? AND status = ? AND platform != ?",
            (OVERLAP, message[:500], run_id, host, OK, DATAGOUV))
    summary.harvested -= len(rows)
    summary.datasets -= credited
    summary.failed[OVERLAP] += len(rows)


def _close_run(db: StoreBase, run_id: int, status: str) -> None:
    with db.transaction() as connection:
        connection.execute("UPDATE harvest_runs SET status = ?, ended_at = ? WHERE run_id = ?",
                           (status, utc_now(), run_id))


@writer("harvest")  # one writer at a time per store; a second harvest waits or says the store is busy
def run_harvest(
    store_path,
    settings: Optional[HarvestSettings] = None,
    transport=None,
    feedback: Optional[Feedback] = None,
    config: Optional[dict] = None,
) -> HarvestSummary:
    """Harvest the store's actors; returns the summary, raises Cancelled if the user cancels.

    With `settings.resume`, the latest unfinished run goes on with the settings it was started with
    (actors, staleness, endpoints, catalogue, limits): only `resume` is taken from `settings`.
    """
    settings = settings or HarvestSettings()
    settings.check()
    feedback = feedback or Feedback()
    if config is None:
        config = endpoints_module.load(settings.endpoints)
    db = open_store(store_path)
    catalog = None
    if not settings.resume:
        # Bad input (unknown actors, an unreadable catalogue) is refused before a run is opened.
        catalog = _read_catalog(db, settings, config, transport, feedback)
    elif not db.has_table("actors"):
        raise StoreError(tr("The store has no actors table: import the registry first."))
    run_id, done, used = _open_run(db, settings)
    status = FAILED
    try:
        if used.endpoints != settings.endpoints:
            config = endpoints_module.load(used.endpoints)
        if used is not settings:
            catalog = _read_catalog(db, used, config, transport, feedback)
        summary = _run(db, run_id, done, used, transport, feedback, config, catalog)
        summary.resumed = used is not settings
        if summary.cancelled:
            status = CANCELLED
        else:
            # A run that learnt nothing (no network, every portal down) is kept for the record but shown nowhere.
            status = FAILED if summary.planned and not _has_answer(db, run_id) else FINISHED
    except KeyboardInterrupt:
        status = INTERRUPTED
        raise
    finally:
        # Whatever happened, the run does not stay `running` (a killed process is caught by close_dead_runs).
        _close_run(db, run_id, status)
    if summary.cancelled:
        # each shell says how to finish it (a command-line option, a Processing parameter)
        raise Cancelled(tr("Harvest cancelled; what was counted is kept and run {run} can be finished later.")
                        .format(run=run_id))
    # The territory layers show the counts of the last complete run: rewritten once this one is complete.
    if status == FINISHED and db.has_table("communes"):  # a registry-only store has no territory layers
        refresh_engagement(store_path, used.threshold)
    return summary


def _read_catalog(db: StoreBase, settings: HarvestSettings, config: dict, transport, feedback: Feedback):
    actors = _actors(db, settings.actors)
    if not settings.datagouv_catalog:
        return None
    from .datagouv_catalog import read_catalog

    feedback.set_text(tr("Reading the data.gouv.fr catalogue"))
    return read_catalog(settings.datagouv_catalog, actors, config, transport, settings.max_bytes)


def _run(db: StoreBase, run_id: int, done: set, settings: HarvestSettings, transport, feedback: Feedback,
         config: dict, catalog) -> HarvestSummary:
    everyone = _actors(db, None)
    actors = _actors(db, settings.actors)
    summary = HarvestSummary(run_id, listing=settings.datasets)
    limit = settings.max_datasets if settings.datasets else None
    fresh = _fresh_pairs(db, settings.only_stale) if settings.only_stale is not None else set()
    # Who shares a portal is read from the whole registry, whichever actors this run asks.
    context = one_kind_per_host([(actor["siren"], target) for actor in everyone for target in plan(actor, config)])
    chosen = {actor["siren"] for actor in actors}
    pairs = []
    for siren, target in context:
        if siren not in chosen:
            continue
        if (siren, target.kind) in done or (siren, target.kind) in fresh:
            summary.skipped += 1
        else:
            pairs.append((siren, target))
    summary.planned = len(pairs)
    identities = _identities(db, everyone)
    ready, hosts, decided = plan_hosts(pairs, identities, context)
    _record(db, run_id, summary, [_decided(item) for item in decided])
    if catalog is not None:
        catalog.record_candidates(db, run_id)
    cancel = threading.Event()
    polite = PoliteTransport(
        transport or RequestsTransport(settings.timeout, settings.max_bytes), settings.manners(), cancel
    )
    # Per host: the pairs still to count, and the portal total once its survey is in.
    left = Counter(target.host for _siren, target in pairs if target.host in hosts) - Counter(
        item.target.host for item in decided)
    totals: Dict[str, Optional[int]] = {}
    checked = set()
    started = time.monotonic()
    feedback.set_text(tr("Harvesting {n} actor/platform pairs").format(n=len(pairs)))
    executor = ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="harvest")
    jobs: Dict[object, tuple] = {}
    abandoned = False

    def submit_counts(items):
        for siren, target in interleave(items):
            task = _Task(siren, target)
            jobs[executor.submit(task.run, polite, settings.actor_timeout, catalog, limit)] = ("count", target, task)

    def survey(work: HostWork):
        # The survey's deadline starts when a worker takes it, like an actor's.
        return survey_one(ActorBudget(polite, settings.actor_timeout), work)

    def finished_pairs(arrived: List[Tuple[Optional[Result], Target]]) -> None:
        # Every result that came in together goes in one transaction: one commit each cost the run
        # more than the requests themselves; a killed harvest still keeps all but the last batch.
        _record(db, run_id, summary, [result for result, _target in arrived if result is not None])
        for result, target in arrived:
            if target.host not in hosts or target.kind == DATAGOUV:
                continue
            left[target.host] -= 1
            work = hosts[target.host]
            if work.deferred and target.host not in totals:
                # An actor alone on its portal: the total is for the report, asked only of a portal that answered.
                if result is not None and result.status == OK:
                    jobs[executor.submit(survey, work)] = ("survey", work, None)
                else:
                    totals[target.host] = None
            host_done(target.host)

    def host_done(host: str) -> None:
        # Once the host's survey and every count on it are in (a cancelled pair never comes in).
        if host in totals and left[host] <= 0 and host not in checked:
            checked.add(host)
            check_host_total(db, run_id, host, totals[host], summary)

    try:
        for work in hosts.values():
            if not work.deferred:
                jobs[executor.submit(survey, work)] = ("survey", work, None)
        submit_counts(ready)
        finished = len(decided)
        while jobs:
            if feedback.is_canceled():
                cancel.set()
                break
            ready_jobs, _ = wait(list(jobs), timeout=0.2, return_when=FIRST_COMPLETED)
            arrived: List[Tuple[Optional[Result], Target]] = []
            surveyed = []
            for future in ready_jobs:
                kind, item, _task = jobs.pop(future)
                if kind == "survey":
                    found, error = future.result()
                    if isinstance(error, Cancelled):
                        continue
                    _write_host(db, run_id, item, found, error)
                    totals[item.host] = found.total if found is not None else None
                    now_ready, now_decided = resolve_host(item, found, error, identities)
                    arrived += [(_decided(entry), entry.target) for entry in now_decided]
                    submit_counts(now_ready)
                    surveyed.append(item.host)
                    continue
                arrived.append((future.result(), item))
            now = time.monotonic()
            for future in [f for f, (kind, _item, task) in jobs.items()
                           if kind == "count" and task.overdue(now, settings.actor_timeout)]:
                _kind, target, task = jobs.pop(future)
                abandoned = True
                arrived.append((task.abandoned(), target))
            finished += len(arrived)
            finished_pairs(arrived)
            for host in surveyed:
                host_done(host)
            for result, _target in arrived:
                if result is not None:
                    feedback.set_text(f"{result.siren} {result.platform}: {result.status}")
            if arrived:
                feedback.set_progress(100.0 * finished / max(len(pairs), 1))
    except BaseException:
        cancel.set()  # stop the workers' retries and waits before leaving
        raise
    finally:
        # Requests in flight when the user cancels stop at their next retry or their deadline; whatever
        # they completed is still written, so that nothing fetched is lost.
        executor.shutdown(wait=not abandoned, cancel_futures=True)
    _record(db, run_id, summary, [future.result() for future, (kind, _item, _task) in jobs.items()
                                  if kind == "count" and future.done() and not future.cancelled()
                                  and future.exception() is None and future.result()])
    summary.cancelled = cancel.is_set()
    if settings.datasets and settings.validate_schemas and not summary.cancelled:
        feedback.set_text(tr("Checking a sample of schemas with the validation service"))
        summary.validation = schema_checks.check_run(db, run_id, _Cancellable(polite, feedback, cancel),
                                                     schema_checks.ServiceSettings(
                                                         True, settings.validation_service,
                                                         settings.validation_sample))
        summary.cancelled = cancel.is_set() or feedback.is_canceled()
    summary.seconds = time.monotonic() - started
    return summary


class _Cancellable:
    """The polite transport, stopping at the next request once the user cancels (the workers' loop is over)."""

    def __init__(self, polite: PoliteTransport, feedback: Feedback, cancel: threading.Event):
        self.polite, self.feedback, self.cancel = polite, feedback, cancel

    def get(self, url: str, headers=None):
        if self.feedback.is_canceled():
            self.cancel.set()
        return self.polite.get(url, headers)  # raises Cancelled once `cancel` is set


def _has_answer(db: StoreBase, run_id: int) -> bool:
    """Whether any portal answered (a count, or a definite "not this actor's"), as opposed to none reached."""
    answers = (OK, *sorted(DEFINITIVE))
    marks = ", ".join("?" for _ in answers)
    return bool(db.query(f"SELECT 1 FROM harvests WHERE run_id = ? AND status IN ({marks}) LIMIT 1",
                         (run_id, *answers)))


def _record(db: StoreBase, run_id: int, summary: HarvestSummary, results: List[Result]) -> None:
    _write(db, run_id, results)
    for result in results:
        _tally(summary, result)


def _tally(summary: HarvestSummary, result: Result) -> None:
    if result.status == OK:
        summary.harvested += 1
        summary.datasets += result.datasets or 0
        summary.federated += result.federated or 0
        if result.listing is not None:
            summary.listed += len(result.listing.records)
            summary.listings_incomplete += not result.listing.complete
        elif summary.listing and result.error.startswith(listing_writer.LISTING_FAILED):
            summary.listings_failed += 1
    else:
        summary.failed[result.status] += 1
