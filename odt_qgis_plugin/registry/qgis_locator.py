"""A filter for QGIS's search bar: communes, EPCI and actors by name or SIREN.

Only qgis.core: what to do with a chosen result (zoom, flash) is the `on_pick(layer, code)`
callback the shell passes, and the shell registers the filter with iface.registerLocatorFilter.
"""
from typing import Callable, Tuple

from qgis.core import QgsLocatorFilter, QgsLocatorResult

from ..common.i18n import tr
from .territory_search import Entry, search

PREFIX = "odt"


class TerritoryLocatorFilter(QgsLocatorFilter):
    def __init__(self, index: Tuple[Entry, ...], on_pick: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self.index = index  # an immutable tuple: safe to read from the locator's worker thread
        self.on_pick = on_pick

    def clone(self):
        return TerritoryLocatorFilter(self.index, self.on_pick)

    def name(self):
        return "odt_territories"

    def displayName(self):  # noqa: N802
        return tr("Observatoire open data: territories and actors")

    def prefix(self):
        return PREFIX

    def fetchResults(self, string, context, feedback):  # noqa: N802
        kinds = {"commune": tr("Commune"), "epci": tr("EPCI"), "actor": tr("Actor")}
        found = search(self.index, string)
        for position, entry in enumerate(found):
            if feedback.isCanceled():
                return
            result = QgsLocatorResult(self, entry.label, f"{entry.layer}|{entry.code}")
            result.group = kinds[entry.kind]
            # QGIS sorts a filter's results by score, then alphabetically: the score keeps our order
            result.score = 1.0 - position / (len(found) + 1)
            self.resultFetched.emit(result)

    def triggerResult(self, result):  # noqa: N802
        layer, _, code = result_data(result).partition("|")
        self.on_pick(layer, code)


def result_data(result: QgsLocatorResult) -> str:
    # userData became a property calling getUserData() (3.18+); the raw attribute crashed before.
    getter = getattr(result, "getUserData", None)
    return getter() if callable(getter) else result.userData
