"""The dock's "Datasets" tab: the selected actor's datasets with links and filters, and the SCDL checklist of
the selected territory.

Listings come from publications/dataset_listing.py, the checklist from
publications/publication_measures.territory_publication; both are read in a QgsTask (a national checklist
reads every listing of the store) and shown in its finished callback, on the main thread. A result that
arrives after the user chose another actor or territory is dropped.
"""
from typing import List, Optional

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.i18n import language, tr
from ..common.numbers import number, small_percent, unknown
from ..common.qgis_tasks import CoreTask, start
from ..layouts.layout_texts import long_date
from ..publications import dataset_listing as listing
from ..publications import publication_measures
from ..publications.scdl import DECLARED, DETECTED
from ..publications.schema_validation import INVALID, VALID
from ..store.db import open_store
from .table_model import RowsModel

COLUMNS = ("title", "modified", "licence", "schema", "themes", "formats", "platform")
TITLE = COLUMNS.index("title")


def column_titles() -> List[str]:
    return [tr("Title"), tr("Updated"), tr("Licence"), tr("Schema"), tr("Themes"), tr("Formats"), tr("Platform")]


def no_listing_text() -> str:
    return tr("No dataset listing was harvested into this store. To get one, harvest with the datasets listed: "
              "{command} on the command line, or the option “List datasets” of the Processing harvest.").format(
        command="<nobr><code>harvest --datasets</code></nobr>")


def licence_text(item: listing.ListedDataset) -> str:
    if not item.licence:
        return unknown()
    openness = {True: tr("open"), False: tr("not open"), None: tr("openness unknown")}[item.licence_open]
    return f"{item.licence} ({openness})"


def modified_text(item: listing.ListedDataset) -> str:
    if not item.modified:
        return unknown()
    when = long_date(item.modified, language())
    if item.fresh is None:
        return tr("{date} (freshness unknown)").format(date=when)
    return tr("{date} (under 12 months)").format(date=when) if item.fresh else \
        tr("{date} (over 12 months)").format(date=when)


def schema_text(title: str, how: Optional[str], validation: str = "") -> str:
    """"✓ declared", "≈ detected" (the fields hold the schema's required ones), "— absent"; "valid" or "not
    conforming" only when the validation service said so (harvest --validate-schemas), never offline."""
    if how and validation == VALID:
        return tr("✓ {schema} (valid)").format(schema=title) if title else tr("✓ valid")
    if how and validation == INVALID:
        return tr("✗ {schema} (not conforming)").format(schema=title) if title else tr("✗ not conforming")
    if how == DECLARED:
        return tr("✓ {schema} (declared)").format(schema=title) if title else tr("✓ declared")
    if how == DETECTED:
        return tr("≈ {schema} (detected)").format(schema=title) if title else tr("≈ detected")
    return "—" if title else tr("— absent")


def cells(item: listing.ListedDataset) -> dict:
    return {
        "title": item.title,
        "modified": modified_text(item),
        "licence": licence_text(item),
        "schema": schema_text(item.schema_title, item.schema_how, item.validation) if item.schema else "—",
        "themes": ", ".join(item.themes) or unknown(),
        "formats": ", ".join(item.formats) or unknown(),
        "platform": item.host or item.platform or unknown(),
    }


def count_text(shown: int, total: int) -> str:
    """"12 jeux sur 40 affichés", "1 jeu sur 40 affiché": French agrees with the number shown."""
    text = tr("{shown} dataset of {total} shown") if shown <= 1 else tr("{shown} datasets of {total} shown")
    return text.format(shown=number(shown), total=number(total))


def share_text(part: Optional[int], whole: Optional[int]) -> str:
    if part is None or not whole:
        return unknown()
    # two lines: a narrow dock leaves the schema names their room
    return tr("{share}\n({part} of {whole})").format(share=small_percent(part / whole), part=number(part),
                                                   whole=number(whole))


class DatasetsModel(RowsModel):
    """The listed datasets (`rows`) with their display texts."""

    def __init__(self, parent=None):
        super().__init__(column_titles(), parent)
        self.texts: List[dict] = []

    def set_rows(self, rows) -> None:
        self.texts = [cells(item) for item in rows]
        super().set_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item, text = self.rows[index.row()], self.texts[index.row()][COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == TITLE:
                return f"{item.title}\n{item.url}" if item.url else tr("{title}\n(no web page given)").format(
                    title=item.title)
            if COLUMNS[index.column()] == "modified" and item.as_of:
                return tr("Freshness judged at the date of the harvest that listed it: {date}").format(
                    date=long_date(item.as_of, language()))
            return text
        if index.column() == TITLE and item.url:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1a5fb4")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
        return None

    def link(self, row: int) -> str:
        """The dataset's web page, http(s) only ("" when there is none)."""
        url = self.rows[row].url
        return url if url.lower().startswith(("http://", "https://")) else ""


class DatasetsBox(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.store: Optional[str] = None
        self.background = True
        self.siren: Optional[str] = None
        self.actor_name = ""
        self.territory = ("france", "", "")
        self.items: Optional[List[listing.ListedDataset]] = None
        self.listings_in_store: Optional[bool] = None  # None until the store was read
        self.checklist: list = []
        self._tokens = {"actor": 0, "territory": 0}
        self._pending = set()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.actor_label = QLabel(tr("Select an actor in the Actors tab to list its datasets."), self)
        self.actor_label.setWordWrap(True)
        self.actor_label.setStyleSheet("font-weight: bold")
        layout.addWidget(self.actor_label)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setStyleSheet("color: #444")
        self.note.setVisible(False)
        layout.addWidget(self.note)

        self.filters = QWidget(self)
        form = QFormLayout(self.filters)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.theme_combo, self.schema_combo, self.fresh_combo = (QComboBox(self.filters) for _ in range(3))
        for combo in (self.theme_combo, self.schema_combo, self.fresh_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filters)
        form.addRow(tr("Theme"), self.theme_combo)
        form.addRow(tr("Schema"), self.schema_combo)
        form.addRow(tr("Freshness"), self.fresh_combo)
        layout.addWidget(self.filters)
        self.count_label = QLabel("", self)
        self.count_label.setStyleSheet("color: #666")
        layout.addWidget(self.count_label)

        self.model = DatasetsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 12 + 30)
        self.view.clicked.connect(self._clicked)
        layout.addWidget(self.view, 1)

        # a heading label rather than a group box title: a long territory name wraps instead of widening the dock
        self.checklist_box = QFrame(self)
        self.checklist_box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.checklist_box)
        self.checklist_title = QLabel(tr("Common local-data schemas (SCDL)"), self.checklist_box)
        self.checklist_title.setWordWrap(True)
        self.checklist_title.setStyleSheet("font-weight: bold")
        inner.addWidget(self.checklist_title)
        self.checklist_note = QLabel("", self.checklist_box)
        self.checklist_note.setWordWrap(True)
        self.checklist_note.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(self.checklist_note)
        self.checklist_table = QTableWidget(0, 4, self.checklist_box)
        table = self.checklist_table
        table.setHorizontalHeaderLabels([tr("Schema"), tr("Here"), tr("Obligated"), tr("France")])
        for column, tip in enumerate((
                "", tr("✓ declared, ≈ detected or — absent among the territory's datasets"),
                tr("Share of the territory's obligated collectivities publishing the schema"),
                tr("The same share over France"))):
            if tip:
                table.horizontalHeaderItem(column).setToolTip(tip)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # every row is shown (the height follows them): the dock scrolls, not this table
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a narrow dock leaves the schema column little room: its labels wrap rather than being cut
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._fit_checklist)  # a wider or narrower dock wraps the labels anew
        inner.addWidget(self.checklist_table)
        legend = QLabel(tr("✓ declared: a dataset names the schema; ≈ detected: a dataset's fields hold the "
                           "schema's required fields (not a validation); — absent: neither."), self.checklist_box)
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #666")
        inner.addWidget(legend)
        self.legend = legend
        layout.addWidget(self.checklist_box)
        layout.addStretch(0)  # takes the room of the hidden list, so that the texts stay together at the top
        self._show_items()

    # --- what the dock tells it -------------------------------------------------------------
    def set_store(self, location: str, background: bool = True) -> None:
        self.store, self.background = location, background
        self.siren, self.actor_name, self.items, self.listings_in_store = None, "", None, None
        self.actor_label.setText(tr("Select an actor in the Actors tab to list its datasets."))
        self._show_items()

    def show_actor(self, siren: str, name: str) -> None:
        if self.store is None or siren == self.siren:
            return
        self.siren, self.actor_name, self.items = siren, name, None
        self.actor_label.setText(tr("Datasets: {actor}").format(actor=name))
        self._later("actor", self._load_actor)

    def show_territory(self, level: str, code: str, name: str) -> None:
        if self.store is None:
            return
        self.territory = (level, code or "", name)
        self.checklist_title.setText(tr("Common local-data schemas (SCDL): {territory}").format(territory=name))
        self._later("territory", self._load_territory)

    def _later(self, what: str, load) -> None:
        """Read now when the tab is on screen (or in the foreground mode of tests and scripts), else when it
        is shown: choosing territories in the dock must not queue readings nobody looks at."""
        self._tokens[what] += 1
        if self.isVisible() or not self.background:
            self._pending.discard(what)
            load()
        else:
            self._pending.add(what)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        for what, load in (("actor", self._load_actor), ("territory", self._load_territory)):
            if what in self._pending:
                self._pending.discard(what)
                load()

    def _load_actor(self) -> None:
        if self.siren is None:
            return
        siren, name = self.siren, self.actor_name
        token, location = self._tokens["actor"], self.store
        self.note.setText(tr("Reading the datasets…"))
        self.note.setVisible(True)
        self._show_items(keep_note=True)

        def work(_feedback):
            with open_store(location).reading() as connection:
                return listing.has_listings(connection), listing.actor_datasets(connection, siren)

        self._run(tr("Reading the datasets of {actor}").format(actor=name), work,
                  lambda result, error: self._actor_loaded(token, result, error))

    def _load_territory(self) -> None:
        level, code, name = self.territory
        token, location = self._tokens["territory"], self.store
        self.checklist_note.setText(tr("Reading the checklist…"))

        def work(_feedback):
            with open_store(location).reading() as connection:
                if not listing.has_listings(connection):
                    return False, None
                return True, publication_measures.territory_publication(connection, level, code or "")

        self._run(tr("Reading what {territory} publishes").format(territory=name), work,
                  lambda result, error: self._territory_loaded(token, result, error))

    def _run(self, description, work, done) -> None:
        if not self.background:
            try:
                result, error = work(None), None
            except Exception as failure:  # noqa: BLE001 - shown in the box, as a task would report it
                result, error = None, failure
            done(result, error)
            return
        start(CoreTask(description, work, done))

    # --- results, on the main thread --------------------------------------------------------
    def _actor_loaded(self, token, result, error) -> None:
        if token != self._tokens["actor"]:
            return
        if error is not None:
            self.items = None
            self.note.setText(tr("The datasets could not be read: {error}").format(error=_message(error)))
            self.note.setVisible(True)
            self._show_items(keep_note=True)
            return
        self.listings_in_store, self.items = result
        self._fill_combos()
        self._show_items()

    def _territory_loaded(self, token, result, error) -> None:
        if token != self._tokens["territory"]:
            return
        self.checklist = []
        if error is not None:
            self.checklist_note.setText(tr("The checklist could not be read: {error}").format(error=_message(error)))
        else:
            in_store, publication = result
            if in_store != self.listings_in_store:
                self.listings_in_store = in_store
                self._show_items()
            if not in_store or publication.datasets is None:
                self.checklist_note.setText(tr("No dataset listing covers this territory yet."))
            else:
                self.checklist = list(publication.checklist)
                self.checklist_note.setText(tr("Share of the obligated collectivities publishing each schema, "
                                               "beside the national share."))
        self._fill_checklist()

    def _fill_checklist(self) -> None:
        table = self.checklist_table
        table.setRowCount(len(self.checklist))
        for row, item in enumerate(self.checklist):
            mark = schema_text("", item.here)  # "✓ declared": the symbol in the cell, the word in its tooltip
            values = (item.title or item.schema, mark.split(" ", 1)[0],
                      share_text(item.obligated_publishing, item.obligated),
                      small_percent(item.national_share))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 0:
                    cell.setToolTip(tr("{title} ({schema}): {datasets} datasets follow it here").format(
                        title=item.title or item.schema, schema=item.schema, datasets=number(item.datasets)))
                elif column == 1:
                    cell.setToolTip(mark)
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, cell)
        table.setVisible(bool(self.checklist))
        self.legend.setVisible(bool(self.checklist))
        self._fit_checklist()

    def _fit_checklist(self, *_args) -> None:
        """Rows as high as their wrapped labels, and the table as high as its rows (the dock scrolls)."""
        table = self.checklist_table
        table.resizeRowsToContents()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(row) for row in range(table.rowCount())))

    # --- the list ---------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        items = self.items or []
        combos = (self.theme_combo, self.schema_combo, self.fresh_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.theme_combo.addItem(tr("All themes"), "")
        for theme, count in listing.themes_present(items):
            self.theme_combo.addItem(f"{theme} ({number(count)})", theme)
        self.schema_combo.addItem(tr("Any, or none"), listing.SCHEMA_ALL)
        self.schema_combo.addItem(tr("Following a schema (declared or detected)"), listing.SCHEMA_SOME)
        self.schema_combo.addItem(tr("Following no schema"), listing.SCHEMA_NONE)
        for name, title in listing.schemas_present(items):
            self.schema_combo.addItem(title, name)
        self.fresh_combo.addItem(tr("Any date"), listing.FRESH_ALL)
        self.fresh_combo.addItem(tr("Updated in the last 12 months"), listing.FRESH)
        self.fresh_combo.addItem(tr("Older"), listing.OLDER)
        self.fresh_combo.addItem(tr("Date unknown"), listing.FRESH_UNKNOWN)
        for combo in combos:
            combo.blockSignals(False)

    def choose_filters(self, theme: str = "", schema: str = listing.SCHEMA_ALL,
                       freshness: str = listing.FRESH_ALL) -> None:
        """Pick the filters as a user would in the three lists (tests and scripts)."""
        for combo, value in ((self.theme_combo, theme), (self.schema_combo, schema), (self.fresh_combo, freshness)):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def apply_filters(self, *_args) -> None:
        self._show_items()

    def _show_items(self, keep_note: bool = False) -> None:
        has_list = self.items is not None
        # a store without any listing says so once, with how to get one, and shows no empty checklist
        self.checklist_box.setVisible(self.listings_in_store is not False)
        if not keep_note:
            if self.listings_in_store is False:
                self.note.setText(no_listing_text())
            elif self.siren is not None and not has_list:
                self.note.setText(tr("No dataset listing of this actor was harvested yet (its platforms were "
                                     "counted only, or not harvested)."))
            self.note.setVisible(self.listings_in_store is False or (self.siren is not None and not has_list))
        self.filters.setVisible(has_list)
        self.count_label.setVisible(has_list)
        self.view.setVisible(has_list)
        if not has_list:
            self.model.set_rows([])
            return
        shown = listing.filtered(self.items, self.theme_combo.currentData() or "",
                                 self.schema_combo.currentData() or listing.SCHEMA_ALL,
                                 self.fresh_combo.currentData() or listing.FRESH_ALL)
        self.model.set_rows(shown)
        self.count_label.setText(count_text(len(shown), len(self.items)))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The title up to about 30 characters (whole in its tooltip), the rest to their content."""
        self.view.resizeColumnsToContents()
        widest = self.view.fontMetrics().averageCharWidth() * 30
        if self.view.columnWidth(TITLE) > widest:
            self.view.setColumnWidth(TITLE, widest)

    def shown_rows(self) -> List[dict]:
        """The rows as displayed, for tests and screenshots."""
        return list(self.model.texts)

    def _clicked(self, index) -> None:
        if index.column() == TITLE:
            self.open_link(index.row())

    def open_link(self, row: int) -> bool:
        url = self.model.link(row)
        if url:
            QDesktopServices.openUrl(QUrl(url))
        return bool(url)


def _message(error) -> str:
    return getattr(error, "message", None) or str(error) or type(error).__name__
