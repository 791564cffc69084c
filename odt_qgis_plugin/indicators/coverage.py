"""Population covered by open data: who publishes for the people of each commune, and the shares per territory.

A commune's inhabitants are "covered" when a collectivity that serves them publishes. Three measures
(ids in indicators/measures.py), each a share of the population (INSEE municipal population of the
reference, summed over the communes of a territory):
- population_bloc, "population couverte par le bloc communal": the commune or its EPCI is engaged.
  About 49 % nationally on the 2022 registry, from 0 % (Guadeloupe, Martinique, Mayotte) to 88 %
  (Provence-Alpes-Côte d'Azur) across régions: the default measure of maps and pages.
- population_local, "population couverte par un portail local": the commune, its EPCI or the
  collectivity holding its département's powers (the département; the CeA for 67 and 68; the single
  collectivities of Corse, Martinique and Guyane) is engaged AND publishes on a territorial platform
  (a platform URL whose host is not the national portal, data.gouv.fr). 61.5 % on the 2022
  registry; the observatory's 2022 edition published "about 60 %" for the population living where a
  local portal exists. Régions are left out on purpose: a regional portal covers everyone of the
  région and would make the measure say little.
- population_any: the commune, its EPCI, its département's collectivity or its région is engaged.
Engaged follows registry/engagement.py (registry actors before any harvest, at least one dataset
after); an unknown status (failed harvest) does not cover anyone. A scenario's snapshot gives the
scenario's coverage through the same functions.
"""
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from ..registry.engagement import Snapshot, rate
from .indicator_tables import NATIONAL_HOST

BLOC = "population_bloc"
LOCAL = "population_local"
ANY = "population_any"
MEASURE_IDS = (BLOC, LOCAL, ANY)
# The levels that may cover a commune, in the order they are looked for, per measure.
COVERING = {BLOC: ("commune", "epci"), LOCAL: ("commune", "epci", "departement"),
            ANY: ("commune", "epci", "departement", "region")}


def commune_epci(connection) -> Dict[str, str]:
    """{commune code: EPCI SIREN} from the store (the snapshot does not hold the membership)."""
    return {row[0]: row[1] for row in connection.execute("SELECT code, epci FROM communes WHERE epci IS NOT NULL")}


def governing(snapshot: Snapshot) -> Dict[str, Tuple[str, str]]:
    """{département code: (level, code) of the collectivity holding its powers}.

    A département collectivity (the CeA holds 67 and 68); else a single collectivity of région level
    (Corse, Martinique, Guyane). Paris has none: the city holds both powers and is a commune.
    """
    found = {dep: ("departement", row[2]) for row in snapshot.collectivities if row[1] == "departement"
             for dep in row[3]}
    for row in snapshot.collectivities:
        if row[1] == "region" and row[3] and not any(dep in found for dep in row[3]):
            for dep in row[3]:
                found[dep] = ("region", row[2])
    return found


@dataclass
class Coverage:
    """For every commune: its population and, per measure, the level that covers it (None: nobody)."""

    population: Dict[str, int]
    covered_by: Dict[str, Dict[str, Optional[str]]]  # measure -> commune -> level
    commune_epci: Dict[str, str] = field(default_factory=dict)
    places: Dict[str, Tuple[str, str]] = field(default_factory=dict)  # commune -> (département, région)

    def totals(self, measure: str, communes: Iterable[str]) -> Tuple[int, int]:
        """(covered population, population) over the communes."""
        status = self.covered_by[measure]
        covered = total = 0
        for code in communes:
            people = self.population.get(code, 0)
            total += people
            if status.get(code) is not None:
                covered += people
        return covered, total


def compute(snapshot: Snapshot, commune_epci: Dict[str, str]) -> Coverage:
    """The coverage of every commune under the snapshot (observed or a scenario's)."""
    powers = governing(snapshot)
    links = snapshot.links

    def engaged(key) -> bool:
        link = links.get(key)
        return link is not None and link.engaged == 1

    def local(key) -> bool:
        link = links.get(key)
        return link is not None and link.engaged == 1 and bool(link.actor.host) \
            and link.actor.host != NATIONAL_HOST

    population, places = {}, {}
    covered_by = {measure: {} for measure in MEASURE_IDS}
    for code, people, departement, region in snapshot.communes:
        population[code] = people
        places[code] = (departement, region)
        epci = commune_epci.get(code)
        keys = {"commune": ("commune", code), "epci": ("epci", epci) if epci else None,
                "departement": powers.get(departement), "region": ("region", region) if region else None}
        for measure in MEASURE_IDS:
            test = local if measure == LOCAL else engaged
            level = None
            for candidate in COVERING[measure]:
                key = keys[candidate]
                if key is not None and test(key):
                    level = candidate  # Corse's single collectivity covers as its départements' one
                    break
            covered_by[measure][code] = level
    return Coverage(population, covered_by, dict(commune_epci), places)


def members_of(coverage: Coverage) -> Dict[str, List[str]]:
    members: Dict[str, List[str]] = {}
    for code, epci in coverage.commune_epci.items():
        members.setdefault(epci, []).append(code)
    return members


def by_territory(coverage: Coverage) -> Dict[str, Dict[str, Dict[str, Tuple[int, int]]]]:
    """{layer: {code: {measure: (covered, population)}}} for "regions", "departements" and "epci"."""
    groups: Dict[str, Dict[str, List[str]]] = {"regions": {}, "departements": {}, "epci": members_of(coverage)}
    for code, (departement, region) in coverage.places.items():
        groups["departements"].setdefault(departement, []).append(code)
        groups["regions"].setdefault(region, []).append(code)
    return {layer: {code: {measure: coverage.totals(measure, communes) for measure in MEASURE_IDS}
                    for code, communes in territories.items()}
            for layer, territories in groups.items()}


def communes_of(coverage: Coverage, level: str, code: Optional[str]) -> List[str]:
    """The communes of France (level "france"), a région, a département or an EPCI."""
    if level == "france":
        return list(coverage.population)
    if level == "epci":
        return [commune for commune, epci in coverage.commune_epci.items() if epci == code]
    index = 0 if level == "departement" else 1
    return [commune for commune, place in coverage.places.items() if place[index] == code]


def share(coverage: Coverage, measure: str, level: str = "france", code: Optional[str] = None) -> dict:
    """{"covered", "population", "rate"} of a territory for one measure."""
    covered, total = coverage.totals(measure, communes_of(coverage, level, code))
    return {"covered": covered, "population": total, "rate": rate(covered, total)}


def sub_level(level: str) -> Optional[str]:
    """The territories a table lists inside a scope: régions in France, départements in a région, EPCI in a
    département."""
    return {"france": "region", "region": "departement", "departement": "epci"}.get(level)


def population_table(found: Coverage, level: str = "france", code: Optional[str] = None,
                     inside: Optional[List[Tuple[str, str]]] = None) -> List[dict]:
    """Rows {measure, level, code, covered, population, rate}: the scope first, then each territory of
    `inside` ((level, code) pairs, e.g. the régions of France), for every population measure."""
    rows = []
    for measure in MEASURE_IDS:
        for row_level, row_code in [(level, code)] + list(inside or ()):
            figure = share(found, measure, row_level, row_code)
            rows.append({"measure": measure, "level": row_level, "code": row_code, **figure})
    return rows
