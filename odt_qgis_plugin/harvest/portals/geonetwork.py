"""GeoNetwork / Onegeo (CSW 2.0.2): dataset and series records of an organisation, services left out.

The organisation is read from `responsibleParty.organisationName` (or `organisationName`), in the query
or in the `#/search?...` fragment of single-page catalogues.
"""
from typing import Optional
from urllib.parse import quote, urlencode, urlsplit

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_xml
from ...publications.dataset_record import DatasetRecord, iso_date, text, texts, web_url
from .portal_base import Count, Filter, Gathered, Listing, Publisher, Survey, Target, distinct, site, url_parameters

KIND = "geonetwork"
TECHNOLOGIES = ("geonetwork", "onegeo suite")
ORDER = 35
SETTINGS = {"csw": "/geonetwork/srv/fre/csw", "org_params": ["responsibleParty.organisationName", "organisationName"],
            "types": ["dataset", "series"], "page_size": 50,
            "record_page": "/geonetwork/srv/fre/catalog.search#/metadata/"}


def recognises(parts) -> bool:
    return "/geonetwork" in parts.path or "responsibleParty.organisationName" in parts.query


def read_filter(url: str, settings: dict) -> Optional[Filter]:
    params = url_parameters(url)
    names = []
    for param in {**SETTINGS, **settings}.get("org_params", []):
        for value in params.get(param, []):
            names.extend(value.split(","))
    names = distinct(names)
    return Filter("organisation", names, "responsibleParty.organisationName") if names else None


def csw_url(url: str, config: dict, conf: dict) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    rules = config.get("hosts", {})
    rule = rules.get(host) or rules.get(host.removeprefix("www.")) or {}
    if rule.get("csw"):
        return rule["csw"]
    index = parts.path.find("/geonetwork")
    prefix = parts.path[:index] if index >= 0 else ""
    return site(url) + prefix + conf.get("csw", SETTINGS["csw"])


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def constraint(conf: dict, organisation: Optional[str] = None) -> str:
    """CQL: the record types the portal's own search shows as data (not services), and an organisation."""
    types = " OR ".join(f"type = {_quoted(kind)}" for kind in conf.get("types", SETTINGS["types"]))
    return f"(OrganisationName = {_quoted(organisation)}) AND ({types})" if organisation else f"({types})"


def _hits(transport, csw: str, cql: str) -> int:
    params = {"service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "csw:Record",
              "resultType": "hits", "constraintLanguage": "CQL_TEXT", "constraint_language_version": "1.1.0",
              "constraint": cql}
    url = csw + "?" + urlencode(params)
    root = get_xml(transport, url)
    for element in root.iter():
        if element.tag.endswith("SearchResults"):
            value = element.get("numberOfRecordsMatched", "")
            if value.isdigit():
                return int(value)
    raise UnexpectedAnswer(tr("No CSW record count in the answer of {url}").format(url=url))


def count(transport, target: Target) -> Count:
    conf = target.settings()
    csw = csw_url(target.url, target.config, conf)
    if target.filter is None:
        return Count(_hits(transport, csw, constraint(conf)))
    return Count(sum(_hits(transport, csw, constraint(conf, name)) for name in target.filter.values))


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    conf = target.settings()
    csw = csw_url(target.url, target.config, conf)
    total = _hits(transport, csw, constraint(conf))
    if not publishers:
        return Survey(total, facet="organisation", param="responsibleParty.organisationName")
    domain = csw + "?" + urlencode({"service": "CSW", "version": "2.0.2", "request": "GetDomain",
                                    "PropertyName": "OrganisationName"})
    values = []
    for element in get_xml(transport, domain).iter():
        if element.tag.endswith("}Value") or element.tag == "Value":
            name = (element.text or "").strip()
            if name:
                found = element.get("count", "")
                values.append(Publisher(name, name, int(found) if found.isdigit() else None))
    return Survey(total, tuple(values), "organisation", "responsibleParty.organisationName")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def dataset_record(element, page: str) -> Optional[DatasetRecord]:
    """A Dublin Core `csw:Record` as a record; None without a dc:identifier."""
    found = {}
    for child in element:
        found.setdefault(_local(child.tag), []).append((child.text or "").strip())
    dataset_id = text(next(iter(found.get("identifier", [])), ""))
    if not dataset_id:
        return None

    def first(name: str) -> str:
        return next((value for value in found.get(name, []) if value), "")

    return DatasetRecord(
        dataset_id=dataset_id,
        title=text(first("title")),
        url=web_url(page + quote(dataset_id, safe="")),
        keywords=texts(found.get("subject", [])),
        formats=texts(found.get("format", []), lower=True),
        licence=text(first("license") or first("rights")),
        created=iso_date(first("created") or first("issued")),
        modified=iso_date(first("modified") or first("date")),
        publisher=text(first("publisher") or first("creator")),
    )


def _records(transport, csw: str, cql: str, start: int, size: int):
    params = {"service": "CSW", "version": "2.0.2", "request": "GetRecords", "typeNames": "csw:Record",
              "resultType": "results", "elementSetName": "full", "startPosition": start, "maxRecords": size,
              "constraintLanguage": "CQL_TEXT", "constraint_language_version": "1.1.0", "constraint": cql}
    url = csw + "?" + urlencode(params)
    root = get_xml(transport, url)
    results = next((e for e in root.iter() if _local(e.tag) == "SearchResults"), None)
    if results is None:
        raise UnexpectedAnswer(tr("No CSW records in the answer of {url}").format(url=url))
    following = results.get("nextRecord", "0")
    return [e for e in results if _local(e.tag) in ("Record", "SummaryRecord", "BriefRecord")], (
        int(following) if following.isdigit() else 0)


def datasets(transport, target: Target, limit: int) -> Listing:
    """Dublin Core records (CSW GetRecords, `page_size` at a time), of the organisation(s) count() asks."""
    conf = target.settings()
    csw = csw_url(target.url, target.config, conf)
    page = site(target.url) + conf.get("record_page", SETTINGS["record_page"])
    names = target.filter.values if target.filter is not None else (None,)
    kept = Gathered(limit)
    for name in names:
        start = 1
        while start > 0:
            size = max(1, min(int(conf.get("page_size", 50)), kept.room))
            found, start = _records(transport, csw, constraint(conf, name), start, size)
            if not kept.add_all(dataset_record(element, page) for element in found):
                return kept.listing(complete=False)
            if not found:
                break
            if start > 0 and kept.room <= 0:
                return kept.listing(complete=False)
    return kept.listing()
