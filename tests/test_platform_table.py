"""The platforms table as the 2018 report had it: datasets per platform and per class, infrastructures apart."""
import json

import pytest

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.common.paths import resource
from odt_qgis_plugin.footprints.mutualisation import Member, PlatformGroups, mutualised_platforms, read_platform_groups
from odt_qgis_plugin.indicators.indicator_files import as_text
from odt_qgis_plugin.indicators.indicator_tables import compute_indicators, platform_summary
from odt_qgis_plugin.registry.engagement import Actor, Snapshot

pytestmark = pytest.mark.pure


def actor(siren, host, technology, id_datagouv="", engaged=1):
    return Actor(siren, siren, "commune", "siren", None, None, ("44",), "52", host, technology, id_datagouv, engaged,
                 None)


def snapshot():
    """A1 on data.x.fr and data.gouv.fr (10 there, 7 on data.gouv.fr of which 3 copies), A2 on data.x.fr (5),
    A3 on PIGMA (20), A4 on data.gouv.fr only (4), A5 on data.y.fr (unknown) and data.gouv.fr (2), A6 not engaged."""
    actors = [actor("A1", "data.x.fr", "OpenDataSoft, DataGouv", "o1"), actor("A2", "data.x.fr", "OpenDataSoft"),
              actor("A3", "www.pigma.org", "Onegeo Suite"), actor("A4", "", "DataGouv", "o4"),
              actor("A5", "data.y.fr", "OpenDataSoft, DataGouv", "o5"), actor("A6", "data.z.fr", "CKAN", engaged=0)]
    counts = {"A1": {"opendatasoft": (10, 0), "datagouv": (7, 3)}, "A2": {"opendatasoft": (5, 0)},
              "A3": {"geonetwork": (20, 0)}, "A4": {"datagouv": (4, 0)}, "A5": {"datagouv": (2, 0)},
              "A6": {"ckan": (0, 0)}}
    return Snapshot(True, 3500, ["52"], {"44": "52"}, actors, [], [], [], platform_datasets=counts,
                    infrastructures=frozenset({"pigma.org"}))


def test_datasets_per_platform_and_class():
    rows = compute_indicators(snapshot())["platforms"]
    by_host = {row["host"]: row for row in rows if row["host"]}
    assert [row["host"] for row in rows if row["host"]] == ["data.gouv.fr", "data.x.fr", "data.y.fr", "pigma.org"]
    assert by_host["data.gouv.fr"] == {"host": "data.gouv.fr", "kind": "national", "actors": 3,
                                       "technology": "DataGouv", "datasets": 13, "unknown": 0}
    assert (by_host["data.x.fr"]["actors"], by_host["data.x.fr"]["datasets"]) == (2, 15)
    assert (by_host["data.y.fr"]["datasets"], by_host["data.y.fr"]["unknown"]) == (0, 1)  # unknown, not a count
    assert (by_host["pigma.org"]["kind"], by_host["pigma.org"]["datasets"]) == ("infrastructure", 20)
    assert platform_summary(rows) == {
        "national_platforms": 1, "national_actors": 3, "national_datasets": 13,
        "territorial_platforms": 2, "territorial_actors": 3, "territorial_datasets": 15,
        "infrastructure_platforms": 1, "infrastructure_actors": 1, "infrastructure_datasets": 20}
    text = as_text({name: [] for name in ("by_category", "by_region", "by_collectivity_type", "by_commune_size",
                                          "obligated", "datasets_volume")} | {"platforms": rows}, "csv")
    assert "platforms,,,,,,,territorial,,,3,,,2,15,1" in text  # the class row, in the one CSV


def test_infrastructures_from_the_groups_file(tmp_path):
    shipped = read_platform_groups(resource("platform_groups.json"))
    assert {"pigma.org", "geobretagne.fr", "craig.fr", "geo2france.fr", "datara.gouv.fr"} <= shipped.infrastructures
    members = [Member("1", "A", "other", "www.pigma.org"), Member("2", "B", "other", "pigma.org"),
               Member("3", "C", "other", "data.c.fr"), Member("4", "D", "other", "data.c.fr")]
    footprints = {f.name: f for f in mutualised_platforms(members, PlatformGroups(infrastructures=frozenset(
        {"pigma.org"})))}
    assert footprints["pigma.org"].infrastructure and not footprints["data.c.fr"].infrastructure
    bad = tmp_path / "groups.json"
    bad.write_text(json.dumps({"groups": [], "infrastructures": "pigma.org"}), encoding="utf-8")
    with pytest.raises(InputError, match="infrastructures"):
        read_platform_groups(bad)
