"""Which platforms the registry's actors are harvested on, from the real 2022 registry."""

import csv

import pytest

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.portals.counting import COUNTERS, federated_origin
from odt_qgis_plugin.harvest.targets import NO_PLATFORM, plan

pytestmark = pytest.mark.pure


@pytest.fixture(scope="module")
def config():
    return endpoints.load()


@pytest.fixture(scope="module")
def registry(shared_dir):
    with open(shared_dir / "data" / "odt" / "odt-actors-2022.csv", encoding="utf-8") as stream:
        return {row["siren"]: row for row in csv.DictReader(stream)}


def _kinds(actor, config):
    return [t.kind for t in plan(actor, config)]


def test_every_real_actor_gets_known_platforms(registry, config):
    for actor in registry.values():
        targets = plan(actor, config)
        assert targets and all(t.kind in COUNTERS for t in targets)
        assert len({t.kind for t in targets}) == len(targets)


def test_real_shapes(registry, config):
    acigne = plan(registry["213500010"], config)  # shared Rennes portal, one publisher
    assert [(t.kind, t.filter("publisher")) for t in acigne] == [("opendatasoft", ("Commune d'Acigné",))]
    adico = plan(registry["384452611"], config)[0]
    assert (adico.kind, adico.filter("organization")) == ("ckan", ("adico",))
    assert _kinds(registry["254002272"], config) == ["datagouv"]


def test_two_technologies_and_federation_hosts(config):
    actor = {
        "siren": "1",
        "url_platform": "https://data.agen.fr/explore/?refine.publisher=Mairie+d%27Agen",
        "id_datagouv": "5" * 24,
        "techno_platform": "OpenDataSoft, DataGouv",
    }
    targets = plan(actor, config)
    assert [t.kind for t in targets] == ["opendatasoft", "datagouv"]
    assert targets[1].filter("federated_hosts") == ("data.agen.fr",)
    assert targets[0].filter("publisher") == ("Mairie d'Agen",)


@pytest.mark.parametrize(
    "techno, url, kinds",
    [
        ("Joomla", "https://opendata.pau.fr/explore/?q=&refine.publisher=CA+Pau", ["opendatasoft"]),
        ("Spécifique", "https://data.estuairedelaseine.fr/", ["dcat"]),
        ("", "https://brou-sur-chantereine-agglo-pvm.opendata.arcgis.com/", ["arcgis_hub"]),
        ("", "https://www.datalocale.fr/dataset?organization=smicval", ["ckan"]),
        (
            "GeoNetwork",
            "https://data.grandlyon.com/recherche?responsibleParty.organisationName=Ville%20de%20Bron",
            ["geonetwork"],
        ),
        ("", "", [NO_PLATFORM]),
        ("DataGouv", "", ["datagouv"]),
    ],
)
def test_kind_detection(config, techno, url, kinds):
    assert _kinds({"siren": "1", "url_platform": url, "techno_platform": techno}, config) == kinds


def test_shared_portal_publisher_values(config):
    url = (
        "https://opendata.paris.fr/explore/?sort=modified&refine.publisher=Autolib+Velib+M%C3%A9tropole+"
        "&refine.publisher=Autolib+Velib+M%C3%A9tropole&disjunctive.theme"
    )
    target = plan({"siren": "1", "url_platform": url, "techno_platform": "OpenDataSoft"}, config)[0]
    assert target.filter("publisher") == ("Autolib Velib Métropole ",)  # one publisher, counted once
    lyon = plan(
        {
            "siren": "1",
            "techno_platform": "GeoNetwork",
            "url_platform": "https://data.grandlyon.com/jeux-de-donnees?responsibleParty.organisationName="
            "Commune%20de%20Limonest,Ville%20de%20Limonest",
        },
        config,
    )[0]
    assert lyon.filter("organisation") == ("Commune de Limonest", "Ville de Limonest")


def test_federated_origin_forms():
    assert list(federated_origin({"harvest": {"remote_url": "https://www.data.agen.fr/explore/dataset/x/"}})) == [
        "data.agen.fr"
    ]
    assert list(federated_origin({"extras": {"harvest:domain": "data.agen.fr"}})) == ["data.agen.fr"]
    assert list(federated_origin({"harvest": None, "extras": {}})) == []
