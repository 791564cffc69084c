"""What council pages print, read from the store once per export: the snapshot, coverage, names, platforms.

Pure: the QGIS part (layouts/qgis_*.py) draws what these values say. A scenario page carries a
second state (the scenario's snapshot and coverage) beside the observed one; every value has a
`state` argument, "observed" or "scenario", so that both are computed by the same code.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..common.levels import LEVEL_IDS
from ..common.settings import DEFAULT_THRESHOLD
from ..footprints.mutualisation import Footprint, store_platforms
from ..indicators import coverage
from ..indicators.measures import Measure
from ..publications.publication_measures import PublicationIndex
from ..registry.engagement import Snapshot, load, rate, scope_counts
from ..store import db

OBSERVED, SCENARIO = "observed", "scenario"
LEVEL_TABLES = (("commune", "communes"), ("epci", "epci"), ("departement", "departements"), ("region", "regions"))


@dataclass
class State:
    """One state of engagement: its snapshot, the coverage of every commune and the totals per territory."""

    snapshot: Snapshot
    coverage: coverage.Coverage
    totals: dict
    counts: Dict[Tuple[str, str], dict] = field(default_factory=dict)  # (level, code) -> scope_counts, cached

    def scope_counts(self, level: str, code: Optional[str]) -> dict:
        key = (level, code)
        if key not in self.counts:
            self.counts[key] = scope_counts(self.snapshot, code if level == "region" else None,
                                            code if level == "departement" else None)
        return self.counts[key]


@dataclass
class Scenario:
    name: str
    sentence: str  # the rules as people say them (scenarios/rule_sentences.py)
    state: State
    turned: List[Tuple[str, str]]  # (level, code) of the collectivities the scenario makes publish


@dataclass
class PageData:
    observed: State
    names: Dict[Tuple[str, str], str]
    population: Dict[Tuple[str, str], int]
    members: Dict[str, Tuple[str, ...]]  # EPCI -> member communes
    epci_place: Dict[str, Tuple[str, str]]  # EPCI -> (main département, main région)
    platforms: List[Footprint]
    sources: dict
    collectivity_names: Dict[Tuple[str, str], str] = field(default_factory=dict)  # "Région Bretagne"
    scenario: Optional[Scenario] = None
    publications: Optional[PublicationIndex] = None  # the dataset listings (section "Ce que publie le territoire")

    @property
    def snapshot(self) -> Snapshot:
        return self.observed.snapshot

    def state(self, which: str = OBSERVED) -> State:
        return self.scenario.state if which == SCENARIO and self.scenario else self.observed

    def name(self, level: str, code: Optional[str]) -> str:
        return self.names.get((level, code), code or "")


def state_of(snapshot: Snapshot, commune_epci: Dict[str, str]) -> State:
    found = coverage.compute(snapshot, commune_epci)
    return State(snapshot, found, coverage.by_territory(found))


def load_page_data(store: str, threshold: int = DEFAULT_THRESHOLD) -> PageData:
    """Read the store once: engagement, names and populations of every territory, EPCI membership."""
    from .layout_texts import read_sources

    connection = db.open_store(store).connect()
    try:
        snapshot = load(connection, threshold)
        names, population = {}, {}
        for level, table in LEVEL_TABLES:
            for code, name, people in connection.execute(
                    f"SELECT code, name, population FROM {db.quote_identifier(table)}"):
                names[(level, code)] = name
                population[(level, code)] = people or 0
        collectivity_names = {(row[0], row[1]): row[2] for row in connection.execute(
            "SELECT level, code, name FROM collectivities")}
        epci_place = {row[0]: (row[1], row[2]) for row in connection.execute(
            "SELECT code, departement, region FROM epci")}
        commune_epci = coverage.commune_epci(connection)
        publications = PublicationIndex(connection, snapshot, threshold, commune_epci)
    finally:
        connection.close()
    members: Dict[str, list] = {}
    for commune, epci in commune_epci.items():
        members.setdefault(epci, []).append(commune)
    return PageData(state_of(snapshot, commune_epci), names, population,
                    {key: tuple(sorted(codes)) for key, codes in members.items()}, epci_place,
                    store_platforms(store), read_sources(store), collectivity_names, publications=publications)


def with_scenario(data: PageData, name: str, sentence: str, snapshot: Snapshot,
                  turned: List[Tuple[str, str]]) -> PageData:
    state = state_of(snapshot, data.observed.coverage.commune_epci)
    data.scenario = Scenario(name, sentence, state, list(turned))
    return data


# --- values of a measure ----------------------------------------------------------------------------------

def value(data: PageData, measure: Measure, level: str, code: Optional[str], which: str = OBSERVED) \
        -> Optional[float]:
    """The measure's rate (0..1) for France, a région, a département or an EPCI; None when not defined."""
    state = data.state(which)
    if measure.population:
        if level == "france":
            return coverage.share(state.coverage, measure.id)["rate"]
        layer = {"region": "regions", "departement": "departements", "epci": "epci"}[level]
        covered, total = state.totals[layer].get(code, {}).get(measure.id, (0, 0))
        return rate(covered, total)
    if level == "epci":
        return _epci_share(data, state, measure, code)
    counts = state.scope_counts(level, code)
    if measure.id == "share":
        return rate(*counts["all"])
    return rate(*_obligated(counts))


def _obligated(counts: dict) -> Tuple[int, int]:
    parts = [counts["obligated_commune"], counts["epci"], counts["departement"], counts["region"]]
    return sum(part[0] for part in parts), sum(part[1] for part in parts)


def _epci_share(data: PageData, state: State, measure: Measure, code: str) -> Optional[float]:
    communes = data.members.get(code, ())
    snapshot = state.snapshot
    if measure.id == "obligated":
        communes = [commune for commune in communes if data.population.get(("commune", commune), 0)
                    >= snapshot.threshold]
    engaged = sum(1 for commune in communes if snapshot.engaged("commune", commune) == 1)
    return rate(engaged + (snapshot.engaged("epci", code) == 1), len(communes) + 1)


def peers(data: PageData, level: str, code: Optional[str]) -> List[str]:
    """The territories a page's territory is ranked among: all régions, all départements, the EPCI of
    its département."""
    if level == "region":
        return list(data.snapshot.regions)
    if level == "departement":
        return sorted(data.snapshot.dep_region)
    if level == "epci":
        home = data.epci_place.get(code, ("", ""))[0]
        return sorted(epci for epci, place in data.epci_place.items() if place[0] == home)
    return []


def rank(data: PageData, measure: Measure, level: str, code: Optional[str], which: str = OBSERVED) \
        -> Optional[Tuple[int, int]]:
    """(rank, number of peers), 1 = the highest value; ties share the better rank; None for France."""
    others = peers(data, level, code)
    if not others or code not in others:
        return None
    values = {other: value(data, measure, level, other, which) for other in others}
    mine = values[code]
    if mine is None:
        return None
    return 1 + sum(1 for other in values.values() if other is not None and other > mine), len(others)


def inside(data: PageData, layer: str, level: str, code: Optional[str]) -> List[str]:
    """Codes of a layer's features that belong to the page's territory (their main territory)."""
    if layer == "regions":
        return list(data.snapshot.regions) if level == "france" else [code] if level == "region" else []
    if layer == "departements":
        return sorted(dep for dep, region in data.snapshot.dep_region.items()
                      if level == "france" or (level == "region" and region == code)
                      or (level == "departement" and dep == code))
    if layer == "epci":
        index = {"departement": 0, "region": 1}.get(level)
        return sorted(epci for epci, place in data.epci_place.items()
                      if level == "france" or (index is not None and place[index] == code)
                      or (level == "epci" and epci == code))
    if layer in ("communes", "communes_small"):
        if level == "epci":
            return list(data.members.get(code, ()))
        return coverage.communes_of(data.observed.coverage, level, code)
    return []


def layer_values(data: PageData, measure: Measure, layer: str, codes: List[str], which: str = OBSERVED) -> dict:
    """{code: rate (graduated layers) or category id (communes)} for the features given."""
    state = data.state(which)
    if layer in ("communes", "communes_small"):
        if measure.commune_field:
            return {code: commune_category(data, state, measure, code) for code in codes}
        return {code: engagement_category(data, state, code) for code in codes}
    level = {"regions": "region", "departements": "departement", "epci": "epci"}[layer]
    return {code: value(data, measure, level, code, which) for code in codes}


def commune_category(data: PageData, state: State, measure: Measure, code: str) -> str:
    from ..indicators.measures import commune_category as category

    obligated = data.population.get(("commune", code), 0) >= state.snapshot.threshold
    return category(state.coverage.covered_by[measure.id].get(code), obligated)


def engagement_category(data: PageData, state: State, code: str) -> str:
    """The communes' engagement style (maps/classes.ENGAGEMENT_EXPRESSION) computed from a state."""
    engaged = state.snapshot.engaged("commune", code)
    if engaged == 1:
        return "engaged"
    if engaged is None:
        return "unknown"
    return "obligated" if data.population.get(("commune", code), 0) >= state.snapshot.threshold else "not_obligated"


# --- actors and platforms of a territory --------------------------------------------------------------------

def actors_inside(data: PageData, level: str, code: Optional[str]) -> list:
    """The engaged actors of the territory (registry/engagement.Actor), largest territory first.

    An EPCI holds itself and its communes; a département and a région hold every actor located in
    them (a région's own collectivity is not "inside" a département)."""
    snapshot = data.snapshot
    if level == "epci":
        keys = {("epci", code)} | {("commune", commune) for commune in data.members.get(code, ())}
        actors = [actor for actor in snapshot.actors if (actor.territory_level, actor.territory_code) in keys]
    elif level == "france":
        actors = list(snapshot.actors)
    else:
        actors = snapshot.in_scope("actors", code if level == "region" else None,
                                   code if level == "departement" else None)
    engaged = [actor for actor in actors if actor.engaged == 1]
    return sorted(engaged, key=lambda actor: actor_order(data, actor))


def actor_population(data: PageData, actor) -> Optional[int]:
    """The population a collectivity serves; None for a partner, even one located in a territory (it does not
    serve the territory's inhabitants as their collectivity does)."""
    if actor.category in LEVEL_IDS and actor.category == actor.territory_level and actor.territory_code:
        return data.population.get((actor.territory_level, actor.territory_code))
    return None


def actor_order(data: PageData, actor) -> tuple:
    """Most datasets first once harvested, else the largest population served; other bodies last."""
    people = actor_population(data, actor)
    datasets = actor.datasets if data.snapshot.harvested else None
    return (-(datasets or 0), people is None, -(people or 0), actor_name(data, actor).lower())


def actor_name(data: PageData, actor) -> str:
    """The reference name of a collectivity ("Nantes Métropole"), else the registry's name tidied."""
    if actor.territory_level and actor.territory_code and actor.category == actor.territory_level:
        key = (actor.territory_level, actor.territory_code)
        name = data.collectivity_names.get(key) or data.names.get(key)
        if name:
            return name
    return tidy_name(actor.name)


def tidy_name(name: str) -> str:
    """Registry names are often in capitals ("SYNDICAT MIXTE X"): shown in title case, acronyms kept."""
    if not name or name != name.upper():
        return name or ""
    small = {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "aux", "au", "à", "d", "l"}
    words = []
    for index, word in enumerate(re.split(r"(\s+|-|')", name.lower())):
        if index and word in small:
            words.append(word)
        elif len(word) <= 4 and word.upper() in ("SDIS", "SIG", "CC", "CA", "CU", "EPCI", "PNR", "SM", "SIVU",
                                                  "SIVOM", "SEM", "SPL", "GIP", "OPH", "CCI", "SNCF", "RATP"):
            words.append(word.upper())
        else:
            words.append(word[:1].upper() + word[1:])
    return "".join(words)


def platforms_inside(data: PageData, level: str, code: Optional[str]) -> List[Footprint]:
    """The mutualised platforms with at least one collectivity member in the territory, most actors first."""
    found = []
    for platform in data.platforms:
        if level == "france" or any(_member_inside(data, member, level, code) for member in platform.drawn):
            found.append(platform)
    return sorted(found, key=lambda platform: (-len(platform.members), platform.name))


def _member_inside(data: PageData, member, level: str, code: str) -> bool:
    place = member.place
    if level == "region":
        return code in place.regions
    if level == "departement":
        return code in place.departements
    if level == "epci":
        return (place.level == "epci" and place.code == code) or (place.level == "commune" and place.epci == code)
    return False
