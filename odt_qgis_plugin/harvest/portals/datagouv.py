"""data.gouv.fr (udata API v1): an organisation's datasets, and those harvested from the actor's own portal."""
import re
from typing import Iterable, Optional
from urllib.parse import urlencode

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_json
from ...publications.dataset_record import (
    DatasetRecord,
    count_or_none,
    iso_date,
    resource_to_check,
    score_or_none,
    text,
    texts,
    web_url,
)
from .portal_base import Count, Gathered, Listing, NoIdentifier, Survey, Target, host_name, number

KIND = "datagouv"
TECHNOLOGIES = ("datagouv",)
ORDER = 0
SETTINGS = {"api": "https://www.data.gouv.fr/api/1/", "page_size": 100, "max_pages": 50}
NATIONAL_HOST = "data.gouv.fr"
_ORGANISATION = re.compile(r"/organizations/([^/?#]+)")


def recognises(parts) -> bool:
    host = (parts.hostname or "").lower()
    return host == NATIONAL_HOST or host.endswith("." + NATIONAL_HOST)


def read_filter(url: str, settings: dict):
    return None  # the organisation is the actor's identity here, not a filter


def organisation_in_url(url: str) -> str:
    """The organisation id or slug of a data.gouv.fr organisation page, "" elsewhere."""
    match = _ORGANISATION.search(url or "")
    return match.group(1) if match else ""


def federated_origin(dataset: dict) -> Iterable[str]:
    """Hosts a data.gouv.fr dataset says it was harvested from (udata `harvest` object, or the
    older `extras["harvest:*"]` keys)."""
    harvest = dataset.get("harvest") if isinstance(dataset.get("harvest"), dict) else {}
    extras = dataset.get("extras") if isinstance(dataset.get("extras"), dict) else {}
    for value in (harvest.get("remote_url"), harvest.get("domain"), harvest.get("url"),
                  extras.get("harvest:remote_url"), extras.get("harvest:domain"), extras.get("remote_url")):
        if isinstance(value, str) and value:
            yield host_name(value)


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    return Survey(None)  # organisations never share one: nothing to attribute


def _api(settings: dict) -> str:
    return settings.get("api", SETTINGS["api"]).rstrip("/") + "/"


def _organisation_id(transport, api: str, organisation: str) -> str:
    if re.fullmatch(r"[0-9a-f]{24}", organisation):
        return organisation
    # A slug from an organisation page: /datasets/ only takes the id.
    url = api + "organizations/" + organisation + "/"
    data = get_json(transport, url)
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise UnexpectedAnswer(tr("No organisation id in the answer of {url}").format(url=url))
    return data["id"]


def count(transport, target: Target) -> Count:
    if not target.url:
        raise NoIdentifier(tr("No data.gouv.fr organisation id for this actor"))
    conf = target.settings()
    api = _api(conf)
    organisation = _organisation_id(transport, api, target.url)
    hosts = {host_name(h) for h in target.federated_hosts}
    if not hosts:
        url = api + "datasets/?" + urlencode({"organization": organisation, "page_size": 1})
        data = get_json(transport, url, {"X-Fields": "total"})
        return Count(number(data.get("total") if isinstance(data, dict) else None, url))
    # The count of federated datasets needs the list itself: page through it, ids and harvest only.
    page_size, total, federated, page = int(conf.get("page_size", 100)), None, 0, 1
    while page <= int(conf.get("max_pages", 50)):
        url = api + "datasets/?" + urlencode({"organization": organisation, "page": page, "page_size": page_size})
        data = get_json(transport, url, {"X-Fields": "data{id,harvest,extras},total,next_page"})
        if not isinstance(data, dict) or not isinstance(data.get("data"), list):
            raise UnexpectedAnswer(tr("No dataset list in the answer of {url}").format(url=url))
        total = number(data.get("total"), url)
        federated += sum(1 for d in data["data"] if isinstance(d, dict) and hosts & set(federated_origin(d)))
        if not data.get("next_page") or page * page_size >= total or not data["data"]:
            break
        page += 1
    return Count(total, federated)


# What a listing reads of each dataset (flask-restx mask): the rest of the object never travels.
LISTING_FIELDS = ("data{id,title,slug,page,tags,license,created_at,last_modified,last_update,"
                  "resources{format,schema,url},schema,metrics,quality,harvest,extras,organization{name}},"
                  "total,next_page")


def _schema(dataset: dict):
    """(name, version) the dataset or the first of its resources declares, ("", "") when none does."""
    resources = dataset.get("resources") if isinstance(dataset.get("resources"), list) else []
    for item in [dataset.get("schema")] + [r.get("schema") for r in resources if isinstance(r, dict)]:
        if isinstance(item, dict) and text(item.get("name")):
            version = item.get("version")
            return text(item["name"]), text(version) if isinstance(version, str) else ""
    return "", ""


def _declared(schema) -> bool:
    return isinstance(schema, dict) and bool(text(schema.get("name")))


def dataset_record(dataset: dict) -> Optional[DatasetRecord]:
    dataset_id = text(dataset.get("id"))
    if not dataset_id:
        return None
    resources = dataset.get("resources") if isinstance(dataset.get("resources"), list) else []
    metrics = dataset.get("metrics") if isinstance(dataset.get("metrics"), dict) else {}
    quality = dataset.get("quality") if isinstance(dataset.get("quality"), dict) else {}
    organisation = dataset.get("organization") if isinstance(dataset.get("organization"), dict) else {}
    name, version = _schema(dataset)
    downloads = metrics.get("resources_downloads", metrics.get("downloads"))
    return DatasetRecord(
        dataset_id=dataset_id,
        title=text(dataset.get("title")),
        url=web_url(dataset.get("page")),
        keywords=texts(dataset.get("tags")),
        formats=texts([r.get("format") for r in resources if isinstance(r, dict)], lower=True),
        licence=text(dataset.get("license")),
        created=iso_date(dataset.get("created_at")),
        modified=iso_date(dataset.get("last_update") or dataset.get("last_modified")),
        schema_name=name,
        schema_version=version,
        downloads=count_or_none(downloads),
        views=count_or_none(metrics.get("views")),
        quality=score_or_none(quality.get("score")),
        origin=next(iter(federated_origin(dataset)), ""),
        publisher=text(organisation.get("name")),
        resource_url=resource_to_check([(r.get("url"), r.get("format"), _declared(r.get("schema")))
                                        for r in resources if isinstance(r, dict)]),
    )


def datasets(transport, target: Target, limit: int) -> Listing:
    """The organisation's datasets, page after page of `page_size`, up to `limit` of them."""
    if not target.url:
        raise NoIdentifier(tr("No data.gouv.fr organisation id for this actor"))
    conf = target.settings()
    api = _api(conf)
    organisation = _organisation_id(transport, api, target.url)
    page_size = max(1, min(int(conf.get("page_size", 100)), limit))
    kept, page = Gathered(limit), 1
    while True:
        url = api + "datasets/?" + urlencode({"organization": organisation, "page": page, "page_size": page_size})
        data = get_json(transport, url, {"X-Fields": LISTING_FIELDS})
        if not isinstance(data, dict) or not isinstance(data.get("data"), list):
            raise UnexpectedAnswer(tr("No dataset list in the answer of {url}").format(url=url))
        if not kept.add_all(dataset_record(item) if isinstance(item, dict) else None for item in data["data"]):
            return kept.listing(complete=False)
        total = data.get("total") if isinstance(data.get("total"), int) else None
        if not data["data"]:  # an empty page before the total leaves datasets unlisted
            return kept.listing(total is None or (page - 1) * page_size >= total)
        if not data.get("next_page") or (total is not None and page * page_size >= total):
            return kept.listing()
        if kept.room <= 0:
            return kept.listing(complete=False)
        page += 1
