"""Harvest benchmark: the 1,060 real actors, each real host moved onto its own local fake host at 50 ms.

Every registry URL is rewritten to a local server standing for its real host (one port each; the
data.gouv.fr API gets its own); each server answers like the portal kind the URL shows, with a
catalogue built from the filters of the actors publishing there. As on the real network, one host
in ten answers 404 to everything, one data.gouv.fr organisation answers 500 to every request, and
one portal answers 429 (Retry-After: 1) to its first request. The harvester runs with its default
limits, then a plain sequential loop repeats the very same requests. Prints both times, their ratio
(goal <= 0.15), where the time went, and the peak concurrency each host saw (must be <= the per-host
limit; the server counts a request from its arrival until its answer is ready, see fake_portals).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_harvest.py (about 2 minutes; exit 1 if a goal fails).
"""
import csv
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_portals import FakeServer, always, endpoints_file, flaky, make_store, portal_routes  # noqa: E402

DELAY = 0.05
SHARED = ROOT.parent / "shared"


def registry():
    with open(SHARED / "data" / "odt" / "odt-actors-2022.csv", encoding="utf-8") as stream:
        actors = list(csv.DictReader(stream))
    for actor in actors:
        actor["name"] = actor.pop("nom", actor["siren"])
    return actors


def host_catalogue(actors, config):
    """The answers of one real host: each actor's filter value gets a few datasets, plus some of nobody."""
    from odt_qgis_plugin.harvest.targets import plan

    ods, ckan, dcat, csw = [], {}, ["Autre"] * 3, {"Autre": {"dataset": 3, "service": 2}}
    for number, actor in enumerate(actors):
        target = plan(actor, config)[0]
        values = target.filter.values if target.filter else ()
        n = 2 + number % 5
        for value in values:
            facet = target.filter.facet
            ods += [{facet: value}] * n
            ckan[value] = n
            dcat += [value] * n
            csw[value] = {"dataset": n, "series": 1}
    ods += [{"publisher": "Autre"}] * 3
    return portal_routes(ods=ods, ckan=ckan, dcat=dcat, csw=csw)


class National:
    """The registry on local fake hosts: one server per real host (one in ten answering 404, the second one
    429 once), the data.gouv.fr API on its own (one organisation answering 500), URLs rewritten to them."""

    def __init__(self, host_route, datagouv_route, delay: float = DELAY):
        """host_route(actors of one host, config) -> route; datagouv_route(organisations) -> route."""
        from odt_qgis_plugin.harvest import endpoints

        self.actors = registry()
        config = endpoints.load()
        by_host = defaultdict(list)
        for actor in self.actors:
            host = (urlsplit(actor["url_platform"]).hostname or "") if actor["url_platform"] else ""
            if host:
                by_host[host].append(actor)
        organisations = sorted({actor["id_datagouv"] for actor in self.actors if actor["id_datagouv"]})
        self.broken_org = broken = organisations[len(organisations) // 2]
        base = datagouv_route(organisations)

        def datagouv(path, query, headers):
            if query.get("organization", [""])[0] == broken:
                return always(500)(path, query, headers)
            return base(path, query, headers)

        self.datagouv = FakeServer(datagouv, delay).start()
        self.servers = {}
        self.hosts = sorted(by_host)
        for index, host in enumerate(self.hosts):
            if index % 10 == 9:
                route = always(404, b'{"message": "Not found"}')
            else:
                route = host_route(by_host[host], config)
                if index == 1:
                    route = flaky(route, failures=1, retry_after="1")
            self.servers[host] = FakeServer(route, delay).start()
        self.everyone = [self.datagouv] + list(self.servers.values())
        for actor in self.actors:
            url = actor["url_platform"]
            if url:
                parts = urlsplit(url)
                actor["url_platform"] = self.servers[parts.hostname].url + parts.path + (
                    "?" + parts.query if parts.query else "") + ("#" + parts.fragment if parts.fragment else "")

    def dead_hosts(self) -> int:
        return sum(1 for i in range(len(self.hosts)) if i % 10 == 9)

    def stop(self) -> None:
        for server in self.everyone:
            server.stop()


def main() -> int:
    from odt_qgis_plugin.common.progress import Feedback
    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
    from odt_qgis_plugin.network.gateway import RequestsTransport

    class Clock(Feedback):
        """When each result came in (the engine reports each one as "SIREN kind: status")."""

        def __init__(self):
            self.times = []

        def set_text(self, text):
            if ": " in text:
                self.times.append((time.perf_counter(), text))

    national = National(host_catalogue, lambda organisations: portal_routes(
        datagouv={org: [{"id": f"{org}-{i}", "harvest": None} for i in range(1 + i % 7)]
                  for i, org in enumerate(organisations)}))
    actors, datagouv, hosts, everyone = national.actors, national.datagouv, national.hosts, national.everyone
    broken_org = national.broken_org
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = make_store(Path(folder) / "store.gpkg", actors)
            settings = HarvestSettings(endpoints=endpoints_file(Path(folder) / "endpoints.json",
                                                                datagouv.url + "/api/1/"), timeout=10.0)
            clock = Clock()
            harvest_start = time.perf_counter()
            summary = run_harvest(store, settings, feedback=clock)
            harvest_time = time.perf_counter() - harvest_start
        on_datagouv = len(datagouv.requests)
        last, but_last = clock.times[-1], clock.times[-2]
        peaks = {name: s.peak for name, s in zip(["data.gouv.fr API"] + hosts, everyone)}
        requests = [(s, path, {k: v for k, v in headers.items() if k == "X-Fields"})
                    for s in everyone for path, headers in s.requests]
        transport = RequestsTransport(timeout=10.0)
        started = time.perf_counter()
        for server, path, headers in requests:  # the same requests, one after the other
            transport.get(server.url + path, headers)
        sequential_time = time.perf_counter() - started
    finally:
        national.stop()
    ratio = harvest_time / sequential_time
    print("\n".join(summary.lines()))
    print(f"hosts: {len(hosts)} portals ({national.dead_hosts()} answering 404), "
          f"plus the data.gouv.fr API; organisation {broken_org} answers 500")
    print(f"requests: {len(requests)} (each answered after {DELAY * 1000:.0f} ms), {on_datagouv} to data.gouv.fr")
    print(f"last result: {last[1]} at {last[0] - harvest_start:.2f} s; the one before: {but_last[1]} at "
          f"{but_last[0] - harvest_start:.2f} s (retries are the network manners' budget, issue 11 item 4)")
    print(f"harvest:    {harvest_time:7.2f} s  (concurrency {settings.concurrency}, per host {settings.per_host})")
    print(f"sequential: {sequential_time:7.2f} s")
    print(f"ratio:      {ratio:7.3f}  (goal <= 0.15)")
    print("busiest hosts (peak concurrent requests): " + json.dumps(
        dict(sorted(peaks.items(), key=lambda item: -item[1])[:5])))
    over = {name: peak for name, peak in peaks.items() if peak > settings.per_host}
    print(f"per-host peak: {max(peaks.values())} (limit {settings.per_host})" if not over
          else f"PER-HOST LIMIT EXCEEDED: {over}")
    return 0 if ratio <= 0.15 and not over else 1


if __name__ == "__main__":
    sys.exit(main())
