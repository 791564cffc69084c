"""Processing algorithm: the observatory's indicator tables as a CSV or JSON file, and as tables in the project."""
from qgis.core import (
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..common.i18n import tr
from ..indicators.indicator_files import FORMATS
from ..indicators.indicator_tables import TABLES
from .base import OdtAlgorithm

CSV = FORMATS.index("csv")


def table_titles() -> dict:
    return {"by_category": tr("Engaged actors by category"), "by_region": tr("Engaged actors by region"),
            "by_collectivity_type": tr("Engaged share by type of collectivity"),
            "by_commune_size": tr("Engaged share by commune size"),
            "obligated": tr("Open data by default scope"), "datasets_volume": tr("Datasets per actor"),
            "platforms": tr("Platforms"), "no_boundary": tr("Communes without a boundary")}


class IndicatorsAlgorithm(OdtAlgorithm):
    REGION, DEPARTEMENT, FORMAT, OUTPUT, TABLES = "REGION", "DEPARTEMENT", "FORMAT", "OUTPUT", "TABLES"

    def name(self) -> str:
        return "indicators"

    def displayName(self) -> str:  # noqa: N802
        return tr("Indicator tables")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr("Engaged actors by category and région, engaged shares by type and commune size, the open "
                  "data by default scope, datasets per actor and platforms, for France, a région or a département. "
                  "In CSV, each table is also added to the project as a table.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.REGION, tr("Région code (empty: France)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.DEPARTEMENT, tr("Département code"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"), options=list(FORMATS),
                                                     defaultValue=CSV))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Output file"),
                                                                "CSV (*.csv);;JSON (*.json)"))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.TABLES, tr("Indicator tables")))

    def work(self, parameters, context, feedback):
        from ..indicators.indicator_files import write_indicators

        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        region = self.parameterAsString(parameters, self.REGION, context) or None
        departement = self.parameterAsString(parameters, self.DEPARTEMENT, context) or None
        write_indicators(self.store(parameters, context), out, fmt, region=region, departement=departement,
                         threshold=self.settings().obligated_threshold)
        tables = self._tables(out, region or departement, context) if fmt == "csv" else []
        return {self.OUTPUT: out, self.TABLES: tables}, [tr("Indicators written: {path}").format(path=out)]

    def _tables(self, out: str, territory, context) -> list:
        """One table layer per indicator table that has rows, each reading its rows of the CSV just written."""
        ids = []
        titles = table_titles()
        for table in TABLES:
            title = titles.get(table, table) + (f" ({territory})" if territory else "")
            layer = QgsVectorLayer(out, title, "ogr")
            if not layer.isValid():
                continue
            layer.setSubsetString(f"\"table\" = '{table}'")  # machine names, nothing to quote
            if layer.featureCount() == 0:
                continue  # nothing to list here (no commune without a boundary, say)
            self.load_on_completion(layer, context, self.TABLES)
            ids.append(layer.id())
        return ids


ALGORITHM = IndicatorsAlgorithm
