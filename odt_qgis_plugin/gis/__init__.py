"""The GIS layer: qgis.core only (store, layers, styles, layouts, tasks); never qgis.gui."""
