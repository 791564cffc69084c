"""Failures are never zeros: only complete runs change the figures; a failed count keeps the last one."""
import sqlite3

import pytest
from fake_portals import FakeServer, endpoints_file, make_store, portal_routes

from odt_qgis_plugin.common.errors import Cancelled
from odt_qgis_plugin.common.progress import Feedback
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.harvest.results import counted_run, latest_counts, platform_counts
from odt_qgis_plugin.indicators.comparison import list_runs

pytestmark = pytest.mark.pure

N = 30


class CancelAfter(Feedback):
    """The user presses Cancel once `n` results are in."""

    def __init__(self, n):
        self.n, self.seen = n, 0

    def set_text(self, text):
        self.seen += ":" in text

    def is_canceled(self):
        return self.seen >= self.n


@pytest.fixture
def portal():
    state = {"counts": {f"P{i}": i + 1 for i in range(N)}}
    route = {"now": portal_routes(ods=state["counts"])}

    def answer(path, query, headers):
        return route["now"](path, query, headers)

    server = FakeServer(answer, delay=0.05).start()
    server.change = lambda counts: route.update(now=portal_routes(ods=counts))
    yield server
    server.stop()


def _store(tmp_path, url):
    return make_store(tmp_path / "store.gpkg", [
        {"siren": f"9000000{i:02d}", "url_platform": f"{url}/explore/?refine.publisher=P{i}",
         "techno_platform": "OpenDataSoft"} for i in range(N)])


def _counts(store, up_to=None):
    connection = sqlite3.connect(store)
    try:
        return latest_counts(connection, up_to), counted_run(connection)
    finally:
        connection.close()


def test_a_cancelled_run_changes_no_figure_until_resumed(tmp_path, portal):
    store = _store(tmp_path, portal.url)
    settings = HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", portal.url + "/api/1/"), per_host=2)
    first = run_harvest(store, settings)
    before, run = _counts(store)
    assert before == {f"9000000{i:02d}": (i + 1, "ok") for i in range(N)} and run["run_id"] == first.run_id
    portal.change({f"P{i}": 100 + i for i in range(N)})
    with pytest.raises(Cancelled):
        run_harvest(store, settings, feedback=CancelAfter(5))
    written = sqlite3.connect(store).execute("SELECT COUNT(*) FROM harvests WHERE run_id = 2").fetchone()[0]
    assert 5 <= written < N
    assert _counts(store) == (before, run)  # the new counts wait for the run to be complete
    assert [r["run_id"] for r in list_runs(store)] == [1]  # a cancelled run is no state to compare with
    resumed = run_harvest(store, HarvestSettings(**{**settings.__dict__, "resume": True}))
    after, run = _counts(store)
    assert resumed.run_id == 2 and run["run_id"] == 2
    assert after == {f"9000000{i:02d}": (100 + i, "ok") for i in range(N)}
    assert _counts(store, up_to=1)[0] == before  # run 1 as it was, for comparisons


def test_a_run_that_learnt_nothing_is_failed_and_shown_nowhere(tmp_path, portal):
    store = _store(tmp_path, portal.url)
    endpoints = endpoints_file(tmp_path / "e.json", portal.url + "/api/1/")
    run_harvest(store, HarvestSettings(endpoints=endpoints))
    before = _counts(store)
    closed = FakeServer(portal_routes())
    dead = closed.url
    closed.httpd.server_close()
    connection = sqlite3.connect(store, isolation_level=None)
    connection.execute("UPDATE actors SET url_platform = replace(url_platform, ?, ?)", (portal.url, dead))
    connection.close()
    summary = run_harvest(store, HarvestSettings(endpoints=endpoints, retries=0, breaker_threshold=1000))
    assert summary.harvested == 0 and summary.failed["connection_error"] == N
    statuses = [r[0] for r in sqlite3.connect(store).execute("SELECT status FROM harvest_runs ORDER BY run_id")]
    assert statuses == ["finished", "failed"]
    assert _counts(store) == before  # no network is not "0 datasets everywhere"


def test_a_first_failed_run_leaves_the_registry_state(tmp_path):
    closed = FakeServer(portal_routes())
    dead = closed.url
    closed.httpd.server_close()
    store = _store(tmp_path, dead)
    run_harvest(store, HarvestSettings(endpoints=endpoints_file(tmp_path / "e.json", dead + "/api/1/"), retries=0,
                                       breaker_threshold=1000))
    assert _counts(store) == ({}, None)  # engagement.load then treats every actor as the registry does


def test_a_definite_answer_replaces_an_old_count_a_failure_does_not(tmp_path):
    store = make_store(tmp_path / "store.gpkg", [{"siren": "900000001", "url_platform": "https://x.fr/"}])
    connection = sqlite3.connect(store, isolation_level=None)
    connection.executescript("""
        CREATE TABLE harvest_runs (run_id INTEGER PRIMARY KEY, started_at TEXT, ended_at TEXT, status TEXT,
                                   settings TEXT);
        CREATE TABLE harvests (fid INTEGER PRIMARY KEY, run_id INTEGER, siren TEXT, platform TEXT, url TEXT,
            datasets INTEGER, federated INTEGER, status TEXT, http_status INTEGER, error TEXT, duration REAL,
            harvested_at TEXT);
        INSERT INTO harvest_runs VALUES (1, '2026-01-01', '2026-01-01', 'finished', '{}'),
                                        (2, '2026-02-01', '2026-02-01', 'finished', '{}'),
                                        (3, '2026-03-01', '2026-03-01', 'finished', '{}');
        -- run 1: the whole shared portal (884) and 10 on data.gouv.fr; run 2: unattributed, data.gouv.fr down;
        -- run 3: the portal down, and the actor no longer on data.gouv.fr
        INSERT INTO harvests (run_id, siren, platform, datasets, status, harvested_at) VALUES
            (1, '900000001', 'opendatasoft', 884, 'ok', 'x'), (1, '900000001', 'datagouv', 10, 'ok', 'x'),
            (2, '900000001', 'opendatasoft', NULL, 'shared_unattributed', 'x'),
            (2, '900000001', 'datagouv', NULL, 'http_500', 'x'),
            (3, '900000001', 'opendatasoft', NULL, 'timeout', 'x');
    """)
    assert latest_counts(connection, 1) == {"900000001": (894, "ok")}
    assert latest_counts(connection, 2) == {"900000001": (10, "ok")}  # the 884 are gone, the 10 stay
    assert latest_counts(connection, 3) == {"900000001": (None, "shared_unattributed")}  # datagouv not asked
    assert platform_counts(connection, 2) == {"900000001": {"datagouv": (10, 0)}}
