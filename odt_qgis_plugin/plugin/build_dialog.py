"""The dialog that asks where the sources are and where to write the store: a GeoPackage file or a schema of a
PostgreSQL connection saved in QGIS."""
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common import settings as settings_module
from ..common.errors import InputError, StoreError
from ..common.i18n import tr
from ..common.qgis_preferences import resolved


class BuildStoreDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Build the territory store"))
        defaults = resolved()
        offline = defaults.has_offline_data()
        self.reference = QLineEdit(defaults.reference_dir if offline else settings_module.ONLINE_REFERENCE)
        self.sirens = QLineEdit(defaults.sirens_csv if offline else "")
        self.boundaries = QLineEdit(defaults.boundaries_dir if offline else settings_module.ONLINE_BOUNDARIES)
        self.field_map = QLineEdit()
        self.field_map.setPlaceholderText("code=INSEE_COM,name=NOM")
        self.kind = QComboBox()
        self.kind.addItem(tr("A GeoPackage file"), "gpkg")
        self.kind.addItem(tr("A PostgreSQL database (a connection saved in QGIS)"), "postgres")
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter("GeoPackage (*.gpkg)")
        self.postgres = QWidget()
        row = QVBoxLayout(self.postgres)
        row.setContentsMargins(0, 0, 0, 0)
        self.postgres_label = QLabel(tr("No connection chosen"))
        self.postgres_label.setWordWrap(True)
        choose = QPushButton(tr("Choose the connection and schema…"))
        choose.clicked.connect(self._choose_postgres)
        row.addWidget(self.postgres_label)
        row.addWidget(choose)
        self.postgres_location = ""
        self.postgres_choice = None
        self.where = QStackedWidget()
        self.where.addWidget(self.output)
        self.where.addWidget(self.postgres)
        self.kind.currentIndexChanged.connect(self.where.setCurrentIndex)
        form = QFormLayout()
        form.addRow(tr("Administrative reference (folder or URL)"), self.reference)
        form.addRow(tr("SIREN of départements and régions (CSV path or URL)"), self.sirens)
        form.addRow(tr("Boundaries (folder, file or URL)"), self.boundaries)
        form.addRow(tr("Boundary field mapping"), self.field_map)
        form.addRow(tr("Write the store into"), self.kind)
        form.addRow(tr("Store"), self.where)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.force = QCheckBox(tr("Replace anyway"))
        self.force.setToolTip(tr("Replace even a store written by a newer plugin or another program's file, and build "
                                 "even territories that look implausible"))
        form.addRow(self.force)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _choose_postgres(self) -> None:
        from .pg_connections import PostgresStoreDialog

        dialog = PostgresStoreDialog(self, for_build=True)
        if dialog.exec() == PostgresStoreDialog.DialogCode.Accepted:
            from ..store.db import store_label

            self.postgres_location = dialog.location()
            self.postgres_choice = dialog.choice()
            self.postgres_label.setText(store_label(self.postgres_location))

    def out(self) -> str:
        return self.output.filePath().strip() if self.kind.currentData() == "gpkg" else self.postgres_location

    def values(self) -> dict:
        return {
            "reference": self.reference.text().strip(),
            "sirens": self.sirens.text().strip(),
            "boundaries": self.boundaries.text().strip(),
            "field_map": self.field_map.text().strip() or None,
            "out": self.out(),
            "force": self.force.isChecked(),
        }

    def accept(self) -> None:
        try:
            if not self.out():
                raise InputError(tr("Choose where to write the store."))
            from ..store.qgis_boundaries import parse_field_map

            parse_field_map(self.field_map.text().strip() or None)
        except (InputError, StoreError) as error:
            self.error.setText(error.message)
            return
        super().accept()
