"""Catalogue benchmark at dataset level: exports of 700,000 datasets and 2,000,000 resources, the registry's listings.

Writes data.gouv.fr-like exports (udata's columns and quoting, realistic widths: multi-line descriptions holding
semicolons and quotes, URLs, checksums, tags) for 12,000 organisations, among them the 2022 registry's, which
hold most datasets (worst case for memory: their rows are the ones kept). Then, in a fresh process, reads
them as the harvest does (read_catalog, dataset level) and lists every registry actor's data.gouv.fr
datasets (Catalog.datasets, 1,000 per actor); that process reports its time and its peak memory
(resource.getrusage ru_maxrss, the whole process). Baseline, same run: a bare csv.reader pass over both files.
Goals: under 60 s and under 1.5 GB. Run: .venv/bin/python bench/bench_catalog_datasets.py (a few minutes;
exit 1 if a goal fails). The generated files live in a temporary folder, deleted at the end.
"""
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from catalog_exports import (  # noqa: E402
    DATASET_HEADER,
    ORGANISATION_HEADER,
    RESOURCE_HEADER,
    dataset,
    organisation,
    resource,
    write_rows,
)

DATASETS = 700_000
RESOURCES = 2_000_000
ORGANISATIONS = 12_000
LIMIT = 1_000
SHARED = ROOT.parent / "shared"
WORDS = ("données", "budget", "délibérations", "voirie", "arbres", "équipements", "transport", "qualité de l'air",
         "subventions", "marchés publics", "adresses", "bâtiments", "éclairage", "déchets", "population")
FORMATS = ("csv", "json", "geojson", "pdf", "xlsx", "shp", "zip", "xml", "ods", "html")
LICENCES = ("lov2", "fr-lo", "odc-odbl", "cc-by", "notspecified", "other-at")
SCHEMAS = (("scdl/deliberations", "2.1.3"), ("scdl/budget", "0.8.1"), ("etalab/schema-irve-statique", "2.3.1"))

READER = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.datagouv_catalog import read_catalog
from odt_qgis_plugin.harvest.portals.portal_base import PortalError
from odt_qgis_plugin.harvest.targets import plan
actors = json.load(open(sys.argv[3], encoding="utf-8"))
config = endpoints.load()
started = time.perf_counter()
catalog = read_catalog(sys.argv[2], actors, config)
read = time.perf_counter() - started
records = schemas = listed = 0
for actor in actors:
    for target in plan(actor, config):
        if target.kind == "datagouv":
            try:
                listing = catalog.datasets(target, int(sys.argv[4]))
            except PortalError:
                continue
            listed += 1
            records += len(listing.records)
            schemas += sum(1 for r in listing.records if r.schema_name)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "read": read, "rows": catalog.rows, "listed": listed, "records": records,
                  "schemas": schemas, "kept": sum(len(rows) for rows in catalog.listings.values()),
                  "organisations": len(catalog.listed), "peak_mb": peak}))
"""


def registry():
    with open(SHARED / "data" / "odt" / "odt-actors-2022.csv", encoding="utf-8") as stream:
        return [dict(row, name=row["nom"]) for row in csv.DictReader(stream)]


def _text(rng, low, high):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def generate(folder: Path, actors):
    rng = random.Random(2026)
    ids = sorted({a["id_datagouv"] for a in actors if a["id_datagouv"]})
    ids += [f"{rng.getrandbits(96):024x}" for _ in range(ORGANISATIONS - len(ids))]
    write_rows(folder / "export-organization-20261201-041500.csv", ORGANISATION_HEADER,
               [organisation(org, f"Organisation {n}", f"2{n:08d}00012" if n % 3 else "", 0)
                for n, org in enumerate(ids)])
    datasets_path = folder / "export-dataset-20261201-041500.csv"
    resources_path = folder / "export-resource-20261201-041500.csv"
    written = 0
    with open(datasets_path, "w", encoding="utf-8", newline="") as datasets_stream, \
            open(resources_path, "w", encoding="utf-8", newline="") as resources_stream:
        datasets = csv.writer(datasets_stream, delimiter=";", quotechar='"', quoting=csv.QUOTE_NONNUMERIC)
        resources = csv.writer(resources_stream, delimiter=";", quotechar='"', quoting=csv.QUOTE_NONNUMERIC)
        datasets.writerow(DATASET_HEADER)
        resources.writerow(RESOURCE_HEADER)
        for n in range(DATASETS):
            identifier = f"{n:024x}"
            # 2,000,000 resources over 700,000 datasets: 2 or 3 each, 3 for 6 in 7 datasets
            count = min(RESOURCES - written, 3 if n % 7 else 2) if n < DATASETS - 1 else RESOURCES - written
            formats = [rng.choice(FORMATS) for _ in range(count)]
            description = f"## Jeu {n}\n\n{_text(rng, 20, 120)} ; source « {rng.choice(WORDS)} » \"v{n % 7}\"\n- fin"
            owner = ids[int(rng.paretovariate(1.2)) % len(ids)]
            row = dataset(identifier, owner,
                          archived="2024-01-01T00:00:00" if n % 50 == 0 else False,
                          remote_url=f"https://data.portal{n % 90}.fr/explore/dataset/d{n}/" if n % 4 == 0 else "",
                          description=description, title=f"{_text(rng, 2, 8).capitalize()} {n}",
                          url=f"https://www.data.gouv.fr/fr/datasets/jeu-{n}/", tags=",".join(rng.sample(WORDS, 3)),
                          license=rng.choice(LICENCES), created_at=f"20{10 + n % 15}-0{1 + n % 9}-1{n % 10}T10:00:00",
                          last_modified=f"2025-0{1 + n % 9}-2{n % 8}T08:30:00.123456+00:00",
                          resources_formats=",".join(sorted(set(formats))), quality_score=f"{(n % 100) / 100:.2f}",
                          metric__views=n % 1000, metric__resources_downloads=n % 300, frequency="annual",
                          temporal_coverage__start="2020-01-01", spatial__granularity="fr:commune")
            datasets.writerow([row.get(name, "") for name in DATASET_HEADER])
            for k, fmt in enumerate(formats):
                schema = SCHEMAS[n % 3] if n % 33 == 0 and k == 0 else ("", "")
                row = resource(identifier, fmt, *schema, downloads=n % 97, identifier=f"{n:020x}{k:04x}",
                               description=_text(rng, 0, 25))
                row.update({"mime": f"text/{fmt}", "filesize": 1000 + n, "checksum.type": "sha1",
                            "checksum.value": f"{rng.getrandbits(160):040x}", "created_at": "2024-05-02T10:00:00",
                            "modified": "2025-01-03T11:00:00", "dataset.organization_id": owner})
                resources.writerow([row.get(name, "") for name in RESOURCE_HEADER])
            written += count
    return datasets_path, resources_path


def bare_pass(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as stream:
        csv.field_size_limit(64 * 1024 * 1024)
        return sum(1 for _ in csv.reader(stream, delimiter=";")) - 1


def main() -> int:
    actors = registry()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        started = time.perf_counter()
        datasets_path, resources_path = generate(folder, actors)
        print(f"generated {DATASETS:,} dataset rows ({datasets_path.stat().st_size / 1e6:.0f} MB) and "
              f"{RESOURCES:,} resource rows ({resources_path.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        bare = (bare_pass(datasets_path), bare_pass(resources_path))
        baseline = time.perf_counter() - started
        actors_file = folder / "actors.json"
        actors_file.write_text(json.dumps(actors), encoding="utf-8")
        result = subprocess.run([sys.executable, "-c", READER, str(ROOT), str(folder), str(actors_file), str(LIMIT)],
                                capture_output=True, text=True, check=True)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["rows"] == bare[0] == DATASETS and bare[1] == RESOURCES, (figures, bare)
    print(f"dataset-level read: {figures['seconds']:.2f} s (exports read in {figures['read']:.2f} s), "
          f"{figures['kept']:,} datasets kept for {figures['organisations']} registry organisations, "
          f"{figures['records']:,} records listed for {figures['listed']} actors (at most {LIMIT:,} each), "
          f"{figures['schemas']:,} with a declared schema")
    print(f"bare csv.reader pass over both files: {baseline:.2f} s, ratio {figures['seconds'] / baseline:.2f}")
    print(f"peak memory of the reading process (ru_maxrss): {figures['peak_mb']:.0f} MB (goal < 1536)")
    met = figures["seconds"] < 60 and figures["peak_mb"] < 1536
    print(f"goals < 60 s and < 1.5 GB: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
