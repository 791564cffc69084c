"""The reference tables the registry resolves old SIRENs with: every commune code, and touching départements."""
from typing import Dict, List, Tuple

from qgis.core import QgsGeometry

from . import db
from .reference import REFERENCE_CODE_FIELDS, REFERENCE_CODES, Reference

NEIGHBOURS = "departement TEXT NOT NULL, neighbour TEXT NOT NULL, PRIMARY KEY (departement, neighbour)"
# Degrees (WGS84): simplified boundaries leave slivers between neighbours, never 200 m of them.
TOUCHING = 0.002
TABLES = ("reference_codes", "departement_neighbours")


def touching_pairs(geometries: Dict[str, QgsGeometry]) -> List[Tuple[str, str]]:
    """(a, b) and (b, a) for every two départements whose boundaries touch."""
    codes = sorted(code for code, geometry in geometries.items() if geometry and not geometry.isEmpty())
    pairs = []
    for index, first in enumerate(codes):
        box = geometries[first].boundingBox()
        box.grow(TOUCHING * 5)
        engine = QgsGeometry.createGeometryEngine(geometries[first].constGet())
        engine.prepareGeometry()
        for second in codes[index + 1:]:
            other = geometries[second]
            if box.intersects(other.boundingBox()) and engine.distance(other.constGet()) < TOUCHING:
                pairs += [(first, second), (second, first)]
    return sorted(pairs)


def write_reference_tables(path, ref: Reference, departement_geometries: Dict[str, QgsGeometry]) -> None:
    with db.StoreDb(path, must_exist=False).transaction() as connection:
        db.ensure_attribute_table(connection, "reference_codes", REFERENCE_CODES,
                                  "Every commune code of the reference (current, delegated, associated, former,"
                                  " overseas) and the overseas collectivities, for resolving old SIRENs")
        connection.executemany(
            f"INSERT INTO reference_codes ({', '.join(REFERENCE_CODE_FIELDS)})"
            f" VALUES ({', '.join('?' for _ in REFERENCE_CODE_FIELDS)})", ref.codes)
        connection.execute("CREATE INDEX IF NOT EXISTS reference_codes_code ON reference_codes (code)")
        db.ensure_attribute_table(connection, "departement_neighbours", NEIGHBOURS,
                                  "Départements whose boundaries touch (successors of old EPCI may lie across)")
        connection.executemany("INSERT INTO departement_neighbours (departement, neighbour) VALUES (?, ?)",
                               touching_pairs(departement_geometries))
