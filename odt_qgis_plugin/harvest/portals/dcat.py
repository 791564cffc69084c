"""DCAT catalogues (DCAT-US `data.json`, DCAT-AP JSON-LD): the fallback for platforms no other adapter knows.

The whole catalogue comes in one answer, so its publisher counts are exact: on a shared host one
download serves every actor.
"""
from collections import Counter
from typing import Iterable, Optional

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_json
from ...publications.dataset_record import DatasetRecord, iso_date, resource_to_check, text, texts, web_url
from ..publisher_names import normalise
from .portal_base import (
    ABSENT,
    Count,
    Filter,
    Gathered,
    Listing,
    Publisher,
    Survey,
    Target,
    Unsupported,
    site,
    url_parameters,
)

KIND = "dcat"
TECHNOLOGIES = ()
ORDER = 90
WHOLE_CATALOGUE = True  # one download holds every dataset and its publisher
SETTINGS = {"paths": ["/data.json", "/api/feed/dcat-us/1.1.json", "/catalog.jsonld"]}


def recognises(parts) -> bool:
    return parts.path.endswith(("/data.json", "/catalog.jsonld"))


def read_filter(url: str, settings: dict) -> Optional[Filter]:
    values = url_parameters(url).get("publisher", [])
    return Filter("publisher", tuple(values), "publisher") if values else None


def dcat_datasets(data, url: str) -> list:
    """The dataset entries of a DCAT-US (`dataset`) or DCAT-AP JSON-LD (`dcat:dataset`) catalogue."""
    if isinstance(data, dict):
        for key in ("dataset", "dcat:dataset"):
            if isinstance(data.get(key), list):
                return data[key]
        graph = data.get("@graph")
        if isinstance(graph, list):
            return [n for n in graph if isinstance(n, dict) and n.get("@type") in ("dcat:Dataset", "Dataset")]
    raise UnexpectedAnswer(tr("No DCAT catalogue at {url}").format(url=url))


def publisher_name(entry) -> str:
    publisher = (entry.get("publisher") or entry.get("dct:publisher")) if isinstance(entry, dict) else None
    if isinstance(publisher, dict):
        publisher = publisher.get("name") or publisher.get("foaf:name")
    return publisher.strip() if isinstance(publisher, str) else ""


def first_catalogue(transport, base: str, paths: Iterable[str]) -> list:
    first = None
    for path in paths:
        url = base + path
        try:
            return dcat_datasets(get_json(transport, url), url)
        except ABSENT as error:
            first = first or error
    raise first or Unsupported(tr("No catalogue path configured"))


def catalogue_survey(entries: list, param: str = "publisher") -> Survey:
    counts = Counter(publisher_name(entry) for entry in entries)
    publishers = tuple(Publisher(name, name, n) for name, n in sorted(counts.items()) if name)
    return Survey(len(entries), publishers, "publisher", param, complete=True, entries=entries)


def count_in(survey: Survey, chosen: Optional[Filter], matches=None) -> int:
    """Datasets of a catalogue survey: all of them, or those whose publisher the filter names
    (`matches(publisher, value)`, by default the same name once normalised)."""
    if chosen is None:
        return survey.total or 0
    matches = matches or (lambda publisher, value: normalise(publisher) == normalise(value))
    return sum(p.count or 0 for p in survey.publishers or () if any(matches(p.value, v) for v in chosen.values))


def _matches(publisher: str, value: str) -> bool:
    return normalise(publisher) == normalise(value)


def entries_of(chosen: Optional[Filter], entries: list, matches=None) -> list:
    """The entries of a catalogue the filter selects, as count_in counts them."""
    if chosen is None:
        return [entry for entry in entries if isinstance(entry, dict)]
    matches = matches or _matches
    return [entry for entry in entries if isinstance(entry, dict)
            and any(matches(publisher_name(entry), value) for value in chosen.values)]


# Media types as DCAT distributions give them, for feeds that name no format.
_MEDIA_TYPES = {"text/csv": "csv", "application/json": "json", "application/geo+json": "geojson",
                "application/vnd.geo+json": "geojson", "application/pdf": "pdf", "application/zip": "zip",
                "application/xml": "xml", "text/xml": "xml", "application/vnd.ms-excel": "xls",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
                "application/vnd.oasis.opendocument.spreadsheet": "ods", "application/ld+json": "json-ld",
                "application/vnd.google-earth.kml+xml": "kml", "text/html": "html", "application/x-shapefile": "shp"}


def _plain(value):
    """A JSON-LD value as text: {"@value": x}, {"@id": x}, a one-item list, or the value itself."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("@id") or value.get("name") or value.get("foaf:name")
    return value if isinstance(value, str) else ""


def _values(value) -> list:
    items = value if isinstance(value, list) else [value]
    return [_plain(item) if isinstance(item, dict) else item for item in items if item is not None]


def _get(entry: dict, *keys):
    for key in keys:
        if entry.get(key) not in (None, "", []):
            return entry[key]
    return None


def _distributions(entry: dict) -> list:
    """(download address, format, declares a schema) of each distribution, in the feed's order."""
    found = []
    distributions = _get(entry, "distribution", "dcat:distribution")
    for item in distributions if isinstance(distributions, list) else [distributions]:
        if not isinstance(item, dict):
            continue
        name = _plain(_get(item, "format", "dct:format", "dcterms:format"))
        if not name:
            media = _plain(_get(item, "mediaType", "dcat:mediaType")).lower().split(";")[0].strip()
            name = _MEDIA_TYPES.get(media, media.rsplit("/", 1)[-1] if media else "")
        url = _plain(_get(item, "downloadURL", "dcat:downloadURL")) or _plain(_get(item, "accessURL", "dcat:accessURL"))
        found.append((url, name.rsplit("/", 1)[-1] if name.startswith("http") else name,
                      bool(_plain(_get(item, "conformsTo", "dct:conformsTo", "dcterms:conformsTo")))))
    return found


def dcat_record(entry: dict) -> Optional[DatasetRecord]:
    """A DCAT-US or DCAT-AP (JSON-LD) dataset entry as a record; None without an identifier."""
    dataset_id = text(_plain(_get(entry, "identifier", "dct:identifier", "@id")))
    if not dataset_id:
        return None
    page = _plain(_get(entry, "landingPage", "dcat:landingPage"))
    distributions = _distributions(entry)
    return DatasetRecord(
        dataset_id=dataset_id,
        title=text(_plain(_get(entry, "title", "dct:title"))),
        url=web_url(page) or web_url(dataset_id),
        themes=texts(_values(_get(entry, "theme", "dcat:theme"))),
        keywords=texts(_values(_get(entry, "keyword", "dcat:keyword"))),
        formats=texts([name for _url, name, _schema in distributions], lower=True),
        licence=text(_plain(_get(entry, "license", "dct:license", "dcterms:license"))),
        created=iso_date(_plain(_get(entry, "issued", "dct:issued"))),
        modified=iso_date(_plain(_get(entry, "modified", "dct:modified"))),
        publisher=publisher_name(entry),
        resource_url=resource_to_check(distributions),
    )


def feed_listing(target: Target, read_survey, limit: int, matches=None) -> Listing:
    """The records of a whole-catalogue feed the target's filter selects: from the survey the engine
    attached (no second download), else from `read_survey()`."""
    found = target.survey if target.survey is not None and target.survey.entries is not None else read_survey()
    return listing_of(entries_of(target.filter, found.entries or [], matches), limit)


def listing_of(entries: list, limit: int) -> Listing:
    kept = Gathered(limit)  # feeds may repeat an entry: one row per dataset
    return kept.listing(kept.add_all(dcat_record(entry) for entry in entries))


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    try:
        return catalogue_survey(first_catalogue(transport, site(target.url), target.settings()["paths"]))
    except ABSENT:
        raise Unsupported(tr("Unsupported platform (no DCAT catalogue found at {site})").format(
            site=site(target.url))) from None


def count(transport, target: Target) -> Count:
    found = target.survey or survey(transport, target)
    return Count(count_in(found, target.filter))


def datasets(transport, target: Target, limit: int) -> Listing:
    return feed_listing(target, lambda: survey(transport, target), limit)
