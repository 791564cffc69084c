"""The datasets of chosen organisations from data.gouv.fr's catalogue exports, as DatasetRecords.

export-dataset-*.csv gives each dataset's metadata; export-resource-*.csv (optional, about 2,000,000 rows)
gives its resources' formats, declared schemas and download counts. Only the rows of the run's actors'
organisations are kept, as the export's own strings (one tuple per dataset); records are built when listed.
Column names are udata's CSV adapters' (udata/core/dataset/csv.py); where they changed over time every
known name is read, the newer first.
"""
import sys
from typing import Dict, List, Optional, Sequence
from urllib.parse import quote

from ..publications.dataset_record import (
    TABULAR,
    DatasetRecord,
    count_or_none,
    iso_date,
    score_or_none,
    text,
    texts,
    web_url,
)
from .catalog_csv import select
from .portals.portal_base import host_name

# Read when the export has them; each record field takes the first of its names that holds a value.
DATASET_OPTIONAL = ("title", "url", "tags", "license", "created_at", "last_update", "last_modified",
                    "resources_formats", "quality_score", "metric.views", "metric.resources_downloads")
MODIFIED = ("last_update", "last_modified")  # udata renamed the column; older exports have only the second
RESOURCE_COLUMNS = ("dataset.id", "format")
RESOURCE_DOWNLOADS = ("downloads", "metric.views")  # a resource's downloads ("downloads" = its views metric)
RESOURCE_OPTIONAL = ("schema_name", "schema_version", "url") + RESOURCE_DOWNLOADS  # `url`: the resource's file
DATASET_PAGE = "https://www.data.gouv.fr/datasets/{id}/"


class Resources:
    """What the resource export says of each kept dataset: [formats, schema name, schema version, downloads,
    the resource to validate, whether it declares the schema] (downloads None as soon as one resource's count is
    missing: a partial sum would be a wrong number)."""

    def __init__(self, has_schema: bool):
        self.has_schema = has_schema  # older exports have no schema columns: declared schemas are unknown
        self.of: Dict[str, list] = {}

    def add(self, dataset_id: str, fmt, schema_name, schema_version, downloads, url="") -> None:
        found = self.of.get(dataset_id)
        if found is None:
            found = self.of[dataset_id] = [[], "", "", 0, "", False]
        fmt = text(fmt).lower()
        if fmt and fmt not in found[0] and len(found[0]) < 50:
            found[0].append(sys.intern(fmt))
        name = text(schema_name)
        if name and not found[1]:  # the first resource declaring a schema names the dataset's
            found[1], found[2] = sys.intern(name), sys.intern(text(schema_version))
        url = web_url(url)
        # As dataset_record.resource_to_check: the first resource declaring a schema, else the first CSV.
        if url and name and not found[5]:
            found[4], found[5] = url, True
        elif url and not found[4] and fmt in TABULAR:
            found[4] = url
        if found[3] is not None:
            count = number(downloads)
            found[3] = None if count is None else found[3] + count


def number(value) -> Optional[int]:
    """A count as udata writes it ("12", "12.0"), None when missing or malformed."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    return count_or_none(value)


def read_resources(stream, kept_ids: set, label: str = "export-resource") -> Resources:
    index, rows = select(stream, label, RESOURCE_COLUMNS, RESOURCE_OPTIONAL)
    resources = Resources("schema_name" in index)
    at = [index.get(name) for name in ("dataset.id", "format", "schema_name", "schema_version")]
    url_at = index.get("url")
    downloads_at = next((index[name] for name in RESOURCE_DOWNLOADS if name in index), None)
    for row in rows:
        dataset_id = row[0]
        if dataset_id in kept_ids:
            resources.add(dataset_id, row[1], *(row[i] if i is not None else "" for i in at[2:]),
                          row[downloads_at] if downloads_at is not None else None,
                          row[url_at] if url_at is not None else "")
    return resources


def _first(row: tuple, index: Dict[str, int], names: Sequence[str], parse):
    for name in names:
        if name in index:
            value = parse(row[index[name]])
            if value not in (None, "", ()):
                return value
    return parse(None)


def record(row: tuple, index: Dict[str, int], resources: Optional[Resources], publisher: str = "") -> DatasetRecord:
    """One kept dataset row (the columns `index` names) as a record; what is missing stays unknown."""
    dataset_id = text(row[index["id"]])
    found = resources.of.get(row[index["id"]]) if resources is not None else None
    if resources is not None:
        formats = tuple(found[0]) if found else ()  # a dataset without resources has no format
    else:
        formats = _first(row, index, ("resources_formats",), lambda v: texts(v, lower=True))
    downloads = _first(row, index, ("metric.resources_downloads",), number)
    if downloads is None and found:
        downloads = found[3]
    remote_url, domain = row[index["harvest.remote_url"]], row[index["harvest.domain"]]
    return DatasetRecord(
        dataset_id=dataset_id,
        title=_first(row, index, ("title",), text),
        url=_first(row, index, ("url",), web_url) or DATASET_PAGE.format(id=quote(dataset_id, safe="")),
        keywords=_first(row, index, ("tags",), texts),
        formats=formats,
        licence=_first(row, index, ("license",), text),
        created=_first(row, index, ("created_at",), iso_date),
        modified=_first(row, index, MODIFIED, iso_date),
        schema_name=found[1] if found else "",
        schema_version=found[2] if found else "",
        downloads=downloads,
        views=_first(row, index, ("metric.views",), number),
        quality=_first(row, index, ("quality_score",), score_or_none),
        origin=host_name(text(remote_url)) or host_name(text(domain)),
        publisher=publisher,
        resource_url=found[4] if found else "",
    )


def kept_ids(listings: Dict[str, List[tuple]], index: Dict[str, int]) -> set:
    at = index["id"]
    return {row[at] for rows in listings.values() for row in rows}
