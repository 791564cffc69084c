"""What an actor or a territory publishes, measured from the `datasets` table of the counted harvest.

API shared by the indicators, the maps, the council pages and the panel. Rules (README,
"Ce que publie le territoire"):
- which listing counts for each (actor, platform), and which data.gouv.fr federated copies are left out:
  publications/counted_listings.py;
- open licence, open format and freshness are True/False/unknown (publications/openness.py); freshness is
  judged at the date of the run that listed the dataset; unknown answers are counted apart, never as "no";
- an actor belongs to its own territory (`territory_level`/`territory_code`), to its départements (a région
  collectivity to none) and to its région; a commune's actor also to the EPCI of its commune;
- obligated collectivities are those of registry/engagement (communes from the threshold, all EPCI,
  départements and régions); one whose actor was not listed is unknown, one without an actor (or whose
  harvest counted 0 datasets) publishes nothing.
Everything is read once (one pass over the rows) by `PublicationIndex`; the functions below build one.
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import heapq
import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, Iterable, List, Optional, Tuple

from ..common.settings import DEFAULT_THRESHOLD
from ..harvest.portals.portal_base import host_name
from ..store import db
from . import openness, scdl
from .counted_listings import counted_listings, is_counted_copy, listed_own_hosts

NO_THEME = ""  # the bucket of datasets declaring no theme ("sans thème")
TOP = 10  # most used datasets kept per actor and per territory
# Usage figures in the order they rank datasets: downloads, else API calls, else views.
USAGE = ("downloads", "api_calls", "views")


@dataclass(frozen=True)
class Share:
    """Datasets meeting a rule among those whose answer is known; `unknown` ones are counted apart."""

    yes: int
    known: int  # yes + no
    unknown: int

    @property
    def ratio(self) -> Optional[float]:
        return self.yes / self.known if self.known else None


@dataclass(frozen=True)
class TopDataset:
    title: str
    url: str
    siren: str
    actor: str
    platform: str
    downloads: Optional[int]
    views: Optional[int]
    api_calls: Optional[int]

    @property
    def usage(self) -> Tuple[str, int]:
        """(figure, value) the dataset is ranked by: downloads, else API calls, else views."""
        for name in USAGE:
            value = getattr(self, name)
            if value is not None:
                return name, value
        raise ValueError("a dataset without usage figures is never ranked")


@dataclass(frozen=True)
class ChecklistRow:
    schema: str  # scdl name, e.g. "scdl/deliberations"
    title: str  # French label
    here: Optional[str]  # "declared", "detected", or None (not found) for the territory or actor
    datasets: int  # datasets of the territory following it (declared or detected)
    obligated_publishing: Optional[int]  # obligated collectivities of the territory publishing it
    obligated: Optional[int]  # obligated collectivities of the territory
    national_share: Optional[float]  # same share over France, for comparison
    obligated_unknown: int = 0  # of `obligated`: listed by no harvest yet (neither publishing nor not)

    @property
    def share(self) -> Optional[float]:
        """Obligated collectivities publishing it among those whose listing is known."""
        if self.obligated is None or self.obligated_publishing is None:
            return None
        known = self.obligated - self.obligated_unknown
        return self.obligated_publishing / known if known else None


@dataclass
class Publication:
    """One actor's or one territory's publications; `datasets` is None when no listing was harvested."""

    datasets: Optional[int]
    actors_listed: int  # actors whose datasets were listed
    themes: List[Tuple[str, int]] = field(default_factory=list)  # most frequent first
    open_licence: Optional[Share] = None
    open_format: Optional[Share] = None
    fresh: Optional[Share] = None
    checklist: List[ChecklistRow] = field(default_factory=list)
    top: List[TopDataset] = field(default_factory=list)
    as_of: Optional[date] = None  # date the freshness is judged at (the run's date)
    run_id: Optional[int] = None


@dataclass(frozen=True)
class Peers:
    """The territories of one level whose datasets were listed, summed up by medians (README, « Valeurs des pairs »).

    A median, not a pooled share: « la moitié des départements fait mieux, la moitié moins bien », whatever their
    size, so that one big département does not stand for the others. Each median is over the peers whose value
    is known (a share with no known dataset, or no obligated collectivity known, is left out)."""

    level: str
    territories: int  # territories of the level with at least one listed actor
    datasets: Optional[float]  # median number of datasets listed
    open_licence: Optional[float]
    open_format: Optional[float]
    fresh: Optional[float]
    scdl: Dict[str, Optional[float]] = field(default_factory=dict)  # schema -> median share of obligated publishing


def median(values: Iterable[Optional[float]]) -> Optional[float]:
    known = [value for value in values if value is not None]
    return statistics.median(known) if known else None


class _Tally:
    """One actor's listed datasets, summed as the rows go by."""

    __slots__ = ("datasets", "themes", "licence", "format", "fresh", "schemas", "top", "as_of", "run_id")

    def __init__(self):
        self.datasets = 0
        self.themes: Counter = Counter()
        self.licence = [0, 0, 0]  # yes, no, unknown
        self.format = [0, 0, 0]
        self.fresh = [0, 0, 0]
        self.schemas: Dict[str, List[int]] = {}  # name -> [declared, detected]
        self.top: list = []  # heap of (rank key, order, TopDataset), the TOP best
        self.as_of: Optional[date] = None
        self.run_id: Optional[int] = None


def _answer(counts: list, value: Optional[bool]) -> None:
    counts[0 if value is True else 1 if value is False else 2] += 1


def _share(counts: list) -> Share:
    return Share(counts[0], counts[0] + counts[1], counts[2])


class PublicationIndex:
    """Every counted listing of a store, read once; territories and actors are then looked up in memory."""

    def __init__(self, connection, snapshot=None, threshold: int = DEFAULT_THRESHOLD,
                 commune_epci: Optional[Dict[str, str]] = None):
        self._connection = connection
        self._snapshot = snapshot
        self._threshold = threshold
        self._commune_epci = commune_epci
        self._national: Optional[Dict[str, tuple]] = None
        self._epci_members: Optional[Dict[str, list]] = None
        self._peers: Dict[str, Optional[Peers]] = {}
        self.tallies: Dict[str, _Tally] = {}
        self.actors: Dict[str, dict] = {}
        if db.table_exists(connection, "actors"):
            for row in connection.execute(
                    "SELECT siren, name, category, territory_level, territory_code, departement, region, host"
                    " FROM actors"):
                self.actors[row[0]] = {"name": row[1] or "", "category": row[2] or "", "level": row[3] or "",
                                       "code": row[4] or "", "departements": tuple((row[5] or "").split()),
                                       "region": row[6] or "", "host": host_name(row[7] or "")}
        self.listed = db.table_exists(connection, "datasets") and db.table_exists(connection, "harvests") \
            and db.table_exists(connection, "harvest_runs")
        if self.listed:
            self._read()
        self.listed = bool(self.tallies)

    # --- reading ------------------------------------------------------------------------------------------
    def _read(self) -> None:
        pairs = counted_listings(self._connection)
        if not pairs:
            return
        own_listed = listed_own_hosts(pairs.values())
        run_dates = {listing.run_id: listing.as_of for listing in pairs.values()}
        wanted = {(siren, platform, listing.run_id) for (siren, platform), listing in pairs.items()}
        runs = sorted(run_dates)
        licences: Dict[str, Optional[bool]] = {}
        formats: Dict[str, Tuple[Optional[bool]]] = {}
        freshness: Dict[tuple, Optional[bool]] = {}
        themes_of: Dict[str, tuple] = {}
        schema_of: Dict[str, Optional[str]] = {}
        order = 0
        for (siren, platform, run_id, title, url, themes, fmts, licence, modified, schema_name, detected,
             downloads, api_calls, views, origin) in self._connection.execute(
                "SELECT siren, platform, run_id, title, url, themes, formats, licence, modified, schema_name,"
                " detected_schema, downloads, api_calls, views, origin FROM datasets WHERE run_id IN"
                f" ({', '.join('?' * len(runs))})", runs):
            if (siren, platform, run_id) not in wanted:
                continue
            if is_counted_copy(platform, origin, own_listed.get(siren, set())):
                continue
            tally = self.tallies.get(siren)
            if tally is None:
                tally = self.tallies[siren] = _Tally()
            tally.datasets += 1
            as_of = run_dates.get(run_id)
            if as_of is not None and (tally.as_of is None or as_of > tally.as_of):
                tally.as_of = as_of
            if tally.run_id is None or run_id > tally.run_id:
                tally.run_id = run_id
            key = themes or "[]"
            if key not in themes_of:
                themes_of[key] = _themes(key)
            tally.themes.update(themes_of[key])
            licence = licence or ""
            if licence not in licences:
                licences[licence] = openness.licence_is_open(licence)
            _answer(tally.licence, licences[licence])
            key = fmts or "[]"
            if key not in formats:
                formats[key] = openness.format_is_open(_list(key))
            _answer(tally.format, formats[key])
            key = (modified, as_of)
            if key not in freshness:
                freshness[key] = openness.is_fresh(modified, as_of) if as_of is not None else None
            _answer(tally.fresh, freshness[key])
            declared = schema_name or ""
            if declared not in schema_of:
                found = scdl.known(declared) if declared else None
                schema_of[declared] = found.name if found else None
            name = schema_of[declared]
            kind = 0
            if name is None and detected and scdl.known(detected):
                name, kind = scdl.known(detected).name, 1
            if name is not None:
                tally.schemas.setdefault(name, [0, 0])[kind] += 1
            if downloads is not None or api_calls is not None or views is not None:
                order += 1
                item = TopDataset(title or "", url or "", siren, self.actors.get(siren, {}).get("name", ""),
                                  platform, downloads, views, api_calls)
                entry = (_rank(item), -order, item)
                if len(tally.top) < TOP:
                    heapq.heappush(tally.top, entry)
                elif entry > tally.top[0]:
                    heapq.heapreplace(tally.top, entry)

    # --- scopes -------------------------------------------------------------------------------------------
    def actors_of(self, level: str, code: Optional[str]) -> List[str]:
        """SIRENs of the actors belonging to France, a région, a département or an EPCI."""
        if level == "france":
            return list(self.actors)
        if level == "region":
            return [siren for siren, actor in self.actors.items() if actor["region"] == code]
        if level == "departement":
            return [siren for siren, actor in self.actors.items()
                    if code in actor["departements"] and actor["category"] != "region"]
        if level == "epci":
            communes = self.commune_epci()
            return [siren for siren, actor in self.actors.items()
                    if (actor["level"], actor["code"]) == ("epci", code)
                    or (actor["level"] == "commune" and communes.get(actor["code"]) == code)]
        raise ValueError(level)

    def commune_epci(self) -> Dict[str, str]:
        if self._commune_epci is None:
            self._commune_epci = {row[0]: row[1] for row in self._connection.execute(
                "SELECT code, epci FROM communes WHERE epci IS NOT NULL")} \
                if db.table_exists(self._connection, "communes") else {}
        return self._commune_epci

    def snapshot(self):
        if self._snapshot is None:
            from ..registry.engagement import load

            self._snapshot = load(self._connection, self._threshold)
        return self._snapshot

    def obligated_of(self, level: str, code: Optional[str], bloc_only: bool = False) -> List[Tuple[str, str]]:
        """(level, code) of the collectivities of the territory within the open data obligation."""
        from ..registry.engagement import obligated

        snapshot = self.snapshot()
        region = code if level == "region" else None
        departement = code if level == "departement" else None
        if level == "epci":
            if self._epci_members is None:  # grouped once: a layer refresh asks for every EPCI
                self._epci_members = defaultdict(list)
                communes_epci = self.commune_epci()
                for row in snapshot.communes:
                    if row[0] in communes_epci:
                        self._epci_members[communes_epci[row[0]]].append(row)
            communes = self._epci_members.get(code, [])
            epci = [row for row in snapshot.epci if row[0] == code]
            collectivities: list = []
        else:
            communes = snapshot.in_scope("communes", region, departement)
            epci = snapshot.in_scope("epci", region, departement)
            collectivities = [] if bloc_only else snapshot.in_scope("collectivities", region, departement)
        found = [("commune", row[0]) for row in communes if obligated(row[1], snapshot.threshold)]
        found += [("epci", row[0]) for row in epci]
        found += [(row[1], row[2]) for row in collectivities if row[1] in ("departement", "region")]
        return found

    def _publishers(self, keys: Iterable[Tuple[str, str]]) -> Tuple[Dict[str, int], int, int, int]:
        """({schema: obligated publishing it}, publishing any schema, obligated, unknown) over the keys."""
        snapshot = self.snapshot()
        by_schema: Counter = Counter()
        anything = total = unknown = 0
        for key in keys:
            total += 1
            link = snapshot.links.get(key)
            if link is None:
                continue  # no actor: publishes nothing the observatory knows of
            tally = self.tallies.get(link.actor.siren)
            if tally is None:
                if link.actor.datasets != 0:
                    unknown += 1  # an actor whose datasets were not listed
                continue
            by_schema.update(list(tally.schemas))  # one collectivity, however many datasets
            anything += bool(tally.schemas)
        return dict(by_schema), anything, total, unknown

    def scdl_bloc(self, level: str, code: Optional[str]) -> Share:
        """Obligated collectivities of the bloc communal (communes, EPCI) publishing at least one SCDL dataset."""
        _by_schema, anything, total, unknown = self._publishers(self.obligated_of(level, code, bloc_only=True))
        return Share(anything, total - unknown, unknown)

    def national(self) -> Dict[str, tuple]:
        if self._national is None:
            by_schema, _anything, total, unknown = self._publishers(self.obligated_of("france", None))
            self._national = {schema.name: (by_schema.get(schema.name, 0), total, unknown)
                              for schema in scdl.schemas()}
        return self._national

    def national_share(self, schema: str) -> Optional[float]:
        publishing, total, unknown = self.national()[schema]
        return publishing / (total - unknown) if total - unknown else None

    def peer_codes(self, level: str) -> List[str]:
        """Codes of the régions, départements or EPCI holding at least one actor whose datasets were listed."""
        codes = set()
        communes = self.commune_epci() if level == "epci" else {}
        for siren in self.tallies:
            actor = self.actors.get(siren)
            if actor is None:
                continue
            if level == "region":
                codes.add(actor["region"])
            elif level == "departement" and actor["category"] != "region":
                codes.update(actor["departements"])
            elif level == "epci":
                codes.add(actor["code"] if actor["level"] == "epci"
                          else communes.get(actor["code"], "") if actor["level"] == "commune" else "")
        codes.discard("")
        return sorted(codes)

    def peers(self, level: str) -> Optional[Peers]:
        """Medians over the territories of the level (None for France, which has no peers); computed once."""
        if level not in ("region", "departement", "epci"):
            return None
        if level not in self._peers:
            found = [self.territory(level, code) for code in self.peer_codes(level)]
            found = [item for item in found if item.datasets is not None]
            if not found:
                self._peers[level] = None
            else:
                rates = {rule: median(getattr(item, rule).ratio for item in found)
                         for rule in ("open_licence", "open_format", "fresh")}
                scdl_rates = {schema.name: median(item.checklist[position].share for item in found)
                              for position, schema in enumerate(scdl.schemas())}
                self._peers[level] = Peers(level, len(found), median(item.datasets for item in found),
                                           scdl=scdl_rates, **rates)
        return self._peers[level]

    # --- publications -------------------------------------------------------------------------------------
    def actor(self, siren: str) -> Publication:
        publication = self._sum([siren])
        if publication.datasets is not None:
            publication.checklist = [
                ChecklistRow(row.schema, row.title, row.here, row.datasets, None, None,
                             self.national_share(row.schema)) for row in publication.checklist]
        return publication

    def territory(self, level: str, code: Optional[str]) -> Publication:
        publication = self._sum(self.actors_of(level, code))
        if publication.datasets is None:
            return publication
        by_schema, _anything, total, unknown = self._publishers(self.obligated_of(level, code))
        publication.checklist = [
            ChecklistRow(row.schema, row.title, row.here, row.datasets, by_schema.get(row.schema, 0), total,
                         self.national_share(row.schema), unknown) for row in publication.checklist]
        return publication

    def _sum(self, sirens: Iterable[str]) -> Publication:
        tallies = [self.tallies[siren] for siren in sirens if siren in self.tallies]
        if not tallies:
            return Publication(None, 0)
        themes: Counter = Counter()
        licence, fmt, fresh = [0, 0, 0], [0, 0, 0], [0, 0, 0]
        schemas: Dict[str, List[int]] = {}
        top = []
        for tally in tallies:
            themes.update(tally.themes)
            for total, part in ((licence, tally.licence), (fmt, tally.format), (fresh, tally.fresh)):
                for index in range(3):
                    total[index] += part[index]
            for name, (declared, detected) in tally.schemas.items():
                counts = schemas.setdefault(name, [0, 0])
                counts[0] += declared
                counts[1] += detected
            top.extend(tally.top)
        dates = [tally.as_of for tally in tallies if tally.as_of is not None]
        checklist = []
        for schema in scdl.schemas():
            declared, detected = schemas.get(schema.name, (0, 0))
            here = scdl.DECLARED if declared else scdl.DETECTED if detected else None
            checklist.append(ChecklistRow(schema.name, schema.label, here, declared + detected, None, None, None))
        return Publication(
            datasets=sum(tally.datasets for tally in tallies), actors_listed=len(tallies), themes=_merged(themes),
            open_licence=_share(licence), open_format=_share(fmt), fresh=_share(fresh), checklist=checklist,
            top=[entry[2] for entry in heapq.nlargest(TOP, top)],
            as_of=max(dates) if dates else None, run_id=max(tally.run_id for tally in tallies))


def _list(text: str) -> List[str]:
    try:
        items = json.loads(text)
    except ValueError:
        return []
    return [str(item) for item in items] if isinstance(items, list) else []


def _themes(text: str) -> Tuple[str, ...]:
    """Distinct themes of a dataset (compared without case), or the "sans thème" bucket."""
    found, seen = [], set()
    for theme in _list(text):
        theme = theme.strip()
        if theme and theme.casefold() not in seen:
            seen.add(theme.casefold())
            found.append(theme)
    return tuple(found) or (NO_THEME,)


def _merged(themes: Counter) -> List[Tuple[str, int]]:
    """Themes told apart only by case are one ("Environnement", "environnement"), named by their commonest
    spelling; most frequent first, "sans thème" last among equals."""
    groups: Dict[str, List[Tuple[str, int]]] = defaultdict(list)
    for theme, count in themes.items():
        groups[theme.casefold()].append((theme, count))
    merged = [(min(spellings, key=lambda item: (-item[1], item[0]))[0], sum(count for _, count in spellings))
              for spellings in groups.values()]
    return sorted(merged, key=lambda item: (-item[1], item[0] == NO_THEME, item[0].casefold()))


def _rank(item: TopDataset) -> Tuple[int, int]:
    """Downloads rank above API calls, above views: figures of different kinds do not compare."""
    name, value = item.usage
    return len(USAGE) - USAGE.index(name), value


def actor_publication(connection, siren: str) -> Publication:
    return PublicationIndex(connection).actor(siren)


def territory_publication(connection, level: str, code: str) -> Publication:
    """level in common/levels.py ("france", "region", "departement", "epci"), code "" for France."""
    return PublicationIndex(connection).territory(level, code or None)
