"""The objects of the store's own design, by role, and the definition of its views.

A rebuild replaces the territory layers and the tables built with them, and drops what the maps
derived from the old territories (refresh_maps makes them again); everything else in the store is
the user's (actors, harvests, scenarios, layers added by hand) and is kept. Views are made here,
from their definition, on either backend: a copy never turns one into a table.
"""
from ..common.levels import TERRITORY_TABLES
from . import db

TERRITORY_LAYERS = tuple(TERRITORY_TABLES)
BUILT_TABLES = ("reconciliation", "epci_members", "collectivities", "reference_codes", "departement_neighbours")
GENERALISED_TABLE = "communes_small_geom"
GENERALISED_VIEW = "communes_small"
DERIVED_LAYERS = (GENERALISED_TABLE, "actor_points", "footprints")
VIEWS = (GENERALISED_VIEW,)
# Replaced by a rebuild: what it writes, and what was drawn from the territories it replaces.
REBUILT = TERRITORY_LAYERS + BUILT_TABLES + DERIVED_LAYERS + VIEWS
# The plugin's own tables besides the build's (made by imports, harvests, scenarios...).
PLUGIN_TABLES = ("actors", "rejects", "mappings", "harvest_runs", "harvests", "scenarios", "scenario_marks")
OWN = REBUILT + PLUGIN_TABLES + (db.METADATA_TABLE,)


def view_tables(view: str) -> tuple:
    """The tables a view of the store reads."""
    return {GENERALISED_VIEW: ("communes", GENERALISED_TABLE)}[view]


def views_over(table: str) -> tuple:
    return tuple(view for view in VIEWS if table in view_tables(view))


def make_view(connection, view: str) -> bool:
    """(Re)create a view of the store's design from the tables present; False when one is missing."""
    if not all(db.table_exists(connection, table) for table in view_tables(view)):
        return False
    {GENERALISED_VIEW: refresh_generalised_view}[view](connection)
    return True


def drop_view(connection, view: str) -> None:
    connection.execute(f"DROP VIEW IF EXISTS {db.quote_identifier(view)}")


def refresh_generalised_view(connection) -> None:
    """(Re)create `communes_small`: the simplified outlines with every current attribute of communes
    (refreshes add columns), so it needs no refresh when an import or a harvest rewrites them."""
    columns = [name for name in db.table_columns(connection, "communes") if name not in ("fid", "geom")]
    selected = ", ".join(f"c.{db.quote_identifier(name)}" for name in columns)
    view, table = GENERALISED_VIEW, GENERALISED_TABLE
    connection.execute(f"DROP VIEW IF EXISTS {view}")
    connection.execute(
        f"CREATE VIEW {view} AS SELECT c.fid AS fid, g.geom AS geom, {selected}"
        f" FROM communes c JOIN {table} g ON g.code = c.code")
    if db.dialect(connection) == db.POSTGRESQL:
        return  # PostGIS lists views in geometry_columns by itself; a GeoPackage must be told
    connection.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (view,))
    connection.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = ?", (view,))
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y,"
        " max_x, max_y, srs_id) SELECT ?, 'features', ?, 'Communes, generalised, for small scales', ?,"
        " min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = 'communes'",
        (view, view, db.utc_now().replace("+00:00", "Z")))
    connection.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)"
        " VALUES (?, 'geom', 'MULTIPOLYGON', 4326, 0, 0)", (view,))
