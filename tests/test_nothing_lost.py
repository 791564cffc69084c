"""Nothing lost, nobody hurt: refusals before replacing, one writer at a time, outputs checked at the door.

Each case runs the real command line (`python -m odt_qgis_plugin`) on a copy of a real store and
asserts the exit code, the one-line message and that no data was lost (row counts and checksums of
every table before and after). PostgreSQL cases: tests/test_pg_ownership.py.
"""
import csv
import hashlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from data_paths import ACTORS_2022, ROOT
from fake_portals import FakeServer, endpoints_file, portal_routes
from store_checks import BUSY, cli, command, environment, fingerprint, integrity, one_error

from odt_qgis_plugin.store import db
from odt_qgis_plugin.store.store_lock import lock_path

pytestmark = pytest.mark.slow

@pytest.fixture
def maps_copy(maps_store, tmp_path) -> Path:
    target = tmp_path / "store.gpkg"
    shutil.copyfile(maps_store, target)
    return target


@pytest.fixture(scope="module")
def foreign_gpkg(national_store, tmp_path_factory) -> Path:
    """A GeoPackage made by another program (GDAL): the régions only, no observatory metadata."""
    from osgeo import gdal

    path = tmp_path_factory.mktemp("foreign") / "regions_only.gpkg"
    options = gdal.VectorTranslateOptions(format="GPKG", layers=["regions"], selectFields=["code", "name"])
    assert gdal.VectorTranslate(str(path), str(national_store), options=options) is not None
    return path


# --- refuse before replacing -------------------------------------------------------------------------------


def test_build_refuses_a_store_of_a_newer_plugin(maps_copy):
    with db.open_store(maps_copy).transaction() as connection:
        db.set_meta(connection, {"schema_version": db.SCHEMA_VERSION + 1})
    before = fingerprint(maps_copy)
    line = one_error(cli("build-store", "--out", maps_copy))
    assert "newer version of the plugin (schema 2 > 1)" in line and "--force" in line
    assert fingerprint(maps_copy) == before
    line = one_error(cli("copy-store", "--from", maps_copy.with_name("nowhere.gpkg"), "--to", maps_copy))
    assert "Store not found" in line


def test_build_and_copy_refuse_a_file_another_program_made(foreign_gpkg, national_store, tmp_path):
    target = tmp_path / "theirs.gpkg"
    shutil.copyfile(foreign_gpkg, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    for result in (cli("build-store", "--out", target), cli("copy-store", "--from", national_store, "--to", target)):
        line = one_error(result)
        assert "theirs.gpkg is not an observatory store" in line and "--force" in line
        assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    garbage = tmp_path / "notes.gpkg"
    garbage.write_text("my notes, not a database")
    assert "is not an observatory store" in one_error(cli("build-store", "--out", garbage))
    assert garbage.read_text() == "my notes, not a database"
    forced = cli("copy-store", "--from", national_store, "--to", target, "--force")
    assert forced.returncode == 0, forced.stderr
    assert db.open_store(target).query("SELECT COUNT(*) FROM communes")[0][0] == 34868
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.gpkg", "theirs.gpkg"]


def test_boundaries_that_cover_nothing_keep_the_old_store(maps_copy, foreign_gpkg):
    before = fingerprint(maps_copy)
    line = one_error(cli("build-store", "--out", maps_copy, "--boundaries", foreign_gpkg,
                         "--field-map", "code=code,name=name"))
    assert line == ("Error: The boundaries give 0 communes out of the reference's 34875: wrong boundaries or field "
                    "mapping? The store is left as it was (--force builds it anyway).")
    assert fingerprint(maps_copy) == before
    assert sorted(p.name for p in maps_copy.parent.iterdir()) == ["store.gpkg"]


def test_copy_refuses_to_delete_what_the_source_lacks(maps_copy, national_store):
    before = fingerprint(maps_copy)
    line = one_error(cli("copy-store", "--from", national_store, "--to", maps_copy))
    assert ("holds and the source lacks (actor_points, actors, communes_small, communes_small_geom, footprints, "
            "mappings, rejects)") in line and "--force" in line
    assert fingerprint(maps_copy) == before
    forced = cli("copy-store", "--from", national_store, "--to", maps_copy, "--force")
    assert forced.returncode == 0 and "0 mismatched" in forced.stdout, forced.stderr
    assert fingerprint(maps_copy) == fingerprint(national_store)
    assert integrity(maps_copy) == "ok"


def test_a_copy_keeps_views_views(maps_store, tmp_path):
    target = tmp_path / "copy.gpkg"
    result = cli("copy-store", "--from", maps_store, "--to", target)
    assert result.returncode == 0 and "0 mismatched" in result.stdout, result.stderr
    kinds = dict(sqlite3.connect(str(target)).execute("SELECT name, type FROM sqlite_master").fetchall())
    assert kinds["communes_small"] == "view"
    assert fingerprint(target) == fingerprint(maps_store)


# --- one writer at a time ----------------------------------------------------------------------------------


def wait_for_lock(store, process, seconds=120):
    """Until `process` holds the store's lock (its PID in the lock file)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            if json.loads(lock_path(store).read_text())["pid"] == process.pid:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.05)
    raise AssertionError("the command never took the lock")


def test_two_builds_two_seconds_apart(actors_store, tmp_path):
    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    registry = {name: value for name, value in fingerprint(store).items() if name in ("actors", "mappings", "rejects")}
    first = subprocess.Popen(command("build-store", "--out", store), cwd=ROOT, env=environment(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_lock(store, first)
    time.sleep(2)
    second = cli("build-store", "--out", store, wait=0)
    out, err = first.communicate(timeout=600)
    match = BUSY.match(one_error(second))
    assert match and match.group(1) == "build-store" and int(match.group(2)) == first.pid
    assert first.returncode == 0, err
    assert "kept from the previous store: actors, mappings, rejects" in out
    after = fingerprint(store)
    assert {name: after[name] for name in registry} == registry
    assert after["communes"][0] == 34868 and after["collectivities"][0] > 0
    assert integrity(store) == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.gpkg"]  # no .building file, no lock left


def test_a_lock_left_by_a_killed_command_is_taken_over(maps_copy):
    lock_path(maps_copy).write_text(json.dumps({"command": "harvest", "pid": 999999999, "host": "x", "started": ""}))
    result = cli("actor", "--store", maps_copy, "add", "210100012", "--name", "L'Abergement-Clémenciat", wait=0)
    assert result.returncode == 0 and "Actor added" in result.stdout, result.stderr
    assert not lock_path(maps_copy).exists()


def test_concurrent_commands_on_one_store(actors_store, tmp_path):
    """A harvest, an import, a build and three renders started together: each succeeds or says the store is busy."""
    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    connection = sqlite3.connect(str(store))
    actors = connection.execute(
        "SELECT siren, id_datagouv FROM actors WHERE id_datagouv IS NOT NULL ORDER BY siren LIMIT 60").fetchall()
    # data.gouv.fr only, served by the fake portal: no request leaves the machine
    connection.executemany("UPDATE actors SET url_platform = NULL, host = NULL, techno_platform = NULL"
                           " WHERE siren = ?", [(siren,) for siren, _ in actors])
    connection.commit()
    connection.close()
    server = FakeServer(portal_routes(datagouv={org: [{"id": f"{org}-{i}"} for i in range(3)] for _, org in actors}),
                        delay=0.05).start()
    endpoints = endpoints_file(tmp_path / "endpoints.json", server.url + "/api/1/")
    # The concurrent import must not give these actors their real platforms back (the harvest, waiting for the
    # lock, would then ask hosts outside this machine): the same registry, their platform columns emptied.
    registry = tmp_path / "registry.csv"
    chosen = {siren for siren, _ in actors}
    with open(ACTORS_2022, encoding="utf-8", newline="") as source, \
            open(registry, "w", encoding="utf-8", newline="") as target:
        reader = csv.DictReader(source)
        writer = csv.DictWriter(target, reader.fieldnames, quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for row in reader:
            if row["siren"].strip("\u200e ") in chosen:
                row.update(url_platform="", techno_platform="")
            writer.writerow(row)
    commands = {
        "harvest": command("harvest", "--store", store, "--endpoints", endpoints, "--per-host", "2",
                           "--actors", ",".join(siren for siren, _ in actors)),
        "import": command("import-actors", "--store", store, registry),
        "build": command("build-store", "--out", store),
        **{f"render{n}": command("render", "--store", store, "--layer", layer, "--out", tmp_path / f"{layer}.png")
           for n, layer in enumerate(("regions", "departements", "communes"))},
    }
    try:
        processes = {name: subprocess.Popen(argv, cwd=ROOT, env=environment(), stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, text=True) for name, argv in commands.items()}
        outcomes = {name: (process.wait(600), *process.communicate()) for name, process in processes.items()}
    finally:
        server.stop()
    for name, (code, out, err) in outcomes.items():
        if code != 0:
            assert BUSY.match(one_error(subprocess.CompletedProcess([], code, out, err))), (name, err)
    for n, layer in enumerate(("regions", "departements", "communes")):  # readers never wait nor fail
        assert outcomes[f"render{n}"][0] == 0, outcomes[f"render{n}"][2]
        assert (tmp_path / f"{layer}.png").stat().st_size > 10000
    assert integrity(store) == "ok"
    opened = db.open_store(store)
    code, out, _ = outcomes["harvest"]
    if code == 0:
        run, done, failed = map(int, re.search(r"Harvest run (\d+): (\d+) actor/platform pairs harvested, (\d+) failed",
                                               out).groups())
        assert (done, failed) == (len(actors), 0)
        rows = opened.query("SELECT COUNT(*), SUM(datasets) FROM harvests WHERE run_id = ? AND status = 'ok'", (run,))
        assert tuple(rows[0]) == (len(actors), 3 * len(actors))
    if outcomes["import"][0] == 0:
        assert "1060 accepted" in outcomes["import"][1]
    assert opened.query("SELECT COUNT(*) FROM actors")[0][0] == 1060  # the build kept the registry, whatever the order
    if outcomes["build"][0] == 0:
        assert opened.query("SELECT COUNT(*) FROM communes")[0][0] == 34868
    assert not lock_path(store).exists()


def test_maps_drawn_during_a_rebuild_are_whole(actors_store, tmp_path):
    """Readers never see half a write: renders during a rebuild draw the old store or the new, never a mix."""
    store = tmp_path / "store.gpkg"
    shutil.copyfile(actors_store, store)
    reference = cli("render", "--store", store, "--layer", "communes", "--out", tmp_path / "before.png")
    assert reference.returncode == 0, reference.stderr
    build = subprocess.Popen(command("build-store", "--out", store), cwd=ROOT, env=environment(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_lock(store, build)
    drawn = []
    while build.poll() is None or len(drawn) < 2:
        result = cli("render", "--store", store, "--layer", "communes", "--out", tmp_path / f"{len(drawn)}.png")
        assert result.returncode == 0, result.stderr
        drawn.append(hashlib.sha256((tmp_path / f"{len(drawn)}.png").read_bytes()).hexdigest())
    assert build.wait() == 0, build.stderr.read()
    after = cli("render", "--store", store, "--layer", "communes", "--out", tmp_path / "after.png")
    assert after.returncode == 0, after.stderr
    # Every map shows the old store or the new one. (The same territories, but a spatial index filled row by
    # row gives QGIS the communes in another order: outlines overlap differently, hence two pictures.)
    pictures = {hashlib.sha256((tmp_path / f"{name}.png").read_bytes()).hexdigest() for name in ("before", "after")}
    assert set(drawn) <= pictures
    assert integrity(store) == "ok"


def test_qgis_layers_read_the_committed_state_while_a_write_runs(maps_copy, qgis_new_project):
    """WAL: a QGIS layer (URI with NOLOCK=NO, maps/qgis_layers.py) reads the last committed state during a
    write, then the new one; it never waits for the writer nor sees half of its work."""
    import threading

    from odt_qgis_plugin.maps.qgis_layers import plain_layer
    from odt_qgis_plugin.store.store_lock import writing

    counts = {}
    written, read = threading.Event(), threading.Event()

    def write():
        with writing(maps_copy, "refresh-maps", atomic=True):
            with db.open_store(maps_copy).transaction() as connection:
                connection.execute("DELETE FROM actor_points WHERE fid > 10")
                connection.execute("UPDATE regions SET name = 'half written'")
            written.set()
            read.wait(60)

    thread = threading.Thread(target=write)
    thread.start()
    assert written.wait(60)
    try:
        points, regions = plain_layer(str(maps_copy), "actor_points"), plain_layer(str(maps_copy), "regions")
        counts["during"] = (sum(1 for _ in points.getFeatures()), {f["name"] for f in regions.getFeatures()})
    finally:
        read.set()
        thread.join(60)
    points, regions = plain_layer(str(maps_copy), "actor_points"), plain_layer(str(maps_copy), "regions")
    counts["after"] = (sum(1 for _ in points.getFeatures()), {f["name"] for f in regions.getFeatures()})
    assert counts["during"][0] == 988 and "half written" not in counts["during"][1]
    assert counts["after"] == (10, {"half written"})


# --- outputs checked at the door ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ("render", "--layer", "regions"),
    ("indicators", "--format", "csv"),
    ("export", "--template", "a4-portrait"),
])
def test_an_output_that_is_a_folder_or_unwritable_is_refused_at_once(maps_store, tmp_path, args):
    folder = tmp_path / "maps"
    folder.mkdir()
    line = one_error(cli(*args, "--store", maps_store, "--out", folder))
    assert line == f"Error: The output is a folder, not a file: {folder}"
    line = one_error(cli(*args, "--store", maps_store, "--out", "/proc/odt.png"))
    assert line == "Error: Output folder is not writable: /proc"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["maps"] and list(folder.iterdir()) == []


def test_build_output_is_checked_before_the_build(tmp_path):
    started = time.monotonic()
    line = one_error(cli("build-store", "--out", tmp_path))
    assert line == f"Error: The output is a folder, not a file: {tmp_path}"
    assert one_error(cli("copy-store", "--from", tmp_path / "a.gpkg", "--to", tmp_path)).startswith("Error: ")
    assert list(tmp_path.iterdir()) == []
    assert time.monotonic() - started < 120  # not after a 17 s build; generous for a loaded machine


def test_leftovers_of_killed_runs_are_cleaned_at_the_next(maps_store, tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    from odt_qgis_plugin.common.output_paths import tag

    host = tag().split("-")[1]
    killed_export = tmp_path / f".odt-export-{int(dead.stdout)}-{host}-0a1b2c3d-q1"
    killed_export.mkdir()
    (killed_export / "france.pdf").write_bytes(b"%PDF-1.7 half written")
    killed_render = tmp_path / f".map.png.part-{int(dead.stdout)}-{host}-0a1b2c3d"
    killed_render.write_bytes(b"\x89PNG half written")
    result = cli("render", "--store", maps_store, "--layer", "regions", "--out", tmp_path / "map.png")
    assert result.returncode == 0, result.stderr
    result = cli("export", "--store", maps_store, "--template", "a4-portrait", "--out", tmp_path / "france.pdf")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["france.pdf", "map.png"]
    store = tmp_path / "store.gpkg"
    shutil.copyfile(maps_store, store)
    for name in ("store.building.gpkg", "store.building-123-abc-0.gpkg-journal", "store.copying.gpkg"):
        (tmp_path / name).write_bytes(b"half a store")
    result = cli("copy-store", "--from", maps_store, "--to", store)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["france.pdf", "map.png", "store.gpkg"]
