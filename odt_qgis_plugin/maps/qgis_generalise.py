"""Generalised commune geometries for small scales, so that the national map draws fast.

At the national scale a pixel covers about 700 m: the communes' full outlines cost reading and
drawing for nothing. `communes_small_geom` keeps a simplified outline per commune code, and the view
`communes_small` (defined in store/store_design.py, so that a copy keeps it a view) pairs it with the
communes' current attributes (engagement, datasets...), so it needs no refresh when an import or a
harvest rewrites those fields. Build with write_generalised_communes() once the communes layer
exists, or let maps/qgis_refresh.refresh_maps() add it to an older store.
"""
from ..common.qgis_geometry import repaired
from ..store import db
from ..store.qgis_layer_writer import write_layer
from ..store.store_design import GENERALISED_TABLE as GEOMETRY_TABLE
from ..store.store_design import GENERALISED_VIEW as VIEW
from ..store.store_design import refresh_generalised_view as refresh_view
from .qgis_territory_shapes import each_geometry

__all__ = ("GEOMETRY_TABLE", "VIEW", "has_generalised", "refresh_view", "write_generalised_communes")

# Degrees (EPSG:4326): about 150 m, a quarter of a pixel of a 1600-pixel map of metropolitan France.
TOLERANCE = 0.0015


def write_generalised_communes(store: str, tolerance: float = TOLERANCE) -> int:
    """Write the simplified outlines and (re)create the view; returns the number of communes."""
    def rows():
        for code, outline in each_geometry(store, "communes"):
            # a tiny commune may vanish at this tolerance: it keeps its full outline
            yield [code], repaired(outline.simplify(tolerance)) or outline

    with db.open_store(store).transaction() as connection:
        count = write_layer(store, GEOMETRY_TABLE, [("code", "string")], rows(), description="Communes, generalised")
        connection.execute(f"CREATE INDEX IF NOT EXISTS {GEOMETRY_TABLE}_code ON {GEOMETRY_TABLE} (code)")
        refresh_view(connection)
    return count


def has_generalised(connection) -> bool:
    return db.table_exists(connection, GEOMETRY_TABLE)
