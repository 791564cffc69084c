"""The DCAT fallback adapter: DCAT-US and DCAT-AP JSON-LD catalogues, `unsupported` when there is none."""
import pytest
from fake_portals import FakeServer, as_json, portal_routes

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals import dcat
from odt_qgis_plugin.harvest.portals.portal_base import Filter, Target, Unsupported
from odt_qgis_plugin.network.gateway import RequestsTransport, UnexpectedAnswer

pytestmark = pytest.mark.pure


def test_catalogue_shapes():
    assert len(dcat.dcat_datasets({"dataset": [{}, {}]}, "u")) == 2
    assert len(dcat.dcat_datasets({"dcat:dataset": [{"dct:publisher": {"foaf:name": "X"}}]}, "u")) == 1
    graph = {"@graph": [{"@type": "dcat:Dataset"}, {"@type": "foaf:Agent"}, {"@type": "Dataset"}]}
    assert len(dcat.dcat_datasets(graph, "u")) == 2
    with pytest.raises(UnexpectedAnswer):
        dcat.dcat_datasets({"results": []}, "u")
    assert dcat.publisher_name({"dct:publisher": {"foaf:name": " Ville de X "}}) == "Ville de X"


def test_counts_and_publishers_from_one_download():
    server = FakeServer(portal_routes(dcat=["Ville de X"] * 2 + ["Y"] * 3)).start()
    empty = FakeServer(lambda p, q, h: as_json({"message": "Not found"}, 404)).start()
    try:
        transport = RequestsTransport(timeout=5)
        config = endpoints.load()
        whole = Target("dcat", server.url + "/", config=config)
        assert dcat.count(transport, whole).datasets == 5
        survey = dcat.survey(transport, whole)
        assert {p.value: p.count for p in survey.publishers} == {"Ville de X": 2, "Y": 3} and survey.complete
        mine = Target("dcat", server.url + "/", Filter("publisher", ("ville de x",), "publisher"), config=config,
                      survey=survey)
        requests = len(server.requests)
        assert dcat.count(transport, mine).datasets == 2 and len(server.requests) == requests  # no second download
        with pytest.raises(Unsupported):
            dcat.count(transport, Target("dcat", empty.url + "/", config=config))
    finally:
        server.stop()
        empty.stop()
