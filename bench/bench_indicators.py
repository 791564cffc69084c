"""Indicator tables for France and each of the 18 régions, once the store is open (target < 1 s).

Usage: python bench/bench_indicators.py [--store STORE.gpkg] [--actors REGISTRY.csv]
Without --store, a store is built from ../shared first (about 10 s, needs QGIS). The store given
is copied before the registry is imported into it, so the original is left alone.
"""
import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from odt_qgis_plugin.common import settings as settings_module  # noqa: E402
from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, load_snapshot  # noqa: E402
from odt_qgis_plugin.registry.actors import import_registry  # noqa: E402

TARGET = 1.0
ROUNDS = 5


def build(path: Path, settings) -> float:
    from odt_qgis_plugin.common.qgis_headless import start_qgis

    start_qgis()
    from odt_qgis_plugin.store.qgis_build import build_store

    start = time.perf_counter()
    build_store(settings.reference_dir, settings.sirens_csv, settings.boundaries_dir, str(path))
    return time.perf_counter() - start


def main() -> int:
    settings = settings_module.load()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store")
    parser.add_argument("--actors", default=settings.actors_csv)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "bench.gpkg"
        if args.store:
            shutil.copyfile(args.store, store)
        else:
            print(f"store built in {build(store, settings):.1f} s")
        start = time.perf_counter()
        report = import_registry(store, args.actors, threshold=settings.obligated_threshold)
        print(f"registry imported in {time.perf_counter() - start:.2f} s: {report.lines()[0]}")

        start = time.perf_counter()
        snapshot = load_snapshot(store, settings.obligated_threshold)
        loaded = time.perf_counter() - start
        print(f"snapshot loaded in {loaded * 1000:.0f} ms ({len(snapshot.communes)} communes, "
              f"{len(snapshot.actors)} actors)")
        scopes = [None] + snapshot.regions
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for region in scopes:
                compute_indicators(snapshot, region=region)
            timings.append(time.perf_counter() - start)
        best, worst = min(timings), max(timings)
        print(f"France + {len(scopes) - 1} régions, all seven tables: best {best * 1000:.1f} ms, "
              f"worst {worst * 1000:.1f} ms over {ROUNDS} rounds (first includes grouping)")
        total = loaded + worst
        verdict = "OK" if total < TARGET else "TOO SLOW"
        print(f"open + compute, worst case: {total * 1000:.0f} ms (target < {TARGET * 1000:.0f} ms): {verdict}")
        return 0 if total < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
