"""The harvest and check-sources commands, including a harvest killed with SIGKILL and resumed."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_portals import FakeServer, endpoints_file, make_store, portal_routes

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args, timeout=60):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1,localhost"}
    return subprocess.run([sys.executable, "-m", "odt_qgis_plugin", *args], check=False, cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def portal():
    server = FakeServer(portal_routes(ods={f"P{i}": i for i in range(30)}, datagouv={"c" * 24: [{"id": "x"}]}),
                        delay=0.25).start()
    yield server
    server.stop()


def _actors(url, n):
    return [{"siren": f"8000000{i:02d}", "url_platform": f"{url}/explore/?refine.publisher=P{i}",
             "techno_platform": "OpenDataSoft"} for i in range(n)]


@pytest.mark.slow
def test_sigkill_then_resume_gives_one_current_result_per_pair(tmp_path, portal):
    actors = _actors(portal.url, 30) + [{"siren": "800000099", "id_datagouv": "c" * 24,
                                         "url_platform": portal.url + "/explore/?refine.publisher=P1",
                                         "techno_platform": "OpenDataSoft, DataGouv"}]
    store = make_store(tmp_path / "store.gpkg", actors)
    endpoints = endpoints_file(tmp_path / "endpoints.json", portal.url + "/api/1/")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1,localhost"}
    process = subprocess.Popen(
        [sys.executable, "-m", "odt_qgis_plugin", "harvest", "--store", store, "--endpoints", endpoints,
         "--per-host", "2"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        written = 0
        while written < 6 and time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                written = sqlite3.connect(store).execute("SELECT COUNT(*) FROM harvests").fetchone()[0]
            except sqlite3.OperationalError:
                written = 0
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(10)
    connection = sqlite3.connect(store)
    before = connection.execute("SELECT COUNT(*) FROM harvests").fetchone()[0]
    connection.close()
    assert 6 <= before < 32, "the kill must land midway"
    result = _cli("harvest", "--store", store, "--endpoints", endpoints, "--resume", "--per-host", "6")
    assert result.returncode == 0, result.stderr
    assert "resumed" in result.stdout
    connection = sqlite3.connect(store)
    try:
        pairs = connection.execute("SELECT siren, platform, COUNT(*) FROM harvests GROUP BY siren, platform").fetchall()
        runs = connection.execute("SELECT run_id, status FROM harvest_runs").fetchall()
    finally:
        connection.close()
    assert len(pairs) == 32 and all(n == 1 for _, _, n in pairs)
    assert runs == [(1, "finished")]


@pytest.mark.slow
def test_cli_summary_and_bad_input(tmp_path, portal):
    store = make_store(tmp_path / "store.gpkg", _actors(portal.url, 3) + [
        {"siren": "800000050", "url_platform": portal.url + "/nothing-here", "techno_platform": "Spécifique"}])
    endpoints = endpoints_file(tmp_path / "endpoints.json", portal.url + "/api/1/")
    result = _cli("harvest", "--store", store, "--endpoints", endpoints, "--actors", "800000001,800000050")
    assert result.returncode == 0, result.stderr
    # the odd URL is on the same host as the Opendatasoft actors: asked there, its name matches no publisher
    assert "shared_unattributed" in result.stdout and "Datasets found: 1 " in result.stdout
    missing = _cli("harvest", "--store", str(tmp_path / "nope.gpkg"))
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "platforms": [', encoding="utf-8")
    broken = _cli("harvest", "--store", store, "--endpoints", str(bad))
    assert broken.returncode == 1 and "not valid JSON" in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_check_sources(tmp_path, portal):
    endpoints = endpoints_file(tmp_path / "endpoints.json", portal.url + "/api/1/")
    result = _cli("check-sources", "--endpoints", endpoints, "--timeout", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:-1]] == [["OK", "datagouv"]]
    assert lines[-1] == "1/1 endpoints answer."
    gone = tmp_path / "gone.json"
    gone.write_text('{"format": 1, "hosts": null, "platforms": {"datagouv": {"check": "%s/missing/"}}}' % portal.url,
                    encoding="utf-8")
    result = _cli("check-sources", "--endpoints", str(gone), "--timeout", "2")
    assert result.returncode == 0 and result.stdout.startswith("FAIL") and "http_404" in result.stdout


@pytest.mark.slow
def test_sigterm_closes_the_run_as_interrupted_and_resume_finishes_it(tmp_path, portal):
    store = make_store(tmp_path / "store.gpkg", _actors(portal.url, 30))
    endpoints = endpoints_file(tmp_path / "endpoints.json", portal.url + "/api/1/")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1,localhost"}
    process = subprocess.Popen(
        [sys.executable, "-m", "odt_qgis_plugin", "harvest", "--store", store, "--endpoints", endpoints,
         "--per-host", "1", "--actors", ",".join(a["siren"] for a in _actors(portal.url, 12))],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        written = 0
        while written < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                written = sqlite3.connect(store).execute("SELECT COUNT(*) FROM harvests").fetchone()[0]
            except sqlite3.OperationalError:
                written = 0
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130 and stderr.strip().splitlines()[-1] == "Interrupted."
    assert "Traceback" not in stderr
    connection = sqlite3.connect(store)
    try:
        runs = connection.execute("SELECT run_id, status, ended_at IS NOT NULL FROM harvest_runs").fetchall()
        before = connection.execute("SELECT COUNT(*) FROM harvests").fetchone()[0]
    finally:
        connection.close()
    assert runs == [(1, "interrupted", 1)] and 3 <= before < 12
    result = _cli("harvest", "--store", store, "--endpoints", endpoints, "--resume")
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(store)
    try:
        pairs = connection.execute("SELECT siren FROM harvests ORDER BY siren").fetchall()
        runs = connection.execute("SELECT run_id, status FROM harvest_runs").fetchall()
    finally:
        connection.close()
    # The resumed run kept its selection of 12 actors (not the 30 of the store) and finished.
    assert [s for (s,) in pairs] == sorted(a["siren"] for a in _actors(portal.url, 12)) and runs == [(1, "finished")]


def test_dataset_listing_options():
    import argparse

    from odt_qgis_plugin.cli import harvest as command

    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    args = parser.parse_args(["--store", "s.gpkg", "--datasets", "--max-datasets", "250"])
    assert (args.datasets, args.max_datasets) == (True, 250)
    assert parser.parse_args(["--store", "s.gpkg"]).datasets is False
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["--store", "s.gpkg", "--max-datasets", "0"])
    assert stopped.value.code == 2


def test_validate_schemas_needs_the_listing(tmp_path):
    import argparse

    from odt_qgis_plugin.cli import harvest as command
    from odt_qgis_plugin.common.errors import InputError

    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    store = make_store(tmp_path / "store.gpkg", [])
    assert parser.parse_args(["--store", store]).validate_schemas is False
    with pytest.raises(InputError, match="add --datasets"):
        command.run(parser.parse_args(["--store", store, "--validate-schemas"]))
    assert parser.parse_args(["--store", store, "--datasets", "--validate-schemas"]).validate_schemas is True
