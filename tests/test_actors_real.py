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
    assert all(reason for (reason,) in _query(store_copy,
                                              "SELECT reason FROM actors WHERE resolution = 'unresolved'"))

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
    assert (types["commune"]["engaged"], types["commune"]["total"]) == layer_engaged["communes"]
    assert (types["epci"]["engaged"], types["epci"]["total"]) == layer_engaged["epci"]
    assert (types["departement"]["total"], types["region"]["total"]) == (95, 17)
    regions = _query(store_copy, "SELECT SUM(engaged_communes), SUM(total_communes), SUM(engaged_epci),"
                                 " SUM(total_epci) FROM regions")[0]
    assert regions == (types["commune"]["engaged"], types["commune"]["total"],
                       types["epci"]["engaged"], types["epci"]["total"])
    sizes = sum(row["engaged"] for row in france["by_commune_size"])
    assert sizes <= types["commune"]["engaged"]
    assert all(0 <= row["rate"] <= 1 for name in ("by_collectivity_type", "obligated")
               for row in france[name] if row["rate"] is not None)

    located = sum(row["engaged"] for row in france["by_region"] if row["region"])
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
    assert list(json.loads(out.read_text(encoding="utf-8"))) == list(TABLES) + ["population_coverage"]
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
