"""Maps: the styled national communes map vs QGIS's raw commune layer, and loading the styled group.

Usage: python bench/bench_maps.py [--store STORE.gpkg] [--actors REGISTRY.csv] [--rounds N]
Without --store, a store is built from ../shared first (about 15 s). The store is copied, the registry
imported and the maps refreshed in the copy. Both renders are 1600x1200 PNGs of metropolitan France in
Lambert-93, in the same process, alternating so that neither benefits alone from a warm cache.
Targets: styled render no slower than the raw one; the whole group loads in under 1 s.
"""
import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from odt_qgis_plugin.common import settings as settings_module  # noqa: E402
from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis  # noqa: E402

WIDTH, HEIGHT = 1600, 1200
LOAD_TARGET = 1.0


def render_seconds(layer, out: Path) -> float:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsMapRendererParallelJob,
        QgsMapSettings,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from odt_qgis_plugin.maps.qgis_render import METROPOLE_EXTENT

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    settings.setOutputSize(QSize(WIDTH, HEIGHT))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(METROPOLE_EXTENT)
    start = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(out), "PNG")
    return time.perf_counter() - start


def compare_renders(store: Path, work: Path, rounds: int) -> bool:
    """In a function of its own so that no layer outlives it (QGIS crashes on exit otherwise)."""
    from qgis.core import QgsVectorLayer

    from odt_qgis_plugin.maps.qgis_layers import layer_uri, open_layer

    raw = QgsVectorLayer(layer_uri(str(store), "communes"), "raw", "ogr")  # QGIS's default style
    styled = open_layer(str(store), "communes_small")  # what the national view draws
    styled_full = open_layer(str(store), "communes")  # same style, full outlines (for reference)
    times = {"raw": [], "styled": [], "styled_full": []}
    for _ in range(rounds):
        for name, layer in (("raw", raw), ("styled", styled), ("styled_full", styled_full)):
            times[name].append(render_seconds(layer, work / f"{name}.png"))
    raw_s, styled_s, full_s = (statistics.median(times[key]) for key in ("raw", "styled", "styled_full"))
    print(f"national communes, {WIDTH}x{HEIGHT} PNG, Lambert-93, median of {rounds}:")
    print(f"  raw GeoPackage layer, default style:        {raw_s:.2f} s")
    print(f"  styled layer (generalised at this scale):   {styled_s:.2f} s")
    print(f"  styled, full outlines (no generalisation):  {full_s:.2f} s")
    ratio = styled_s / raw_s
    print(f"  styled / raw = {ratio:.2f} (target <= 1): {'OK' if ratio <= 1.0 else 'SLOWER'}")
    return ratio <= 1.0


def time_group_load(store: Path) -> bool:
    """Loading the whole styled group into a project, five times (each replaces the previous)."""
    from qgis.core import QgsProject

    from odt_qgis_plugin.maps.qgis_layers import load_store_layers

    project = QgsProject.instance()
    loads, count = [], 0
    for _ in range(5):
        start = time.perf_counter()
        count = len(load_store_layers(str(store), project))
        loads.append(time.perf_counter() - start)
    project.clear()
    print(f"whole group ({count} layers, named styles) loaded: best {min(loads) * 1000:.0f} ms, "
          f"worst {max(loads) * 1000:.0f} ms (target < {LOAD_TARGET * 1000:.0f} ms): "
          f"{'OK' if max(loads) < LOAD_TARGET else 'TOO SLOW'}")
    return max(loads) < LOAD_TARGET


def main() -> int:
    settings = settings_module.load()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store")
    parser.add_argument("--actors", default=settings.actors_csv)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    start_qgis()
    from odt_qgis_plugin.maps.qgis_refresh import refresh_maps
    from odt_qgis_plugin.registry.actors import import_registry
    from odt_qgis_plugin.store.qgis_build import build_store

    ok = True
    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "bench.gpkg"
        if args.store:
            shutil.copyfile(args.store, store)
        else:
            start = time.perf_counter()
            build_store(settings.reference_dir, settings.sirens_csv, settings.boundaries_dir, str(store))
            print(f"store built in {time.perf_counter() - start:.1f} s")
        import_registry(store, args.actors, threshold=settings.obligated_threshold)
        start = time.perf_counter()
        summary = refresh_maps(str(store))
        print(f"maps refreshed in {time.perf_counter() - start:.1f} s (generalised communes, "
              f"{summary.points} actor points, {len(summary.footprints)} footprints)")

        ok &= compare_renders(store, Path(work), args.rounds)

        ok &= time_group_load(store)
    stop_qgis()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
