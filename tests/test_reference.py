"""The administrative reference and the reconciliation of vintages, without QGIS."""

import json

import pytest
from data_paths import REFERENCE, SIRENS

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.store.reconciliation import MERGED, NO_BOUNDARY, UNKNOWN_CODE, reconcile
from odt_qgis_plugin.store.reference import load_collectivities, load_reference

pytestmark = pytest.mark.pure


@pytest.fixture(scope="module")
def reference():
    return load_reference(str(REFERENCE))


def test_real_reference_counts(reference):
    assert len(reference.communes) == 34875  # current communes, metropole + DROM
    assert len(reference.epci) == 1255
    assert len(reference.departements) == 101
    assert len(reference.regions) == 18


def test_epci_attached_where_most_members_live(reference):
    assert sum(len(e.regions) > 1 for e in reference.epci.values()) == 26
    assert sum(len(e.departements) > 1 for e in reference.epci.values()) == 89
    lyon = reference.epci["200046977"]  # Métropole de Lyon
    assert (lyon.kind, lyon.departement, lyon.region) == ("metropole", "69", "84")


def test_collectivities(tmp_path):
    rows = load_collectivities(str(SIRENS))
    assert sum(r.level == "departement" for r in rows) == 95
    assert sum(r.level == "region" for r in rows) == 17
    alsace = next(r for r in rows if r.code == "67A")
    assert alsace.departements == ["67", "68"]
    bad = tmp_path / "bad.csv"
    bad.write_text("siren,level\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks the columns"):
        load_collectivities(str(bad))


def write_reference(folder, communes, epci=()):
    folder.mkdir()
    (folder / "communes.json").write_text(json.dumps(communes), encoding="utf-8")
    (folder / "epci.json").write_text(
        json.dumps(
            list(epci)
            or [
                {"code": "200000001", "nom": "CC Test", "type": "CC", "membres": [{"code": "01001"}, {"code": "01003"}]}
            ]
        ),
        encoding="utf-8",
    )
    (folder / "departements.json").write_text(
        json.dumps([{"code": "01", "nom": "Ain", "region": "84", "zone": "metro"}])
    )
    (folder / "regions.json").write_text(json.dumps([{"code": "84", "nom": "ARA", "zone": "metro"}]))


def commune(code, name, population=100, **extra):
    row = {
        "code": code,
        "nom": name,
        "type": "commune-actuelle",
        "zone": "metro",
        "departement": "01",
        "region": "84",
        "siren": "2" + code.zfill(8),
        "population": population,
    }
    row.update(extra)
    return row


def test_hand_made_reconciliation(tmp_path):
    # 01001 absorbed 01002 (delegated) and 01009 (former code); 01004 exists now but not in the boundaries.
    write_reference(
        tmp_path / "ref",
        [
            commune("01001", "Grande", anciensCodes=["01009"]),
            {"code": "01002", "nom": "Petite", "type": "commune-deleguee", "chefLieu": "01001", "zone": "metro"},
            commune("01003", "Voisine", population=3000),
            commune("01004", "Recréée"),
        ],
    )
    reference = load_reference(str(tmp_path / "ref"))
    result = reconcile(
        {"01001": "Grande", "01002": "Petite", "01009": "Ancienne", "01003": "Voisine", "99999": "Inconnue"}, reference
    )
    assert result.groups == {"01001": ["01001", "01002", "01009"], "01003": ["01003"]}
    by_code = {row["code"]: row for row in result.rows}
    assert by_code["01002"]["status"] == MERGED and by_code["01002"]["current_code"] == "01001"
    assert by_code["01009"]["status"] == MERGED
    assert by_code["99999"]["status"] == UNKNOWN_CODE
    assert by_code["01004"]["status"] == NO_BOUNDARY
    assert len(result.rows) == 4


def test_broken_reference_files(tmp_path):
    folder = tmp_path / "ref"
    write_reference(folder, [commune("01001", "A")])
    (folder / "epci.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_reference(str(folder))
    (folder / "epci.json").write_text(json.dumps([{"code": "1"}]), encoding="utf-8")
    with pytest.raises(InputError, match="lacks the fields"):
        load_reference(str(folder))
    with pytest.raises(InputError, match="File not found"):
        load_reference(str(tmp_path / "nowhere"))


def test_reference_codes_keep_every_code_for_successors(tmp_path):
    # what registry/successors.py follows: delegated -> chef-lieu, former code -> holder
    write_reference(tmp_path / "ref", [
        commune("01001", "Grande", anciensCodes=["01009"]),
        {"code": "01002", "nom": "Petite", "type": "commune-deleguee", "chefLieu": "01001", "zone": "metro"},
    ])
    codes = {(row[0], row[2]): (row[1], row[3]) for row in load_reference(str(tmp_path / "ref")).codes}
    assert codes == {("01001", "commune-actuelle"): ("Grande", "01001"),
                     ("01009", "ancien-code"): ("", "01001"),
                     ("01002", "commune-deleguee"): ("Petite", "01001")}
