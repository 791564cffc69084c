"""Mutualised platforms: classification rules on hand-made cases, the real 2022 registry, footprint geometry."""
import json
import sqlite3
import subprocess
import sys

import pytest
from data_paths import ROOT

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.common.paths import resource
from odt_qgis_plugin.footprints.mutualisation import (
    Member,
    Place,
    PlatformGroup,
    PlatformGroups,
    contains,
    load_members,
    mutualised_platforms,
    read_platform_groups,
)

# A small made-up country: région R (départements D1, D2), EPCI E (communes C1, C2 in D1), commune C3 in D2.
R = Place("region", "R", frozenset({"D1", "D2"}), frozenset({"R"}))
D1 = Place("departement", "D1", frozenset({"D1"}), frozenset({"R"}))
D2 = Place("departement", "D2", frozenset({"D2"}), frozenset({"R"}))
E = Place("epci", "E", frozenset({"D1"}), frozenset({"R"}))
E12 = Place("epci", "E12", frozenset({"D1", "D2"}), frozenset({"R"}))  # straddles two départements
C1 = Place("commune", "C1", frozenset({"D1"}), frozenset({"R"}), "E")
C2 = Place("commune", "C2", frozenset({"D1"}), frozenset({"R"}), "E")
C3 = Place("commune", "C3", frozenset({"D2"}), frozenset({"R"}), "X")
OTHER_REGION_COMMUNE = Place("commune", "C9", frozenset({"D9"}), frozenset({"S"}), "Y")


def member(siren, name, category, host, place=None):
    return Member(siren, name, category, host, place)


def one(members, groups=None):
    found = mutualised_platforms(members, groups or PlatformGroups())
    assert len(found) == 1
    return found[0]


def test_containment_by_codes():
    assert contains(R, D1) and contains(R, E) and contains(R, C3)
    assert contains(D1, E) and contains(D1, C1) and not contains(D1, C3) and not contains(D1, R)
    assert contains(D2, E12)  # an EPCI touching the département counts as within it
    assert contains(E, C1) and not contains(E, C3) and not contains(E, D1)
    assert contains(C1, C1) and not contains(C1, C2)


def test_metropolitan_platform_of_an_epci_and_its_communes():
    footprint = one([member("200000001", "Metro E", "epci", "data.e.fr", E),
                     member("210000001", "C1", "commune", "data.e.fr", C1),
                     member("210000002", "C2", "commune", "data.e.fr", C2)])
    assert (footprint.type, footprint.carrier.siren) == ("metropolitan", "200000001")
    assert footprint.categories() == "epci 1, commune 2"


def test_departmental_and_regional_carriers():
    dep = one([member("220000001", "D1", "departement", "d1.fr", D1),
               member("200000001", "E", "epci", "d1.fr", E),
               member("210000001", "C1", "commune", "d1.fr", C1),
               member("300000001", "Syndicat", "other", "d1.fr")])
    assert (dep.type, dep.carrier.siren) == ("departmental", "220000001")
    assert len(dep.members) == 4 and len(dep.drawn) == 3  # the syndicate counts but is not drawn
    reg = one([member("230000001", "R", "region", "r.fr", R),
               member("220000001", "D1", "departement", "r.fr", D1),
               member("220000002", "D2", "departement", "r.fr", D2),
               member("210000003", "C3", "commune", "r.fr", C3)])
    assert (reg.type, reg.carrier.siren) == ("regional", "230000001")


def test_cross_level_group_of_hosts():
    groups = PlatformGroups([PlatformGroup("Common", ("data.r.fr", "data.d1.fr", "data.metro-e.fr"))])
    footprint = one([member("230000001", "Region R", "region", "data.r.fr", R),
                     member("210000003", "C3", "commune", "data.r.fr", C3),
                     member("220000001", "D1", "departement", "data.d1.fr", D1),
                     member("200000001", "Metro E", "epci", "data.metro-e.fr", E),
                     member("210000001", "C1", "commune", "data.metro-e.fr", C1)], groups)
    assert footprint.type == "cross_level"
    assert footprint.carrier.siren == "230000001"
    assert footprint.hosts == ("data.r.fr", "data.d1.fr", "data.metro-e.fr")


def test_one_host_with_several_levels_is_not_cross_level():
    # a région's platform hosting a département and communes is regional (datasud), not cross-level
    footprint = one([member("230000001", "R", "region", "r.fr", R),
                     member("220000001", "D1", "departement", "r.fr", D1)])
    assert footprint.type == "regional"


def test_group_of_hosts_owned_by_one_level_is_typed_by_its_carrier():
    groups = PlatformGroups([PlatformGroup("Two", ("a.fr", "b.fr"))])
    footprint = one([member("200000001", "E", "epci", "a.fr", E), member("210000001", "C1", "commune", "b.fr", C1)],
                    groups)
    assert footprint.type == "metropolitan"


def test_name_match_finds_the_carrier_when_nobody_contains_another():
    footprint = one([member("300000009", "Agence Numerique Sudouest", "other", "data.agencenumeriquesudouest.fr"),
                     member("210000001", "C1", "commune", "data.agencenumeriquesudouest.fr", C1),
                     member("210000003", "C3", "commune", "data.agencenumeriquesudouest.fr", C3)])
    assert footprint.carrier.siren == "300000009"
    assert footprint.type == "regional"  # another body: typed by where its members lie (both in R)


def test_without_carrier_the_members_extent_decides():
    assert one([member("210000001", "C1", "commune", "x.fr", C1),
                member("210000002", "C2", "commune", "x.fr", C2)]).type == "metropolitan"
    assert one([member("210000001", "C1", "commune", "x.fr", C1),
                member("210000003", "C3", "commune", "x.fr", C3)]).type == "regional"
    assert one([member("210000001", "C1", "commune", "x.fr", C1),
                member("210000009", "C9", "commune", "x.fr", OTHER_REGION_COMMUNE)]).type == "other"
    assert one([member("300000001", "A", "other", "x.fr"), member("300000002", "B", "other", "x.fr")]).type == "other"


def test_overrides_from_the_groups_file():
    members = [member("200000001", "E", "epci", "e.fr", E), member("210000001", "C1", "commune", "e.fr", C1)]
    forced = PlatformGroups([PlatformGroup("e", ("e.fr",), carrier="210000001", type="departmental")])
    footprint = one(members, forced)
    assert (footprint.type, footprint.carrier.siren) == ("departmental", "210000001")
    with pytest.raises(InputError, match="does not publish"):
        mutualised_platforms(members, PlatformGroups([PlatformGroup("e", ("e.fr",), carrier="999999999")]))


def test_single_actors_and_ignored_hosts_are_not_mutualised():
    members = [member("210000001", "C1", "commune", "c1.fr", C1), member("210000002", "C2", "commune", "c2.fr", C2),
               member("210000003", "C3", "commune", "www.data.gouv.fr", C3),
               member("210000001", "C1", "commune", "data.gouv.fr", C1)]
    assert mutualised_platforms(members, PlatformGroups([], frozenset({"data.gouv.fr"}))) == []


def test_platform_groups_file_errors(tmp_path):
    path = tmp_path / "groups.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_platform_groups(path)
    path.write_text(json.dumps({"groups": [{"name": "a", "hosts": ["x.fr"]}, {"name": "b", "hosts": ["X.fr"]}]}))
    with pytest.raises(InputError, match="two platform groups"):
        read_platform_groups(path)
    path.write_text(json.dumps({"groups": [{"name": "a", "hosts": ["x.fr"], "type": "national"}]}))
    with pytest.raises(InputError, match="unknown type"):
        read_platform_groups(path)
    with pytest.raises(InputError, match="Cannot read"):
        read_platform_groups(tmp_path / "missing.json")


def test_default_groups_file_holds_the_pays_de_la_loire():
    groups = read_platform_groups(resource("platform_groups.json"))
    assert groups.group_of("data.nantesmetropole.fr").hosts == (
        "data.paysdelaloire.fr", "data.loire-atlantique.fr", "data.nantesmetropole.fr")
    assert "data.gouv.fr" in groups.ignore


# --- the real 2022 registry -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_platforms(actors_store):
    connection = sqlite3.connect(str(actors_store))
    try:
        members = load_members(connection)
    finally:
        connection.close()
    found = mutualised_platforms(members, read_platform_groups(resource("platform_groups.json")))
    return {footprint.name: footprint for footprint in found}


@pytest.mark.parametrize("name, kind, carrier", [
    ("data.montpellier3m.fr", "metropolitan", "243400017"),
    ("datarmor.cotesdarmor.fr", "departmental", "222200016"),
    ("trouver.datasud.fr", "regional", "231300021"),
    ("Pays de la Loire", "cross_level", "234400034"),
])
def test_the_report_platforms_on_the_2022_registry(real_platforms, name, kind, carrier):
    footprint = real_platforms[name]
    assert (footprint.type, footprint.carrier.siren) == (kind, carrier)
    assert len(footprint.members) >= 5


# --- geometry -----------------------------------------------------------------------------------------
def _features(store, layer_name, expression):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from odt_qgis_plugin.maps.qgis_layers import layer_uri

    layer = QgsVectorLayer(layer_uri(str(store), layer_name), layer_name, "ogr")
    return list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def _member_geometries(store, footprint):
    from qgis.core import QgsExpression

    from odt_qgis_plugin.common.levels import TABLE_OF as LEVEL_LAYERS

    geoms = []
    for drawn in footprint.drawn:
        found = _features(store, LEVEL_LAYERS[drawn.place.level],
                          QgsExpression.createFieldEqualityExpression("code", drawn.place.code))
        assert len(found) == 1, drawn
        geoms.append(found[0].geometry())
    return geoms


@pytest.mark.parametrize("name", ["data.montpellier3m.fr", "datarmor.cotesdarmor.fr", "trouver.datasud.fr",
                                  "Pays de la Loire"])
def test_footprint_covers_every_member_territory_and_nothing_else(maps_store, real_platforms, name):
    from qgis.core import QgsExpression, QgsGeometry

    rows = _features(maps_store, "footprints", QgsExpression.createFieldEqualityExpression("platform", name))
    assert len(rows) == 1
    footprint = rows[0].geometry()
    members = _member_geometries(maps_store, real_platforms[name])
    for geometry in members:  # covers each member: nothing of it left outside
        assert geometry.difference(footprint).area() <= 1e-9 * geometry.area()
    # nothing else: every point of the footprint is in some member (what is left is below float noise)
    union = QgsGeometry.unaryUnion(members)
    assert footprint.difference(union).area() <= 1e-9 * footprint.area()
    assert rows[0]["actors"] == len(real_platforms[name].members)


def test_known_footprints_equal_their_carrier_territory(maps_store):
    """Independent of the union code: the Pays de la Loire's footprint is the région, Montpellier's the métropole."""
    from qgis.core import QgsExpression

    def area(layer, field, value):
        rows = _features(maps_store, layer, QgsExpression.createFieldEqualityExpression(field, value))
        return rows[0].geometry().area()

    # the 2022 registry gives "SAINT BRES" the SIREN of Saint-Brès in the Gard (30237), not the métropole's
    # Saint-Brès (34): the footprint follows the registry, so it is the métropole plus that commune
    assert area("footprints", "platform", "data.montpellier3m.fr") == pytest.approx(
        area("epci", "code", "243400017") + area("communes", "code", "30237"), rel=1e-6)
    # (communes along the coast reach a little beyond the région outline of the boundaries source: 1e-6)
    assert area("footprints", "platform", "Pays de la Loire") == pytest.approx(area("regions", "code", "52"), rel=1e-5)
    # Côtes-d'Armor's platform also serves Poher Communauté, which reaches into Finistère
    datarmor = area("footprints", "platform", "datarmor.cotesdarmor.fr")
    assert area("departements", "code", "22") < datarmor < area("departements", "code", "22") * 1.1


@pytest.mark.slow
def test_footprints_command_prints_one_line_per_platform(actors_store, tmp_path):
    import shutil

    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    result = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "footprints", "--store", str(store)],
                            cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "data.montpellier3m.fr\tmetropolitan\tMONTPELLIER MEDITERRANEE METROPOLE\t33" in lines
    assert "trouver.datasud.fr\tregional\tSUD PROVENCE ALPES COTE D'AZUR\t28" in lines
    assert any(line.startswith("data.paysdelaloire.fr,data.loire-atlantique.fr,data.nantesmetropole.fr\tcross-level")
               for line in lines)
    assert lines[-1].startswith("Mutualised platforms: ")
    assert len(lines) - 1 == int(lines[-1].split(": ")[1])


def test_footprints_algorithm_with_a_user_groups_file(qgis_processing, actors_store, tmp_path):
    """A user's file changes the result, and refreshes then reuse it."""
    import shutil

    import processing
    from qgis.core import QgsApplication

    from odt_qgis_plugin.footprints.qgis_footprints import GROUPS_KEY, write_footprints
    from odt_qgis_plugin.processing.provider import OdtProvider
    from odt_qgis_plugin.store.db import open_store

    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    groups = tmp_path / "groups.json"
    groups.write_text(json.dumps({"groups": [{"name": "Montpellier", "hosts": ["data.montpellier3m.fr"],
                                              "type": "other"}]}), encoding="utf-8")
    provider = OdtProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        result = processing.run("odt:footprints", {"STORE": str(store), "PLATFORM_GROUPS": str(groups)})
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    assert result["PLATFORMS"] > 40
    assert open_store(store).get_meta(GROUPS_KEY) == str(groups.resolve())
    again = {f.name: f for f in write_footprints(str(store))}  # no file given: the remembered one
    assert again["Montpellier"].type == "other"
    assert "Pays de la Loire" not in again  # that group is not in the user's file
