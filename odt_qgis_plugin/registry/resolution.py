"""Identifying an actor against the store's territories: exact SIREN, a mapping, a successor, a location.

The labels an actor gets (column `resolution`), in the order they are tried:
- siren: its SIREN is a current collectivity's;
- mapping: the user said which territory it is, or where it is located (map-actor);
- successor: an old SIREN (commune, département, région, EPCI) whose current collectivity a rule found
  (registry/successors.py; the reason names the rule and the current SIREN);
- overseas: a collectivity, or a body, of an overseas collectivity outside the maps (COM, Nouvelle-Calédonie);
- registry, located: a partner placed in a département or région, by the registry's own columns, or by its
  SIREN, name or platform (registry/partners.py);
- unresolved: looks like a collectivity but no rule found a single current one (the reason says why);
- none: a partner nothing places.
"""
import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Set, Tuple

from ..common.i18n import QT_TR_NOOP, tr
from ..common.levels import LEVEL_IDS
from ..store import db
from . import partners, successors
from .names import LEVEL_WORDS, is_partner_name, name_key, significant, words
from .siren import siren_departements

CATEGORIES = ("commune", "epci", "departement", "region", "other")
# role of a mapping: the actor *is* that territory's collectivity (an accepted suggestion), or a
# partner merely *located* in it (attachment of an "other" actor).
SAME, LOCATED = "same", "located"
# Territory level of an overseas collectivity (COM): not one of the four mapped levels.
OVERSEAS = "com"
LABELS = {
    "siren": QT_TR_NOOP("by SIREN"),
    "mapping": QT_TR_NOOP("mapped by hand"),
    "successor": QT_TR_NOOP("successor of an old SIREN"),
    "overseas": QT_TR_NOOP("overseas (COM)"),
    "registry": QT_TR_NOOP("partner located by the registry"),
    "located": QT_TR_NOOP("partner located"),
    "unresolved": QT_TR_NOOP("unresolved"),
    "none": QT_TR_NOOP("partner, no territory"),
}
# SIREN prefixes INSEE gives to communes (21), départements (22), régions (23), groupements (24).
PREFIX_LEVEL = {"21": "commune", "22": "departement", "23": "region", "24": "epci"}
IN_SCOPE = ("metro", "drom")


def label(resolution: str) -> str:
    return tr(LABELS[resolution]) if resolution in LABELS else resolution or ""


@dataclass
class Territory:
    level: str
    code: str
    name: str
    departements: Tuple[str, ...]
    region: str
    kind: str = ""  # EPCI kind
    siren: str = ""


@dataclass
class Resolution:
    category: str
    resolution: str  # one of LABELS
    territory: Optional[Territory] = None
    reason: str = ""

    def columns(self) -> dict:
        t = self.territory
        return {
            "category": self.category,
            "epci_kind": t.kind if t and self.category == "epci" else None,
            "territory_level": (t.level or None) if t else None,
            "territory_code": (t.code or None) if t else None,
            # a collectivity covering several départements (CEA: 67 68) lists them all
            "departement": " ".join(t.departements) if t else None,
            "region": t.region if t else None,
            "resolution": self.resolution,
            "reason": self.reason or None,
        }


@dataclass(frozen=True)
class CodeEntry:
    """One row of the reference's commune codes: a current, delegated, associated or former code."""

    code: str
    name: str
    type: str
    current: str


@dataclass
class ReferenceIndex:
    """Every territory of the store, reachable by SIREN and by (level, code), and what successors need."""

    by_siren: Dict[str, Territory] = field(default_factory=dict)
    by_code: Dict[Tuple[str, str], Territory] = field(default_factory=dict)
    dep_region: Dict[str, str] = field(default_factory=dict)
    dep_names: Dict[str, str] = field(default_factory=dict)
    region_names: Dict[str, str] = field(default_factory=dict)
    codes: Dict[str, List[CodeEntry]] = field(default_factory=dict)  # INSEE code -> its entries
    dep_codes: Dict[str, List[CodeEntry]] = field(default_factory=dict)  # département -> named entries
    commune_epci: Dict[str, str] = field(default_factory=dict)
    epci_departements: Dict[str, Tuple[str, ...]] = field(default_factory=dict)  # every member's département
    neighbours: Dict[str, Set[str]] = field(default_factory=dict)
    overseas: Dict[str, str] = field(default_factory=dict)  # COM code -> name
    overseas_communes: Dict[str, Tuple[str, str]] = field(default_factory=dict)  # folded name -> (code, COM)
    _names: Dict[str, Dict[str, List[Territory]]] = field(default_factory=dict)
    _short: Dict[str, Dict[str, List[Territory]]] = field(default_factory=dict)

    def add(self, siren: str, territory: Territory, aliases: Tuple[str, ...] = ()) -> None:
        if siren:
            self.by_siren[siren] = territory
            territory.siren = territory.siren or siren
        self.by_code[(territory.level, territory.code)] = territory
        self.add_names(territory, (territory.name,) + aliases)

    def add_names(self, territory: Territory, names: Iterable[str]) -> None:
        table = self._names.setdefault(territory.level, {})
        for name in names:
            key = name_key(name)
            if key and territory not in table.setdefault(key, []):
                table[key].append(territory)

    def short_names(self, level: str) -> Dict[str, List[Territory]]:
        """Names without their common words ("CA de ...") -> territories, built once per level."""
        if level not in self._short:
            short: Dict[str, List[Territory]] = {}
            for key, territories in self._names.get(level, {}).items():
                short.setdefault(significant(key), []).extend(territories)
            self._short[level] = short
        return self._short[level]

    def is_commune_name(self, key: str) -> bool:
        return key in self._names.get("commune", {})

    def territories(self, level: str) -> List[Territory]:
        return [territory for (found, _code), territory in self.by_code.items() if found == level]

    def commune(self, code: str) -> Optional[Territory]:
        return self.by_code.get(("commune", code))

    def governing(self, departement: str) -> Optional[Territory]:
        """The collectivity holding a département's powers: its département-level collectivity (the CEA for
        67 and 68), else a single collectivity at région level (Corse, Martinique, Guyane); None for Paris."""
        found = None
        for territory in self.by_siren.values():
            if territory.level == "departement" and departement in territory.departements:
                return territory
            if territory.level == "region" and departement in territory.departements and not any(
                    self._has_departement_collectivity(dep) for dep in territory.departements):
                found = territory
        return found

    def _has_departement_collectivity(self, departement: str) -> bool:
        return any(t.level == "departement" and departement in t.departements for t in self.by_siren.values())

    def region_collectivity(self, departement: str) -> Optional[Territory]:
        return next((t for t in self.by_siren.values() if t.level == "region" and departement in t.departements),
                    None)

    def place(self, departement: str = "", region: str = "") -> Optional[Territory]:
        """A département or région as a place where a partner is located (not as its collectivity)."""
        if departement in self.dep_region:
            return Territory("departement", departement, self.dep_names.get(departement, departement),
                             (departement,), self.dep_region[departement])
        if region in self.region_names:
            return Territory("region", region, self.region_names[region], (), region)
        return None


def load_index(connection) -> ReferenceIndex:
    index = ReferenceIndex()
    index.dep_region = {row[0]: row[1] for row in connection.execute("SELECT code, region FROM departements")}
    index.dep_names = {row[0]: row[1] for row in connection.execute("SELECT code, name FROM departements")}
    index.region_names = {row[0]: row[1] for row in connection.execute("SELECT code, name FROM regions")}
    reference = db.table_exists(connection, "reference_codes")
    if reference:
        communes = connection.execute(
            "SELECT code, name, siren, departement, region FROM reference_codes"
            " WHERE type = 'commune-actuelle' AND zone IN ('metro', 'drom')").fetchall()
    else:  # a store built before the reference tables: the communes that have a boundary
        communes = connection.execute("SELECT code, name, siren, departement, region FROM communes").fetchall()
    for code, name, siren, departement, region in communes:
        index.add(siren, Territory("commune", code, name, (departement,), region))
    for code, siren, name, kind, departement, region, departements in connection.execute(
            "SELECT code, siren, name, kind, departement, region, departements FROM epci"):
        index.add(siren or code, Territory("epci", code, name, (departement,), region, kind))
        index.epci_departements[code] = tuple((departements or departement or "").split())
    for siren, level, code, name, departements in connection.execute(
            "SELECT siren, level, code, name, departements FROM collectivities"):
        deps = tuple((departements or "").split())
        if level == "region":
            region, aliases = code, (index.region_names.get(code, ""),)
        else:
            region = index.dep_region.get(deps[0], "") if deps else ""
            # "Bas-Rhin" should lead to the CEA, "Gironde" to the Département de la Gironde
            aliases = tuple(index.dep_names.get(dep, "") for dep in deps)
        index.add(siren, Territory(level, code, name, deps, region), aliases)
    for territory in list(index.by_code.values()):
        if territory.level == "departement":
            # "département 67" as a mapping target means its collectivity, the CEA (67A)
            for dep in territory.departements:
                index.by_code.setdefault(("departement", dep), territory)
    for code, name in index.region_names.items():
        # a région without a région-level collectivity (Mayotte) is still a place to attach partners
        index.by_code.setdefault(("region", code), Territory("region", code, name, (), code))
    for code, name in index.dep_names.items():
        if ("departement", code) not in index.by_code:
            index.by_code[("departement", code)] = Territory("departement", code, name, (code,),
                                                             index.dep_region.get(code, ""))
    if reference:
        _load_codes(connection, index)
    _load_members(connection, index)
    if db.table_exists(connection, "departement_neighbours"):
        for departement, neighbour in connection.execute("SELECT departement, neighbour FROM departement_neighbours"):
            index.neighbours.setdefault(departement, set()).add(neighbour)
    return index


def _load_codes(connection, index: ReferenceIndex) -> None:
    for code, name, kind, current, departement, zone in connection.execute(
            "SELECT code, name, type, current_code, departement, zone FROM reference_codes"):
        if kind == "collectivite-outre-mer":
            index.overseas[code] = name
            continue
        if zone not in IN_SCOPE:
            if kind == "commune-actuelle":
                index.overseas_communes.setdefault(name_key(name), (code, departement))
            continue
        entry = CodeEntry(code, name or "", kind, current or "")
        index.codes.setdefault(code, []).append(entry)
        territory = index.commune(entry.current)
        if entry.name:
            # a commune déléguée the reference gives no département lies in its chef-lieu's
            departement = departement or (territory.departements[0] if territory else "")
            index.dep_codes.setdefault(departement, []).append(entry)
        if entry.name and kind != "commune-actuelle" and territory is not None:
            # "Chéméré" finds Chaumes-en-Retz among the suggestions
            index.add_names(territory, (entry.name,))
    # a COM commune named like a commune of France's maps (Saint-Martin...) is no evidence
    for key in [key for key in index.overseas_communes if index.is_commune_name(key)]:
        del index.overseas_communes[key]


def _load_members(connection, index: ReferenceIndex) -> None:
    if db.table_exists(connection, "epci_members"):
        rows = connection.execute("SELECT commune, epci FROM epci_members").fetchall()
    else:
        rows = connection.execute("SELECT code, epci FROM communes WHERE epci IS NOT NULL").fetchall()
    index.commune_epci = {commune: epci for commune, epci in rows if epci}


def guessed_level(siren: str, name: str) -> Optional[str]:
    """The collectivity level an unmatched actor seems to be, from its SIREN prefix and its name."""
    if is_partner_name(name):
        return None
    level = PREFIX_LEVEL.get(siren[:2])
    if level:
        return level
    if siren.startswith("20"):
        found = set(words(name))
        for candidate in ("epci", "commune", "departement", "region"):
            if found & LEVEL_WORDS[candidate]:
                return candidate
    return None


def resolve(row, index: ReferenceIndex, mapping: Optional[Tuple[str, str, str]] = None,
            platforms: Optional[Dict[str, List[Territory]]] = None) -> Resolution:
    """Exact SIREN, then a user mapping, a successor, overseas, then where a partner is located.

    `platforms` (host -> territories of the collectivities publishing there) lets a partner be located by
    the platform it shares with them; the import passes it on a second pass.
    """
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
    found = successors.find(row.siren, row.name, level, index) if level else None
    if found is not None and found.territory is not None:
        return Resolution(found.territory.level, "successor", found.territory, found.explanation)
    overseas = partners.overseas(row, index)
    if overseas is not None:
        code, how = overseas
        place = Territory(OVERSEAS, code, index.overseas.get(code, code), (code,), code)
        return Resolution("other", "overseas", place, tr("{name}, overseas collectivity (COM) outside the maps: {how}")
                          .format(name=place.name, how=how))
    placed = partners.locate(row, index, platforms)
    if level is not None:
        reason = found.explanation if found is not None and found.explanation else _unresolved(row, level, index)
        territory = placed[0] if placed else None
        # an unresolved collectivity still counts in the département its SIREN gives, drawn nowhere
        return Resolution("other", "unresolved", _unmapped(territory), reason)
    if placed is not None:
        territory, rule, how = placed
        return Resolution("other", "registry" if rule == "registry" else "located", territory, how)
    return Resolution("other", "none", None)


def _unmapped(territory: Optional[Territory]) -> Optional[Territory]:
    if territory is None:
        return None
    return Territory("", "", territory.name, territory.departements, territory.region)


# Below this score a "closest" name is noise ("AUTOLIB VELIB METROPOLE" is not "CC Haut Pays du Velay").
HINT_SCORE = 0.75


def _unresolved(row, level: str, index: ReferenceIndex) -> str:
    departements = siren_departements(row.siren)
    found = [item for item in suggest(index, row.name, level, limit=1, departements=departements)
             if item[1] >= HINT_SCORE or set(item[0].departements) & set(departements)]
    hint = tr("; closest: {name} ({level} {code})").format(
        name=found[0][0].name, level=found[0][0].level, code=found[0][0].code) if found else ""
    return tr("SIREN {siren} looks like a collectivity ({level}) but matches none in the current reference "
              "(merged or renumbered since?){hint}").format(siren=row.siren, level=level, hint=hint)


def suggest(index: ReferenceIndex, name: str, level: Optional[str] = None, limit: int = 5,
            cutoff: float = 0.6, departements: Tuple[str, ...] = ()) -> List[Tuple[Territory, float]]:
    """Reference territories whose name is close to `name`, best first, with a 0..1 score.

    With `departements` (from the actor's SIREN), territories of those départements come first, and
    are compared one by one so that a close name there is not crowded out by closer ones elsewhere.
    """
    wanted = significant(name_key(name))
    results: Dict[Tuple[str, str], Tuple[Territory, float]] = {}

    def keep(territory: Territory, score: float) -> None:
        ident = (territory.level, territory.code)
        if ident not in results or results[ident][1] < score:
            results[ident] = (territory, score)

    for candidate_level in ([level] if level else list(LEVEL_IDS)):
        names = index.short_names(candidate_level)
        for short in difflib.get_close_matches(wanted, list(names), n=limit, cutoff=cutoff):
            for territory in names[short]:
                keep(territory, difflib.SequenceMatcher(None, wanted, short).ratio())
        if departements:
            local = defaultdict(list)
            for short, territories in names.items():
                for territory in territories:
                    if set(territory.departements) & set(departements):
                        local[short].append(territory)
            for short in difflib.get_close_matches(wanted, list(local), n=limit, cutoff=cutoff * 0.75):
                for territory in local[short]:
                    keep(territory, difflib.SequenceMatcher(None, wanted, short).ratio())

    def rank(item):
        territory, score = item
        return (bool(departements) and not set(territory.departements) & set(departements),
                level is not None and territory.level != level, -score, territory.level, territory.code)

    return sorted(results.values(), key=rank)[:limit]
