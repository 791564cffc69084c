"""Subset strings that show one territory on every observatory layer, the CRS and the extent to show it in.

Every value goes through QgsExpression's quoting (createFieldEqualityExpression, quotedValue),
so names and codes with quotes or percent signs filter exactly what they say. The subset strings are
the SQL that GeoPackage and PostgreSQL share.
"""
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..common.levels import DROM, DROM_DEPARTEMENTS, METROPOLE_CRS, TABLE_OF, crs_for_region, level_of_table
from ..indicators.key_figures import Scope
from .qgis_layers import TERRITORY_LAYERS, group_name, store_layer_name
from .qgis_render import METROPOLE_EXTENT

NOTHING = "0 = 1"  # a layer with nothing to show in this territory (a région outline in a département view)
FILTERED_LAYERS = TERRITORY_LAYERS + ("actor_points",)


def equals(field: str, value) -> str:
    return QgsExpression.createFieldEqualityExpression(field, value)


def one_of(field: str, values: Iterable[str]) -> str:
    values = list(values)
    if not values:
        return NOTHING
    quoted = ", ".join(QgsExpression.quotedValue(value) for value in values)
    return f"{QgsExpression.quotedColumnRef(field)} IN ({quoted})"


def _listed(field: str, value: str) -> str:
    """The field holds space-separated codes (an actor's départements) of which `value` is one."""
    column = QgsExpression.quotedColumnRef(field)
    return f"(' ' || {column} || ' ') LIKE {QgsExpression.quotedValue(f'% {value} %')}"


def _actors_of_epci(epci: str, members: Sequence[str]) -> str:
    own = f"({equals('territory_level', 'epci')} AND {equals('territory_code', epci)})"
    communes = f"({equals('territory_level', 'commune')} AND {one_of('territory_code', members)})" \
        if members else NOTHING
    return f"{own} OR {communes}"


def territory_subsets(scope: Scope, epci_departement: Optional[str] = None,
                      epci_members: Sequence[str] = ()) -> Dict[str, str]:
    """{layer name: subset string}; "" shows the whole layer (France). The actors are those the panel's
    table lists for the territory."""
    if scope.epci:
        return {"regions": NOTHING,
                "departements": equals("code", epci_departement) if epci_departement else NOTHING,
                "epci": equals("code", scope.epci), "communes": equals("epci", scope.epci),
                "actor_points": _actors_of_epci(scope.epci, epci_members)}
    if scope.departement:
        return {"regions": NOTHING, "departements": equals("code", scope.departement),
                "epci": equals("departement", scope.departement),
                "communes": equals("departement", scope.departement),
                "actor_points": f"{_listed('departement', scope.departement)} AND "
                                f"{QgsExpression.quotedColumnRef('category')} <> 'region'"}
    if scope.region:
        return {"regions": equals("code", scope.region), "departements": equals("region", scope.region),
                "epci": equals("region", scope.region), "communes": equals("region", scope.region),
                "actor_points": equals("region", scope.region)}
    return {name: "" for name in FILTERED_LAYERS}


def outline_layer(scope: Scope) -> Optional[str]:
    """The layer whose filtered extent is the territory's own outline."""
    return TABLE_OF.get(scope.level) if scope.level != "france" else None


def observatory_layers(project: QgsProject = None) -> Dict[str, QgsVectorLayer]:
    """The layers of the plugin's group that a territory filters, by store layer name."""
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name())
    layers = {}
    if group is None:
        return layers
    for node in group.findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and store_layer_name(layer) in FILTERED_LAYERS:
            layers.setdefault(store_layer_name(layer), layer)
    return layers


def apply_subsets(layers: Dict[str, QgsVectorLayer], subsets: Dict[str, str]) -> None:
    for name, layer in layers.items():
        subset = subsets.get(name, "")
        if layer.subsetString() != subset:
            layer.setSubsetString(subset)


def scope_crs(scope: Scope, epci_departement: Optional[str] = None) -> str:
    """The territory's projection: its DROM's official CRS overseas, Lambert-93 elsewhere and for France."""
    if scope.region:
        return crs_for_region(scope.region)
    departement = scope.departement or epci_departement
    return crs_for_region(DROM_DEPARTEMENTS.get(departement or "", ""))


# The CRS the plugin may switch between; a project in another CRS of the user's is left in it.
MANAGED_CRS = (METROPOLE_CRS,) + tuple(crs for _name, crs in DROM.values())


def show_in_crs(authid: str, project: QgsProject = None) -> bool:
    """Put the project in the territory's CRS when it is in one the plugin manages (or in degrees)."""
    project = project or QgsProject.instance()
    current = project.crs()
    if current.authid() == authid:
        return False
    if current.isValid() and not current.isGeographic() and current.authid() not in MANAGED_CRS:
        return False
    project.setCrs(QgsCoordinateReferenceSystem(authid))
    return True


def territory_extent(layers: Dict[str, QgsVectorLayer], scope: Scope, crs: QgsCoordinateReferenceSystem,
                     project: QgsProject = None) -> Optional[QgsRectangle]:
    """The filtered territory's extent in `crs` with a 5 % margin (metropolitan France for France);
    None when nothing is shown."""
    project = project or QgsProject.instance()
    if scope.level == "france":
        to_crs = QgsCoordinateTransform(QgsCoordinateReferenceSystem(METROPOLE_CRS), crs, project.transformContext())
        return to_crs.transformBoundingBox(METROPOLE_EXTENT)
    name = outline_layer(scope)
    source = layers.get(name) if name else None
    if source is None:
        source = next((layers[n] for n in TERRITORY_LAYERS if n in layers), None)
    if source is None or source.featureCount() == 0:
        return None
    transform = QgsCoordinateTransform(source.crs(), crs, project.transformContext())
    extent = transform.transformBoundingBox(source.extent())
    extent.scale(1.05)
    return extent


def selected_territories(scale: float, project: QgsProject = None) -> Tuple[List[Tuple[str, str]], Dict[str, int]]:
    """([(level, code)] selected on the group's territory layers the map shows at `scale`,
    {layer name shown to the user: count} of the features selected on layers it does not show).

    A selection left on a hidden or out-of-scale layer (by an earlier search, say) is not what the user
    sees, so it is reported, never taken.
    """
    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(group_name())
    taken: List[Tuple[str, str]] = []
    skipped: Dict[str, int] = {}
    for node in group.findLayers() if group is not None else ():
        layer = node.layer()
        name = store_layer_name(layer) if isinstance(layer, QgsVectorLayer) else None
        if name not in TERRITORY_LAYERS or layer.selectedFeatureCount() == 0:
            continue
        if node.isVisible() and layer.isInScaleRange(scale):
            field = layer.fields().indexOf("code")
            taken += [(level_of_table(name), feature[field]) for feature in layer.selectedFeatures()]
        else:
            skipped[layer.name()] = skipped.get(layer.name(), 0) + layer.selectedFeatureCount()
    return taken, skipped
