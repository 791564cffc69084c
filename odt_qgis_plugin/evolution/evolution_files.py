"""A territory's evolution as JSON or CSV text, for the command line, Processing and the Python API."""
from pathlib import Path
from typing import Iterator, List, Optional

from ..common import output_paths, table_text
from ..common.settings import DEFAULT_THRESHOLD
from ..indicators.key_figures import Scope
from .alerts import Alert, harvest_alerts
from .evolution_tables import check_scope, evolution
from .evolution_texts import scope_alerts
from .history import History, load_history

FORMATS = ("json", "csv", "pdf")
POINT_FIELDS = ("kind", "date", "label", "edition", "run_id", "communes", "epci", "departements", "regions",
                "collectivities", "collectivities_total", "collectivities_rate", "obligated", "obligated_total",
                "obligated_rate", "population_covered", "population_total", "population_rate", "datasets",
                "unknown_collectivities", "unknown_actors", "previous", "change_collectivities", "change_obligated",
                "change_population_covered", "change_datasets")
# One CSV: a `section` column (point, joined, left, alert, reference), then the union of their fields.
CSV_FIELDS = ("section", "territory_level", "territory_code") + POINT_FIELDS + (
    "level", "code", "name", "now", "compared_with", "siren", "alert", "platform", "status", "before", "month")


def evolution_data(history: History, scope: Scope, alerts: List[Alert]) -> dict:
    scope = check_scope(history, scope)
    result = evolution(history, scope)
    result["alerts"] = [alert.as_dict() for alert in scope_alerts(history, scope, alerts)]
    return result


def as_text(result: dict, fmt: str) -> str:
    return table_text.as_text(result, fmt, CSV_FIELDS, _csv_rows(result), ignore_extra=True)


def _csv_rows(result: dict) -> Iterator[dict]:
    territory = {"territory_level": result["territory"]["level"], "territory_code": result["territory"]["code"]}

    def row_of(section: str, row: dict) -> dict:
        return {**territory, "section": section,
                **{key: value for key, value in row.items() if not isinstance(value, (dict, list))}}

    for row in result["points"]:
        yield row_of("point", row)
    for section in ("joined", "left"):
        for row in result[section]:
            yield row_of(section, row)
    for alert in result["alerts"]:
        yield row_of("alert", {**alert, "alert": alert["kind"], "kind": ""})
    reference = result.get("reference_series")
    for point in (reference or {}).get("points", ()):
        yield row_of("reference", {"label": reference["label"], "month": point["month"],
                                   "collectivities": point["collectivities"]})


def evolution_text(store, fmt: str, scope: Scope = Scope(), threshold: int = DEFAULT_THRESHOLD) -> str:
    history = load_history(store, threshold)
    return as_text(evolution_data(history, scope, harvest_alerts(store)), fmt)


def write_evolution(store, out, fmt: str, scope: Scope = Scope(), threshold: int = DEFAULT_THRESHOLD,
                    history: Optional[History] = None) -> Path:
    out = output_paths.check_output(out)
    history = history or load_history(store, threshold)
    return output_paths.write_text(out, as_text(evolution_data(history, scope, harvest_alerts(store)), fmt))
