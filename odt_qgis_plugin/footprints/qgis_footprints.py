"""The footprints layer: for each mutualised platform, the union of its members' territories."""
from typing import List, Optional

from qgis.core import QgsGeometry

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import TABLE_OF
from ..common.qgis_geometry import dissolve
from ..maps.qgis_territory_shapes import geometries
from ..store import db
from ..store.qgis_layer_writer import write_layer
from ..store.store_lock import writer
from .mutualisation import (
    GROUPS_KEY,
    Footprint,
    PlatformGroups,
    default_groups_file,
    groups_file,
    load_members,
    mutualised_platforms,
    read_platform_groups,
)

LAYER = "footprints"
SPEC = [("platform", "string"), ("hosts", "string"), ("type", "string"), ("carrier_siren", "string"),
        ("carrier", "string"), ("actors", "int"), ("drawn", "int"), ("categories", "string"),
        ("infrastructure", "int")]


def footprint_geometry(store: str, footprint: Footprint) -> Optional[QgsGeometry]:
    """Rule 6 of footprints/mutualisation.py: the union of the collectivity members' territories."""
    parts = []
    for level, layer in TABLE_OF.items():
        codes = [member.place.code for member in footprint.drawn if member.place.level == level]
        parts += list(geometries(store, layer, codes).values())
    return dissolve(parts) if parts else None


@writer("footprints", atomic=True)
def write_footprints(store: str, platform_groups: Optional[str] = None) -> List[Footprint]:
    """Classify the platforms of the store's registry and (re)write the footprints layer."""
    path = groups_file(store, platform_groups)
    groups: PlatformGroups = read_platform_groups(path)
    store_db = db.open_store(store)
    if not store_db.has_table("actors"):
        raise InputError(tr("The store has no actors yet: import a registry first."))
    connection = store_db.connect()
    try:
        members = load_members(connection)
    finally:
        connection.close()
    footprints = mutualised_platforms(members, groups)
    rows = []
    for footprint in footprints:
        geometry = footprint_geometry(store, footprint)
        if geometry is None:
            continue  # nobody located (only other bodies): listed, not drawn
        carrier = footprint.carrier
        rows.append(([footprint.name, " ".join(footprint.hosts), footprint.type, carrier.siren if carrier else None,
                      carrier.name if carrier else None, len(footprint.members), len(footprint.drawn),
                      footprint.categories(), int(footprint.infrastructure)], geometry))
    # Largest first, so that QGIS draws the small footprints over the large ones.
    rows.sort(key=lambda row: -row[1].area())
    write_layer(store, LAYER, SPEC, rows, description="Mutualised platforms' footprints")
    with store_db.transaction() as connection:
        db.set_meta(connection, {GROUPS_KEY: str(path.resolve()) if path != default_groups_file() else ""})
    return footprints
