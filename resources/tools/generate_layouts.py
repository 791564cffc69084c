"""Developer script, not shipped: write the council layout templates (resources/layouts/*.qpt).

Run after changing a page's design: `make layouts`. The plugin only reads the .qpt files, which users may
also edit in QGIS's layout designer: the plugin finds every item by its id (layouts/qgis_template.py).

Every page has: title, subtitle (what the data are and their date), map, scalebar, north, legend,
sources, edition (the date the page was made); council pages add figures_title + figures (a text
table: each figure beside France and the rank) and actors_title + actors (the engaged actors);
the mutualisation page has platforms_title + platforms instead. National pages show the five DROM
in insets inset_<région> with a caption inset_label_<région>; territory pages drop them and the
map takes their strip.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsReadWriteContext  # noqa: E402

from odt_qgis_plugin.common.levels import METROPOLE_CRS  # noqa: E402
from odt_qgis_plugin.common.qgis_headless import start_qgis, stop_qgis  # noqa: E402
from odt_qgis_plugin.layouts.qgis_page_items import build_page  # noqa: E402

# Page designs in millimetres on their own page size: (x, y, width, height).
LANDSCAPE = {
    "page": (297, 210),
    "title": (10, 6, 277, 11), "subtitle": (10, 17.5, 277, 6),
    "map": (10, 26, 152, 141),
    "insets": (10, 169, 152, 20),
    "legend": (167, 26, 120, 62),
    "figures_title": (167, 90, 120, 6), "figures": (167, 97, 120, 31),
    "actors_title": (167, 131, 120, 6), "actors": (167, 138, 120, 51),
    "sources": (10, 192, 277, 8), "edition": (10, 200, 277, 5),
}
PORTRAIT = {
    "page": (210, 297),
    "title": (10, 6, 190, 11), "subtitle": (10, 17.5, 190, 6),
    "map": (10, 26, 190, 130),
    "insets": (10, 158, 190, 22),
    "legend": (10, 184, 62, 98),
    "figures_title": (76, 184, 124, 6), "figures": (76, 191, 124, 31),
    "actors_title": (76, 226, 124, 6), "actors": (76, 233, 124, 49),
    "sources": (10, 284, 190, 7), "edition": (10, 291, 190, 4),
}


def scaled(design: dict, factor: float, page) -> dict:
    result = {key: tuple(value * factor for value in rect) for key, rect in design.items() if key != "page"}
    result["page"] = page
    return result


def main(folder: Path) -> int:
    start_qgis()
    try:
        designs = {
            "a4-landscape": (LANDSCAPE, "council", 1.0),
            "a4-portrait": (PORTRAIT, "council", 1.0),
            "a3-landscape": (scaled(LANDSCAPE, 420 / 297, (420, 297)), "council", 1.3),
            "mutualisation": (LANDSCAPE, "mutualisation", 1.0),
        }
        project = QgsProject.instance()
        project.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))  # else PROJ complains for each map item
        for name, (design, kind, scale) in designs.items():
            layout = build_page(project, design, kind, scale)
            path = folder / f"{name}.qpt"
            if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                print(f"cannot write {path}", file=sys.stderr)
                return 1
            print(path.relative_to(ROOT))
        return 0
    finally:
        stop_qgis()


if __name__ == "__main__":
    sys.exit(main(ROOT / "resources" / "layouts"))
