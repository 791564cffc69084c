"""The per-store writer lock (store/store_lock.py) and the output checks (common/output_paths.py), without QGIS."""
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from data_paths import ROOT

from odt_qgis_plugin.common import output_paths
from odt_qgis_plugin.common.errors import InputError, StoreError
from odt_qgis_plugin.store import store_lock
from odt_qgis_plugin.store.db import StoreDb
from odt_qgis_plugin.store.store_lock import StoreBusy, lock_path, writing

pytestmark = pytest.mark.pure

HOLD = """
import sys, time
from odt_qgis_plugin.store.store_lock import writing
with writing(sys.argv[1], sys.argv[2], wait=0):
    print("held", flush=True)
    time.sleep(120)
"""


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "store.gpkg"
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TABLE odt_metadata (key TEXT PRIMARY KEY, value TEXT)")
    connection.execute("INSERT INTO odt_metadata VALUES ('schema_version', '1')")
    connection.commit()
    connection.close()
    return path


def hold_in_another_process(path, command="harvest"):
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path), command], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held", process.stderr.read()
    return process


def test_a_second_writer_is_told_who_holds_the_store(store):
    holder = hold_in_another_process(store)
    try:
        with pytest.raises(StoreBusy) as busy:
            with writing(store, "import-actors", wait=0):
                pass
    finally:
        holder.kill()
        holder.wait(10)
    message = busy.value.message
    assert message.startswith("Store busy: harvest started at ") and f"by PID {holder.pid} on " in message
    assert "\n" not in message
    # the holder was killed: its lock went with it, and the next writer takes it over at once
    with writing(store, "import-actors", wait=0):
        assert json.loads(lock_path(store).read_text())["command"] == "import-actors"
    assert not lock_path(store).exists()  # nothing left beside the store once released


def test_a_lock_file_left_by_a_dead_process_is_taken_over(store):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = {"command": "build-store", "pid": int(dead.stdout), "host": "here", "started": "2026-01-01T10:00:00"}
    lock_path(store).write_text(json.dumps(stale))
    with writing(store, "harvest", wait=0):
        assert json.loads(lock_path(store).read_text())["pid"] == os.getpid()
    assert sorted(p.name for p in store.parent.iterdir()) == ["store.gpkg"]


def test_the_holding_thread_may_take_it_again_another_thread_waits_then_gives_up(store):
    outcome = {}

    def other():
        try:
            with writing(store, "map-actor", wait=0.3):
                outcome["other"] = "got it"
        except StoreBusy as error:
            outcome["other"] = error.message

    with writing(store, "import-actors"):
        with writing(store, "refresh-maps"):  # the import refreshes the maps under its own lock
            thread = threading.Thread(target=other)
            thread.start()
            thread.join(30)
    assert outcome["other"].startswith("Store busy: import-actors started at ") and str(os.getpid()) in outcome["other"]
    with writing(store, "map-actor", wait=0):  # released by both levels
        pass


def test_a_waiting_writer_gets_the_store_when_the_holder_ends(store):
    order = []

    def second():
        with writing(store, "harvest", wait=30):
            order.append("second")

    with writing(store, "harvest"):
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.5)
        order.append("first")
    thread.join(30)
    assert order == ["first", "second"]


def test_atomic_block_commits_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with writing(store, "import-actors", atomic=True):
            with StoreDb(store).transaction() as connection:
                connection.execute("INSERT INTO odt_metadata VALUES ('a', '1')")
            with StoreDb(store).transaction() as connection:  # a second step of the same operation
                connection.execute("INSERT INTO odt_metadata VALUES ('b', '2')")
            raise RuntimeError("the last step fails")
    assert StoreDb(store).metadata() == {"schema_version": "1"}
    with writing(store, "import-actors", atomic=True):
        with StoreDb(store).transaction() as connection:
            connection.execute("INSERT INTO odt_metadata VALUES ('a', '1')")
    assert StoreDb(store).metadata() == {"schema_version": "1", "a": "1"}


def test_one_connection_per_operation(store, monkeypatch):
    opened = []
    real_open = StoreDb._open
    monkeypatch.setattr(StoreDb, "_open", lambda self: opened.append(1) or real_open(self))
    with writing(store, "harvest"):
        for number in range(20):
            with StoreDb(store).transaction() as connection:
                connection.execute("INSERT INTO odt_metadata VALUES (?, '1')", (f"k{number}",))
            StoreDb(store).get_meta("k0")
    assert len(opened) == 1
    assert len(StoreDb(store).metadata()) == 21


def test_a_reader_sees_one_committed_state_while_a_write_runs(store):
    writer_ready, reader_done = threading.Event(), threading.Event()

    def write():
        with writing(store, "import-actors", atomic=True):
            with StoreDb(store).transaction() as connection:
                connection.execute("INSERT INTO odt_metadata VALUES ('half', 'written')")
            writer_ready.set()
            reader_done.wait(30)

    thread = threading.Thread(target=write)
    thread.start()
    writer_ready.wait(30)
    with StoreDb(store).reading() as connection:
        during = connection.execute("SELECT COUNT(*) FROM odt_metadata").fetchone()[0]
    reader_done.set()
    thread.join(30)
    assert during == 1 and len(StoreDb(store).metadata()) == 2
    journal = sqlite3.connect(str(store)).execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "wal"  # what lets the reader read instead of waiting or failing


def test_missing_folder_is_one_line(tmp_path):
    with pytest.raises(StoreError, match="Store not found"):
        with writing(tmp_path / "nowhere" / "store.gpkg", "harvest"):
            pass


def test_killed_holder_of_a_harvest_lock(store):
    holder = hold_in_another_process(store, "harvest")
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    assert lock_path(store).exists()  # what the killed command left...
    with writing(store, "harvest", wait=0):  # ...does not stop the next one
        pass


# --- outputs ---------------------------------------------------------------------------------------------


def test_outputs_are_checked_before_any_work(tmp_path):
    with pytest.raises(InputError, match="is a folder, not a file"):
        output_paths.check_output(str(tmp_path))
    with pytest.raises(InputError, match="Output folder does not exist"):
        output_paths.check_output(str(tmp_path / "no" / "map.png"))
    with pytest.raises(InputError, match="not writable"):
        output_paths.check_output("/proc/map.png")
    with pytest.raises(InputError, match="Choose an output file"):
        output_paths.check_output("")
    assert output_paths.check_output(str(tmp_path / "map.png")).name == "map.png"
    assert list(tmp_path.iterdir()) == []  # the writability probe leaves nothing


def test_leftovers_of_dead_commands_are_removed_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = output_paths.tag().split("-")[1]
    killed = tmp_path / f".odt-export-{int(dead.stdout)}-{host}-abcd1234-x"
    killed.mkdir()
    (killed / "atlas.pdf").write_bytes(b"%PDF-1.7 half")
    running = output_paths.work_folder(tmp_path)  # this process's: alive
    other_host = tmp_path / ".odt-export-12-zzzzzz-abcd1234-x"  # another machine's, recent: kept
    other_host.mkdir()
    legacy_old = tmp_path / ".odt-export-k3j2h1g0"  # an older version's name, a day old: removed
    legacy_old.mkdir()
    os.utime(legacy_old, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    removed = output_paths.clean_leftovers(tmp_path, output_paths.EXPORT_PREFIX)
    assert sorted(removed) == sorted([killed.name, legacy_old.name])
    assert running.is_dir() and other_host.is_dir()
    partial = output_paths.partial(tmp_path / "map.png")
    assert partial.name.startswith(".map.png.part-")
    left = tmp_path / f".map.png.part-{int(dead.stdout)}-{host}-0000"
    left.write_bytes(b"\x89PNG half")
    old_style = tmp_path / "map.part.png"
    old_style.write_bytes(b"\x89PNG half")
    assert sorted(output_paths.clean_partials(tmp_path / "map.png")) == sorted([left.name, old_style.name])


def test_busy_message_without_details():
    assert store_lock.busy_message({}) == "Store busy: another command is writing it; try again when it ends."
    assert "at 2020-01-02 03:04" in store_lock.busy_message(
        {"pid": 7, "command": "harvest", "host": "h", "started": "2020-01-02T03:04:00"})


def test_no_statement_drops_with_cascade():
    """PostGIS and other schemas' objects stay out of reach: nothing the plugin drops may cascade."""
    package = ROOT / "odt_qgis_plugin"
    pattern = re.compile(r"DROP\s+(SCHEMA|TABLE|VIEW|EXTENSION)\b[^\n]*CASCADE", re.IGNORECASE)
    offenders = [str(path.relative_to(package)) for path in package.rglob("*.py")
                 if pattern.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
