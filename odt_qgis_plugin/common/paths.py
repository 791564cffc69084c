"""Where the plugin's files are, in the working copy and in the installed zip."""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # this file lives in common/


def plugin_root() -> Path:
    """Folder holding metadata.txt, resources/ and i18n/.

    The working copy keeps them beside the package; the zip puts them inside it,
    because a QGIS plugin folder must be self-contained.
    """
    for candidate in (PACKAGE_DIR, PACKAGE_DIR.parent):
        if (candidate / "metadata.txt").is_file():
            return candidate
    raise FileNotFoundError("metadata.txt not found beside or above " + str(PACKAGE_DIR))


def resources_dir() -> Path:
    return plugin_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def i18n_dir() -> Path:
    return plugin_root() / "i18n"
