"""Council pages on the real 2022 registry: the measures, what each page names, legends, scenarios, SVG, maps.

Expected values are computed here by plain SQL on the store's engagement fields (written by the
registry import), never by the plugin's coverage code: the population of the communes whose
commune or EPCI publishes, over the population.
"""
import subprocess
import sys

import pytest
from data_paths import ROOT

from odt_qgis_plugin.layouts.layout_request import ExportRequest

NNBSP = "\u202f"
BREAKS = (0, 20, 40, 50, 60, 80, 100)  # the population classes, in percent, as the README gives them
BLOC_SQL = """
    SELECT {group}, SUM(c.population),
           SUM(CASE WHEN c.engaged = 1 OR e.engaged = 1 THEN c.population ELSE 0 END)
    FROM communes c LEFT JOIN epci e ON e.code = c.epci {where} GROUP BY {group}"""


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.replace(NNBSP, " ").split())


def query(store, sql, params=()):
    from odt_qgis_plugin.store.db import open_store

    return open_store(store).query(sql, params)


def class_of(percent: float) -> str:
    """The class a percentage falls in: the first one also takes 0, as QGIS's graduated renderer does."""
    if percent == 0:
        return "0%"
    for low, high in zip(BREAKS, BREAKS[1:]):
        if low < percent <= high:
            return f"{low}-{high}"
    raise ValueError(percent)


def test_2022_values_and_the_spread_of_the_regions(maps_store):
    rows = query(maps_store, BLOC_SQL.format(group="'FR'", where=""))
    total, covered = rows[0][1], rows[0][2]
    assert round(100 * covered / total, 1) == 50.4  # "about 49 %" (issue 13) before the successor rules of issue 12
    local = query(maps_store, """
        SELECT SUM(c.population), SUM(CASE WHEN (c.engaged = 1 AND c.platform_host IS NOT NULL
                                                 AND c.platform_host != 'data.gouv.fr')
                                             OR (e.engaged = 1 AND e.platform_host IS NOT NULL
                                                 AND e.platform_host != 'data.gouv.fr')
                                             OR (d.engaged = 1 AND d.platform_host IS NOT NULL
                                                 AND d.platform_host != 'data.gouv.fr')
                                        THEN c.population ELSE 0 END)
        FROM communes c LEFT JOIN epci e ON e.code = c.epci LEFT JOIN departements d ON d.code = c.departement""")
    assert round(100 * local[0][1] / local[0][0], 1) == 61.9
    regions = {row[0]: 100 * row[2] / row[1] for row in query(maps_store, BLOC_SQL.format(group="c.region",
                                                                                        where=""))}
    assert min(regions.values()) == 0 and round(max(regions.values())) == 88
    assert len({class_of(value) for value in regions.values()}) >= 4
    # the régions layer holds the same shares, for the styles and the panel
    stored = dict(query(maps_store, "SELECT code, rate_pop_bloc FROM regions"))
    # (the layer's denominators also count the 7 communes without a boundary: a few hundredths of a point)
    assert all(stored[code] * 100 == pytest.approx(value, abs=0.05) for code, value in regions.items())


def top_actors(store, region: str, count: int) -> list:
    """Engaged actors of the région, largest population first, with the names a reader knows them by."""
    rows = query(store, """
        SELECT COALESCE(k.name, t.name), t.population FROM actors a
        LEFT JOIN collectivities k ON k.level = a.territory_level AND k.code = a.territory_code
        LEFT JOIN (SELECT 'commune' AS level, code, name, population FROM communes
                   UNION ALL SELECT 'epci', code, name, population FROM epci
                   UNION ALL SELECT 'departement', code, name, population FROM departements
                   UNION ALL SELECT 'region', code, name, population FROM regions) t
               ON t.level = a.territory_level AND t.code = a.territory_code
        WHERE a.region = ? AND a.category = a.territory_level ORDER BY t.population DESC LIMIT ?""", (region, count))
    return [row[0] for row in rows]


@pytest.mark.slow
def test_a_region_page_names_its_departements_and_its_largest_actors(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "r52.pdf"
    export_layout(ExportRequest(str(maps_store), "a4-landscape", territory="region:52", out=str(out)))
    text = flat(pdf_text(out))
    for name in ("Loire-Atlantique", "Maine-et-Loire", "Mayenne", "Sarthe", "Vendée"):
        assert name in text
    table = text[text.index("Actors publishing open data (63)"):]
    cursor = 0
    for name in top_actors(maps_store, "52", 6):  # listed largest first
        cursor = table.find(name, cursor)
        assert cursor >= 0, name
        cursor += len(name)
    assert "and 54 more" in table  # 63 engaged actors (collectivities and located partners), 9 shown
    assert "Bretagne" in text and "Nouvelle-Aquitaine" in text  # the grey neighbours are named
    assert "Population covered by the communes and EPCI 48.1% 50.4% 9th of 18" in text


def epci_classes(store, region: str) -> dict:
    """{class: number of EPCI} of the région's EPCI (their main région), by SQL."""
    counts = {}
    for code, total, covered in query(store, BLOC_SQL.format(group="c.epci", where="WHERE e.region = ?"), (region,)):
        if total:
            name = class_of(100 * covered / total)
            counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.mark.slow
def test_every_atlas_page_legend_holds_only_the_classes_of_its_territory(qgis_app, maps_store):
    from qgis.core import QgsLayoutItemLegend, QgsMapLayerLegendUtils, QgsProject

    from odt_qgis_plugin.layouts.qgis_layouts import build_layout

    project = QgsProject()
    built = build_layout(ExportRequest(str(maps_store), "a4-landscape", atlas="region", out="/tmp/unused.pdf"),
                         project)
    legend = next(item for item in built.layout.items() if isinstance(item, QgsLayoutItemLegend))
    atlas = built.layout.atlas()
    atlas.featureChanged.connect(built.filler.on_feature)
    atlas.beginRender()
    seen = 0
    for index in range(atlas.count()):
        atlas.seekTo(index)
        code = atlas.layout().reportContext().feature()["code"]
        node = legend.model().rootGroup().children()[0]
        labels = [QgsMapLayerLegendUtils.legendNodeUserLabel(node, position).replace("\n", " ")
                  for position in QgsMapLayerLegendUtils.legendNodeOrder(node)]
        expected = epci_classes(maps_store, code)
        shown = {}
        for label in labels:  # "40–50% (8 EPCI)", "Over 80% (1 EPCI)", "0% (3 EPCI)"
            name, _, count = label.rpartition(" (")
            bounds = [int(part) for part in name.replace("%", "").replace("–", " ").split() if part.isdigit()]
            key = "0%" if bounds == [0] else f"{bounds[0]}-{bounds[1]}" if len(bounds) == 2 else (
                "0-20" if name.lower().startswith("up to") else "80-100")
            shown[key] = int(count.split()[0])
        assert shown == expected, (code, labels)
        seen += 1
    atlas.endRender()
    assert seen == 18


def map_pixels(path, left_mm, top_mm, right_mm, bottom_mm, dpi=150):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    scale = dpi / 25.4
    return [image.pixel(x, y) for x in range(int(left_mm * scale), int(right_mm * scale), 3)
            for y in range(int(top_mm * scale), int(bottom_mm * scale), 3)]


@pytest.mark.slow
def test_a_scenario_page_is_redrawn_and_shows_today_and_the_scenario(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.indicators.key_figures import Scope
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout
    from odt_qgis_plugin.scenarios.evaluation import Scenario, layout_fields, load_observed, parse_rule

    observed = load_observed(str(maps_store))
    scenario = Scenario("communes-5000", (parse_rule("communes-above:5000"),))
    fields = layout_fields(observed, scenario, Scope(region="52"))
    pages = {}
    for name, extra in (("observed", {}), ("scenario", fields)):
        for fmt in ("png", "pdf"):
            out = tmp_path / f"{name}.{fmt}"
            export_layout(ExportRequest(str(maps_store), "a4-landscape", **dict({"territory": "region:52"}, **extra),
                                        fmt=fmt, preset="light", out=str(out)))
            pages[(name, fmt)] = out
    before = map_pixels(pages[("observed", "png")], 12, 28, 160, 187)
    after = map_pixels(pages[("scenario", "png")], 12, 28, 160, 187)
    changed = sum(1 for a, b in zip(before, after) if a != b)
    assert changed > 0.05 * len(before)  # every EPCI whose share moves is recoloured
    total, covered = query(maps_store, BLOC_SQL.format(group="'52'", where="WHERE c.region = '52'"))[0][1:]
    would = query(maps_store, """
        SELECT SUM(CASE WHEN c.engaged = 1 OR e.engaged = 1 OR c.population >= 5000 THEN c.population ELSE 0 END)
        FROM communes c LEFT JOIN epci e ON e.code = c.epci WHERE c.region = '52'""")[0][0]
    text = flat(pdf_text(pages[("scenario", "pdf")]))
    assert "Today Scenario Change" in text
    assert (f"Population covered by the communes and EPCI {100 * covered / total:.1f}% "
            f"{100 * would / total:.1f}% +{100 * (would - covered) / total:.1f} pts") in text
    assert "Pays de la Loire: every commune of 5,000 inhabitants or more publishes its data" in text
    assert "Collectivities that would publish" in text


@pytest.mark.slow
def test_svg_pages_are_cut_at_the_map_frame(qgis_app, maps_store, tmp_path):
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    svg = tmp_path / "r53.svg"
    export_layout(ExportRequest(str(maps_store), "a4-landscape", territory="region:53", fmt="svg", out=str(svg)))
    dpi = 100
    image = QImage(int(297 / 25.4 * dpi), int(210 / 25.4 * dpi), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()  # Qt's SVG reader draws what the file holds: any spill past the frame shows

    def inked(left, top, right, bottom):
        scale = dpi / 25.4
        return sum(1 for x in range(int(left * scale), int(right * scale))
                   for y in range(int(top * scale), int(bottom * scale))
                   if QColor(image.pixel(x, y)).lightness() < 250)

    assert inked(20, 40, 150, 170) > 1000  # the map is there (Bretagne and its grey neighbours)
    assert inked(163, 30, 166, 180) == 0  # between the map frame (162 mm) and the legend (167 mm)
    assert inked(0.5, 30, 9, 180) == 0  # the page's left margin


@pytest.mark.slow
def test_a_mutualisation_page_lists_the_platforms_with_type_carrier_and_actors(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "mutualisation-r52.pdf"
    export_layout(ExportRequest(str(maps_store), "mutualisation", territory="region:52", out=str(out)))
    text = flat(pdf_text(out))
    # the shipped platform groups join the Région's, Loire-Atlantique's and Nantes Métropole's hosts (README)
    assert "Pays de la Loire Cross-level Région Pays de la Loire 16" in text
    assert "Mutualised platforms by type" in text and "Carrier of the platform" in text


def test_quick_map_has_title_legend_scale_insets_and_sources(qgis_app, maps_store, tmp_path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsProject,
    )

    from odt_qgis_plugin.layouts.qgis_quick_map import build_quick_map, render_map

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    built, _request, dpi = build_quick_map(str(maps_store), project, ["regions"], None, None, 1600, 1200, None,
                                           str(tmp_path / "x.png"))
    layout = built.layout
    labels = {item.id(): item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)}
    assert labels["title"].startswith("Population covered by the communes and EPCI – France")
    assert "registry of actors 2022" in labels["subtitle"] and "IGN ADMIN EXPRESS" in labels["sources"]
    legend = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLegend))
    assert "registry 2022" in legend.title()
    scalebar = next(item for item in layout.items() if isinstance(item, QgsLayoutItemScaleBar))
    assert scalebar.linkedMap() is layout.itemById("map")
    for code in ("01", "02", "03", "04", "06"):  # the DROM in insets
        assert isinstance(layout.itemById(f"inset_{code}"), QgsLayoutItemMap)
    assert round(layout.pageCollection().page(0).pageSize().width() / 25.4 * dpi) == 1600
    project.clear()
    out = tmp_path / "regions.png"
    render_map(str(maps_store), str(out), ["regions"], width=800, height=600)
    from qgis.PyQt.QtGui import QImage

    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (800, 600)


@pytest.mark.slow
def test_indicators_for_a_french_spreadsheet(maps_store, tmp_path):
    import csv
    import io
    import os

    out = tmp_path / "tableur.csv"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ODT_LOCALE="fr")
    done = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "indicators", "--store", str(maps_store),
                           "--excel", "--out", str(out)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert all(any(cell.strip() for cell in row) for row in rows)
    # the denominator is the reference's population (with the communes without a boundary)
    assert ["Population couverte par le bloc communal", "France", "", "34462706", "68350798", "50,4"] in rows
    assert any(row[:2] == ["Provence-Alpes-Côte d'Azur", "93"] for row in rows)


def test_french_pages_use_french_typography(qgis_app, maps_store, monkeypatch):
    """Read through the layout's items: pdftotext turns the narrow no-break space into a plain one."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayoutItemLabel, QgsProject

    from odt_qgis_plugin.layouts.qgis_layouts import build_layout
    from odt_qgis_plugin.layouts.qgis_template import table_of_frame

    monkeypatch.setenv("ODT_LOCALE", "fr")
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    built = build_layout(ExportRequest(str(maps_store), "a4-landscape", territory="region:52", out="/tmp/x.pdf"),
                         project)
    layout = built.layout
    _frame, figures = table_of_frame(layout, "figures")
    first = [cell for cell in figures.contents()[0]]
    assert first[0] == "Population couverte par le bloc communal"
    assert first[1:3] == [f"48,1{NNBSP}%", f"50,4{NNBSP}%"] and first[3].startswith("9e")
    assert figures.contents()[-1][2] == f"1{NNBSP}060"  # actors publishing in France, thousands separated
    labels = {item.id(): item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)}
    assert f"Sources{NNBSP}:" in labels["sources"] and " :" not in labels["sources"]
    legend_labels = " ".join(built.filler.legend.title.split())
    assert "Population couverte par le bloc communal" in legend_labels
    _frame, actors = table_of_frame(layout, "actors")
    assert {row[1] for row in actors.contents()} <= {"Région", "Département", "EPCI", "Commune", "Autre organisme",
                                                    ""}
    project.clear()
