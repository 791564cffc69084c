"""Hostile answers are statuses, not crashes: deadlines, the retry budget, bounded parsing, runs always closed."""
import json
import os
import socket
import sqlite3
import subprocess
import sys
from contextlib import ExitStack

import pytest
from fake_portals import (
    FakeServer,
    always,
    deep_json,
    deep_xml,
    endpoints_file,
    flaky,
    make_store,
    portal_routes,
    reset_connection,
    slow_loris,
    unresolvable_url,
)
from snapshot_checks import fingerprint

from odt_qgis_plugin.common.errors import Cancelled, InputError, StoreError
from odt_qgis_plugin.common.progress import Feedback
from odt_qgis_plugin.harvest import engine
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.harvest.results import latest_counts
from odt_qgis_plugin.network.gateway import (
    BadJson,
    BadXml,
    ConnectionFailed,
    DnsFailed,
    RequestsTransport,
    RequestTimeout,
    Response,
    parse_json,
    parse_xml,
)
from odt_qgis_plugin.network.manners import Manners, OutOfTime, PoliteTransport, RateLimited

pytestmark = pytest.mark.pure

ODS = "/explore/?refine.publisher=P"
HARVEST_TABLES = ("harvest_runs", "harvests")


@pytest.fixture
def servers():
    with ExitStack() as stack:

        def start(route, delay=0.0):
            server = FakeServer(route, delay).start()
            stack.callback(server.stop)
            return server

        yield start


def _settings(tmp_path, datagouv_url, **kwargs):
    kwargs.setdefault("backoff_base", 0.05)
    kwargs.setdefault("timeout", 1.0)
    return HarvestSettings(endpoints=endpoints_file(tmp_path / "endpoints.json", datagouv_url + "/api/1/"), **kwargs)


def _query(store, sql, params=()):
    connection = sqlite3.connect(store)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql, params)]
    finally:
        connection.close()


def _statuses(store, run_id):
    return {r["siren"]: r for r in _query(store, "SELECT * FROM harvests WHERE run_id = ?", (run_id,))}


def _api_requests(server):
    return [path for path, _ in server.requests if path.startswith("/api/")]


class Switch:
    """A route that answers well until `hostile` is set, then as the given hostile route."""

    def __init__(self, good, hostile):
        self.good, self.hostile, self.on = good, hostile, False

    def __call__(self, path, query, headers):
        return (self.hostile if self.on else self.good)(path, query, headers)


def test_every_hostile_answer_is_a_status_and_nothing_fetched_before_is_lost(tmp_path, servers):
    good = portal_routes(ods={"P": 5})
    hostile = {
        "100000001": None,  # stays healthy
        "100000002": deep_json(),
        "100000003": slow_loris(0.4),  # 33 bytes of body at 0.4 s each: would succeed after 13 s
        "100000004": slow_loris(0.4, in_headers=True),
        "100000005": always(429, headers={"Retry-After": "86400"}),
        "100000006": always(500),
        "100000007": reset_connection,
    }
    switches = {siren: Switch(good, route or good) for siren, route in hostile.items()}
    portals = {siren: servers(switch) for siren, switch in switches.items()}
    datagouv = servers(portal_routes(datagouv={}))
    actors = [{"siren": s, "url_platform": portals[s].url + ODS, "techno_platform": "OpenDataSoft"} for s in hostile]
    store = make_store(tmp_path / "store.gpkg", actors)
    first = run_harvest(store, _settings(tmp_path, datagouv.url))
    assert first.harvested == 7
    before = fingerprint(store, HARVEST_TABLES)
    first_rows = _query(store, "SELECT * FROM harvests WHERE run_id = ? ORDER BY siren", (first.run_id,))

    # The DNS failure cannot be switched on a server: an eighth actor whose host name does not resolve.
    connection = sqlite3.connect(store)
    connection.execute("INSERT INTO actors (siren, name, url_platform, techno_platform) VALUES (?, ?, ?, ?)",
                       ("100000008", "Nowhere", unresolvable_url() + ODS, "OpenDataSoft"))
    connection.commit()
    connection.close()
    for switch in switches.values():
        switch.on = True
    for server in portals.values():
        server.requests.clear()
    second = run_harvest(store, _settings(tmp_path, datagouv.url))

    rows = _statuses(store, second.run_id)
    assert {siren: row["status"] for siren, row in rows.items()} == {
        "100000001": "ok",
        "100000002": "bad_json",
        "100000003": "timeout",
        "100000004": "timeout",
        "100000005": "rate_limited",
        "100000006": "http_500",
        "100000007": "connection_error",
        "100000008": "dns_error",
    }
    assert all(row["datasets"] is None for siren, row in rows.items() if siren != "100000001")
    assert rows["100000005"]["http_status"] == 429 and "86400" in rows["100000005"]["error"]
    assert len(_api_requests(portals["100000005"])) == 1  # a day-long Retry-After is not waited for
    assert len(_api_requests(portals["100000006"])) == 6  # 1 + 2 retries on v2.1, then the same on v1
    assert len(_api_requests(portals["100000007"])) == 3  # 1 + 2 retries
    assert second.failed == {"bad_json": 1, "timeout": 2, "rate_limited": 1, "http_500": 1,
                             "connection_error": 1, "dns_error": 1}
    runs = _query(store, "SELECT * FROM harvest_runs ORDER BY run_id")
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert runs[1]["pid"] == os.getpid() and runs[1]["hostname"] == socket.gethostname()
    # Nothing of the first run changed, and its counts are still the ones shown.
    assert _query(store, "SELECT * FROM harvests WHERE run_id = ? ORDER BY siren", (first.run_id,)) == first_rows
    after = fingerprint(store, HARVEST_TABLES)
    assert after["harvests"][0] == before["harvests"][0] + 8
    connection = sqlite3.connect(store)
    try:
        # An actor whose only platform failed shows that failure's status, and no count (issue 11).
        assert latest_counts(connection) == {**{s: (5, "ok") for s in hostile}, "100000008": (None, "dns_error")}
    finally:
        connection.close()


def test_a_bug_inside_one_actor_is_that_actors_status(tmp_path, servers, monkeypatch):
    # One shared portal, each actor with its own publisher filter (the same filter would be `shared_unattributed`).
    portal = servers(portal_routes(ods={f"P{i}": 5 for i in range(4)}))
    datagouv = servers(portal_routes(datagouv={}))
    actors = [{"siren": f"20000000{i}", "url_platform": f"{portal.url}/explore/?refine.publisher=P{i}",
               "techno_platform": "OpenDataSoft"} for i in range(4)]
    store = make_store(tmp_path / "store.gpkg", actors)
    real_count = engine.count
    calls = []

    def count(transport, target):  # one worker: the adapters are called one after the other
        calls.append(target)
        if len(calls) == 2:
            raise RuntimeError("adapter bug")
        if len(calls) == 3:
            raise RecursionError("maximum recursion depth exceeded")
        return real_count(transport, target)

    monkeypatch.setattr(engine, "count", count)
    summary = run_harvest(store, _settings(tmp_path, datagouv.url, concurrency=1))
    statuses = sorted(r["status"] for r in _statuses(store, summary.run_id).values())
    assert statuses == ["internal_error", "internal_error", "ok", "ok"]
    errors = sorted(r["error"] for r in _statuses(store, summary.run_id).values() if r["error"])
    assert errors == ["RecursionError: maximum recursion depth exceeded", "RuntimeError: adapter bug"]
    assert _query(store, "SELECT status FROM harvest_runs") == [{"status": "finished"}]


def test_retry_after_within_the_cap_is_waited_beyond_it_is_rate_limited(tmp_path, servers):
    datagouv = servers(portal_routes(datagouv={}))
    ok = portal_routes(ods={"P": 5})
    waits = servers(flaky(ok, failures=1, retry_after="1"))
    over_cap = servers(flaky(ok, failures=1, retry_after="3"))
    past_deadline = servers(flaky(ok, failures=1, retry_after="3"))
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": "300000001", "url_platform": waits.url + ODS, "techno_platform": "OpenDataSoft"},
        {"siren": "300000002", "url_platform": over_cap.url + ODS, "techno_platform": "OpenDataSoft"},
    ])
    summary = run_harvest(store, _settings(tmp_path, datagouv.url, max_retry_after=2))
    rows = _statuses(store, summary.run_id)
    assert (rows["300000001"]["status"], rows["300000001"]["datasets"]) == ("ok", 5)
    # The count: one 429, then the answer after the wait; then, the count in, the portal's total for the report.
    assert len([p for p, _ in waits.requests if "refine=" in p]) == 2 and waits.route.calls["n"] == 3
    assert rows["300000002"]["status"] == "rate_limited" and over_cap.route.calls["n"] == 1
    # Within the cap, but the actor's deadline comes first: not waited for either.
    store2 = make_store(tmp_path / "store2.gpkg", [
        {"siren": "300000003", "url_platform": past_deadline.url + ODS, "techno_platform": "OpenDataSoft"}])
    summary = run_harvest(store2, _settings(tmp_path, datagouv.url, max_retry_after=60, actor_timeout=2))
    row = _statuses(store2, summary.run_id)["300000003"]
    assert row["status"] == "rate_limited" and "deadline" in row["error"]
    assert past_deadline.route.calls["n"] == 1


def test_the_actor_deadline_ends_a_long_paging(tmp_path, servers):
    org = "a" * 24
    datasets = [{"id": f"d{i}"} for i in range(250)]
    slow_api = servers(portal_routes(datagouv={org: datasets}), delay=0.3)
    portal = servers(portal_routes(ods={"P": 5}))
    endpoints = tmp_path / "endpoints.json"
    endpoints.write_text(json.dumps({"format": 1, "hosts": None, "platforms": {
        "datagouv": {"api": slow_api.url + "/api/1/", "page_size": 10}}}), encoding="utf-8")
    store = make_store(tmp_path / "store.gpkg", [{"siren": "400000001", "url_platform": portal.url + ODS,
                                                  "id_datagouv": org, "techno_platform": "OpenDataSoft, DataGouv"}])
    summary = run_harvest(store, HarvestSettings(endpoints=str(endpoints), timeout=5, actor_timeout=1.5))
    rows = {r["platform"]: r for r in _query(store, "SELECT * FROM harvests WHERE run_id = ?", (summary.run_id,))}
    assert rows["opendatasoft"]["status"] == "ok"
    assert rows["datagouv"]["status"] == "actor_timeout" and rows["datagouv"]["datasets"] is None
    pages = [p for p, _ in slow_api.requests if p.startswith("/api/1/datasets/")]
    assert 1 <= len(pages) < 25  # 25 pages would have given the whole count


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_resume_keeps_the_original_selection_and_a_dead_run_is_closed(tmp_path, servers):
    portal = servers(portal_routes(ods={f"P{i}": i for i in range(6)}), delay=0.2)
    datagouv = servers(portal_routes(datagouv={}))
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": f"50000000{i}", "url_platform": f"{portal.url}/explore/?refine.publisher=P{i}",
         "techno_platform": "OpenDataSoft"} for i in range(6)])

    class CancelAfterFirst(Feedback):
        def __init__(self):
            self.results = 0

        def set_text(self, text):
            self.results += text.endswith(": ok")

        def is_canceled(self):
            return self.results >= 1

    selection = ["500000001", "500000002", "500000003"]
    with pytest.raises(Cancelled):
        run_harvest(store, _settings(tmp_path, datagouv.url, actors=selection, per_host=1, concurrency=1),
                    feedback=CancelAfterFirst())
    # As if the process had been killed: the run left `running`, recorded by a process that no longer exists.
    connection = sqlite3.connect(store)
    connection.execute("UPDATE harvest_runs SET status = 'running', pid = ?, hostname = ?",
                       (_dead_pid(), socket.gethostname()))
    connection.commit()
    connection.close()
    written = {r["siren"] for r in _query(store, "SELECT siren FROM harvests")}
    assert 1 <= len(written) < 3
    portal.requests.clear()
    # Resumed without --actors and with other limits: the run's own settings are used.
    resumed = run_harvest(store, _settings(tmp_path, datagouv.url, resume=True, per_host=6, timeout=9))
    assert resumed.resumed and resumed.run_id == 1
    assert {r["siren"] for r in _query(store, "SELECT siren FROM harvests")} == set(selection)
    asked = {p.rsplit("P", 1)[1] for p, _ in portal.requests if "refine=" in p}  # not the portal's survey
    assert asked == {s[-1] for s in selection} - {s[-1] for s in written}
    runs = _query(store, "SELECT status, settings FROM harvest_runs")
    assert [r["status"] for r in runs] == ["finished"]
    recorded = json.loads(runs[0]["settings"])
    assert recorded["actors"] == selection and recorded["per_host"] == 1 and recorded["timeout"] == 1.0


def test_a_run_whose_process_died_is_marked_interrupted_at_the_next_start(tmp_path, servers):
    portal = servers(portal_routes(ods={"P": 5}))
    datagouv = servers(portal_routes(datagouv={}))
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": "600000001", "url_platform": portal.url + ODS, "techno_platform": "OpenDataSoft"}])
    run_harvest(store, _settings(tmp_path, datagouv.url))
    connection = sqlite3.connect(store)
    connection.executemany(
        "INSERT INTO harvest_runs (started_at, status, settings, pid, hostname) VALUES (?, 'running', '{}', ?, ?)",
        [("2026-01-01T00:00:00+00:00", _dead_pid(), socket.gethostname()),  # killed here
         ("2026-01-02T00:00:00+00:00", None, None),  # left by a version that did not record its process
         ("2026-01-03T00:00:00+00:00", 4242, "another-machine"),  # unknown: left alone
         ("2026-01-04T00:00:00+00:00", os.getpid(), socket.gethostname())])  # alive: left alone
    connection.commit()
    connection.close()
    before = fingerprint(store, ("harvests",))
    with pytest.raises(StoreError, match="still running"):
        run_harvest(store, _settings(tmp_path, datagouv.url, resume=True))
    assert fingerprint(store, ("harvests",)) == before
    statuses = [r["status"] for r in _query(store, "SELECT status FROM harvest_runs ORDER BY run_id")]
    assert statuses == ["finished", "interrupted", "interrupted", "running", "running"]
    summary = run_harvest(store, _settings(tmp_path, datagouv.url))
    assert _query(store, "SELECT status FROM harvest_runs WHERE run_id = ?", (summary.run_id,)) == [
        {"status": "finished"}]


def test_a_failure_outside_the_actors_closes_the_run_as_failed(tmp_path, servers, monkeypatch):
    portal = servers(portal_routes(ods={"P": 5, "Q": 5}))
    datagouv = servers(portal_routes(datagouv={}))
    # Two actors share the filter P: both are `shared_unattributed`, written before any request (the first
    # batch, deterministically); the third actor's count is the second batch, whose write fails.
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": f"70000000{i}", "url_platform": f"{portal.url}/explore/?refine.publisher={name}",
         "techno_platform": "OpenDataSoft"} for i, name in enumerate("PPQ")])
    real_write = engine._write
    calls = []

    def write(db, run_id, result):
        if result:  # the engine also hands over empty batches (a survey in, nothing decided)
            calls.append(result)
        if len(calls) == 2:
            raise StoreError("database is locked")
        real_write(db, run_id, result)

    monkeypatch.setattr(engine, "_write", write)
    with pytest.raises(StoreError, match="locked"):
        run_harvest(store, _settings(tmp_path, datagouv.url, concurrency=1))
    assert _query(store, "SELECT status FROM harvest_runs") == [{"status": "failed"}]
    # What was written stays.
    assert _query(store, "SELECT siren, status FROM harvests ORDER BY siren") == [
        {"siren": "700000000", "status": "shared_unattributed"},
        {"siren": "700000001", "status": "shared_unattributed"}]
    assert [r.siren for r in calls[1]] == ["700000002"]


@pytest.mark.parametrize("field, value", [
    ("timeout", float("inf")), ("timeout", float("nan")), ("timeout", 0), ("only_stale", float("nan")),
    ("per_host", 0), ("concurrency", 10 ** 6), ("actor_timeout", -1), ("max_retry_after", float("inf")),
    ("threshold", -5),
])
def test_bad_settings_are_refused_before_a_run_is_opened(tmp_path, servers, field, value):
    portal = servers(portal_routes(ods={"P": 5}))
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": "800000001", "url_platform": portal.url + ODS, "techno_platform": "OpenDataSoft"}])
    run_harvest(store, _settings(tmp_path, portal.url))
    before = fingerprint(store, HARVEST_TABLES)
    with pytest.raises(InputError) as caught:
        run_harvest(store, _settings(tmp_path, portal.url, **{field: value}))
    assert caught.value.message.startswith(field + ": expected") and "\n" not in caught.value.message
    assert fingerprint(store, HARVEST_TABLES) == before


# --- the gateway and the manners alone --------------------------------------------------------------------


def test_parsers_bound_depth():
    with pytest.raises(BadJson, match="nested too deeply"):
        parse_json(Response("http://x", 200, b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(BadJson, match="nested too deeply"):
        parse_json(Response("http://x", 200, b'{"a":' * 50_000 + b"1" + b"}" * 50_000))
    with pytest.raises(BadXml, match="nested too deeply"):
        parse_xml(Response("http://x", 200, b"<a>" * 100_000 + b"</a>" * 100_000))
    value, depth = parse_json(Response("http://x", 200, b"[" * 50 + b"]" * 50)), 1
    while value:
        value, depth = value[0], depth + 1
    assert depth == 50  # real answers are far shallower, and read
    assert parse_xml(Response("http://x", 200, b"<a>" * 200 + b"</a>" * 200)).tag == "a"


@pytest.mark.parametrize("route, error", [
    (slow_loris(0.3), RequestTimeout),  # the whole answer would take 10 s, each byte comes within 0.3 s
    (slow_loris(0.3, in_headers=True), RequestTimeout),
    (reset_connection, ConnectionFailed),
])
def test_requests_transport_deadline_covers_headers_and_body(servers, route, error):
    server = servers(route)
    with pytest.raises(error):
        RequestsTransport(timeout=1.0).get(server.url + "/x")
    assert RequestsTransport(timeout=1.0).get(servers(deep_xml(3)).url + "/x").status == 200


def test_an_unresolvable_host_is_a_dns_error():
    with pytest.raises(DnsFailed, match="Host name not found"):
        RequestsTransport(timeout=1.0).get(unresolvable_url() + "/x")


def test_a_shorter_deadline_for_one_call(servers):
    server = servers(slow_loris(0.2))
    transport = RequestsTransport(timeout=60)
    with pytest.raises(RequestTimeout):
        transport.get(server.url + "/x", timeout=0.5)


class Scripted:
    """A transport answering from a list (status or exception), recording each call."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.calls = []

    def get(self, url, headers=None, timeout=None):
        self.calls.append(timeout)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        status, retry_after = answer if isinstance(answer, tuple) else (answer, None)
        return Response(url, status, b"{}", {"Retry-After": retry_after} if retry_after else {})


def _polite(transport, **kwargs):
    kwargs.setdefault("backoff_base", 0.01)
    return PoliteTransport(transport, Manners(**kwargs))


def test_the_retry_budget():
    down = Scripted(500)
    assert _polite(down).get("http://h/x").status == 500 and len(down.calls) == 3
    reset = Scripted(ConnectionFailed("reset"))
    with pytest.raises(ConnectionFailed):
        _polite(reset, breaker_threshold=99).get("http://h/x")
    assert len(reset.calls) == 3
    unresolved = Scripted(DnsFailed("no such host"))
    with pytest.raises(DnsFailed):
        _polite(unresolved).get("http://h/x")
    assert len(unresolved.calls) == 1
    limited = Scripted((429, "86400"))
    with pytest.raises(RateLimited):
        _polite(limited).get("http://h/x")
    assert len(limited.calls) == 1
    still_limited = Scripted(429)
    with pytest.raises(RateLimited, match="after 2 retries"):
        _polite(still_limited).get("http://h/x")
    assert len(still_limited.calls) == 3
    maintenance = Scripted((503, "86400"))
    assert _polite(maintenance).get("http://h/x").status == 503 and len(maintenance.calls) == 1


def test_deadlines_reach_the_transport():
    import time

    ok = Scripted(200)
    polite = _polite(ok, request_timeout=30)
    polite.get("http://h/x", deadline=time.monotonic() + 5)
    assert 4 < ok.calls[0] <= 5  # the actor's remaining time, shorter than the request timeout
    polite.get("http://h/x", deadline=time.monotonic() + 500)
    assert ok.calls[1] == 30
    with pytest.raises(OutOfTime):
        polite.get("http://h/x", deadline=time.monotonic() - 1)
    assert len(ok.calls) == 2


def test_the_defaults_fit_a_national_run():
    settings = HarvestSettings()
    assert (settings.retries, settings.max_retry_after) == (2, 60.0)
    assert settings.backoff_base * (1 + 2) * 1.2 < 2  # the two backoffs of a host answering 500 forever


def test_a_store_from_before_runs_named_their_process_is_brought_up_to_date(tmp_path, servers):
    portal = servers(portal_routes(ods={"P": 5}))
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": "900000001", "url_platform": portal.url + ODS, "techno_platform": "OpenDataSoft"}])
    connection = sqlite3.connect(store)
    connection.executescript("""
        CREATE TABLE harvest_runs (run_id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT,
                                   status TEXT NOT NULL, settings TEXT);
        INSERT INTO harvest_runs (started_at, status, settings)
            VALUES ('2025-06-01T00:00:00+00:00', 'running', '{"timeout": 30, "retries": 5, "actors": null}');
    """)
    connection.close()
    summary = run_harvest(store, _settings(tmp_path, portal.url, resume=True))
    assert summary.resumed and summary.run_id == 1 and summary.harvested == 1
    run = _query(store, "SELECT * FROM harvest_runs")
    assert [(r["status"], r["pid"]) for r in run] == [("finished", os.getpid())]
    assert json.loads(run[0]["settings"])["retries"] == 5  # the record of the run is kept as it was


def test_an_actor_stuck_past_its_deadline_is_written_and_not_waited_for(tmp_path, monkeypatch):
    """Our transports end every request by the deadline; a transport that does not still cannot hold the run."""
    import threading

    released = threading.Event()

    class Stuck:
        def get(self, url, headers=None, timeout=None):
            if "P0" in url:
                released.wait(30)  # ignores its timeout
            # Each actor's filter selects 2 of the portal's 6 datasets (the survey asks without a filter).
            total = 2 if "refine=" in url else 6
            return Response(url, 200, b'{"total_count": %d, "results": []}' % total)

    monkeypatch.setattr(engine, "GRACE", 0.3)
    store = make_store(tmp_path / "store.gpkg", [
        {"siren": f"91000000{i}", "url_platform": f"http://127.0.0.1:9/explore/?refine.publisher=P{i}",
         "techno_platform": "OpenDataSoft"} for i in range(3)])
    endpoints = endpoints_file(tmp_path / "endpoints.json", "http://127.0.0.1:9/api/1/")
    try:
        summary = run_harvest(store, HarvestSettings(endpoints=endpoints, actor_timeout=0.5), transport=Stuck())
    finally:
        released.set()
    rows = _statuses(store, summary.run_id)
    assert {s: r["status"] for s, r in rows.items()} == {"910000000": "actor_timeout", "910000001": "ok",
                                                          "910000002": "ok"}
    assert "abandoned" in rows["910000000"]["error"]
    assert _query(store, "SELECT status FROM harvest_runs") == [{"status": "finished"}]
