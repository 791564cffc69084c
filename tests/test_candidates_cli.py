"""`harvest --datagouv-catalog` then `candidates`: a collectivity on data.gouv.fr joins the registry (real store)."""
import contextlib
import io
import shutil
import sqlite3

from catalog_exports import DATASET_HEADER, ORGANISATION_HEADER, dataset, organisation, write_rows
from fake_portals import endpoints_file

from odt_qgis_plugin.cli import main as cli_main

ORG = "f" * 24


def _cli(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli_main(list(args))
    return code, out.getvalue()


def test_a_candidate_found_in_the_catalogue_is_accepted(actors_store, tmp_path):
    store = str(tmp_path / "store.gpkg")
    shutil.copyfile(actors_store, store)
    connection = sqlite3.connect(store)
    siren, code, name = connection.execute(
        "SELECT siren, code, name FROM communes WHERE siren NOT IN (SELECT siren FROM actors)"
        " AND population > 10000 ORDER BY code LIMIT 1").fetchone()
    connection.close()
    folder = tmp_path / "catalogue"
    folder.mkdir()
    write_rows(folder / "export-organization-20261201.csv", ORGANISATION_HEADER,
               [organisation(ORG, f"Ville de {name}", siren + "00011", 3)])
    write_rows(folder / "export-dataset-20261201.csv", DATASET_HEADER, [dataset(f"d{i}", ORG) for i in range(3)])
    endpoints = endpoints_file(tmp_path / "e.json", "http://127.0.0.1:9/api/1/")
    code_, out = _cli("harvest", "--store", store, "--endpoints", endpoints, "--datagouv-catalog", str(folder),
                      "--actors", "213500135")
    assert code_ == 0, out
    report = tmp_path / "report.csv"
    code_, out = _cli("harvest", "--store", store, "--report", str(report), "--report-only")
    assert code_ == 0 and report.read_text(encoding="utf-8").startswith("siren,name,platform,host,filter")
    assert "213500135,BAINS SUR OUST,datagouv,data.gouv.fr,,,no_match," in report.read_text(encoding="utf-8")
    assert _cli("harvest", "--store", store, "--report-only")[0] == 1  # no file named: a one-line error
    code_, out = _cli("candidates", "--store", store)
    assert code_ == 0 and siren in out and f"Ville de {name}" in out and "1 data.gouv.fr organisations" in out
    code_, out = _cli("candidates", "--store", store, "--accept", siren)
    assert code_ == 0 and "Actor added" in out
    connection = sqlite3.connect(store)
    try:
        assert connection.execute("SELECT id_datagouv, techno_platform, category FROM actors WHERE siren = ?",
                                  (siren,)).fetchone() == (ORG, "DataGouv", "commune")
        assert connection.execute("SELECT actor_siren FROM communes WHERE code = ?", (code,)).fetchone() == (siren,)
    finally:
        connection.close()
