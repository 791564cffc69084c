"""A screenshot of the observatory panel open on a région, beside a map canvas filtered to it.

Usage: python bench/panel_screenshot.py --store STORE.gpkg [--region 52] [--out build/demo/panel-region.png]
The store is copied and the 2022 registry imported into the copy (unless it already holds actors),
so the given store is left alone. Runs offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb.
"""
import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from odt_qgis_plugin.common import settings as settings_module  # noqa: E402


class Iface:
    """What the panel asks of QGIS's interface: the canvas, the message bar for errors (shared with the other
    panel screenshots)."""

    def __init__(self, canvas):
        self.canvas = canvas

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def messageBar(self):  # noqa: N802
        raise RuntimeError("the panel reported an error")


def main() -> int:
    settings = settings_module.load()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--region", default="52")
    parser.add_argument("--rule", default="communes-above:5000", help="a what-if rule to show, '' for none")
    parser.add_argument("--actors", default=settings.actors_csv)
    parser.add_argument("--out", default=str(ROOT / "build" / "demo" / "panel-region.png"))
    args = parser.parse_args()

    from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis

    start_qgis()
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtWidgets import QApplication, QHBoxLayout, QWidget

    from odt_qgis_plugin.maps.qgis_layers import load_store_layers, ordered
    from odt_qgis_plugin.plugin.panel import ObservatoryPanel
    from odt_qgis_plugin.store.db import open_store

    with tempfile.TemporaryDirectory() as work:
        store = str(Path(work) / "store.gpkg")
        shutil.copyfile(args.store, store)
        if not open_store(store).query("SELECT 1 FROM sqlite_master WHERE name = 'actors'"):
            from odt_qgis_plugin.registry.actors import import_registry

            import_registry(store, args.actors, threshold=settings.obligated_threshold)
        window = QWidget()
        window.setWindowTitle("Observatoire open data")
        layout = QHBoxLayout(window)
        canvas = QgsMapCanvas()
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        canvas.setMinimumSize(QSize(800, 900))
        layers = load_store_layers(store)
        canvas.setLayers(ordered(layers))
        panel = ObservatoryPanel(Iface(canvas))
        layout.addWidget(canvas, 1)
        layout.addWidget(panel, 1)
        window.resize(1700, 1000)
        window.show()
        panel.set_store(store, background=False)
        panel.choose("region", args.region)
        if args.rule:
            panel.scenario_name.setText("demo")
            panel.apply_rule(args.rule)
            canvas.setLayers(list(panel.overlay.layers.values()) + ordered(layers))
        canvas.refreshAllLayers()
        QApplication.processEvents()
        canvas.waitWhileRendering()
        QApplication.processEvents()
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
        print(f"{out}: {panel.title.text()}, " + "; ".join(
            f"{card}: {texts[0]}" for card, texts in panel.figure_cards.texts().items()))
        panel.close_overlays()
        QgsProject.instance().removeAllMapLayers()
        window.close()
        del panel, canvas, window
    stop_qgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
