"""The observatory's indicator tables, for France, one région or one département.

Each table is a list of rows with plain field names and fixed machine values; labels for people
are added by the panel and the layouts. Rates are fractions 0..1, None when the total is 0.

Choices worth knowing when quoting the figures:
- "engaged" counts actors whose status is 1; unknown (failed harvest) is not counted as engaged.
- by_region ends with two rows: "COM" (outre-mer, COM): actors of the overseas collectivities outside
  the maps (Polynésie française, Nouvelle-Calédonie...), then "not located", whose `region` is None
  (empty in CSV): actors with no territory (partners nothing places). In a région or département
  scope those rows are always 0, kept so that every scope has the same shape.
- Totals come from the store's reference, not from the boundaries: every current commune (34,875,
  the few without a boundary in the boundary vintage included, and listed in `no_boundary`), EPCI
  à fiscalité propre by their majority département/région, and the département- and région-level
  collectivities. A département scope holds no région-level collectivity (Corse, Martinique,
  Guyane included).
- by_commune_size has five classes; the first, up to 3,500 inhabitants, holds the small communes
  that are not obligated. A commune of unknown population is in no class.
- obligated approximates the Loi pour une République numérique: all EPCI, départements and
  régions, and communes of `threshold` inhabitants or more (setting obligated_threshold, 3,500).
  Its second criterion, 50 agents or more, is not in any open reference, so it is ignored.
- platforms: first the national platform (data.gouv.fr: actors with a data.gouv.fr id or the
  DataGouv technology), then each territorial host (URL host without "www.") with its actors and
  its most named technology, then the regional geographic-data infrastructures (hosts listed under
  "infrastructures" in the platform groups file), apart as the 2018 report kept them; `kind` tells
  them apart. After a harvest, `datasets` is what the platform holds for these actors (data.gouv.fr:
  every dataset of their organisations, copies harvested from their own portals included; a
  territorial host: the datasets credited to its actors) and `unknown` counts the actors whose count
  there is unknown. An actor publishing on both is counted once on each platform. The table ends
  with one row per class (`host` empty, `kind` the class): its platforms, actors and datasets.
"""
from collections import Counter, defaultdict
from typing import Dict, List, Optional

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import LEVEL_IDS, normalise_code
from ..common.settings import DEFAULT_THRESHOLD
from ..maps.classes import DATASET_BUCKETS, OPEN_END
from ..registry.engagement import Snapshot, load, rate, scope_counts
from ..registry.resolution import OVERSEAS
from ..store import db

TABLES = ("by_category", "by_region", "by_collectivity_type", "by_commune_size", "obligated",
          "datasets_volume", "platforms", "no_boundary")
CATEGORIES = ("commune", "epci", "departement", "region", "other")
TYPES = LEVEL_IDS
# (machine value, lowest population, highest population or None)
SIZE_CLASSES = (("0-3500", 0, 3500), ("3501-20000", 3501, 20000), ("20001-50000", 20001, 50000),
                ("50001-100000", 50001, 100000), ("100001+", 100001, None))
NATIONAL_HOST = "data.gouv.fr"
# The by_region row of the overseas collectivities (COM), machine value of its `region`.
OVERSEAS_ROW = "COM"
DATAGOUV = "datagouv"
PLATFORM_CLASSES = ("national", "territorial", "infrastructure")


def _dataset_buckets():
    """The map's dataset classes (maps/classes.py) as whole-number bounds: "1-3", ..., "101+"."""
    buckets = []
    for index, item in enumerate(DATASET_BUCKETS):
        low = int(item.lower) + (0 if index == 0 else 1)  # the first class also takes its lower bound
        high = None if item.upper >= OPEN_END else int(item.upper)
        buckets.append((f"{low}-{high}" if high is not None else f"{low}+", low, high))
    return tuple(buckets)


BUCKETS = _dataset_buckets()


def load_snapshot(store_path, threshold: int = DEFAULT_THRESHOLD) -> Snapshot:
    """Read the store once; `threshold` is the population from which a commune must open its data."""
    from ..footprints.mutualisation import groups_file, read_platform_groups

    handle = db.open_store(store_path)
    with handle.reading() as connection:  # one state, even while a harvest writes
        snapshot = load(connection, threshold)
    snapshot.infrastructures = read_platform_groups(groups_file(handle)).infrastructures
    return snapshot


def compute_indicators(snapshot: Snapshot, region: Optional[str] = None,
                       departement: Optional[str] = None) -> Dict[str, List[dict]]:
    if region and departement:
        raise InputError(tr("Choose a région or a département, not both"))
    region = normalise_code("region", region) or None  # as people type them: 2a, 5
    departement = normalise_code("departement", departement) or None
    if region and region not in snapshot.regions:
        raise InputError(tr("Unknown région code {code}").format(code=region))
    if departement and departement not in snapshot.dep_region:
        raise InputError(tr("Unknown département code {code}").format(code=departement))
    actors = snapshot.in_scope("actors", region or None, departement or None)
    engaged = [actor for actor in actors if actor.engaged == 1]
    counts = scope_counts(snapshot, region or None, departement or None)
    return {
        "by_category": _by_category(actors, engaged),
        "by_region": _by_region(snapshot, actors, engaged, region, departement),
        "by_collectivity_type": [_ratio("type", kind, *counts[kind]) for kind in TYPES],
        "by_commune_size": _by_commune_size(snapshot, region, departement),
        "obligated": [_ratio("type", kind, *counts["obligated_commune" if kind == "commune" else kind])
                      for kind in TYPES],
        "datasets_volume": _datasets_volume(snapshot, engaged),
        "platforms": _platforms(snapshot, engaged),
        "no_boundary": _no_boundary(snapshot, region, departement),
    }


def _ratio(key: str, value: str, engaged: int, total: int) -> dict:
    return {key: value, "engaged": engaged, "total": total, "rate": rate(engaged, total)}


def _by_category(actors, engaged) -> List[dict]:
    registered = Counter(actor.category for actor in actors)
    active = Counter(actor.category for actor in engaged)
    return [{"category": category, "engaged": active[category], "actors": registered[category]}
            for category in CATEGORIES]


def _by_region(snapshot: Snapshot, actors, engaged, region, departement) -> List[dict]:
    """One row per région in scope, then the "not located" row (region None) for actors without territory."""
    if region:
        codes = [region]
    elif departement:
        codes = [snapshot.dep_region[departement]]
    else:
        codes = snapshot.regions
    registered = Counter(_region_row(actor) for actor in actors)
    active = Counter(_region_row(actor) for actor in engaged)
    rows = [{"region": code, "engaged": active[code], "actors": registered[code]} for code in codes]
    for code in (OVERSEAS_ROW, None):
        rows.append({"region": code, "engaged": active[code], "actors": registered[code]})
    return rows


def _region_row(actor) -> Optional[str]:
    if actor.territory_level == OVERSEAS:
        return OVERSEAS_ROW
    return actor.region or None


def _no_boundary(snapshot: Snapshot, region, departement) -> List[dict]:
    """The current communes counted in every total that no boundary of the boundary vintage draws."""
    return [{"code": code, "name": name, "departement": dep, "region": reg,
             "engaged": snapshot.engaged("commune", code)}
            for code, name, dep, reg in snapshot.no_boundary
            if (not region or reg == region) and (not departement or dep == departement)]


def _by_commune_size(snapshot: Snapshot, region, departement) -> List[dict]:
    engaged, total = defaultdict(int), defaultdict(int)
    for code, population, *_ in snapshot.in_scope("communes", region or None, departement or None):
        size = _class_of(population, SIZE_CLASSES) if population is not None else None
        if size is not None:
            total[size] += 1
            engaged[size] += snapshot.engaged("commune", code) == 1
    return [_ratio("class", name, engaged[name], total[name]) for name, _, _ in SIZE_CLASSES]


def _class_of(value: int, classes) -> Optional[str]:
    for name, low, high in classes:
        if value >= low and (high is None or value <= high):
            return name
    return None


def _datasets_volume(snapshot: Snapshot, engaged) -> List[dict]:
    """Actors per bucket of published datasets, by category; empty until a harvest has run."""
    if not snapshot.harvested:
        return []
    counts = Counter((actor.category, _class_of(actor.datasets, BUCKETS))
                     for actor in engaged if actor.datasets)
    return [{"category": category, "bucket": bucket, "actors": counts[(category, bucket)]}
            for category in CATEGORIES for bucket, _, _ in BUCKETS]


def _platforms(snapshot: Snapshot, engaged) -> List[dict]:
    """Distinct hosts with their engaged actors and datasets; data.gouv.fr counts every actor with an id there.

    The first row is the national platform; then the territorial platforms, then the regional
    geographic-data infrastructures; since an actor has one platform URL, their `actors` add up to the
    actors publishing on a platform of that class. Then one total row per class.
    """
    from ..footprints.mutualisation import normalise_host

    harvested = snapshot.harvested
    by_host = defaultdict(list)
    national = {"actors": 0, "datasets": 0, "unknown": 0}
    host_counts: Dict[str, Dict[str, int]] = defaultdict(lambda: {"datasets": 0, "unknown": 0})
    for actor in engaged:
        counted = snapshot.platform_datasets.get(actor.siren, {})
        technologies = [name for name in actor.technology.split(", ") if name]
        if actor.id_datagouv or any(name.lower() == DATAGOUV for name in technologies):
            national["actors"] += 1
            if DATAGOUV in counted:
                national["datasets"] += counted[DATAGOUV][0]
            else:
                national["unknown"] += 1
        host = normalise_host(actor.host)
        if host and host != NATIONAL_HOST:
            by_host[host].extend(name for name in technologies if name.lower() != DATAGOUV)
            by_host[host].append(None)  # one marker per actor, to count them
            on_portal = [datasets for platform, (datasets, _) in counted.items() if platform != DATAGOUV]
            host_counts[host]["datasets"] += sum(on_portal)
            host_counts[host]["unknown"] += 0 if on_portal else 1
    rows = [{"host": NATIONAL_HOST, "kind": "national", "actors": national["actors"], "technology": "DataGouv",
             "datasets": national["datasets"] if harvested else None,
             "unknown": national["unknown"] if harvested else None}]
    territorial = []
    for host, names in by_host.items():
        technologies = Counter(name for name in names if name)
        # the technology most of its actors name; ties go to alphabetical order for stable output
        technology = min(technologies, key=lambda name: (-technologies[name], name)) if technologies else None
        kind = "infrastructure" if host in snapshot.infrastructures else "territorial"
        territorial.append({"host": host, "kind": kind, "actors": names.count(None), "technology": technology,
                            "datasets": host_counts[host]["datasets"] if harvested else None,
                            "unknown": host_counts[host]["unknown"] if harvested else None})
    territorial.sort(key=lambda row: (row["kind"] == "infrastructure", -row["actors"], row["host"]))
    rows += territorial
    for kind in PLATFORM_CLASSES:
        members = [row for row in rows if row["kind"] == kind and row["host"]]
        rows.append({"host": None, "kind": kind, "platforms": len(members),
                     "actors": sum(row["actors"] for row in members), "technology": None,
                     "datasets": sum(row["datasets"] for row in members) if harvested else None,
                     "unknown": sum(row["unknown"] for row in members) if harvested else None})
    return rows


def platform_summary(platforms: List[dict]) -> dict:
    """Platforms, actors and datasets per class, from a `platforms` table (datasets None before a harvest)."""
    totals = {row["kind"]: row for row in platforms if not row["host"]}
    summary = {}
    for kind in PLATFORM_CLASSES:
        row = totals.get(kind) or {"platforms": 0, "actors": 0, "datasets": None}
        summary[f"{kind}_platforms"] = row["platforms"]
        summary[f"{kind}_actors"] = row["actors"]
        summary[f"{kind}_datasets"] = row["datasets"]
    return summary
