"""Over time, without QGIS: complete runs and their counts, alerts, the line chart, edition dates, the reference."""
import json
import re
import sqlite3
from datetime import date

import pytest
from fake_portals import make_store

from odt_qgis_plugin.common.errors import InputError
from odt_qgis_plugin.common.numbers import number, percent
from odt_qgis_plugin.evolution.alerts import Alert, alert_lines, harvest_alerts
from odt_qgis_plugin.evolution.editions import edition_date
from odt_qgis_plugin.evolution.evolution_files import as_text
from odt_qgis_plugin.evolution.reference_series import reference_series
from odt_qgis_plugin.evolution.run_states import load_run_history
from odt_qgis_plugin.harvest.engine import ensure_tables
from odt_qgis_plugin.layouts.chart import LineSeries, line_chart_svg

pytestmark = pytest.mark.pure

A, B, C, D = "213500010", "217500016", "200046977", "243500139"


@pytest.fixture
def runs_store(tmp_path):
    path = make_store(tmp_path / "runs.gpkg", [{"siren": s, "name": n} for s, n in (
        (A, "Acigné"), (B, "Paris"), (C, "Métropole de Lyon"), (D, "Rennes Métropole"))])
    connection = sqlite3.connect(path, isolation_level=None)
    ensure_tables(connection)
    connection.close()
    return path


def add_run(store, run_id, status, rows, actors=None):
    """rows: (siren, platform, datasets or None, federated, status)."""
    connection = sqlite3.connect(store, isolation_level=None)
    try:
        connection.execute("INSERT INTO harvest_runs (run_id, started_at, ended_at, status, settings)"
                           " VALUES (?, ?, ?, ?, ?)",
                           (run_id, f"2025-0{run_id}-01T10:00:00+00:00", f"2025-0{run_id}-01T11:00:00+00:00", status,
                            json.dumps({"actors": actors, "only_stale": None})))
        connection.executemany(
            "INSERT INTO harvests (run_id, siren, platform, datasets, federated, status, harvested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T10:00:00+00:00')",
            [(run_id, *row) for row in rows])
    finally:
        connection.close()


def counts(store):
    connection = sqlite3.connect(store)
    try:
        return [(state.run_id, state.date, state.counts) for state in load_run_history(connection).states]
    finally:
        connection.close()


def test_counts_and_alerts_run_after_run(runs_store):
    # run 1: A on data.gouv.fr (5, of which 2 federated from its portal) and on its portal (3): 5 + 3 - 2 = 6
    add_run(runs_store, 1, "finished", [(A, "datagouv", 5, 2, "ok"), (A, "opendatasoft", 3, 0, "ok"),
                                        (B, "datagouv", 0, 0, "ok"), (C, "ckan", None, None, "timeout"),
                                        (D, "datagouv", 4, 0, "ok")])
    assert harvest_alerts(runs_store) == []
    # run 2 was cancelled: its zeros are not a state, and raise no alert
    add_run(runs_store, 2, "cancelled", [(A, "datagouv", 0, 0, "ok"), (D, "datagouv", 0, 0, "ok")])
    assert harvest_alerts(runs_store) == []
    # run 3 asked B only (--actors): the others keep what run 1 found
    add_run(runs_store, 3, "finished", [(B, "datagouv", 2, 0, "ok")], actors=[B])
    assert harvest_alerts(runs_store) == []
    # run 4: A's data.gouv.fr fails (its last good count stays), B falls to zero, D fails once
    add_run(runs_store, 4, "finished", [(A, "datagouv", None, None, "http_500"), (A, "opendatasoft", 3, 0, "ok"),
                                        (B, "datagouv", 0, 0, "ok"), (C, "ckan", None, None, "timeout"),
                                        (D, "datagouv", None, None, "connection_error")])
    assert harvest_alerts(runs_store) == [Alert("zero", B, "Paris", before=2, run_before=3, run_after=4)]
    # run 5: A's data.gouv.fr fails a second time in a row; D answers again; C never answered: not "stopped"
    add_run(runs_store, 5, "finished", [(A, "datagouv", None, None, "http_500"), (A, "opendatasoft", 3, 0, "ok"),
                                        (B, "datagouv", 0, 0, "ok"), (C, "ckan", None, None, "timeout"),
                                        (D, "datagouv", 4, 0, "ok")])
    alerts = harvest_alerts(runs_store)
    assert alerts == [Alert("not_answering", A, "Acigné", platform="datagouv", status="http_500", run_before=4,
                            run_after=5)]
    assert alert_lines(alerts) == [
        "To check before publishing, actors whose count fell to zero or whose platform stopped answering: 1",
        "  213500010 Acigné: datagouv has not answered on the last two complete runs (http_500)"]
    assert counts(runs_store) == [
        (1, "2025-01-01", {A: 6, B: 0, C: None, D: 4}),
        (3, "2025-03-01", {A: 6, B: 2, C: None, D: 4}),
        (4, "2025-04-01", {A: 6, B: 0, C: None, D: 4}),
        (5, "2025-05-01", {A: 6, B: 0, C: None, D: 4}),
    ]


def test_an_actor_gone_from_the_registry_leaves_the_state(runs_store):
    add_run(runs_store, 1, "finished", [(A, "datagouv", 5, 0, "ok"), (B, "datagouv", 1, 0, "ok")])
    add_run(runs_store, 2, "finished", [(A, "datagouv", None, None, "timeout")])
    add_run(runs_store, 3, "finished", [(A, "datagouv", None, None, "timeout")])
    # B was not asked by the full runs 2 and 3: no longer in the registry, it is neither counted nor alerted
    assert counts(runs_store)[-1] == (3, "2025-03-01", {A: 5})
    assert [(a.kind, a.siren) for a in harvest_alerts(runs_store)] == [("not_answering", A)]


def test_no_runs(tmp_path):
    store = make_store(tmp_path / "empty.gpkg", [{"siren": A}])
    assert harvest_alerts(store) == [] and counts(store) == []


def test_edition_dates():
    assert edition_date(" 2022-12-31 ") == "2022-12-31"
    for text in ("2022-12", "31/12/2022", "2022-02-30", "", "2999-01-01"):
        with pytest.raises(InputError):
            edition_date(text)


def test_reference_series_is_the_reports():
    series = reference_series()
    assert [(p["month"], p["collectivities"]) for p in series["points"]] == [
        ("2017-03", 142), ("2018-01", 257), ("2018-08", 308)]
    assert series["territory"] == "france" and "2018" in series["source"]


def _shapes(svg, tag):
    return [(float(x), float(y)) for x, y in re.findall(
        r'<%s (?:cx|x)="([\d.]+)" (?:cy|y)="([\d.]+)"' % tag, svg)]


def test_line_chart():
    computed = LineSeries("France", "#2e86c1", ((date(2022, 12, 31), 836), (date(2021, 6, 30), 700)))
    reference = LineSeries("Report 2018", "#9b59b6", ((date(2017, 3, 15), 142), (date(2018, 1, 15), 257),
                                                      (date(2018, 8, 15), 308)), "reference")
    svg = line_chart_svg([computed, reference], "Engaged", lambda v: number(v, "en"), note="a note", language="en")
    circles, squares = _shapes(svg, "circle"), _shapes(svg, "rect")
    assert len(circles) == 2 + 1 and len(squares) == 3 + 1  # the points, and one marker in each legend entry
    # time runs left to right, larger values are higher up
    assert circles[0][0] < circles[1][0] and circles[0][1] > circles[1][1]
    assert squares[0][0] < squares[1][0] < squares[2][0] and squares[0][1] > squares[1][1] > squares[2][1]
    for text in ("142", "257", "308", "700", "836", "2017", "2022", "Report 2018", "a note", "1,000"):
        assert f">{text}<" in svg, text
    assert "stroke-dasharray" in svg  # the reference is dashed


def test_line_chart_shares_and_crowded_values():
    same = ((date(2024, 1, 1), 0.95), (date(2024, 6, 1), 0.5))
    svg = line_chart_svg([LineSeries("A", "#000", same), LineSeries("B", "#111", same)], "Share",
                         lambda v: percent(v, "en", 0), language="en", percent_axis=True)
    assert ">100%<" in svg and ">120%<" not in svg  # a share's axis stops at 100 %
    assert svg.count(">95%<") == 1  # B's values would cover A's: drawn once
    assert ">Jan 2024<" in svg or ">Feb 2024<" in svg  # a short span reads in months


def test_line_chart_without_data():
    assert ">No data<" in line_chart_svg([], "Nothing", str)


def test_csv_cells_are_not_formulas():
    result = {"territory": {"level": "france", "code": None}, "points": [], "joined": [
        {"level": "commune", "code": "1", "name": "=HYPERLINK(\"x\")", "now": "engaged"}], "left": [], "alerts": []}
    assert "'=HYPERLINK" in as_text(result, "csv")
