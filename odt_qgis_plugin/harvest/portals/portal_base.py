"""What every portal adapter shares: the filter read from a URL, the portal survey, counts and typed failures.

An adapter is one module of this package defining:
- KIND (the platform kind stored with each result), TECHNOLOGIES (registry words, lower case),
  SETTINGS (default paths; resources/endpoints.json `platforms.<KIND>` overrides them), ORDER
  (its place when URLs are recognised, lower first);
- recognises(parts) -> bool: whether a URL (urllib SplitResult) belongs to this kind;
- read_filter(url, settings) -> Filter or None: the actor's own slice of the portal, from its URL;
- survey(transport, site, settings, publishers) -> Survey: the portal's dataset total and, when asked,
  its publisher values (to look an actor up by name);
- count(transport, target) -> Count: the datasets of the target (its filter, else the whole portal);
- datasets(transport, target, limit) -> Listing: the same datasets, described (at most `limit` of them).
"""
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

from ...common.errors import PortalError
from ...common.i18n import tr
from ...network.gateway import BadJson, BadXml, HttpStatusError, UnexpectedAnswer

# Answers that mean "this API is not here", as opposed to "the host is down": worth a fallback.
ABSENT = (HttpStatusError, BadJson, BadXml, UnexpectedAnswer)


class Unsupported(PortalError):
    reason = "unsupported"


class NoPlatform(PortalError):
    reason = "no_platform"


class NoIdentifier(PortalError):
    reason = "no_identifier"


@dataclass(frozen=True)
class Filter:
    """The datasets of one actor on a shared portal: `facet` in `values` (any of them), and every `also`
    refinement, minus the `excludes` (datasets another actor of the host is credited with)."""

    facet: str
    values: Tuple[str, ...]
    param: str  # how the portal's URLs name the facet, for the report: "refine.publisher", "organization"
    also: Tuple[Tuple[str, str], ...] = ()
    excludes: Tuple[Tuple[str, str], ...] = ()
    by_name: bool = False  # found by looking the actor's name up among the portal's publishers

    def label(self) -> str:
        parts = [f"{self.param}={value}" for value in self.values]
        parts += [f"{self.param.rsplit('.', 1)[0]}.{facet}={value}" if "." in self.param else f"{facet}={value}"
                  for facet, value in self.also]
        return "&".join(parts)


@dataclass(frozen=True)
class Publisher:
    value: str  # what a filter holds (a facet value, a CKAN organisation name)
    label: str  # the name people read (same as value, or a CKAN organisation title)
    count: Optional[int] = None


@dataclass(frozen=True)
class Survey:
    """One look at a whole portal: its dataset total and, when asked, who publishes there."""

    total: Optional[int]
    publishers: Optional[Tuple[Publisher, ...]] = None
    facet: str = "publisher"
    param: str = "publisher"
    complete: bool = False  # publisher counts are exact and complete: counts need no further request
    # The catalogue's own entries when one download holds them all (DCAT feeds): listings read them again.
    entries: Optional[list] = field(default=None, compare=False, repr=False)

    def count_of(self, values) -> Optional[int]:
        if not self.complete or self.publishers is None:
            return None
        wanted = set(values)
        return sum(p.count or 0 for p in self.publishers if p.value in wanted)


@dataclass
class Count:
    datasets: int
    federated: Optional[int] = None  # data.gouv.fr datasets harvested from the actor's own portal


@dataclass(frozen=True)
class Target:
    """One platform to ask for one actor."""

    kind: str
    url: str = ""
    filter: Optional[Filter] = None
    federated_hosts: Tuple[str, ...] = ()  # data.gouv.fr: hosts of the actor's own portals
    config: Dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    survey: Optional[Survey] = field(default=None, compare=False, hash=False, repr=False)

    @property
    def host(self) -> str:
        return portal_host(self.url)

    def settings(self) -> dict:
        return settings_of(self.config, self.kind)


def settings_of(config: dict, kind: str) -> dict:
    from . import adapter

    defaults = dict(getattr(adapter(kind), "SETTINGS", {})) if kind in _kinds() else {}
    defaults.update(config.get("platforms", {}).get(kind, {}) or {})
    return defaults


def _kinds():
    from . import KINDS

    return KINDS


def host_name(url: str) -> str:
    """A URL's (or a bare domain's) host name, lower case, without "www." nor port."""
    value = (url or "").strip().lower()
    host = urlsplit(value).hostname if "://" in value else value.split("/")[0].split(":")[0]
    return (host or "").removeprefix("www.")


def portal_host(url: str) -> str:
    """The unit of a shared portal: the host name without "www.", with its port when it has one."""
    value = (url or "").strip().lower()
    if "://" not in value:
        return host_name(value)
    try:
        port = urlsplit(value).port
    except ValueError:
        port = None
    return host_name(value) + (f":{port}" if port else "")


def site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def number(value, url: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise UnexpectedAnswer(tr("No dataset count in the answer of {url}").format(url=url))
    return value


def url_parameters(url: str) -> Dict[str, list]:
    """Query parameters of a URL and of its `#` fragment (single-page portals keep their filters there)."""
    parts = urlsplit(url)
    found = parse_qs(parts.query, keep_blank_values=False)
    fragment = parts.fragment
    if "?" in fragment:
        for key, values in parse_qs(fragment.split("?", 1)[1], keep_blank_values=False).items():
            found.setdefault(key, []).extend(values)
    return found


def distinct(values) -> Tuple[str, ...]:
    seen, kept = set(), []
    for value in values:
        key = value.strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(value)  # portals match values exactly, trailing spaces included
    return tuple(kept)


class NoMatch(PortalError):
    """The portal does not know the value that should select the actor's datasets."""

    reason = "no_match"


@dataclass
class Listing:
    """The datasets of a target, as `datasets(transport, target, limit)` lists them: at most `limit` records;
    `complete` is False when the listing stopped at the limit (or the portal's own paging cap)."""

    records: list  # of publications.dataset_record.DatasetRecord
    complete: bool = True


class Gathered:
    """The records a listing keeps as its pages come in: one per dataset id (portals and feeds repeat some),
    at most `limit`."""

    def __init__(self, limit: int):
        self.limit = limit
        self.records: list = []
        self._ids: set = set()

    @property
    def room(self) -> int:
        return self.limit - len(self.records)

    def add(self, record) -> bool:
        """Keep a record (None and a repeated id are passed over); False when the limit leaves no room for it."""
        if record is None or record.dataset_id in self._ids:
            return True
        if self.room <= 0:
            return False
        self._ids.add(record.dataset_id)
        self.records.append(record)
        return True

    def add_all(self, records) -> bool:
        """Keep records until the limit refuses one (`records` may be a generator: the rest is not built)."""
        return all(self.add(record) for record in records)

    def listing(self, complete: bool = True) -> Listing:
        return Listing(self.records, complete)
