"""ArcGIS Hub sites: the DCAT-US feed, filtered by the publisher a `source=` parameter names."""
import re
from typing import Optional

from .dcat import catalogue_survey, count_in, feed_listing, first_catalogue
from .portal_base import Count, Filter, Listing, Survey, Target, site, url_parameters

KIND = "arcgis_hub"
TECHNOLOGIES = ("arcgis",)
ORDER = 40
WHOLE_CATALOGUE = True  # one download holds every dataset and its publisher
SETTINGS = {"feeds": ["/api/feed/dcat-us/1.1.json", "/data.json"]}
_HOST = re.compile(r"\.(opendata|hub)\.arcgis\.com$")


def recognises(parts) -> bool:
    return bool(_HOST.search(parts.hostname or ""))


def read_filter(url: str, settings: dict) -> Optional[Filter]:
    values = url_parameters(url).get("source", [])
    return Filter("publisher", tuple(values), "source") if values else None


def survey(transport, target: Target, publishers: bool = False) -> Survey:
    return catalogue_survey(first_catalogue(transport, site(target.url), target.settings()["feeds"]), "source")


def count(transport, target: Target) -> Count:
    found = target.survey or survey(transport, target)
    return Count(count_in(found, target.filter))


def datasets(transport, target: Target, limit: int) -> Listing:
    return feed_listing(target, lambda: survey(transport, target), limit)
