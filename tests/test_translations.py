"""French is complete for every user-facing string, and the plugin picks the right language."""
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from data_paths import ROOT

from odt_qgis_plugin.common.i18n import tr
from odt_qgis_plugin.common.qgis_translation import install_translator, remove_translator, wanted_language

TS = ROOT / "i18n" / "odt_qgis_plugin_fr.ts"


def messages(path):
    # our own .ts files, written by pylupdate5: no DTD or entity is ever expanded by ElementTree
    root = ElementTree.parse(path).getroot()
    for message in root.iter("message"):
        yield message.findtext("source"), message.find("translation")


@pytest.mark.slow
def test_committed_ts_lists_every_string_of_the_sources(tmp_path):
    sources = subprocess.run([sys.executable, str(ROOT / "i18n" / "list_sources.py")], capture_output=True,
                             text=True, check=True, cwd=ROOT).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", *sources, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT)
    in_sources = {source for source, _ in messages(fresh)}
    committed = {source for source, _ in messages(TS)}
    assert in_sources - committed == set(), "run make translations and translate the new strings"


def test_french_is_complete():
    untranslated = [source for source, translation in messages(TS)
                    if translation is None or not (translation.text or "").strip()
                    or translation.get("type") in ("unfinished", "obsolete")]
    assert untranslated == []


def test_placeholders_survive_translation():
    import re

    broken = []
    for source, translation in messages(TS):
        wanted = sorted(re.findall(r"\{\w*\}", source))
        if translation is not None and translation.text and sorted(re.findall(r"\{\w*\}", translation.text)) != wanted:
            broken.append(source)
    assert broken == []


@pytest.mark.parametrize("explicit, expected", [("fr_FR", "fr"), ("en_GB", "en"), ("de_DE", "fr")])
def test_language_choice(explicit, expected, monkeypatch):
    monkeypatch.delenv("ODT_LOCALE", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert wanted_language(explicit) == expected


def test_french_translator_translates_core_messages(qgis_app):
    translator = install_translator("fr")
    try:
        assert tr("Store not found: {path}") == "Base introuvable : {path}"
    finally:
        remove_translator(translator)
    assert tr("Store not found: {path}") == "Store not found: {path}"


@pytest.mark.slow
def test_command_line_speaks_french_by_default(tmp_path):
    import os

    unset = ("ODT_LOCALE", "LANG", "LC_ALL", "LC_MESSAGES")
    env = {key: value for key, value in os.environ.items() if key not in unset}
    result = subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "render", "--store", str(tmp_path / "none.gpkg"),
                             "--out", str(tmp_path / "x.png")], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == f"Erreur : Base introuvable : {tmp_path / 'none.gpkg'}"
