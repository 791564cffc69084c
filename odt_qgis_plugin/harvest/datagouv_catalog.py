"""data.gouv.fr's daily catalogue exports as the national baseline: every organisation's datasets in one download.

The dataset "Catalogue des données de data.gouv.fr" publishes semicolon-separated CSV files written by
udata's CSV adapters. Columns this module relies on (any other is ignored; a missing one is an error):
- export-organization-*.csv: `id` (24 hex), `slug`, `name`, `business_number_id` (SIRET, may be
  empty), `metric.datasets`;
- export-dataset-*.csv: `id`, `organization_id`, `archived` ("False", or the date it was archived),
  `harvest.remote_url` and `harvest.domain` (the portal a dataset was harvested from); the record columns
  of catalog_records.DATASET_OPTIONAL when present;
- export-resource-*.csv (optional): `dataset.id`, `format`, and `schema_name`, `schema_version`,
  `downloads` when present.
A dataset counts for its organisation unless archived, as on the API's /datasets/; a dataset harvested
from the actor's own portal counts as federated, as on the API. An id the organisation export does not
hold gives `no_match`. The dataset file is read in chunks (about 700,000 rows): only the rows of the run's
actors' organisations are kept, for `Catalog.datasets` (harvest/catalog_records.py), with what
export-resource-*.csv, when there is one, says of their resources.
"""
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

from ..common.errors import InputError, PortalError
from ..common.i18n import tr
from ..common.levels import TABLE_OF
from ..common.sources import check_url, is_url
from ..store import db as store_db
from . import catalog_records
from .catalog_csv import column_index, read_header, reader, select
from .portals.datagouv import KIND as DATAGOUV
from .portals.portal_base import Count, Listing, NoIdentifier, NoMatch, Target, host_name
from .targets import plan

ORGANISATION_COLUMNS = ("id", "name", "business_number_id", "metric.datasets")
# The first four are read for every row, "id" and the optional columns kept for the listed organisations.
DATASET_COLUMNS = ("organization_id", "archived", "harvest.remote_url", "harvest.domain", "id")
NOT_ARCHIVED = {"", "false", "False", "0"}
CATALOG_MAX_BYTES = 2 * 1024 ** 3
CANDIDATES_TABLE = "datagouv_candidates"
CANDIDATES = """
    siren TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    level TEXT,
    code TEXT,
    territory TEXT,
    datasets INTEGER,
    run_id INTEGER,
    found_at TEXT NOT NULL
"""


@dataclass
class Organisation:
    id: str
    name: str
    siret: str
    datasets: Optional[int]  # metric.datasets, as the export states it


@dataclass
class CatalogListing(Listing):
    """A listing from the exports; without export-resource-*.csv the formats (unless the dataset export lists
    them) and the declared schemas are unknown, not absent."""

    formats_known: bool = True
    schemas_known: bool = True


@dataclass
class Catalog:
    organisations: Dict[str, Organisation]
    by_slug: Dict[str, str]
    counts: Counter = field(default_factory=Counter)  # organisation id -> datasets not archived
    federated: Counter = field(default_factory=Counter)  # (organisation id, host) -> datasets
    actor_sirens: Set[str] = field(default_factory=set)
    rows: int = 0
    # Dataset level, for the `listed` organisations only: their rows not archived (the columns of `columns`),
    # and what the resource export says of them (None when there was none).
    listed: Set[str] = field(default_factory=set)
    listings: Dict[str, list] = field(default_factory=dict)
    columns: Dict[str, int] = field(default_factory=dict)
    resources: Optional[catalog_records.Resources] = None
    resources_formats: bool = False  # the dataset export has `resources_formats`

    def organisation_id(self, value: str) -> Optional[str]:
        return value if value in self.organisations else self.by_slug.get(value)

    def _organisation(self, target: Target) -> str:
        if not target.url:
            raise NoIdentifier(tr("No data.gouv.fr organisation id for this actor"))
        organisation = self.organisation_id(target.url)
        if organisation is None:
            raise NoMatch(tr("Organisation {id} is not in the data.gouv.fr catalogue export").format(id=target.url))
        return organisation

    def count(self, target: Target) -> Count:
        organisation = self._organisation(target)
        hosts = {host_name(h) for h in target.federated_hosts}
        if not hosts:
            return Count(self.counts[organisation])
        return Count(self.counts[organisation], sum(self.federated[(organisation, h)] for h in hosts))

    def datasets(self, target: Target, limit: Optional[int] = None) -> CatalogListing:
        """The organisation's datasets not archived, in the export's order, at most `limit` of them."""
        organisation = self._organisation(target)
        if organisation not in self.listed:
            raise PortalError(tr("The catalogue export was read for other actors: organisation {id} was not "
                                 "listed").format(id=target.url))
        rows = self.listings.get(organisation, [])
        shown = rows if limit is None else rows[:max(limit, 0)]
        publisher = self.organisations[organisation].name
        records = [catalog_records.record(row, self.columns, self.resources, publisher) for row in shown]
        resources = self.resources is not None
        return CatalogListing(records, complete=len(shown) == len(rows),
                              formats_known=resources or self.resources_formats,
                              schemas_known=resources and self.resources.has_schema)

    def candidates(self, store) -> List[dict]:
        """Organisations of collectivities (by the SIREN in their SIRET) that the registry lacks."""
        places = collectivity_places(store)
        found = {}
        for organisation in self.organisations.values():
            siren = organisation.siret[:9]
            if len(organisation.siret) != 14 or siren in self.actor_sirens or siren not in places:
                continue
            level, code, territory = places[siren]
            datasets = self.counts[organisation.id]
            if siren not in found or datasets > found[siren]["datasets"]:
                found[siren] = {"siren": siren, "name": organisation.name, "organization_id": organisation.id,
                                "level": level, "code": code, "territory": territory, "datasets": datasets}
        return sorted(found.values(), key=lambda row: (-row["datasets"], row["siren"]))

    def record_candidates(self, store, run_id: int) -> int:
        rows = self.candidates(store)
        now = store_db.utc_now()
        with store.transaction() as connection:
            store_db.ensure_attribute_table(connection, CANDIDATES_TABLE, CANDIDATES,
                                            "data.gouv.fr organisations of collectivities not in the registry")
            connection.execute(f"DELETE FROM {CANDIDATES_TABLE}")
            store_db.insert_ignore(connection, CANDIDATES_TABLE, (*CANDIDATES_FIELDS, "run_id", "found_at"),
                                   [(*(row[name] for name in CANDIDATES_FIELDS), run_id, now) for row in rows])
        return len(rows)


CANDIDATES_FIELDS = ("siren", "name", "organization_id", "level", "code", "territory", "datasets")


def collectivity_places(store) -> Dict[str, Tuple[str, str, str]]:
    """{SIREN: (level, code, name)} of the communes, EPCI, départements and régions of the store."""
    places = {}
    if store.has_table("collectivities"):
        for siren, level, code, name in store.query("SELECT siren, level, code, name FROM collectivities"):
            places[siren] = (level, code, name)
    for level, table in (("epci", TABLE_OF["epci"]), ("commune", TABLE_OF["commune"])):
        if store.has_table(table):
            for siren, code, name in store.query(f"SELECT siren, code, name FROM {table} WHERE siren IS NOT NULL"):
                places.setdefault(siren, (level, code, name))
    return places


# --- reading the exports -------------------------------------------------------------------------
def _int(value: str) -> Optional[int]:
    try:
        return int(float(value))
    except ValueError:
        return None


def read_organisations(stream, label: str = "export-organization") -> Tuple[Dict[str, Organisation], Dict[str, str]]:
    """The organisations by id, and {slug: id} when the export has a `slug` column."""
    header = read_header(stream, label)
    index = column_index(header, ORGANISATION_COLUMNS, label)
    slug_at = header.index("slug") if "slug" in header else None
    width = max(index.values())
    organisations, by_slug = {}, {}
    for row in reader(stream):
        if len(row) <= width or not row[index["id"]].strip():
            continue
        identifier = row[index["id"]].strip()
        siret = re.sub(r"\D", "", row[index["business_number_id"]])
        organisations[identifier] = Organisation(identifier, row[index["name"]].strip(), siret,
                                                 _int(row[index["metric.datasets"]]))
        if slug_at is not None and len(row) > slug_at and row[slug_at]:
            by_slug[row[slug_at]] = identifier
    return organisations, by_slug


def read_datasets(stream, catalog: Catalog, wanted: Dict[str, Set[str]], label: str = "export-dataset") -> None:
    """Count every organisation's datasets, the federated ones of `wanted` {organisation id: hosts}, and keep
    the rows of the `catalog.listed` organisations."""
    index, rows = select(stream, label, DATASET_COLUMNS, catalog_records.DATASET_OPTIONAL)
    catalog.columns = index
    catalog.resources_formats = "resources_formats" in index
    _count_rows(rows, catalog, wanted)


def _count_rows(rows, catalog: Catalog, wanted: Dict[str, Set[str]]) -> None:
    counts, federated, listed, listings = catalog.counts, catalog.federated, catalog.listed, catalog.listings
    for row in rows:
        catalog.rows += 1
        organisation, archived = row[0], row[1]
        if not organisation or archived not in NOT_ARCHIVED:
            continue
        counts[organisation] += 1
        if organisation in listed:
            listings.setdefault(organisation, []).append(row)
        hosts = wanted.get(organisation)
        if hosts:
            origin = {host_name(row[2]), host_name(row[3])} & hosts
            if origin:
                federated[(organisation, origin.pop())] += 1


def _latest(folder: Path, kind: str) -> Path:
    found = sorted(folder.glob(f"export-{kind}-*.csv")) or sorted(folder.glob(f"export-{kind}*.csv"))
    if not found:
        raise InputError(tr("No export-{kind}-*.csv in {folder}").format(kind=kind, folder=folder))
    return found[-1]


KINDS = ("organization", "dataset", "resource")  # export-<kind>-*.csv; the resource export is optional


def _local_files(source: str) -> Dict[str, Path]:
    path = Path(source)
    if path.is_dir():
        folder = path
        files = {}
    elif not path.is_file():
        raise InputError(tr("File not found: {path}").format(path=source))
    elif "export-dataset" in path.name:
        folder, files = path.parent, {"dataset": path}
    elif "export-organization" in path.name:
        folder, files = path.parent, {"organization": path}
    else:
        raise InputError(tr("{path} is neither a folder nor an export-dataset or export-organization file").format(
            path=source))
    for kind in ("organization", "dataset"):
        files.setdefault(kind, _latest(folder, kind))
    try:
        files["resource"] = _latest(folder, "resource")
    except InputError:
        pass  # without it the listings say that formats and declared schemas are unknown
    return files


def _remote_urls(source: str, transport) -> Dict[str, str]:
    """The exports' addresses, from the catalogue dataset's API page (its resources change URL every day)."""
    from ..network.gateway import get_json

    check_url(source)
    if source.lower().split("?")[0].endswith(".csv"):
        raise InputError(tr("Give the catalogue dataset's API address, or a folder holding both exports"))
    data = get_json(transport, source)
    resources = data.get("resources") if isinstance(data, dict) else None
    urls = {}
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict):
            continue
        text = f"{resource.get('title', '')} {resource.get('url', '')}"
        for kind in KINDS:
            if f"export-{kind}" in text and kind not in urls and isinstance(resource.get("url"), str):
                urls[kind] = resource["url"]
    if not {"organization", "dataset"} <= set(urls):
        raise InputError(tr("No export-organization and export-dataset resources at {url}").format(url=source))
    return urls


def read_catalog(source: str, actors: List[dict], config: dict, transport=None,
                 max_bytes: int = CATALOG_MAX_BYTES, datasets: bool = True) -> Catalog:
    """The organisations and per-organisation counts of the exports `source` points at: a folder holding
    export-organization-*.csv and export-dataset-*.csv (and export-resource-*.csv, optional), one of these
    files, or the catalogue dataset's API address (e.g. https://www.data.gouv.fr/api/1/datasets/5d13a8b6634f41070a43dff3/).
    With `datasets`, the datasets of the actors' organisations are kept too, for `Catalog.datasets`."""
    wanted: Dict[str, Set[str]] = {}
    targets = [target for actor in actors for target in plan(actor, config) if target.kind == DATAGOUV]
    if is_url(source):
        from ..network.gateway import fetcher

        if transport is None:
            from ..network.gateway import RequestsTransport

            transport = RequestsTransport(max_bytes=max(max_bytes, CATALOG_MAX_BYTES))
        urls, fetch = _remote_urls(source, transport), fetcher(transport)

        def opener(kind):  # one body in memory at a time
            return io.TextIOWrapper(io.BytesIO(fetch(urls[kind])), "utf-8-sig", newline="")

        labels = {kind: f"export-{kind}" for kind in urls}
    else:
        files = _local_files(source)

        def opener(kind):
            return open(files[kind], encoding="utf-8-sig", newline="")

        labels = {kind: path.name for kind, path in files.items()}
    try:
        with opener("organization") as stream:
            organisations, by_slug = read_organisations(stream, labels["organization"])
        catalog = Catalog(organisations, by_slug, actor_sirens={actor["siren"] for actor in actors})
        for target in targets:
            organisation = catalog.organisation_id(target.url)
            if organisation and target.federated_hosts:
                wanted.setdefault(organisation, set()).update(host_name(h) for h in target.federated_hosts)
            if organisation and datasets:
                catalog.listed.add(organisation)
        with opener("dataset") as stream:
            read_datasets(stream, catalog, wanted, labels["dataset"])
        if datasets and "resource" in labels:
            kept = catalog_records.kept_ids(catalog.listings, catalog.columns)
            with opener("resource") as stream:
                catalog.resources = catalog_records.read_resources(stream, kept, labels["resource"])
    except UnicodeDecodeError:
        raise InputError(tr("The catalogue exports are not UTF-8 text")) from None
    except csv.Error as error:
        raise InputError(tr("The catalogue exports are not valid CSV: {error}").format(error=error)) from None
    return catalog


def stored_candidates(store) -> List[dict]:
    """The candidates the latest catalogue harvest found, most datasets first."""
    handle = store_db.open_store(store)
    if not handle.has_table(CANDIDATES_TABLE):
        return []
    columns = ", ".join(CANDIDATES_FIELDS)
    return [dict(zip(CANDIDATES_FIELDS, row)) for row in handle.query(
        f"SELECT {columns} FROM {CANDIDATES_TABLE} ORDER BY datasets DESC, siren")]


def candidate_actor(store, siren: str) -> dict:
    """The registry fields of one candidate, to add it as an actor publishing on data.gouv.fr."""
    for row in stored_candidates(store):
        if row["siren"] == siren:
            return {"name": row["name"], "id_datagouv": row["organization_id"], "techno_platform": "DataGouv"}
    raise InputError(tr("No data.gouv.fr candidate with SIREN {siren}: run `harvest --datagouv-catalog` "
                        "first, then choose one of `candidates`").format(siren=siren))
