"""Shared fixtures: the offline data in ../shared and one territory store built once per run."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English source messages (also from the command lines they start);
# test_translations.py checks the French ones.
os.environ["ODT_LOCALE"] = "en"

from data_paths import BOUNDARIES, REFERENCE, SHARED, SIRENS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.fail(f"the shared offline data is missing: {SHARED} (set ODT_SHARED_DIR)")
    return SHARED


@pytest.fixture(scope="session")
def national_store(qgis_app, shared_dir, tmp_path_factory) -> Path:
    """The real store from the shared data, built once; tests must copy it before changing it."""
    from odt_qgis_plugin.gis.build import build_store

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
