"""The plugin's identity, read once from metadata.txt."""
import configparser
from functools import lru_cache

from .paths import plugin_root


@lru_cache(maxsize=1)
def metadata() -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys like description[fr] are case-sensitive
    parser.read(plugin_root() / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]


def user_agent() -> str:
    meta = metadata()
    return f"odt-qgis-plugin/{meta['version']} (+{meta['homepage']})"


PLUGIN_TAG = "Observatoire open data"
