"""What-if scenarios on the hand-made miniature store of test_indicators (pure, no QGIS).

Observed, worked out by hand (no harvest: the 10 registry actors are engaged):
  région 52: communes 44109 44001 44002 engaged of 5, EPCI E1 of 2, D44 of 2, R52 of 1 -> 6/10 = 60.0%;
  obligated (communes >= 3,500: 44109 44001 85001): 2 + 1 + 1 + 1 = 5 of 3 + 2 + 2 + 1 = 8 -> 62.5%;
  actors located in 52: C4 C5 C6 E1 D44 R52 = 6.  Région 11: 1/6 (Paris only), so 52 ranks 1 of 2.
  France: 4 + 1 + 1 + 1 = 7 of 8 + 3 + 3 + 2 = 16 -> 43.75 %.
EPCI members set here: E1 = 44109 44001 44002, E2 = 85001 85002, E3 = 92001 92002.
"""
import hashlib
import sqlite3

import pytest
from test_indicators import REGISTRY, S, make_store

from odt_qgis_plugin.common.errors import InputError, StoreError
from odt_qgis_plugin.indicators.comparison import REGISTRY as REGISTRY_EDITION
from odt_qgis_plugin.indicators.comparison import compare_runs
from odt_qgis_plugin.indicators.indicator_tables import compute_indicators
from odt_qgis_plugin.indicators.key_figures import Scope, card_text, key_figures
from odt_qgis_plugin.registry import actors
from odt_qgis_plugin.scenarios import saved_scenarios as scenario_store
from odt_qgis_plugin.scenarios.evaluation import Scenario, apply, evaluate, load_observed, parse_rule

pytestmark = pytest.mark.pure


@pytest.fixture
def store(tmp_path):
    path = make_store(tmp_path / "mini.gpkg")
    csv = tmp_path / "registry.csv"
    csv.write_text(REGISTRY, encoding="utf-8")
    actors.import_registry(path, csv)
    connection = sqlite3.connect(path)
    for epci, communes in (("E1", ("44109", "44001", "44002")), ("E2", ("85001", "85002")),
                           ("E3", ("92001", "92002"))):
        connection.executemany("UPDATE communes SET epci = ? WHERE code = ?", [(S[epci], code) for code in communes])
    connection.commit()
    connection.close()
    return path


def fingerprint(store):
    """Row count and checksum of every observed table, to prove a scenario never writes them."""
    connection = sqlite3.connect(store)
    try:
        result = {}
        for table in ("actors", "communes", "epci", "departements", "regions", "collectivities"):
            rows = connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return result
    finally:
        connection.close()


def test_observed_figures_by_hand(store):
    observed = load_observed(store)
    cards = key_figures(observed.snapshot, Scope(region="52"), observed.members)
    assert (cards["engaged_collectivities"]["value"], cards["engaged_collectivities"]["total"]) == (6, 10)
    assert cards["engaged_collectivities"]["national"]["rate"] == pytest.approx(7 / 16)
    assert (cards["obligated"]["value"], cards["obligated"]["total"]) == (5, 8)
    # 6 collectivities and the unresolved "CC DU PAYS DE VENDEE TEST", counted in Vendée where its name places it
    assert cards["engaged_actors"]["value"] == 7 and cards["engaged_actors"]["national"]["value"] == 10
    assert cards["datasets"]["value"] is None  # no harvest yet
    assert (cards["rank"]["value"], cards["rank"]["total"]) == (1, 2)
    assert card_text("engaged_collectivities", cards["engaged_collectivities"]) == (
        "60.0% (6 / 10)", "France: 43.8% (7 / 16)")
    epci = key_figures(observed.snapshot, Scope(epci=S["E1"]), observed.members)
    assert (epci["engaged_collectivities"]["value"], epci["engaged_collectivities"]["total"]) == (4, 4)


def test_rule_syntax():
    assert parse_rule("communes-above:5000").text() == "communes-above:5000"
    assert parse_rule("communes-above:5000:departement=44").scope == "departement=44"
    rule = parse_rule("departement-platform:44:Data.Loire-Atlantique.fr:epci,departement")
    assert (rule.value, rule.platform, rule.levels) == ("44", "data.loire-atlantique.fr", ("epci", "departement"))
    assert parse_rule(rule.text()) == rule
    for bad in ("communes-above:many", "epci-members:", "whatever:1", "departement-platform:44",
                "communes-above:10:canton=1", "departement-platform:44:h:region"):
        with pytest.raises(InputError):
            parse_rule(bad)


def test_communes_above_in_the_region(store):
    observed = load_observed(store)
    # 85001 (60,000) is the only commune of 52 with 3,000+ inhabitants that does not publish yet
    result = evaluate(observed, Scenario("big", (parse_rule("communes-above:3000"),)), Scope(region="52"))
    assert result["rules"] == ["communes-above:3000:region=52"]
    assert result["what_if"]["engaged_collectivities"]["value"] == 7
    assert result["changes"]["engaged_collectivities"]["text"] == "60.0% → 70.0%, +1 collectivities"
    assert result["changes"]["obligated"]["text"] == "62.5% → 75.0%, +1 collectivities"
    assert result["what_if"]["engaged_actors"]["value"] == 8
    # bound to région 52, the rule leaves 92001 and 92002 (région 11) alone: France 8/16
    assert result["what_if"]["engaged_collectivities"]["national"]["rate"] == pytest.approx(0.5)
    assert result["changed_territories"] == {"communes": ["85001"], "epci": [], "departements": ["85"],
                                             "regions": ["52"]}
    # the régions choropleth of the scenario shows the same share as the figures
    assert result["scenario_rates"]["regions"] == {"52": pytest.approx(0.7)}


def test_platform_rule_and_marks(store):
    observed = load_observed(store)
    joined = Scenario("vendee", (parse_rule("departement-platform:85:data.vendee.fr:epci,departement"),))
    result = evaluate(observed, joined, Scope(region="52"))
    assert result["changes"]["engaged_collectivities"]["text"] == "60.0% → 80.0%, +2 collectivities"
    copy, turned = apply(observed, joined)
    assert turned == [("departement", "85"), ("epci", S["E2"])]
    platforms = {row["host"]: row["actors"] for row in compute_indicators(copy, region="52")["platforms"]}
    assert platforms["data.vendee.fr"] == 2

    marked = Scenario("members", (parse_rule(f"epci-members:{S['E2']}"),)).with_marks([("commune", "92001")])
    result = evaluate(observed, marked, Scope(region="52"))
    assert result["what_if"]["engaged_collectivities"]["value"] == 8
    assert result["what_if"]["engaged_collectivities"]["national"]["value"] == 10  # 7 + 85001, 85002, 92001
    # the observed snapshot is untouched
    again = key_figures(observed.snapshot, Scope(region="52"), observed.members)
    assert again["engaged_collectivities"]["value"] == 6


def test_save_reload_compare_export_delete(store, tmp_path):
    before = fingerprint(store)
    observed = load_observed(store)
    first = Scenario("Grandes communes", (parse_rule("communes-above:3000:region=52"),))
    second = Scenario("L'EPCI 100 %", (parse_rule(f"epci-members:{S['E2']}"),), frozenset({("commune", "92001")}))
    scenario_store.save(store, first)
    scenario_store.save(store, second)
    assert [row["name"] for row in scenario_store.names(store)] == ["Grandes communes", "L'EPCI 100 %"]
    assert scenario_store.load(store, "L'EPCI 100 %") == second
    assert scenario_store.load(store, "Grandes communes") == first
    rows = {row["card"]: row for row in scenario_store.compare(observed, [first, second], Scope(region="52"))}
    assert rows["engaged_collectivities"]["observed"] == pytest.approx(0.6)
    assert rows["engaged_collectivities"]["Grandes communes"] == pytest.approx(0.7)
    assert rows["engaged_collectivities"]["L'EPCI 100 %"] == pytest.approx(0.8)
    out = scenario_store.export_csv([evaluate(observed, s, Scope(region="52")) for s in (first, second)],
                                    tmp_path / "scenarios.csv")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 2 * 5
    assert "60.0% → 70.0%, +1 collectivities" in lines[2]
    assert scenario_store.delete(store, "Grandes communes")
    assert [row["name"] for row in scenario_store.names(store)] == ["L'EPCI 100 %"]
    with pytest.raises(StoreError):
        scenario_store.load(store, "Grandes communes")
    assert fingerprint(store) == before


def test_comparison_registry_against_a_harvest(store):
    connection = sqlite3.connect(store)
    connection.executescript("""
        CREATE TABLE harvest_runs (run_id INTEGER PRIMARY KEY, started_at TEXT, ended_at TEXT, status TEXT,
                                   settings TEXT);
        CREATE TABLE harvests (fid INTEGER PRIMARY KEY, run_id INTEGER, siren TEXT, platform TEXT, url TEXT,
                               datasets INTEGER, federated INTEGER, status TEXT, http_status INTEGER, error TEXT,
                               duration REAL, harvested_at TEXT);
        INSERT INTO harvest_runs VALUES (1, '2026-01-01', '2026-01-01', 'finished', '{}');
    """)
    # in run 1 Nantes publishes 12 datasets, E none, the département 44 fails: 52 drops from 6 to 4 engaged
    connection.executemany(
        "INSERT INTO harvests (run_id, siren, platform, datasets, status, harvested_at) VALUES (1, ?, 'p', ?, ?, 'x')",
        [(S["C4"], 12, "ok"), (S["C5"], 1, "ok"), (S["C6"], 0, "ok"), (S["E1"], 3, "ok"), (S["D44"], None, "error"),
         (S["R52"], 5, "ok"), (S["C1"], 40, "ok")])
    connection.commit()
    connection.close()
    rows = {row["region"]: row for row in compare_runs(store, REGISTRY_EDITION, 1)}
    assert (rows["52"]["engaged_before"], rows["52"]["engaged_after"], rows["52"]["total"]) == (6, 4, 10)
    assert rows["52"]["change"] == pytest.approx(-0.2)
    assert rows["11"]["change"] == 0
