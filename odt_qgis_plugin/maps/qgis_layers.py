"""Loading the store's layers into the project, in one group, with the plugin's styles."""

from pathlib import Path
from typing import Dict, List, Optional, Sequence

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.levels import TERRITORY_TABLES

# Drawing order, top first: outlines of large territories over the finer ones.
TERRITORY_LAYERS = TERRITORY_TABLES
# Every map layer, top first; the first two and the generalised communes exist once actors are imported
# and the maps refreshed (maps/qgis_refresh.py).
MAP_LAYERS = ("actor_points", "footprints", "regions", "departements", "epci", "communes_small", "communes")
OPTIONAL_LAYERS = ("actor_points", "footprints", "communes_small")
# Checked in the Layers panel when the group loads: the others would hide the région choropleth.
VISIBLE = ("actor_points", "regions")
# Scale denominator below which the full commune outlines replace the generalised ones.
DETAIL_SCALE = 1_500_000


def group_name() -> str:
    return tr("Observatoire open data")


def layer_title(name: str) -> str:
    titles = {
        "regions": tr("Régions"),
        "departements": tr("Départements"),
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


def _switch_at_detail_scale(layer: QgsVectorLayer, name: str) -> None:
    """In the project, one commune layer shows at a time: generalised zoomed out, full zoomed in."""
    if name == "communes_small":
        layer.setScaleBasedVisibility(True)
        layer.setMaximumScale(DETAIL_SCALE)  # hidden once zoomed in further than this
    elif name == "communes":
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(DETAIL_SCALE)  # hidden when zoomed out beyond this


def store_layer_names(store: str) -> List[str]:
    """The map layers this store holds, in drawing order."""
    from ..store.db import open_store

    present = set(open_store(store).contents())
    return [name for name in MAP_LAYERS if name not in OPTIONAL_LAYERS or name in present]


def load_store_layers(
    store: str, project: QgsProject = None, names: Optional[Sequence[str]] = None
) -> Dict[str, QgsVectorLayer]:
    """Add the layers under the plugin's group, replacing the group if it exists.

    Layers read the GeoPackage directly (never memory copies), so the project keeps them.
    Without `names`, every map layer of the store.
    """
    project = project or QgsProject.instance()
    if layer_provider(store) == "ogr" and not Path(store).is_file():
        raise StoreError(tr("Store not found: {path}").format(path=store))
    names = list(names) if names is not None else store_layer_names(store)
    layers = {name: open_layer(store, name) for name in names}
    remove_group(project)
    group: QgsLayerTreeGroup = project.layerTreeRoot().insertGroup(0, group_name())
    # Once the région choropleth exists it would hide the layers below: those start unchecked.
    choropleth = "regions" in layers and "rate_collectivities" in layers["regions"].fields().names()
    for name in names:
        if "communes_small" in layers:
            _switch_at_detail_scale(layers[name], name)
        project.addMapLayer(layers[name], False)
        node = group.addLayer(layers[name])
        if choropleth:
            node.setItemVisibilityChecked(name in VISIBLE)
    return layers


def remove_group(project: QgsProject = None) -> None:
    """Take the plugin's group and its layers out of the project (before the store's layers are rewritten)."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    old = root.findGroup(group_name())
    if old is not None:
        for layer_id in old.findLayerIds():
            project.removeMapLayer(layer_id)
        root.removeChildNode(old)


def ordered(layers: Dict[str, QgsVectorLayer]) -> List[QgsVectorLayer]:
    return [layers[name] for name in TERRITORY_LAYERS if name in layers]
