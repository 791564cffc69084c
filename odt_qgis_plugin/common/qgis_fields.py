"""QgsField construction that works from QGIS 3.22 (QVariant types) to 3.38+ and Qt6 (QMetaType)."""
from qgis.core import QgsField, QgsFields

try:  # QGIS >= 3.38 takes QMetaType.Type; Qt6 builds have nothing else
    from qgis.PyQt.QtCore import QMetaType

    QgsField("probe", QMetaType.Type.QString)
    _TYPES = {"string": QMetaType.Type.QString, "int": QMetaType.Type.LongLong, "real": QMetaType.Type.Double}
except TypeError:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {"string": QVariant.Type.String, "int": QVariant.Type.LongLong, "real": QVariant.Type.Double}


def make_fields(spec) -> QgsFields:
    """[('code', 'string'), ('population', 'int'), ...] -> QgsFields."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _TYPES[kind]))
    return fields
