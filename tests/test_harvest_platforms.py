"""Which platforms the registry's actors are harvested on, and with which filter, from the real 2022 registry."""

import csv

import pytest

from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.attribution import SHARED_UNATTRIBUTED, Identity, plan_hosts
from odt_qgis_plugin.harvest.portals import ADAPTERS, KINDS, NO_PLATFORM
from odt_qgis_plugin.harvest.portals.datagouv import federated_origin
from odt_qgis_plugin.harvest.targets import plan

pytestmark = pytest.mark.pure


@pytest.fixture(scope="module")
def config():
    return endpoints.load()


@pytest.fixture(scope="module")
def registry(shared_dir):
    with open(shared_dir / "data" / "odt" / "odt-actors-2022.csv", encoding="utf-8") as stream:
        return {row["siren"]: dict(row, name=row["nom"]) for row in csv.DictReader(stream)}


def _kinds(actor, config):
    return [t.kind for t in plan(actor, config)]


def _filter(actor, config):
    target = plan(actor, config)[0]
    return target.kind, target.filter.facet if target.filter else None, target.filter.values if target.filter else ()


def test_the_kinds_come_from_the_adapter_modules():
    assert set(KINDS) == {"datagouv", "opendatasoft", "ckan", "dkan", "arcgis_hub", "geonetwork", "dcat"}
    for kind, module in ADAPTERS.items():
        for name in ("recognises", "read_filter", "survey", "count", "SETTINGS", "TECHNOLOGIES"):
            assert hasattr(module, name), (kind, name)


def test_every_real_actor_gets_known_platforms(registry, config):
    for actor in registry.values():
        targets = plan(actor, config)
        assert targets and all(t.kind in KINDS or t.kind == NO_PLATFORM for t in targets)
        assert len({t.kind for t in targets}) == len(targets)


def test_real_filters_wherever_the_url_holds_them(registry, config):
    assert _filter(registry["213500010"], config) == ("opendatasoft", "publisher", ("Commune d'Acigné",))
    # data.haute-garonne.fr: a facet other than publisher, on a custom page
    assert _filter(registry["213101132"], config) == ("opendatasoft", "contributeurs-territoriaux",
                                                      ("Commune de Castanet-Tolosan",))
    assert _filter(registry["384452611"], config) == ("ckan", "organization", ("adico",))
    assert _filter(registry["219400199"], config) == ("ckan", "organization", ("chennevieres",))  # fq=organization:(…)
    assert _filter(registry["258302744"], config)[2] == (  # /organization/about/<name>
        "syndicat-mixte-de-lenergie-des-communes-du-var-symielecvar",)
    assert _filter(registry["250601879"], config)[1] == "owner_org"  # an organisation id, not its name
    assert _filter(registry["820657971"], config) == ("ckan", "name", ("bdd-touristique-bfc",))  # one dataset's page
    assert _filter(registry["216901165"], config) == ("geonetwork", "organisation",
                                                      ("Commune de Limonest", "Ville de Limonest"))
    assert _filter(registry["404453110"], config) == ("geonetwork", None, ())  # `#/search?facet.q=type/dataset`
    assert _filter(registry["213400229"], config) == ("dkan", "publisher_slug", ("baillargues",))
    assert _filter(registry["217901917"], config) == ("arcgis_hub", "publisher", ("ville de niort",))
    pornichet = plan(registry["214401325"], config)[0].filter
    assert pornichet.label() == "refine.publisher=Pornichet&refine.dcat.spatial=CARENE"


def test_every_platform_named_is_asked_whatever_the_technology_word(registry, config):
    # "DataGouv" with an Opendatasoft URL: asked on its portal too, its copies there counted once.
    corsica = plan(registry["182019208"], config)
    assert [t.kind for t in corsica] == ["opendatasoft", "datagouv"]
    assert corsica[0].filter.values == ("GIP Corse Compétences",) and corsica[1].federated_hosts == ("data.corsica",)
    atmo = plan(registry["311059422"], config)
    assert [t.kind for t in atmo] == ["arcgis_hub", "datagouv"]
    assert atmo[1].federated_hosts == ("data-atmo-na.opendata.arcgis.com",)
    # "ArcGIS" with an Opendatasoft URL: the URL decides.
    assert _kinds(registry["216301135"], config) == ["opendatasoft"]
    assert _kinds(registry["254002272"], config) == ["datagouv"]


@pytest.mark.parametrize(
    "techno, url, kinds",
    [
        ("Joomla", "https://opendata.pau.fr/explore/?q=&refine.publisher=CA+Pau", ["opendatasoft"]),
        ("Spécifique", "https://data.estuairedelaseine.fr/", ["dcat"]),
        ("", "https://brou-sur-chantereine-agglo-pvm.opendata.arcgis.com/", ["arcgis_hub"]),
        ("", "https://www.datalocale.fr/dataset?organization=smicval", ["ckan"]),
        ("OpenDataSoft", "https://opendata.ha-py.fr/pages/tarbes-lourdes-pyrenees/", ["opendatasoft"]),
        ("GeoNetwork", "https://data.grandlyon.com/recherche?responsibleParty.organisationName=Ville%20de%20Bron",
         ["geonetwork"]),
        ("", "", [NO_PLATFORM]),
        ("DataGouv", "", ["datagouv"]),
        ("", "https://www.data.gouv.fr/fr/organizations/ville-de-x/", ["datagouv"]),
    ],
)
def test_kind_detection(config, techno, url, kinds):
    assert _kinds({"siren": "1", "url_platform": url, "techno_platform": techno}, config) == kinds


def test_two_technologies_and_federation_hosts(config):
    actor = {
        "siren": "1",
        "url_platform": "https://data.agen.fr/explore/?refine.publisher=Mairie+d%27Agen",
        "id_datagouv": "5" * 24,
        "techno_platform": "OpenDataSoft, DataGouv",
    }
    targets = plan(actor, config)
    assert [t.kind for t in targets] == ["opendatasoft", "datagouv"]
    assert targets[1].federated_hosts == ("data.agen.fr",)
    assert targets[0].filter.values == ("Mairie d'Agen",)


def test_shared_portal_publisher_values(config):
    url = (
        "https://opendata.paris.fr/explore/?sort=modified&refine.publisher=Autolib+Velib+M%C3%A9tropole+"
        "&refine.publisher=Autolib+Velib+M%C3%A9tropole&disjunctive.theme"
    )
    target = plan({"siren": "1", "url_platform": url, "techno_platform": "OpenDataSoft"}, config)[0]
    assert target.filter.values == ("Autolib Velib Métropole ",)  # one publisher, counted once


def _hosts(registry, config):
    pairs = [(siren, t) for siren, actor in registry.items() for t in plan(actor, config)]
    identities = {siren: Identity((actor["name"],)) for siren, actor in registry.items()}
    return plan_hosts(pairs, identities)


def test_shared_hosts_of_the_real_registry(registry, config):
    ready, hosts, decided = _hosts(registry, config)
    # 22 actors on datarmor.cotesdarmor.fr with the same unfiltered URL: looked up by name, never the portal.
    assert len(hosts["datarmor.cotesdarmor.fr"].lookups) == 22
    # opendata.ha-py.fr: six `/pages/<slug>/` URLs to look up, the département filtered by publisher.
    hapy = hosts["opendata.ha-py.fr"]
    assert len(hapy.lookups) == 6 and [t.filter.values for _, t in hapy.waiting] == []
    # data.haute-garonne.fr: the département's publisher count leaves out the 7 communes' contributions (rule 5).
    department = next(t for s, t in ready if s == "223100017" and t.kind == "opendatasoft")
    assert [facet for facet, _ in department.filter.excludes] == ["contributeurs-territoriaux"] * 7
    assert ("contributeurs-territoriaux", "Commune de Castanet-Tolosan") in department.filter.excludes
    # opendata.ardeche.fr: three URLs show DKAN search pages, one a group page (DCAT at best): one portal, DKAN.
    ardeche = hosts["opendata.ardeche.fr"]
    assert ardeche.kind == "dkan" and {t.kind for _, t in ardeche.lookups} == {"dkan"} and len(ardeche.lookups) == 4
    # CA La Rochelle and La Rochelle share one unfiltered URL: both looked up, nothing decided yet.
    assert len(hosts["opendata.agglo-larochelle.fr"].lookups) == 2
    assert all(item.status == SHARED_UNATTRIBUTED for item in decided)


def test_federated_origin_forms():
    assert list(federated_origin({"harvest": {"remote_url": "https://www.data.agen.fr/explore/dataset/x/"}})) == [
        "data.agen.fr"
    ]
    assert list(federated_origin({"extras": {"harvest:domain": "data.agen.fr"}})) == ["data.agen.fr"]
    assert list(federated_origin({"harvest": None, "extras": {}})) == []
