"""Small widget helpers the dock and dialogs share."""
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtWidgets import QSpinBox

from ..common.i18n import language


def population_box(parent=None, maximum: int = 3_000_000) -> QSpinBox:
    """A population, with thousands grouped as the interface's language writes them (3 500, 3,500)."""
    box = QSpinBox(parent)
    box.setRange(0, maximum)
    box.setSingleStep(500)
    french = language() == "fr"
    box.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France) if french
                  else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    box.setGroupSeparatorShown(True)
    return box
