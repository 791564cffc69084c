"""The dock's scenario controller without the dock (pure): rules that replace rather than pile up, marks that
say what was taken, rules in words, save and load. On the miniature store of test_indicators/test_scenarios,
whose figures were worked out by hand there (région 52 observed: 6 of 10 collectivities engaged)."""
import pytest
from test_indicators import S
from test_scenarios import store  # noqa: F401 (the fixture)

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.indicators.key_figures import Scope
from odt_qgis_plugin.scenarios.evaluation import Rule, layout_fields, load_observed, parse_rule
from odt_qgis_plugin.scenarios.scenario_session import MarkReport, ScenarioSession, mark_summary

pytestmark = pytest.mark.pure

R52 = Scope(region="52")


@pytest.fixture
def session(store):  # noqa: F811
    return ScenarioSession(load_observed(store))


def test_a_stricter_threshold_replaces_the_earlier_one(session):
    assert session.add_rule(Rule("communes-above", "5000"), R52) is None
    replaced = session.add_rule(Rule("communes-above", "10000"), R52)
    assert replaced == Rule("communes-above", "5000", scope="region=52")
    assert [rule.text() for rule in session.scenario.rules] == ["communes-above:10000:region=52"]
    # the same threshold elsewhere is another rule
    session.add_rule(Rule("communes-above", "3000"), Scope(departement="44"))
    assert [rule.text() for rule in session.scenario.rules] == ["communes-above:10000:region=52",
                                                               "communes-above:3000:departement=44"]
    # 85001 (60,000) is the only commune of 52 above 10,000 not publishing yet: 6 -> 7 of 10
    assert session.evaluate(R52)["what_if"]["engaged_collectivities"]["value"] == 7


def test_rules_and_marks_in_words_and_removed_one_by_one(session):
    session.add_rule(Rule("communes-above", "5000"), R52)
    session.add_rule(parse_rule(f"epci-members:{S['E2']}"), R52)
    session.add_rule(parse_rule("departement-platform:85:data.vendee.fr:epci,departement"), R52)
    report = session.add_marks([("commune", "92001"), ("commune", "92001"), ("departement", "75"),
                                ("commune", "00000")])
    assert report == MarkReport((("commune", "92001"),), (), (("departement", "75"), ("commune", "00000")))
    # in the words of the scenario pages (scenarios/rule_sentences.py), never the command line's syntax
    assert [item.text for item in session.items()] == [
        "Pays de la Loire: every commune of 5,000 inhabitants or more publishes its data",
        "CC Vendée Test: every member commune publishes its data",
        "Vendée: the EPCI and the département join the platform data.vendee.fr",
        "Collectivities chosen by hand publish: A",
    ]
    session.remove(session.items()[1])
    assert [rule.kind for rule in session.scenario.rules] == ["communes-above", "departement-platform"]
    session.remove(session.items()[-1])
    assert session.scenario.marked == frozenset()
    with pytest.raises(InputError):
        session.remove_rule(5)
    session.reset()
    assert session.empty and session.items() == [] and session.evaluate(R52) is None


def test_a_mark_already_there_is_said_so(session):
    session.add_marks([("commune", "85001")])
    report = session.add_marks([("commune", "85001"), ("commune", "85002")])
    assert report.taken == (("commune", "85002"),) and report.already == (("commune", "85001"),)
    text = mark_summary(report, {"EPCI": 2}, session.observed)
    assert text == "Marked: G (85002). Already marked: 1. Left out, selected on the hidden layer EPCI: 2."
    assert mark_summary(MarkReport((), (), ()), {}) == "Nothing new marked."


def test_a_loaded_scenario_shows_its_rules(session, store):  # noqa: F811
    session.rename("Vendée")
    session.add_rule(parse_rule(f"epci-members:{S['E2']}"), R52)
    session.add_marks([("commune", "92001")])
    session.save(store, "unused")
    other = ScenarioSession(session.observed)
    other.load(store, "Vendée")
    assert [item.text for item in other.items()] == [item.text for item in session.items()]
    assert [row["name"] for row in other.saved(store)] == ["Vendée"]
    # an unnamed scenario is saved under the name given as fallback
    third = ScenarioSession(session.observed)
    third.add_marks([("commune", "85002")])
    assert third.save(store, "Scenario").name == "Scenario"


def test_the_dock_and_the_pages_say_the_rules_alike(session):
    session.add_rule(Rule("communes-above", "5000"), R52)
    fields = layout_fields(session.observed, session.named("Grandes communes"), R52)
    assert fields["subtitle"] == "What-if scenario, not observed data. " + session.items()[0].text
