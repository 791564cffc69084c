"""Developer script, not shipped: write every style's QML from maps/classes.py into resources/styles/.

Run after changing a class definition: `make styles`. The plugin itself only reads the QML files.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qgis.core import QgsMapLayer, QgsVectorLayer  # noqa: E402

from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis  # noqa: E402
from odt_qgis_plugin.maps import classes  # noqa: E402
from odt_qgis_plugin.maps.qgis_styles import build_renderer  # noqa: E402


def main(folder: Path) -> int:
    start_qgis()
    try:
        for style in classes.STYLES:
            geometry = "Point" if style.layer == "actor_points" else "MultiPolygon"
            layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", style.layer, "memory")
            layer.setRenderer(build_renderer(style))
            path = folder / style.qml
            message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
            if not ok:
                print(f"cannot write {path}: {message}", file=sys.stderr)
                return 1
            print(path.relative_to(ROOT))
        return 0
    finally:
        stop_qgis()


if __name__ == "__main__":
    sys.exit(main(ROOT / "resources" / "styles"))
