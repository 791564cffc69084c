"""Loading the store's layers into the project, in one group, with the plugin's styles.

In the project each territory layer shows only at the scales where it reads (régions for the whole of
France, départements for a région, EPCI for a département, communes closer in), so that one fill at a
time is drawn and none hides the detail of another; actor points appear once zoomed in past the national
view. Reloading the group keeps what the user set on it (checked layers, territory filters), and while
a long task rewrites a GeoPackage store the layers read a copy of it (`hold_store`), so that the
project never empties.
"""

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataProvider,
    QgsLayerTreeGroup,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.levels import METROPOLE_CRS, TERRITORY_TABLES

LOG = logging.getLogger(__name__)

# Drawing order, top first: outlines of large territories over the finer ones.
TERRITORY_LAYERS = TERRITORY_TABLES
# Every map layer, top first; the first two and the generalised communes exist once actors are imported
# and the maps refreshed (maps/qgis_refresh.py).
MAP_LAYERS = ("actor_points", "footprints", "regions", "departements", "epci", "communes_small", "communes")
OPTIONAL_LAYERS = ("actor_points", "footprints", "communes_small")
# Unchecked when the group loads: the footprints are a map of their own, drawn over everything, and the
# generalised communes only serve a user who wants every commune of France at once.
UNCHECKED = ("footprints", "communes_small")
# Scale denominators of each layer: (most zoomed out, most zoomed in) at which it shows, 0 = no limit.
# A national view of metropolitan France is 1:4-6 million on a desktop screen, a région 1:1-2 million,
# a département 1:400,000-700,000 and an EPCI 1:100,000-200,000.
NATIONAL_SCALE = 3_500_000
REGION_SCALE = 1_200_000
DEPARTEMENT_SCALE = 600_000
SCALE_BANDS: Dict[str, Tuple[int, int]] = {
    "regions": (0, NATIONAL_SCALE),
    "departements": (NATIONAL_SCALE, REGION_SCALE),
    "epci": (REGION_SCALE, DEPARTEMENT_SCALE),
    "communes": (DEPARTEMENT_SCALE, 0),
    "communes_small": (0, DEPARTEMENT_SCALE),
    "actor_points": (NATIONAL_SCALE, 0),
}


def group_name() -> str:
    return tr("Observatoire open data")


def layer_title(name: str) -> str:
    titles = {
        "regions": tr("Regions"),
        "departements": tr("Departments"),
        "epci": tr("EPCI"),
        "communes": tr("Communes"),
        "communes_small": tr("Communes (small scales)"),
        "actor_points": tr("Open data actors"),
        "footprints": tr("Mutualised platforms"),
    }
    return titles.get(name, name)


def style_name(name: str) -> str:
    """The generalised communes share the communes' styles."""
    return "communes" if name == "communes_small" else name


def layer_provider(store: str) -> str:
    """The QGIS data provider of the store's layers: "ogr" for a GeoPackage, "postgres" for PostGIS."""
    from ..store.db import is_postgres

    return "postgres" if is_postgres(store) else "ogr"


def layer_uri(store: str, name: str) -> str:
    if layer_provider(store) == "postgres":
        from ..store.qgis_pg_layers import layer_uri as postgres_uri

        return postgres_uri(store, name)
    # QGIS opens read-only GeoPackages in SQLite "nolock" mode; with GDAL 3.6 (Debian 12) a
    # second layer of the same file with a subset string then fails ("unable to open
    # database file"). Asking for normal locking avoids it and costs nothing measurable.
    return f"{store}|layername={name}|option:NOLOCK=NO"


def plain_layer(store: str, name: str, title: Optional[str] = None) -> QgsVectorLayer:
    """The store layer as it is, for reading or for a style of the caller's own."""
    layer = QgsVectorLayer(layer_uri(store, name), title or name, layer_provider(store))
    if not layer.isValid():
        raise StoreError(tr("Layer {name} not found in {store}").format(name=name, store=store))
    return layer


def open_layer(store: str, name: str, lang: Optional[str] = None) -> QgsVectorLayer:
    """The store layer with its named styles (maps/qgis_styles.py), the default one current."""
    from .qgis_styles import apply_styles

    layer = plain_layer(store, name, layer_title(name))
    apply_styles(layer, style_name(name), lang)
    return layer


def set_scale_band(layer: QgsVectorLayer, name: str) -> None:
    """Show the layer only at the scales where it reads (SCALE_BANDS)."""
    if name not in SCALE_BANDS:
        return
    zoomed_out, zoomed_in = SCALE_BANDS[name]
    layer.setScaleBasedVisibility(True)
    layer.setMinimumScale(zoomed_out)
    layer.setMaximumScale(zoomed_in)


def store_layer_names(store: str) -> List[str]:
    """The map layers this store holds, in drawing order."""
    from ..store.db import open_store

    present = set(open_store(store).contents())
    return [name for name in MAP_LAYERS if name not in OPTIONAL_LAYERS or name in present]


def store_layer_name(layer: QgsVectorLayer) -> Optional[str]:
    """The store table a layer reads ("regions", "communes"...), from its data source."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or parts.get("table") or None


def group_state(project: QgsProject = None) -> Dict[str, Tuple[bool, str]]:
    """{store layer name: (checked, subset string)} of the plugin's group as it is now."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name())
    state = {}
    for node in group.findLayers() if group is not None else ():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer):
            state.setdefault(store_layer_name(layer), (node.itemVisibilityChecked(), layer.subsetString()))
    return state


def use_projected_crs(project: QgsProject = None) -> bool:
    """Lambert-93 for a project still in degrees (QGIS's new-project default), so that France keeps its
    shape; a projected CRS the user chose is left alone. True when the CRS was changed."""
    project = project or QgsProject.instance()
    crs = project.crs()
    if crs.isValid() and not crs.isGeographic():
        return False
    project.setCrs(QgsCoordinateReferenceSystem(METROPOLE_CRS))
    return True


def load_store_layers(
    store: str, project: QgsProject = None, names: Optional[Sequence[str]] = None
) -> Dict[str, QgsVectorLayer]:
    """Add the layers under the plugin's group, replacing the group if it exists.

    Layers read the store directly (never memory copies), so the project keeps them. Without `names`,
    every map layer of the store. A replaced group gives its place, checked layers and filters to the new.
    """
    project = project or QgsProject.instance()
    if layer_provider(store) == "ogr" and not Path(store).is_file():
        raise StoreError(tr("Store not found: {path}").format(path=store))
    names = list(names) if names is not None else store_layer_names(store)
    layers = {name: open_layer(store, name) for name in names}
    root = project.layerTreeRoot()
    old = root.findGroup(group_name())
    state = group_state(project)
    position = root.children().index(old) if old is not None else 0
    remove_group(project)
    group: QgsLayerTreeGroup = root.insertGroup(position, group_name())
    for name in names:
        layer = layers[name]
        set_scale_band(layer, name)
        checked, subset = state.get(name, (name not in UNCHECKED, ""))
        if subset:
            layer.setSubsetString(subset)
        project.addMapLayer(layer, False)
        group.addLayer(layer).setItemVisibilityChecked(checked)
    # after the layers: QGIS gives an empty project the CRS of the first layer added (degrees, here)
    use_projected_crs(project)
    return layers


def remove_group(project: QgsProject = None) -> None:
    """Take the plugin's group and its layers out of the project."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    old = root.findGroup(group_name())
    if old is not None:
        for layer_id in old.findLayerIds():
            project.removeMapLayer(layer_id)
        root.removeChildNode(old)


def ordered(layers: Dict[str, QgsVectorLayer]) -> List[QgsVectorLayer]:
    return [layers[name] for name in TERRITORY_LAYERS if name in layers]


# --- keeping the layers on screen while a task rewrites the store ---------------------------------

def _reads(layer, store: Path) -> bool:
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return False
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path", "")
    return bool(path) and Path(path).resolve() == store


class HeldStore:
    """Every project layer reading a GeoPackage store, pointed at a copy of it until `release()`.

    A PostgreSQL store needs no copy: its readers see the last committed state while a task writes.
    """

    def __init__(self, store: str, project: QgsProject = None):
        self.store = store
        self.project = project or QgsProject.instance()
        self.folder: Optional[str] = None
        self.layers: List[QgsVectorLayer] = []
        if layer_provider(store) != "ogr" or not Path(store).is_file():
            return
        target = Path(store).resolve()
        self.layers = [layer for layer in self.project.mapLayers().values() if _reads(layer, target)]
        if not self.layers:
            return
        self.folder = tempfile.mkdtemp(prefix="odt-view-")
        copy = str(Path(self.folder) / Path(store).name)
        shutil.copyfile(store, copy)
        self._point(copy)

    def _point(self, path: str) -> None:
        for layer in self.layers:
            if self.project.mapLayer(layer.id()) is None:
                continue  # removed meanwhile (a scenario overlay cleared)
            subset = layer.subsetString()
            layer.setDataSource(layer_uri(path, store_layer_name(layer)), layer.name(), "ogr",
                                QgsDataProvider.ProviderOptions())
            if subset and layer.subsetString() != subset:
                layer.setSubsetString(subset)
            layer.triggerRepaint()

    def release(self) -> None:
        """Point the layers back at the store (rewritten or not) and drop the copy."""
        if self.folder is None:
            return
        if Path(self.store).is_file():
            self._point(self.store)
        shutil.rmtree(self.folder, ignore_errors=True)  # a file still open (Windows) stays in the temp folder
        self.folder = None
        self.layers = []


def hold_store(store: str, project: QgsProject = None) -> HeldStore:
    return HeldStore(store, project)
