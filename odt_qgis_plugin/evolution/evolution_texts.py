"""What the evolution page and the panel show, as words and numbers in the user's language.

`panel_content` is the one place that turns a territory's evolution into texts: the council page
(evolution/qgis_evolution_page.py) and the dock's widget (plugin/evolution_view.py) both show it.
"""
from datetime import date
from typing import Dict, List, Optional

from ..common import levels
from ..common.i18n import tr
from ..common.numbers import number, percent
from ..indicators.key_figures import Scope
from ..layouts.layout_texts import LICENCE, MONTHS_EN, MONTHS_FR, long_date
from .alerts import Alert, alert_text
from .evolution_charts import NARROW_WIDTH, PAGE_WIDTH, engaged_chart, population_chart
from .evolution_tables import check_scope, comparison, evolution
from .history import EDITION, History
from .reference_series import POINTS
from .reference_series import SOURCE as REFERENCE_SOURCE

MINUS = "\u2212"


def signed(value: Optional[int], language: str = "fr") -> str:
    if value is None:
        return ""
    if value == 0:
        return "="
    return ("+" if value > 0 else MINUS) + number(abs(value), language)


def month_text(month: str, language: str = "fr") -> str:
    year, month_number = month.split("-")
    names = MONTHS_FR if language == "fr" else MONTHS_EN
    return f"{names[int(month_number) - 1]} {year}"


def _with_change(text: str, change: Optional[int], language: str) -> str:
    return f"{text} ({signed(change, language)})" if change is not None else text


def _source(row: dict) -> str:
    return tr("registry") if row["kind"] == EDITION else tr("harvest {run}").format(run=row["run_id"])


def table_header() -> List[str]:
    return [tr("Date"), tr("Source"), tr("Engaged collectivities"), tr("of which communes · EPCI · dép. · rég."),
            tr("Open data by default scope"), tr("Population covered"), tr("Datasets")]


def table_rows(rows: List[dict], language: str = "fr") -> List[List[str]]:
    """One line of texts per point; changes in brackets, from the previous point of the same kind."""
    lines = []
    for row in rows:
        source = _source(row)
        engaged = _with_change(number(row["collectivities"], language), row["change_collectivities"], language)
        if row["kind"] != EDITION and row["unknown_collectivities"]:
            engaged += " " + tr("[{n} unknown]").format(n=number(row["unknown_collectivities"], language))
        types = " · ".join(number(row[name], language) for name in ("communes", "epci", "departements", "regions"))
        obligated = _with_change(f"{number(row['obligated'], language)} / {number(row['obligated_total'], language)}",
                                 row["change_obligated"], language)
        covered = "{n} ({rate})".format(n=number(row["population_covered"], language),
                                        rate=percent(row["population_rate"], language))
        if row["datasets"] is None:
            datasets = "–"
        else:
            datasets = _with_change(number(row["datasets"], language), row["change_datasets"], language)
        lines.append([long_date(row["date"], language), source, engaged, types, obligated, covered, datasets])
    return lines


def _name(entry: dict) -> str:
    level = levels.level(entry["level"]).label()
    name = entry["name"]
    return name if name.lower().startswith(level.lower()) else f"{name} ({level})"


def movement_lines(entries: List[dict], left: bool) -> List[str]:
    lines = []
    for entry in entries:
        text = _name(entry)
        if left:
            text += " – " + (tr("no dataset found") if entry["now"] == "no_dataset" else tr("no longer listed"))
        lines.append(text)
    return lines


def dates_line(history: History, language: str = "fr") -> str:
    editions = [point.date for point in history.points if point.kind == EDITION]
    runs = [point for point in history.points if point.kind != EDITION]
    parts = [tr("registry editions: {dates}").format(dates=", ".join(long_date(day, language) for day in editions))
             if editions else tr("no registry edition")]
    if runs:
        parts.append(tr("complete harvests: {runs}").format(runs=", ".join(
            tr("{run} ({date})").format(run=point.key, date=long_date(point.date, language)) for point in runs)))
    else:
        parts.append(tr("no complete harvest"))
    separator = " ; " if language == "fr" else "; "
    return tr("Data: {parts}.").format(parts=separator.join(parts))


def reference_line(language: str = "fr") -> str:
    points = ", ".join(f"{number(value, language)} ({month_text(month, language)})" for month, value in POINTS)
    return tr("Reference series, engaged collectivities at constant perimeter: {points}. Figures of the report, "
              "not recomputed by the plugin.").format(points=points)


def sources_line(history: History, scope: Scope, language: str = "fr") -> str:
    separator = " ; " if language == "fr" else "; "
    parts = [tr("Observatoire open data des territoires, registry of actors")]
    if scope.level == "france":
        parts.append(tr(REFERENCE_SOURCE))
    parts.append(tr("INSEE COG (current territories, constant perimeter)"))
    if any(point.kind != EDITION for point in history.points):
        parts.append(tr("harvests of the actors' platforms"))
    return tr("Sources: {sources}. {licence}.").format(sources=separator.join(parts), licence=LICENCE)


def scope_alerts(history: History, scope: Scope, alerts: List[Alert]) -> List[Alert]:
    """The alerts about actors of the territory."""
    if scope.level == "france":
        return list(alerts)
    wanted = []
    for alert in alerts:
        place = history.places.get(alert.siren)
        if place is None:
            continue
        if scope.epci:
            key = place.key
            if key == ("epci", scope.epci) or (key and key[0] == "commune"
                                               and history.territories.commune_epci.get(key[1]) == scope.epci):
                wanted.append(alert)
        elif (scope.level, scope.code) in place.scopes:
            wanted.append(alert)
    return wanted


def panel_content(history: History, scope: Scope = Scope(), language: str = "fr",
                  alerts: Optional[List[Alert]] = None, narrow: bool = False) -> Dict[str, object]:
    """Everything the panel and the page show for one territory: titles, the two charts (SVG), the table of
    points, who joined and left, the alerts about its actors, the data's dates and the sources.
    `narrow` draws both charts for a narrow place (the dock) rather than a page's width."""
    scope = check_scope(history, scope)
    result = evolution(history, scope)
    compared = comparison(history, scope)
    rows = result["points"]
    name = result["territory"]["name"]
    latest = rows[-1] if rows else None
    if latest is None:
        compared_with = ""
    elif len(rows) < 2:
        compared_with = tr("A second edition or a complete harvest will show who joined and who left.")
    else:
        compared_with = tr("At the latest point ({source}, {date}), compared with the earlier ones.").format(
            source=_source(latest), date=long_date(latest["date"], language))
    return {
        "scope": scope,
        "title": tr("Open data over time: {name}").format(name=name),
        "territory": name,
        "subtitle": (tr("Engaged collectivities at constant perimeter, situation at {date}").format(
            date=long_date(latest["date"], language)) if latest else tr("No edition and no complete harvest yet")),
        "charts": {"engaged": engaged_chart(history, scope, language, compared,
                                            NARROW_WIDTH if narrow else PAGE_WIDTH),
                   "population": population_chart(history, scope, language, compared)},
        "header": table_header(),
        "rows": table_rows(rows, language),
        "joined": movement_lines(result["joined"], left=False),
        "left": movement_lines(result["left"], left=True),
        "movements_note": compared_with,
        "alerts": [alert_text(alert) for alert in scope_alerts(history, scope, alerts or [])],
        "dates": dates_line(history, language),
        "reference": reference_line(language) if scope.level == "france" else "",
        "sources": sources_line(history, scope, language),
        "threshold": tr("Open data by default scope: communes of {n} inhabitants or more, every EPCI, département "
                        "and région.").format(n=number(history.territories.threshold, language)),
        "today": long_date(date.today(), language),
        "evolution": result,
    }

