"""Adding, editing and removing one actor by hand, from the command line, maps included."""
import sqlite3
import subprocess
import sys

import pytest
from data_paths import ROOT

SIREN = "210100012"  # L'Abergement-Clémenciat (01001), not in the 2022 registry


def cli(*args):
    return subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "actor", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def commune(store):
    connection = sqlite3.connect(str(store))
    try:
        return connection.execute("SELECT engaged, actor_siren FROM communes WHERE code = '01001'").fetchone()
    finally:
        connection.close()


def points(store):
    connection = sqlite3.connect(str(store))
    try:
        return connection.execute("SELECT name FROM actor_points WHERE siren = ?", (SIREN,)).fetchall()
    finally:
        connection.close()


@pytest.mark.slow
def test_add_edit_remove(actors_store, tmp_path):
    import shutil

    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    assert commune(store) == (0, None)
    added = cli("--store", str(store), "add", SIREN, "--name", "L'Abergement", "--url", "https://data.example.fr")
    assert added.returncode == 0, added.stderr
    assert "commune" in added.stdout
    assert commune(store) == (1, SIREN)
    assert points(store) == [("L'Abergement",)]
    edited = cli("--store", str(store), "edit", SIREN, "--name", "L'Abergement-Clémenciat")
    assert edited.returncode == 0 and points(store) == [("L'Abergement-Clémenciat",)]
    removed = cli("--store", str(store), "remove", SIREN)
    assert removed.returncode == 0 and commune(store) == (0, None) and points(store) == []
    refused = cli("--store", str(store), "add", "123456789", "--name", "Bad key")
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1 and "123456789" in refused.stderr
