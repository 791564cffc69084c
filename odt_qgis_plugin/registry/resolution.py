"""Identifying an actor by exact SIREN against the store's territories, and name suggestions."""
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..common.i18n import tr
from ..common.levels import LEVEL_IDS

CATEGORIES = ("commune", "epci", "departement", "region", "other")
# role of a mapping: the actor *is* that territory's collectivity (an accepted suggestion), or a
# partner merely *located* in it (attachment of an "other" actor).
SAME, LOCATED = "same", "located"

# Words that say "this body is not a collectivity itself" (syndicates, agencies, EPT...).
PARTNER_WORDS = {"sde", "sdis", "sdsi", "sdea", "sm", "smo", "smtc", "si", "sivom", "sivu", "syndicat", "syndicats",
                 "pnr", "petr", "pole", "gip", "agence", "ccas", "ept", "etp", "atd", "office", "parc"}
LEVEL_WORDS = {
    "epci": {"cc", "ca", "cu", "communaute", "agglomeration", "agglo", "metropole"},
    "commune": {"commune", "ville", "mairie"},
    "departement": {"departement", "departemental"},
    "region": {"region", "regional"},
}
# SIREN prefixes INSEE gives to communes (21), départements (22), régions (23), groupements (24).
PREFIX_LEVEL = {"21": "commune", "22": "departement", "23": "region", "24": "epci"}
# Words too common in reference names to help tell two of them apart.
STOP_WORDS = {"de", "du", "des", "la", "le", "les", "d", "l", "et", "en", "sur", "sous", "aux", "au"} | set().union(
    *LEVEL_WORDS.values()) | {"communes", "collectivite", "conseil", "territoriale", "europeenne", "pays"}


@dataclass
class Territory:
    level: str
    code: str
    name: str
    departements: Tuple[str, ...]
    region: str
    kind: str = ""  # EPCI kind


@dataclass
class Resolution:
    category: str
    resolution: str  # siren, mapping, registry, unresolved, none
    territory: Optional[Territory] = None
    reason: str = ""

    def columns(self) -> dict:
        t = self.territory
        return {
            "category": self.category,
            "epci_kind": t.kind if t and self.category == "epci" else None,
            "territory_level": t.level if t else None,
            "territory_code": t.code if t else None,
            # a collectivity covering several départements (CEA: 67 68) lists them all
            "departement": " ".join(t.departements) if t else None,
            "region": t.region if t else None,
            "resolution": self.resolution,
            "reason": self.reason or None,
        }


@dataclass
class ReferenceIndex:
    """Every territory of the store, reachable by SIREN and by (level, code)."""

    by_siren: Dict[str, Territory] = field(default_factory=dict)
    by_code: Dict[Tuple[str, str], Territory] = field(default_factory=dict)
    dep_region: Dict[str, str] = field(default_factory=dict)
    _names: Dict[str, Dict[str, List[Territory]]] = field(default_factory=dict)
    _short: Dict[str, Dict[str, List[Territory]]] = field(default_factory=dict)

    def add(self, siren: str, territory: Territory, aliases: Tuple[str, ...] = ()) -> None:
        if siren:
            self.by_siren[siren] = territory
        self.by_code[(territory.level, territory.code)] = territory
        names = self._names.setdefault(territory.level, {})
        for name in (territory.name,) + aliases:
            key = name_key(name)
            if key and territory not in names.setdefault(key, []):
                names[key].append(territory)

    def short_names(self, level: str) -> Dict[str, List[Territory]]:
        """Names without their common words ("CA de ...") -> territories, built once per level."""
        if level not in self._short:
            short: Dict[str, List[Territory]] = {}
            for key, territories in self._names.get(level, {}).items():
                short.setdefault(_significant(key), []).extend(territories)
            self._short[level] = short
        return self._short[level]


def load_index(connection) -> ReferenceIndex:
    index = ReferenceIndex()
    index.dep_region = {row[0]: row[1] for row in connection.execute("SELECT code, region FROM departements")}
    dep_names = {row[0]: row[1] for row in connection.execute("SELECT code, name FROM departements")}
    region_names = {row[0]: row[1] for row in connection.execute("SELECT code, name FROM regions")}
    for code, name, siren, departement, region in connection.execute(
            "SELECT code, name, siren, departement, region FROM communes"):
        index.add(siren, Territory("commune", code, name, (departement,), region))
    for code, siren, name, kind, departement, region in connection.execute(
            "SELECT code, siren, name, kind, departement, region FROM epci"):
        index.add(siren or code, Territory("epci", code, name, (departement,), region, kind))
    for siren, level, code, name, departements in connection.execute(
            "SELECT siren, level, code, name, departements FROM collectivities"):
        deps = tuple((departements or "").split())
        if level == "region":
            region, aliases = code, (region_names.get(code, ""),)
        else:
            region = index.dep_region.get(deps[0], "") if deps else ""
            # "Bas-Rhin" should lead to the CEA, "Gironde" to the Département de la Gironde
            aliases = tuple(dep_names.get(dep, "") for dep in deps)
        index.add(siren, Territory(level, code, name, deps, region), aliases)
    for territory in list(index.by_code.values()):
        if territory.level == "departement":
            # "département 67" as a mapping target means its collectivity, the CEA (67A)
            for dep in territory.departements:
                index.by_code.setdefault(("departement", dep), territory)
    for code, name in region_names.items():
        # a région without a région-level collectivity (Mayotte) is still a place to attach partners
        index.by_code.setdefault(("region", code), Territory("region", code, name, (), code))
    for code, name in dep_names.items():
        if ("departement", code) not in index.by_code:
            index.by_code[("departement", code)] = Territory("departement", code, name, (code,),
                                                             index.dep_region.get(code, ""))
    return index


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.split(r"[^a-z0-9]+", text)).strip()


def _words(name: str) -> List[str]:
    return name_key(name).split()


def _significant(key: str) -> str:
    return " ".join(word for word in key.split() if word not in STOP_WORDS) or key


def guessed_level(siren: str, name: str) -> Optional[str]:
    """The collectivity level an unmatched actor seems to be, from its SIREN prefix and its name."""
    words = set(_words(name))
    if words & PARTNER_WORDS:
        return None
    level = PREFIX_LEVEL.get(siren[:2])
    if level:
        return level
    if siren.startswith("2"):
        for candidate in ("epci", "commune", "departement", "region"):
            if words & LEVEL_WORDS[candidate]:
                return candidate
    return None


def resolve(row, index: ReferenceIndex, mapping: Optional[Tuple[str, str, str]] = None) -> Resolution:
    """Exact SIREN first; then an explicit user mapping; then the registry's own location columns."""
    territory = index.by_siren.get(row.siren)
    if territory is not None:
        return Resolution(territory.level, "siren", territory)
    if mapping is not None:
        level, code, role = mapping
        territory = index.by_code.get((level, code))
        if territory is None:
            reason = tr("mapped to {level} {code}, which the store does not know").format(level=level, code=code)
            return Resolution("other", "unresolved", None, reason)
        return Resolution(level if role == SAME else "other", "mapping", territory)
    level = guessed_level(row.siren, row.name)
    if level is not None:
        found = suggest(index, row.name, level, limit=1)
        hint = tr("; closest: {name} ({level} {code})").format(
            name=found[0][0].name, level=found[0][0].level, code=found[0][0].code) if found else ""
        reason = tr("SIREN {siren} looks like a collectivity ({level}) but matches none in the current reference "
                    "(merged or renumbered since?){hint}").format(siren=row.siren, level=level, hint=hint)
        return Resolution("other", "unresolved", None, reason)
    located = _registry_location(row, index)
    if located is not None:
        return Resolution("other", "registry", located)
    return Resolution("other", "none", None)


def _registry_location(row, index: ReferenceIndex) -> Optional[Territory]:
    if getattr(row, "departement", ""):
        found = index.by_code.get(("departement", row.departement))
        if found is not None and found.departements == (row.departement,):
            return found
        if row.departement in index.dep_region:
            return Territory("departement", row.departement, row.departement, (row.departement,),
                             index.dep_region[row.departement])
    if getattr(row, "region", ""):
        return index.by_code.get(("region", row.region))
    return None


def suggest(index: ReferenceIndex, name: str, level: Optional[str] = None, limit: int = 5,
            cutoff: float = 0.6) -> List[Tuple[Territory, float]]:
    """Reference territories whose name is close to `name`, best first, with a 0..1 score."""
    wanted = _significant(name_key(name))
    results: Dict[Tuple[str, str], Tuple[Territory, float]] = {}
    for candidate_level in ([level] if level else list(LEVEL_IDS)):
        names = index.short_names(candidate_level)
        for short in difflib.get_close_matches(wanted, list(names), n=limit, cutoff=cutoff):
            score = difflib.SequenceMatcher(None, wanted, short).ratio()
            for territory in names[short]:
                ident = (territory.level, territory.code)
                if ident not in results or results[ident][1] < score:
                    results[ident] = (territory, score)
    return sorted(results.values(), key=lambda item: (-item[1], item[0].level, item[0].code))[:limit]
