"""Which platforms an actor publishes on, from the registry's technology, URL and data.gouv.fr id."""
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple
from urllib.parse import parse_qs, unquote, urlsplit

NO_PLATFORM = "none"
_ODS_HOST = re.compile(r"\.opendatasoft\.com$")
_ARCGIS_HOST = re.compile(r"\.(opendata|hub)\.arcgis\.com$")


@dataclass(frozen=True)
class Target:
    """One platform to ask for one actor; `filters` say which part of a shared portal is the actor's."""

    kind: str
    url: str = ""
    filters: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    config: Dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def filter(self, name: str) -> Tuple[str, ...]:
        return dict(self.filters).get(name, ())


def kind_from_url(url: str, hosts: Dict[str, dict]) -> Optional[str]:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    query = parse_qs(parts.query)
    if host in hosts and hosts[host].get("kind"):
        return hosts[host]["kind"]
    if _ODS_HOST.search(host) or "/explore" in parts.path or any(k.startswith("refine.") for k in query):
        return "opendatasoft"
    if _ARCGIS_HOST.search(host):
        return "arcgis_hub"
    if "/geonetwork" in parts.path:
        return "geonetwork"
    if "/organization/" in parts.path or "organization" in query:
        return "ckan"
    return None


def _distinct(values) -> Tuple[str, ...]:
    seen, kept = set(), []
    for value in values:
        key = value.strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(value)
    return tuple(kept)


def url_filters(kind: str, url: str, config: dict) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
    """The actor's slice of a portal, read from the registry URL (parse_qs decodes `+` and %xx)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=False)
    path = unquote(parts.path)
    if kind == "opendatasoft":
        return (("publisher", _distinct(query.get("refine.publisher", []))),)
    if kind == "ckan":
        match = re.search(r"/organization/([^/?#]+)", path)
        names = [match.group(1)] if match else query.get("organization", [])
        return (("organization", _distinct(names)),)
    if kind == "geonetwork":
        names = []
        for param in config.get("platforms", {}).get("geonetwork", {}).get("org_params", []):
            for value in query.get(param, []):
                names.extend(value.split(","))
        return (("organisation", _distinct(names)),)
    if kind == "arcgis_hub":
        return (("publisher", _distinct(query.get("source", []))),)
    if kind == "dkan":
        for prefix in config.get("platforms", {}).get("dkan", {}).get("publisher_paths", []):
            if path.startswith(prefix) and path[len(prefix):].strip("/"):
                return (("publisher_slug", (path[len(prefix):].strip("/").split("/")[0],)),)
    return ()


def plan(actor: dict, config: dict) -> List[Target]:
    """Every platform of an actor. Two technologies give two targets; an unknown technology
    ("Spécifique", a CMS) is recognised from its URL when possible, else tried as DCAT."""
    technologies = config.get("technologies", {})
    url = (actor.get("url_platform") or "").strip()
    id_datagouv = (actor.get("id_datagouv") or "").strip()
    tokens = [t.strip().lower() for t in (actor.get("techno_platform") or "").split(",") if t.strip()]
    kinds: List[str] = []
    for token in tokens:
        kind = technologies.get(token)
        if kind == "datagouv" or (kind and url):
            kinds.append(kind)
        elif url:
            kinds.append(kind_from_url(url, config.get("hosts", {})) or "dcat")
    if url and not tokens:
        kinds.append(kind_from_url(url, config.get("hosts", {})) or "dcat")
    if id_datagouv:
        kinds.append("datagouv")
    kinds = list(dict.fromkeys(kinds))
    portal_hosts = tuple({(urlsplit(url).hostname or "").lower()} - {""}) if url else ()
    targets = []
    for kind in kinds:
        if kind == "datagouv":
            # Datasets federated from the actor's own portal are recognised by that portal's host.
            others = portal_hosts if len(kinds) > 1 else ()
            targets.append(Target("datagouv", id_datagouv, (("federated_hosts", others),), config))
        else:
            targets.append(Target(kind, url, url_filters(kind, url, config), config))
    return targets or [Target(NO_PLATFORM, "", (), config)]
