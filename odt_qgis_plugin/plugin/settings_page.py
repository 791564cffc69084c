"""The plugin's page under Settings › Options (and the same page as a dialog from the plugin's menu).

It edits the values common/settings.py resolves: what the user saves here is stored under the plugin's
QgsSettings group; a value set by an ODT_* environment variable wins and is shown greyed, with the
variable's name.
"""
from typing import Callable, Dict, Optional

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..common import settings as settings_module
from ..common.i18n import tr
from ..common.paths import resource
from ..common.qgis_preferences import resolved, save_settings, stored_settings
from .widgets import population_box

PAGE_NAME = "odtOptionsPage"


class SettingsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None, on_applied: Optional[Callable[[], None]] = None):
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self.on_applied = on_applied
        self.threshold = population_box(self, 1_000_000)
        self.threshold.setSuffix(" " + tr("inhabitants"))
        self.per_host = QSpinBox(self)
        self.per_host.setRange(1, 64)
        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, 512)
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setRange(1, 600)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(" s")
        self.shared_dir = QgsFileWidget(self)
        self.shared_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.list_datasets = QCheckBox(tr("List each actor's datasets (themes, licences, formats, schemas)"), self)
        self.list_datasets.setToolTip(tr("Needed by the Datasets tab and the page “What the territory publishes”; "
                                         "about twice as many requests as counting alone."))
        self.validation = QCheckBox(tr("Check a sample of SCDL files with the public validation service"), self)
        self.validation.setToolTip(tr("Sends the addresses of a few files and of their schemas to {service}; "
                                      "without it the plugin says “declared” or “detected”, never “valid”.").format(
                                          service=settings_module.VALIDATION_SERVICE))
        self.list_datasets.toggled.connect(self.validation.setEnabled)
        self.fields = {"obligated_threshold": self.threshold, "harvest_per_host": self.per_host,
                       "harvest_concurrency": self.concurrency, "harvest_timeout": self.timeout,
                       "shared_dir": self.shared_dir, "harvest_datasets": self.list_datasets,
                       "schema_validation": self.validation}
        form = QFormLayout()
        form.addRow(tr("Open data by default: communes from"), self.threshold)
        why = QLabel(tr("The law obliges local authorities of 3,500 inhabitants or more (and 50 agents, which open "
                        "data does not show) to open their data; figures, maps and layouts use this population, and "
                        "the store records the one its maps were computed with."), self)
        why.setWordWrap(True)
        form.addRow(why)
        form.addRow(tr("Harvest: requests at once per platform"), self.per_host)
        form.addRow(tr("Harvest: requests at once in all"), self.concurrency)
        form.addRow(tr("Harvest: give up on a request after"), self.timeout)
        form.addRow(self.list_datasets)
        form.addRow(self.validation)
        form.addRow(tr("Folder of the offline data"), self.shared_dir)
        self.environment = QLabel("", self)
        self.environment.setWordWrap(True)
        defaults = QPushButton(tr("Restore the defaults"), self)
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.environment)
        layout.addWidget(defaults)
        layout.addStretch(1)
        self.show_settings(resolved())

    def show_settings(self, values: settings_module.Settings) -> None:
        self.threshold.setValue(values.obligated_threshold)
        self.per_host.setValue(values.harvest_per_host)
        self.concurrency.setValue(values.harvest_concurrency)
        self.timeout.setValue(values.harvest_timeout)
        self.shared_dir.setFilePath(values.shared_dir)
        self.list_datasets.setChecked(values.harvest_datasets)
        self.validation.setChecked(values.schema_validation)
        fixed = settings_module.from_environment()
        notes = []
        for name, widget in self.fields.items():
            widget.setEnabled(name not in fixed)
            if name in fixed:
                variable = settings_module.env_name(name)
                widget.setToolTip(tr("Set by the environment variable {name}").format(name=variable))
                notes.append(variable)
        # the check reads the listed datasets: without a listing there is nothing to check
        self.validation.setEnabled(self.validation.isEnabled() and self.list_datasets.isChecked())
        self.environment.setText(tr("Set by environment variables, which win over this page: {names}").format(
            names=", ".join(notes)) if notes else "")

    def values(self) -> Dict[str, object]:
        return {"obligated_threshold": self.threshold.value(), "harvest_per_host": self.per_host.value(),
                "harvest_concurrency": self.concurrency.value(), "harvest_timeout": float(self.timeout.value()),
                "shared_dir": self.shared_dir.filePath().strip() or None,
                "harvest_datasets": self.list_datasets.isChecked(), "schema_validation": self.validation.isChecked()}

    def restore_defaults(self) -> None:
        self.show_settings(settings_module.load({}))  # the defaults, under what the environment sets

    def apply(self) -> None:
        """Save what differs from the defaults (a default is saved as "not set", so it follows new versions)."""
        defaults = settings_module.defaults()
        fixed = settings_module.from_environment()
        changes = {}
        for name, value in self.values().items():
            if name in fixed:
                continue
            changes[name] = None if value == getattr(defaults, name) or value is None else value
        if changes != {name: stored_settings().get(name) for name in changes}:
            save_settings(changes)
            if self.on_applied is not None:
                self.on_applied()


class OptionsFactory(QgsOptionsWidgetFactory):
    """Settings › Options › Observatoire open data."""

    def __init__(self, on_applied: Optional[Callable[[], None]] = None):
        super().__init__(tr("Observatoire open data"), QIcon(str(resource("icons", "settings.svg"))))
        self.on_applied = on_applied

    def createWidget(self, parent):  # noqa: N802
        return SettingsPage(parent, self.on_applied)


class SettingsDialog(QDialog):
    """The same page from the plugin's menu, for QGIS versions or setups where Options is out of reach."""

    def __init__(self, parent=None, on_applied: Optional[Callable[[], None]] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Observatoire open data: settings"))
        self.page = SettingsPage(self, on_applied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.page.apply()
        super().accept()
