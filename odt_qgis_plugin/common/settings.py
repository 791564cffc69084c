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
HARVEST_TIMEOUT = 30.0  # seconds for one request: connect, headers and body
# Seconds for all the requests of one actor on one platform (retries and waits included).
HARVEST_ACTOR_TIMEOUT = 120.0
# A Retry-After asking longer than this (seconds) is not waited for: the actor's status is `rate_limited`.
HARVEST_MAX_RETRY_AFTER = 60.0
# Retries after a 5xx, a 429 or a dropped connection: a national run cannot afford more.
HARVEST_RETRIES = 2
# Datasets listed at most per actor and platform (`harvest --datasets`): the largest local catalogues hold a few
# thousand; beyond, the listing is kept and marked incomplete.
HARVEST_MAX_DATASETS = 10_000
# The desktop's Harvest button also lists each actor's datasets (the Datasets tab and the council pages need
# them); the command line lists only with --datasets, so scripted national runs keep their cost.
HARVEST_DATASETS_DESKTOP = True
STORE_LOCK_WAIT = 10.0  # seconds a writing command waits for another one to finish before saying the store is busy
# Online validation of a sample of SCDL resources (publications/schema_validation.py): off unless the user allows it,
# since it sends the resources' addresses to a third-party service.
SCHEMA_VALIDATION = False
VALIDATION_SERVICE = "https://api.validata.etalab.studio/validate"
VALIDATION_SAMPLE = 20  # resources per run: the public service is shared
# What a desktop user may change in the options page (plugin/settings_page.py).
EDITABLE = ("obligated_threshold", "harvest_per_host", "harvest_concurrency", "harvest_timeout", "shared_dir",
            "harvest_datasets", "schema_validation")


@dataclass(frozen=True)
class Settings:
    shared_dir: str = ""
    obligated_threshold: int = DEFAULT_THRESHOLD
    harvest_concurrency: int = HARVEST_CONCURRENCY
    harvest_per_host: int = HARVEST_PER_HOST
    harvest_timeout: float = HARVEST_TIMEOUT
    harvest_actor_timeout: float = HARVEST_ACTOR_TIMEOUT
    harvest_max_retry_after: float = HARVEST_MAX_RETRY_AFTER
    threads: int = 2
    lock_wait: float = STORE_LOCK_WAIT
    harvest_datasets: bool = HARVEST_DATASETS_DESKTOP
    schema_validation: bool = SCHEMA_VALIDATION
    validation_service: str = VALIDATION_SERVICE
    validation_sample: int = VALIDATION_SAMPLE

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


# Settings whose accepted range common/bounds.py defines.
_BOUNDED = {"obligated_threshold": "threshold", "harvest_concurrency": "concurrency", "harvest_per_host": "per_host",
            "harvest_timeout": "timeout", "harvest_actor_timeout": "actor_timeout",
            "harvest_max_retry_after": "max_retry_after", "threads": "threads",
            "validation_sample": "validation_sample"}
_TRUE, _FALSE = ("1", "true", "yes", "on", "oui", "vrai"), ("0", "false", "no", "off", "non", "faux")


def defaults() -> Settings:
    return Settings(shared_dir=_default_shared_dir())


def env_name(field_name: str) -> str:
    return "ODT_" + field_name.upper()


def coerce(field_name: str, raw, source: str):
    """A setting's value in its type, checked against its range (common/bounds.py); an InputError names where
    a bad value came from."""
    from . import bounds

    default = next(item.default for item in fields(Settings) if item.name == field_name)
    if field_name in _BOUNDED:
        return type(default)(bounds.check(_BOUNDED[field_name], raw, source))
    if isinstance(default, bool):
        # bool("false") is True: a switch is read from its words (QGIS settings may hand back text).
        word = str(raw).strip().lower()
        if isinstance(raw, bool) or word in _TRUE + _FALSE:
            return raw if isinstance(raw, bool) else word in _TRUE
        raise InputError(tr("{source}: expected true or false, got {value!r}").format(source=source, value=raw))
    return type(default)(raw)


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
