"""DCAT catalogues (DCAT-US `data.json`, DCAT-AP JSON-LD): the fallback for platforms no other adapter knows.

The whole catalogue comes in one answer, so its publisher counts are exact: on a shared host one
download serves every actor.
"""
from collections import Counter
from typing import Iterable, Optional

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_json
from ..publisher_names import normalise
from .portal_base import ABSENT, Count, Filter, Publisher, Survey, Target, Unsupported, site, url_parameters

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
    return Survey(len(entries), publishers, "publisher", param, complete=True)


def count_in(survey: Survey, chosen: Optional[Filter], matches=None) -> int:
    """Datasets of a catalogue survey: all of them, or those whose publisher the filter names
    (`matches(publisher, value)`, by default the same name once normalised)."""
    if chosen is None:
        return survey.total or 0
    matches = matches or (lambda publisher, value: normalise(publisher) == normalise(value))
    return sum(p.count or 0 for p in survey.publishers or () if any(matches(p.value, v) for v in chosen.values))


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    try:
        return catalogue_survey(first_catalogue(transport, site(target.url), target.settings()["paths"]))
    except ABSENT:
        raise Unsupported(tr("Unsupported platform (no DCAT catalogue found at {site})").format(
            site=site(target.url))) from None


def count(transport, target: Target) -> Count:
    found = target.survey or survey(transport, target)
    return Count(count_in(found, target.filter))
