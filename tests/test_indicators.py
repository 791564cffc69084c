"""A hand-made miniature store: import, resolution, engagement fields and the seven tables (pure).

The miniature France (answers below are worked out by hand from it):
  région 11 (collectivity R11, départements 75 92)   région 52 (collectivity R52, départements 44 85)
  75 has no département collectivity (Paris is a commune); D92, D44, D85 are départements.
  communes: 75056 Paris 2,100,000 | 92001 A 3,500 | 92002 B 25,000 | 44109 Nantes 320,000
            44001 D 3,501 | 44002 E 800 | 85001 F 60,000 | 85002 G 100
  EPCI: E1 métropole (44, 52), E2 CC (85, 52), E3 CA (92, 11)
"""
import sqlite3

import pytest

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.indicators.indicator_tables import TABLES, compute_indicators, load_snapshot, platform_summary
from odt_qgis_plugin.registry import actors, engagement
from odt_qgis_plugin.registry.siren import luhn_valid

pytestmark = pytest.mark.pure


def siren(prefix: str) -> str:
    """Complete 8 digits with the Luhn key."""
    return next(prefix + str(key) for key in range(10) if luhn_valid(prefix + str(key)))


S = {name: siren(prefix) for name, prefix in {
    "R11": "23750007", "R52": "23440003", "D92": "22920001", "D44": "22440002", "D85": "22850001",
    "C1": "21750001", "C2": "21920001", "C3": "21920002", "C4": "21440109", "C5": "21440001",
    "C6": "21440002", "C7": "21850001", "C8": "21850002",
    "E1": "24440041", "E2": "20004100", "E3": "20004200",
    "S1": "25000001", "S2": "25000002", "U": "24999999", "A": "30000001",
}.items()}

COMMUNES = [("75056", "Paris", "C1", 2100000, "75", "11"), ("92001", "A", "C2", 3500, "92", "11"),
            ("92002", "B", "C3", 25000, "92", "11"), ("44109", "Nantes", "C4", 320000, "44", "52"),
            ("44001", "D", "C5", 3501, "44", "52"), ("44002", "E", "C6", 800, "44", "52"),
            ("85001", "F", "C7", 60000, "85", "52"), ("85002", "G", "C8", 100, "85", "52")]
EPCI = [("E1", "Nantes Métropole", "metropole", "44", "52"), ("E2", "CC Vendée Test", "cc", "85", "52"),
        ("E3", "CA Hauts-de-Seine Test", "ca", "92", "11")]

REGISTRY = f"""siren,nom,url_platform,id_datagouv,techno_platform
{S['C1']},PARIS,https://www.Opendata.Paris.fr/explore,xx1,"OpenDataSoft, DataGouv"
{S['C4']},NANTES,https://data.nantesmetropole.fr/explore/?refine.publisher=Nantes,,OpenDataSoft
{S['C5']},D,,xx5,DataGouv
{S['C6']},E,https://data.nantesmetropole.fr/explore/?refine.publisher=E,,OpenDataSoft
{S['E1']},NANTES METROPOLE,https://data.nantesmetropole.fr,,"OpenDataSoft, DataGouv"
{S['D44']},DEPARTEMENT 44,,xx44,DataGouv
{S['R52']},REGION 52,https://data.paysdelaloire.fr,,OpenDataSoft
{S['S1']},SYNDICAT MIXTE X,https://data.syndicat.fr,,CKAN
{S['U']},CC DU PAYS DE VENDEE TEST,,,
{S['A']},ASSOCIATION,www.asso-data.org/portal,,
"""


def make_store(path) -> str:
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE odt_metadata (key TEXT PRIMARY KEY, value TEXT);
        INSERT INTO odt_metadata VALUES ('schema_version', '1');
        CREATE TABLE communes (fid INTEGER PRIMARY KEY, code TEXT, name TEXT, siren TEXT, population INTEGER,
                               epci TEXT, departement TEXT, region TEXT);
        CREATE TABLE epci (fid INTEGER PRIMARY KEY, code TEXT, siren TEXT, name TEXT, kind TEXT, population INTEGER,
                           members INTEGER, departement TEXT, region TEXT, departements TEXT, regions TEXT);
        CREATE TABLE departements (fid INTEGER PRIMARY KEY, code TEXT, name TEXT, siren TEXT, collectivity TEXT,
                                   population INTEGER, region TEXT);
        CREATE TABLE regions (fid INTEGER PRIMARY KEY, code TEXT, name TEXT, siren TEXT, collectivity TEXT,
                              population INTEGER);
        CREATE TABLE collectivities (siren TEXT PRIMARY KEY, level TEXT, code TEXT, name TEXT, departements TEXT);
    """)
    connection.executemany("INSERT INTO communes (code, name, siren, population, departement, region)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           [(code, name, S[key], pop, dep, reg) for code, name, key, pop, dep, reg in COMMUNES])
    connection.executemany("INSERT INTO epci (code, siren, name, kind, departement, region) VALUES (?, ?, ?, ?, ?, ?)",
                           [(S[key], S[key], name, kind, dep, reg) for key, name, kind, dep, reg in EPCI])
    connection.executemany("INSERT INTO departements (code, name, siren, region) VALUES (?, ?, ?, ?)", [
        ("75", "Paris", "", "11"), ("92", "Hauts-de-Seine", S["D92"], "11"),
        ("44", "Loire-Atlantique", S["D44"], "52"), ("85", "Vendée", S["D85"], "52")])
    connection.executemany("INSERT INTO regions (code, name, siren) VALUES (?, ?, ?)",
                           [("11", "Île-de-France", S["R11"]), ("52", "Pays de la Loire", S["R52"])])
    connection.executemany("INSERT INTO collectivities VALUES (?, ?, ?, ?, ?)", [
        (S["R11"], "region", "11", "Région Île-de-France", "75 92"),
        (S["R52"], "region", "52", "Région Pays de la Loire", "44 85"),
        (S["D92"], "departement", "92", "Département des Hauts-de-Seine", "92"),
        (S["D44"], "departement", "44", "Département de Loire-Atlantique", "44"),
        (S["D85"], "departement", "85", "Département de la Vendée", "85")])
    connection.commit()
    connection.close()
    return str(path)


@pytest.fixture
def store(tmp_path):
    path = make_store(tmp_path / "mini.gpkg")
    csv = tmp_path / "registry.csv"
    csv.write_text(REGISTRY, encoding="utf-8")
    report = actors.import_registry(path, csv)
    assert (report.read, report.accepted, report.rejected, report.inserted) == (10, 10, 0, 10)
    return path


def rows(store, sql, params=()):
    connection = sqlite3.connect(store)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def table(result, name, key):
    return {row[key]: row for row in result[name]}


def test_resolution_by_exact_siren(store):
    found = {s: rest for s, *rest in rows(
        store, "SELECT siren, category, epci_kind, territory_level, territory_code, departement, region, resolution"
               " FROM actors")}
    found = {s: tuple(rest) for s, rest in found.items()}
    assert found[S["C1"]] == ("commune", None, "commune", "75056", "75", "11", "siren")
    assert found[S["E1"]] == ("epci", "metropole", "epci", S["E1"], "44", "52", "siren")
    assert found[S["D44"]] == ("departement", None, "departement", "44", "44", "52", "siren")
    assert found[S["R52"]] == ("region", None, "region", "52", "44 85", "52", "siren")
    assert found[S["S1"]] == ("other", None, None, None, None, None, "none")
    assert found[S["A"]][0] == "other"
    # a 24… SIREN named like a CC that matches nothing: kept, with a reason naming the closest EPCI
    assert found[S["U"]][0] == "other" and found[S["U"]][-1] == "unresolved"
    reason = rows(store, "SELECT reason FROM actors WHERE siren = ?", (S["U"],))[0][0]
    assert "CC Vendée Test" in reason


def test_report_counts(store, tmp_path):
    csv = tmp_path / "second.csv"
    # one change (E gets a platform), one new actor (G), one unchanged (D), one reject
    csv.write_text(f"siren;nom;url-ptf\n{S['C6']};E;https://e.example.fr\n{S['C8']};G;\n{S['C5']};D;\n"
                   "123;Bad;\n", encoding="cp1252")
    report = actors.import_registry(store, csv)
    assert (report.read, report.accepted, report.rejected) == (4, 3, 1)
    assert (report.inserted, report.updated, report.unchanged) == (1, 1, 1)
    # columns this file lacks (id_datagouv, techno_platform) keep their values
    assert rows(store, "SELECT id_datagouv, techno_platform FROM actors WHERE siren = ?", (S["C5"],)) == [
        ("xx5", "DataGouv")]
    assert rows(store, "SELECT url_platform, host FROM actors WHERE siren = ?", (S["C6"],)) == [
        ("https://e.example.fr", "e.example.fr")]
    assert report.categories["commune"] == 3 and not report.unresolved
    assert rows(store, "SELECT COUNT(*) FROM actors")[0][0] == 11  # the first registry's actors are kept
    assert rows(store, "SELECT line, raw, source FROM rejects") == [(5, "123;Bad;", "second.csv")]
    text = "\n".join(report.lines())
    assert "4 rows read, 3 accepted, 1 rejected" in text
    # re-importing the same file replaces its rejects instead of piling them up
    actors.import_registry(store, csv)
    assert rows(store, "SELECT COUNT(*) FROM rejects")[0][0] == 1


def test_engagement_fields_on_the_layers(store):
    communes = {r[0]: r[1:] for r in rows(store, "SELECT code, engaged, actor_siren, platform_host, technology,"
                                                 " id_datagouv, datasets, obligated FROM communes")}
    assert communes["75056"] == (1, S["C1"], "opendata.paris.fr", "OpenDataSoft, DataGouv", "xx1", None, 1)
    assert communes["44002"][0] == 1 and communes["44002"][-1] == 0  # engaged, 800 inhabitants: not obligated
    assert communes["92001"][0] == 0 and communes["92001"][-1] == 1  # 3,500: obligated (threshold included)
    assert communes["85002"] == (0, None, None, None, None, None, 0)
    deps = {r[0]: r[1:] for r in rows(store, "SELECT code, engaged, obligated, engaged_communes, total_communes,"
                                             " rate_communes, engaged_epci, total_epci, engaged_obligated,"
                                             " total_obligated, engaged_collectivities, total_collectivities"
                                             " FROM departements")}
    # 44: communes Nantes, D, E engaged of 3; E1 of 1; obligated Nantes, D, E1, D44 = 4 of 4; all 5 of 5
    assert deps["44"] == (1, 1, 3, 3, 1.0, 1, 1, 4, 4, 5, 5)
    assert deps["85"] == (0, 1, 0, 2, 0.0, 0, 1, 0, 3, 0, 4)
    # Paris: no département collectivity and not a single collectivity région -> unknown, not "not engaged"
    assert deps["75"][:2] == (None, None) and deps["75"][2:4] == (1, 1)
    regions = {r[0]: r[1:] for r in rows(store, "SELECT code, engaged, engaged_communes, total_communes,"
                                                " engaged_collectivities, total_collectivities, rate_collectivities"
                                                " FROM regions")}
    # 52: communes 3/5, EPCI 1/2, départements 1/2, région 1/1 -> 6/10
    assert regions["52"] == (1, 3, 5, 6, 10, 0.6)
    # 11: Paris of 3 communes; E3, D92 and R11 not engaged -> 1/6
    assert regions["11"][:5] == (0, 1, 3, 1, 6) and regions["11"][5] == pytest.approx(1 / 6)


def test_france_tables(store):
    result = compute_indicators(load_snapshot(store))
    assert list(result) == list(TABLES)
    assert {k: (v["engaged"], v["actors"]) for k, v in table(result, "by_category", "category").items()} == {
        "commune": (4, 4), "epci": (1, 1), "departement": (1, 1), "region": (1, 1), "other": (3, 3)}
    # the unresolved "CC DU PAYS DE VENDEE TEST" names Vendée: counted in 52, drawn nowhere; no overseas actor
    assert [(r["region"], r["engaged"]) for r in result["by_region"]] == [("11", 1), ("52", 7), ("COM", 0),
                                                                         (None, 2)]
    types = table(result, "by_collectivity_type", "type")
    assert [(types[t]["engaged"], types[t]["total"]) for t in ("commune", "epci", "departement", "region")] == [
        (4, 8), (1, 3), (1, 3), (1, 2)]
    assert types["commune"]["rate"] == 0.5
    sizes = table(result, "by_commune_size", "class")
    # five classes: A (3,500) and E, G (800, 100) are small; every engaged commune is in one class
    assert [(sizes[c]["engaged"], sizes[c]["total"]) for c in ("0-3500", "3501-20000", "20001-50000",
                                                               "50001-100000", "100001+")] == [
        (1, 3), (1, 1), (0, 1), (0, 1), (2, 2)]
    obligated = table(result, "obligated", "type")
    assert (obligated["commune"]["engaged"], obligated["commune"]["total"]) == (3, 6)
    assert result["datasets_volume"] == []  # no harvest yet
    unharvested = {"datasets": None, "unknown": None}  # no harvest yet: no dataset figure at all
    assert [row for row in result["platforms"] if row["host"]] == [
        {"host": "data.gouv.fr", "kind": "national", "actors": 4, "technology": "DataGouv", **unharvested},
        {"host": "data.nantesmetropole.fr", "kind": "territorial", "actors": 3, "technology": "OpenDataSoft",
         **unharvested},
        {"host": "asso-data.org", "kind": "territorial", "actors": 1, "technology": None, **unharvested},
        {"host": "data.paysdelaloire.fr", "kind": "territorial", "actors": 1, "technology": "OpenDataSoft",
         **unharvested},
        {"host": "data.syndicat.fr", "kind": "territorial", "actors": 1, "technology": "CKAN", **unharvested},
        {"host": "opendata.paris.fr", "kind": "territorial", "actors": 1, "technology": "OpenDataSoft",
         **unharvested},
    ]
    assert platform_summary(result["platforms"]) == {
        "national_platforms": 1, "national_actors": 4, "national_datasets": None,
        "territorial_platforms": 5, "territorial_actors": 7, "territorial_datasets": None,
        "infrastructure_platforms": 0, "infrastructure_actors": 0, "infrastructure_datasets": None}


def test_region_and_departement_scopes(store):
    snapshot = load_snapshot(store)
    r52 = compute_indicators(snapshot, region="52")
    assert [(r["category"], r["engaged"]) for r in r52["by_category"]] == [
        ("commune", 3), ("epci", 1), ("departement", 1), ("region", 1), ("other", 1)]
    assert r52["by_region"] == [{"region": "52", "engaged": 7, "actors": 7},
                                {"region": "COM", "engaged": 0, "actors": 0},
                                {"region": None, "engaged": 0, "actors": 0}]
    types = table(r52, "by_collectivity_type", "type")
    assert [(types[t]["engaged"], types[t]["total"]) for t in ("commune", "epci", "departement", "region")] == [
        (3, 5), (1, 2), (1, 2), (1, 1)]
    sizes = table(r52, "by_commune_size", "class")
    assert sizes["20001-50000"] == {"class": "20001-50000", "engaged": 0, "total": 0, "rate": None}
    assert table(r52, "obligated", "type")["commune"]["total"] == 3  # Nantes, D, F
    d92 = compute_indicators(snapshot, departement="92")
    types = table(d92, "by_collectivity_type", "type")
    assert [(types[t]["engaged"], types[t]["total"]) for t in ("commune", "epci", "departement", "region")] == [
        (0, 2), (0, 1), (0, 1), (0, 0)]
    assert types["region"]["rate"] is None
    d75 = compute_indicators(snapshot, departement="75")
    assert table(d75, "by_category", "category")["commune"]["engaged"] == 1
    with pytest.raises(InputError):
        compute_indicators(snapshot, region="99")
    with pytest.raises(InputError):
        compute_indicators(snapshot, region="52", departement="44")


def test_harvest_changes_what_engaged_means(store, monkeypatch):
    # Stand-in for the harvester's latest_counts: Paris 5 datasets, Nantes 0, D failed, E1 120;
    # the actors it does not mention were not harvested, hence unknown.
    counts = {S["C1"]: (5, "ok"), S["C4"]: (0, "ok"), S["C5"]: (None, "failed"), S["E1"]: (120, "ok")}
    monkeypatch.setattr(engagement, "harvest_statuses", lambda connection: counts)
    engagement.refresh_engagement(store)
    communes = dict(rows(store, "SELECT code, engaged FROM communes"))
    assert (communes["75056"], communes["44109"], communes["44001"]) == (1, 0, None)
    assert rows(store, "SELECT datasets FROM communes WHERE code = '75056'")[0][0] == 5
    result = compute_indicators(load_snapshot(store))
    assert [(r["category"], r["engaged"], r["actors"]) for r in result["by_category"]] == [
        ("commune", 1, 4), ("epci", 1, 1), ("departement", 0, 1), ("region", 0, 1), ("other", 0, 3)]
    volume = {(r["category"], r["bucket"]): r["actors"] for r in result["datasets_volume"]}
    assert len(volume) == 30 and sum(volume.values()) == 2
    assert volume[("commune", "4-10")] == 1 and volume[("epci", "101+")] == 1


def test_accepting_a_suggestion_maps_the_actor(store):
    found = actors.suggestions(store, S["U"])
    assert found[0][0].level == "epci" and found[0][0].code == S["E2"]
    actors.set_mapping(store, S["U"], "epci", S["E2"])
    assert rows(store, "SELECT category, epci_kind, resolution, region FROM actors WHERE siren = ?",
                (S["U"],)) == [("epci", "cc", "mapping", "52")]
    assert rows(store, "SELECT engaged, actor_siren FROM epci WHERE code = ?", (S["E2"],)) == [(1, S["U"])]
    # a re-import keeps using the mapping
    report = actors.import_registry(store, _write(store, f"siren,nom\n{S['U']},CC DU PAYS DE VENDEE TEST\n"))
    assert report.categories["epci"] == 1 and not report.unresolved
    # a partner located by hand stays "other" but gets a région
    actors.set_mapping(store, S["S1"], "departement", "85", role="located")
    assert rows(store, "SELECT category, region FROM actors WHERE siren = ?", (S["S1"],)) == [("other", "52")]
    actors.remove_mapping(store, S["U"])
    assert rows(store, "SELECT resolution FROM actors WHERE siren = ?", (S["U"],)) == [("unresolved",)]
    with pytest.raises(InputError):
        actors.set_mapping(store, S["U"], "epci", "000000000")


def _write(store, text):
    from pathlib import Path

    path = Path(store).with_name("extra.csv")
    path.write_text(text, encoding="utf-8")
    return path


def test_manual_add_edit_remove(store):
    actors.add_actor(store, {"siren": S["C7"], "name": "F", "url_platform": "f.example.fr"})
    assert rows(store, "SELECT engaged, platform_host FROM communes WHERE code = '85001'") == [(1, "f.example.fr")]
    with pytest.raises(InputError):
        actors.add_actor(store, {"siren": S["C7"], "name": "F again"})
    with pytest.raises(InputError, match="Luhn"):
        actors.add_actor(store, {"siren": "123456789", "name": "Bad"})
    actors.edit_actor(store, S["C7"], {"techno_platform": "CKAN"})
    assert rows(store, "SELECT technology FROM communes WHERE code = '85001'") == [("CKAN",)]
    actors.remove_actor(store, S["C7"])
    assert rows(store, "SELECT engaged FROM communes WHERE code = '85001'") == [(0,)]
    with pytest.raises(InputError):
        actors.remove_actor(store, S["C7"])


def test_a_failure_inside_the_import_leaves_the_store_unchanged(store, tmp_path, monkeypatch):
    before = _dump(store)
    csv = tmp_path / "update.csv"
    csv.write_text(f"siren,nom\n{S['C8']},G\n", encoding="utf-8")

    def broken(connection, threshold):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(actors, "refresh_in", broken)
    with pytest.raises(sqlite3.OperationalError):
        actors.import_registry(store, csv)
    assert _dump(store) == before


def _dump(store):
    connection = sqlite3.connect(store)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
