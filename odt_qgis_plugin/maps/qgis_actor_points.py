"""The actors as points in the store: one point inside each actor's territory, with what map tips show."""
from collections import Counter
from typing import Dict, Tuple

from ..common import qgis_compat as compat
from ..common.levels import TABLE_OF
from ..footprints.mutualisation import normalise_host
from ..registry import engagement
from ..store import db
from ..store.qgis_layer_writer import write_layer
from .qgis_territory_shapes import geometries, point_inside

LAYER = "actor_points"
SPEC = [("siren", "string"), ("name", "string"), ("category", "string"), ("url_platform", "string"),
        ("host", "string"), ("technology", "string"), ("engaged", "int"), ("datasets", "int"),
        ("platform_actors", "int"), ("territory_level", "string"), ("territory_code", "string"),
        ("departement", "string"), ("region", "string"), ("label", "string"), ("population", "int")]


def _where(actor: engagement.Actor) -> Tuple[str, str]:
    """(level, code) of the territory holding the point: the actor's own, else the one it is located in."""
    if actor.territory_level in TABLE_OF and actor.territory_code:
        return actor.territory_level, actor.territory_code
    if actor.departements:
        return "departement", actor.departements[0]
    if actor.region:
        return "region", actor.region
    return "", ""


def _label_and_population(actor: engagement.Actor, places: Dict[tuple, tuple]) -> Tuple[str, int]:
    """A collectivity is labelled with its reference name ("Nantes Métropole", not "NANTES METROPOLE")."""
    own = actor.category == actor.territory_level and actor.territory_code
    name, population = places.get((actor.territory_level, actor.territory_code), (None, None)) if own else (None, None)
    return name or actor.name, population


def write_actor_points(store: str, snapshot: engagement.Snapshot = None) -> Tuple[int, int]:
    """(points written, actors left out for want of a territory). Replaces the layer."""
    connection = db.open_store(store).connect()
    try:
        snapshot = snapshot or engagement.load(connection)
        urls: Dict[str, str] = {}
        if db.table_exists(connection, "actors"):
            urls = {row[0]: row[1] for row in connection.execute("SELECT siren, url_platform FROM actors")}
        # the reference's name and population of each territory: labels and the order of labels on maps
        places = {(level, row[0]): (row[1], row[2]) for level, table in TABLE_OF.items()
                  for row in connection.execute(f"SELECT code, name, population FROM {db.quote_identifier(table)}")}
        for level, code, name in connection.execute("SELECT level, code, name FROM collectivities"):
            places[(level, code)] = (name, places.get((level, code), (None, None))[1])  # "Région Bretagne"
    finally:
        connection.close()
    wanted: Dict[str, set] = {}
    for actor in snapshot.actors:
        level, code = _where(actor)
        if level:
            wanted.setdefault(level, set()).add(code)
    points = {}
    for level, codes in wanted.items():
        for code, geometry in geometries(store, TABLE_OF[level], codes).items():
            points[(level, code)] = point_inside(geometry)
    per_host = Counter(normalise_host(actor.host) for actor in snapshot.actors if actor.host)
    rows, missing = [], 0
    for actor in snapshot.actors:
        point = points.get(_where(actor))
        if point is None:
            missing += 1
            continue
        rows.append(([
            actor.siren, actor.name, actor.category, urls.get(actor.siren), actor.host or None,
            actor.technology or None, actor.engaged, actor.datasets,
            per_host[normalise_host(actor.host)] if actor.host else None, actor.territory_level,
            actor.territory_code, " ".join(actor.departements) or None, actor.region or None,
            *_label_and_population(actor, places)], point))
    write_layer(store, LAYER, SPEC, rows, description="Open data actors", geometry_type=compat.WKB_POINT)
    return len(rows), missing
