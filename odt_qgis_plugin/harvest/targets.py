"""Which platforms an actor publishes on: every platform the registry names, whatever its technology word says.

A `url_platform` outside data.gouv.fr is asked on its portal, of the kind its URL shows (a per-host
rule, then the adapters' own recognition), else of the kind the technology word names, else as a
DCAT catalogue. An `id_datagouv` (or a data.gouv.fr organisation page as URL) is asked on data.gouv.fr.
"""
from typing import Dict, List
from urllib.parse import urlsplit

from .portals import NO_PLATFORM, adapter, kind_from_url, technologies
from .portals.datagouv import KIND as DATAGOUV
from .portals.datagouv import organisation_in_url
from .portals.datagouv import recognises as on_datagouv
from .portals.portal_base import Target, host_name, settings_of

__all__ = ["NO_PLATFORM", "Target", "plan", "technology_kinds"]


def technology_kinds(config: dict) -> Dict[str, str]:
    """Registry words -> kinds: the adapters' words, then the endpoints file's own."""
    found = technologies()
    found.update({word.lower(): kind for word, kind in (config.get("technologies") or {}).items() if kind})
    return found


def _portal_kind(url: str, words: List[str], config: dict) -> str:
    found = kind_from_url(url, config.get("hosts") or {})
    if found:
        return found
    for kind in words:
        if kind and kind != DATAGOUV:
            return kind
    return "dcat"


def plan(actor: dict, config: dict) -> List[Target]:
    url = (actor.get("url_platform") or "").strip()
    id_datagouv = (actor.get("id_datagouv") or "").strip()
    words = [w.strip().lower() for w in (actor.get("techno_platform") or "").split(",") if w.strip()]
    known = technology_kinds(config)
    kinds = [known.get(word) for word in words]
    targets = []
    portal = None
    if url and on_datagouv(urlsplit(url)):
        id_datagouv = id_datagouv or organisation_in_url(url)
    elif url:
        kind = _portal_kind(url, kinds, config)
        portal = Target(kind, url, adapter(kind).read_filter(url, settings_of(config, kind)), config=config)
        targets.append(portal)
    if id_datagouv or DATAGOUV in kinds:
        # Datasets federated from the actor's own portal are recognised by that portal's host.
        hosts = (host_name(url),) if portal is not None and host_name(url) else ()
        targets.append(Target(DATAGOUV, id_datagouv, None, hosts, config=config))
    return targets or [Target(NO_PLATFORM, "", config=config)]
