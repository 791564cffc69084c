"""One counting function per platform kind: (transport, target) -> Count, or a typed error."""
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional
from urllib.parse import urlencode, urlsplit

from ...common.errors import PortalError
from ...common.i18n import tr
from ...network.gateway import BadJson, BadXml, HttpStatusError, UnexpectedAnswer, get_json, get_xml
from ..targets import NO_PLATFORM, Target


class Unsupported(PortalError):
    reason = "unsupported"


class NoPlatform(PortalError):
    reason = "no_platform"


class NoIdentifier(PortalError):
    reason = "no_identifier"


# Answers that mean "this API is not here", as opposed to "the host is down": worth a fallback.
ABSENT = (HttpStatusError, BadJson, BadXml, UnexpectedAnswer)


@dataclass
class Count:
    datasets: int
    federated: Optional[int] = None  # data.gouv.fr datasets harvested from the actor's own portal


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _settings(target: Target, kind: str) -> dict:
    return target.config.get("platforms", {}).get(kind, {})


def _number(value, url: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise UnexpectedAnswer(tr("No dataset count in the answer of {url}").format(url=url))
    return value


def _host(value: str) -> str:
    value = (value or "").strip().lower()
    host = urlsplit(value).hostname if "://" in value else value.split("/")[0]
    host = host or ""
    return host.removeprefix("www.")


def federated_origin(dataset: dict) -> Iterable[str]:
    """Hosts a data.gouv.fr dataset says it was harvested from (udata `harvest` object, or the
    older `extras["harvest:*"]` keys)."""
    harvest = dataset.get("harvest") if isinstance(dataset.get("harvest"), dict) else {}
    extras = dataset.get("extras") if isinstance(dataset.get("extras"), dict) else {}
    for value in (harvest.get("remote_url"), harvest.get("domain"), harvest.get("url"),
                  extras.get("harvest:remote_url"), extras.get("harvest:domain"), extras.get("remote_url")):
        if isinstance(value, str) and value:
            yield _host(value)


def count_datagouv(transport, target: Target) -> Count:
    if not target.url:
        raise NoIdentifier(tr("No data.gouv.fr organisation id for this actor"))
    conf = _settings(target, "datagouv")
    api = conf.get("api", "https://www.data.gouv.fr/api/1/").rstrip("/") + "/"
    hosts = {_host(h) for h in target.filter("federated_hosts")}
    if not hosts:
        url = api + "datasets/?" + urlencode({"organization": target.url, "page_size": 1})
        data = get_json(transport, url, {"X-Fields": "total"})
        return Count(_number(data.get("total") if isinstance(data, dict) else None, url))
    # The count of federated datasets needs the list itself: page through it, ids and harvest only.
    page_size, total, federated, page = int(conf.get("page_size", 100)), None, 0, 1
    while page <= int(conf.get("max_pages", 50)):
        url = api + "datasets/?" + urlencode({"organization": target.url, "page": page, "page_size": page_size})
        data = get_json(transport, url, {"X-Fields": "data{id,harvest,extras},total,next_page"})
        if not isinstance(data, dict) or not isinstance(data.get("data"), list):
            raise UnexpectedAnswer(tr("No dataset list in the answer of {url}").format(url=url))
        total = _number(data.get("total"), url)
        federated += sum(1 for d in data["data"] if isinstance(d, dict) and hosts & set(federated_origin(d)))
        if not data.get("next_page") or page * page_size >= total or not data["data"]:
            break
        page += 1
    return Count(total, federated)


def _ods_one(transport, site: str, conf: dict, publisher: Optional[str]) -> int:
    params = [("limit", "1")] + ([("refine", f"publisher:{publisher}")] if publisher else [])
    url = site + conf.get("catalog", "/api/explore/v2.1/catalog/datasets") + "?" + urlencode(params)
    try:
        data = get_json(transport, url)
        return _number(data.get("total_count") if isinstance(data, dict) else None, url)
    except ABSENT as first:
        if isinstance(first, HttpStatusError) and first.status == 429:
            raise
        params = [("rows", "0")] + ([("refine.publisher", publisher)] if publisher else [])
        url = site + conf.get("search_v1", "/api/datasets/1.0/search/") + "?" + urlencode(params)
        try:
            data = get_json(transport, url)
            return _number(data.get("nhits") if isinstance(data, dict) else None, url)
        except ABSENT:
            raise first from None


def count_opendatasoft(transport, target: Target) -> Count:
    conf, site = _settings(target, "opendatasoft"), _site(target.url)
    publishers = target.filter("publisher") or (None,)
    return Count(sum(_ods_one(transport, site, conf, p) for p in publishers))


def _ckan_base(url: str) -> str:
    path = urlsplit(url).path
    match = re.search(r"/(organization|dataset|group)(/|$)", path)
    prefix = path[:match.start()] if match else ""
    prefix = re.sub(r"/[a-z]{2}$", "", prefix)  # language segment, e.g. /fr/dataset
    return _site(url) + prefix


def count_ckan(transport, target: Target) -> Count:
    conf = _settings(target, "ckan")
    action = _ckan_base(target.url) + conf.get("action", "/api/3/action/")
    total = 0
    for name in target.filter("organization") or (None,):
        params = {"rows": 0, **({"fq": f"organization:{name}"} if name else {})}
        url = action + "package_search?" + urlencode(params)
        data = get_json(transport, url)
        if not isinstance(data, dict) or data.get("success") is not True or not isinstance(data.get("result"), dict):
            raise UnexpectedAnswer(tr("CKAN did not answer a search at {url}").format(url=url))
        total += _number(data["result"].get("count"), url)
    return Count(total)


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


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


def _publisher(entry) -> str:
    publisher = entry.get("publisher") or entry.get("dct:publisher") if isinstance(entry, dict) else None
    if isinstance(publisher, dict):
        publisher = publisher.get("name") or publisher.get("foaf:name")
    return publisher if isinstance(publisher, str) else ""


def _first_catalogue(transport, site: str, paths) -> list:
    first = None
    for path in paths:
        url = site + path
        try:
            return dcat_datasets(get_json(transport, url), url)
        except ABSENT as error:
            first = first or error
    raise first or Unsupported(tr("No catalogue path configured"))


def count_dkan(transport, target: Target) -> Count:
    conf, site = _settings(target, "dkan"), _site(target.url)
    slugs = target.filter("publisher_slug")
    try:
        entries = _first_catalogue(transport, site, [conf.get("data_json", "/data.json")])
    except ABSENT:
        if slugs:
            raise
        url = site + conf.get("package_list", "/api/3/action/package_list")
        data = get_json(transport, url)
        if not isinstance(data, dict) or not isinstance(data.get("result"), list):
            raise UnexpectedAnswer(tr("DKAN did not answer at {url}").format(url=url)) from None
        return Count(len(data["result"]))
    if slugs:
        wanted = _slug(slugs[0])
        entries = [e for e in entries if _slug(_publisher(e)) == wanted or _slug(_publisher(e)).endswith("-" + wanted)]
    return Count(len(entries))


def count_arcgis_hub(transport, target: Target) -> Count:
    conf = _settings(target, "arcgis_hub")
    entries = _first_catalogue(transport, _site(target.url), conf.get("feeds", ["/api/feed/dcat-us/1.1.json"]))
    publishers = {p.strip() for p in target.filter("publisher")}
    if publishers:
        entries = [e for e in entries if _publisher(e).strip() in publishers]
    return Count(len(entries))


def count_dcat(transport, target: Target) -> Count:
    conf = _settings(target, "dcat")
    try:
        return Count(len(_first_catalogue(transport, _site(target.url), conf.get("paths", ["/data.json"]))))
    except ABSENT:
        raise Unsupported(tr("Unsupported platform (no DCAT catalogue found at {site})").format(
            site=_site(target.url))) from None


def _csw_url(target: Target) -> str:
    conf = _settings(target, "geonetwork")
    parts = urlsplit(target.url)
    host = target.config.get("hosts", {}).get((parts.hostname or "").lower(), {})
    if host.get("csw"):
        return host["csw"]
    index = parts.path.find("/geonetwork")
    prefix = parts.path[:index] if index >= 0 else ""
    return _site(target.url) + prefix + conf.get("csw", "/geonetwork/srv/fre/csw")


def count_geonetwork(transport, target: Target) -> Count:
    params = {"service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "csw:Record",
              "resultType": "hits"}
    names = target.filter("organisation")
    if names:
        quoted = ["OrganisationName like '%" + n.replace("'", "''") + "%'" for n in names]
        params.update({"constraintLanguage": "CQL_TEXT", "constraint_language_version": "1.1.0",
                       "constraint": " OR ".join(quoted)})
    url = _csw_url(target) + "?" + urlencode(params)
    root = get_xml(transport, url)
    for element in root.iter():
        if element.tag.endswith("SearchResults"):
            value = element.get("numberOfRecordsMatched", "")
            if value.isdigit():
                return Count(int(value))
    raise UnexpectedAnswer(tr("No CSW record count in the answer of {url}").format(url=url))


def count_none(transport, target: Target) -> Count:
    raise NoPlatform(tr("No platform known for this actor"))


COUNTERS = {
    "datagouv": count_datagouv,
    "opendatasoft": count_opendatasoft,
    "ckan": count_ckan,
    "dkan": count_dkan,
    "arcgis_hub": count_arcgis_hub,
    "geonetwork": count_geonetwork,
    "dcat": count_dcat,
    NO_PLATFORM: count_none,
}


def count(transport, target: Target) -> Count:
    return COUNTERS[target.kind](transport, target)
