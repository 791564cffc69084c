"""The council-page section "Ce que publie le territoire" on the real 2022 registry, with hand-made listings."""
import shutil
import sqlite3
import subprocess

import pytest
from publication_store import create_tables, insert_datasets, mark_listed
from test_council_pages import flat, pdf_text

from odt_qgis_plugin.layouts.layout_request import ExportRequest
from odt_qgis_plugin.publications.dataset_record import DatasetRecord

NANTES, NANTES_METRO, ANGERS = "214401093", "244400404", "214900078"


def listed_store(maps_store, path):
    """Run 1 (15 June 2025) lists Nantes's and Nantes Métropole's portal and Angers on data.gouv.fr (one dataset,
    in Maine-et-Loire: the peers of Loire-Atlantique); nobody else is listed."""
    shutil.copyfile(maps_store, path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        create_tables(connection)
        connection.execute("INSERT INTO harvest_runs (run_id, started_at, ended_at, status) VALUES"
                           " (1, '2025-06-15T08:00:00+00:00', '2025-06-15T09:00:00+00:00', 'finished')")
        connection.executemany(
            "INSERT INTO harvests (run_id, siren, platform, datasets, status, harvested_at, host)"
            " VALUES (1, ?, 'opendatasoft', ?, 'ok', '2025-06-15T08:30:00+00:00', 'data.nantesmetropole.fr')",
            ((NANTES, 2), (NANTES_METRO, 1)))
        connection.execute(
            "INSERT INTO harvests (run_id, siren, platform, datasets, status, harvested_at, host)"
            " VALUES (1, ?, 'datagouv', 1, 'ok', '2025-06-15T08:30:00+00:00', 'www.data.gouv.fr')", (ANGERS,))
        insert_datasets(connection, (
            (1, NANTES, "opendatasoft", DatasetRecord(
                "a", "Délibérations municipales", "https://data.nantesmetropole.fr/a", formats=("csv",),
                licence="lov2", modified="2025-05-01", schema_name="scdl/deliberations", downloads=120)),
            (1, NANTES, "opendatasoft", DatasetRecord(
                "b", "Rapport d'activité", "https://data.nantesmetropole.fr/b", formats=("pdf",), views=40)),
            (1, NANTES_METRO, "opendatasoft", DatasetRecord(
                "c", "Horaires des bus", "https://data.nantesmetropole.fr/c", themes=("Mobilité",),
                formats=("geojson",), licence="odbl", modified="2020-01-01", downloads=900)),
            (1, ANGERS, "datagouv", DatasetRecord(
                "d", "Programme culturel", "https://www.data.gouv.fr/d", themes=("Culture",), formats=("pdf",),
                licence="odbl", modified="2025-06-01", downloads=50))))
        mark_listed(connection)  # `harvests.listed`, as the harvest's writer sets it
    finally:
        connection.close()
    return path


@pytest.mark.slow
def test_a_departement_page_shows_what_its_actors_publish(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    store = listed_store(maps_store, tmp_path / "listed.gpkg")
    out = tmp_path / "d44.pdf"
    export_layout(ExportRequest(str(store), "a4-landscape", territory="departement:44", out=str(out)))
    text = flat(pdf_text(out))
    section = text[text.index("What the territory publishes – Loire-Atlantique"):]
    assert "Data of 15 June 2025 (datasets listed by the harvest). Shares are of the datasets whose" in section
    # Loire-Atlantique: a, b, c: licence known for a and c (both open), b unknown; format a, c open, b (pdf) not;
    # fresh: a only of a and c (c dates from 2020), b undated. Maine-et-Loire: d, open licence, pdf, fresh.
    assert "3 datasets published; 100% under an open licence; 50% updated within a year; " \
           "1 SCDL schema of 12 followed" in section
    # columns: Loire-Atlantique, the median of the two départements listed (44 and 49), Pays de la Loire (a-d),
    # France (the same four), the unknown datasets of Loire-Atlantique
    assert "Loire-Atlantique Median Pays de la Loire France Unknown" in section
    assert "Datasets listed 3 2 4 4" in section
    assert "Open licence 100% 100% 100% 100% 1" in section
    assert "Open format 67% 33% 50% 50% 0" in section  # median of 2/3 and 0
    assert "Updated < 12 months 50% 75% 67% 67% 1" in section  # median of 1/2 and 1
    assert "Median of the départements: of the 2 départements whose datasets were listed, half do better" in section
    assert "no theme" in section and "2 (67%)" in section and "Mobilité" in section and "1 (33%)" in section
    assert "Schema Here Loire-Atlantique Median France" in section
    assert "Délibérations declared" in section
    # downloads first (c 900, a 120), then views (b)
    assert section.index("Horaires des bus") < section.index("Délibérations municipales") \
        < section.index("Rapport d'activité")
    assert "900 downloads" in section and "40 views" in section
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in pages


@pytest.mark.slow
def test_without_listings_the_page_says_which_command_lists_them(qgis_app, maps_store, tmp_path):
    from odt_qgis_plugin.layouts.qgis_layouts import export_layout

    out = tmp_path / "d44.pdf"
    export_layout(ExportRequest(str(maps_store), "a4-landscape", territory="departement:44", out=str(out)))
    text = flat(pdf_text(out))
    assert "no dataset listing was harvested yet. To list the datasets:" in text
    assert "python -m odt_qgis_plugin harvest --store STORE --datasets" in text
    assert "What the territory publishes –" not in text
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in pages
