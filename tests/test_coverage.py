"""Population covered, measures and classes, page tables, typography, rule sentences, spreadsheet CSV (pure).

The miniature France of tests/test_indicators.py, with EPCI membership added:
  E1 Nantes Métropole = 44109 Nantes 320,000 (publishes, data.nantesmetropole.fr), 44001 D 3,501
     (publishes on data.gouv.fr only), 44002 E 800 (publishes, nantesmetropole); E1 publishes on
     data.nantesmetropole.fr;
  E2 = 85001 F 60,000, 85002 G 100 (none publishes; D85 neither; R52 does, data.paysdelaloire.fr);
  E3 = 92001 A 3,500, 92002 B 25,000 (none publishes; nor D92, nor R11);
  Paris 2,100,000 (publishes, opendata.paris.fr) is in no EPCI; 75 has no département collectivity.
Worked out by hand:
  bloc communal: Paris, Nantes, D, E covered = 2,424,301 of 2,512,901 people (96.47 %);
  local portal: the same people (D through its EPCI, since D itself publishes on data.gouv.fr only);
  any level: + F and G through their région = 2,484,401.
"""
import csv
import io
import sqlite3

import pytest
from test_indicators import REGISTRY, make_store

from odt_qgis_plugin.common.numbers import SPACE, signed
from odt_qgis_plugin.indicators import coverage
from odt_qgis_plugin.indicators.indicator_tables import load_snapshot
from odt_qgis_plugin.indicators.measures import MEASURES, commune_category
from odt_qgis_plugin.indicators.spreadsheet_csv import spreadsheet_text
from odt_qgis_plugin.layouts import page_tables
from odt_qgis_plugin.layouts.typography import french, ordinal, points
from odt_qgis_plugin.maps import classes
from odt_qgis_plugin.maps.classes import find_range
from odt_qgis_plugin.registry import actors

pytestmark = pytest.mark.pure

MEMBERS = {"44109": "E1", "44001": "E1", "44002": "E1", "85001": "E2", "85002": "E2", "92001": "E3", "92002": "E3"}
TOTAL = 2_100_000 + 3_500 + 25_000 + 320_000 + 3_501 + 800 + 60_000 + 100


@pytest.fixture
def mini(tmp_path):
    from test_indicators import S

    path = make_store(tmp_path / "mini.gpkg")
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany("UPDATE communes SET epci = ? WHERE code = ?",
                               [(S[epci], code) for code, epci in MEMBERS.items()])
    connection.close()
    registry = tmp_path / "registry.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    actors.import_registry(path, registry)
    connection = sqlite3.connect(path)
    try:
        epci = coverage.commune_epci(connection)
    finally:
        connection.close()
    return coverage.compute(load_snapshot(path), epci)


def test_who_covers_each_commune(mini):
    assert mini.covered_by[coverage.BLOC] == {"75056": "commune", "92001": None, "92002": None, "44109": "commune",
                                              "44001": "commune", "44002": "commune", "85001": None, "85002": None}
    # D publishes on data.gouv.fr only: a local portal reaches it through Nantes Métropole
    assert mini.covered_by[coverage.LOCAL]["44001"] == "epci"
    assert mini.covered_by[coverage.LOCAL]["85001"] is None
    assert mini.covered_by[coverage.ANY]["85001"] == "region" and mini.covered_by[coverage.ANY]["92001"] is None


def test_shares_worked_out_by_hand(mini):
    covered = 2_100_000 + 320_000 + 3_501 + 800
    assert coverage.share(mini, coverage.BLOC) == {"covered": covered, "population": TOTAL,
                                                   "rate": covered / TOTAL}
    assert coverage.share(mini, coverage.LOCAL)["covered"] == covered
    assert coverage.share(mini, coverage.ANY)["covered"] == covered + 60_100
    assert coverage.share(mini, coverage.BLOC, "region", "52")["rate"] == pytest.approx(324_301 / 384_401)
    assert coverage.share(mini, coverage.BLOC, "departement", "92")["rate"] == 0.0
    totals = coverage.by_territory(mini)
    assert totals["epci"][next(epci for code, epci in mini.commune_epci.items() if code == "92001")][
        coverage.BLOC] == (0, 28_500)
    rows = coverage.population_table(mini, "region", "52", [("departement", "44"), ("departement", "85")])
    assert [(row["measure"], row["code"], row["covered"]) for row in rows[:3]] == [
        (coverage.BLOC, "52", 324_301), (coverage.BLOC, "44", 324_301), (coverage.BLOC, "85", 0)]


def test_commune_categories_say_who_covers_or_whether_the_law_asks():
    assert commune_category("epci", True) == "epci"
    assert commune_category(None, True) == "obligated"
    assert commune_category(None, False) == "none"
    assert {item.id for item in classes.COVER_CATEGORIES} >= {"commune", "epci", "departement", "region",
                                                              "obligated", "none"}


@pytest.mark.parametrize("value, expected", [(0, "none"), (0.1, "to20"), (20, "to20"), (20.1, "20_40"),
                                             (48.7, "40_50"), (50, "40_50"), (55, "50_60"), (61.5, "60_80"),
                                             (88.1, "over80"), (100, "over80")])
def test_population_classes(value, expected):
    assert find_range(classes.POPULATION_BREAKS, value).id == expected


def test_every_measure_is_defined_once_with_its_fields():
    assert MEASURES[0].id == coverage.BLOC  # the default of maps and pages
    assert len({measure.id for measure in MEASURES}) == len(MEASURES)
    assert len({measure.rate_field for measure in MEASURES}) == len(MEASURES)
    for measure in MEASURES:
        assert measure.fr and measure.en and measure.breaks[0].lower == 0 and measure.breaks[-1].upper == 100


# --- typography ------------------------------------------------------------------------------------------------

def test_french_typography():
    assert french("Sources : IGN ; registre") == f"Sources{SPACE}: IGN{SPACE}; registre"
    assert french("Rang: 5e") == f"Rang{SPACE}: 5e"
    assert french("https://data.gouv.fr à 10:00") == "https://data.gouv.fr à 10:00"
    assert french("43,5 % des habitants") == f"43,5{SPACE}% des habitants"
    assert french(french("Note : 12 %")) == french("Note : 12 %")
    assert french("« oui »") == f"«{SPACE}oui{SPACE}»"
    assert (ordinal(1, "fr"), ordinal(5, "fr"), ordinal(2, "en"), ordinal(11, "en"), ordinal(23, "en")) == (
        "1er", "5e", "2nd", "11th", "23rd")
    assert signed(2928, "fr") == f"+2{SPACE}928" and signed(-3, "en") == "\u22123" and signed(0, "fr") == "±0"
    assert points(0.229, "fr") == f"+22,9{SPACE}pts" and points(-0.004, "en") == "\u22120.4 pt"


def test_tables_end_with_how_many_were_left_out():
    rows = [[f"actor {n}", "Commune"] for n in range(12)]
    shown = page_tables.truncated(rows, 5, "en")
    assert len(shown) == 5 and shown[-1] == ["and 8 more", ""] and shown[3] == ["actor 3", "Commune"]
    assert page_tables.truncated(rows[:5], 5, "en") == rows[:5]
    assert page_tables.truncated(rows[:2], 1, "en") == [["and 2 more", ""]]  # never "and 1 more": it would show it


def test_legend_entries_hold_only_the_classes_present_with_counts():
    measure = MEASURES[0]
    values = {"a": 0.0, "b": 0.45, "c": 0.47, "d": 0.95}
    assert page_tables.class_entries(measure, "epci", values, "fr") == [
        ("none", f"0{SPACE}% (1 EPCI)"), ("40_50", f"40 à 50{SPACE}% (2 EPCI)"),
        ("over80", f"Plus de 80{SPACE}% (1 EPCI)")]
    assert page_tables.class_entries(measure, "departements", {"44": 0.616}, "en") == [
        ("60_80", "60–80% (1 département)")]
    communes = {"1": "commune", "2": "obligated", "3": "obligated"}
    assert [entry[0] for entry in page_tables.class_entries(measure, "communes", communes, "en")] == [
        "commune", "obligated"]


# --- spreadsheet CSV -------------------------------------------------------------------------------------------

def test_spreadsheet_csv_for_a_french_spreadsheet():
    tables = {
        "by_region": [{"region": "52", "engaged": 49, "actors": 49}, {"region": None, "engaged": 224, "actors": 224}],
        "by_collectivity_type": [{"type": "commune", "engaged": 36, "total": 1226, "rate": 36 / 1226}],
        "datasets_volume": [],
    }
    text = spreadsheet_text(tables, "fr", {("region", "52"): "Pays de la Loire"})
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert all(any(cell.strip() for cell in row) for row in rows)  # no empty row
    assert ["Pays de la Loire", "52", "49", "49"] in rows
    assert rows[3][0] == "Not located"  # the row without a région says so (English here: tests run untranslated)
    assert ["Commune", "36", "1226", "2,9"] in rows  # decimal comma, no thousands separator for the spreadsheet
    assert rows[-1] == ["No harvest yet: datasets are not counted"]
    english = spreadsheet_text(tables, "en")
    assert not english.startswith("\ufeff") and "Commune,36,1226,2.9" in english


def test_spreadsheet_headers_go_through_the_translations():
    from odt_qgis_plugin.common import i18n

    french_words = {"Actors by région": "Acteurs par région", "Région": "Région", "Code": "Code",
                    "Actors publishing": "Acteurs qui publient", "Actors in the registry": "Acteurs du registre"}
    i18n.install(lambda context, text: french_words.get(text, text), "fr")
    text = spreadsheet_text({"by_region": [{"region": "52", "engaged": 1, "actors": 2}]}, "fr")
    assert text.splitlines()[:2] == ["\ufeffActeurs par région", "Région;Code;Acteurs qui publient;Acteurs du registre"]


# --- scenario rules as sentences ----------------------------------------------------------------------------------

def test_rules_read_as_sentences():
    from odt_qgis_plugin.scenarios.evaluation import Scenario, parse_rule
    from odt_qgis_plugin.scenarios.rule_sentences import rule_sentence, scenario_sentence

    names = {("region", "52"): "Pays de la Loire", ("departement", "44"): "Loire-Atlantique",
             ("epci", "244400404"): "Nantes Métropole", ("commune", "44109"): "Nantes",
             ("commune", "44184"): "Saint-Nazaire"}
    assert rule_sentence(parse_rule("communes-above:5000:region=52"), names, "en") == \
        "Pays de la Loire: every commune of 5,000 inhabitants or more publishes its data"
    assert rule_sentence(parse_rule("communes-above:3500"), names, "en") == \
        "Every commune of 3,500 inhabitants or more publishes its data"
    assert rule_sentence(parse_rule("epci-members:244400404"), names, "en") == \
        "Nantes Métropole: every member commune publishes its data"
    rule = parse_rule("departement-platform:44:data.loire-atlantique.fr:epci,commune")
    assert rule_sentence(rule, names, "en") == \
        "Loire-Atlantique: the communes and the EPCI join the platform data.loire-atlantique.fr"
    scenario = Scenario("x", (parse_rule("epci-members:244400404"),),
                        frozenset({("commune", "44184"), ("commune", "44109")}))
    assert scenario_sentence(scenario, names, "en") == ("Nantes Métropole: every member commune publishes its data; "
                                                        "Collectivities chosen by hand publish: Nantes, Saint-Nazaire")
