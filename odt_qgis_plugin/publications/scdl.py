"""The common local-data schemas (SCDL): their field lists, and which one a dataset declares or looks like.

The field lists ship in resources/scdl/schemas.json (name, title, version, source URL, required and
optional fields, where they were taken from). A dataset "looks like" a schema when its field names hold
all the schema's required fields (compared lower case, accents and separators ignored); offline, the
plugin says "declared" or "detected", never "valid" (publications/schema_validation.py asks the
validation service, when the user allows it).
"""
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Tuple
from urllib.parse import unquote, urlsplit

from ..common.folding import squeezed
from ..common.paths import resource

DECLARED, DETECTED = "declared", "detected"


@dataclass(frozen=True)
class Schema:
    name: str  # as data.gouv.fr declares it, e.g. "scdl/deliberations"
    title: str  # French label, e.g. "Délibérations"
    version: str  # the version whose field list ships
    source: str  # URL of the schema's page
    required: Tuple[str, ...]
    optional: Tuple[str, ...] = ()
    # False for nested JSON schemas (DECP, GeoJSON): recognised when declared, never detected from flat fields.
    tabular: bool = True
    aliases: Tuple[str, ...] = ()  # older or grouping names portals still declare
    schema_url: str = ""  # the machine-readable schema, for the validation service, when known
    checklist: bool = True
    short: str = ""  # the label of the checklists (panel, pages), where the title would be cut

    @property
    def label(self) -> str:
        return self.short or self.title


def field_key(name: str) -> str:
    """A field name as detection compares it: "DATE_DECISION", "date-décision" and "dateDecision" are one."""
    if not isinstance(name, str):
        return ""
    return squeezed(name.replace("œ", "oe").replace("Œ", "OE"))


@lru_cache(maxsize=1)
def schemas() -> Tuple[Schema, ...]:
    with open(resource("scdl", "schemas.json"), encoding="utf-8") as stream:
        data = json.load(stream)
    return tuple(Schema(item["name"], item["title"], item["version"], item["source"], tuple(item["required"]),
                        tuple(item.get("optional", ())), bool(item.get("tabular", True)),
                        tuple(item.get("aliases", ())), item.get("schema_url", ""), bool(item.get("checklist", True)),
                        item.get("short", ""))
                 for item in data["schemas"])


def checklist() -> Tuple[Schema, ...]:
    """The main schemas a territory's checklist shows, in the order of schemas.json (label: `label`)."""
    return tuple(schema for schema in schemas() if schema.checklist)


@lru_cache(maxsize=1)
def _by_name():
    names = {}
    for schema in schemas():
        for name in (schema.name,) + schema.aliases:
            names[name.lower()] = schema
    return names


_VERSION = re.compile(r"^v?\d+(\.\d+)*$|^latest$", re.IGNORECASE)


def _split_declared(value: str) -> Tuple[str, str]:
    """(owner/name, version) of a declared schema: a name, "name@version", "name version" or a schema URL."""
    text = (value or "").strip()
    if not text:
        return "", ""
    if "://" in text:
        # Schema pages and files: schema.data.gouv.fr/[schemas/]owner/name[/version][/file.json],
        # the schemas' own repositories (git.opendatafrance.net/scdl/deliberations/raw/...).
        parts = [unquote(part) for part in urlsplit(text).path.split("/") if part]
        if parts and parts[0].lower() == "schemas":
            parts = parts[1:]
        names = _by_name()
        for index in range(len(parts) - 1):
            candidate = (parts[index] + "/" + parts[index + 1]).lower()
            if candidate in names:
                rest = parts[index + 2:]
                version = rest[0] if rest and _VERSION.match(rest[0]) else ""
                return candidate, version
        return "", ""
    match = re.match(r"^([^@\s]+)(?:[@\s]+(.*))?$", text)
    return match.group(1).strip("/").lower(), (match.group(2) or "").strip()


def known(name: str) -> Optional[Schema]:
    """The schema a declared name designates: "scdl/deliberations", "scdl/deliberations@2.1.3", an alias
    ("scdl/adresses"), or the URL of its page or schema file; None for a schema outside the list."""
    if not isinstance(name, str):
        return None
    wanted, _version = _split_declared(name)
    return _by_name().get(wanted)


def declared_version(name: str) -> str:
    """The version a declared name or schema URL carries ("2.1.3" of "scdl/deliberations@2.1.3"), or ""."""
    if not isinstance(name, str):
        return ""
    version = _split_declared(name)[1]
    return version if _VERSION.match(version or "-") else ""


def detect(field_names: Iterable[str]) -> Optional[str]:
    """The name of the schema whose required fields the dataset has, or None.

    Several schemas can match (the SCDL ones share COLL_NOM, COLL_SIRET...): the one covering most of the
    dataset's fields wins, then the one with more required fields, so that a dataset is never credited
    with a smaller schema its fields merely contain."""
    if isinstance(field_names, str) or field_names is None:
        return None
    have = {field_key(name) for name in field_names if isinstance(name, str)} - {""}
    if not have:
        return None
    best, best_rank = None, None
    for schema in schemas():
        if not schema.tabular or not schema.required:
            continue
        if not {field_key(name) for name in schema.required} <= have:
            continue
        covered = len(have & {field_key(name) for name in schema.required + schema.optional})
        rank = (covered, len(schema.required), schema.name)
        if best_rank is None or rank > best_rank:
            best, best_rank = schema, rank
    return best.name if best else None
