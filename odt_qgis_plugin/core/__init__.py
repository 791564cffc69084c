"""Domain logic that imports neither qgis nor Qt: usable from tests, the command line and QGIS."""
