"""One settings object: defaults < what the user saved in QGIS < ODT_* variables < explicit options, resolved
in one place and passed to the core; the threshold a store's maps used is recorded in the store."""
import sqlite3

import pytest
from test_indicators import REGISTRY, make_store

from odt_qgis_plugin.common import settings as settings_module
from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.registry import actors


@pytest.fixture
def no_variables(monkeypatch):
    """`make test` sets ODT_SHARED_DIR; these tests set the variables they need themselves."""
    from dataclasses import fields

    for item in fields(settings_module.Settings):
        monkeypatch.delenv(settings_module.env_name(item.name), raising=False)


def test_each_level_over_the_previous(monkeypatch, no_variables):
    assert settings_module.load().obligated_threshold == 3500
    stored = {"obligated_threshold": "5000", "harvest_per_host": 3}  # QgsSettings may hand back text
    assert settings_module.load(stored).obligated_threshold == 5000
    assert settings_module.load(stored).harvest_per_host == 3
    monkeypatch.setenv("ODT_OBLIGATED_THRESHOLD", "10000")
    assert settings_module.load(stored).obligated_threshold == 10000
    assert settings_module.load(stored).harvest_per_host == 3
    assert settings_module.load(stored, obligated_threshold=2000).obligated_threshold == 2000
    assert settings_module.from_environment() == {"obligated_threshold": 10000}


def test_bad_values_say_where_they_come_from(monkeypatch, no_variables):
    monkeypatch.setenv("ODT_HARVEST_PER_HOST", "six")
    with pytest.raises(InputError, match="ODT_HARVEST_PER_HOST"):
        settings_module.load()
    monkeypatch.setenv("ODT_HARVEST_PER_HOST", "0")
    with pytest.raises(InputError, match="from 1 to 64"):  # the range of common/bounds.py
        settings_module.load()
    monkeypatch.delenv("ODT_HARVEST_PER_HOST")
    with pytest.raises(InputError, match="the QGIS settings"):
        settings_module.load({"obligated_threshold": "-5"})


def test_the_store_records_the_threshold_its_maps_use(tmp_path):
    path = make_store(tmp_path / "mini.gpkg")
    csv = tmp_path / "registry.csv"
    csv.write_text(REGISTRY, encoding="utf-8")
    actors.import_registry(path, csv, threshold=5000)

    def recorded():
        connection = sqlite3.connect(path)
        try:
            return connection.execute("SELECT value FROM odt_metadata WHERE key = 'obligated_threshold'").fetchone()
        finally:
            connection.close()

    assert recorded() == ("5000",)
    from odt_qgis_plugin.registry.engagement import refresh_engagement

    refresh_engagement(path, 3500)
    assert recorded() == ("3500",)


def test_the_harvest_command_passes_the_threshold(monkeypatch, tmp_path):
    """cli/harvest.py once let the harvest refresh engagement with the default whatever the settings said."""
    from odt_qgis_plugin.cli import main as cli_main
    from odt_qgis_plugin.maps import qgis_observations

    path = make_store(tmp_path / "mini.gpkg")
    seen = []

    class Done:
        def lines(self):
            return []

    monkeypatch.setattr(qgis_observations, "harvest",
                        lambda store, settings, **_kwargs: seen.append(settings) or Done())
    monkeypatch.setenv("ODT_OBLIGATED_THRESHOLD", "8000")
    assert cli_main(["harvest", "--store", path]) == 0
    assert seen[0].threshold == 8000


# --- the desktop: Settings > Options ------------------------------------------------------------------------

@pytest.fixture
def clean_settings(qgis_app, monkeypatch):
    from odt_qgis_plugin.common.qgis_preferences import save_settings

    for name in settings_module.EDITABLE:
        monkeypatch.delenv(settings_module.env_name(name), raising=False)
    save_settings({name: None for name in settings_module.EDITABLE})
    yield
    save_settings({name: None for name in settings_module.EDITABLE})


def test_the_options_page_saves_what_the_core_gets(clean_settings, monkeypatch):
    from qgis.core import QgsSettings

    from odt_qgis_plugin.common.qgis_preferences import SETTINGS_GROUP, resolved
    from odt_qgis_plugin.plugin.settings_page import SettingsPage

    applied = []
    page = SettingsPage(on_applied=lambda: applied.append(True))
    assert page.threshold.value() == 3500 and page.per_host.value() == 6
    page.threshold.setValue(5000)
    page.per_host.setValue(4)
    page.apply()
    assert applied == [True]
    assert resolved().obligated_threshold == 5000 and resolved().harvest_per_host == 4
    assert QgsSettings().value(f"{SETTINGS_GROUP}/obligated_threshold", type=int) == 5000
    # a value set back to its default is forgotten, so that it follows the plugin's default
    page.per_host.setValue(6)
    page.apply()
    assert not QgsSettings().contains(f"{SETTINGS_GROUP}/harvest_per_host")
    # an environment variable wins and is shown as such
    monkeypatch.setenv("ODT_OBLIGATED_THRESHOLD", "9000")
    again = SettingsPage()
    assert again.threshold.value() == 9000 and not again.threshold.isEnabled()
    assert "ODT_OBLIGATED_THRESHOLD" in again.environment.text()
    assert resolved().obligated_threshold == 9000
    again.restore_defaults()
    assert again.per_host.value() == 6 and again.threshold.value() == 9000


def test_the_settings_dialog_applies_on_ok(clean_settings):
    from odt_qgis_plugin.common.qgis_preferences import resolved
    from odt_qgis_plugin.plugin.settings_page import SettingsDialog

    dialog = SettingsDialog()
    dialog.page.timeout.setValue(12)
    dialog.accept()
    assert resolved().harvest_timeout == 12.0


def test_the_options_page_switches_dataset_listing_and_the_online_check(clean_settings):
    from odt_qgis_plugin.common.qgis_preferences import resolved
    from odt_qgis_plugin.plugin.settings_page import SettingsPage

    page = SettingsPage()
    # the desktop lists datasets by default; nothing leaves for the validation service unless asked
    assert page.list_datasets.isChecked() and not page.validation.isChecked()
    assert resolved().harvest_datasets is True and resolved().schema_validation is False
    page.validation.setChecked(True)
    page.list_datasets.setChecked(False)
    assert not page.validation.isEnabled()  # without a listing there is nothing to check
    page.apply()
    assert resolved().harvest_datasets is False and resolved().schema_validation is True
    again = SettingsPage()
    assert not again.list_datasets.isChecked() and again.validation.isChecked() and not again.validation.isEnabled()
