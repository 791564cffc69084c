"""Mutualised platforms: grouping hosts into platforms, finding the carrier, typing the footprint.

Rules (the README repeats them; tests/test_footprints.py checks them on hand-made cases):

1. Platform. Actors publish on the host of their platform URL. Hosts listed together in the
   platform-groups file (resources/platform_groups.json by default, or the user's own) form one
   platform; any other host is a platform of its own. Hosts in the file's "ignore" list (national
   portals such as data.gouv.fr) are never platforms of a territory.
2. Mutualised: at least two distinct actors (SIREN) publish on the platform.
3. Where a member stands: a collectivity actor (commune, EPCI, département, région) stands for its
   territory. A commune is within its EPCI, its département and its région; an EPCI within every
   département and région it touches; a département within its région. Other bodies (syndicates,
   agencies...) count as members but have no territory of their own: they are not drawn.
4. Carrier, in this order: the group's "carrier" SIREN in the file; else the collectivity member
   whose territory contains the most other members (ties: the one whose name matches the host,
   then the higher level, then the smaller SIREN); else, when no member contains another, the member
   whose name matches the host (e.g. "data.nantesmetropole.fr" and "Nantes Métropole"); else none.
5. Type, in this order: the group's "type" in the file; cross-level when the platform has several
   hosts whose own carriers (rule 4 applied to each host alone) are collectivities of at least two
   levels; otherwise from the carrier: EPCI -> metropolitan, département -> departmental,
   région -> regional. When the carrier is a commune or another body, or is not found, the type
   comes from where the located members lie: all within one EPCI -> metropolitan, else within one
   département -> departmental, else within one région -> regional, else (or nobody located) other.
6. Footprint: the union of the territories of the collectivity members (rule 3), nothing else.
7. Infrastructure: a platform with a host listed under "infrastructures" in the file (regional
   geographic-data infrastructures: PIGMA, GéoBretagne, CRAIG, Géo2France, DataRA...) is flagged as
   such; the 2018 report counted them apart from the open data platforms.
"""

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

from ..common.errors import InputError
from ..common.folding import squeezed
from ..common.i18n import tr
from ..common.levels import LEVELS
from ..common.paths import resource
from ..maps.classes import FOOTPRINT_TYPES
from ..store import db

GROUPS_KEY = "platform_groups"  # odt_metadata: the groups file last used, reused by refreshes
LEVEL_RANK = {level.id: level.rank for level in LEVELS}
GROUPS_KEY = "platform_groups"  # odt_metadata: the groups file last used, reused by refreshes
TYPE_IDS = tuple(item.id for item in FOOTPRINT_TYPES)
CARRIER_TYPES = {"epci": "metropolitan", "departement": "departmental", "region": "regional"}
# Host labels that say nothing about who runs the platform.
GENERIC_LABELS = {
    "www",
    "data",
    "opendata",
    "open",
    "trouver",
    "donnees",
    "catalogue",
    "geo",
    "portail",
    "fr",
    "com",
    "org",
    "eu",
    "net",
    "bzh",
    "corsica",
    "opendatasoft",
}


@dataclass(frozen=True)
class Place:
    """A collectivity's territory, as far as containment is concerned."""

    level: str
    code: str
    departements: FrozenSet[str] = frozenset()
    regions: FrozenSet[str] = frozenset()
    epci: str = ""  # a commune's EPCI


@dataclass(frozen=True)
class Member:
    siren: str
    name: str
    category: str
    host: str
    place: Optional[Place] = None

    @property
    def collectivity(self) -> bool:
        return self.category in LEVEL_RANK and self.place is not None


@dataclass(frozen=True)
class PlatformGroup:
    name: str
    hosts: Tuple[str, ...]
    carrier: str = ""  # SIREN
    type: str = ""


@dataclass
class PlatformGroups:
    groups: List[PlatformGroup] = field(default_factory=list)
    ignore: FrozenSet[str] = frozenset()
    infrastructures: FrozenSet[str] = frozenset()  # hosts of regional geographic-data infrastructures

    def group_of(self, host: str) -> Optional[PlatformGroup]:
        for group in self.groups:
            if host in group.hosts:
                return group
        return None


@dataclass
class Footprint:
    name: str
    hosts: Tuple[str, ...]
    type: str
    carrier: Optional[Member]
    members: List[Member]
    infrastructure: bool = False  # rule 7

    @property
    def drawn(self) -> List[Member]:
        """Members whose territory makes up the footprint (rule 6)."""
        return [member for member in self.members if member.collectivity]

    def categories(self) -> str:
        counts = Counter(member.category for member in self.members)
        order = ("region", "departement", "epci", "commune", "other")
        return ", ".join(f"{name} {counts[name]}" for name in order if counts.get(name))


def normalise_host(host: str) -> str:
    host = (host or "").strip().lower().rstrip(".")
    return host.removeprefix("www.")


def read_platform_groups(path) -> PlatformGroups:
    """The user-editable JSON file: {"ignore": [hosts], "groups": [{name, hosts, carrier?, type?}]}."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise InputError(
            tr("Cannot read the platform groups file {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    except (ValueError, RecursionError) as error:
        raise InputError(
            tr("The platform groups file {path} is not valid JSON: {reason}").format(path=path, reason=error)
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("groups", []), list):
        raise InputError(
            tr('The platform groups file {path} must hold an object with a list "groups"').format(path=path)
        )
    _check_lists(path, data)
    groups, seen = [], {}
    for entry in data.get("groups", []):
        hosts = tuple(normalise_host(host) for host in (entry.get("hosts") or []))
        name = str(entry.get("name") or (hosts[0] if hosts else ""))
        kind = str(entry.get("type") or "")
        if not hosts:
            raise InputError(tr("Platform group {name} lists no host").format(name=name))
        if kind and kind not in TYPE_IDS:
            raise InputError(
                tr("Platform group {name}: unknown type {type} (one of {types})").format(
                    name=name, type=kind, types=", ".join(TYPE_IDS)
                )
            )
        for host in hosts:
            if host in seen:
                raise InputError(
                    tr("Host {host} is in two platform groups: {a} and {b}").format(host=host, a=seen[host], b=name)
                )
            seen[host] = name
        groups.append(PlatformGroup(name, hosts, str(entry.get("carrier") or ""), kind))
    ignore = frozenset(normalise_host(host) for host in data.get("ignore", []) if isinstance(host, str))
    infrastructures = data.get("infrastructures", [])
    if not isinstance(infrastructures, list):
        raise InputError(tr('The platform groups file {path}: "infrastructures" must be a list of hosts').format(
            path=path))
    return PlatformGroups(groups, ignore, frozenset(normalise_host(host) for host in infrastructures
                                                    if isinstance(host, str)))


def _check_lists(path, data: dict) -> None:
    """Hosts are lists of host names: "hosts": "abc" would otherwise be read as the hosts a, b and c."""
    def texts(value) -> bool:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)

    if not texts(data.get("ignore", [])):
        raise InputError(tr('The platform groups file {path}: "ignore" must be a list of host names').format(
            path=path))
    for number, entry in enumerate(data.get("groups", []), start=1):
        if not isinstance(entry, dict):
            raise InputError(tr("The platform groups file {path}: group {n} is not an object").format(
                path=path, n=number))
        if not texts(entry.get("hosts")):
            raise InputError(tr('The platform groups file {path}: group {n} ({name}): "hosts" must be a list of '
                                'host names').format(path=path, n=number, name=entry.get("name", "?")))
        for key in ("name", "carrier", "type"):
            if entry.get(key) is not None and not isinstance(entry[key], str):
                raise InputError(tr('The platform groups file {path}: group {n}: "{key}" must be text').format(
                    path=path, n=number, key=key))


def contains(outer: Place, inner: Place) -> bool:
    """Whether `inner` lies within `outer` (or is it), by codes: rule 3."""
    if outer.level == inner.level and outer.code == inner.code:
        return True
    if outer.level == "region":
        return inner.level != "region" and outer.code in inner.regions
    if outer.level == "departement":
        return inner.level in ("epci", "commune") and bool(outer.departements & inner.departements)
    if outer.level == "epci":
        return inner.level == "commune" and inner.epci == outer.code
    return False


def host_keys(host: str) -> List[str]:
    """The telling parts of a host name: 'data.loire-atlantique.fr' -> ['loireatlantique']."""
    labels = normalise_host(host).split(".")[:-1]
    return [key for key in (squeezed(label) for label in labels) if len(key) >= 4 and key not in GENERIC_LABELS]


def name_matches(member: Member, hosts: Iterable[str]) -> bool:
    name = squeezed(member.name)
    if len(name) < 4:
        return False
    return any(key in name or name in key for host in hosts for key in host_keys(host))


def find_carrier(members: List[Member], hosts: Iterable[str], override: str = "") -> Optional[Member]:
    """Rule 4."""
    hosts = tuple(hosts)
    if override:
        for member in members:
            if member.siren == override:
                return member
        raise InputError(
            tr("Carrier {siren} declared for {host} does not publish on it").format(
                siren=override, host=hosts[0] if hosts else ""
            )
        )
    best, best_key = None, None
    for candidate in members:
        if not candidate.collectivity:
            continue
        score = sum(
            1
            for other in members
            if other is not candidate and other.place is not None and contains(candidate.place, other.place)
        )
        key = (score, name_matches(candidate, hosts), LEVEL_RANK[candidate.category], -int(candidate.siren or 0))
        if best_key is None or key > best_key:
            best, best_key = candidate, key
    if best is not None and best_key[0] > 0:
        return best
    named = sorted(
        (member for member in members if name_matches(member, hosts)),
        key=lambda m: (-LEVEL_RANK.get(m.category, 0), m.siren),
    )
    return named[0] if named else None


def _common_extent(members: List[Member]) -> str:
    """The smallest of one EPCI, one département or one région holding every located member."""
    places = [member.place for member in members if member.place is not None]
    if not places:
        return "other"
    epci = {
        place.epci if place.level == "commune" else place.code for place in places if place.level in ("commune", "epci")
    }
    if len(epci) == 1 and "" not in epci and all(place.level in ("commune", "epci") for place in places):
        return "metropolitan"
    departements = frozenset.intersection(*(place.departements for place in places))
    if departements and all(place.level != "region" for place in places):
        return "departmental"
    regions = frozenset.intersection(*(place.regions for place in places))
    return "regional" if regions else "other"


def classify(
    members: List[Member], hosts: Tuple[str, ...], group: Optional[PlatformGroup] = None
) -> Tuple[str, Optional[Member]]:
    """Rule 5: (type, carrier)."""
    carrier = find_carrier(members, hosts, group.carrier if group else "")
    if group is not None and group.type:
        return group.type, carrier
    if len(hosts) > 1:
        levels = set()
        for host in hosts:
            owner = find_carrier([member for member in members if member.host == host], (host,))
            if owner is not None and owner.collectivity:
                levels.add(owner.category)
        if len(levels) >= 2:
            return "cross_level", carrier
    if carrier is not None and carrier.category in CARRIER_TYPES and carrier.collectivity:
        return CARRIER_TYPES[carrier.category], carrier
    return _common_extent(members), carrier


def mutualised_platforms(members: Iterable[Member], groups: PlatformGroups) -> List[Footprint]:
    """Rules 1, 2 and 5 over a whole registry; sorted by type, then size."""
    by_platform: Dict[str, List[Member]] = {}
    platform_group: Dict[str, Optional[PlatformGroup]] = {}
    for member in members:
        host = normalise_host(member.host)
        if not host or host in groups.ignore:
            continue
        group = groups.group_of(host)
        key = group.name if group else host
        by_platform.setdefault(key, []).append(Member(member.siren, member.name, member.category, host, member.place))
        platform_group[key] = group
    footprints = []
    for key, platform_members in by_platform.items():
        unique = list({member.siren: member for member in platform_members}.values())
        if len(unique) < 2:
            continue
        group = platform_group[key]
        hosts = group.hosts if group else (key,)
        kind, carrier = classify(unique, hosts, group)
        footprints.append(Footprint(key, hosts, kind, carrier, sorted(unique, key=lambda m: m.siren),
                                    bool(set(hosts) & groups.infrastructures)))
    order = {kind: index for index, kind in enumerate(TYPE_IDS)}
    footprints.sort(key=lambda f: (order[f.type], -len(f.members), f.name))
    return footprints


def load_members(connection: sqlite3.Connection) -> List[Member]:
    """Every actor with a platform host, with its territory's place (rule 3)."""
    communes = {
        row[0]: row[1:]
        for row in connection.execute(
            "SELECT code, COALESCE(epci, ''), COALESCE(departement, ''), COALESCE(region, '') FROM communes"
        )
    }
    epci = {
        row[0]: row[1:]
        for row in connection.execute(
            "SELECT code, COALESCE(departements, departement, ''), COALESCE(regions, region, '') FROM epci"
        )
    }
    members = []
    for siren, name, category, level, code, departements, region, host in connection.execute(
        "SELECT siren, name, category, territory_level, territory_code, departement, region, host"
        " FROM actors WHERE host IS NOT NULL AND host != '' ORDER BY siren"
    ):
        category = category or "other"
        place = None
        if category in LEVEL_RANK and level == category and code:
            place = _place(level, code, departements or "", region or "", communes, epci)
        members.append(Member(siren, name or "", category, host, place))
    return members


def _place(level, code, departements, region, communes, epci) -> Optional[Place]:
    if level == "commune":
        row = communes.get(code)
        return Place(level, code, frozenset([row[1]]), frozenset([row[2]]), row[0]) if row else None
    if level == "epci":
        row = epci.get(code)
        return Place(level, code, frozenset(row[0].split()), frozenset(row[1].split())) if row else None
    deps = frozenset(departements.split()) or (frozenset([code]) if level == "departement" else frozenset())
    return Place(level, code, deps, frozenset([region] if region else []))


def default_groups_file() -> Path:
    return resource("platform_groups.json")


def groups_file(store, explicit: Optional[str] = None) -> Path:
    """The file given, else the one this store (a location or an open store) last used if it still exists,
    else the shipped one."""
    if explicit:
        if not Path(explicit).is_file():
            raise InputError(tr("Platform groups file not found: {path}").format(path=explicit))
        return Path(explicit)
    handle = db.open_store(store) if isinstance(store, (str, Path)) else store
    remembered = handle.get_meta(GROUPS_KEY) if handle is not None else None
    if remembered and Path(remembered).is_file():
        return Path(remembered)
    return default_groups_file()


def store_platforms(store: str) -> List[Footprint]:
    """The mutualised platforms of the store's registry, with the groups file the store last used."""
    store_db = db.open_store(store)
    if not store_db.has_table("actors"):
        return []
    groups = read_platform_groups(groups_file(store))
    connection = store_db.connect()
    try:
        return mutualised_platforms(load_members(connection), groups)
    finally:
        connection.close()
