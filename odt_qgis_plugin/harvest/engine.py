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
from typing import Dict, List, Optional, Tuple

from ..common.errors import Cancelled, InputError, PortalError, StoreError
from ..common.i18n import tr
from ..common.levels import TABLE_OF
from ..common.progress import Feedback
from ..common.settings import DEFAULT_THRESHOLD, HARVEST_CONCURRENCY, HARVEST_PER_HOST, HARVEST_TIMEOUT
from ..network.gateway import RequestsTransport, UnexpectedAnswer, host_key
from ..network.manners import Manners, PoliteTransport
from ..registry.engagement import refresh_engagement
from ..store import schema
from ..store.db import (
    add_column,
    ensure_attribute_table,
    insert_returning_id,
    open_store,
    quote_identifier,
    upsert,
    utc_now,
)
from ..store.db import table_columns as db_columns
from ..store.store_base import StoreBase
from . import endpoints as endpoints_module
from .attribution import Decided, HostWork, Identity, one_kind_per_host, plan_hosts, resolve_host
from .portals import NO_PLATFORM, adapter
from .portals.datagouv import KIND as DATAGOUV
from .portals.portal_base import NoPlatform, Survey
from .results import DEFINITIVE
from .targets import Target, plan

LOG = logging.getLogger(__name__)
OK = "ok"
NO_MATCH = "no_match"
OVERLAP = "overlap"


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
    datagouv_catalog: Optional[str] = None  # data.gouv.fr catalogue exports instead of its API
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
    host: str = ""
    filter: str = ""  # the filter used, as the portal's URLs write it
    attribution: str = ""  # "url", "name" (looked up among the portal's publishers) or "" (whole portal)


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
    present = set(db_columns(connection, "harvests"))
    for name, kind in schema.HARVESTS_ADDED:
        if name not in present:
            add_column(connection, "harvests", name, kind)
    ensure_attribute_table(connection, "harvest_hosts", schema.HARVEST_HOSTS,
                           "Dataset totals of shared portals, per run")
    connection.execute("CREATE INDEX IF NOT EXISTS harvests_pair ON harvests (siren, platform, status)")


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


def _open_run(db: StoreBase, settings: HarvestSettings) -> Tuple[int, set, bool]:
    with db.transaction() as connection:
        ensure_tables(connection)
        if settings.resume:
            row = connection.execute(
                "SELECT run_id FROM harvest_runs WHERE status IN ('running', 'cancelled') ORDER BY run_id DESC LIMIT 1"
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


def harvest_one(transport, siren: str, target: Target, catalog=None) -> Optional[Result]:
    start = time.monotonic()
    try:
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
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
        # An answer shaped in a way no adapter foresaw: one actor's problem, not the harvest's.
        LOG.exception("unexpected answer for %s on %s", siren, target.kind)
        return _result(siren, target, None, None, "bad_answer", None, f"{type(error).__name__}: {error}",
                       time.monotonic() - start)
    if target.filter is not None and found.datasets == 0:
        # A filter that selects nothing says the URL's value is not (or no longer) the portal's, not "0".
        return _result(siren, target, None, None, NO_MATCH, 200,
                       tr("The filter {filter} selects no dataset on {host}").format(
                           filter=target.filter.label(), host=target.host), time.monotonic() - start)
    return _result(siren, target, found.datasets, found.federated, OK, 200, "", time.monotonic() - start)


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
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
        LOG.exception("unexpected survey answer from %s", work.host)
        return None, UnexpectedAnswer(f"{type(error).__name__}: {error}")


def _write(db: StoreBase, run_id: int, results: List[Result]) -> None:
    if not results:
        return
    now = utc_now()
    with db.transaction() as connection:
        upsert(connection, "harvests", _HARVEST_COLUMNS, ("run_id", "siren", "platform"), [
            (run_id, r.siren, r.platform, r.url, r.datasets, r.federated, r.status, r.http_status, r.error,
             round(r.duration, 3), now, r.host, r.filter, r.attribution) for r in results])


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
        ended = utc_now() if status in ("finished", "failed") else None
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
    everyone = _actors(db, None)
    actors = _actors(db, settings.actors)
    catalog = None
    if settings.datagouv_catalog:
        from .datagouv_catalog import read_catalog

        feedback.set_text(tr("Reading the data.gouv.fr catalogue"))
        catalog = read_catalog(settings.datagouv_catalog, actors, config, transport, settings.max_bytes)
    run_id, done, resumed = _open_run(db, settings)
    summary = HarvestSummary(run_id, resumed)
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

    def submit_counts(items):
        for siren, target in interleave(items):
            jobs[executor.submit(harvest_one, polite, siren, target, catalog)] = ("count", target)

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
                    jobs[executor.submit(survey_one, polite, work)] = ("survey", work)
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
                jobs[executor.submit(survey_one, polite, work)] = ("survey", work)
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
                kind, item = jobs.pop(future)
                if kind == "survey":
                    survey, error = future.result()
                    if isinstance(error, Cancelled):
                        continue
                    _write_host(db, run_id, item, survey, error)
                    totals[item.host] = survey.total if survey is not None else None
                    now_ready, now_decided = resolve_host(item, survey, error, identities)
                    arrived += [(_decided(entry), entry.target) for entry in now_decided]
                    submit_counts(now_ready)
                    surveyed.append(item.host)
                    continue
                arrived.append((future.result(), item))
            finished += len(arrived)
            finished_pairs(arrived)
            for host in surveyed:
                host_done(host)
            for result, _target in arrived:
                if result is not None:
                    feedback.set_text(f"{result.siren} {result.platform}: {result.status}")
            if ready_jobs:
                feedback.set_progress(100.0 * finished / max(len(pairs), 1))
    finally:
        # Requests in flight when the user cancels stop at their next retry; whatever they
        # completed is still written, so that nothing fetched is lost.
        executor.shutdown(wait=True, cancel_futures=True)
    _record(db, run_id, summary, [future.result() for future, (kind, _item) in jobs.items()
                                  if kind == "count" and future.done() and not future.cancelled()
                                  and future.exception() is None and future.result()])
    summary.seconds = time.monotonic() - started
    if cancel.is_set():
        _close_run(db, run_id, "cancelled")
        raise Cancelled(tr("Harvest cancelled; `--resume` finishes run {run}.").format(run=run_id))
    # A run that learnt nothing (no network, every portal down) is kept for the record but shown nowhere.
    _close_run(db, run_id, "failed" if pairs and not _has_answer(db, run_id) else "finished")
    # The territory layers show the counts of the last complete run: rewritten once this one is complete.
    if db.has_table("communes"):  # a registry-only store has no territory layers to refresh
        refresh_engagement(store_path, settings.threshold)
    return summary


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
    else:
        summary.failed[result.status] += 1
