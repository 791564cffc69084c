"""Generalised commune geometries for small scales, so that the national map draws fast.

At the national scale a pixel covers about 700 m: the communes' full outlines cost reading and
drawing for nothing. `communes_small_geom` keeps a simplified outline per commune code, and the view
`communes_small` pairs it with the communes' current attributes (engagement, datasets...), so it
needs no refresh when an import or a harvest rewrites those fields. Build with
write_generalised_communes() once the communes layer exists (store/qgis_build.py), or let
maps/qgis_refresh.refresh_maps() add it to an older store.
"""
from qgis.core import QgsFeatureRequest

from ..common.qgis_geometry import repaired
from ..store import db
from ..store.qgis_layer_writer import write_layer
from .qgis_layers import plain_layer

GEOMETRY_TABLE = "communes_small_geom"
VIEW = "communes_small"
# Degrees (EPSG:4326): about 150 m, a quarter of a pixel of a 1600-pixel map of metropolitan France.
TOLERANCE = 0.0015


def write_generalised_communes(store: str, tolerance: float = TOLERANCE) -> int:
    """Write the simplified outlines and (re)create the view; returns the number of communes."""
    source = plain_layer(store, "communes")
    index = source.fields().indexOf("code")
    request = QgsFeatureRequest().setSubsetOfAttributes([index])

    def rows():
        for feature in source.getFeatures(request):
            geometry = feature.geometry().simplify(tolerance)
            # a tiny commune may vanish at this tolerance: it keeps its full outline
            yield [feature[index]], repaired(geometry) or feature.geometry()

    count = write_layer(store, GEOMETRY_TABLE, [("code", "string")], rows(), description="Communes, generalised")
    with db.open_store(store).transaction() as connection:
        connection.execute(f"CREATE INDEX IF NOT EXISTS {GEOMETRY_TABLE}_code ON {GEOMETRY_TABLE} (code)")
        refresh_view(connection)
    return count


def has_generalised(connection) -> bool:
    return db.table_exists(connection, GEOMETRY_TABLE)


def refresh_view(connection) -> None:
    """(Re)create the view with every current attribute of communes (refreshes add columns)."""
    columns = [name for name in db.table_columns(connection, "communes") if name not in ("fid", "geom")]
    selected = ", ".join(f"c.{db.quote_identifier(name)}" for name in columns)
    connection.execute(f"DROP VIEW IF EXISTS {VIEW}")
    connection.execute(
        f"CREATE VIEW {VIEW} AS SELECT c.fid AS fid, g.geom AS geom, {selected}"
        f" FROM communes c JOIN {GEOMETRY_TABLE} g ON g.code = c.code")
    if db.dialect(connection) == db.POSTGRESQL:
        return  # PostGIS lists views in geometry_columns by itself; a GeoPackage must be told
    connection.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (VIEW,))
    connection.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = ?", (VIEW,))
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y,"
        " max_x, max_y, srs_id) SELECT ?, 'features', ?, 'Communes, generalised, for small scales', ?,"
        " min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = 'communes'",
        (VIEW, VIEW, db.utc_now().replace("+00:00", "Z")))
    connection.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)"
        " VALUES (?, 'geom', 'MULTIPOLYGON', 4326, 0, 0)", (VIEW,))
