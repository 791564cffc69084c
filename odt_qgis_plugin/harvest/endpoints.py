"""The versioned endpoints configuration (resources/endpoints.json) and its overrides."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

from ..common.errors import InputError, PortalError
from ..common.i18n import QT_TR_NOOP, tr
from .portals import ADAPTERS, KINDS

FORMAT = 1


def default_path() -> Path:
    from ..common.paths import resource

    return resource("endpoints.json")


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if value is None:  # null removes a shipped entry, e.g. a host rule
            merged.pop(key, None)
        elif isinstance(value, dict):
            # Recurse even where nothing is shipped, so that a null deeper down never survives as a value.
            merged[key] = _merge(merged[key] if isinstance(merged.get(key), dict) else {}, value)
        else:
            merged[key] = value
    return merged


def _read(path: Path) -> dict:
    if path.is_dir():
        raise InputError(tr("Endpoints file {path} is a folder").format(path=path))
    if not path.is_file():
        raise InputError(tr("Endpoints file not found: {path}").format(path=path))
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise InputError(
            tr("Endpoints file {path} is not valid JSON: {error}").format(path=path, error=error)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("platforms", {}), dict):
        raise InputError(tr("Endpoints file {path} is not in format {format}").format(path=path, format=FORMAT))
    unknown = set(data.get("platforms", {})) - set(KINDS)
    words = data.get("technologies") if isinstance(data.get("technologies"), dict) else {}
    unknown |= {kind for kind in words.values() if isinstance(kind, str) and kind and kind not in KINDS}
    if unknown:
        raise InputError(
            tr("Endpoints file {path}: unknown platforms {names}").format(path=path, names=", ".join(sorted(unknown)))
        )
    return data


_TYPE_NAMES = {str: QT_TR_NOOP("text"), int: QT_TR_NOOP("a whole number"), list: QT_TR_NOOP("a list of texts"),
               dict: QT_TR_NOOP("an object")}


def _json_type(value):
    if isinstance(value, bool):
        return bool
    if isinstance(value, list):
        return list if all(isinstance(item, str) for item in value) else None
    return type(value)


def _check_value(path: Path, where: str, value, expected) -> None:
    found = _json_type(value)
    if found is not expected or (expected is int and value < 1):
        raise InputError(tr("Endpoints file {path}: {where} must be {expected}, not {value}").format(
            path=path, where=where, expected=tr(_TYPE_NAMES[expected]), value=json.dumps(value)[:60]))


def _check_shape(path: Path, data: dict, shipped: dict) -> None:
    """Every value of the type the shipped file gives it (a path is text, a page size a whole number...),
    so that a slip in a hand-edited file is one line at load, not one traceback per actor."""
    for kind, settings in (data.get("platforms") or {}).items():
        if settings is None:
            continue
        _check_value(path, f"platforms.{kind}", settings, dict)
        # The shipped file only lists what it changes: each kind's module gives the other defaults.
        model = {**getattr(ADAPTERS.get(kind), "SETTINGS", {}), **((shipped.get("platforms") or {}).get(kind) or {})}
        for key, value in settings.items():
            if value is None:
                continue
            expected = _json_type(model[key]) if key in model else _json_type(value)
            if expected not in (str, int, list):
                expected = str
            _check_value(path, f"platforms.{kind}.{key}", value, expected)
    for section in ("hosts", "technologies"):
        if data.get(section) is not None:
            _check_value(path, section, data[section], dict)
    for host, settings in (data.get("hosts") or {}).items():
        if settings is None:
            continue
        _check_value(path, f"hosts.{host}", settings, dict)
        for key, value in settings.items():
            if value is not None:
                _check_value(path, f"hosts.{host}.{key}", value, str)
        if settings.get("kind") is not None and settings["kind"] not in KINDS:
            raise InputError(tr("Endpoints file {path}: hosts.{host}.kind must be one of {kinds}").format(
                path=path, host=host, kinds=", ".join(KINDS)))
    for word, kind in (data.get("technologies") or {}).items():
        if kind is not None:
            _check_value(path, f"technologies.{word}", kind, str)


def load(override: Optional[str] = None) -> dict:
    """The shipped file, deep-merged with `override` (same format; only the keys it sets change,
    a key set to null is removed). Both are checked: values must have the shipped file's types."""
    shipped_path = default_path()
    config = _read(shipped_path)
    _check_shape(shipped_path, config, config)
    if override:
        path = Path(override)
        data = _read(path)
        _check_shape(path, data, config)
        config = _merge(config, data)
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
