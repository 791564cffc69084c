"""Shared fixtures: the offline data in ../shared and one territory store built once per run."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English source messages (also from the command lines they start);
# test_translations.py checks the French ones.
os.environ["ODT_LOCALE"] = "en"

import local_network
from data_paths import BOUNDARIES, REFERENCE, SHARED, SIRENS

local_network.install()


@pytest.fixture(autouse=True)
def requests_stay_on_this_machine():
    """A test that asks any host but 127.0.0.1 fails, naming it (tests/local_network.py)."""
    start = local_network.mark()
    yield
    outside = local_network.asked_since(start)
    assert not outside, f"this test asked hosts outside the machine: {', '.join(map(str, outside))}"

# The fast tier (`make test-fast`) runs without the pytest-qgis plugin: only the modules that declare
# themselves pure are collected. The architecture test checks that they import neither QGIS nor Qt.
PURE_MARK = "pytestmark = pytest.mark.pure"


def pytest_configure(config):
    config.addinivalue_line("markers", "pure: a test module that needs neither QGIS nor Qt (the fast tier)")
    config.addinivalue_line("markers", "slow: subprocesses, atlases, PostGIS or packaging (skipped by -m 'not slow')")


SLOW_FIXTURES = {"pg_server", "pg_national"}


def pytest_collection_modifyitems(config, items):
    """Every PostGIS test is slow (a cluster to start, schemas to copy), whether by fixture or by parameter."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgis = callspec is not None and any(value == "postgis" for value in callspec.params.values())
        if on_postgis or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_ignore_collect(collection_path, config):
    # pytest-qgis registers as "pytest_qgis"; `-p no:qgis` (the name people guess) is honoured too.
    fast_tier = any(config.pluginmanager.is_blocked(name) for name in ("pytest_qgis", "qgis"))
    if not fast_tier or collection_path.suffix != ".py":
        return None
    if not collection_path.name.startswith("test_"):
        return None
    return PURE_MARK not in collection_path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def english_messages():
    """Every test starts in English (messages and numbers), whatever an earlier test installed."""
    from odt_qgis_plugin.common import i18n

    i18n.install(lambda context, text: text, "en")
    yield


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.fail(f"the shared offline data is missing: {SHARED} (set ODT_SHARED_DIR)")
    return SHARED


@pytest.fixture(scope="session")
def national_store(qgis_app, shared_dir, tmp_path_factory) -> Path:
    """The real store from the shared data, built once; tests must copy it before changing it."""
    from odt_qgis_plugin.store.qgis_build import build_store

    path = tmp_path_factory.mktemp("store") / "national.gpkg"
    build_store(str(REFERENCE), str(SIRENS), str(BOUNDARIES), str(path))
    return path


@pytest.fixture
def store_copy(national_store, tmp_path) -> Path:
    """A private copy of the national store that a test may modify."""
    import shutil

    target = tmp_path / "store.gpkg"
    shutil.copyfile(national_store, target)
    return target


@pytest.fixture(scope="session")
def actors_store(national_store, tmp_path_factory) -> Path:
    """The national store with the real 2022 registry imported, built once; copy it before changing it."""
    import shutil

    from data_paths import ACTORS_2022

    from odt_qgis_plugin.registry.actors import import_registry

    path = tmp_path_factory.mktemp("actors") / "actors.gpkg"
    shutil.copyfile(national_store, path)
    import_registry(path, ACTORS_2022)
    return path


@pytest.fixture(scope="session")
def maps_store(actors_store, tmp_path_factory) -> Path:
    """actors_store with the maps refreshed (actor points, footprints, generalised communes); read-only."""
    import shutil

    from odt_qgis_plugin.maps.qgis_refresh import refresh_maps

    path = tmp_path_factory.mktemp("maps") / "maps.gpkg"
    shutil.copyfile(actors_store, path)
    refresh_maps(str(path))
    return path


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL + PostGIS cluster on a free local port (tests/pg_server.py)."""
    from pg_server import ServerUnavailable, start_server

    try:
        server = start_server()
    except ServerUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL/PostGIS could not start in CI: {error}")
        pytest.skip(f"PostgreSQL/PostGIS tests skipped: {error}")
    server.create_database("odt_tests")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_national(pg_server, qgis_app) -> str:
    """The national store built straight into PostGIS (schema `national`), once; read-only."""
    from odt_qgis_plugin.store.qgis_build import build_store

    location = pg_server.uri("odt_tests", "national")
    build_store(str(REFERENCE), str(SIRENS), str(BOUNDARIES), location)
    return location


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, national_store, tmp_path) -> str:
    """A writable store on each backend: a copy of the national GeoPackage, or of it in a fresh PostGIS schema."""
    import shutil
    import uuid

    if request.param == "gpkg":
        target = tmp_path / "store.gpkg"
        shutil.copyfile(national_store, target)
        return str(target)
    from odt_qgis_plugin.store.qgis_copy import copy_store

    server = request.getfixturevalue("pg_server")
    location = server.uri("odt_tests", "t_" + uuid.uuid4().hex[:10])
    copy_store(str(national_store), location)
    return location
