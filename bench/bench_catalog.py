"""Catalogue benchmark: `harvest --datagouv-catalog` reading a generated export of 700,000 datasets.

Writes data.gouv.fr-like exports (udata's columns and quoting; long multi-line descriptions holding
semicolons and quotes) for 12,000 organisations, among them the 2022 registry's, then reads them the
way the harvest does (harvest/datagouv_catalog.read_catalog) in a fresh process that reports its
time and peak memory. Baseline, same run: a bare csv.reader pass over the dataset file.
Goals: under 20 s and under 1 GB. Run: .venv/bin/python bench/bench_catalog.py (about a minute; exit 1 if a
goal fails).
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

from catalog_exports import DATASET_HEADER, ORGANISATION_HEADER, dataset, organisation, write_rows  # noqa: E402

ROWS = 700_000
ORGANISATIONS = 12_000
SHARED = ROOT.parent / "shared"
WORDS = ("données", "budget", "délibérations", "voirie", "arbres", "équipements", "transport", "qualité de l'air",
         "subventions", "marchés publics", "adresses", "bâtiments", "éclairage", "déchets", "population")

READER = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.datagouv_catalog import read_catalog
actors = json.load(open(sys.argv[3], encoding="utf-8"))
started = time.perf_counter()
catalog = read_catalog(sys.argv[2], actors, endpoints.load())
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": catalog.rows, "organisations": len(catalog.organisations),
                  "counted": sum(catalog.counts.values()), "peak_mb": peak}))
"""


def registry():
    with open(SHARED / "data" / "odt" / "odt-actors-2022.csv", encoding="utf-8") as stream:
        return [dict(row, name=row["nom"]) for row in csv.DictReader(stream)]


def generate(folder: Path, actors) -> Path:
    rng = random.Random(2026)
    ids = sorted({a["id_datagouv"] for a in actors if a["id_datagouv"]})
    ids += [f"{rng.getrandbits(96):024x}" for _ in range(ORGANISATIONS - len(ids))]
    write_rows(folder / "export-organization-20261201-041500.csv", ORGANISATION_HEADER,
               [organisation(org, f"Organisation {n}", f"2{n:08d}00012" if n % 3 else "", 0)
                for n, org in enumerate(ids)])
    path = folder / "export-dataset-20261201-041500.csv"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", quotechar='"', quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(DATASET_HEADER)
        for n in range(ROWS):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
            description = f"## Jeu {n}\n\n{text} ; source « {rng.choice(WORDS)} » \"v{n % 7}\"\n- item ; fin"
            row = dataset(f"{n:024x}", ids[int(rng.paretovariate(1.2)) % len(ids)],
                          archived="2024-01-01T00:00:00" if n % 50 == 0 else False,
                          remote_url=f"https://data.portal{n % 90}.fr/explore/dataset/d{n}/" if n % 4 == 0 else "",
                          description=description)
            writer.writerow([row.get(name, "") for name in DATASET_HEADER])
    return path


def main() -> int:
    actors = registry()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        started = time.perf_counter()
        dataset_file = generate(folder, actors)
        print(f"generated {ROWS:,} dataset rows ({dataset_file.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        with open(dataset_file, encoding="utf-8", newline="") as stream:
            csv.field_size_limit(64 * 1024 * 1024)
            bare = sum(1 for _ in csv.reader(stream, delimiter=";")) - 1
        baseline = time.perf_counter() - started
        actors_file = folder / "actors.json"
        actors_file.write_text(json.dumps(actors), encoding="utf-8")
        result = subprocess.run([sys.executable, "-c", READER, str(ROOT), str(folder), str(actors_file)],
                                capture_output=True, text=True, check=True)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["rows"] == bare == ROWS, (figures, bare)
    print(f"catalogue read: {figures['seconds']:.2f} s for {figures['rows']:,} rows "
          f"({figures['rows'] / figures['seconds']:,.0f} rows/s), {figures['organisations']:,} organisations, "
          f"{figures['counted']:,} datasets not archived")
    print(f"bare csv.reader pass: {baseline:.2f} s, ratio {figures['seconds'] / baseline:.2f}")
    print(f"peak memory of the reading process: {figures['peak_mb']:.0f} MB (goal < 1024)")
    print(f"goal < 20 s: {'met' if figures['seconds'] < 20 else 'MISSED'}")
    return 0 if figures["seconds"] < 20 and figures["peak_mb"] < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
