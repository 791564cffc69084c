"""metadata.txt is complete for the official plugin repository."""
import configparser
import re

import pytest

from odt_qgis_plugin.common import about
from odt_qgis_plugin.common.paths import plugin_root

pytestmark = pytest.mark.pure

REQUIRED = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "description[fr]", "about",
            "about[fr]", "version", "author", "email", "repository", "tracker", "homepage", "category", "icon",
            "tags", "experimental", "changelog", "hasProcessingProvider")


def test_every_required_key_is_filled():
    meta = about.metadata()
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    assert missing == []


def test_values_the_repository_checks():
    meta = about.metadata()
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert (plugin_root() / meta["icon"]).is_file()
    assert meta["repository"].startswith("https://")


def test_claims_only_what_was_run():
    """Only QGIS 3.22 (Qt5, Python 3.9 rules, Debian's 3.11) has been run: no Qt6 (QGIS 4) claim, and no
    version beyond the QGIS 3 series, whose deprecated enums go through common/qgis_compat.py."""
    meta = about.metadata()
    assert meta.get("supportsQt6", "False").lower() in ("false", "no")
    assert meta["qgisMaximumVersion"] == "3.99"


def test_metadata_parses_as_plain_ini():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(plugin_root() / "metadata.txt", encoding="utf-8")
    assert parser.has_section("general")
