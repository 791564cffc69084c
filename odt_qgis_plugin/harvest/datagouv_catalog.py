"""data.gouv.fr's daily catalogue exports as the national baseline: every organisation's datasets in one download.

The dataset "Catalogue des données de data.gouv.fr" publishes semicolon-separated CSV files written by
udata's CSV adapters. Columns this module relies on (any other is ignored; a missing one is an error):
- export-organization-*.csv: `id` (24 hex), `slug`, `name`, `business_number_id` (SIRET, may be
  empty), `metric.datasets`;
- export-dataset-*.csv: `organization_id`, `archived` ("False", or the date it was archived),
  `harvest.remote_url` and `harvest.domain` (the portal a dataset was harvested from).
A dataset counts for its organisation unless archived, as on the API's /datasets/; a dataset harvested
from the actor's own portal counts as federated, as on the API. An id the organisation export does not
hold gives `no_match`. The dataset file is read row by row (about 700,000 rows): memory stays small.
"""
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import TABLE_OF
from ..common.sources import check_url, is_url
from ..store import db as store_db
from .portals.datagouv import KIND as DATAGOUV
from .portals.portal_base import Count, NoIdentifier, NoMatch, Target, host_name
from .targets import plan

ORGANISATION_COLUMNS = ("id", "name", "business_number_id", "metric.datasets")
DATASET_COLUMNS = ("organization_id", "archived", "harvest.remote_url", "harvest.domain")
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
class Catalog:
    organisations: Dict[str, Organisation]
    by_slug: Dict[str, str]
    datasets: Counter = field(default_factory=Counter)  # organisation id -> datasets not archived
    federated: Counter = field(default_factory=Counter)  # (organisation id, host) -> datasets
    actor_sirens: Set[str] = field(default_factory=set)
    rows: int = 0

    def organisation_id(self, value: str) -> Optional[str]:
        return value if value in self.organisations else self.by_slug.get(value)

    def count(self, target: Target) -> Count:
        if not target.url:
            raise NoIdentifier(tr("No data.gouv.fr organisation id for this actor"))
        organisation = self.organisation_id(target.url)
        if organisation is None:
            raise NoMatch(tr("Organisation {id} is not in the data.gouv.fr catalogue export").format(id=target.url))
        hosts = {host_name(h) for h in target.federated_hosts}
        if not hosts:
            return Count(self.datasets[organisation])
        return Count(self.datasets[organisation], sum(self.federated[(organisation, h)] for h in hosts))

    def candidates(self, store) -> List[dict]:
        """Organisations of collectivities (by the SIREN in their SIRET) that the registry lacks."""
        places = collectivity_places(store)
        found = {}
        for organisation in self.organisations.values():
            siren = organisation.siret[:9]
            if len(organisation.siret) != 14 or siren in self.actor_sirens or siren not in places:
                continue
            level, code, territory = places[siren]
            datasets = self.datasets[organisation.id]
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
def _header(reader, columns: Iterable[str], label: str) -> Dict[str, int]:
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise InputError(tr("The catalogue export {name} is empty").format(name=label)) from None
    missing = [name for name in columns if name not in header]
    if missing:
        raise InputError(tr("The catalogue export {name} lacks the columns {columns}").format(
            name=label, columns=", ".join(missing)))
    return {name: header.index(name) for name in columns}


def _reader(stream):
    """Rows of an export; descriptions are long markdown texts, above the csv module's field limit, which is
    process-wide: it is lifted only while these rows are read, then put back (registry reading relies on it)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 64 * 1024 * 1024))
    try:
        yield from csv.reader(stream, delimiter=";", quotechar='"')
    finally:
        csv.field_size_limit(limit)


def _int(value: str) -> Optional[int]:
    try:
        return int(float(value))
    except ValueError:
        return None


def read_organisations(stream, label: str = "export-organization") -> Tuple[Dict[str, Organisation], Dict[str, str]]:
    """The organisations by id, and {slug: id} when the export has a `slug` column."""
    reader = _reader(stream)
    header = next(reader, None)
    if header is None:
        raise InputError(tr("The catalogue export {name} is empty").format(name=label))
    header = [name.strip() for name in header]
    index = _header(iter([header]), ORGANISATION_COLUMNS, label)
    slug_at = header.index("slug") if "slug" in header else None
    width = max(index.values())
    organisations, by_slug = {}, {}
    for row in reader:
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
    """Count every organisation's datasets, and the federated ones of `wanted` {organisation id: hosts}."""
    reader = _reader(stream)
    header = [name.strip() for name in next(reader, [])]
    if not header:
        raise InputError(tr("The catalogue export {name} is empty").format(name=label))
    index = _header(iter([header]), DATASET_COLUMNS, label)
    try:
        import pandas
    except ImportError:  # QGIS ships pandas; without it the csv module does the same, about half as fast
        width = max(index.values())
        _count_rows((tuple(row[index[name]] for name in DATASET_COLUMNS) for row in reader if len(row) > width),
                    catalog, wanted)
        return
    # The C parser of pandas reads only the four columns, 200,000 rows at a time: memory stays flat.
    columns = [header.index(name) for name in DATASET_COLUMNS]
    try:
        for chunk in pandas.read_csv(stream, sep=";", quotechar='"', header=None, usecols=columns, dtype=str,
                                     keep_default_na=False, na_filter=False, chunksize=200_000, engine="c"):
            chunk = chunk[columns]
            _count_rows(chunk.itertuples(index=False, name=None), catalog, wanted)
    except (ValueError, pandas.errors.ParserError) as error:
        raise InputError(tr("The catalogue export {name} is not valid CSV: {error}").format(
            name=label, error=str(error).splitlines()[0])) from None


def _count_rows(rows, catalog: Catalog, wanted: Dict[str, Set[str]]) -> None:
    counts, federated = catalog.datasets, catalog.federated
    for organisation, archived, remote_url, domain in rows:
        catalog.rows += 1
        if not organisation or archived not in NOT_ARCHIVED:
            continue
        counts[organisation] += 1
        hosts = wanted.get(organisation)
        if hosts:
            origin = {host_name(remote_url), host_name(domain)} & hosts
            if origin:
                federated[(organisation, origin.pop())] += 1


def _latest(folder: Path, kind: str) -> Path:
    found = sorted(folder.glob(f"export-{kind}-*.csv")) or sorted(folder.glob(f"export-{kind}*.csv"))
    if not found:
        raise InputError(tr("No export-{kind}-*.csv in {folder}").format(kind=kind, folder=folder))
    return found[-1]


def _local_files(source: str) -> Tuple[Path, Path]:
    path = Path(source)
    if path.is_dir():
        return _latest(path, "organization"), _latest(path, "dataset")
    if not path.is_file():
        raise InputError(tr("File not found: {path}").format(path=source))
    if "export-dataset" in path.name:
        return _latest(path.parent, "organization"), path
    if "export-organization" in path.name:
        return path, _latest(path.parent, "dataset")
    raise InputError(tr("{path} is neither a folder nor an export-dataset or export-organization file").format(
        path=source))


def _remote_bodies(source: str, transport) -> Tuple[bytes, bytes]:
    """The two exports, from the catalogue dataset's API page (its resources change URL every day)."""
    from ..network.gateway import fetcher, get_json

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
        for kind in ("organization", "dataset"):
            if f"export-{kind}" in text and kind not in urls and isinstance(resource.get("url"), str):
                urls[kind] = resource["url"]
    if set(urls) != {"organization", "dataset"}:
        raise InputError(tr("No export-organization and export-dataset resources at {url}").format(url=source))
    fetch = fetcher(transport)
    return fetch(urls["organization"]), fetch(urls["dataset"])


def read_catalog(source: str, actors: List[dict], config: dict, transport=None,
                 max_bytes: int = CATALOG_MAX_BYTES) -> Catalog:
    """The organisations and per-organisation counts of the exports `source` points at: a folder holding
    export-organization-*.csv and export-dataset-*.csv, one of these files, or the catalogue dataset's
    API address (e.g. https://www.data.gouv.fr/api/1/datasets/5d13a8b6634f41070a43dff3/)."""
    wanted: Dict[str, Set[str]] = {}
    targets = [target for actor in actors for target in plan(actor, config) if target.kind == DATAGOUV]
    if is_url(source):
        if transport is None:
            from ..network.gateway import RequestsTransport

            transport = RequestsTransport(max_bytes=max(max_bytes, CATALOG_MAX_BYTES))
        organisations_body, datasets_body = _remote_bodies(source, transport)
        opener = {"organization": lambda: io.TextIOWrapper(io.BytesIO(organisations_body), "utf-8-sig", newline=""),
                  "dataset": lambda: io.TextIOWrapper(io.BytesIO(datasets_body), "utf-8-sig", newline="")}
        labels = {"organization": "export-organization", "dataset": "export-dataset"}
    else:
        organisations_path, datasets_path = _local_files(source)
        opener = {"organization": lambda: open(organisations_path, encoding="utf-8-sig", newline=""),
                  "dataset": lambda: open(datasets_path, encoding="utf-8-sig", newline="")}
        labels = {"organization": organisations_path.name, "dataset": datasets_path.name}
    try:
        with opener["organization"]() as stream:
            organisations, by_slug = read_organisations(stream, labels["organization"])
        catalog = Catalog(organisations, by_slug, actor_sirens={actor["siren"] for actor in actors})
        for target in targets:
            organisation = catalog.organisation_id(target.url)
            if organisation and target.federated_hosts:
                wanted.setdefault(organisation, set()).update(host_name(h) for h in target.federated_hosts)
        with opener["dataset"]() as stream:
            read_datasets(stream, catalog, wanted, labels["dataset"])
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
