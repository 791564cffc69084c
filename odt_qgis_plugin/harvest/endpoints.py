"""The versioned endpoints configuration (resources/endpoints.json) and its overrides."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

from ..common.errors import InputError, PortalError
from ..common.i18n import tr
from .portals import KINDS

FORMAT = 1


def default_path() -> Path:
    from ..common.paths import resource

    return resource("endpoints.json")


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if value is None:  # null removes a shipped entry, e.g. a host rule
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read(path: Path) -> dict:
    if not path.is_file():
        raise InputError(tr("Endpoints file not found: {path}").format(path=path))
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise InputError(
            tr("Endpoints file {path} is not valid JSON: {error}").format(path=path, error=error)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("platforms", {}), dict):
        raise InputError(tr("Endpoints file {path} is not in format {format}").format(path=path, format=FORMAT))
    unknown = set(data.get("platforms", {})) - set(KINDS)
    unknown |= {kind for kind in (data.get("technologies") or {}).values() if kind and kind not in KINDS}
    if unknown:
        raise InputError(
            tr("Endpoints file {path}: unknown platforms {names}").format(path=path, names=", ".join(sorted(unknown)))
        )
    return data


def load(override: Optional[str] = None) -> dict:
    """The shipped file, deep-merged with `override` (same format; only the keys it sets change,
    a key set to null is removed)."""
    config = _read(default_path())
    if override:
        config = _merge(config, _read(Path(override)))
    return config


@dataclass
class Check:
    name: str
    url: str
    ok: bool
    detail: str


def probes(config: dict) -> List[Tuple[str, str]]:
    """Fixed endpoints of the configuration (per-portal paths are relative and have no probe)."""
    found = []
    for kind, settings in sorted(config.get("platforms", {}).items()):
        if isinstance(settings, dict) and settings.get("check"):
            found.append((kind, settings["check"]))
    for host, settings in sorted((config.get("hosts") or {}).items()):
        if isinstance(settings, dict) and settings.get("csw"):
            found.append((host, settings["csw"] + "?service=CSW&request=GetCapabilities&version=2.0.2"))
    return found


def check_sources(config: dict, transport) -> List[Check]:
    from ..network.gateway import expect_ok

    results = []
    for name, url in probes(config):
        try:
            response = expect_ok(transport.get(url))
        except PortalError as error:
            results.append(Check(name, url, False, getattr(error, "reason", "error") + ": " + error.message))
        else:
            results.append(Check(name, url, True, f"HTTP {response.status}, {len(response.body)} bytes"))
    return results
