"""Accepting a name-based suggestion stores an explicit mapping; resolution stays exact otherwise."""
import sqlite3
import subprocess
import sys

import pytest
from data_paths import ACTORS_2022, ROOT

from odt_qgis_plugin.registry.actors import import_registry


def cli(*args):
    return subprocess.run([sys.executable, "-m", "odt_qgis_plugin", "map-actor", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_suggest_then_accept(store_copy):
    import_registry(store_copy, ACTORS_2022)
    listed = cli("--store", str(store_copy), "245300330")  # CA DE LAVAL, renumbered since 2022
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0].startswith("1. epci:200083392")
    accepted = cli("--store", str(store_copy), "245300330", "--accept", "1")
    assert accepted.returncode == 0, accepted.stderr
    connection = sqlite3.connect(str(store_copy))
    try:
        assert connection.execute("SELECT level, code, role FROM mappings WHERE siren = '245300330'").fetchall() == [
            ("epci", "200083392", "same")]
        assert connection.execute("SELECT category, resolution, territory_code FROM actors WHERE siren = '245300330'"
                                  ).fetchall() == [("epci", "mapping", "200083392")]
        assert connection.execute("SELECT engaged, actor_siren FROM epci WHERE code = '200083392'").fetchall() == [
            (1, "245300330")]
    finally:
        connection.close()
    refused = cli("--store", str(store_copy), "245300330", "--territory", "epci:999")
    assert refused.returncode == 1 and refused.stderr.strip() == "Error: The store has no epci with code 999"
