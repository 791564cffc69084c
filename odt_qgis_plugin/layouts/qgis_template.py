"""Loading a page template (resources/layouts/<name>.qpt) and finding its items by id."""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from pathlib import Path

from qgis.core import QgsLayoutFrame, QgsPrintLayout, QgsProject, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.paths import resource


def template_path(name: str) -> Path:
    return resource("layouts", f"{name}.qpt")


def load_template(name: str, project: QgsProject) -> QgsPrintLayout:
    path = template_path(name)
    document = QDomDocument()
    if not path.is_file() or not document.setContent(path.read_text(encoding="utf-8")):
        raise StoreError(tr("Layout template missing or unreadable: {path}").format(path=path))
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise StoreError(tr("Layout template missing or unreadable: {path}").format(path=path))
    return layout


def item(layout, item_id: str, kind):
    """The item of that id and kind; a template without it is unusable."""
    found = layout.itemById(item_id)
    if not isinstance(found, kind):
        raise StoreError(tr("The layout template has no item {item}").format(item=item_id))
    return found


def optional_item(layout, item_id: str, kind):
    """The item of that id and kind, or None: a user's template may leave out a table or a heading."""
    found = layout.itemById(item_id)
    return found if isinstance(found, kind) else None


def table_of_frame(layout, frame_id: str):
    """The text table shown in the frame of that id (a table is a multi-frame: its frames carry the id)."""
    frame = layout.itemById(frame_id)
    if isinstance(frame, QgsLayoutFrame):
        return frame, frame.multiFrame()
    return None, None
