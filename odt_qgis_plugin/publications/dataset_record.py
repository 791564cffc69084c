"""One dataset as a platform describes it, read leniently: what is missing or malformed is kept as unknown.

Every portal adapter (`harvest/portals/<kind>.py`, `datasets()`) and the data.gouv.fr catalogue exports
turn their own records into `DatasetRecord`; the store keeps them in the `datasets` table
(`store/schema.py` DATASETS), and the measures (`publications/`) read them back with `from_row`.
Unknown stays unknown: a date that does not parse is None (never "today"), a licence or format that is
absent is "" (never "open"), a usage figure the platform does not publish is None (never 0).
"""
import json
import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Iterable, Optional, Tuple

MAX_TEXT = 500  # a title or licence longer than this is cut: the store keeps labels, not documents
MAX_ITEMS = 50  # themes, keywords, formats, fields kept per dataset
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class DatasetRecord:
    dataset_id: str  # the platform's own id (or slug), unique on that platform
    title: str = ""
    url: str = ""  # the dataset's page for people (http(s) only)
    themes: Tuple[str, ...] = ()
    keywords: Tuple[str, ...] = ()
    formats: Tuple[str, ...] = ()  # lower case, as declared ("csv", "geojson", "pdf")
    licence: str = ""  # as declared (an id, a title or a URL)
    created: Optional[str] = None  # ISO date (YYYY-MM-DD) or None when missing or malformed
    modified: Optional[str] = None
    schema_name: str = ""  # declared schema (e.g. "scdl/deliberations"), "" when none is declared
    schema_version: str = ""
    fields: Tuple[str, ...] = ()  # field names, when the platform lists them (to detect a schema)
    downloads: Optional[int] = None
    api_calls: Optional[int] = None
    views: Optional[int] = None
    quality: Optional[float] = None  # the platform's own score, 0-1 or 0-100 as it publishes it
    origin: str = ""  # host of the portal a data.gouv.fr dataset was harvested from ("" when not federated)
    publisher: str = ""
    # One downloadable resource to validate against the schema (http(s)): the one declaring the schema, else the
    # first in an open tabular format; "" when there is none.
    resource_url: str = ""


# Columns of the `datasets` table that hold a record's fields, in order (lists as JSON arrays).
RECORD_COLUMNS = tuple(item.name for item in fields(DatasetRecord))
_LISTS = {"themes", "keywords", "formats", "fields"}


def iso_date(value) -> Optional[str]:
    """YYYY-MM-DD of an ISO date or date-time (text, date or datetime), None when it is not one."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    match = _DATE.match(value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def count_or_none(value) -> Optional[int]:
    """A non-negative whole number, None for anything else (absent, text, negative, boolean)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and value >= 0 else None


def score_or_none(value) -> Optional[float]:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and 0 <= number <= 100 else None


def text(value) -> str:
    return value.strip()[:MAX_TEXT] if isinstance(value, str) else ""


def texts(values, lower: bool = False) -> Tuple[str, ...]:
    """Distinct non-empty strings of a list (or of one string split on commas and semicolons)."""
    if isinstance(values, str):
        values = re.split(r"[;,]", values)
    if not isinstance(values, (list, tuple)):
        return ()
    kept, seen = [], set()
    for value in values:
        item = text(value.get("name") or value.get("title") or "" if isinstance(value, dict) else value)
        item = item.lower() if lower else item
        if item and item.lower() not in seen:
            seen.add(item.lower())
            kept.append(item)
        if len(kept) >= MAX_ITEMS:
            break
    return tuple(kept)


def web_url(value) -> str:
    value = text(value) if isinstance(value, str) else ""
    return value if value.lower().startswith(("http://", "https://")) else ""


TABULAR = ("csv", "text/csv")


def resource_to_check(candidates) -> str:
    """The resource a validation would read, of (url, format, declares a schema) triples in the portal's order:
    the first declaring a schema, else the first CSV; only http(s) addresses; "" when none fits."""
    kept = []
    for candidate in candidates or ():
        if not isinstance(candidate, (tuple, list)) or len(candidate) < 3:
            continue
        url = web_url(candidate[0])
        if url:
            kept.append((url, text(candidate[1]).lower(), bool(candidate[2])))
    return next((url for url, _fmt, declares in kept if declares),
                next((url for url, fmt, _declares in kept if fmt in TABULAR), ""))


def as_row(record: DatasetRecord) -> tuple:
    """The record's values in RECORD_COLUMNS order, lists as JSON arrays."""
    return tuple(json.dumps(list(getattr(record, name)), ensure_ascii=False) if name in _LISTS
                 else getattr(record, name) for name in RECORD_COLUMNS)


def from_row(values: Iterable) -> DatasetRecord:
    """A record from the values of RECORD_COLUMNS (as `as_row` wrote them)."""
    found = dict(zip(RECORD_COLUMNS, values))
    for name in _LISTS:
        try:
            items = json.loads(found.get(name) or "[]")
        except ValueError:
            items = []
        found[name] = tuple(str(item) for item in items) if isinstance(items, list) else ()
    for name in ("title", "url", "licence", "schema_name", "schema_version", "origin", "publisher",
                 "resource_url"):
        found[name] = found.get(name) or ""
    return DatasetRecord(**found)
