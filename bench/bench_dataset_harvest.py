"""Dataset-level harvest benchmark: the 1,060 real actors on local fake hosts at 50 ms, each actor's datasets listed.

The set-up is bench_harvest's (`National`: one fake host per real host, one in ten answering 404, one 429
once, one data.gouv.fr organisation answering 500); here each host serves whole dataset records of the kind
its actors' URLs show, with realistic catalogue sizes: most actors publish a few dozen datasets, one in 25 a
thousand to three thousand (paged: 100 per Opendatasoft, CKAN and data.gouv.fr page, 50 per CSW page; DCAT
feeds in one answer). The sequential time is the run's own requests one after the other: at least
requests x 50 ms, and estimated from a replay of one request in ten (the parsing included). Prints the
run time, both sequential times and the ratios (goal <= 0.2 against requests x 50 ms).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_dataset_harvest.py (a few minutes; exit 1 if the goal
fails).
"""
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench_harvest import DELAY, National  # also puts the repository and tests/ on the path
from fake_portals import catalogue_routes, endpoints_file, make_store

GOAL = 0.2
DELIBERATIONS = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                 "DELIB_OBJET"]
OTHER_FIELDS = ["nom", "adresse", "code_insee", "date", "montant", "categorie", "geo_point_2d", "id"]
THEMES = ["Administration", "Transports", "Environnement", "Economie", "Culture", "Urbanisme"]
LICENCES = ["Licence Ouverte v2.0", "ODbL", "", "CC-BY-4.0", "fr-lo"]
FORMATS = [["CSV", "JSON"], ["GeoJSON", "SHP"], ["PDF"], ["XLSX", "CSV"], []]


def catalogue_size(siren: str) -> int:
    """Datasets of an actor: a few dozen, a thousand to three thousand for one actor in 25."""
    number = int(siren) if siren.isdigit() else len(siren)
    return 1000 + (number * 131) % 2000 if number % 25 == 7 else 3 + (number * 37) % 60


def _ods(value, facet, i, serial=0):
    fields = DELIBERATIONS if i % 20 == 0 else OTHER_FIELDS
    return {"dataset_id": f"jeu-{serial}-{i}", "has_records": i % 9 != 0, "features": ["analyze"],
            "fields": [{"name": name, "type": "text"} for name in fields],
            "metas": {"default": {facet: value, "title": f"Jeu {i}", "theme": [THEMES[i % 6]], "keyword": ["k"],
                                  "license": LICENCES[i % 5], "modified": f"202{i % 5}-0{1 + i % 9}-1{i % 10}"},
                      "explore": {"download_count": i * 3, "api_call_count": i * 7}}}


def _ckan(value, i):
    return {"id": f"{value}-{i}", "name": f"{value}-{i}", "title": f"Jeu {i}", "license_id": LICENCES[i % 5],
            "metadata_created": "2020-01-01T00:00:00", "metadata_modified": f"202{i % 5}-03-12T09:41:22.5",
            "tags": [{"name": "t"}], "groups": [{"name": THEMES[i % 6].lower(), "title": THEMES[i % 6]}],
            "resources": [{"format": f} for f in FORMATS[i % 5]], "organization": {"name": value}, "owner_org": value}


def _dcat(value, i):
    return {"@type": "dcat:Dataset", "identifier": f"{value}-{i}", "title": f"Jeu {i}", "publisher": {"name": value},
            "theme": [THEMES[i % 6]], "keyword": ["k"], "license": LICENCES[i % 5],
            "modified": f"202{i % 5}-11-18T14:22:05.000Z",
            "distribution": [{"format": f} for f in FORMATS[i % 5]]}


def _csw(value, i):
    return {"identifier": f"{value}-{i}", "title": f"Jeu {i}", "subject": [THEMES[i % 6]],
            "format": FORMATS[i % 5][:1], "modified": f"202{i % 5}-01-10"}


def host_records(actors, config):
    """Whole records of one host, of the kinds its actors' URLs show, for each actor's filter value."""
    from odt_qgis_plugin.harvest.targets import plan

    ods, ckan, dcat, csw = [], [], [], {}
    kinds = set()
    for actor in actors:
        target = plan(actor, config)[0]
        kinds.add(target.kind)
        chosen = target.filter
        values = chosen.values if chosen else ("Autre",)
        facet = chosen.facet if chosen else "publisher"
        n = catalogue_size(actor["siren"])
        for value in values:
            if target.kind == "opendatasoft":
                ods += [_ods(value, facet, i, len(ods)) for i in range(n)]
            elif target.kind == "ckan":
                if facet == "name":
                    ckan.append({**_ckan("autre", 0), "name": value})
                else:
                    ckan += [_ckan(value, i) for i in range(n)]
            elif target.kind == "geonetwork":
                csw[value] = [_csw(value, i) for i in range(n)]
            else:
                dcat += [_dcat(value, i) for i in range(n)]
    return catalogue_routes(ods=ods + [_ods("Autre", "publisher", i) for i in range(3)] if "opendatasoft" in kinds
                            else None,
                            ckan=ckan + [_ckan("autre", i) for i in range(3)] if "ckan" in kinds else None,
                            dcat={"@type": "dcat:Catalog", "dataset": dcat + [_dcat("Autre", i) for i in range(3)]},
                            csw={**csw, "Autre": [_csw("Autre", i) for i in range(3)]})


def datagouv_records(organisations):
    def dataset(org, i):
        return {"id": f"{org}-{i}", "title": f"Jeu {i}", "tags": ["k"], "license": LICENCES[i % 5],
                "created_at": "2020-01-01T00:00:00+00:00", "last_update": f"202{i % 5}-03-12T09:41:22+00:00",
                "resources": [{"format": f, "schema": {"name": "scdl/deliberations", "version": "2.1.3"}
                               if i % 30 == 0 else {}} for f in FORMATS[i % 5]],
                "metrics": {"views": i, "resources_downloads": 2 * i}, "quality": {"score": 0.5}, "harvest": None}

    return catalogue_routes(datagouv={org: [dataset(org, i) for i in range(
        300 + (n * 97) % 1200 if n % 30 == 11 else 2 + (n * 13) % 60)] for n, org in enumerate(organisations)})


def main() -> int:
    from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
    from odt_qgis_plugin.network.gateway import RequestsTransport

    built = time.perf_counter()
    national = National(host_records, datagouv_records)
    built = time.perf_counter() - built
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = make_store(Path(folder) / "store.gpkg", national.actors)
            settings = HarvestSettings(endpoints=endpoints_file(Path(folder) / "endpoints.json",
                                                                national.datagouv.url + "/api/1/"),
                                       timeout=10.0, datasets=True)
            started = time.perf_counter()
            summary = run_harvest(store, settings)
            harvest_time = time.perf_counter() - started
            connection = sqlite3.connect(store)
            sizes = [n for (n,) in connection.execute("SELECT COUNT(*) FROM datasets GROUP BY siren, platform")]
            rows, pairs, largest = sum(sizes), len(sizes), max(sizes, default=0)
            detected = connection.execute("SELECT COUNT(*) FROM datasets WHERE detected_schema IS NOT NULL"
                                          ).fetchone()[0]
            connection.close()
        requests = [(s, path, {k: v for k, v in headers.items() if k == "X-Fields"})
                    for s in national.everyone for path, headers in s.requests]
        transport = RequestsTransport(timeout=10.0, max_bytes=settings.max_bytes)
        sample = requests[::10]
        replay = time.perf_counter()
        for server, path, headers in sample:  # one request in ten, one after the other
            transport.get(server.url + path, headers)
        replay = time.perf_counter() - replay
    finally:
        national.stop()
    floor = len(requests) * DELAY
    measured = replay / max(len(sample), 1) * len(requests)
    ratio = harvest_time / floor
    print("\n".join(summary.lines()))
    print(f"fake hosts: {len(national.hosts)} portals ({national.dead_hosts()} answering 404) and the data.gouv.fr "
          f"API, built in {built:.1f} s")
    print(f"datasets table: {rows} rows for {pairs} actor/platform pairs (largest listing {largest}), "
          f"{detected} with a detected SCDL schema")
    print(f"requests: {len(requests)} (each answered after {DELAY * 1000:.0f} ms)")
    print(f"harvest:                 {harvest_time:8.2f} s  (concurrency {settings.concurrency}, "
          f"per host {settings.per_host})")
    print(f"sequential, requests x 50 ms:        {floor:8.2f} s  ratio {ratio:.3f} (goal <= {GOAL})")
    print(f"sequential, replay of 1 in 10 x 10: {measured:8.2f} s  ratio {harvest_time / measured:.3f}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
