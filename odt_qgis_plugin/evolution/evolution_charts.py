"""The evolution's two curves as SVG (drawn by layouts/chart.py): engaged collectivities and population covered.

France: the number of engaged collectivities, with the 2018 report's reference series beside the computed
points. A région, département or EPCI: the share of its collectivities engaged, against its région and
France (shares compare territories of any size; the report's series, a count for France, has no share).
Registry editions are drawn as a solid line with filled dots, harvest runs as a dotted line with hollow
dots: the two measure different things (listed by the observatory, found publishing) and are never joined.
"""
from datetime import date
from typing import List, Optional

from ..common.i18n import tr
from ..common.numbers import number, percent
from ..indicators.key_figures import Scope
from ..layouts.chart import LineSeries, line_chart_svg
from .evolution_tables import comparison, territory_name
from .history import EDITION, RUN, History
from .reference_series import LABEL as REFERENCE_LABEL
from .reference_series import POINTS, drawn_date

COLORS = {"territory": "#2e86c1", "region": "#e67e22", "france": "#4d4d4d"}
REFERENCE_COLOR = "#9b59b6"
ENGAGED_HEIGHT = 230.0
PAGE_WIDTH = 520.0
NARROW_WIDTH = 340.0  # half a page, or the dock: a narrower drawing keeps its text as large


def _series(name: str, color: str, rows: List[dict], field: str, both: bool, values: bool = True) -> List[LineSeries]:
    series = []
    for kind, style, suffix in ((EDITION, "solid", tr("registry")), (RUN, "dotted", tr("harvests"))):
        points = tuple((date.fromisoformat(row["date"]), row[field]) for row in rows
                       if row["kind"] == kind and row[field] is not None)
        if points:
            label = tr("{name}, {kind}").format(name=name, kind=suffix) if both else name
            series.append(LineSeries(label, color, points, style, values))
    return series


def _kinds_note(rows: List[dict]) -> str:
    kinds = {row["kind"] for row in rows}
    notes = []
    if EDITION in kinds:
        notes.append(tr("solid: registry editions (actors listed)"))
    if RUN in kinds:
        notes.append(tr("dotted: complete harvests (at least one dataset found)"))
    return "\n".join(notes)


def engaged_chart(history: History, scope: Scope = Scope(), language: str = "fr",
                  compared: Optional[list] = None, width: float = PAGE_WIDTH) -> str:
    compared = compared if compared is not None else comparison(history, scope)
    rows_all = [row for _, _, rows in compared for row in rows]
    both = len({row["kind"] for row in rows_all}) > 1
    series: List[LineSeries] = []
    if compared[0][1].level == "france":
        series += _series(tr("France, computed"), COLORS["territory"], compared[0][2], "collectivities", both)
        series.append(LineSeries(tr(REFERENCE_LABEL), REFERENCE_COLOR,
                                 tuple((date.fromisoformat(drawn_date(month)), value) for month, value in POINTS),
                                 "reference"))
        return line_chart_svg(series, tr("Engaged collectivities, France"), lambda value: number(value, language),
                              _kinds_note(rows_all), language, width=width, plot_height=ENGAGED_HEIGHT)
    for role, item, rows in compared:
        series += _series(territory_name(history, item), COLORS[role], rows, "collectivities_rate", both,
                          values=role == "territory")
    return line_chart_svg(series, tr("Share of collectivities engaged"),
                          lambda value: percent(value, language, 1, trim=True), _kinds_note(rows_all), language,
                          percent_axis=True, width=width, plot_height=ENGAGED_HEIGHT)


def population_chart(history: History, scope: Scope = Scope(), language: str = "fr",
                     compared: Optional[list] = None, width: float = NARROW_WIDTH) -> str:
    compared = compared if compared is not None else comparison(history, scope)
    rows_all = [row for _, _, rows in compared for row in rows]
    both = len({row["kind"] for row in rows_all}) > 1
    series: List[LineSeries] = []
    for role, item, rows in compared:
        series += _series(territory_name(history, item), COLORS[role], rows, "population_rate", both,
                          values=role == "territory")
    note = tr("Inhabitants of the communes whose commune or EPCI is engaged")
    return line_chart_svg(series, tr("Share of the population covered"),
                          lambda value: percent(value, language, 1, trim=True), note, language, percent_axis=True,
                          width=width, plot_height=200, legend=False)
