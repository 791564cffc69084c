"""The common local-data schemas (SCDL): their field lists, and which one a dataset declares or looks like.

The field lists ship in resources/scdl/schemas.json (name, title, version, source URL, required and
optional fields). A dataset "looks like" a schema when its field names hold all the schema's required
fields (compared lower case, accents and separators ignored); offline, the plugin says "declared" or
"detected", never "valid".
"""
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Tuple

from ..common.paths import resource

DECLARED, DETECTED = "declared", "detected"


@dataclass(frozen=True)
class Schema:
    name: str  # as data.gouv.fr declares it, e.g. "scdl/deliberations"
    title: str  # French label, e.g. "Délibérations"
    version: str
    source: str  # URL of the schema's page
    required: Tuple[str, ...]
    optional: Tuple[str, ...] = ()


def field_key(name: str) -> str:
    """A field name as detection compares it: "DATE_DECISION", "date-décision" and "dateDecision" are one."""
    plain = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


@lru_cache(maxsize=1)
def schemas() -> Tuple[Schema, ...]:
    with open(resource("scdl", "schemas.json"), encoding="utf-8") as stream:
        data = json.load(stream)
    return tuple(Schema(item["name"], item["title"], item["version"], item["source"], tuple(item["required"]),
                        tuple(item.get("optional", ()))) for item in data["schemas"])


def known(name: str) -> Optional[Schema]:
    """The SCDL schema a declared name designates ("scdl/deliberations", "etalab/schema-irve-statique"...)."""
    wanted = (name or "").strip().lower()
    return next((schema for schema in schemas() if schema.name.lower() == wanted), None)


def detect(field_names: Iterable[str]) -> Optional[str]:
    """The name of the schema whose required fields the dataset has (the most specific one), or None."""
    have = {field_key(name) for name in field_names or () if isinstance(name, str)}
    if not have:
        return None
    matches = [schema for schema in schemas() if schema.required
               and {field_key(name) for name in schema.required} <= have]
    if not matches:
        return None
    return max(matches, key=lambda schema: (len(schema.required), schema.name)).name
