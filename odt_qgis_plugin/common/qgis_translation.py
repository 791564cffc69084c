"""Loading the plugin's Qt translations and wiring them into the core's tr()."""
import os
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from . import i18n
from .paths import i18n_dir

SUPPORTED = ("fr", "en")


def wanted_language(explicit: Optional[str] = None) -> str:
    """QGIS's locale inside QGIS; ODT_LOCALE or LANG outside; French when nothing says otherwise."""
    candidates = [explicit, os.environ.get("ODT_LOCALE")]
    if not os.environ.get("ODT_LOCALE"):
        from qgis.core import QgsApplication, QgsSettings

        if QgsApplication.instance() is not None:
            candidates.append(QgsSettings().value("locale/userLocale", "", type=str))
    candidates += [os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")]
    for candidate in candidates:
        language = (candidate or "")[:2].lower()
        if language in SUPPORTED:
            return language
    return "fr"


def _load(language: str) -> Optional[QTranslator]:
    if language == "en":
        return None  # the source strings are English
    translator = QTranslator()
    path = i18n_dir() / f"odt_qgis_plugin_{language}.qm"
    if not path.is_file() or not translator.load(str(path)):
        return None
    return translator


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Inside an application: install the .qm; returns the translator so that unload can remove it."""
    language = wanted_language(language)
    i18n.install(QCoreApplication.translate, language)
    translator = _load(language)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
