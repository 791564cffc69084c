"""The plugin's settings: one typed structure of defaults, environment overrides for headless runs.

Inside QGIS the same fields are read and written under one QgsSettings group (gui/preferences.py).
"""
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

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
STORE_LOCK_WAIT = 10.0  # seconds a writing command waits for another one to finish before saying the store is busy


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
            "harvest_max_retry_after": "max_retry_after", "threads": "threads"}


def load(**overrides) -> Settings:
    """Defaults, then ODT_<FIELD> environment variables (checked: a bad one is an InputError), then overrides."""
    from . import bounds

    values = {"shared_dir": _default_shared_dir()}
    for item in fields(Settings):
        variable = "ODT_" + item.name.upper()
        raw = os.environ.get(variable)
        if raw is None:
            continue
        if item.name in _BOUNDED:
            values[item.name] = type(item.default)(bounds.check(_BOUNDED[item.name], raw, variable))
        else:
            values[item.name] = type(item.default)(raw)
    settings = replace(Settings(), **values)
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
