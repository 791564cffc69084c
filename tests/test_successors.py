"""Successors of old SIRENs, overseas actors and located partners, on a hand-made miniature reference (pure).

The miniature (every right answer below is worked out by hand from it):
  départements 03 42 44 41 53 67 68 75 76 77 78 94 2A 2B; 94 touches 75 and 77; 44 touches 49 (absent).
  collectivities: Départements de Loire-Atlantique (44) and Seine-et-Marne (77), CEA (67A: 67 68),
  Collectivité de Corse (région 94: 2A 2B), Région Pays de la Loire (52: 44 53), Région Île-de-France
  (11: 75 77 78 94).
  communes: 44005 Chaumes-en-Retz (délégués 44005 Arthon-en-Retz, 44040 Chéméré), 41049 Chémery,
  78551 Saint-Germain-en-Laye (former code 78251), 53130 Laval, 76351 Le Havre, 03074 Chevagnes,
  03190 Moulins, 77001 Torcy, 75056 Paris; Nouméa (98818) in Nouvelle-Calédonie (988, a COM).
  EPCI: CA Laval Agglomération (53130), CU Le Havre Seine Métropole (76351), CA Moulins Communauté
  (03190, 03074), CA Paris - Vallée de la Marne (77001), CA Chartres Métropole (none here, 28).
"""
import sqlite3

import pytest

from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, load_snapshot
from odt_qgis_plugin.registry import actors
from odt_qgis_plugin.registry.siren import commune_codes, luhn_valid, siren_departements

pytestmark = pytest.mark.pure


def siren(prefix: str) -> str:
    """Complete 8 digits with the Luhn key."""
    return next(prefix + str(key) for key in range(10) if luhn_valid(prefix + str(key)))


LAVAL, LE_HAVRE, MOULINS, PVM, CHARTRES = "200083392", "200084952", "200071140", "200057958", "200033181"
CHAUMES, SAINT_GERMAIN, CEA, CORSE = "200058121", "200086924", "200094332", "200076958"
D44, D77, R52, R11 = siren("22440002"), siren("22770001"), siren("23440003"), siren("23750007")

DEPARTEMENTS = [("03", "Allier", "84"), ("42", "Loire", "84"), ("44", "Loire-Atlantique", "52"),
                ("41", "Loir-et-Cher", "24"),
                ("53", "Mayenne", "52"), ("67", "Bas-Rhin", "44"), ("68", "Haut-Rhin", "44"), ("75", "Paris", "11"),
                ("76", "Seine-Maritime", "28"), ("77", "Seine-et-Marne", "11"), ("78", "Yvelines", "11"),
                ("94", "Val-de-Marne", "11"), ("2A", "Corse-du-Sud", "94"), ("2B", "Haute-Corse", "94")]
REGIONS = [("84", "Auvergne-Rhône-Alpes"), ("52", "Pays de la Loire"), ("24", "Centre-Val de Loire"),
           ("44", "Grand Est"), ("11", "Île-de-France"), ("28", "Normandie"), ("94", "Corse")]
COLLECTIVITIES = [(D44, "departement", "44", "Département de la Loire-Atlantique", "44"),
                  (D77, "departement", "77", "Département de Seine-et-Marne", "77"),
                  (CEA, "departement", "67A", "Collectivité européenne d'Alsace", "67 68"),
                  (CORSE, "region", "94", "Collectivité de Corse", "2A 2B"),
                  (R52, "region", "52", "Région Pays de la Loire", "44 53"),
                  (R11, "region", "11", "Région Île-de-France", "75 77 78 94")]
# code, name, type, current code, siren, département, région, zone
CODES = [
    ("44005", "Chaumes-en-Retz", "commune-actuelle", "44005", CHAUMES, "44", "52", "metro"),
    ("44005", "Arthon-en-Retz", "commune-deleguee", "44005", "", "44", "52", "metro"),
    ("44040", "Chéméré", "commune-deleguee", "44005", "", "44", "52", "metro"),
    ("41049", "Chémery", "commune-actuelle", "41049", "214100497", "41", "24", "metro"),
    ("78551", "Saint-Germain-en-Laye", "commune-actuelle", "78551", SAINT_GERMAIN, "78", "11", "metro"),
    ("78251", "", "ancien-code", "78551", "", "78", "11", "metro"),
    ("53130", "Laval", "commune-actuelle", "53130", "215301300", "53", "52", "metro"),
    ("76351", "Le Havre", "commune-actuelle", "76351", "217603511", "76", "28", "metro"),
    ("03074", "Chevagnes", "commune-actuelle", "03074", "210300745", "03", "84", "metro"),
    ("03190", "Moulins", "commune-actuelle", "03190", "210301909", "03", "84", "metro"),
    ("77001", "Torcy", "commune-actuelle", "77001", siren("21770001"), "77", "11", "metro"),
    ("75056", "Paris", "commune-actuelle", "75056", "217500016", "75", "11", "metro"),
    ("98818", "Nouméa", "commune-actuelle", "98818", "", "988", "988", "com"),
    ("988", "Nouvelle-Calédonie", "collectivite-outre-mer", "988", "", "988", "988", "com"),
]
EPCI = [(LAVAL, "CA Laval Agglomération", "ca", "53", "52", ["53130"]),
        (LE_HAVRE, "CU Le Havre Seine Métropole", "cu", "76", "28", ["76351"]),
        (MOULINS, "CA Moulins Communauté", "ca", "03", "84", ["03190", "03074"]),
        (PVM, "CA Paris - Vallée de la Marne", "ca", "77", "11", ["77001"]),
        (CHARTRES, "CA Chartres Métropole", "ca", "28", "24", [])]
NEIGHBOURS = [("94", "75"), ("94", "77"), ("77", "94"), ("75", "94"), ("44", "49")]


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
        CREATE TABLE epci_members (epci TEXT, commune TEXT, PRIMARY KEY (epci, commune));
        CREATE TABLE departement_neighbours (departement TEXT, neighbour TEXT, PRIMARY KEY (departement, neighbour));
        CREATE TABLE reference_codes (fid INTEGER PRIMARY KEY, code TEXT, name TEXT, type TEXT, current_code TEXT,
                                      siren TEXT, population INTEGER, departement TEXT, region TEXT, zone TEXT);
    """)
    connection.executemany(
        "INSERT INTO reference_codes (code, name, type, current_code, siren, population, departement, region, zone)"
        " VALUES (?, ?, ?, ?, ?, 1000, ?, ?, ?)", CODES)
    # Torcy has no boundary: it is in the reference only
    connection.executemany(
        "INSERT INTO communes (code, name, siren, population, departement, region) VALUES (?, ?, ?, 1000, ?, ?)",
        [(c[0], c[1], c[4], c[5], c[6]) for c in CODES if c[2] == "commune-actuelle" and c[7] == "metro"
         and c[0] != "77001"])
    connection.executemany(
        "INSERT INTO epci (code, siren, name, kind, departement, region, departements) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(code, code, name, kind, dep, reg, dep) for code, name, kind, dep, reg, _ in EPCI])
    connection.executemany("INSERT INTO epci_members VALUES (?, ?)",
                           [(code, member) for code, *_, members in EPCI for member in members])
    connection.executemany("INSERT INTO departements (code, name, region) VALUES (?, ?, ?)", DEPARTEMENTS)
    connection.executemany("INSERT INTO regions (code, name) VALUES (?, ?)", REGIONS)
    connection.executemany("INSERT INTO collectivities VALUES (?, ?, ?, ?, ?)", COLLECTIVITIES)
    connection.executemany("INSERT INTO departement_neighbours VALUES (?, ?)", NEIGHBOURS)
    connection.commit()
    connection.close()
    return str(path)


ROWS = {
    # successors
    "214400400": "CHEMERE",  # 21 44 0 040: Chéméré, commune déléguée of Chaumes-en-Retz
    "217805514": "SAINT GERMAIN EN LAYE",  # 21 78 0 551: the same code, a new SIREN
    siren("21440099"): "ARTHON-EN-RETZ",  # number 099 is no commune: the name finds the commune déléguée
    "226700011": "BAS RHIN",
    "232000018": "CORSE",
    "245300330": "CA DE LAVAL",
    "247600596": "CA HAVRAISE",
    "240300756": "CC PAYS DE CHEVAGNES",
    "249400078": "CA PARIS - VALLEE DE LA MARNE",  # 94, named like an EPCI of the touching 77
    "200026334": "CHARTRES METROPOLE",  # no département in a 200... SIREN: the one EPCI named so
    # must stay unresolved
    siren("24440099"): "CA DE LAVAL",  # a Loire-Atlantique SIREN: Laval Agglomération is in Mayenne
    siren("21410400"): "CHEMERE",  # 21 41 0 040 is no Chéméré; Chéméré is in 44, another département
    siren("22750001"): "PARIS",  # the former département of Paris: a commune holds its powers now
    "200021624": "AUTOLIB VELIB METROPOLE",  # a syndicat named "Métropole": never an EPCI by its name
    # partners and overseas
    siren("25760001"): "SYNDICAT MIXTE LE HAVRE SEINE METROPOLE",
    "284400017": "SDIS 44 LOIRE ATLANTIQUE",
    "315387209": "LOIRE ATLANTIQUE TOURISME",
    "200046050": "SMO VAL DE LOIRE NUMERIQUE",
    siren("31000001"): "GIP DU DEPARTEMENT",  # shares the Département's platform
    "200012508": "NOUMEA",
    siren("20009990"): "PROVINCE TEST",  # a platform under .nc
    D44: "DEPARTEMENT DE LOIRE ATLANTIQUE",
}
HOSTS = {siren("31000001"): "https://data.loire-atlantique.fr/explore", D44: "https://data.loire-atlantique.fr",
         siren("20009990"): "https://data.gouv.nc"}


@pytest.fixture
def store(tmp_path):
    path = make_store(tmp_path / "mini.gpkg")
    lines = ["siren,nom,url_platform"] + [f"{key},{name},{HOSTS.get(key, '')}" for key, name in ROWS.items()]
    csv = tmp_path / "registry.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = actors.import_registry(path, csv)
    assert report.accepted == len(ROWS)
    return path


def actor(store, key):
    connection = sqlite3.connect(store)
    try:
        return connection.execute("SELECT category, resolution, territory_level, territory_code, departement, region,"
                                  " reason FROM actors WHERE siren = ?", (key,)).fetchone()
    finally:
        connection.close()


def test_siren_digits():
    assert commune_codes("214400400") == ("44040",)
    assert commune_codes("217805514") == ("78551",)
    assert commune_codes("212000046") == ("2A004", "2B004")  # Ajaccio: Corsica is "20"
    assert commune_codes("219740115") == ("97411",)  # Saint-Denis: 21 974 0 11
    assert siren_departements("226700011") == ("67",) and siren_departements("232000018") == ("2A", "2B")
    assert siren_departements("301072880") == ()  # not a local public body


@pytest.mark.parametrize("key, level, code, rule", [
    ("214400400", "commune", "44005", "old-commune"),
    ("217805514", "commune", "78551", "old-commune"),
    (siren("21440099"), "commune", "44005", "old-commune-name"),
    ("226700011", "departement", "67A", "old-departement"),
    ("232000018", "region", "94", "old-region"),
    ("245300330", "epci", LAVAL, "old-epci-name"),
    ("247600596", "epci", LE_HAVRE, "old-epci-commune"),
    ("240300756", "epci", MOULINS, "old-epci-commune"),
    ("249400078", "epci", PVM, "old-epci-name-nearby"),
    ("200026334", "epci", CHARTRES, "epci-name"),
])
def test_successors(store, key, level, code, rule):
    category, resolution, territory_level, territory_code, _dep, _reg, reason = actor(store, key)
    assert (category, resolution, territory_level, territory_code) == (level, "successor", level, code)
    assert f"({rule})" in reason  # the rule is named ...
    current = {"44005": CHAUMES, "78551": SAINT_GERMAIN, "67A": CEA, "94": CORSE}.get(code, code)
    assert reason.endswith(f"current SIREN {current}")  # ... and the current SIREN given


def test_the_explanations_read_as_a_person_would_check(store):
    assert "Chéméré (44040), now commune déléguée of Chaumes-en-Retz (44005)" in actor(store, "214400400")[-1]
    assert "keeps its INSEE code" in actor(store, "217805514")[-1]
    assert "Le Havre (76351) by its adjective" in actor(store, "247600596")[-1]
    assert "Chevagnes (03074)" in actor(store, "240300756")[-1]


@pytest.mark.parametrize("key", [siren("24440099"), siren("21410400"), siren("22750001"), "200021624"])
def test_what_must_stay_unresolved(store, key):
    category, resolution, level, code, *_rest, reason = actor(store, key)
    assert (category, resolution, level, code) == ("other", "unresolved", None, None)
    assert reason


def test_an_unresolved_actor_still_counts_where_its_siren_says(store):
    # CA DE LAVAL numbered in 44: not drawn, but counted in Loire-Atlantique and its région
    assert actor(store, siren("24440099"))[4:6] == ("44", "52")


def test_suggestions_rank_the_sirens_departement_and_type_first(store):
    # "CHEMERE" numbered in Loir-et-Cher: Chémery (41) first, not Chaumes-en-Retz (44) that a closer name gives
    found = actors.suggestions(store, siren("21410400"))
    assert (found[0][0].level, found[0][0].code) == ("commune", "41049")
    # "CA DE LAVAL" numbered in 44: the EPCI of the name is offered, after nothing closer in 44
    found = actors.suggestions(store, siren("24440099"))
    assert found[0][0].level == "epci"


def test_map_actor_overrides_a_successor(store):
    actors.set_mapping(store, "214400400", "commune", "41049")
    assert actor(store, "214400400")[:4] == ("commune", "mapping", "commune", "41049")
    actors.remove_mapping(store, "214400400")
    assert actor(store, "214400400")[:4] == ("commune", "successor", "commune", "44005")


@pytest.mark.parametrize("key, level, code, how", [
    (siren("25760001"), "departement", "76", "by its SIREN"),  # a syndicat named "Métropole" stays a partner
    ("284400017", "departement", "44", "by the département number in its name"),
    ("315387209", "departement", "44", "by its name"),
    (siren("31000001"), "departement", "44", "by its platform data.loire-atlantique.fr"),
])
def test_partners_are_located_never_turned_into_collectivities(store, key, level, code, how):
    category, resolution, territory_level, territory_code, *_rest, reason = actor(store, key)
    assert (category, resolution, territory_level, territory_code) == ("other", "located", level, code)
    assert how in reason


def test_a_river_is_not_a_departement(store):
    assert actor(store, "200046050")[:3] == ("other", "none", None)


def test_overseas_actors(store):
    assert actor(store, "200012508")[:6] == ("other", "overseas", "com", "988", "988", "988")
    assert "the commune 98818 of Nouvelle-Calédonie" in actor(store, "200012508")[-1]
    assert actor(store, siren("20009990"))[:4] == ("other", "overseas", "com", "988")
    snapshot = load_snapshot(store)
    rows = {row["region"]: row["actors"] for row in compute_indicators(snapshot)["by_region"]}
    assert rows["COM"] == 2
    assert rows[None] == 2  # the Val de Loire syndicat, and Autolib Vélib (a 200... SIREN, no platform)
    assert sum(rows.values()) == len(ROWS)


def test_denominators_come_from_the_reference(store):
    snapshot = load_snapshot(store)
    tables = compute_indicators(snapshot)
    communes = {row["type"]: row for row in tables["by_collectivity_type"]}["commune"]
    assert communes["total"] == 9  # the 9 current communes of the miniature, Torcy (no boundary) included
    assert tables["no_boundary"] == [{"code": "77001", "name": "Torcy", "departement": "77", "region": "11",
                                      "engaged": 0}]
    assert compute_indicators(snapshot, region="52")["no_boundary"] == []
    assert sum(row["total"] for row in tables["by_commune_size"]) == 9


def test_re_resolution_keeps_successors(store):
    assert actors.re_resolve_all(store) == len(ROWS)
    assert actor(store, "214400400")[:4] == ("commune", "successor", "commune", "44005")
    assert actor(store, siren("31000001"))[1:4] == ("located", "departement", "44")


def test_no_far_fetched_suggestion_without_a_departement(store):
    # "AUTOLIB VELIB METROPOLE" (200...): no département, no close name: nothing to offer rather than nonsense
    assert actors.suggestions(store, "200021624") == []
    assert "closest" not in actor(store, "200021624")[-1]
