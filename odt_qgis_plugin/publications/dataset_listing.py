"""One actor's datasets as the panel lists them: the counted listing of each platform, filtered by theme,
schema and freshness.

Which listing counts and which data.gouv.fr copies are left out: publications/counted_listings.py (the
rule the measures follow too). Licence openness and freshness follow publications/openness.py, freshness
judged at the date of the run that listed the dataset, never at today's.
"""
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..registry.territory_search import fold
from . import openness, scdl
from .counted_listings import (
    counted_listings,
    has_listings,  # noqa: F401 - the dock asks it here
    is_counted_copy,
    listed_own_hosts,
)
from .dataset_record import RECORD_COLUMNS, DatasetRecord, from_row, web_url
from .schema_validation import INVALID, UNAVAILABLE, VALID

# Schema filter: every dataset, those following any schema (declared or detected), those following none;
# any other value is a schema name.
SCHEMA_ALL, SCHEMA_SOME, SCHEMA_NONE = "", "*", "-"
# Freshness filter: every dataset, updated in the 12 months before its run, older, date unknown.
FRESH_ALL, FRESH, OLDER, FRESH_UNKNOWN = "", "fresh", "older", "unknown"


@dataclass(frozen=True)
class ListedDataset:
    siren: str
    platform: str  # harvests.platform: the portal kind ("opendatasoft", "datagouv"...)
    host: str  # the platform's host ("data.gouv.fr", "data.ville.fr"), "" when unknown
    dataset_id: str
    title: str  # the dataset's title, else its id
    url: str  # http(s) only, "" otherwise
    themes: Tuple[str, ...]
    formats: Tuple[str, ...]
    licence: str  # as declared, "" when none
    licence_open: Optional[bool]  # None: unknown
    modified: Optional[str]  # ISO date, None when unknown
    fresh: Optional[bool]  # modified in the 12 months before `as_of`; None: unknown
    schema: str  # schema name, "" when none is declared nor detected
    schema_title: str  # the SCDL label, else the declared name
    schema_how: str  # scdl.DECLARED, scdl.DETECTED or ""
    as_of: Optional[date]  # date of the run that listed it
    # What the validation service said of it (schema_validation.VALID, INVALID, UNAVAILABLE), "" when not checked:
    # only "valid"/"invalid" may replace "declared"/"detected" (schema_validation.conformance).
    validation: str = ""


def counted_runs(connection, siren: str) -> Dict[str, Tuple[int, Optional[date]]]:
    """{platform: (run_id, run date)} of the actor's counted listings."""
    return {listing.platform: (listing.run_id, listing.as_of)
            for listing in counted_listings(connection, siren).values()}


def _schema(record: DatasetRecord, detected) -> Tuple[str, str, str]:
    if record.schema_name:
        schema = scdl.known(record.schema_name)
        return record.schema_name, schema.label if schema else record.schema_name, scdl.DECLARED
    name = detected if detected is not None else scdl.detect(record.fields)
    if name:
        schema = scdl.known(name)
        return name, schema.label if schema else name, scdl.DETECTED
    return "", "", ""


def listed(record: DatasetRecord, siren: str, platform: str, as_of: Optional[date],
           detected: Optional[str] = None, host: str = "", validation: Optional[str] = None) -> ListedDataset:
    schema, title, how = _schema(record, detected)
    return ListedDataset(
        siren=siren, platform=platform, host=host, dataset_id=record.dataset_id,
        title=record.title or record.dataset_id, url=web_url(record.url), themes=record.themes,
        formats=record.formats, licence=record.licence,
        licence_open=openness.licence_is_open(record.licence), modified=record.modified,
        fresh=openness.is_fresh(record.modified, as_of) if as_of else None,
        schema=schema, schema_title=title, schema_how=how, as_of=as_of,
        validation=validation if schema and validation in (VALID, INVALID, UNAVAILABLE) else "")


def actor_datasets(connection, siren: str) -> Optional[List[ListedDataset]]:
    """The actor's datasets, by title; None when no listing of this actor was harvested."""
    listings = counted_listings(connection, siren)
    if not listings:
        return None
    own_listed = listed_own_hosts(listings.values()).get(siren, set())
    columns = ", ".join(RECORD_COLUMNS)
    found = []
    for (_siren, platform), listing in sorted(listings.items()):
        for row in connection.execute(
                f"SELECT {columns}, detected_schema, validation FROM datasets"
                " WHERE run_id = ? AND siren = ? AND platform = ?", (listing.run_id, siren, platform)).fetchall():
            record = from_row(tuple(row)[:-2])
            if is_counted_copy(platform, record.origin, own_listed):
                continue
            found.append(listed(record, siren, platform, listing.as_of, tuple(row)[-2], listing.host, tuple(row)[-1]))
    found.sort(key=lambda item: (fold(item.title), item.platform, item.dataset_id))
    return found


def _has_theme(item: ListedDataset, theme: str) -> bool:
    wanted = fold(theme)
    return any(fold(value) == wanted for value in item.themes)


def _schema_matches(item: ListedDataset, schema: str) -> bool:
    if schema == SCHEMA_ALL:
        return True
    if schema == SCHEMA_SOME:
        return bool(item.schema)
    if schema == SCHEMA_NONE:
        return not item.schema
    return item.schema.casefold() == schema.casefold()


_FRESH_VALUE = {FRESH: True, OLDER: False, FRESH_UNKNOWN: None}


def filtered(items: Iterable[ListedDataset], theme: str = "", schema: str = SCHEMA_ALL,
             freshness: str = FRESH_ALL) -> List[ListedDataset]:
    """The datasets with that theme ("" any), schema (SCHEMA_* or a name) and freshness (FRESH_* constants)."""
    return [item for item in items
            if (not theme or _has_theme(item, theme)) and _schema_matches(item, schema)
            and (freshness == FRESH_ALL or item.fresh is _FRESH_VALUE[freshness])]


def themes_present(items: Sequence[ListedDataset]) -> List[Tuple[str, int]]:
    """(theme, datasets) most frequent first, then alphabetically; one entry per theme whatever its case and
    accents, spelt as first met."""
    counts: Counter = Counter()
    spelling: Dict[str, str] = {}
    for item in items:
        for key, theme in {fold(value): value for value in item.themes}.items():
            spelling.setdefault(key, theme)
            counts[key] += 1
    return [(spelling[key], count) for key, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))]


def schemas_present(items: Sequence[ListedDataset]) -> List[Tuple[str, str]]:
    """(schema name, title) of the schemas the datasets follow, by title."""
    found = {item.schema: item.schema_title for item in items if item.schema}
    return sorted(found.items(), key=lambda pair: (fold(pair[1]), pair[0]))
