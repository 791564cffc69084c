"""The plugin's 18-région atlas against a bare QGIS atlas over the same régions (goal: ratio <= 2).

Bare atlas: one map item on the communes and régions layers with QGIS's default styles, one
title label, atlas-driven, exported to one PDF. The plugin's atlas has everything a council page
has: EPCI coloured by the measure, départements named, engaged actors as labelled points,
footprints, grey neighbours with their names, a legend of the classes present, the key-figures and
actors tables. Both run in this process, one after the other, bare first and then the plugin,
twice each; the better of the two runs is kept. Also times a single regional A4 PDF, a scenario
page, a quick PNG map, and reports the process's peak memory.

Usage: python bench/bench_layouts.py [--store STORE.gpkg] [--actors REGISTRY.csv]
"""
import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from odt_qgis_plugin.common import settings as settings_module  # noqa: E402
from odt_qgis_plugin.common.qgis_headless import start_qgis  # noqa: E402

GOAL = 2.0
ROUNDS = 2


def bare_atlas(store: str, out: Path) -> float:
    from qgis.core import (
        QgsExpression,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsVectorLayer,
    )

    from odt_qgis_plugin.maps.qgis_layers import layer_uri

    start = time.perf_counter()
    project = QgsProject()
    communes = QgsVectorLayer(layer_uri(store, "communes"), "communes", "ogr")
    regions = QgsVectorLayer(layer_uri(store, "regions"), "regions", "ogr")
    project.addMapLayers([communes, regions])
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 landscape page
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(10, 25))
    map_item.attemptResize(QgsLayoutSize(277, 175))
    map_item.setLayers([regions, communes])
    map_item.setAtlasDriven(True)
    map_item.setAtlasMargin(0.1)
    layout.addLayoutItem(map_item)
    title = QgsLayoutItemLabel(layout)
    title.setText("[% \"name\" %]")
    title.attemptMove(QgsLayoutPoint(10, 8))
    title.attemptResize(QgsLayoutSize(277, 12))
    layout.addLayoutItem(title)
    atlas = layout.atlas()
    atlas.setCoverageLayer(regions)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(QgsExpression.quotedColumnRef("code"))
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(out), QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(error)
    elapsed = time.perf_counter() - start
    project.clear()
    return elapsed


def plugin_export(store: str, out: Path, **options) -> float:
    from odt_qgis_plugin.layouts.layout_request import ExportRequest
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    start = time.perf_counter()
    export_layout(ExportRequest(store, out=str(out), **options))
    return time.perf_counter() - start


def scenario_export(store: str, out: Path) -> float:
    from odt_qgis_plugin.indicators.key_figures import Scope
    from odt_qgis_plugin.layouts.layout_request import ExportRequest
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout
    from odt_qgis_plugin.scenarios.evaluation import Scenario, layout_fields, load_observed, parse_rule

    start = time.perf_counter()
    observed = load_observed(store)
    scenario = Scenario("communes-5000", (parse_rule("communes-above:5000"),))
    export_layout(ExportRequest(store, "a4-landscape", out=str(out), **layout_fields(observed, scenario,
                                                                                     Scope(region="52"))))
    return time.perf_counter() - start


def quick_map(store: str, out: Path) -> float:
    from odt_qgis_plugin.layouts.qgis_quick_map import render_map

    start = time.perf_counter()
    render_map(store, str(out), ["regions"])
    return time.perf_counter() - start


def pages(path: Path) -> str:
    import subprocess

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    found = [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")]
    return found[0] if found else "?"


def main() -> int:
    settings = settings_module.load()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store")
    parser.add_argument("--actors", default=settings.actors_csv)
    args = parser.parse_args()
    start_qgis()
    from odt_qgis_plugin.registry.actors import import_registry

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        store = work / "bench.gpkg"
        if args.store:
            shutil.copyfile(args.store, store)
        else:
            from odt_qgis_plugin.store.qgis_build import build_store

            began = time.perf_counter()
            build_store(settings.reference_dir, settings.sirens_csv, settings.boundaries_dir, str(store))
            print(f"store built in {time.perf_counter() - began:.1f} s")
        import_registry(store, args.actors, threshold=settings.obligated_threshold)
        from odt_qgis_plugin.maps.qgis_refresh import refresh_maps

        refresh_maps(str(store))  # the fields, points and footprints council pages draw
        bare, ours = [], []
        for round_number in range(ROUNDS):
            bare.append(bare_atlas(str(store), work / f"bare-{round_number}.pdf"))
            ours.append(plugin_export(str(store), work / f"plugin-{round_number}.pdf", template="a4-landscape",
                                      atlas="region"))
        single = min(plugin_export(str(store), work / f"r52-{n}.pdf", template="a4-portrait",
                                   territory="region:52") for n in range(ROUNDS))
        scenario = min(scenario_export(str(store), work / f"scenario-{n}.pdf") for n in range(ROUNDS))
        quick = min(quick_map(str(store), work / f"regions-{n}.png") for n in range(ROUNDS))
        ratio = min(ours) / min(bare)
        print(f"bare QGIS atlas, 18 régions (communes + régions, default styles): {min(bare):.2f} s "
              f"({pages(work / 'bare-0.pdf')} pages, {(work / 'bare-0.pdf').stat().st_size / 1e6:.1f} MB)")
        print(f"plugin atlas, 18 régions, all items: {min(ours):.2f} s "
              f"({pages(work / 'plugin-0.pdf')} pages, {(work / 'plugin-0.pdf').stat().st_size / 1e6:.1f} MB)")
        print(f"ratio plugin / bare: {ratio:.2f} (goal <= {GOAL:g}): {'OK' if ratio <= GOAL else 'TOO SLOW'}")
        print(f"single regional A4 PDF (Pays de la Loire): {single:.2f} s")
        print(f"scenario page (communes of 5,000 inhabitants or more, Pays de la Loire): {scenario:.2f} s")
        print(f"quick PNG map of the régions, 1600 x 1200: {quick:.2f} s")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the process (store build included when no --store): {peak:.0f} MB")
        return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
