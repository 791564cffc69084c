"""DKAN: the `/data.json` catalogue (DKAN 2 and 7), a publisher read from a path such as `/datasets/commune/<slug>`."""
from typing import Optional
from urllib.parse import unquote, urlsplit

from ...common.i18n import tr
from ...network.gateway import UnexpectedAnswer, get_json
from ..publisher_names import forms, normalise
from .dcat import catalogue_survey, count_in, feed_listing, first_catalogue
from .portal_base import ABSENT, Count, Filter, Listing, Survey, Target, site

KIND = "dkan"
TECHNOLOGIES = ("dkan",)
ORDER = 30
WHOLE_CATALOGUE = True  # one download holds every dataset and its publisher
SETTINGS = {"data_json": "/data.json", "package_list": "/api/3/action/package_list",
            "publisher_paths": ["/datasets/commune/"]}


def recognises(parts) -> bool:
    return "/search/type/dataset" in parts.path or "/search/og_group_ref/" in parts.path


def read_filter(url: str, settings: dict) -> Optional[Filter]:
    path = unquote(urlsplit(url).path)
    for prefix in {**SETTINGS, **settings}.get("publisher_paths", []):
        if path.startswith(prefix) and path[len(prefix):].strip("/"):
            return Filter("publisher_slug", (path[len(prefix):].strip("/").split("/")[0],), "publisher")
    return None


def slug_names(publisher: str, slug: str) -> bool:
    """A path slug names a publisher: "baillargues" names "Ville de Baillargues" (DKAN fills the DCAT
    publisher with the dataset's group, which may or may not carry "Ville de")."""
    words = normalise(slug.replace("-", " "))
    return normalise(publisher) in forms(words, "commune") | forms(words, "epci")


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    return catalogue_survey(first_catalogue(transport, site(target.url), [target.settings()["data_json"]]))


def count(transport, target: Target) -> Count:
    conf = target.settings()
    chosen = target.filter
    try:
        found = target.survey or survey(transport, target)
    except ABSENT:
        if chosen is not None:
            raise
        url = site(target.url) + conf.get("package_list", SETTINGS["package_list"])
        data = get_json(transport, url)
        if not isinstance(data, dict) or not isinstance(data.get("result"), list):
            raise UnexpectedAnswer(tr("DKAN did not answer at {url}").format(url=url)) from None
        return Count(len(data["result"]))
    if chosen is not None and chosen.facet == "publisher_slug":
        return Count(count_in(found, chosen, slug_names))
    return Count(count_in(found, chosen))


def datasets(transport, target: Target, limit: int) -> Listing:
    """The `/data.json` entries of the actor (its publisher slug, else all); no listing without that feed."""
    chosen = target.filter
    matches = slug_names if chosen is not None and chosen.facet == "publisher_slug" else None
    return feed_listing(target, lambda: survey(transport, target), limit, matches)
