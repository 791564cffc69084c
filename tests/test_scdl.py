"""SCDL schemas: the shipped field lists, declared names and detection from field names (hand-made cases)."""
import json

import pytest

from odt_qgis_plugin.common.paths import resource
from odt_qgis_plugin.publications import scdl

pytestmark = pytest.mark.pure

# The required fields of scdl/deliberations 2.1.5, copied by hand from its documentation.
DELIBERATIONS = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
                 "DELIB_OBJET"]
EQUIPEMENTS = ["COLL_NOM", "COLL_SIRET", "EQUIP_UID", "EQUIP_THEME", "EQUIP_CODE", "EQUIP_TYPE", "EQUIP_NOM",
               "ADR_NUMERO", "ADR_NOMVOIE", "ADR_CODEPOSTAL", "ADR_COMMUNE", "EQUIP_LAT", "EQUIP_LONG"]


def test_the_shipped_list_holds_the_main_schemas_with_version_source_and_required_fields():
    data = json.loads(resource("scdl", "schemas.json").read_text(encoding="utf-8"))
    assert "2026" in data["about"] and data["taken"]
    names = [item["name"] for item in data["schemas"]]
    for name in ("scdl/deliberations", "scdl/subventions", "139bercy/format-commande-publique", "scdl/budget",
                 "scdl/equipements", "etalab/schema-irve-statique", "etalab/schema-bal", "scdl/menus-collectifs"):
        assert name in names
    assert len(set(names)) == len(names)
    for item in data["schemas"]:
        assert item["version"] and item["source"].startswith("https://schema.data.gouv.fr/")
        assert not set(item["required"]) & set(item["optional"]), item["name"]
        # A tabular schema without required fields would be detected in any dataset.
        assert item["required"] or not item.get("tabular", True), item["name"]
    deliberations = scdl.known("scdl/deliberations")
    assert list(deliberations.required) == DELIBERATIONS and "DELIB_URL" in deliberations.optional


def test_field_key_ignores_case_accents_and_separators():
    assert scdl.field_key("DELIB_DATE") == scdl.field_key("delib-date") == scdl.field_key("Délib Date") == "delibdate"
    assert scdl.field_key("dateConvention") == scdl.field_key("DATE_CONVENTION") == "dateconvention"
    assert scdl.field_key(None) == "" and scdl.field_key(12) == ""


def test_exact_fields_are_detected():
    assert scdl.detect(DELIBERATIONS) == "scdl/deliberations"


def test_case_accents_and_separators_do_not_matter():
    # As Opendatasoft renames fields: lower case, underscores; or a spreadsheet's headers with spaces.
    assert scdl.detect([name.lower() for name in DELIBERATIONS]) == "scdl/deliberations"
    assert scdl.detect(["Coll Nom", "coll-siret", "Délib ID", "delib_date", "DelibMatiereCode", "delib matière nom",
                        "DELIB.OBJET"]) == "scdl/deliberations"
    assert scdl.detect(["nom_attribuant", "id_attribuant", "date_convention", "nom_beneficiaire", "objet", "montant",
                        "nature", "conditions_versement", "dates_periode_versement", "notification_ue",
                        "pourcentage_subvention"]) == "scdl/subventions"


def test_a_missing_required_field_detects_nothing():
    assert scdl.detect(DELIBERATIONS[:-1] + ["DELIB_URL", "VOTE_POUR"]) is None
    assert scdl.detect([]) is None and scdl.detect(None) is None
    # A string is not a list of fields (its letters would be).
    assert scdl.detect("COLL_NOM") is None
    assert scdl.detect([None, 3, ""]) is None


def test_extra_fields_are_allowed():
    assert scdl.detect(DELIBERATIONS + ["VOTE_POUR", "commentaire_interne", "geo_point_2d"]) == "scdl/deliberations"


def test_the_most_specific_schema_wins_when_several_match():
    # Équipements' required fields contain COLL_NOM and COLL_SIRET like délibérations'; a dataset with both
    # sets is credited with the one covering most of its fields.
    both = EQUIPEMENTS + DELIBERATIONS[2:]
    assert scdl.detect(both + ["ERP_TYPE", "EQUIP_WEB"]) == "scdl/equipements"
    # Délibérations then covers 7 required + 10 optional = 17 fields, équipements 13.
    all_optional = ["BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR",
                    "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL"]
    assert scdl.detect(both + all_optional) == "scdl/deliberations"
    # 7 + 4 = 11 < 13: still équipements.
    assert scdl.detect(both + all_optional[-4:]) == "scdl/equipements"
    # Equal coverage (13 + 5 fields, none optional): the schema with more required fields.
    assert scdl.detect(both) == "scdl/equipements"
    # Reversing the order of the fields changes nothing.
    assert scdl.detect(list(reversed(both))) == "scdl/equipements"


def test_nested_json_schemas_are_never_detected_from_flat_fields():
    decp = scdl.known("139bercy/format-commande-publique")
    assert decp is not None and not decp.tabular
    assert scdl.detect(list(decp.required)) is None


@pytest.mark.parametrize("declared, name, version", [
    ("scdl/deliberations", "scdl/deliberations", ""),
    ("SCDL/Deliberations@2.1.3", "scdl/deliberations", "2.1.3"),
    ("scdl/subventions 2.1.1", "scdl/subventions", "2.1.1"),
    ("https://schema.data.gouv.fr/schemas/etalab/schema-irve-statique/2.3.1/schema-statique.json",
     "etalab/schema-irve-statique", "2.3.1"),
    ("https://schema.data.gouv.fr/scdl/deliberations/2.1.5/", "scdl/deliberations", "2.1.5"),
    ("https://schema.data.gouv.fr/scdl/menus-collectifs/latest/", "scdl/menus-collectifs", "latest"),
    ("https://git.opendatafrance.net/scdl/deliberations/raw/master/schema.json", "scdl/deliberations", ""),
    ("scdl/adresses", "etalab/schema-bal", ""),
    ("etalab/schema-irve", "etalab/schema-irve-statique", ""),
    ("scdl/marches-publics", "139bercy/format-commande-publique", ""),
])
def test_declared_names_versions_aliases_and_urls_map_to_the_checklist(declared, name, version):
    schema = scdl.known(declared)
    assert schema is not None and schema.name == name
    assert schema in scdl.checklist()
    assert scdl.declared_version(declared) == version


@pytest.mark.parametrize("declared", ["", "   ", None, 42, "foo/bar", "deliberations", "https://example.org/a/b",
                                      "ftp://schema.data.gouv.fr/x", "etalab/schema-lieux-covoiturage"])
def test_unknown_or_malformed_declared_names_are_none(declared):
    assert scdl.known(declared) is None


def test_checklist_order_and_labels():
    items = scdl.checklist()
    assert [item.name for item in items[:3]] == ["scdl/deliberations", "scdl/subventions",
                                                 "139bercy/format-commande-publique"]
    assert all(item.title for item in items)
    assert scdl.known("scdl/equipements").title == "Équipements collectifs"
