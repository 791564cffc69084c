"""The dialog that asks where the sources are and where to write the store."""
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ..common import settings as settings_module
from ..common.i18n import tr


class BuildStoreDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Build the territory store"))
        defaults = settings_module.load()
        offline = defaults.has_offline_data()
        self.reference = QLineEdit(defaults.reference_dir if offline else settings_module.ONLINE_REFERENCE)
        self.sirens = QLineEdit(defaults.sirens_csv if offline else "")
        self.boundaries = QLineEdit(defaults.boundaries_dir if offline else settings_module.ONLINE_BOUNDARIES)
        self.field_map = QLineEdit()
        self.field_map.setPlaceholderText("code=INSEE_COM,name=NOM")
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter("GeoPackage (*.gpkg)")
        form = QFormLayout(self)
        form.addRow(tr("Administrative reference (folder or URL)"), self.reference)
        form.addRow(tr("SIREN of départements and régions (CSV path or URL)"), self.sirens)
        form.addRow(tr("Boundaries (folder, file or URL)"), self.boundaries)
        form.addRow(tr("Boundary field mapping"), self.field_map)
        form.addRow(tr("Store"), self.output)
        self.force = QCheckBox(tr("Force (--force)"))
        self.force.setToolTip(tr("Replace even a newer store or another program's file; build even implausible "
                                 "territories"))
        form.addRow(self.force)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "reference": self.reference.text().strip(),
            "sirens": self.sirens.text().strip(),
            "boundaries": self.boundaries.text().strip(),
            "field_map": self.field_map.text().strip() or None,
            "out": self.output.filePath().strip(),
            "force": self.force.isChecked(),
        }
