"""The common local-data schemas (SCDL): their field lists, and which one a dataset declares or looks like.

The field lists ship in resources/scdl/schemas.json (name, title, version, source URL, required and
optional fields). A dataset "looks like" a schema when its field names hold all the schema's required
fields; offline, the plugin says "declared" or "detected", never "valid".
"""
from dataclasses import dataclass
from typing import Iterable, Optional, Tuple


@dataclass(frozen=True)
class Schema:
    name: str  # as data.gouv.fr declares it, e.g. "scdl/deliberations"
    title: str  # French label, e.g. "Délibérations"
    version: str
    source: str  # URL of the schema's page
    required: Tuple[str, ...]
    optional: Tuple[str, ...] = ()


def schemas() -> Tuple[Schema, ...]:
    raise NotImplementedError


def detect(field_names: Iterable[str]) -> Optional[str]:
    """The name of the schema whose required fields the dataset has, or None."""
    raise NotImplementedError
