"""The CKAN adapter: organisations from paths, parameters and `fq`; counts and the organisation survey."""
from urllib.parse import urlsplit

import pytest
from fake_portals import FakeServer, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import ckan
from odt_qgis_plugin.harvest.portals.portal_base import Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure


@pytest.mark.parametrize("url, facet, values", [
    ("https://trouver.datasud.fr/organization/avignon", "organization", ("avignon",)),
    ("https://trouver.datasud.fr/organization/about/syndicat-x", "organization", ("syndicat-x",)),
    ("https://opendata.adico.fr/fr/dataset?organization=adico", "organization", ("adico",)),
    ("https://garges.data4citizen.com/portail?rows=10&fq=organization:(ville_de_garges)", "organization",
     ("ville_de_garges",)),
    ("https://x.fr/portail?fq=organization:(a%20OR%20b)", "organization", ("a", "b")),
    ("https://opendata.sictiam.fr/fr/dataset/?organization=abe4117c-f81d-4cd4-88a2-bde538bf7e9d", "owner_org",
     ("abe4117c-f81d-4cd4-88a2-bde538bf7e9d",)),
    ("https://trouver.ternum-bfc.fr/dataset/bdd-touristique-bfc", "name", ("bdd-touristique-bfc",)),
])
def test_read_filter(url, facet, values):
    found = ckan.read_filter(url, {})
    assert (found.facet, found.values) == (facet, values)
    assert ckan.recognises(urlsplit(url)) or "/dataset/" in url


def test_no_filter_and_api_base():
    assert ckan.read_filter("https://opendata.agglo-larochelle.fr/portail?facet.field=", {}) is None
    assert ckan.action_base("http://data.metropolegrenoble.fr/ckan/dataset?organization=grenoble", {}) == \
        "http://data.metropolegrenoble.fr/ckan/api/3/action/"
    assert ckan.action_base("https://opendata.sictiam.fr/fr/organization/x", {}) == \
        "https://opendata.sictiam.fr/api/3/action/"


def test_count_and_survey():
    server = FakeServer(portal_routes(ckan={"avignon": 12, "ville-de-marseille": 30, "vide": 0},
                                      ckan_titles={"ville-de-marseille": "Ville de Marseille"})).start()
    try:
        transport = RequestsTransport(timeout=5)
        config = endpoints.load()

        def count(url):
            return ckan.count(transport, Target("ckan", url, ckan.read_filter(url, {}), config=config)).datasets

        assert count(server.url + "/organization/avignon") == 12
        assert count(server.url + "/dataset?organization=vide") == 0  # the engine records this as no_match
        assert count(server.url + "/") == 42
        survey = ckan.survey(transport, Target("ckan", server.url + "/", config=config), publishers=True)
        assert survey.total == 42
        assert {(p.value, p.label, p.count) for p in survey.publishers} == {
            ("avignon", "avignon", 12), ("ville-de-marseille", "Ville de Marseille", 30)}
        assert '"organization"' in server.requests[-1][0].replace("%22", '"')  # facet on organisations
    finally:
        server.stop()
