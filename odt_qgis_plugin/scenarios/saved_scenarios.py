"""Scenarios saved in the store, in their own tables, so that they travel with it.

Only the tables `scenarios` and `scenario_marks` are ever written here; the observed tables
(actors, harvests, the territory layers) are read, never changed.
"""
import csv
import io
import json
from pathlib import Path
from typing import List

from ..common import output_paths
from ..common.csv_cells import safe_row
from ..common.errors import InputError, StoreError
from ..common.i18n import tr
from ..indicators.key_figures import CARDS, Scope, key_figures
from ..store import db
from .evaluation import Observed, Scenario, evaluate, parse_rule

SCENARIOS = """
    name TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    rules TEXT NOT NULL
"""
MARKS = """
    scenario TEXT NOT NULL REFERENCES scenarios (name) ON DELETE CASCADE,
    level TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (scenario, level, code)
"""


def _ensure(connection) -> None:
    db.ensure_attribute_table(connection, "scenarios", SCENARIOS, "What-if scenarios (never change observed data)")
    db.ensure_attribute_table(connection, "scenario_marks", MARKS, "Collectivities a scenario marks as publishing")


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InputError(tr("A scenario needs a name."))
    return name


def save(store, scenario: Scenario) -> None:
    """Create or replace the scenario of that name, all or nothing."""
    name = _check_name(scenario.name)
    rules = json.dumps([rule.text() for rule in scenario.rules], ensure_ascii=False)
    now = db.utc_now()
    with db.open_store(store).transaction() as connection:
        _ensure(connection)
        connection.execute(
            "INSERT INTO scenarios (name, created, updated, rules) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET updated = excluded.updated, rules = excluded.rules",
            (name, now, now, rules))
        connection.execute("DELETE FROM scenario_marks WHERE scenario = ?", (name,))
        connection.executemany("INSERT INTO scenario_marks (scenario, level, code) VALUES (?, ?, ?)",
                               [(name, level, code) for level, code in sorted(scenario.marked)])


def _has_tables(store) -> bool:
    return db.open_store(store).has_table("scenarios")


def names(store) -> List[dict]:
    """[{name, created, updated, rules, marks}] by name."""
    if not _has_tables(store):
        return []
    rows = db.open_store(store).query(
        "SELECT s.name, s.created, s.updated, s.rules,"
        " (SELECT COUNT(*) FROM scenario_marks m WHERE m.scenario = s.name) AS marks"
        " FROM scenarios s ORDER BY s.name")
    return [{"name": row[0], "created": row[1], "updated": row[2], "rules": json.loads(row[3]), "marks": row[4]}
            for row in rows]


def load(store, name: str) -> Scenario:
    store_db = db.open_store(store)
    row = store_db.query("SELECT rules FROM scenarios WHERE name = ?", (name,)) if _has_tables(store) else []
    if not row:
        raise StoreError(tr("No scenario named {name} in the store").format(name=name))
    try:
        rules = tuple(parse_rule(text) for text in json.loads(row[0][0]))
    except (ValueError, InputError) as error:
        raise StoreError(tr("Scenario {name} is damaged: {error}").format(name=name, error=error)) from None
    marks = store_db.query("SELECT level, code FROM scenario_marks WHERE scenario = ?", (name,))
    return Scenario(name, rules, frozenset((level, code) for level, code in marks))


def delete(store, name: str) -> bool:
    if not _has_tables(store):
        return False
    with db.open_store(store).transaction() as connection:
        connection.execute("DELETE FROM scenario_marks WHERE scenario = ?", (name,))
        return connection.execute("DELETE FROM scenarios WHERE name = ?", (name,)).rowcount > 0


def compare(observed: Observed, scenarios: List[Scenario], scope: Scope) -> List[dict]:
    """One row per card: the observed value, then each scenario's (a rate when the card has one)."""
    base = key_figures(observed.snapshot, scope, observed.members)
    results = [evaluate(observed, scenario, scope) for scenario in scenarios]
    rows = []
    for card in CARDS:
        row = {"card": card, "observed": _value(base[card])}
        for scenario, result in zip(scenarios, results):
            row[scenario.name] = _value(result["what_if"][card])
        rows.append(row)
    return rows


def _value(card: dict):
    return card["rate"] if card["rate"] is not None else card["value"]


CSV_FIELDS = ("scenario", "scope_level", "scope_code", "card", "observed", "what_if", "total_observed",
              "total_what_if", "rate_observed", "rate_what_if", "delta", "change")


def csv_text(results: List[dict]) -> str:
    """Figures of evaluated scenarios (evaluate() results) as CSV, one row per scenario and card."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for result in results:
        for card in CARDS:
            before, after, change = result["observed"][card], result["what_if"][card], result["changes"][card]
            writer.writerow(safe_row({
                "scenario": result["scenario"], "scope_level": result["scope"]["level"],
                "scope_code": result["scope"]["code"] or "", "card": card,
                "observed": _blank(before["value"]), "what_if": _blank(after["value"]),
                "total_observed": _blank(before["total"]), "total_what_if": _blank(after["total"]),
                "rate_observed": _blank(before["rate"]), "rate_what_if": _blank(after["rate"]),
                "delta": _blank(change["delta"]), "change": change["text"],
            }))
    return buffer.getvalue()


def _blank(value):
    return "" if value is None else value


def export_csv(results: List[dict], out) -> Path:
    out = output_paths.check_output(out)
    return output_paths.write_text(out, csv_text(results))
