"""Who is engaged: actors' status, the territories they stand for, and the fields written on the layers.

Rule: without a harvest every registry actor counts as engaged (that is how the registry was
built); once a harvest has run, engaged means at least one dataset found, and a failed or
missing harvest gives "unknown" (None), never "not engaged".
"""
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Tuple

from ..common.levels import LEVEL_IDS, TABLE_OF
from ..common.settings import DEFAULT_THRESHOLD
from ..harvest.results import latest_counts, platform_counts
from ..store import db

LINK_COLUMNS = (("engaged", "INTEGER"), ("actor_siren", "TEXT"), ("platform_host", "TEXT"), ("technology", "TEXT"),
                ("id_datagouv", "TEXT"), ("datasets", "INTEGER"), ("obligated", "INTEGER"))
COUNT_TYPES = ("communes", "epci", "obligated", "collectivities")
COUNT_COLUMNS = tuple(
    (f"{prefix}_{kind}", "REAL" if prefix == "rate" else "INTEGER")
    for kind in COUNT_TYPES for prefix in ("engaged", "total", "rate")
)


@dataclass
class Actor:
    siren: str
    name: str
    category: str
    resolution: str
    territory_level: Optional[str]
    territory_code: Optional[str]
    departements: Tuple[str, ...]
    region: str
    host: str
    technology: str
    id_datagouv: str
    engaged: Optional[int] = 1
    datasets: Optional[int] = None
    reason: str = ""

    @property
    def located(self) -> bool:
        return bool(self.region or self.departements)


@dataclass
class Link:
    """What a territory's map fields show: the actor that is this territory's collectivity."""

    engaged: Optional[int]
    actor: Actor


@dataclass
class Snapshot:
    """Everything the indicators and the layer fields need, read once from the store."""

    harvested: bool
    threshold: int
    regions: List[str]
    dep_region: Dict[str, str]
    actors: List[Actor]
    # (code, population or None, departement, region); (code, kind, departement, region);
    # (siren, level, code, departements, region)
    communes: List[tuple]
    epci: List[tuple]
    collectivities: List[tuple]
    links: Dict[Tuple[str, str], Link] = field(default_factory=dict)
    # current communes of the reference that no boundary of the boundary vintage stands for: counted in
    # every total, drawn on no map; (code, name, departement, region)
    no_boundary: List[tuple] = field(default_factory=list)
    _groups: Dict[tuple, list] = field(default_factory=dict)
    # {siren: {platform kind: (datasets, federated)}} as counted on each platform (harvest/results.py)
    platform_datasets: Dict[str, Dict[str, Tuple[int, int]]] = field(default_factory=dict)
    infrastructures: FrozenSet[str] = frozenset()  # hosts of regional geographic-data infrastructures

    def engaged(self, level: str, code: str) -> Optional[int]:
        link = self.links.get((level, code))
        return 0 if link is None else link.engaged

    def in_scope(self, kind: str, region: Optional[str] = None, departement: Optional[str] = None) -> list:
        """Communes, EPCI, collectivities or actors of a scope, grouped once so each call is a lookup."""
        if region is None and departement is None:
            return getattr(self, kind)
        if not self._groups:
            self._group()
        return self._groups.get((kind, "dep" if departement else "reg", departement or region), [])

    def _group(self) -> None:
        groups = defaultdict(list)
        for row in self.communes:
            groups[("communes", "dep", row[2])].append(row)
            groups[("communes", "reg", row[3])].append(row)
        for row in self.epci:
            groups[("epci", "dep", row[2])].append(row)
            groups[("epci", "reg", row[3])].append(row)
        for row in self.collectivities:
            if row[1] == "departement":  # a région collectivity is not "inside" a département
                for dep in row[3]:
                    groups[("collectivities", "dep", dep)].append(row)
            groups[("collectivities", "reg", row[4])].append(row)
        for actor in self.actors:
            if actor.category != "region":
                for dep in actor.departements:
                    groups[("actors", "dep", dep)].append(actor)
            if actor.region:
                groups[("actors", "reg", actor.region)].append(actor)
        self._groups = dict(groups)


def harvest_statuses(connection) -> Optional[Dict[str, tuple]]:
    """{siren: (datasets or None, status)} from the latest harvest, or None when none has run."""
    return latest_counts(connection) or None


def actor_status(siren: str, harvest: Optional[Dict[str, tuple]]) -> Tuple[Optional[int], Optional[int]]:
    """(engaged 1/0/None, datasets or None)."""
    if harvest is None:
        return 1, None
    datasets = (harvest.get(siren) or (None, None))[0]
    if datasets is None:
        return None, None
    return (1 if datasets > 0 else 0), datasets


def _better(new: Link, old: Optional[Link]) -> bool:
    # Two actors for one territory (an old SIREN mapped onto the current one): engaged wins,
    # then the exact-SIREN actor, then the smallest SIREN so that refreshes are repeatable.
    if old is None:
        return True
    rank = {1: 2, 0: 1, None: 0}
    a = (rank[new.engaged], new.actor.resolution == "siren", -int(new.actor.siren))
    b = (rank[old.engaged], old.actor.resolution == "siren", -int(old.actor.siren))
    return a > b


def load(connection, threshold: int = DEFAULT_THRESHOLD) -> Snapshot:
    harvest = harvest_statuses(connection)
    dep_region = {row[0]: row[1] for row in connection.execute("SELECT code, region FROM departements")}
    regions = sorted(row[0] for row in connection.execute("SELECT code FROM regions"))
    communes, no_boundary = _communes(connection)
    epci = [tuple(row) for row in connection.execute("SELECT code, kind, departement, region FROM epci")]
    collectivities = []
    for siren, level, code, departements in connection.execute(
            "SELECT siren, level, code, departements FROM collectivities"):
        deps = tuple((departements or "").split())
        region = code if level == "region" else (dep_region.get(deps[0], "") if deps else "")
        collectivities.append((siren, level, code, deps, region))
    actors = []
    if db.table_exists(connection, "actors"):
        for row in connection.execute(
                "SELECT siren, name, category, resolution, territory_level, territory_code, departement, region,"
                " host, techno_platform, id_datagouv, reason FROM actors ORDER BY siren"):
            engaged, datasets = actor_status(row["siren"], harvest)
            actors.append(Actor(
                siren=row["siren"], name=row["name"], category=row["category"] or "other",
                resolution=row["resolution"] or "none", territory_level=row["territory_level"],
                territory_code=row["territory_code"], departements=tuple((row["departement"] or "").split()),
                region=row["region"] or "", host=row["host"] or "", technology=row["techno_platform"] or "",
                id_datagouv=row["id_datagouv"] or "", engaged=engaged, datasets=datasets, reason=row["reason"] or ""))
    snapshot = Snapshot(harvest is not None, threshold, regions, dep_region, actors, communes, epci, collectivities,
                        no_boundary=no_boundary)
    if harvest is not None:
        snapshot.platform_datasets = platform_counts(connection)
    for actor in actors:
        if actor.category in LEVEL_IDS and actor.territory_code:
            key = (actor.category, actor.territory_code)
            link = Link(actor.engaged, actor)
            if _better(link, snapshot.links.get(key)):
                snapshot.links[key] = link
    return snapshot


def _communes(connection) -> Tuple[List[tuple], List[tuple]]:
    """The current communes from the reference (all of them: the denominators), and those without a boundary.

    A store built before the reference table was kept knows only the communes that have a boundary.
    """
    drawn = [tuple(row) for row in connection.execute("SELECT code, population, departement, region FROM communes")]
    if not db.table_exists(connection, "reference_codes"):
        return drawn, []
    communes, no_boundary, codes = [], [], {row[0] for row in drawn}
    for code, name, population, departement, region in connection.execute(
            "SELECT code, name, population, departement, region FROM reference_codes"
            " WHERE type = 'commune-actuelle' AND zone IN ('metro', 'drom') ORDER BY code"):
        communes.append((code, population, departement, region))
        if code not in codes:
            no_boundary.append((code, name, departement, region))
    return communes, no_boundary


def obligated(population: Optional[int], threshold: int) -> bool:
    """Whether a commune must open its data; an unknown population is not taken for a small one: it is not known."""
    return population is not None and population >= threshold


def scope_counts(snapshot: Snapshot, region: Optional[str] = None, departement: Optional[str] = None) -> dict:
    """{type: (engaged, total)} for communes, epci, departement/region collectivities, obligated, all."""
    communes = snapshot.in_scope("communes", region, departement)
    epci = snapshot.in_scope("epci", region, departement)
    collectivities = snapshot.in_scope("collectivities", region, departement)
    engaged = {
        "commune": sum(1 for row in communes if snapshot.engaged("commune", row[0]) == 1),
        "epci": sum(1 for row in epci if snapshot.engaged("epci", row[0]) == 1),
    }
    total = {"commune": len(communes), "epci": len(epci)}
    for level in ("departement", "region"):
        rows = [row for row in collectivities if row[1] == level]
        total[level] = len(rows)
        engaged[level] = sum(1 for row in rows if snapshot.engaged(level, row[2]) == 1)
    bound = [row for row in communes if obligated(row[1], snapshot.threshold)]
    counts = {key: (engaged[key], total[key]) for key in LEVEL_IDS}
    counts["obligated_commune"] = (sum(1 for row in bound if snapshot.engaged("commune", row[0]) == 1), len(bound))
    counts["all"] = (sum(engaged.values()), sum(total.values()))
    return counts


def rate(engaged: int, total: int) -> Optional[float]:
    return engaged / total if total else None


def refresh_engagement(store_path, threshold: int = DEFAULT_THRESHOLD) -> Snapshot:
    """Rewrite the engagement fields of the four territory layers, atomically."""
    with db.open_store(store_path).transaction() as connection:
        return refresh_in(connection, threshold)


def refresh_in(connection, threshold: int = DEFAULT_THRESHOLD) -> Snapshot:
    snapshot = load(connection, threshold)
    db.set_meta(connection, {"obligated_threshold": threshold})  # what the stored `obligated` fields used
    for level, layer in TABLE_OF.items():
        extra = COUNT_COLUMNS if level in ("departement", "region") else ()
        db.add_missing_columns(connection, layer, LINK_COLUMNS + extra)
    _write_links(connection, "communes", snapshot, "commune",
                 [(row[0], row[0], 1 if obligated(row[1], threshold) else 0) for row in snapshot.communes])
    _write_links(connection, "epci", snapshot, "epci", [(row[0], row[0], 1) for row in snapshot.epci])
    _write_links(connection, "regions", snapshot, "region", [(code, code, 1) for code in snapshot.regions])
    governing = {dep: ("departement", row[2]) for row in snapshot.collectivities
                 if row[1] == "departement" for dep in row[3]}
    for _siren, level, code, deps, _region in snapshot.collectivities:
        # A single collectivity (Corse, Martinique, Guyane) holds the département's powers; a plain
        # région (Île-de-France over Paris) does not, so Paris's département fields stay empty.
        if level == "region" and deps and not any(dep in governing for dep in deps):
            for dep in deps:
                governing[dep] = ("region", code)
    dep_rows = [(dep, *governing.get(dep, (None, None))) for dep in snapshot.dep_region]
    _write_governed(connection, snapshot, dep_rows)
    _write_counts(connection, snapshot, "departements", [(dep, None, dep) for dep in snapshot.dep_region])
    _write_counts(connection, snapshot, "regions", [(code, code, None) for code in snapshot.regions])
    return snapshot


def _link_values(snapshot: Snapshot, level: Optional[str], code: Optional[str]) -> tuple:
    link = snapshot.links.get((level, code)) if level else None
    if link is None:
        return (0 if level else None), None, None, None, None, None
    actor = link.actor
    return (link.engaged, actor.siren, actor.host or None, actor.technology or None, actor.id_datagouv or None,
            actor.datasets)


_LINK_NAMES = tuple(name for name, _kind in LINK_COLUMNS)


def _write_links(connection, layer: str, snapshot: Snapshot, level: str, rows) -> None:
    db.update_many(connection, layer, _LINK_NAMES, "code",
                   [(*_link_values(snapshot, level, key), obligated, code) for code, key, obligated in rows])


def _write_governed(connection, snapshot: Snapshot, rows) -> None:
    db.update_many(connection, "departements", _LINK_NAMES, "code",
                   [(*_link_values(snapshot, level, code), 1 if level else None, dep) for dep, level, code in rows])


def _write_counts(connection, snapshot: Snapshot, layer: str, scopes) -> None:
    values = []
    for code, region, departement in scopes:
        counts = scope_counts(snapshot, region, departement)
        obligated = [counts["obligated_commune"], counts["epci"], counts["departement"], counts["region"]]
        pairs = {
            "communes": counts["commune"],
            "epci": counts["epci"],
            "obligated": (sum(p[0] for p in obligated), sum(p[1] for p in obligated)),
            "collectivities": counts["all"],
        }
        row = []
        for kind in COUNT_TYPES:
            engaged, total = pairs[kind]
            row += [engaged, total, rate(engaged, total)]
        values.append((*row, code))
    db.update_many(connection, layer, [name for name, _ in COUNT_COLUMNS], "code", values)
