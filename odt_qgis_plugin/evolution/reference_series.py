"""The observatory's 2018 report's national curve, kept as a documented reference series.

The report's first figure counts the collectivities engaged in open data "at constant perimeter": 142 in
March 2017, 257 in January 2018, 308 in August 2018 (Observatoire open data des territoires, rapport 2018).
These figures are the report's own: the plugin cannot recompute them (no registry of those dates is
available), so they are shown as a series of their own, labelled, and never mixed with computed points.
Dates are known to the month; they are drawn on the 15th.
"""
from ..common.i18n import QT_TR_NOOP, tr

SERIES_ID = "odt-report-2018"
LABEL = QT_TR_NOOP("Observatory report 2018 (reference, at constant perimeter)")
SOURCE = QT_TR_NOOP("Observatoire open data des territoires, rapport 2018")
MEASURE = "engaged_collectivities"
POINTS = (("2017-03", 142), ("2018-01", 257), ("2018-08", 308))


def reference_series() -> dict:
    return {"id": SERIES_ID, "label": tr(LABEL), "source": tr(SOURCE), "measure": MEASURE, "territory": "france",
            "points": [{"month": month, "collectivities": value} for month, value in POINTS]}


def drawn_date(month: str) -> str:
    return month + "-15"
