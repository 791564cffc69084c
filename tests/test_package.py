"""`make package` gives a zip that QGIS's "Install from ZIP" accepts, and the plugin runs from it."""
import os
import subprocess
import sys
import zipfile

import pytest
from data_paths import ROOT

from odt_qgis_plugin.common import about

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    """Built into temporary folders: the test leaves nothing in the working copy."""
    folder = tmp_path_factory.mktemp("package")
    subprocess.run(["make", "--no-print-directory", "package", f"DIST={folder / 'dist'}",
                    f"PACKAGE_BUILD={folder / 'build'}"], cwd=ROOT, check=True, capture_output=True, timeout=600)
    path = folder / "dist" / f"odt_qgis_plugin-{about.version()}.zip"
    assert path.is_file()
    return path


def test_zip_layout(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {name.split("/")[0] for name in names} == {"odt_qgis_plugin"}
    for required in ("odt_qgis_plugin/__init__.py", "odt_qgis_plugin/metadata.txt", "odt_qgis_plugin/LICENSE",
                     "odt_qgis_plugin/resources/icons/odt.svg", "odt_qgis_plugin/i18n/odt_qgis_plugin_fr.qm",
                     "odt_qgis_plugin/resources/styles/communes.qml"):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n or n.endswith(".ts")
                or "/resources/tools/" in n or "/resources/doc/" in n]


def test_plugin_imports_and_finds_its_files_from_the_zip(plugin_zip, tmp_path):
    zipfile.ZipFile(plugin_zip).extractall(tmp_path)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import odt_qgis_plugin, odt_qgis_plugin.common.paths as p, odt_qgis_plugin.common.about as a;"
        "from odt_qgis_plugin.plugin.odt_plugin import OdtPlugin;"
        "print(p.plugin_root()); print(a.version()); print(p.resource('icons', 'odt.svg').is_file());"
        "print((p.i18n_dir() / 'odt_qgis_plugin_fr.qm').is_file())"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    root, version, icon, qm = result.stdout.split()
    assert root == str(tmp_path / "odt_qgis_plugin")
    assert (version, icon, qm) == (about.version(), "True", "True")


def test_make_install_links_a_plugin_folder_qgis_can_read(tmp_path):
    profile = tmp_path / "profile"
    subprocess.run(["make", "--no-print-directory", "install"], cwd=ROOT, check=True, capture_output=True,
                   timeout=600, env={**os.environ, "QGIS_PROFILE_DIR": str(profile)})
    folder = profile / "python" / "plugins" / "odt_qgis_plugin"
    for name in ("__init__.py", "metadata.txt", "resources", "i18n", "LICENSE", "common", "plugin"):
        assert (folder / name).exists(), name
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import odt_qgis_plugin, odt_qgis_plugin.common.about as a;"
              "print(a.version())")
    result = subprocess.run([sys.executable, "-c", script, str(folder.parent)], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == about.version()
