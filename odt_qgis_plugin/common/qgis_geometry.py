"""Geometry repair and dissolve, shared by every build step."""
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Dict, List, Optional

from qgis.core import QgsGeometry

from . import qgis_compat as compat

POLYGON = compat.POLYGON_GEOMETRY


def repaired(geometry: QgsGeometry) -> Optional[QgsGeometry]:
    """A valid multipolygon, or None when nothing areal is left.

    makeValid may return a collection mixing polygons with the slivers' lines and
    points; only the areal parts belong in a boundary layer.
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
        if geometry.type() != POLYGON:
            parts = [part for part in geometry.asGeometryCollection() if part.type() == POLYGON]
            if not parts:
                return None
            geometry = QgsGeometry.collectGeometry(parts)
    if not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry


def dissolve(parts: List[QgsGeometry]) -> QgsGeometry:
    if len(parts) == 1:
        return QgsGeometry(parts[0])
    merged = QgsGeometry.unaryUnion(parts)
    return repaired(merged) or merged


def dissolve_groups(
    groups: Dict[str, List[QgsGeometry]],
    threads: int = 2,
    on_done: Optional[Callable[[int, int], None]] = None,
) -> Dict[str, QgsGeometry]:
    """Dissolve each group, largest first, on several threads.

    PyQGIS releases the GIL inside GEOS calls, so threads use both cores without
    forking the QGIS process (which must never happen inside the desktop application).
    """
    order = sorted(groups, key=lambda key: -len(groups[key]))
    result = {}
    pool = ThreadPoolExecutor(max_workers=max(1, threads))
    try:
        for index, (key, geometry) in enumerate(
            zip(order, pool.map(lambda key: dissolve(groups[key]), order)), start=1
        ):
            result[key] = geometry
            if on_done:
                on_done(index, len(order))  # may raise Cancelled
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return result
