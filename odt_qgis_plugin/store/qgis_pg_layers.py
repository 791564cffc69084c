"""QGIS data source of a store layer held in PostgreSQL/PostGIS.

The URI names host, database, user or service, and the QGIS authentication configuration when
there is one, never a password: a project saved with these layers holds no secret. A password
typed into a postgresql:// location is only used by the plugin's own connections; QGIS layers
then get theirs from the authentication configuration, the service file or ~/.pgpass.
"""
from qgis.core import QgsDataSourceUri

from ..common import qgis_compat as compat
from .pg_store import Location

POINT_LAYERS = ("actor_points",)


def layer_uri(location: str, name: str) -> str:
    parsed = Location(location)
    params = {key: value for key, value in parsed.params.items() if key != "password"}
    uri = QgsDataSourceUri(" ".join(f"{key}='{_escape(value)}'" for key, value in params.items()))
    if parsed.authcfg:
        uri.setAuthConfigId(parsed.authcfg)
    uri.setDataSource(parsed.schema, name, "geom", "", "fid")
    uri.setSrid("4326")
    # known in advance, so that QGIS need not scan the table for it
    uri.setWkbType(compat.WKB_POINT if name in POINT_LAYERS else compat.WKB_MULTIPOLYGON)
    return uri.uri(False)


def _escape(value: str) -> str:
    return str(value).replace("\\", "\\\\").replace("'", "\\'")
