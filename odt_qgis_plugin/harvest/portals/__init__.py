"""Portal adapters, one module per platform kind; the kinds and their dispatch come from the modules found here."""
import importlib
import pkgutil
from types import ModuleType
from typing import Dict, Optional, Tuple
from urllib.parse import urlsplit

NO_PLATFORM = "none"


def _discover() -> Dict[str, ModuleType]:
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, str):
            found[kind] = module
    return dict(sorted(found.items(), key=lambda item: (getattr(item[1], "ORDER", 50), item[0])))


ADAPTERS: Dict[str, ModuleType] = _discover()
KINDS: Tuple[str, ...] = tuple(ADAPTERS)


def adapter(kind: str) -> ModuleType:
    return ADAPTERS[kind]


def technologies() -> Dict[str, str]:
    """Registry technology words (lower case) -> kind, as the adapters declare them."""
    return {word: kind for kind, module in ADAPTERS.items() for word in getattr(module, "TECHNOLOGIES", ())}


def kind_from_url(url: str, hosts: Optional[dict] = None) -> Optional[str]:
    """The kind a URL shows: a per-host rule of the endpoints file, else the first adapter recognising it."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    rule = (hosts or {}).get(host) or (hosts or {}).get(host.removeprefix("www.")) or {}
    if rule.get("kind") in ADAPTERS:
        return rule["kind"]
    for kind, module in ADAPTERS.items():
        if module.recognises(parts):
            return kind
    return None
