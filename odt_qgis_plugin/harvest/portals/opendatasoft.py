"""Opendatasoft (Explore API v2.1, Search API v1 as fallback): any facet refinement read from the URL."""
import re
from typing import Dict, List, Optional, Tuple
from urllib.parse import quote, urlencode

from ...common.i18n import tr
from ...network.gateway import HttpStatusError, UnexpectedAnswer, get_json
from ...publications.dataset_record import DatasetRecord, count_or_none, iso_date, text, texts, web_url
from .portal_base import (
    ABSENT,
    Count,
    Filter,
    Gathered,
    Listing,
    Publisher,
    Survey,
    Target,
    distinct,
    number,
    site,
    url_parameters,
)

KIND = "opendatasoft"
TECHNOLOGIES = ("opendatasoft",)
ORDER = 10
SETTINGS = {
    "catalog": "/api/explore/v2.1/catalog/datasets",
    "facets": "/api/explore/v2.1/catalog/facets",
    "search_v1": "/api/datasets/1.0/search/",
    "lookup_facet": "publisher",
}
_HOST = re.compile(r"\.opendatasoft\.com$")
PRIMARY = "publisher"
PAGE = 100  # the largest `limit` Explore v2.1 accepts without group_by
WINDOW = 10_000  # offset + limit must stay within this: beyond, only the exports list a catalogue


def recognises(parts) -> bool:
    query = parts.query
    return bool(_HOST.search(parts.hostname or "") or "/explore" in parts.path or "/api/explore/" in parts.path
                or re.search(r"(^|&)refine(\.|=)", query))


def refinements(url: str) -> Dict[str, Tuple[str, ...]]:
    """{facet: values} of `refine.<facet>=value` (v1, portal pages) and `refine=facet:value` (v2.1)."""
    found: Dict[str, List[str]] = {}
    for key, values in url_parameters(url).items():
        if key.startswith("refine.") and len(key) > len("refine."):
            found.setdefault(key[len("refine."):], []).extend(values)
        elif key == "refine":
            for value in values:
                facet, sep, rest = value.partition(":")
                if sep and facet:
                    found.setdefault(facet, []).append(rest.strip('"'))
    return {facet: distinct(values) for facet, values in found.items() if distinct(values)}


def read_filter(url: str, settings: dict) -> Optional[Filter]:
    found = refinements(url)
    if not found:
        return None
    # `publisher` says whose datasets these are; any other facet (contributeurs-territoriaux, gestionnaire...)
    # does when it is the only one; the rest narrow it down.
    facet = PRIMARY if PRIMARY in found else next(iter(found))
    also = tuple((other, value) for other, values in found.items() if other != facet for value in values)
    return Filter(facet, found[facet], f"refine.{facet}", also)


def _count(transport, base: str, conf: dict, refine: List[Tuple[str, str]], exclude: List[Tuple[str, str]]) -> int:
    params = [("limit", "1")] + [("refine", f"{f}:{v}") for f, v in refine] + [("exclude", f"{f}:{v}")
                                                                               for f, v in exclude]
    url = base + conf.get("catalog", SETTINGS["catalog"]) + "?" + urlencode(params)
    try:
        data = get_json(transport, url)
        return number(data.get("total_count") if isinstance(data, dict) else None, url)
    except ABSENT as first:
        if isinstance(first, HttpStatusError) and first.status == 429:
            raise
        params = [("rows", "0")] + [(f"refine.{f}", v) for f, v in refine] + [(f"exclude.{f}", v) for f, v in exclude]
        url = base + conf.get("search_v1", SETTINGS["search_v1"]) + "?" + urlencode(params)
        try:
            data = get_json(transport, url)
            return number(data.get("nhits") if isinstance(data, dict) else None, url)
        except ABSENT:
            raise first from None


def count(transport, target: Target) -> Count:
    conf, base, chosen = target.settings(), site(target.url), target.filter
    if chosen is None:
        return Count(_count(transport, base, conf, [], []))
    # One request per value: values of one facet name different publishers, so their datasets add up.
    return Count(sum(_count(transport, base, conf, [(chosen.facet, value), *chosen.also], list(chosen.excludes))
                     for value in chosen.values))


def _facet_values(data, facet: str) -> Optional[List[Publisher]]:
    groups = []
    if isinstance(data, dict):
        groups = data.get("facets") or data.get("facet_groups") or []
    for group in groups if isinstance(groups, list) else []:
        if isinstance(group, dict) and group.get("name") == facet and isinstance(group.get("facets"), list):
            return [Publisher(str(item.get("value", item.get("name"))), str(item.get("name")),
                              item.get("count") if isinstance(item.get("count"), int) else None)
                    for item in group["facets"] if isinstance(item, dict) and item.get("name") is not None]
    return None


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    conf, base = target.settings(), site(target.url)
    facet = conf.get("lookup_facet", PRIMARY)
    total = _count(transport, base, conf, [], [])
    if not publishers:
        return Survey(total, facet=facet, param=f"refine.{facet}")
    url = base + conf["facets"] + "?" + urlencode({"facet": facet})
    try:
        values = _facet_values(get_json(transport, url), facet)
    except ABSENT:
        url = base + conf["search_v1"] + "?" + urlencode({"rows": 0, "facet": facet})
        values = _facet_values(get_json(transport, url), facet)
    return Survey(total, tuple(values or ()), facet, f"refine.{facet}")


def _usage(metas: dict, name: str):
    """A usage meta, nested (`metas.explore.download_count`) or flat (`metas.default["explore.download_count"]`)."""
    explore = metas.get("explore") if isinstance(metas.get("explore"), dict) else {}
    default = metas.get("default") if isinstance(metas.get("default"), dict) else {}
    return count_or_none(explore.get(name, default.get("explore." + name)))


def dataset_record(item: dict, base: str) -> Optional[DatasetRecord]:
    """An Explore v2.1 catalogue entry as a record; None without a dataset_id."""
    dataset_id = text(item.get("dataset_id"))
    if not dataset_id:
        return None
    metas = item.get("metas") if isinstance(item.get("metas"), dict) else {}
    default = metas.get("default") if isinstance(metas.get("default"), dict) else {}
    dcat = metas.get("dcat") if isinstance(metas.get("dcat"), dict) else {}
    fields = item.get("fields") if isinstance(item.get("fields"), list) else []
    features = item.get("features") if isinstance(item.get("features"), list) else []
    # A dataset with records is served by the platform's own exports; one without is attachments only.
    formats = ("csv", "json", "geojson") if "geo" in features else ("csv", "json")
    return DatasetRecord(
        dataset_id=dataset_id,
        title=text(default.get("title")),
        url=f"{base}/explore/dataset/{quote(dataset_id, safe='')}/",
        themes=texts(default.get("theme")),
        keywords=texts(default.get("keyword")),
        formats=formats if item.get("has_records") is True else (),
        licence=text(default.get("license")),
        created=iso_date(dcat.get("created") or dcat.get("issued")),
        modified=iso_date(default.get("modified")),
        fields=texts([f.get("name") for f in fields if isinstance(f, dict)]),
        downloads=_usage(metas, "download_count"),
        api_calls=_usage(metas, "api_call_count"),
        publisher=text(default.get("publisher")),
        # The platform's own CSV export of the records: what the validation service would read.
        resource_url=web_url(f"{base}/api/explore/v2.1/catalog/datasets/{quote(dataset_id, safe='')}/exports/csv")
        if item.get("has_records") is True else "",
    )


def _pages(transport, base: str, conf: dict, refine, exclude, kept: Gathered) -> bool:
    """Keep the records of one refinement (within the listing's limit); False when some were left."""
    offset = 0
    while True:
        size = min(PAGE, max(kept.room, 1))
        if offset + size > WINDOW:
            return False
        params = [("limit", str(size)), ("offset", str(offset))] + [("refine", f"{f}:{v}") for f, v in refine] + [
            ("exclude", f"{f}:{v}") for f, v in exclude]
        url = base + conf.get("catalog", SETTINGS["catalog"]) + "?" + urlencode(params)
        data = get_json(transport, url)
        results = data.get("results") if isinstance(data, dict) else None
        if not isinstance(results, list):
            raise UnexpectedAnswer(tr("No dataset list in the answer of {url}").format(url=url))
        if not kept.add_all(dataset_record(item, base) if isinstance(item, dict) else None for item in results):
            return False
        total = data.get("total_count") if isinstance(data.get("total_count"), int) else None
        offset += len(results)
        if not results or len(results) < size or (total is not None and offset >= total):
            return total is None or offset >= total  # a page cut short of the total leaves datasets unlisted
        if kept.room <= 0:
            return False


def datasets(transport, target: Target, limit: int) -> Listing:
    """The catalogue's records (Explore v2.1), refined as count() refines them."""
    conf, base, chosen = target.settings(), site(target.url), target.filter
    kept = Gathered(limit)
    if chosen is None:
        return kept.listing(_pages(transport, base, conf, [], [], kept))
    complete = True
    for value in chosen.values:
        complete = _pages(transport, base, conf, [(chosen.facet, value), *chosen.also], list(chosen.excludes),
                          kept) and complete
        if not complete:
            break
    return kept.listing(complete)
