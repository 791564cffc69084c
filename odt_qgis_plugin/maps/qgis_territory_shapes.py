"""Reading territories' geometries from the store by code.

Through the store's own connection, not a QGIS layer: inside an operation that has already changed
the store (an import refreshing its maps), it reads that operation's state, and on PostgreSQL it
cannot wait for a lock the operation itself holds.
"""
from typing import Dict, Iterable, Iterator, List, Optional, Tuple

from qgis.core import QgsGeometry

from ..store import db, gpkg_sql

_PAGE = 500  # codes per query, under every backend's limit on bound parameters


def geometries(store: str, layer_name: str, codes: Iterable[str]) -> Dict[str, QgsGeometry]:
    """{code: geometry} for the codes found, in the store's CRS (EPSG:4326)."""
    wanted = sorted(set(codes))
    found: Dict[str, QgsGeometry] = {}
    for start in range(0, len(wanted), _PAGE):
        found.update(each_geometry(store, layer_name, wanted[start:start + _PAGE]))
    return found


def each_geometry(store: str, layer_name: str, codes: Optional[List[str]] = None) -> Iterator[Tuple[str, QgsGeometry]]:
    """(code, geometry) of the layer's features (of `codes` only, when given), one at a time."""
    connection = db.open_store(store).connect()
    try:
        postgres = db.dialect(connection) == db.POSTGRESQL
        sql = f"SELECT code, {'ST_AsBinary(geom)' if postgres else 'geom'} FROM {db.quote_identifier(layer_name)}"
        if codes is not None:
            sql += f" WHERE code IN ({', '.join('?' for _ in codes)})"
        for code, blob in connection.execute(sql, tuple(codes or ())):
            data = bytes(blob) if postgres and blob is not None else gpkg_sql.wkb(blob)
            if data:
                geometry = QgsGeometry()
                geometry.fromWkb(data)
                yield code, geometry
    finally:
        connection.close()


def point_inside(geometry: QgsGeometry) -> QgsGeometry:
    """The centroid when it falls inside the territory, else a point surely inside (a crescent-shaped
    commune's centroid may lie in its neighbour)."""
    centroid = geometry.centroid()
    if not centroid.isEmpty() and geometry.contains(centroid):
        return centroid
    return geometry.pointOnSurface()
