"""Editions of the registry and harvest runs over time, on the real store, with values worked out by hand.

Three editions are derived from rows of the real 2022 registry (rows removed, one added, one SIREN renumbered);
every actor's platform is rewritten to a data.gouv.fr organisation on a fake portal, so that four harvests
(one of them cancelled) give known counts. The figures below come from the reference (populations, members)
and from the rows chosen, counted by hand:

actors (2022 rows)                      E1 2020-06-30  E2 2021-06-30  E3 2022-12-31   R1  R2*  R3    R4
200072049 CC Charente Limousine (16)          -             x              x           4   0    4     4
221600018 Département de la Charente          x             -              x          10   0   12    12
211603592 Salles-d'Angles (16, 1 011 inh.)    x (as 211699905, mapped by hand)  x  x   1   0    1     0
211603741 Soyaux (16, 10 087 inh.)            -             x              x           2   0   500   500
214700015 Agen (47)                           x             x              x           5   0    0     0
214700312 Boé (47)                            x             x              x           3   0    3     3
244700449 CC du Pays de Duras (47)            x             x              x           0   0    0     4
214702011 Le Passage (47)                     x             -              x           2   0    2     2
200053759 Région Nouvelle-Aquitaine           -             x              x          50   0   55    55
218501914 La Roche-sur-Yon (85)               x             x              x           7   0    7     7
248500589 CA La Roche-sur-Yon (85)            -             x              x           6   0    6     6
254002272 ADACL Landes (partner)              x             x              x           1   0    1     1
211600150 Angoulême (16, 41 908 inh.)         -             x (added)      -
(* R2 is cancelled; "500" is an HTTP 500 answer: Soyaux keeps its last good count, 2.)
"""
import csv
import json
import sqlite3
import subprocess
from datetime import date

import pytest
from data_paths import ACTORS_2022
from fake_portals import FakeServer, as_json, endpoints_file, portal_routes

from odt_qgis_plugin.common.errors import Cancelled, InputError
from odt_qgis_plugin.common.progress import Feedback
from odt_qgis_plugin.evolution.alerts import Alert, harvest_alerts
from odt_qgis_plugin.evolution.editions import import_edition, list_editions
from odt_qgis_plugin.evolution.evolution_tables import evolution
from odt_qgis_plugin.evolution.history import load_history
from odt_qgis_plugin.harvest import endpoints
from odt_qgis_plugin.harvest.engine import HarvestSettings, run_harvest
from odt_qgis_plugin.indicators.key_figures import Scope
from odt_qgis_plugin.store import db

CC_CHARENTE_LIMOUSINE, CHARENTE, SALLES, SOYAUX = "200072049", "221600018", "211603592", "211603741"
AGEN, BOE, CC_DURAS, LE_PASSAGE = "214700015", "214700312", "244700449", "214702011"
NOUVELLE_AQUITAINE, LA_ROCHE, CA_LA_ROCHE, ADACL = "200053759", "218501914", "248500589", "254002272"
ANGOULEME, SALLES_RENUMBERED = "211600150", "211699905"

E1 = [CHARENTE, SALLES_RENUMBERED, AGEN, BOE, CC_DURAS, LE_PASSAGE, LA_ROCHE, ADACL]
E2 = [CC_CHARENTE_LIMOUSINE, SALLES, SOYAUX, AGEN, BOE, CC_DURAS, NOUVELLE_AQUITAINE, LA_ROCHE, CA_LA_ROCHE, ADACL,
      ANGOULEME]
E3 = [CC_CHARENTE_LIMOUSINE, CHARENTE, SALLES, SOYAUX, AGEN, BOE, CC_DURAS, LE_PASSAGE, NOUVELLE_AQUITAINE, LA_ROCHE,
      CA_LA_ROCHE, ADACL]
RUNS = {
    "R1": {CC_CHARENTE_LIMOUSINE: 4, CHARENTE: 10, SALLES: 1, SOYAUX: 2, AGEN: 5, BOE: 3, CC_DURAS: 0, LE_PASSAGE: 2,
           NOUVELLE_AQUITAINE: 50, LA_ROCHE: 7, CA_LA_ROCHE: 6, ADACL: 1},
    "R2": dict.fromkeys(E3, 0),
    "R3": {CC_CHARENTE_LIMOUSINE: 4, CHARENTE: 12, SALLES: 1, SOYAUX: 500, AGEN: 0, BOE: 3, CC_DURAS: 0, LE_PASSAGE: 2,
           NOUVELLE_AQUITAINE: 55, LA_ROCHE: 7, CA_LA_ROCHE: 6, ADACL: 1},
    "R4": {CC_CHARENTE_LIMOUSINE: 4, CHARENTE: 12, SALLES: 0, SOYAUX: 500, AGEN: 0, BOE: 3, CC_DURAS: 4, LE_PASSAGE: 2,
           NOUVELLE_AQUITAINE: 55, LA_ROCHE: 7, CA_LA_ROCHE: 6, ADACL: 1},
}


def org_id(siren: str) -> str:
    """A data.gouv.fr organisation id as the API gives them (24 hexadecimal digits): anything else is a slug."""
    return siren.rjust(24, "0")


def write_edition(path, sirens):
    """The 2022 rows of these SIRENs, each pointed at its own organisation on the fake data.gouv.fr."""
    with open(ACTORS_2022, encoding="utf-8", newline="") as stream:
        names = {row["siren"].strip("\u200e "): row["nom"] for row in csv.DictReader(stream)}
    names[ANGOULEME] = "ANGOULEME"  # added: not in the 2022 registry
    # renumbered: the same commune under a SIREN the reference lacks, and a name that no rule can follow
    # (under its own name, the successor rules of registry/successors.py would find it without a mapping)
    names[SALLES_RENUMBERED] = "COMMUNE RENUMEROTEE"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(["siren", "nom", "url_platform", "id_datagouv", "techno_platform"])
        for siren in sirens:
            writer.writerow([siren, names[siren], "", org_id(siren), "DataGouv"])
    return str(path)


class Portal:
    """data.gouv.fr answering each organisation's dataset count for the current run, or 500."""

    def __init__(self):
        self.counts = {}
        self.server = FakeServer(self.route).start()

    def route(self, path, query, headers):
        org = query.get("organization", [""])[0]
        if path.endswith("/datasets/") and self.counts.get(org[-9:]) == 500:
            return as_json({"message": "Internal Server Error"}, 500)
        datagouv = {org_id(siren): [{"id": f"{siren}-{i}", "harvest": None} for i in range(n)]
                    for siren, n in self.counts.items() if n != 500}
        return portal_routes(datagouv=datagouv)(path, query, headers)


class CancelAtOnce(Feedback):
    def is_canceled(self) -> bool:
        return True


@pytest.fixture(scope="module")
def over_time(national_store, tmp_path_factory):
    """The store after the three editions and the four harvests, with what each step reported."""
    import shutil

    from odt_qgis_plugin.maps.qgis_observations import harvest

    work = tmp_path_factory.mktemp("over_time")
    store = str(work / "store.gpkg")
    shutil.copyfile(national_store, store)
    reports = {
        # the 2021 edition first, then 2022 (which retires Angoulême), then the older 2020 one
        "E2": import_edition(store, write_edition(work / "e2.csv", E2), "2021-06-30"),
        "E3": import_edition(store, write_edition(work / "e3.csv", E3), "2022-12-31"),
        "E1": import_edition(store, write_edition(work / "e1.csv", E1), "2020-06-30"),
    }
    reports["E1 before the mapping"] = evolution(load_history(store), Scope(departement="16"))["points"][0]
    with db.open_store(store).transaction() as connection:  # map-actor, for a SIREN the current registry lacks
        db.upsert(connection, "mappings", ("siren", "level", "code", "role", "note", "created_at"), ("siren",),
                  [(SALLES_RENUMBERED, "commune", "16359", "same", "renumbered", db.utc_now())])
    portal = Portal()
    config = endpoints.load(endpoints_file(work / "endpoints.json", portal.server.url + "/api/1/"))
    settings = dict(retries=0, backoff_base=0.01, timeout=5.0)
    try:
        for name in ("R1", "R2", "R3"):
            portal.counts = RUNS[name]
            if name == "R2":
                portal.server.delay = 0.5  # requests in flight when the user cancels are still written
                with pytest.raises(Cancelled):
                    run_harvest(store, HarvestSettings(**settings), feedback=CancelAtOnce(), config=config)
                portal.server.delay = 0.0
            else:
                run_harvest(store, HarvestSettings(**settings), config=config)
            reports[f"alerts after {name}"] = harvest_alerts(store)
        portal.counts = RUNS["R4"]
        reports["R4"] = harvest(store, HarvestSettings(**settings), config=config)  # the shells' path
    finally:
        portal.server.stop()
    return store, reports


def _points(store, **scope):
    return evolution(load_history(store), Scope(**scope))["points"]


def test_editions_keep_the_latest_as_the_current_registry(over_time):
    store, reports = over_time
    assert [(e["edition"], e["accepted"]) for e in list_editions(store)] == [
        ("2020-06-30", 8), ("2021-06-30", 11), ("2022-12-31", 12)]
    assert (reports["E2"].current, reports["E3"].current, reports["E1"].current) == (True, True, False)
    assert reports["E3"].retired == [(ANGOULEME, "ANGOULEME")]
    assert reports["E1"].latest_before == "2022-12-31"
    sirens = {row[0] for row in db.open_store(store).query("SELECT siren FROM actors")}
    assert sirens == set(E3)  # the older edition imported last did not replace it


def test_cancelled_run_is_not_a_point(over_time):
    store, _ = over_time
    runs = db.open_store(store).query("SELECT run_id, status FROM harvest_runs ORDER BY run_id")
    assert [tuple(row) for row in runs] == [(1, "finished"), (2, "cancelled"), (3, "finished"), (4, "finished")]
    # the cancelled run did write the zeros it fetched: they must not count
    assert db.open_store(store).query("SELECT COUNT(*) FROM harvests WHERE run_id = 2")[0][0] > 0
    points = _points(store)
    assert [(p["kind"], p["edition"] or p["run_id"]) for p in points] == [
        ("edition", "2020-06-30"), ("edition", "2021-06-30"), ("edition", "2022-12-31"),
        ("run", 1), ("run", 3), ("run", 4)]
    today = date.today().isoformat()
    assert [p["date"] for p in points[3:]] == [today, today, today]


def test_france(over_time):
    store, _ = over_time
    points = _points(store)
    by_type = [(p["communes"], p["epci"], p["departements"], p["regions"]) for p in points]
    assert by_type == [(5, 1, 1, 0), (6, 3, 0, 1), (6, 3, 1, 1), (6, 2, 1, 1), (5, 2, 1, 1), (4, 3, 1, 1)]
    assert [p["collectivities"] for p in points] == [7, 10, 11, 10, 9, 9]
    # changes from the previous point of the same kind: editions among editions, runs among runs
    assert [p["change_collectivities"] for p in points] == [None, 3, 1, None, -1, 0]
    assert [p["datasets"] for p in points] == [None, None, None, 91, 93, 96]
    assert [p["change_datasets"] for p in points] == [None, None, None, None, 2, 3]
    assert [p["unknown_collectivities"] for p in points] == [None, None, None, 0, 0, 0]


def test_charente(over_time):
    store, _ = over_time
    points = _points(store, departement="16")
    assert [(p["communes"], p["epci"], p["departements"], p["regions"]) for p in points] == [
        (1, 0, 1, 0), (3, 1, 0, 0), (2, 1, 1, 0), (2, 1, 1, 0), (2, 1, 1, 0), (1, 1, 1, 0)]
    assert [p["collectivities"] for p in points] == [2, 4, 4, 4, 4, 3]
    assert {(p["collectivities_total"], p["obligated_total"], p["population_total"]) for p in points} == {
        (359 + 9 + 1, 18 + 9 + 1, 352683)}
    # obligated: the EPCI, the département, and communes of 3,500 inhabitants or more (not Salles-d'Angles)
    assert [p["obligated"] for p in points] == [1, 3, 3, 3, 3, 3]
    # covered: engaged communes and the 58 communes (35,223 inhabitants) of CC de Charente Limousine
    assert [p["population_covered"] for p in points] == [
        1011, 1011 + 10087 + 41908 + 35223, 1011 + 10087 + 35223, 46321, 46321, 10087 + 35223]
    assert [p["change_population_covered"] for p in points] == [None, 87218, -41908, None, 0, -1011]
    assert [p["datasets"] for p in points] == [None, None, None, 4 + 10 + 1 + 2, 4 + 12 + 1 + 2, 4 + 12 + 0 + 2]


def test_renumbered_siren_counts_once_mapped(over_time):
    _, reports = over_time
    before = reports["E1 before the mapping"]  # Salles-d'Angles under an unknown SIREN: unresolved
    assert (before["communes"], before["departements"]) == (0, 1)


def test_region_and_epci(over_time):
    store, _ = over_time
    assert [p["collectivities"] for p in _points(store, region="75")] == [6, 8, 9, 8, 7, 7]
    duras = _points(store, epci=CC_DURAS)
    assert [(p["collectivities"], p["collectivities_total"]) for p in duras] == [
        (1, 18), (1, 18), (1, 18), (0, 18), (0, 18), (1, 18)]
    assert [p["population_covered"] for p in duras] == [5696, 5696, 5696, 0, 0, 5696]
    assert [p["datasets"] for p in duras] == [None, None, None, 0, 0, 4]


def _names(entries):
    return [(entry["name"], entry["now"]) for entry in entries]


def test_joined_and_left(over_time):
    store, _ = over_time
    history = load_history(store)
    france = evolution(history, Scope())
    assert _names(france["joined"]) == [("CC du Pays de Duras", "engaged")]
    assert _names(france["left"]) == [("Agen", "no_dataset"), ("Angoulême", "absent"),
                                      ("Salles-d'Angles", "no_dataset")]
    charente = evolution(history, Scope(departement="16"))
    assert _names(charente["joined"]) == []
    assert _names(charente["left"]) == [("Angoulême", "absent"), ("Salles-d'Angles", "no_dataset")]
    assert [entry["compared_with"] for entry in charente["left"]] == [
        "registry edition of 2021-06-30", "harvest run 3 of " + date.today().isoformat()]


def test_joined_and_left_between_editions(over_time, tmp_path):
    """Before any harvest: the 2022 edition against the 2021 one."""
    import shutil

    store = str(tmp_path / "editions.gpkg")
    shutil.copyfile(over_time[0], store)
    with db.open_store(store).transaction() as connection:
        connection.execute("DELETE FROM harvest_runs")
    result = evolution(load_history(store), Scope())
    assert _names(result["joined"]) == [("Département de la Charente", "engaged"), ("Le Passage", "engaged")]
    assert _names(result["left"]) == [("Angoulême", "absent")]


def test_alerts(over_time):
    _, reports = over_time
    assert reports["alerts after R1"] == []
    assert reports["alerts after R2"] == []  # a cancelled run raises none
    assert reports["alerts after R3"] == [Alert("zero", AGEN, "AGEN", before=5, run_before=1, run_after=3)]
    lines = reports["R4"].lines()
    start = lines.index("To check before publishing, actors whose count fell to zero or whose platform stopped "
                        "answering: 2")
    assert lines[start + 1:start + 3] == [
        "  211603592 SALLES D'ANGLES: datasets 1 → 0 (runs 3 → 4)",
        "  211603741 SOYAUX: datagouv has not answered on the last two complete runs (http_500)"]


def test_editions_follow_a_new_mapping(over_time, tmp_path):
    """A hand mapping removed: the renumbered SIREN of the 2020 edition is unresolved again."""
    import shutil

    store = str(tmp_path / "unmapped.gpkg")
    shutil.copyfile(over_time[0], store)
    with db.open_store(store).transaction() as connection:
        connection.execute("DELETE FROM mappings")
    assert _points(store, departement="16")[0]["communes"] == 0
    assert _points(store, departement="16")[0]["communes"] == 0  # kept: the second read identifies nothing


def test_bad_edition_date_changes_nothing(over_time, tmp_path):
    import shutil

    store = str(tmp_path / "bad.gpkg")
    shutil.copyfile(over_time[0], store)
    before = db.open_store(store).query("SELECT COUNT(*) FROM edition_actors")[0][0]
    for text in ("2022-13-01", "31/12/2022", "2999-01-01"):
        with pytest.raises(InputError):
            import_edition(store, str(ACTORS_2022), text)
    assert db.open_store(store).query("SELECT COUNT(*) FROM edition_actors")[0][0] == before


def test_command_line(over_time, tmp_path):
    from odt_qgis_plugin.cli import main

    store = over_time[0]
    out = tmp_path / "charente.csv"
    assert main(["evolution", "--store", store, "--departement", "16", "--format", "csv", "--out", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    points = [row for row in rows if row["section"] == "point"]
    assert [row["collectivities"] for row in points] == ["2", "4", "4", "4", "4", "3"]
    assert [row["name"] for row in rows if row["section"] == "left"] == ["Angoulême", "Salles-d'Angles"]
    assert [(row["alert"], row["siren"]) for row in rows if row["section"] == "alert"] == [
        ("zero", SALLES), ("not_answering", SOYAUX)]
    out = tmp_path / "france.json"
    assert main(["evolution", "--store", store, "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [p["collectivities"] for p in data["reference_series"]["points"]] == [142, 257, 308]
    assert data["territory"] == {"level": "france", "code": None, "name": "France"}


@pytest.mark.slow
def test_command_line_errors(over_time, tmp_path):
    """One line, a non-zero exit, nothing changed."""
    import sys

    from data_paths import ROOT

    store = over_time[0]
    before = db.open_store(store).query("SELECT COUNT(*) FROM edition_actors")[0][0]
    python = [sys.executable, "-m", "odt_qgis_plugin"]
    for args in (["import-actors", "--store", store, "--edition", "2022-02-30", str(ACTORS_2022)],
                 ["evolution", "--store", store, "--region", "99"],
                 ["evolution", "--store", store, "--format", "pdf"]):
        done = subprocess.run(python + args, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("Error: "), done.stderr
    assert db.open_store(store).query("SELECT COUNT(*) FROM edition_actors")[0][0] == before


def test_council_page(over_time, tmp_path):
    from odt_qgis_plugin.evolution.qgis_evolution_page import export_page

    path = export_page(over_time[0], str(tmp_path / "charente.pdf"), Scope(departement="16"))
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    # the charts are drawings (their text is not extractable); the page's own texts are
    for expected in ("Open data over time: Charente", "Salles-d'Angles (commune) – no dataset found",
                     "Angoulême (commune) – no longer listed", "harvest 4", "3 (−1)", "45,310 (12.8%)", "Left (2)",
                     "Joined (0)"):
        assert expected in text, expected
    assert list(tmp_path.iterdir()) == [tmp_path / "charente.pdf"]  # no temporary folder left


def test_processing(over_time, tmp_path, qgis_processing):
    import shutil

    import processing
    from qgis.core import QgsApplication

    from odt_qgis_plugin.processing.provider import OdtProvider

    store = str(tmp_path / "store.gpkg")
    shutil.copyfile(over_time[0], store)
    provider = OdtProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        out = tmp_path / "duras.json"
        processing.run("odt:evolution", {"STORE": store, "EPCI": CC_DURAS, "FORMAT": 0, "OUTPUT": str(out)})
        processing.run("odt:import_actors", {"STORE": store, "REGISTRY": write_edition(tmp_path / "e0.csv", E1[:3]),
                                             "EDITION": "2019-06-30"})
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [p["collectivities"] for p in data["points"]] == [1, 1, 1, 0, 0, 1]
    assert [entry["name"] for entry in data["joined"]] == ["CC du Pays de Duras"]
    assert [edition["edition"] for edition in list_editions(store)][:2] == ["2019-06-30", "2020-06-30"]
    assert {row[0] for row in db.open_store(store).query("SELECT siren FROM actors")} == set(E3)  # older: unchanged


def test_panel_widget(over_time, qgis_app):
    from odt_qgis_plugin.plugin.evolution_view import EvolutionView

    view = EvolutionView()
    view.set_store(over_time[0])
    assert view.history is None  # collapsed: nothing read yet
    view.load(background=False)
    view.set_scope(Scope(departement="16"))
    assert view.table.rowCount() == 6
    assert view.table.item(0, 1).text() == "harvest 4"  # the latest point first
    assert view.table.item(0, 2).text() == "3 (−1)"
    assert "Salles-d'Angles (commune) – no dataset found" in view.movements.text()
    assert view.alert_label.text().splitlines()[1:] == [
        "211603592 SALLES D'ANGLES: datasets 1 → 0 (runs 3 → 4)",
        "211603741 SOYAUX: datagouv has not answered on the last two complete runs (http_500)"]
    view.set_scope(Scope(region="52"))  # La Roche-sur-Yon: no alert there
    assert view.alert_label.text() == ""


def test_store_file_untouched_by_reading(over_time):
    """Reading the evolution writes nothing once the editions are identified."""
    load_history(over_time[0])
    connection = sqlite3.connect(over_time[0])
    try:
        stamps = connection.execute("SELECT edition, resolved_with FROM registry_editions").fetchall()
    finally:
        connection.close()
    load_history(over_time[0])
    connection = sqlite3.connect(over_time[0])
    try:
        assert connection.execute("SELECT edition, resolved_with FROM registry_editions").fetchall() == stamps
    finally:
        connection.close()


def test_the_2022_edition_agrees_with_the_indicators(actors_store, tmp_path):
    """The real registry as an edition: the same engaged collectivities and obligated scope as the key figures,
    for France, every région and every département (two independent counts of the same rules)."""
    import shutil

    from odt_qgis_plugin.indicators.indicator_tables import load_snapshot
    from odt_qgis_plugin.indicators.key_figures import key_figures

    store = str(tmp_path / "2022.gpkg")
    shutil.copyfile(actors_store, store)
    report = import_edition(store, str(ACTORS_2022), "2022-12-31")
    assert report.current and report.retired == [] and report.registry.inserted == 0
    history, snapshot = load_history(store), load_snapshot(store)
    scopes = [Scope()] + [Scope(region=code) for code in snapshot.regions] + [
        Scope(departement=code) for code in sorted(snapshot.dep_region)]
    for scope in scopes:
        point = evolution(history, scope)["points"][-1]
        cards = key_figures(snapshot, scope)
        assert (point["collectivities"], point["collectivities_total"], point["obligated"],
                point["obligated_total"]) == (
            cards["engaged_collectivities"]["value"], cards["engaged_collectivities"]["total"],
            cards["obligated"]["value"], cards["obligated"]["total"]), scope


def test_postgis_store_gives_the_same_evolution(over_time, pg_server, tmp_path):
    """The editions, runs and identification travel with copy-store; an edition imported there is kept too."""
    import uuid

    from odt_qgis_plugin.store.qgis_copy import copy_store

    location = pg_server.uri("odt_tests", "t_" + uuid.uuid4().hex[:10])
    copy_store(over_time[0], location)
    assert [p["collectivities"] for p in _points(location, departement="16")] == [2, 4, 4, 4, 4, 3]
    assert [a.kind for a in harvest_alerts(location)] == ["zero", "not_answering"]
    report = import_edition(location, write_edition(tmp_path / "e0.csv", E1[:3]), "2019-06-30")
    assert not report.current
    assert [p["collectivities"] for p in _points(location, departement="16")] == [2, 2, 4, 4, 4, 4, 3]
