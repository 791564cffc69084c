"""Translation hook for the pure core.

The core must not import Qt, yet its messages reach users. The GIS layer installs
Qt's translator here when QGIS is loaded; without it, texts stay in English source form.
"""
from typing import Callable


def _untranslated(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _untranslated
_language = "fr"


def install(translate: Callable[[str, str], str], language: str = "fr") -> None:
    global _translate, _language
    _translate = translate
    _language = language


def language() -> str:
    """The language messages and numbers are shown in: "fr" or "en"."""
    return _language


def tr(text: str, context: str = "@default") -> str:
    return _translate(context, text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Marks a constant for translation where it is defined; tr() translates it where it is shown."""
    return text
