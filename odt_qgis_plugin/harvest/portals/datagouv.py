"""data.gouv.fr (udata API v1): an organisation's datasets, and those harvested from the actor's own portal."""
import re
from typing import Iterable
from urllib.parse import urlencode

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_json
from .portal_base import Count, NoIdentifier, Survey, Target, host_name, number

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
