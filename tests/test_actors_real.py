"""The real 2022 registry on the real store: every row accounted for, tables that agree."""
import hashlib
import json
import sqlite3
import subprocess
import sys
from collections import Counter

import pytest
from data_paths import ACTORS_2022, ROOT

from odt_qgis_plugin import cli
from odt_qgis_plugin.indicators.indicator_tables import TABLES, compute_indicators, load_snapshot
from odt_qgis_plugin.registry.actors import import_registry


def _query(path, sql):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_2022_registry(store_copy):
    report = import_registry(store_copy, ACTORS_2022)
    assert report.read == 1060 and report.accepted + report.rejected == 1060
    assert report.inserted == report.accepted
    assert sum(report.categories.values()) == report.accepted
    assert _query(store_copy, "SELECT name, category FROM actors WHERE siren = '187609110'") == [
        ("GIP SEINE AVAL", "other")]  # the row with U+200E before its SIREN
    assert _query(store_copy, "SELECT COUNT(*) FROM actors")[0][0] == report.accepted
    assert _query(store_copy, "SELECT COUNT(*) FROM rejects")[0][0] == report.rejected
    # Paris is a commune; the CEA is one département-level actor only if registered
    assert _query(store_copy, "SELECT category FROM actors WHERE siren = '217500016'") == [("commune",)]
    explained = "SELECT reason FROM actors WHERE resolution IN ('unresolved', 'successor', 'overseas', 'located')"
    assert all(reason for (reason,) in _query(store_copy, explained))
    # issue 12: with no hand mapping, 836 actors by SIREN and 16 successors of old SIRENs, each explained
    collectivities = sum(report.categories[level] for level in ("commune", "epci", "departement", "region"))
    assert collectivities >= 852
    assert len(report.successors) == 16 and report.resolutions["successor"] == 16
    successors = dict(_query(store_copy, "SELECT siren, territory_code FROM actors WHERE resolution = 'successor'"))
    assert successors["214400400"] == "44005"  # CHEMERE -> Chaumes-en-Retz
    assert successors["217805514"] == "78551"  # Saint-Germain-en-Laye, new SIREN
    assert successors["226700011"] == "67A"  # BAS RHIN -> Collectivité européenne d'Alsace
    assert successors["232000018"] == "94"  # CORSE -> Collectivité de Corse
    assert successors["245300330"] == "200083392"  # CA DE LAVAL -> Laval Agglomération
    assert successors["247600596"] == "200084952"  # CA HAVRAISE -> Le Havre Seine Métropole
    assert successors["245900410"] == "200093201"  # Métropole Européenne de Lille
    # a syndicat whose name says "Métropole" is no EPCI; Palm Bus (a 25... SIREN) is a partner located in 06
    assert _query(store_copy, "SELECT category, resolution FROM actors WHERE siren = '200021624'") == [
        ("other", "unresolved")]
    assert _query(store_copy, "SELECT category, resolution, territory_code FROM actors WHERE siren = '250600723'"
                  ) == [("other", "located", "06")]
    # Nouvelle-Calédonie and Polynésie française: 8 overseas actors, not lost among the unlocated
    assert _query(store_copy, "SELECT COUNT(*) FROM actors WHERE resolution = 'overseas'")[0][0] == 8

    snapshot = load_snapshot(store_copy)
    france = compute_indicators(snapshot)
    assert list(france) == list(TABLES)
    by_category = {row["category"]: row["engaged"] for row in france["by_category"]}
    assert sum(by_category.values()) == report.accepted  # no harvest: every actor counts as engaged
    assert sum(row["engaged"] for row in france["by_region"]) == report.accepted
    assert Counter(report.categories) == Counter({k: v for k, v in by_category.items() if v})
    types = {row["type"]: row for row in france["by_collectivity_type"]}
    layer_engaged = {layer: _query(store_copy, f"SELECT SUM(engaged = 1), COUNT(*) FROM {layer}")[0]
                     for layer in ("communes", "epci")}
    # the denominators come from the reference: 34,875 communes, 7 of them without a 2018 boundary
    assert types["commune"]["total"] == 34875 == layer_engaged["communes"][1] + 7
    assert [row["code"] for row in france["no_boundary"]] == ["14666", "15031", "15035", "15047", "15171",
                                                              "85165", "85212"]
    assert types["commune"]["engaged"] == layer_engaged["communes"][0]
    assert (types["epci"]["engaged"], types["epci"]["total"]) == layer_engaged["epci"]
    assert (types["departement"]["total"], types["region"]["total"]) == (95, 17)
    regions = _query(store_copy, "SELECT SUM(engaged_communes), SUM(total_communes), SUM(engaged_epci),"
                                 " SUM(total_epci) FROM regions")[0]
    assert regions == (types["commune"]["engaged"], types["commune"]["total"],
                       types["epci"]["engaged"], types["epci"]["total"])
    # five size classes, and every engaged commune in one of them (233 of them in the small communes' class)
    assert [row["class"] for row in france["by_commune_size"]] == ["0-3500", "3501-20000", "20001-50000",
                                                                   "50001-100000", "100001+"]
    assert sum(row["engaged"] for row in france["by_commune_size"]) == types["commune"]["engaged"]
    assert france["by_commune_size"][0]["engaged"] == 233
    by_region = {row["region"]: row["actors"] for row in france["by_region"]}
    assert by_region["COM"] == 8
    assert all(0 <= row["rate"] <= 1 for name in ("by_collectivity_type", "obligated")
               for row in france[name] if row["rate"] is not None)

    located = sum(row["engaged"] for row in france["by_region"] if row["region"] not in (None, "COM"))
    per_region = [compute_indicators(snapshot, region=code) for code in snapshot.regions]
    assert sum(sum(row["engaged"] for row in tables["by_category"]) for tables in per_region) == located
    assert sum(t["by_collectivity_type"][0]["total"] for t in per_region) == types["commune"]["total"]
    r52 = compute_indicators(snapshot, region="52")
    assert list(r52) == list(TABLES) and all(r52[name] is not None for name in TABLES)
    assert r52["by_region"][0]["region"] == "52"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("content", [b"", b"nom;ville\nA;B\n", bytes(range(256)) * 50])
def test_a_malformed_csv_changes_nothing(store_copy, tmp_path, capsys, content):
    import_registry(store_copy, ACTORS_2022)
    before = _digest(store_copy)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    code = cli.main(["import-actors", "--store", str(store_copy), str(bad)])
    captured = capsys.readouterr()
    assert code != 0
    assert len(captured.err.strip().splitlines()) == 1 and captured.out == ""
    assert _digest(store_copy) == before


@pytest.mark.slow
def test_command_line(store_copy, tmp_path):
    env_python = [sys.executable, "-m", "odt_qgis_plugin"]
    done = subprocess.run(env_python + ["import-actors", "--store", str(store_copy), str(ACTORS_2022)],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1060 rows read" in done.stdout
    out = tmp_path / "france.json"
    assert cli.main(["indicators", "--store", str(store_copy), "--format", "json", "--out", str(out)]) == 0
    tables = json.loads(out.read_text(encoding="utf-8"))
    assert list(tables) == list(TABLES) + ["publication_themes", "publication_openness", "publication_scdl",
                                           "publication_top", "population_coverage"]
    # The registry alone lists no dataset: what territories publish is unknown, so those tables are empty.
    assert all(tables[name] == [] for name in ("publication_themes", "publication_openness", "publication_scdl",
                                               "publication_top"))
    out = tmp_path / "r52.csv"
    assert cli.main(["indicators", "--store", str(store_copy), "--region", "52", "--format", "csv",
                     "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("table,") and {line.split(",")[0] for line in lines[1:]} >= set(TABLES) - {
        "datasets_volume"}
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n", encoding="utf-8")
    done = subprocess.run(env_python + ["import-actors", "--store", str(store_copy), str(bad)],
                          check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and len(done.stderr.strip().splitlines()) == 1
