"""The Opendatasoft adapter: filters on any facet, from any URL form; counts, exclusions and the facet survey."""
from urllib.parse import urlsplit

import pytest
from fake_portals import FakeServer, not_found, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import opendatasoft
from odt_qgis_plugin.harvest.portals.portal_base import Filter, Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure

# Hand-made catalogue: the département publishes 5, two of them with a commune as contributor; the commune
# also publishes 1 itself; a partner 2.
CATALOGUE = ([{"publisher": "CD31", "contributeurs-territoriaux": "Commune de Castanet"}] * 2
             + [{"publisher": "CD31"}] * 3 + [{"publisher": "Ville de Castanet"}] + [{"publisher": "Partenaire"}] * 2)


@pytest.fixture
def portal():
    server = FakeServer(portal_routes(ods=CATALOGUE)).start()
    yield server
    server.stop()


def target(url, chosen=None):
    return Target("opendatasoft", url, chosen if chosen is not None else opendatasoft.read_filter(url, {}),
                  config=endpoints.load())


@pytest.mark.parametrize("url, expected", [
    ("https://gpseo.opendatasoft.com/", True),
    ("https://data.example.fr/explore/?sort=modified", True),
    ("https://data.example.fr/pages/home/?refine.publisher=X", True),
    ("https://data.example.fr/catalogue?refine=publisher:X", True),
    ("https://data.example.fr/pages/home/", False),  # a custom page: the technology word decides
    ("https://data.example.fr/dataset?organization=x", False),
])
def test_recognises(url, expected):
    assert opendatasoft.recognises(urlsplit(url)) is expected


def test_read_filter_any_facet_and_form():
    castanet = opendatasoft.read_filter(
        "https://data.haute-garonne.fr/pages/catalogue/?disjunctive.contributeurs-territoriaux&q.custom=publisher:x"
        "&refine.contributeurs-territoriaux=Commune%20de%20Castanet-Tolosan", {})
    assert (castanet.facet, castanet.values, castanet.label()) == (
        "contributeurs-territoriaux", ("Commune de Castanet-Tolosan",),
        "refine.contributeurs-territoriaux=Commune de Castanet-Tolosan")
    v21 = opendatasoft.read_filter("https://x.fr/catalog?refine=producteur:%22Ville%20de%20X%22", {})
    assert (v21.facet, v21.values) == ("producteur", ("Ville de X",))
    both = opendatasoft.read_filter("https://x.fr/explore/?refine.dcat.spatial=CARENE&refine.publisher=Donges", {})
    assert (both.facet, both.values, both.also) == ("publisher", ("Donges",), (("dcat.spatial", "CARENE"),))
    assert opendatasoft.read_filter("https://x.fr/explore/?refine.publisher=&q=le+poin%C3%A7onnet", {}) is None


def test_counts_with_any_facet_and_exclusions(portal):
    transport = RequestsTransport(timeout=5)
    base = portal.url + "/explore/"
    assert opendatasoft.count(transport, target(base)).datasets == 8
    assert opendatasoft.count(transport, target(base + "?refine.publisher=CD31")).datasets == 5
    assert opendatasoft.count(transport, target(
        base + "?refine.contributeurs-territoriaux=Commune+de+Castanet")).datasets == 2
    excluded = Filter("publisher", ("CD31",), "refine.publisher",
                      excludes=(("contributeurs-territoriaux", "Commune de Castanet"),))
    assert opendatasoft.count(transport, target(base, excluded)).datasets == 3
    two = Filter("publisher", ("CD31", "Partenaire"), "refine.publisher")
    assert opendatasoft.count(transport, target(base, two)).datasets == 7


def test_v1_fallback_and_survey(portal):
    transport = RequestsTransport(timeout=5)
    v1_only = portal_routes(ods=CATALOGUE)
    old = FakeServer(lambda p, q, h: not_found(p) if p.startswith("/api/explore") else v1_only(p, q, h)).start()
    try:
        assert opendatasoft.count(transport, target(old.url + "/explore/?refine.publisher=CD31")).datasets == 5
        survey = opendatasoft.survey(transport, target(old.url + "/explore/"), publishers=True)
        assert survey.total == 8
        assert {p.value: p.count for p in survey.publishers} == {"CD31": 5, "Partenaire": 2, "Ville de Castanet": 1}
    finally:
        old.stop()
    survey = opendatasoft.survey(transport, target(portal.url + "/explore/"), publishers=True)
    assert (survey.total, survey.facet, survey.param) == (8, "publisher", "refine.publisher")
    assert [p.value for p in survey.publishers] == ["CD31", "Partenaire", "Ville de Castanet"]
    assert opendatasoft.survey(transport, target(portal.url + "/explore/")).publishers is None  # total only
