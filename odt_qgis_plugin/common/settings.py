"""The plugin's settings: one typed structure of defaults, resolved in one place.

Order, each level over the previous one: the defaults below; the values a desktop user saved (QGIS
settings, read by common/qgis_preferences.py and passed in as `stored`); ODT_<FIELD> environment
variables, for headless runs and administrators; explicit overrides (command-line options). The shells
resolve once and pass the values to the core, which never reads settings itself.
"""
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Dict, Mapping, Optional

from .errors import InputError
from .i18n import tr
from .paths import plugin_root

ONLINE_REFERENCE = "https://cdn.jsdelivr.net/npm/@etalab/decoupage-administratif@6.0.0/data"
ONLINE_BOUNDARIES = "https://geo.api.gouv.fr"


def _default_shared_dir() -> str:
    # The project keeps the offline data beside the working copy, in ../shared.
    return str(plugin_root().parent / "shared")


# The defaults, once: the command line, Processing, the dock and the core all start from these.
DEFAULT_THRESHOLD = 3500  # population from which a commune must open its data (loi pour une République numérique)
HARVEST_CONCURRENCY = 32  # requests in flight over all hosts
HARVEST_PER_HOST = 6  # requests in flight on one host, as a browser would
HARVEST_TIMEOUT = 30.0  # seconds for one request
# What a desktop user may change in the options page, with the lowest value that makes sense.
EDITABLE = {"obligated_threshold": 0, "harvest_per_host": 1, "harvest_concurrency": 1, "harvest_timeout": 1.0,
            "shared_dir": None}


@dataclass(frozen=True)
class Settings:
    shared_dir: str = ""
    obligated_threshold: int = DEFAULT_THRESHOLD
    harvest_concurrency: int = HARVEST_CONCURRENCY
    harvest_per_host: int = HARVEST_PER_HOST
    harvest_timeout: float = HARVEST_TIMEOUT
    threads: int = 2

    @property
    def reference_dir(self) -> str:
        return str(Path(self.shared_dir) / "data" / "reference" / "decoupage-administratif-6.0.0")

    @property
    def sirens_csv(self) -> str:
        return str(Path(self.shared_dir) / "data" / "reference" / "collectivites-sirens.csv")

    @property
    def boundaries_dir(self) -> str:
        return str(Path(self.shared_dir) / "data" / "boundaries" / "admin-express-2018")

    @property
    def actors_csv(self) -> str:
        return str(Path(self.shared_dir) / "data" / "odt" / "odt-actors-2022.csv")

    def has_offline_data(self) -> bool:
        return Path(self.reference_dir).is_dir()


def defaults() -> Settings:
    return Settings(shared_dir=_default_shared_dir())


def env_name(field_name: str) -> str:
    return "ODT_" + field_name.upper()


def coerce(field_name: str, raw, source: str):
    """A setting's value in its type, or an InputError naming where the bad value came from."""
    default = next(item.default for item in fields(Settings) if item.name == field_name)
    try:
        value = type(default)(raw)
    except (TypeError, ValueError):
        raise InputError(tr("Setting {name} ({source}) must be a number: {value}").format(
            name=field_name, source=source, value=raw)) from None
    minimum = EDITABLE.get(field_name)
    if minimum is not None and value < minimum:
        raise InputError(tr("Setting {name} ({source}) must be at least {minimum}: {value}").format(
            name=field_name, source=source, minimum=minimum, value=value))
    return value


def from_environment() -> Dict[str, object]:
    """The ODT_<FIELD> variables that are set, in their types."""
    found = {}
    for item in fields(Settings):
        raw = os.environ.get(env_name(item.name))
        if raw is not None and raw.strip():
            found[item.name] = coerce(item.name, raw.strip(), env_name(item.name))
    return found


def load(stored: Optional[Mapping[str, object]] = None, **overrides) -> Settings:
    """Defaults, then the values saved in QGIS (`stored`), then ODT_<FIELD> variables, then `overrides`."""
    values: Dict[str, object] = {}
    known = {item.name for item in fields(Settings)}
    for name, raw in (stored or {}).items():
        if name in known and raw not in (None, ""):
            values[name] = coerce(name, raw, tr("the QGIS settings"))
    values.update(from_environment())
    values.update({name: value for name, value in overrides.items() if value is not None})
    return replace(defaults(), **values)
