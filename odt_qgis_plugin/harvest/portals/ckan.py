"""CKAN (Action API): an organisation read from `/organization/<name>`, `organization=` or `fq=organization:(...)`."""
import json
import re
from typing import List, Optional
from urllib.parse import unquote, urlencode, urlsplit

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_json
from ...publications.dataset_record import DatasetRecord, iso_date, resource_to_check, text, texts, web_url
from .portal_base import (
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

KIND = "ckan"
TECHNOLOGIES = ("ckan",)
ORDER = 20
SETTINGS = {"action": "/api/3/action/"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PAGES = re.compile(r"/(organization|dataset|group)(/|$)")
PAGE = 100  # rows per package_search; portals clamp anything above their rows_max (1,000 by default)


def recognises(parts) -> bool:
    params = url_parameters(parts.geturl())
    return bool("/organization/" in parts.path or "organization" in params
                or any("organization:" in value for value in params.get("fq", []))
                or (parts.hostname or "").endswith(".data4citizen.com") or "/data4citizen" in parts.path)


def _fq_names(value: str) -> List[str]:
    """`organization:(a OR b)`, `organization:a` -> [a, b]."""
    match = re.search(r"organization:\(([^)]*)\)|organization:\"?([^\s\")]+)", value)
    if not match:
        return []
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return [name.strip('"') for name in re.split(r"\s+OR\s+|\s+", inner.strip()) if name.strip('"')]


def read_filter(url: str, settings: dict) -> Optional[Filter]:
    path = unquote(urlsplit(url).path)
    params = url_parameters(url)
    names: List[str] = []
    match = re.search(r"/organization/(?:about/)?([^/?#]+)", path)
    if match:
        names.append(match.group(1))
    names += params.get("organization", [])
    for value in params.get("fq", []):
        names += _fq_names(value)
    names = list(distinct(names))
    if names:
        facet = "owner_org" if all(_UUID.fullmatch(name) for name in names) else "organization"
        return Filter(facet, tuple(names), "organization")
    dataset = re.search(r"/dataset/([^/?#]+)/?$", path)
    if dataset:  # one dataset's page: the registry names that dataset, nothing more
        return Filter("name", (dataset.group(1),), "dataset")
    return None


def action_base(url: str, conf: dict) -> str:
    path = urlsplit(url).path
    match = _PAGES.search(path)
    prefix = path[:match.start()] if match else ""
    prefix = re.sub(r"/[a-z]{2}$", "", prefix)  # language segment, e.g. /fr/dataset
    return site(url) + prefix + conf.get("action", SETTINGS["action"])


def _search(transport, action: str, params: dict) -> dict:
    url = action + "package_search?" + urlencode(params)
    data = get_json(transport, url)
    if not isinstance(data, dict) or data.get("success") is not True or not isinstance(data.get("result"), dict):
        raise UnexpectedAnswer(tr("CKAN did not answer a search at {url}").format(url=url))
    data["result"]["_url"] = url
    return data["result"]


def count(transport, target: Target) -> Count:
    action = action_base(target.url, target.settings())
    chosen = target.filter
    if chosen is None:
        result = _search(transport, action, {"rows": 0})
        return Count(number(result.get("count"), result["_url"]))
    total = 0
    for value in chosen.values:
        result = _search(transport, action, {"rows": 0, "fq": f'{chosen.facet}:"{value}"'})
        total += number(result.get("count"), result["_url"])
    return Count(total)


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    action = action_base(target.url, target.settings())
    result = _search(transport, action, {"rows": 0, "facet.field": json.dumps(["organization"]), "facet.limit": -1})
    total = number(result.get("count"), result["_url"])
    items = ((result.get("search_facets") or {}).get("organization") or {}).get("items") or []
    found = tuple(Publisher(str(item["name"]), str(item.get("display_name") or item["name"]),
                            item.get("count") if isinstance(item.get("count"), int) else None)
                  for item in items if isinstance(item, dict) and item.get("name"))
    return Survey(total, found, "organization", "organization")


def _labels(items) -> list:
    """Titles (else names) of CKAN groups or tags, which people read rather than their slugs."""
    return [item.get("display_name") or item.get("title") or item.get("name") if isinstance(item, dict) else item
            for item in items] if isinstance(items, list) else []


def dataset_record(package: dict, page_base: str) -> Optional[DatasetRecord]:
    """A `package_search` row as a record; None without an id."""
    dataset_id = text(package.get("id")) or text(package.get("name"))
    if not dataset_id:
        return None
    resources = package.get("resources") if isinstance(package.get("resources"), list) else []
    organisation = package.get("organization") if isinstance(package.get("organization"), dict) else {}
    name = text(package.get("name"))
    return DatasetRecord(
        dataset_id=dataset_id,
        title=text(package.get("title")),
        url=web_url(page_base + "dataset/" + name) if name else "",
        themes=texts(_labels(package.get("groups"))),
        keywords=texts(_labels(package.get("tags"))),
        formats=texts([r.get("format") for r in resources if isinstance(r, dict)], lower=True),
        licence=text(package.get("license_id")) or text(package.get("license_title")),
        created=iso_date(package.get("metadata_created")),
        modified=iso_date(package.get("metadata_modified")),
        publisher=text(organisation.get("title")) or text(organisation.get("name")),
        # ckanext-validation and ckanext-scheming put a declared schema in the resource's `schema`.
        resource_url=resource_to_check([(r.get("url"), r.get("format"), r.get("schema"))
                                        for r in resources if isinstance(r, dict)]),
    )


def datasets(transport, target: Target, limit: int) -> Listing:
    """`package_search` rows, `PAGE` at a time (`start += rows`), filtered as count() filters."""
    action = action_base(target.url, target.settings())
    page_base = action.split("/api/", 1)[0] + "/"
    chosen = target.filter
    queries = [{}] if chosen is None else [{"fq": f'{chosen.facet}:"{value}"'} for value in chosen.values]
    kept, complete = Gathered(limit), True
    for query in queries:
        start = 0
        while True:
            rows = min(PAGE, max(kept.room, 1))
            result = _search(transport, action, {**query, "rows": rows, "start": start})
            found = result.get("results")
            if not isinstance(found, list):
                raise UnexpectedAnswer(tr("CKAN did not answer a search at {url}").format(url=result["_url"]))
            if not kept.add_all(dataset_record(package, page_base) if isinstance(package, dict) else None
                                for package in found):
                return kept.listing(complete=False)
            start += len(found)
            total = result.get("count") if isinstance(result.get("count"), int) else None
            if not found or (total is not None and start >= total):
                complete = complete and (total is None or start >= total)  # an empty page short of the count
                break
            if kept.room <= 0:
                return kept.listing(complete=False)
    return kept.listing(complete)
