"""Prints the source files pylupdate5 must scan: every Python module and .ui form of the plugin."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "odt_qgis_plugin").rglob("*"))
print(" ".join(str(p.relative_to(ROOT)) for p in SOURCES if p.suffix in (".py", ".ui")))
