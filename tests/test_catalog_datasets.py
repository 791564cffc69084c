"""data.gouv.fr's catalogue exports at dataset level: the records of the actors' organisations, hand-checked."""
import sys

import pytest
from catalog_exports import (
    DATASET_HEADER,
    ORGANISATION_HEADER,
    RESOURCE_HEADER,
    dataset,
    organisation,
    resource,
    write_rows,
)
from fake_portals import FakeServer, as_json

from odt_qgis_plugin.common.errors import InputError, PortalError
from odt_qgis_plugin.harvest import catalog_csv, endpoints
from odt_qgis_plugin.harvest.datagouv_catalog import read_catalog
from odt_qgis_plugin.harvest.portals.portal_base import NoIdentifier, NoMatch, Target
from odt_qgis_plugin.harvest.targets import plan
from odt_qgis_plugin.publications.dataset_record import DatasetRecord

pytestmark = pytest.mark.pure

ORG_X, ORG_Y, ORG_Z = "1" * 24, "2" * 24, "3" * 24
STAMP = "20261201-041500"
DATASETS = [
    dataset("x-budget", ORG_X, title="Budget primitif 2024", url="https://www.data.gouv.fr/fr/datasets/budget-2024/",
            tags="budget,finances,Budget", license="lov2", created_at="2020-01-15T10:00:00.000000",
            last_modified="2024-03-02T08:00:00+00:00", quality_score="0.83", metric__views=120,
            metric__resources_downloads=45, resources_formats="csv,pdf"),
    # malformed or missing: dates, licence, quality, views; downloads from the resources, one of them unknown
    dataset("x-delib", ORG_X, title="Délibérations", license="", created_at="not a date",
            last_modified="2024-13-40", quality_score="", metric__views="abc", metric__resources_downloads=""),
    dataset("x-old", ORG_X, archived="2025-02-01T00:00:00", title="Ancien"),
    dataset("x-empty", ORG_X, url="javascript:alert(1)", metric__resources_downloads=0),  # no resource at all
    dataset("y-copy", ORG_Y, remote_url="https://www.data.y.fr/explore/dataset/arbres/"),  # a federated copy
    dataset("y-other", ORG_Y, domain="other.example.org"),
    dataset("y-own", ORG_Y),
    dataset("z-0", ORG_Z, tags="not listed"),  # an organisation of no actor: only counted
]
RESOURCES = [
    resource("x-budget", "csv", "scdl/budget", "0.8.1", 30),
    resource("x-budget", " PDF ", downloads=15),
    resource("x-budget", "csv", downloads=0, identifier="r-x-budget-csv-2"),
    resource("x-delib", "csv", "scdl/deliberations", "2.1.3", 7),
    resource("x-delib", "json", downloads=""),
    resource("x-old", "xls", "scdl/budget", "0.8.1", 1),
    resource("y-copy", "geojson", downloads="12.0"),
    resource("z-0", "csv", "scdl/subventions", "2.0", 4),
]
ACTORS = [
    {"siren": "213500011", "name": "X", "id_datagouv": ORG_X, "techno_platform": "DataGouv"},
    {"siren": "213500022", "name": "Y", "id_datagouv": "ville-y", "techno_platform": "OpenDataSoft, DataGouv",
     "url_platform": "https://data.y.fr/explore/"},
]
BUDGET = DatasetRecord(
    dataset_id="x-budget", title="Budget primitif 2024", url="https://www.data.gouv.fr/fr/datasets/budget-2024/",
    keywords=("budget", "finances"), formats=("csv", "pdf"), licence="lov2", created="2020-01-15",
    modified="2024-03-02", schema_name="scdl/budget", schema_version="0.8.1", downloads=45, views=120,
    quality=0.83, origin="", publisher="Commune X",
    resource_url="https://static.data.gouv.fr/resources/x-budget/csv")  # the resource declaring the schema


def _write(folder, datasets=DATASETS, resources=RESOURCES, dataset_header=DATASET_HEADER,
           resource_header=RESOURCE_HEADER):
    folder.mkdir(exist_ok=True)
    write_rows(folder / f"export-organization-{STAMP}.csv", ORGANISATION_HEADER, [
        organisation(ORG_X, "Commune X", "21350001100012", 4), organisation(ORG_Y, "Ville Y", "", 3, "ville-y"),
        organisation(ORG_Z, "Association Z", "", 1)])
    write_rows(folder / f"export-dataset-{STAMP}.csv", dataset_header, datasets)
    if resources is not None:
        write_rows(folder / f"export-resource-{STAMP}.csv", resource_header, resources)
    return folder


def _target(siren: str) -> Target:
    actor = next(a for a in ACTORS if a["siren"] == siren)
    return next(t for t in plan(actor, endpoints.load()) if t.kind == "datagouv")


@pytest.fixture
def catalog(tmp_path):
    return read_catalog(str(_write(tmp_path / "catalogue")), ACTORS, endpoints.load())


def test_records_carry_the_metadata_of_both_exports(catalog):
    listing = catalog.datasets(_target("213500011"), 10)
    assert listing.complete and listing.formats_known and listing.schemas_known
    assert [r.dataset_id for r in listing.records] == ["x-budget", "x-delib", "x-empty"]  # x-old is archived
    budget, delib, empty = listing.records
    assert budget == BUDGET
    # unknown stays unknown: no date, no licence, no score, no views; 7 + an unknown count is unknown
    assert delib == DatasetRecord(
        dataset_id="x-delib", title="Délibérations", url="https://www.data.gouv.fr/datasets/x-delib/",
        formats=("csv", "json"), schema_name="scdl/deliberations", schema_version="2.1.3", publisher="Commune X",
        resource_url="https://static.data.gouv.fr/resources/x-delib/csv")
    # no resource: no format; a known zero stays 0; a non-web URL gives way to the dataset's page
    assert (empty.formats, empty.schema_name, empty.downloads, empty.views, empty.quality, empty.url) == (
        (), "", 0, 3, 0.5, "https://www.data.gouv.fr/datasets/x-empty/")


def test_federated_copies_carry_their_origin_and_others_are_only_counted(catalog):
    listing = catalog.datasets(_target("213500022"), 10)  # the actor's id is the organisation's slug
    assert [(r.dataset_id, r.origin, r.formats, r.downloads, r.resource_url) for r in listing.records] == [
        ("y-copy", "data.y.fr", ("geojson",), 12, ""),  # a GeoJSON declaring no schema: nothing to validate
        ("y-other", "other.example.org", (), None, ""), ("y-own", "", (), None, "")]
    assert catalog.count(_target("213500022")).federated == 1
    assert set(catalog.listings) == {ORG_X, ORG_Y} and catalog.counts[ORG_Z] == 1
    assert set(catalog.resources.of) == {"x-budget", "x-delib", "y-copy"}  # not z-0, nor archived x-old
    with pytest.raises(PortalError, match="not listed"):
        catalog.datasets(Target("datagouv", ORG_Z), 10)
    with pytest.raises(NoMatch):
        catalog.datasets(Target("datagouv", "4" * 24), 10)
    with pytest.raises(NoIdentifier):
        catalog.datasets(Target("datagouv", ""), 10)


def test_the_limit_cuts_the_listing(catalog):
    listing = catalog.datasets(_target("213500011"), 2)
    assert [r.dataset_id for r in listing.records] == ["x-budget", "x-delib"] and not listing.complete
    assert catalog.datasets(_target("213500011"), 3).complete


def test_without_the_resource_export_formats_come_from_the_dataset_export_and_schemas_are_unknown(tmp_path):
    catalog = read_catalog(str(_write(tmp_path / "c", resources=None)), ACTORS, endpoints.load())
    listing = catalog.datasets(_target("213500011"), 10)
    assert listing.formats_known and not listing.schemas_known
    assert [(r.formats, r.schema_name, r.downloads) for r in listing.records] == [
        (("csv", "pdf"), "", 45), ((), "", None), ((), "", 0)]
    older = [name for name in DATASET_HEADER if name != "resources_formats"]
    catalog = read_catalog(str(_write(tmp_path / "d", resources=None, dataset_header=older)), ACTORS,
                           endpoints.load())
    listing = catalog.datasets(_target("213500011"), 10)
    assert not listing.formats_known and listing.records[0].formats == ()


def test_older_and_newer_column_names(tmp_path):
    newer = [("last_update" if name == "last_modified" else name) for name in DATASET_HEADER]
    rows = [dict(row, last_update=row.get("last_modified", "")) for row in DATASETS]
    no_schema = [name for name in RESOURCE_HEADER if not name.startswith("schema_")]
    catalog = read_catalog(str(_write(tmp_path / "c", rows, dataset_header=newer, resource_header=no_schema)),
                           ACTORS, endpoints.load())
    listing = catalog.datasets(_target("213500011"), 10)
    assert listing.records[0].modified == "2024-03-02" and listing.records[0].formats == ("csv", "pdf")
    assert listing.formats_known and not listing.schemas_known and listing.records[0].schema_name == ""


def test_without_pandas_the_records_are_the_same(tmp_path, monkeypatch):
    folder = _write(tmp_path / "c")
    with_pandas = read_catalog(str(folder), ACTORS, endpoints.load()).datasets(_target("213500011"), 10)
    monkeypatch.setitem(sys.modules, "pandas", None)
    without = read_catalog(str(folder), ACTORS, endpoints.load()).datasets(_target("213500011"), 10)
    assert without.records == with_pandas.records and without.records[0] == BUDGET


@pytest.mark.parametrize("pandas", [True, False])
def test_hostile_exports_give_a_one_line_error(tmp_path, monkeypatch, pandas):
    if not pandas:
        monkeypatch.setitem(sys.modules, "pandas", None)
    folder = _write(tmp_path / "c")
    path = folder / f"export-resource-{STAMP}.csv"
    path.write_text(path.read_text(encoding="utf-8") + '"x-budget";"unterminated\n', encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_catalog(str(folder), ACTORS, endpoints.load())
    assert "\n" not in str(error.value) and "CSV" in str(error.value)
    folder = _write(tmp_path / "d", [dataset("x-huge", ORG_X, title="Budget " * 400)])  # 2,800 characters
    monkeypatch.setattr(catalog_csv, "FIELD_LIMIT", 1000)
    with pytest.raises(InputError) as error:
        read_catalog(str(folder), ACTORS, endpoints.load())
    assert "\n" not in str(error.value) and ("longer than 1,000" in str(error.value) or "(1000)" in str(error.value))


def test_the_catalogue_dataset_address_gives_the_resource_export_too(tmp_path):
    files = {p.name: p.read_bytes() for p in _write(tmp_path / "c").iterdir()}

    def route(path, query, headers):
        if path == "/api/1/datasets/5d13a8b6634f41070a43dff3/":
            return as_json({"resources": [{"title": name, "url": f"{holder['url']}/f/{name}"} for name in files]})
        name = path[len("/f/"):]
        return (200, {"Content-Type": "text/csv"}, files[name]) if name in files else as_json({}, 404)

    holder = {}
    server = FakeServer(route).start()
    holder["url"] = server.url
    try:
        catalog = read_catalog(server.url + "/api/1/datasets/5d13a8b6634f41070a43dff3/", ACTORS, endpoints.load())
    finally:
        server.stop()
    assert catalog.datasets(_target("213500011"), 1).records == [BUDGET]


def test_a_count_only_read_keeps_no_rows(tmp_path):
    catalog = read_catalog(str(_write(tmp_path / "c")), ACTORS, endpoints.load(), datasets=False)
    assert catalog.listings == {} and catalog.resources is None and catalog.counts[ORG_X] == 3
    with pytest.raises(PortalError):
        catalog.datasets(_target("213500011"), 10)
