"""The dialog that asks which layout to export: template, territory or atlas level, format, output."""
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from ..common.i18n import tr
from ..layouts.layout_request import ATLAS_LEVELS, FORMATS, PRESETS, TEMPLATES, ExportRequest


class ExportLayoutDialog(QDialog):
    def __init__(self, store: str, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("Export a layout"))
        self.template = QComboBox()
        self.template.addItems(TEMPLATES)
        self.territory = QLineEdit("france")
        self.territory.setPlaceholderText("france, region:52, departement:44")
        self.atlas = QComboBox()
        self.atlas.addItem(tr("No atlas (one page)"), None)
        for level in ATLAS_LEVELS:
            self.atlas.addItem(level, level)
        self.format = QComboBox()
        self.format.addItems(FORMATS)
        self.preset = QComboBox()
        self.preset.addItems(list(PRESETS))
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)")
        self.add_to_project = QCheckBox(tr("Also add the layout to the project's layout manager"))
        self.add_to_project.setChecked(True)
        form = QFormLayout(self)
        form.addRow(tr("Template"), self.template)
        form.addRow(tr("Territory"), self.territory)
        form.addRow(tr("Atlas: one page per"), self.atlas)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Preset"), self.preset)
        form.addRow(tr("Output file"), self.output)
        form.addRow(self.add_to_project)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def request(self) -> ExportRequest:
        return ExportRequest(store=self.store, template=self.template.currentText(),
                             territory=self.territory.text().strip(), fmt=self.format.currentText(),
                             out=self.output.filePath().strip(), atlas=self.atlas.currentData(),
                             preset=self.preset.currentText())


def export_layout(iface) -> None:
    """Menu action: ask, export in a background task, then show the result and add the layout to the project."""
    from qgis.core import QgsProject

    from ..common.errors import OdtError
    from ..common.qgis_tasks import CoreTask, start
    from ..layouts.layout_request import check
    from ..layouts.qgis_layouts import add_to_project, describe
    from ..layouts.qgis_layouts import export_layout as run_export
    from .current_store import current_store
    from .messages import show_error, show_summary

    store = current_store(iface.mainWindow())
    if not store:
        return
    dialog = ExportLayoutDialog(store, iface.mainWindow())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    request = dialog.request()
    try:
        check(request)
    except OdtError as error:
        show_error(iface, error)
        return
    add = dialog.add_to_project.isChecked()

    def done(paths, error):
        if error is not None:
            show_error(iface, error)
            return
        if add:
            try:
                add_to_project(request, QgsProject.instance())
            except OdtError as add_error:
                show_error(iface, add_error)
        show_summary(iface, describe(paths))

    start(CoreTask(tr("Exporting a layout"), lambda feedback: run_export(request, feedback), done))
