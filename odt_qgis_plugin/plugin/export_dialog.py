"""The dialog that exports a council layout: territory picked as in the dock, choices in words.

A bad choice is shown in the dialog, which stays open with what was entered. The export itself runs on
the main thread behind a progress dialog with a Cancel button: QGIS draws layouts' HTML labels on the
main thread only (as its own "Export print layout" algorithm, flagged no-threading, does).
"""
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
)

from ..common.errors import Cancelled, InputError, OdtError
from ..common.i18n import language, tr
from ..common.progress import Feedback
from ..indicators.key_figures import Scope
from ..indicators.measures import MEASURES
from ..layouts.layout_request import FORMATS, PRESETS, ExportRequest, check
from ..store.db import open_store
from .territory_selector import TerritorySelector

# Which atlases a page of each level can have (layouts/layout_request.py check()).
ATLASES = {"france": ("region", "departement"), "region": ("departement", "epci"), "departement": ("epci",)}


def template_titles() -> Dict[str, str]:
    return {"a4-portrait": tr("A4 portrait"), "a4-landscape": tr("A4 landscape"), "a3-landscape": tr("A3 landscape")}


def atlas_titles() -> Dict[Optional[str], str]:
    return {None: tr("One page"), "region": tr("One page per region"),
            "departement": tr("One page per department"), "epci": tr("One page per EPCI")}


def format_titles() -> Dict[str, str]:
    return {"pdf": tr("PDF document"), "png": tr("PNG image"), "svg": tr("SVG drawing")}


def preset_titles() -> Dict[str, str]:
    return {"print": tr("For print (vector PDF, images at 300 dpi)"),
            "light": tr("Light, for e-mail (images at 150 dpi)")}


def territory_names(store: str) -> Dict[Tuple[str, str], str]:
    """{(level, code): name} of the store's régions and départements, for the territory lists."""
    names = {}
    handle = open_store(store)
    for level, table in (("region", "regions"), ("departement", "departements")):
        for code, name in handle.query(f"SELECT code, name FROM {table}"):
            names[(level, code)] = name
    return names


class ProgressFeedback(Feedback):
    """A modal progress dialog: its bar shows the export's progress, its Cancel button stops it.

    A modal QProgressDialog lets Qt handle events when its value changes, so the window stays drawn and
    Cancel stays clickable while the export runs on the main thread.
    """

    def __init__(self, dialog: QProgressDialog):
        self.dialog = dialog

    def set_progress(self, percent: float) -> None:
        self.dialog.setValue(int(percent))

    def set_text(self, text: str) -> None:
        self.dialog.setLabelText(text)

    def is_canceled(self) -> bool:
        return self.dialog.wasCanceled()


def export_with_progress(request: ExportRequest, parent=None) -> List[str]:
    from ..layouts.qgis_layouts import export_layout

    progress = QProgressDialog(tr("Exporting the layout…"), tr("Cancel"), 0, 100, parent)
    progress.setWindowTitle(tr("Export a layout"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setValue(0)
    try:
        return export_layout(request, ProgressFeedback(progress))
    finally:
        progress.close()
        progress.deleteLater()


class ExportLayoutDialog(QDialog):
    def __init__(self, store: str, scope: Scope = Scope(), names: Optional[Dict[Tuple[str, str], str]] = None,
                 threshold: Optional[int] = None, scenario: Optional[Callable[[Scope], dict]] = None,
                 parent=None, note: str = ""):
        """`scenario(scope)`: ExportRequest fields of a what-if scenario (scenarios.evaluation.layout_fields);
        `note`: a line above the choices (why the territory differs from the dock's)."""
        super().__init__(parent)
        self.store = store
        self.threshold = threshold
        self.scenario = scenario
        self.paths: List[str] = []
        self.setWindowTitle(tr("Export a layout") if scenario is None else tr("Export the scenario's layout"))
        self.selector = TerritorySelector(("france", "region", "departement"), self)
        self.selector.set_names(names if names is not None else territory_names(store))
        self.note = None
        if note:
            self.note = QLabel(note, self)
            self.note.setWordWrap(True)
        self.selector.set_scope(scope if not scope.epci else Scope())
        self.template = QComboBox(self)
        for key, title in template_titles().items():
            self.template.addItem(title, key)
        self.atlas = QComboBox(self)
        self.measure = QComboBox(self)
        for measure in MEASURES:  # the first is the maps' default (indicators/measures.py)
            self.measure.addItem(measure.label(language()), measure.id)
        self.format = QComboBox(self)
        for key in FORMATS:
            self.format.addItem(format_titles()[key], key)
        self.preset = QComboBox(self)
        for key in PRESETS:
            self.preset.addItem(preset_titles()[key], key)
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setDialogTitle(tr("Where to write the layout"))
        self.add_to_project = QCheckBox(tr("Also add the layout to the project's layout manager"), self)
        self.add_to_project.setChecked(scenario is None)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(tr("Territory"), self.selector)
        if self.note is not None:
            form.addRow(self.note)
        form.addRow(tr("Page"), self.template)
        form.addRow(tr("Atlas"), self.atlas)
        form.addRow(tr("Map"), self.measure)
        form.addRow(tr("File type"), self.format)
        form.addRow(tr("Quality"), self.preset)
        form.addRow(tr("Output file"), self.output)
        form.addRow(self.add_to_project)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.selector.scopeChosen.connect(lambda _scope: self._fill_atlases())
        self.format.currentIndexChanged.connect(self._format_changed)
        self._fill_atlases()
        self._format_changed()
        self.setMinimumWidth(480)

    def _fill_atlases(self) -> None:
        current = self.atlas.currentData()
        self.atlas.clear()
        titles = atlas_titles()
        for key in (None,) + ATLASES[self.selector.scope().level]:
            self.atlas.addItem(titles[key], key)
        index = self.atlas.findData(current)
        self.atlas.setCurrentIndex(index if index >= 0 else 0)

    def _format_changed(self, *_args) -> None:
        fmt = self.format.currentData()
        self.output.setFilter(f"{self.format.currentText()} (*.{fmt})")
        path = self.output.filePath().strip()
        if path and Path(path).suffix.lower().lstrip(".") in FORMATS:
            self.output.setFilePath(str(Path(path).with_suffix(f".{fmt}")))

    def request(self) -> ExportRequest:
        scope = self.selector.scope()
        territory = f"{scope.level}:{scope.code}" if scope.code else "france"
        fields = {"territory": territory}
        if self.scenario is not None:
            fields = self.scenario(scope)
        extra = {"threshold": self.threshold} if self.threshold is not None else {}
        return ExportRequest(store=self.store, template=self.template.currentData(), fmt=self.format.currentData(),
                             out=self.output.filePath().strip(), atlas=self.atlas.currentData(),
                             preset=self.preset.currentData(), measure=self.measure.currentData(), **fields, **extra)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        """Export, then close; on an error say why and stay open with every choice kept."""
        self.show_error("")
        try:
            request = self.request()
            check(request)
            if Path(request.out).suffix.lower() != f".{request.fmt}":
                raise InputError(tr("The output file must end with .{ext}").format(ext=request.fmt))
            self.setEnabled(False)
            try:
                self.paths = export_with_progress(request, self)
            finally:
                self.setEnabled(True)
            if self.add_to_project.isChecked():
                from qgis.core import QgsProject

                from ..layouts.qgis_layouts import add_to_project

                add_to_project(request, QgsProject.instance())
        except Cancelled:
            self.show_error(tr("Export cancelled: nothing was written."))
            return
        except OdtError as error:
            self.show_error(error.message)
            return
        super().accept()


def export_layout(iface, panel=None) -> None:
    """Menu action: the dialog, pre-filled with the dock's territory, then a summary in the message bar."""
    from ..common.qgis_preferences import resolved
    from ..layouts.qgis_layouts import describe
    from .current_store import current_store
    from .messages import show_summary

    store = panel.store if panel is not None and panel.store else current_store(iface.mainWindow())
    if not store:
        return
    if panel is not None and panel.store == store and panel.observed is not None:
        dialog = ExportLayoutDialog(store, panel.scope, panel.observed.names, panel.threshold,
                                    parent=iface.mainWindow())
    else:
        dialog = ExportLayoutDialog(store, threshold=resolved().obligated_threshold, parent=iface.mainWindow())
    if dialog.exec() == QDialog.DialogCode.Accepted:
        show_summary(iface, describe(dialog.paths))
