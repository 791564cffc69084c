"""The indicator tables of what a scope publishes, as JSON and CSV, on the hand-made store (publication_store.py)."""
import csv
import io
import json
import sqlite3

import pytest
from publication_store import NANTES, make_publication_store

from odt_qgis_plugin.indicators.indicator_files import indicators_text
from odt_qgis_plugin.indicators.spreadsheet_csv import spreadsheet_text

pytestmark = pytest.mark.pure


def test_json_tables_of_a_region(tmp_path):
    store = make_publication_store(tmp_path / "p.gpkg")
    tables = json.loads(indicators_text(store, "json", region="52"))
    openness = {row["rule"]: row for row in tables["publication_openness"]}
    # N1, NG2, E1A open; N3 not; N2 and P1 ("Other") unknown: 3 of 4 known, 2 unknown, never counted as "no"
    assert openness["open_licence"] == {"rule": "open_licence", "datasets": 3, "known": 4, "unknown": 2, "total": 6,
                                        "rate": 0.75, "actors": 3, "as_of": "2025-06-15", "run_id": 2,
                                        # the régions: 52 3 of 4, 53 (Rennes's R1) 1 of 1: median 0.875
                                        "peer_rate": 0.875}
    assert tables["publication_themes"][0] == {"theme": "Mobilité", "datasets": 3, "total": 6,
                                               "as_of": "2025-06-15", "run_id": 2}
    assert tables["publication_themes"][-1]["theme"] == ""  # N2 and P1: "sans thème", a bucket of its own
    assert tables["publication_themes"][-1]["datasets"] == 2
    scdl = tables["publication_scdl"][0]
    assert (scdl["schema"], scdl["here"], scdl["engaged"], scdl["total"], scdl["unknown"]) == \
        ("scdl/deliberations", "declared", 1, 7, 2)
    assert scdl["rate"] == pytest.approx(0.2) and scdl["national_rate"] == pytest.approx(2 / 9)
    assert scdl["peer_rate"] == pytest.approx((1 / 5 + 1 / 4) / 2)  # 52: 1 of 5 known; 53: Rennes of 4
    top = tables["publication_top"]
    assert [row["title"] for row in top[:3]] == ["Délibérations du conseil", "Arrêts de bus", "Qualité de l'air"]
    assert top[0]["siren"] == NANTES and top[0]["downloads"] == 500 and top[0]["rank"] == 1


def test_csv_rows_and_an_empty_scope(tmp_path):
    store = make_publication_store(tmp_path / "p.gpkg")
    rows = list(csv.DictReader(io.StringIO(indicators_text(store, "csv", departement="44"))))
    fresh = next(row for row in rows if row["table"] == "publication_openness" and row["rule"] == "fresh")
    # N1, E1A, P1 fresh; N3 not; N2 (no date) and NG2 (dated after the run) unknown
    assert (fresh["datasets"], fresh["known"], fresh["unknown"], fresh["as_of"]) == ("3", "4", "2", "2025-06-15")
    assert not any(row["table"].startswith("publication_") for row in
                   csv.DictReader(io.StringIO(indicators_text(store, "csv", departement="49"))))
    with sqlite3.connect(store) as connection:
        connection.execute("DELETE FROM datasets")
    tables = json.loads(indicators_text(store, "json"))
    assert tables["publication_openness"] == [] and tables["publication_scdl"] == []


def test_spreadsheet_sections_of_what_a_departement_publishes(tmp_path):
    store = make_publication_store(tmp_path / "p.gpkg")
    text = spreadsheet_text(json.loads(indicators_text(store, "json", departement="44")), "fr")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    titles = [row[0] for row in rows if len(row) == 1]
    assert "Datasets under an open licence, in an open format, updated within 12 months (data of 15 juin 2025)" \
        in titles
    assert {"Datasets by theme (data of 15 juin 2025)", "Most used datasets (data of 15 juin 2025)"} <= set(titles)
    # licence: N1, NG2, E1A open of 4 known, N2 and P1 unknown; the départements 44 (75 %) and 35 (100 %): 87,5
    assert ["Open licence", "3", "4", "2", "75,0", "87,5"] in rows
    assert ["Open format", "3", "5", "1", "60,0", "80,0"] in rows  # N1, E1A, P1 of 5; N3 unknown; 35: 100 %
    assert ["Mobilité", "3", "50,0"] in rows and ["no theme", "2", "33,3"] in rows  # of 6 datasets
    # délibérations: Nantes of Nantes, Nantes Métropole, the 44; the 35 the same (1/3); France 2 of 9 known
    assert ["Délibérations", "declared", "1", "3", "0", "33,3", "33,3", "22,2"] in rows
    assert ["1", "Délibérations du conseil", "Ville de Nantes", "opendatasoft", "500", "", "",
            "https://data.nantes.fr/n1"] in rows


def test_spreadsheet_sections_without_listings(tmp_path):
    store = make_publication_store(tmp_path / "p.gpkg")
    with sqlite3.connect(store) as connection:
        connection.execute("DELETE FROM datasets")
    text = spreadsheet_text(json.loads(indicators_text(store, "json", departement="44")), "en")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows.count(["No dataset listing harvested yet: run harvest --datasets"]) == 4
