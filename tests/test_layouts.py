"""Council layouts: texts and numbers, fitting long names, PDF/PNG/SVG exports, atlases, bad inputs."""
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from data_paths import ROOT

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.layouts import layout_texts as texts
from odt_qgis_plugin.layouts.chart import bar_chart_svg
from odt_qgis_plugin.layouts.layout_request import TEMPLATES, ExportRequest, check, parse_territory

NNBSP = "\u202f"
PACA = "Provence-Alpes-Côte d'Azur"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def flat(text: str) -> str:
    """pdftotext keeps the layout: compare texts with runs of spaces and line breaks as one space."""
    return " ".join(text.replace(NNBSP, " ").split())


# --- pure texts ----------------------------------------------------------------------------

def test_french_and_english_numbers_and_dates():
    from odt_qgis_plugin.common.numbers import number, percent

    assert number(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert number(1234567, "en") == "1,234,567"
    assert percent(0.1234, "fr") == f"12,3{NNBSP}%"
    assert percent(0.1234, "en") == "12.3%"
    assert percent(None) == "–"
    assert texts.long_date(date(2024, 3, 1), "fr") == "1er mars 2024"
    assert texts.long_date("2026-11-29T03:37:21+00:00", "fr") == "29 novembre 2026"
    assert texts.long_date(date(2026, 8, 2), "en") == "2 August 2026"


def test_sources_line_names_every_source_and_the_licence():
    line = texts.sources_line({"registry_edition": "2022", "boundaries_vintage": "2018", "cog_vintage": "",
                               "reference_version": "6.0.0", "harvest_date": "2024-03-12T10:00:00"}, "fr")
    for part in ("Observatoire open data des territoires", "2022", "IGN ADMIN EXPRESS 2018", "INSEE COG", "6.0.0",
                 "12 mars 2024", texts.LICENCE):
        assert part in line


def test_data_date_is_the_data_s_not_the_edition_s():
    sources = {"registry_edition": "2022", "harvest_date": None}
    assert texts.data_line(sources, "en") == "Data: the observatory's registry of actors 2022 (no harvest yet)"
    assert texts.data_date(dict(sources, harvest_date="2024-03-12T10:00:00"), "en") == \
        "registry 2022, harvest of 12 March 2024"
    assert texts.edition_line(date(2026, 11, 29), "en").startswith("Edition of 29 November 2026")


def test_chart_is_valid_svg_with_one_bar_per_row():
    svg = bar_chart_svg([("Communes", 0.016, None), ("EPCI & co", 0.161, 0.3)], "Engaged <share>", "fr")
    root = ElementTree.fromstring(svg)
    rects = root.findall("{http://www.w3.org/2000/svg}rect")
    assert len(rects) == 2 * 2 + 1  # background and bar per row, plus the what-if bar
    assert "EPCI &amp; co" in svg and "Engaged &lt;share&gt;" in svg


@pytest.mark.parametrize("text, expected", [("france", ("france", None)), ("region:52", ("region", "52")),
                                            ("departement:2A", ("departement", "2A"))])
def test_parse_territory(text, expected):
    assert parse_territory(text) == expected


def test_requests_checked_before_any_work(tmp_path):
    out = str(tmp_path / "x.pdf")
    with pytest.raises(InputError, match="Unknown template"):
        check(ExportRequest("s.gpkg", "a5-portrait", out=out))
    with pytest.raises(InputError, match="Unknown territory"):
        check(ExportRequest("s.gpkg", "a4-portrait", territory="commune:44109", out=out))
    with pytest.raises(InputError, match="atlas by epci"):
        check(ExportRequest("s.gpkg", "a4-portrait", atlas="epci", out=out))
    with pytest.raises(InputError, match="does not exist"):
        check(ExportRequest("s.gpkg", "a4-portrait", out=str(tmp_path / "missing" / "x.pdf")))


# --- QGIS: fitting, exports ----------------------------------------------------------------

def longest_epci_name(store) -> str:
    from odt_qgis_plugin.store.db import open_store

    return open_store(store).query("SELECT name FROM epci ORDER BY length(name) DESC LIMIT 1")[0][0]


@pytest.mark.parametrize("template", TEMPLATES)
def test_longest_names_fit_the_title_frame(qgis_app, national_store, template):
    from qgis.core import QgsLayoutUtils, QgsProject

    from odt_qgis_plugin.layouts.qgis_template import load_template
    from odt_qgis_plugin.layouts.qgis_text_fit import fit_text, inner_height, inner_width

    layout = load_template(template, QgsProject.instance())
    title = layout.itemById("title")
    width, height = inner_width(title), inner_height(title)
    epci = longest_epci_name(national_store)
    assert len(epci) >= 50
    for name in (PACA, epci, "Scénario : tous les EPCI — " + epci):
        font, fitted = fit_text(title.font(), title.font().pointSizeF(), name, width, height)
        assert all(QgsLayoutUtils.textWidthMM(font, line) <= width for line in fitted.split("\n")), name
        assert QgsLayoutUtils.textHeightMM(font, fitted) <= height, name
        assert fitted.replace("\n", " ") == name


@pytest.mark.slow
def test_national_pdf_with_insets_figures_and_sources(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.common.qgis_translation import wanted_language
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "france.pdf"
    assert export_layout(ExportRequest(str(maps_store), "a4-portrait", out=str(out))) == [str(out)]
    assert pdf_pages(out) == 1
    text = flat(pdf_text(out))
    language = wanted_language()
    assert "France" in text
    for name in ("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"):
        assert name in text
    # the national values of the 2022 registry (worked out from the registry: see test_council_pages.py)
    assert "Population covered by the communes and EPCI 50.4%" in text
    assert "Population covered by a local portal 61.9%" in text
    assert flat(texts.sources_line(texts.read_sources(maps_store), language)) in text
    assert "registry of actors 2022" in text and "ADMIN EXPRESS 2018" in text
    assert [p.name for p in tmp_path.iterdir()] == ["france.pdf"]  # no temporary file left


@pytest.mark.slow
def test_region_atlas_has_one_page_per_region(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "regions.pdf"
    export_layout(ExportRequest(str(maps_store), "a4-landscape", atlas="region", out=str(out)))
    assert pdf_pages(out) == 18
    pages = [flat(page) for page in pdf_text(out).split("\f")[:18]]
    assert PACA in pages[16]  # sorted by code: 93 is the 17th
    assert "Corse" in pages[17]
    assert all("Rank" in page and "Sources:" in page and "Population covered by a local portal" in page
               for page in pages)


def test_region_png_map_is_not_blank(qgis_app, maps_store, tmp_path):
    from qgis.PyQt.QtGui import QImage

    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "bretagne.png"
    export_layout(ExportRequest(str(maps_store), "a4-portrait", territory="region:53", fmt="png", preset="light",
                                out=str(out)))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1240, 1753)  # A4 at 150 dpi
    # the map frame of the A4 portrait template: 10..200 mm wide, 26..180 mm high (insets dropped)
    scale = 150 / 25.4
    left, top, right, bottom = (int(v * scale) for v in (12, 28, 198, 178))
    step = 4
    inked = sum(1 for x in range(left, right, step) for y in range(top, bottom, step)
                if image.pixelColor(x, y).lightness() < 245)
    total = len(range(left, right, step)) * len(range(top, bottom, step))
    assert inked / total > 0.10


@pytest.mark.slow
def test_epci_atlas_of_a_region_in_alphabetical_order(qgis_app, maps_store, tmp_path):
    import unicodedata

    from odt_qgis_plugin.layouts.qgis_layouts import export_layout
    from odt_qgis_plugin.store.db import open_store

    names = [row[0] for row in open_store(maps_store).query("SELECT name FROM epci WHERE region = '94'")]
    out = tmp_path / "corse.pdf"
    export_layout(ExportRequest(str(maps_store), "a3-landscape", territory="region:94", atlas="epci", out=str(out)))
    assert pdf_pages(out) == len(names) > 5
    titles = [page.strip().splitlines()[0].strip() for page in pdf_text(out).split("\f")[:len(names)]]

    def folded(name):
        return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()

    assert titles == sorted(names, key=folded)


def run_cli(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "export", *args], capture_output=True, check=False,
                          text=True, cwd=ROOT, env=env)


@pytest.mark.slow
@pytest.mark.parametrize("args, reason", [
    (["--territory", "region:99"], "Unknown région code 99"),
    (["--territory", "departement:999"], "Unknown département code 999"),
    (["--template", "a5"], "Unknown template a5"),
    (["--out", "{missing}/x.pdf"], "Output folder does not exist"),
    (["--out", "{readonly}/x.pdf"], "not writable"),
])
def test_cli_bad_inputs_one_line_no_file(maps_store, tmp_path, args, reason):
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o500)
    out = tmp_path / "x.pdf"
    values = {"--template": "a4-portrait", "--territory": "france", "--out": str(out)}
    for flag, value in zip(args[::2], args[1::2]):
        values[flag] = value.format(missing=tmp_path / "missing", readonly=readonly)
    if os.geteuid() == 0 and reason == "not writable":
        pytest.skip("root writes into any folder")
    done = run_cli("--store", str(maps_store), *[item for pair in values.items() for item in pair])
    readonly.chmod(0o700)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and reason in errors[0], done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["readonly"]
    assert list(readonly.iterdir()) == []


@pytest.mark.slow
def test_cli_region_page_and_png_without_warnings(maps_store, tmp_path):
    out = tmp_path / "r93.pdf"
    done = run_cli("--store", str(maps_store), "--template", "a4-landscape", "--territory", "region:93",
                   "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert PACA in flat(pdf_text(out))
    png = tmp_path / "r93.png"
    done = run_cli("--store", str(maps_store), "--template", "a4-landscape", "--territory", "region:93",
                   "--format", "png", "--preset", "light", "--out", str(png))
    assert done.returncode == 0 and png.stat().st_size > 10000
    # neither GDAL ("ERROR 6: The PNG driver does not support update access") nor PROJ speaks on the terminal
    assert "ERROR" not in done.stderr and "proj_create" not in done.stderr, done.stderr


@pytest.mark.timeout(180)
def test_export_refuses_a_worker_thread(qgis_app, maps_store, tmp_path):
    """Layouts are exported on the main thread (the dialog does so behind a progress dialog): from a task, the
    export says why in one line instead of crashing QGIS, and writes nothing."""
    import time

    from qgis.core import QgsApplication

    from odt_qgis_plugin.common.qgis_tasks import CoreTask
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "r52.pdf"
    outcome = {}
    request = ExportRequest(str(maps_store), "a4-portrait", territory="region:52", out=str(out))
    task = CoreTask("export", lambda feedback: export_layout(request, feedback),
                    lambda result, error: outcome.update(result=result, error=error))
    QgsApplication.taskManager().addTask(task)
    start = time.monotonic()
    while "error" not in outcome and time.monotonic() - start < 150:
        qgis_app.processEvents()
        time.sleep(0.02)
    assert outcome["result"] is None and "main thread" in outcome["error"].message
    assert list(tmp_path.iterdir()) == []
