"""The indicator tables of what a scope publishes, as JSON and CSV, on the hand-made store (publication_store.py)."""
import csv
import io
import json
import sqlite3

import pytest
from publication_store import NANTES, make_publication_store

from odt_qgis_plugin.indicators.indicator_files import indicators_text

pytestmark = pytest.mark.pure


def test_json_tables_of_a_region(tmp_path):
    store = make_publication_store(tmp_path / "p.gpkg")
    tables = json.loads(indicators_text(store, "json", region="52"))
    openness = {row["rule"]: row for row in tables["publication_openness"]}
    # N1, NG2, E1A open; N3 not; N2 and P1 ("Other") unknown: 3 of 4 known, 2 unknown, never counted as "no"
    assert openness["open_licence"] == {"rule": "open_licence", "datasets": 3, "known": 4, "unknown": 2, "total": 6,
                                        "rate": 0.75, "actors": 3, "as_of": "2025-06-15", "run_id": 2}
    assert tables["publication_themes"][0] == {"theme": "Mobilité", "datasets": 3, "total": 6,
                                               "as_of": "2025-06-15", "run_id": 2}
    assert tables["publication_themes"][-1]["theme"] == ""  # N2 and P1: "sans thème", a bucket of its own
    assert tables["publication_themes"][-1]["datasets"] == 2
    scdl = tables["publication_scdl"][0]
    assert (scdl["schema"], scdl["here"], scdl["engaged"], scdl["total"], scdl["unknown"]) == \
        ("scdl/deliberations", "declared", 1, 7, 2)
    assert scdl["rate"] == pytest.approx(0.2) and scdl["national_rate"] == pytest.approx(2 / 9)
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
