"""Harvest benchmark: the 1,060 real actors against a local fake server answering after 50 ms.

Every registry URL is rewritten to one of several local "virtual hosts" (one port each; the
data.gouv.fr API gets its own), the harvester runs with its default limits, then a plain
sequential loop repeats the very same requests. Prints both times, their ratio (goal <= 0.15)
and the peak concurrency each virtual host saw during the harvest (must be <= the per-host limit;
the server counts a request from its arrival until its answer is ready, see fake_portals.FakeServer).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_harvest.py (about 75 s; exit 1 if a goal fails).
"""
import csv
import json
import sys
import tempfile
import time
import zlib
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_portals import FakeServer, as_json, csw_hits, endpoints_file, make_store  # noqa: E402 - after the sys.path set-up

DELAY = 0.05
PORTAL_HOSTS = 16
SHARED = ROOT.parent / "shared"


def answer(path, query, headers):
    """Any API the harvester may ask, each with a small valid answer."""
    if path.endswith("/catalog/datasets"):
        return as_json({"total_count": 3, "results": []})
    if path.endswith("/datasets/1.0/search/"):
        return as_json({"nhits": 3, "datasets": []})
    if path.endswith("/api/1/datasets/"):
        return as_json({"data": [{"id": "x", "harvest": None}], "page": 1, "page_size": 100, "total": 1,
                        "next_page": None, "previous_page": None})
    if path.endswith("/action/package_search"):
        return as_json({"success": True, "result": {"count": 2, "results": []}})
    if path.endswith(("/data.json", "/dcat-us/1.1.json")):
        return as_json({"dataset": [{"title": "t", "publisher": {"name": "P"}}]})
    if path.endswith("/csw"):
        return 200, {"Content-Type": "application/xml"}, csw_hits(4)
    return as_json({"message": "Not found"}, 404)


def registry(servers):
    """The real actors, each URL moved to a virtual host chosen by its real host name."""
    with open(SHARED / "data" / "odt" / "odt-actors-2022.csv", encoding="utf-8") as stream:
        actors = list(csv.DictReader(stream))
    for actor in actors:
        url = actor.get("url_platform") or ""
        if url:
            parts = urlsplit(url)
            server = servers[zlib.crc32((parts.hostname or "").encode()) % len(servers)]
            actor["url_platform"] = server.url + parts.path + ("?" + parts.query if parts.query else "")
        actor["name"] = actor.pop("nom", actor["siren"])
    return actors


def main() -> int:
    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
    from odt_qgis_plugin.network.gateway import RequestsTransport

    datagouv = FakeServer(answer, DELAY).start()
    portals = [FakeServer(answer, DELAY).start() for _ in range(PORTAL_HOSTS)]
    everyone = [datagouv] + portals
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = make_store(Path(folder) / "store.gpkg", registry(portals))
            settings = HarvestSettings(endpoints=endpoints_file(Path(folder) / "endpoints.json",
                                                                datagouv.url + "/api/1/"), timeout=10.0)
            started = time.perf_counter()
            summary = run_harvest(store, settings)
            harvest_time = time.perf_counter() - started
        peaks = {("data.gouv.fr API" if s is datagouv else f"portal host {i}"): s.peak for i, s in enumerate(everyone)}
        requests = [(s, path, {k: v for k, v in headers.items() if k == "X-Fields"})
                    for s in everyone for path, headers in s.requests]
        transport = RequestsTransport(timeout=10.0)
        started = time.perf_counter()
        for server, path, headers in requests:  # the same requests, one after the other
            transport.get(server.url + path, headers)
        sequential_time = time.perf_counter() - started
    finally:
        for server in everyone:
            server.stop()
    ratio = harvest_time / sequential_time
    print("\n".join(summary.lines()))
    print(f"requests: {len(requests)} (each answered after {DELAY * 1000:.0f} ms)")
    print(f"harvest:    {harvest_time:7.2f} s  (concurrency {settings.concurrency}, per host {settings.per_host})")
    print(f"sequential: {sequential_time:7.2f} s")
    print(f"ratio:      {ratio:7.3f}  (goal <= 0.15)")
    print("peak concurrent requests per host: " + json.dumps(peaks))
    over = {name: peak for name, peak in peaks.items() if peak > settings.per_host}
    print("per-host limit respected" if not over else f"PER-HOST LIMIT EXCEEDED: {over}")
    return 0 if ratio <= 0.15 and not over else 1


if __name__ == "__main__":
    sys.exit(main())
