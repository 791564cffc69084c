"""Loading the store's layers into the project, in one group, with the plugin's styles."""
from pathlib import Path
from typing import Dict, List

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..core.errors import StoreError
from ..core.i18n import tr
from ..paths import resource

# Drawing order, top first: outlines of large territories over the finer ones.
TERRITORY_LAYERS = ("regions", "departements", "epci", "communes")


def group_name() -> str:
    return tr("Observatoire open data")


def layer_title(name: str) -> str:
    titles = {
        "regions": tr("Régions"),
        "departements": tr("Départements"),
        "epci": tr("EPCI"),
        "communes": tr("Communes"),
    }
    return titles.get(name, name)


def layer_uri(store: str, name: str) -> str:
    # QGIS opens read-only GeoPackages in SQLite "nolock" mode; with GDAL 3.6 (Debian 12) a
    # second layer of the same file with a subset string then fails ("unable to open
    # database file"). Asking for normal locking avoids it and costs nothing measurable.
    return f"{store}|layername={name}|option:NOLOCK=NO"


def open_layer(store: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(layer_uri(store, name), layer_title(name), "ogr")
    if not layer.isValid():
        raise StoreError(tr("Layer {name} not found in {store}").format(name=name, store=store))
    style = resource("styles", f"{name}.qml")
    if style.is_file():
        layer.loadNamedStyle(str(style))
    return layer


def load_store_layers(store: str, project: QgsProject = None, names=TERRITORY_LAYERS) -> Dict[str, QgsVectorLayer]:
    """Add the layers under the plugin's group, replacing the group if it exists.

    Layers read the GeoPackage directly (never memory copies), so the project keeps them.
    """
    project = project or QgsProject.instance()
    if not Path(store).is_file():
        raise StoreError(tr("Store not found: {path}").format(path=store))
    layers = {name: open_layer(store, name) for name in names}
    root = project.layerTreeRoot()
    old = root.findGroup(group_name())
    if old is not None:
        for layer_id in old.findLayerIds():
            project.removeMapLayer(layer_id)
        root.removeChildNode(old)
    group: QgsLayerTreeGroup = root.insertGroup(0, group_name())
    for name in names:
        project.addMapLayer(layers[name], False)
        group.addLayer(layers[name])
    return layers


def ordered(layers: Dict[str, QgsVectorLayer]) -> List[QgsVectorLayer]:
    return [layers[name] for name in TERRITORY_LAYERS if name in layers]
