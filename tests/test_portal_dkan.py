"""The DKAN adapter: a publisher read from `/datasets/commune/<slug>`, counted in the `/data.json` catalogue."""
import pytest
from fake_portals import FakeServer, as_json, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import dkan
from odt_qgis_plugin.harvest.portals.portal_base import Target
from odt_qgis_plugin.network.gateway import RequestsTransport

pytestmark = pytest.mark.pure


def test_slug_names_its_publisher_in_the_usual_forms():
    assert dkan.slug_names("Ville de Baillargues", "baillargues")
    assert dkan.slug_names("Montpellier Méditerranée Métropole", "montpellier-mediterran%C3%A9e-m%C3%A9tropole"
                           .replace("%C3%A9", "é"))
    assert dkan.slug_names("Commune du Crès", "le-crès")
    assert not dkan.slug_names("Ville de Montpellier", "montpellier-mediterranee-metropole")
    assert not dkan.slug_names("Ville de Saint-Jean-de-Védas", "jacou")


def test_counts_from_the_catalogue():
    catalogue = ["Ville de Baillargues"] * 3 + ["Montpellier Méditerranée Métropole"] * 5
    server = FakeServer(portal_routes(dcat=catalogue)).start()
    listing = FakeServer(lambda p, q, h: as_json({"success": True, "result": ["a", "b"]})
                         if p.endswith("/package_list") else as_json({}, 404)).start()
    try:
        transport = RequestsTransport(timeout=5)
        config = endpoints.load()

        def count(url):
            return dkan.count(transport, Target("dkan", url, dkan.read_filter(url, {}), config=config)).datasets

        assert count(server.url + "/datasets/commune/baillargues") == 3
        assert count(server.url + "/datasets/commune/montpellier-m%C3%A9diterran%C3%A9e-m%C3%A9tropole") == 5
        assert count(server.url + "/datasets/commune/jacou") == 0  # not a publisher there: the engine's no_match
        assert count(server.url + "/") == 8
        assert count(listing.url + "/") == 2  # DKAN 7 without data.json: its package list
        survey = dkan.survey(transport, Target("dkan", server.url + "/", config=config))
        assert survey.complete and survey.total == 8
    finally:
        server.stop()
        listing.stop()
