"""Soak: 100 harvest runs of 20 actors against hostile local servers, and the cost of a host answering 500.

Part 1 (issue 18): slow-loris servers (in the body and in the headers), 100,000-deep JSON, 429 with
`Retry-After: 86400`, connection resets, a 500 that stays 500, a host name that does not resolve, and
healthy portals, mixed over 20 actors; 100 runs in a row on one store with short deadlines (1 s per
request, 2 s per actor), plus two command-line harvests killed with SIGKILL midway. Checks that every
run ends within its deadlines, that no run is left `running` and that every actor of every run has a
status; prints wall times against the deadline and the status counts.

Part 2 (issue 11): the national-run scenario "one organisation answering 500 held the run 33 s":
200 data.gouv.fr organisations at 50 ms per request, with and without one organisation answering 500
forever, under today's retry budget and under the former one (5 retries, backoff from 1 s), measured in
the same run. Goal: the 500 costs at most 10 s beyond the others.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_soak.py (about 3-4 minutes; exit 1 if a goal fails).
"""
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_portals import (  # noqa: E402 - after the sys.path set-up
    FakeServer,
    always,
    as_json,
    deep_json,
    endpoints_file,
    make_store,
    portal_routes,
    reset_connection,
    slow_loris,
    unresolvable_url,
)

RUNS = 100
TIMEOUT, ACTOR_TIMEOUT = 1.0, 2.0
# Measured from the start of the run to its last write: the actors' deadline, plus the engine's own
# bookkeeping (opening and closing the run, 20 short transactions), far below a second.
MARGIN = 1.0
HOSTILE = {  # kind: number of actors among the 20
    "healthy": 6, "slow_loris_body": 2, "slow_loris_headers": 2, "deep_json": 2, "retry_after_86400": 2,
    "connection_reset": 2, "http_500_forever": 2, "dns_failure": 2,
}


def hostile_servers():
    routes = {
        "healthy": portal_routes(ods={f"P{i}": i + 1 for i in range(20)}),
        "slow_loris_body": slow_loris(0.3, stop_after=5),
        "slow_loris_headers": slow_loris(0.3, in_headers=True, stop_after=5),
        "deep_json": deep_json(),
        "retry_after_86400": always(429, headers={"Retry-After": "86400"}),
        "connection_reset": reset_connection,
        "http_500_forever": always(500),
    }
    return {kind: FakeServer(route, 0.05 if kind == "healthy" else 0.0).start() for kind, route in routes.items()}


def soak_actors(servers):
    actors, number = [], 0
    for kind, count in HOSTILE.items():
        for _ in range(count):
            base = unresolvable_url(f"soak{number}") if kind == "dns_failure" else servers[kind].url
            actors.append({"siren": f"9{number:08d}", "url_platform": f"{base}/explore/?refine.publisher=P{number}",
                           "techno_platform": "OpenDataSoft", "kind": kind})
            number += 1
    return actors


def kill_midway(store, endpoints) -> None:
    """A command-line harvest killed with SIGKILL after its first result: its run stays `running` on disk."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1,localhost"}
    process = subprocess.Popen(
        [sys.executable, "-m", "odt_qgis_plugin", "harvest", "--store", store, "--endpoints", endpoints,
         "--timeout", str(TIMEOUT), "--actor-timeout", str(ACTOR_TIMEOUT)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            time.sleep(0.05)
            connection = sqlite3.connect(store)
            try:
                written = connection.execute(
                    "SELECT COUNT(*) FROM harvests WHERE run_id = (SELECT MAX(run_id) FROM harvest_runs"
                    " WHERE status = 'running')").fetchone()[0]
            except sqlite3.OperationalError:
                written = 0
            finally:
                connection.close()
            if written:
                break
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)


def soak() -> bool:
    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest

    servers = hostile_servers()
    ok = True
    try:
        with tempfile.TemporaryDirectory() as folder:
            actors = soak_actors(servers)
            kind_of = {actor["siren"]: actor["kind"] for actor in actors}
            store = make_store(Path(folder) / "soak.gpkg", actors)
            endpoints = endpoints_file(Path(folder) / "endpoints.json", servers["healthy"].url + "/api/1/")
            settings = HarvestSettings(endpoints=endpoints, timeout=TIMEOUT, actor_timeout=ACTOR_TIMEOUT,
                                       backoff_base=0.2)
            walls, started = [], time.monotonic()
            for run in range(RUNS):
                if run in (30, 60):
                    kill_midway(store, endpoints)
                began = time.monotonic()
                run_harvest(store, settings)
                walls.append(time.monotonic() - began)
            total = time.monotonic() - started
            connection = sqlite3.connect(store)
            try:
                runs = Counter(status for (status,) in connection.execute("SELECT status FROM harvest_runs"))
                per_run = connection.execute(
                    "SELECT r.run_id, r.status, COUNT(h.siren), SUM(h.status IS NULL OR h.status = '')"
                    " FROM harvest_runs r LEFT JOIN harvests h ON h.run_id = r.run_id GROUP BY r.run_id").fetchall()
                statuses = Counter((kind_of[siren], status) for siren, status in connection.execute(
                    "SELECT h.siren, h.status FROM harvests h JOIN harvest_runs r ON r.run_id = h.run_id"
                    " WHERE r.status = 'finished'"))
            finally:
                connection.close()
    finally:
        for server in servers.values():
            server.stop()
    finished = [row for row in per_run if row[1] == "finished"]
    incomplete = [row[0] for row in finished if row[2] != len(actors) or row[3]]
    deadline = ACTOR_TIMEOUT + MARGIN
    late = [round(w, 2) for w in walls if w > deadline]
    print(f"{RUNS} runs of {len(actors)} actors in {total:.0f} s (+2 command-line runs killed with SIGKILL)")
    print(f"deadlines: {TIMEOUT:g} s per request, {ACTOR_TIMEOUT:g} s per actor; run goal <= {deadline:g} s")
    print(f"wall time per run: min {min(walls):.2f} s, median {statistics.median(walls):.2f} s, "
          f"max {max(walls):.2f} s  (max / actor deadline = {max(walls) / ACTOR_TIMEOUT:.2f})")
    print("runs by status: " + ", ".join(f"{status} {n}" for status, n in sorted(runs.items())))
    print("actor statuses over the finished runs (kind of server: status count):")
    for kind in HOSTILE:
        found = ", ".join(f"{status} {n}" for (k, status), n in sorted(statuses.items()) if k == kind)
        print(f"  {kind:<20} {found}")
    if late:
        ok = False
        print(f"RUNS OVER THEIR DEADLINE: {late}")
    if runs.get("running"):
        ok = False
        print(f"RUNS LEFT RUNNING: {runs['running']}")
    if incomplete or len(finished) != RUNS:
        ok = False
        print(f"RUNS WITH ACTORS WITHOUT A STATUS: {incomplete}")
    if runs.get("interrupted", 0) != 2:
        ok = False
        print("THE KILLED RUNS WERE NOT CLOSED AS interrupted")
    return ok


def datagouv_route(failing: str):
    base = portal_routes(datagouv={f"{i:024x}": [{"id": "x"}] * 3 for i in range(200)})

    def route(path, query, headers):
        if query.get("organization", [""])[0] == failing:
            return as_json({"message": "Internal Server Error"}, 500)
        return base(path, query, headers)

    return route


def five_hundred() -> bool:
    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest

    failing = f"{199:024x}"
    server = FakeServer(datagouv_route(failing), 0.05).start()
    figures = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            endpoints = endpoints_file(Path(folder) / "endpoints.json", server.url + "/api/1/")
            orgs = [f"{i:024x}" for i in range(200)]
            budgets = {"today (2 retries, backoff from 0.5 s)": {},
                       "former (5 retries, backoff from 1 s)": {"retries": 5, "backoff_base": 1.0,
                                                                "backoff_max": 60.0}}
            for budget, extra in budgets.items():
                for with_500 in (False, True):
                    chosen = orgs if with_500 else orgs[:-1]
                    store = make_store(Path(folder) / f"{len(figures)}.gpkg", [
                        {"siren": f"8{i:08d}", "id_datagouv": org, "techno_platform": "DataGouv"}
                        for i, org in enumerate(chosen)])
                    began = time.monotonic()
                    summary = run_harvest(store, HarvestSettings(endpoints=endpoints, **extra))
                    figures[(budget, with_500)] = (time.monotonic() - began, summary)
    finally:
        server.stop()
    print("200 data.gouv.fr organisations at 50 ms per request (per host 6), one of them answering 500 forever:")
    ok = True
    for budget in budgets:
        plain, _ = figures[(budget, False)]
        failing_run, summary = figures[(budget, True)]
        extra = failing_run - plain
        print(f"  {budget:<40} without it {plain:6.2f} s, with it {failing_run:6.2f} s: "
              f"the 500 costs {extra:5.2f} s ({dict(summary.failed)})")
        if budget.startswith("today") and extra > 10:
            ok = False
            print("  THE 500 HOLDS THE RUN MORE THAN 10 s")
    return ok


def main() -> int:
    print("--- part 1: soak against hostile servers")
    soaked = soak()
    print("--- part 2: a host answering 500 forever")
    bounded = five_hundred()
    return 0 if soaked and bounded else 1


if __name__ == "__main__":
    sys.exit(main())
