"""Reading commune (and optionally département and région) boundaries from a folder, a file or a URL."""
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
)

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.progress import Feedback
from ..common.qgis_geometry import repaired
from ..common.sources import Fetch, is_url, read_bytes

STORE_CRS = "EPSG:4326"
DEFAULT_FIELDS = {"code": "code", "name": "nom"}

Features = Dict[str, Tuple[str, QgsGeometry]]  # code -> (name, geometry)


@dataclass
class BoundarySet:
    communes: Features
    departements: Optional[Features] = None
    regions: Optional[Features] = None
    source: str = ""
    repaired: int = 0
    dropped: List[dict] = field(default_factory=list)  # features with no usable geometry


def parse_field_map(text: Optional[str]) -> Dict[str, str]:
    """'code=INSEE_COM,name=NOM[,layer=COMMUNE]' -> dict, with a one-line error when malformed."""
    mapping = dict(DEFAULT_FIELDS)
    if not text:
        return mapping
    for item in text.split(","):
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value or key not in ("code", "name", "layer"):
            raise InputError(
                tr("Wrong field mapping '{item}': expected code=FIELD,name=FIELD[,layer=LAYER]").format(item=item)
            )
        mapping[key] = value
    return mapping


def _open_quietly(path: str):
    """Open with OGR without touching GDAL's process-wide exception mode, which QGIS shares."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # GDAL >= 3.9 asks to pick a mode
            dataset = ogr.Open(path)
        reason = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        raise InputError(tr("Cannot read {path}: {reason}").format(path=path, reason=reason or "unknown format"))
    return dataset


class _Reader:
    def __init__(self, field_map: Dict[str, str]):
        self.field_map = field_map
        self.repaired = 0
        self.dropped: List[dict] = []
        self.to_store = QgsCoordinateReferenceSystem(STORE_CRS)

    def read_ogr(self, path: str, layer_name: Optional[str] = None) -> Features:
        dataset = _open_quietly(str(path))
        layer = self._pick_layer(dataset, layer_name, path)
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        for key in ("code", "name"):
            if self.field_map[key] not in names:
                raise InputError(
                    tr("{path} has no field '{field}' for the {key} (fields: {fields}); use --field-map").format(
                        path=path, field=self.field_map[key], key=key, fields=", ".join(names)
                    )
                )
        transform = self._transform(layer)
        features: Features = {}
        for feature in layer:
            code = str(feature.GetField(self.field_map["code"]) or "").strip()
            name = str(feature.GetField(self.field_map["name"]) or "").strip()
            ogr_geometry = feature.GetGeometryRef()
            geometry = QgsGeometry()
            if ogr_geometry is not None:
                geometry.fromWkb(bytes(ogr_geometry.ExportToIsoWkb()))
            self._keep(features, code, name, geometry, transform, path)
        return features

    def read_geojson_bytes(self, data: bytes, origin: str) -> Features:
        try:
            collection = json.loads(data.decode("utf-8-sig"))
            items = collection["features"]
        except (ValueError, KeyError, TypeError):
            raise InputError(tr("{path} is not a GeoJSON feature collection").format(path=origin)) from None
        features: Features = {}
        for item in items:
            properties = item.get("properties") or {}
            if self.field_map["code"] not in properties:
                raise InputError(
                    tr("{path} has no field '{field}' for the code; map the boundary fields (code=FIELD,name=FIELD)")
                    .format(path=origin, field=self.field_map["code"])
                )
            geometry = QgsGeometry()
            if item.get("geometry"):
                ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(item["geometry"]))
                if ogr_geometry is not None:
                    geometry.fromWkb(bytes(ogr_geometry.ExportToIsoWkb()))
            code = str(properties[self.field_map["code"]]).strip()
            name = str(properties.get(self.field_map["name"]) or "").strip()
            self._keep(features, code, name, geometry, None, origin)
        return features

    def _pick_layer(self, dataset, layer_name, path):
        if layer_name:
            layer = dataset.GetLayerByName(layer_name)
            if layer is None:
                raise InputError(tr("{path} has no layer '{layer}'").format(path=path, layer=layer_name))
            return layer
        if dataset.GetLayerCount() == 0:
            raise InputError(tr("{path} holds no layer").format(path=path))
        for index in range(dataset.GetLayerCount()):
            if dataset.GetLayer(index).GetName().lower() in ("commune", "communes"):
                return dataset.GetLayer(index)
        return dataset.GetLayer(0)

    def _transform(self, layer) -> Optional[QgsCoordinateTransform]:
        reference = layer.GetSpatialRef()
        if reference is None:
            return None
        source = QgsCoordinateReferenceSystem.fromWkt(reference.ExportToWkt())
        if not source.isValid() or source.authid() == STORE_CRS:
            return None
        return QgsCoordinateTransform(source, self.to_store, QgsProject.instance().transformContext())

    def _keep(self, features, code, name, geometry, transform, origin):
        if not code:
            self.dropped.append({"code": "", "name": name, "reason": f"feature without a code in {origin}"})
            return
        was_valid = not geometry.isNull() and geometry.isGeosValid()
        fixed = repaired(geometry)
        if fixed is None:
            self.dropped.append({"code": code, "name": name, "reason": f"no usable geometry in {origin}"})
            return
        if not was_valid:
            self.repaired += 1
        if transform is not None:
            fixed.transform(transform)
        if code in features:
            # the same code twice (a commune cut in two features): keep both parts
            features[code] = (name, QgsGeometry.collectGeometry([features[code][1], fixed]))
        else:
            features[code] = (name, fixed)


def read_boundaries(
    location: str,
    field_map: Optional[Dict[str, str]] = None,
    departements: Optional[List[str]] = None,
    fetch: Optional[Fetch] = None,
    feedback: Optional[Feedback] = None,
) -> BoundarySet:
    """Boundaries from a folder laid out like ADMIN EXPRESS 2018, any OGR file, or geo.api.gouv.fr.

    Départements and régions are read when the source has them; otherwise the build
    dissolves them from the communes.
    """
    feedback = feedback or Feedback()
    reader = _Reader(field_map or dict(DEFAULT_FIELDS))
    if is_url(location):
        result = _read_geo_api(reader, location, departements or [], fetch, feedback)
    else:
        path = Path(location)
        if path.is_dir():
            result = _read_folder(reader, path, feedback)
        elif path.is_file():
            result = BoundarySet(communes=reader.read_ogr(str(path), reader.field_map.get("layer")))
        else:
            raise InputError(tr("Boundaries not found: {path}").format(path=location))
    result.source = str(location)
    result.repaired = reader.repaired
    result.dropped = reader.dropped
    if not result.communes:
        raise InputError(tr("No commune boundary found in {path}").format(path=location))
    return result


def _read_folder(reader: _Reader, folder: Path, feedback: Feedback) -> BoundarySet:
    files = sorted((folder / "communes").glob("*.geojson")) if (folder / "communes").is_dir() else []
    if not files:
        raise InputError(tr("{path} has no communes/*.geojson files").format(path=folder))
    communes: Features = {}
    for index, path in enumerate(files, start=1):
        feedback.check()
        communes.update(reader.read_ogr(str(path)))
        feedback.set_progress(100.0 * index / len(files))
    result = BoundarySet(communes=communes)
    for level in ("departements", "regions"):
        path = folder / f"{level}.geojson"
        if path.is_file():
            setattr(result, level, reader.read_ogr(str(path)))
    return result


def _read_geo_api(reader, base_url, departements, fetch, feedback) -> BoundarySet:
    """geo.api.gouv.fr serves commune contours per département only (an unfiltered query is refused)."""
    reader.field_map = dict(reader.field_map, **DEFAULT_FIELDS)
    communes: Features = {}
    for index, code in enumerate(departements, start=1):
        feedback.check()
        url = f"{base_url.rstrip('/')}/departements/{code}/communes?format=geojson&geometry=contour"
        communes.update(reader.read_geojson_bytes(read_bytes(url, fetch), url))
        feedback.set_progress(100.0 * index / max(1, len(departements)))
    return BoundarySet(communes=communes)
