"""The history an evolution is computed from: the current territories, and one point per registry edition and
per complete harvest run saying which collectivities were engaged, with each point's figures per scope.

A collectivity is a territory of the current reference (commune, EPCI, département- or région-level
collectivity). At an edition, a collectivity is engaged when an actor of that edition is identified as it
(the registry lists the actors that publish). At a run, it is engaged when one of its actors has at least one
dataset, counted zero when its actors have none, unknown when none of them answered. The figures per scope
follow the indicators' rules (registry/engagement.py scope_counts): a commune, an EPCI or a collectivity
belongs to the région and département it is attached to; an EPCI page holds its member communes and itself.
"""
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.levels import LEVEL_IDS
from ..common.settings import DEFAULT_THRESHOLD
from ..registry.actors import resolver
from ..registry.registry_csv import RegistryRow
from ..store import db
from .editions import identify_editions, stale_editions
from .run_states import RunHistory, load_run_history

log = logging.getLogger(__name__)

EDITION, RUN = "edition", "run"
ABSENT = "absent"  # a collectivity a point did not know at all (no actor identified as it)
FRANCE = ("france", "")
Key = Tuple[str, str]  # (level, code) of a collectivity
ScopeKey = Tuple[str, str]  # FRANCE, ("region", code) or ("departement", code)
TOTAL_FIELDS = ("commune", "epci", "departement", "region", "obligated", "population")


@dataclass(frozen=True)
class Place:
    """Where an actor stands: the collectivity it is (None for a partner) and the scopes it counts in."""

    key: Optional[Key]
    scopes: Tuple[ScopeKey, ...]


Places = Tuple[ScopeKey, ...]  # France, a région, one or more départements: the scopes a territory counts in


@dataclass
class Territories:
    threshold: int
    regions: List[str]
    dep_region: Dict[str, str]
    population: Dict[str, int]  # commune -> inhabitants
    commune_epci: Dict[str, str]
    members: Dict[str, Tuple[str, ...]]  # EPCI -> its communes
    commune_places: Dict[str, Places]  # 35,000 communes, by code (they share a hundred tuples)
    scopes: Dict[Key, Places]  # the other collectivities: EPCI, départements, régions
    commune_names: Dict[str, str]
    names: Dict[Key, str]  # the other collectivities, and ("place", "region:52"...) for territories
    totals: Dict[ScopeKey, Dict[str, int]]
    epci_cover: Dict[str, Dict[Places, int]]  # EPCI -> its members' inhabitants by places

    def scopes_of(self, key: Key) -> Optional[Places]:
        return self.commune_places.get(key[1]) if key[0] == "commune" else self.scopes.get(key)

    def name_of(self, key: Key) -> str:
        return (self.commune_names if key[0] == "commune" else self.names).get(
            key[1] if key[0] == "commune" else key, key[1])

    def obligated(self, key: Key) -> bool:
        return key[0] != "commune" or self.population.get(key[1], 0) >= self.threshold

    def place_name(self, level: str, code: str) -> str:
        return self.names.get(("place", level + ":" + code), code)


@dataclass
class Tally:
    """One point's figures in one scope."""

    engaged: Dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVEL_IDS, 0))
    obligated: int = 0
    unknown: int = 0  # collectivities whose actors did not answer (runs only)
    covered: int = 0  # inhabitants of communes whose commune or EPCI is engaged
    datasets: int = 0
    datasets_unknown: int = 0  # actors of the scope whose count is unknown


@dataclass
class Point:
    kind: str  # EDITION or RUN
    key: str  # the edition's date, or the run id
    date: str  # YYYY-MM-DD
    status: Dict[Key, Optional[int]]  # collectivities the point knew: 1 engaged, 0 no dataset, None unknown
    counts: Dict[str, Optional[int]] = field(default_factory=dict)  # runs: datasets per actor (SIREN)
    tallies: Dict[ScopeKey, Tally] = field(default_factory=dict)


@dataclass
class History:
    territories: Territories
    points: List[Point]
    runs: RunHistory
    places: Dict[str, Place]  # SIREN -> where the actor stands
    known: Dict[ScopeKey, List[Key]] = field(default_factory=dict)  # collectivities some point knew, per scope


def load_history(store_path, threshold: int = DEFAULT_THRESHOLD) -> History:
    """Read the store once: territories, editions (identified again first if they are stale) and complete runs."""
    store = db.open_store(store_path)
    if not store.has_table("communes"):
        raise StoreError(tr("The store has no territories: build it first (build-store)."))
    connection = store.connect()
    try:
        stale = stale_editions(connection)
    finally:
        connection.close()
    if stale:
        with store.transaction() as writing:
            identify_editions(writing)
    connection = store.connect()
    try:
        territories = load_territories(connection, threshold)
        editions = _edition_rows(connection)
        runs = load_run_history(connection)
        places = _actor_places(connection, territories, editions, runs)
    finally:
        connection.close()
    points = [Point(EDITION, day, day, {key: 1 for _siren, key, _where in rows if key is not None})
              for day, rows in sorted(editions.items())]
    for state in runs.states:
        status: Dict[Key, Optional[int]] = {}
        for siren, datasets in state.counts.items():
            key = places[siren].key
            if key is not None:
                status[key] = _merge(status.get(key, ABSENT), datasets)
        points.append(Point(RUN, str(state.run_id), state.date, status, state.counts))
    points.sort(key=lambda point: (point.date, point.kind != EDITION, int(point.key) if point.kind == RUN else 0))
    known: Dict[ScopeKey, List[Key]] = defaultdict(list)
    for key in sorted({key for point in points for key in point.status}):
        for scope in territories.scopes_of(key) or ():
            known[scope].append(key)
    for point in points:
        _tally(point, territories, places)
    return History(territories, points, runs, places, dict(known))


def _merge(current, datasets: Optional[int]):
    """A collectivity with several actors (an old SIREN and the current one): engaged wins, then counted zero,
    then unknown, as registry/engagement.py ranks them."""
    new = None if datasets is None else int(datasets > 0)
    rank = {1: 2, 0: 1, None: 0, ABSENT: -1}
    return new if rank[new] > rank[current] else current


def _commune_rows(connection):
    """Every current commune: the layer's, then those of the reference without a boundary in the boundary
    vintage, which count in the denominators as they do for the indicators (registry/engagement.py)."""
    drawn = set()
    for row in connection.execute(
            "SELECT code, name, COALESCE(population, 0), epci, departement, region FROM communes"):
        drawn.add(row[0])
        yield tuple(row)
    if db.table_exists(connection, "reference_codes"):
        for code, name, inhabitants, departement, region in connection.execute(
                "SELECT code, name, COALESCE(population, 0), departement, region FROM reference_codes"
                " WHERE type = 'commune-actuelle' AND zone IN ('metro', 'drom') ORDER BY code"):
            if code not in drawn:
                yield code, name, inhabitants, None, departement, region


def load_territories(connection, threshold: int) -> Territories:
    dep_region = {row[0]: row[1] for row in connection.execute("SELECT code, region FROM departements")}
    regions = sorted(row[0] for row in connection.execute("SELECT code FROM regions"))
    names: Dict[Key, str] = {}
    scopes: Dict[Key, Places] = {}
    population: Dict[str, int] = {}
    commune_epci: Dict[str, str] = {}
    commune_places: Dict[str, Places] = {}
    commune_names: Dict[str, str] = {}
    members: Dict[str, list] = defaultdict(list)
    epci_cover: Dict[str, Dict[Places, int]] = defaultdict(lambda: defaultdict(int))
    totals: Dict[ScopeKey, Dict[str, int]] = defaultdict(lambda: dict.fromkeys(TOTAL_FIELDS, 0))
    shared: Dict[tuple, Places] = {}

    def place(region: str, departement: str) -> Places:
        if (region, departement) not in shared:
            shared[(region, departement)] = (FRANCE, ("region", region), ("departement", departement))
        return shared[(region, departement)]

    # the communes' denominators, summed by places during the one scan of the layer
    per_place: Dict[Places, list] = defaultdict(lambda: [0, 0, 0])
    for code, name, inhabitants, epci, departement, region in _commune_rows(connection):
        where = place(region, departement)
        commune_names[code] = name
        commune_places[code] = where
        population[code] = inhabitants
        if epci:
            commune_epci[code] = epci
            members[epci].append(code)
            epci_cover[epci][where] += inhabitants
        counted = per_place[where]
        counted[0] += 1
        counted[1] += inhabitants
        counted[2] += inhabitants >= threshold
    for where, (communes, inhabitants, obligated) in per_place.items():
        for scope in where:
            total = totals[scope]
            total["commune"] += communes
            total["population"] += inhabitants
            total["obligated"] += obligated
    for code, name, departement, region in connection.execute("SELECT code, name, departement, region FROM epci"):
        key = ("epci", code)
        names[key] = names[("place", "epci:" + code)] = name
        scopes[key] = place(region, departement)
        for scope in scopes[key]:
            totals[scope]["epci"] += 1
            totals[scope]["obligated"] += 1
    for level, code, name, departements in connection.execute(
            "SELECT level, code, name, departements FROM collectivities"):
        deps = tuple((departements or "").split())
        key = (level, code)
        names[key] = name
        if level == "region":
            scopes[key] = (FRANCE, ("region", code))
        else:
            scopes[key] = (FRANCE, ("region", dep_region.get(deps[0], "") if deps else "")) + tuple(
                ("departement", dep) for dep in deps)
        for scope in scopes[key]:
            totals[scope][level] += 1
            totals[scope]["obligated"] += 1
    for table, level in (("regions", "region"), ("departements", "departement")):
        for code, name in connection.execute(f"SELECT code, name FROM {table}"):
            names[("place", f"{level}:{code}")] = name
    return Territories(threshold, regions, dep_region, population, commune_epci,
                       {epci: tuple(sorted(codes)) for epci, codes in members.items()}, commune_places, scopes,
                       commune_names, names, dict(totals), {epci: dict(cover) for epci, cover in epci_cover.items()})


def _edition_rows(connection) -> Dict[str, list]:
    """{edition: [(siren, collectivity key or None, (departements, région, category))]}."""
    editions: Dict[str, list] = defaultdict(list)
    if not db.table_exists(connection, "edition_actors"):
        return {}
    for edition, siren, category, level, code, departement, region in connection.execute(
            "SELECT edition, siren, category, territory_level, territory_code, departement, region"
            " FROM edition_actors"):
        key = (level, code) if category in LEVEL_IDS and category == level and code else None
        editions[edition].append((siren, key, (tuple((departement or "").split()), region or "", category)))
    return dict(editions)


def _place(territories: Territories, key: Optional[Key], departements, region: str, category: str) -> Place:
    if key is not None and territories.scopes_of(key) is not None:
        return Place(key, territories.scopes_of(key))
    scopes = [FRANCE]
    if region:
        scopes.append(("region", region))
    if category != "region":
        scopes += [("departement", dep) for dep in departements]
    return Place(None, tuple(scopes))


def _actor_places(connection, territories: Territories, editions: Dict[str, list], runs: RunHistory):
    """Where every actor of the editions and runs stands: the current registry's identification first,
    then the latest edition's, then (an actor harvested once, since removed) its SIREN alone."""
    places: Dict[str, Place] = {}
    for day in sorted(editions):
        for siren, key, (departements, region, category) in editions[day]:
            places[siren] = _place(territories, key, departements, region, category)
    if db.table_exists(connection, "actors"):
        for siren, category, level, code, departement, region in connection.execute(
                "SELECT siren, category, territory_level, territory_code, departement, region FROM actors"):
            key = (level, code) if category in LEVEL_IDS and category == level and code else None
            places[siren] = _place(territories, key, tuple((departement or "").split()), region or "", category)
    missing = sorted({siren for state in runs.states for siren in state.counts} - set(places))
    if missing:
        resolutions = resolver(connection)([RegistryRow(siren=siren, name="") for siren in missing])
        for siren, resolution in zip(missing, resolutions):
            columns = resolution.columns()
            category, level, code = columns["category"], columns["territory_level"], columns["territory_code"]
            key = (level, code) if category in LEVEL_IDS and category == level and code else None
            places[siren] = _place(territories, key, tuple((columns["departement"] or "").split()),
                                   columns["region"] or "", category)
    return places


def _tally(point: Point, territories: Territories, places: Dict[str, Place]) -> None:
    """The point's figures for France and every région and département, in one pass over what it knew."""
    tallies: Dict[ScopeKey, Tally] = defaultdict(Tally)
    covering_epci = []
    communes = []
    for key, status in point.status.items():
        scopes = territories.scopes_of(key)
        if scopes is None:
            continue
        if status == 1:
            obligated = territories.obligated(key)
            for scope in scopes:
                tally = tallies[scope]
                tally.engaged[key[0]] += 1
                tally.obligated += obligated
            if key[0] == "commune":
                communes.append(key[1])
            elif key[0] == "epci":
                covering_epci.append(key[1])
        elif status is None:
            for scope in scopes:
                tallies[scope].unknown += 1
    # covered: every member of an engaged EPCI (a commune has one EPCI at most), and the other engaged communes
    covered: Dict[Places, int] = defaultdict(int)
    for epci in covering_epci:
        for where, inhabitants in territories.epci_cover.get(epci, {}).items():
            covered[where] += inhabitants
    for commune in communes:
        if point.status.get(("epci", territories.commune_epci.get(commune, "")), ABSENT) != 1:
            covered[territories.commune_places[commune]] += territories.population.get(commune, 0)
    for where, inhabitants in covered.items():
        for scope in where:
            tallies[scope].covered += inhabitants
    if point.kind == RUN:
        for siren, datasets in point.counts.items():
            for scope in places[siren].scopes:
                if datasets is None:
                    tallies[scope].datasets_unknown += 1
                else:
                    tallies[scope].datasets += datasets
    point.tallies = dict(tallies)


def epci_tally(history: History, point: Point, epci: str) -> Tally:
    """A point's figures for one EPCI: its member communes and itself (indicators/key_figures.py rules)."""
    territories = history.territories
    members = territories.members.get(epci, ())
    tally = Tally()
    keys = [("epci", epci)] + [("commune", code) for code in members]
    epci_engaged = point.status.get(("epci", epci), ABSENT) == 1
    for key in keys:
        status = point.status.get(key, ABSENT)
        if status == 1:
            tally.engaged[key[0]] += 1
            tally.obligated += territories.obligated(key)
        elif status is None:
            tally.unknown += 1
        if key[0] == "commune" and (status == 1 or epci_engaged):
            tally.covered += territories.population.get(key[1], 0)
    if point.kind == RUN:
        wanted = set(keys)
        for siren, datasets in point.counts.items():
            if history.places[siren].key in wanted:
                if datasets is None:
                    tally.datasets_unknown += 1
                else:
                    tally.datasets += datasets
    return tally


def epci_totals(territories: Territories, epci: str) -> Dict[str, int]:
    members = territories.members.get(epci, ())
    return {"commune": len(members), "epci": 1, "departement": 0, "region": 0,
            "obligated": 1 + sum(1 for code in members if territories.population.get(code, 0) >= territories.threshold),
            "population": sum(territories.population.get(code, 0) for code in members)}
