"""Translation hook for the pure core.

The core must not import Qt, yet its messages reach users. The GIS layer installs
Qt's translator here when QGIS is loaded; without it, texts stay in English source form.
"""
from typing import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = "@default") -> str:
    return _translate(context, text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Marks a constant for translation where it is defined; tr() translates it where it is shown."""
    return text
