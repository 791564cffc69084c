"""The store on PostGIS against the store on GeoPackage, in the same run, on a throwaway local cluster.

1. Build the store, import the 1,060 actors of 2022 and compute the national indicators, on each
   backend (each side twice, alternating, best time kept); goal: PostGIS <= 1.5 x GeoPackage.
2. Two harvests started at the same time into one PostGIS store, against local fake data.gouv.fr servers:
   the second waits for the store's writer lock (store/store_lock.py), then runs; every actor/platform
   result must be present exactly once in each run.
"""
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from odt_qgis_plugin.common import settings as settings_module  # noqa: E402
from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis  # noqa: E402

SETTINGS = settings_module.load()
ACTORS = Path(SETTINGS.reference_dir).parent.parent / "odt" / "odt-actors-2022.csv"
HARVESTED_ACTORS = 300


def build_import_indicators(location: str) -> dict:
    from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, load_snapshot
    from odt_qgis_plugin.registry.actors import import_registry
    from odt_qgis_plugin.store.qgis_build import build_store

    times = {}
    start = time.perf_counter()
    build_store(SETTINGS.reference_dir, SETTINGS.sirens_csv, SETTINGS.boundaries_dir, location)
    times["build"] = time.perf_counter() - start
    start = time.perf_counter()
    import_registry(location, str(ACTORS))
    times["import"] = time.perf_counter() - start
    start = time.perf_counter()
    compute_indicators(load_snapshot(location))
    times["indicators"] = time.perf_counter() - start
    times["total"] = sum(times.values())
    return times


def concurrent_harvests(location: str, work: Path) -> None:
    from fake_portals import FakeServer, endpoints_file, portal_routes

    from odt_qgis_plugin.harvest import endpoints
    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
    from odt_qgis_plugin.store import db

    store = db.open_store(location)
    actors = store.query("SELECT siren, id_datagouv FROM actors WHERE id_datagouv IS NOT NULL ORDER BY siren LIMIT ?",
                         (HARVESTED_ACTORS,))
    with store.transaction() as connection:  # data.gouv.fr only: the fake server is the only one answering
        connection.executemany("UPDATE actors SET url_platform = NULL, host = NULL, techno_platform = NULL"
                               " WHERE siren = ?", [(row[0],) for row in actors])
    server = FakeServer(portal_routes(datagouv={row[1]: [{"id": f"d{i}", "harvest": None} for i in range(i % 4)]
                                                for i, row in enumerate(actors)}), delay=0.005).start()
    config = endpoints.load(endpoints_file(work / "endpoints.json", server.url + "/api/1/"))
    summaries = []

    def harvest():
        from odt_qgis_plugin.store.store_lock import writing

        with writing(location, "harvest", wait=600):  # the second one waits for the first, however long it takes
            summaries.append(run_harvest(location, HarvestSettings(actors=[row[0] for row in actors], concurrency=8,
                                                                   per_host=8), config=config))

    start = time.perf_counter()
    threads = [threading.Thread(target=harvest) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    elapsed = time.perf_counter() - start
    complete = len(summaries) == 2
    for summary in summaries:
        rows = store.query("SELECT siren, platform, COUNT(*) FROM harvests WHERE run_id = ? GROUP BY siren, platform",
                           (summary.run_id,))
        complete = complete and len(rows) == len(actors) and all(row[2] == 1 for row in rows)
        print(f"harvest run {summary.run_id}: {summary.harvested} harvested, {sum(summary.failed.values())} failed,"
              f" {len(rows)} results stored for {len(actors)} actors")
    print(f"two harvests, one after the other   : {elapsed:7.2f} s   every result present exactly once: "
          f"{'yes' if complete else 'NO'}")
    if not complete:
        raise SystemExit(1)


def main():
    from pg_server import start_server

    start_qgis()
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as work:
            best = {}
            for round_number in range(2):
                for side in ("gpkg", "postgis"):
                    if side == "gpkg":
                        location = f"{work}/store-{round_number}.gpkg"
                    else:
                        location = server.create_database(f"bench{round_number}")
                    times = build_import_indicators(location)
                    if side not in best or times["total"] < best[side]["total"]:
                        best[side] = times
            for side, label in (("gpkg", "GeoPackage"), ("postgis", "PostGIS")):
                times = best[side]
                print(f"{label:<11} build + import + indicators: {times['total']:7.2f} s   (build {times['build']:.2f},"
                      f" import {times['import']:.2f}, indicators {times['indicators']:.2f})")
            print(f"ratio PostGIS / GeoPackage            : {best['postgis']['total'] / best['gpkg']['total']:7.2f}"
                  f"   (goal <= 1.50)")
            concurrent_harvests(server.uri("bench1"), Path(work))
    finally:
        server.stop()
        stop_qgis()


if __name__ == "__main__":
    main()
