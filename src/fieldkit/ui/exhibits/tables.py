"""The exhibits of a record and the custody entries of one of them, as read-only tables.

Every text from a record goes in as plain text (item views never interpret markup);
hashes are monospaced, because people compare them by eye.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.textsafety import plain
from fieldkit.ui.exhibits.display import Lang, human_size, local_time, type_label
from fieldkit.ui.widgets import fingerprint_font

__all__ = ["CustodyTable", "ExhibitTable"]

ID_ROLE = Qt.ItemDataRole.UserRole
SIZE_ROLE = Qt.ItemDataRole.UserRole + 1


def _read_only(table: QTableWidget) -> None:
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)


class ExhibitTable(QTableWidget):
    """File name, type, size and SHA-256, one row per exhibit; the row holds the id."""

    FILE, TYPE, SIZE, SHA = range(4)

    def __init__(self, lang: Lang) -> None:
        super().__init__(0, 4)
        self._lang = lang
        self._exhibits: list[tuple[str, Exhibit]] = []
        _read_only(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        for column in (self.TYPE, self.SIZE, self.SHA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.retranslate()

    def show_exhibits(self, exhibits: list[tuple[str, Exhibit]]) -> None:
        self._exhibits = list(exhibits)
        self._fill()

    def exhibit(self, exhibit_id: str) -> Exhibit | None:
        return next((e for i, e in self._exhibits if i == exhibit_id), None)

    def selected_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.item(rows[0].row(), self.FILE)
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_id(self, exhibit_id: str) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, self.FILE)
            if item is not None and item.data(ID_ROLE) == exhibit_id:
                self.selectRow(row)
                return

    def wipe(self) -> None:
        self._exhibits = []
        self.clearContents()
        self.setRowCount(0)

    def _fill(self) -> None:
        chosen = self.selected_id()
        self.clearContents()
        self.setRowCount(len(self._exhibits))
        mono = fingerprint_font(self.font(), 0.95)
        lang = self._lang()
        for row, (exhibit_id, exhibit) in enumerate(self._exhibits):
            name = QTableWidgetItem(plain(exhibit.original_filename))
            name.setData(ID_ROLE, exhibit_id)
            name.setToolTip(plain(exhibit.description))
            kind = QTableWidgetItem(type_label(exhibit.type, lang))
            kind.setToolTip(plain(exhibit.media_type))
            size = QTableWidgetItem(human_size(exhibit.size))
            size.setData(SIZE_ROLE, exhibit.size)
            size.setToolTip(self.tr("Exact size in bytes: %1").replace("%1", str(exhibit.size)))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            sha = QTableWidgetItem(exhibit.sha256)
            sha.setFont(mono)
            for column, item in enumerate((name, kind, size, sha)):
                self.setItem(row, column, item)
        if chosen is not None:
            self.select_id(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("SHA-256")]
        )
        self.setAccessibleName(self.tr("Exhibits of this interview"))
        self._fill()


class CustodyTable(QTableWidget):
    """When, from whom, to whom, why and by whom the exhibit changed hands."""

    def __init__(self) -> None:
        super().__init__(0, 5)
        self._entries: list[CustodyEntry] = []
        _read_only(self)
        header = self.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.retranslate()

    def show_entries(self, entries: list[CustodyEntry]) -> None:
        self._entries = list(entries)
        self._fill()

    def wipe(self) -> None:
        self._entries = []
        self.clearContents()
        self.setRowCount(0)

    def _fill(self) -> None:
        self.clearContents()
        self.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            purpose = self.tr("Intake") if entry.purpose == "intake" else plain(entry.purpose)
            cells = (local_time(entry.at), plain(entry.from_party), plain(entry.to_party),
                     plain(entry.by), purpose)
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Purpose")]
        )
        self.setAccessibleName(self.tr("Chain of custody"))
        self._fill()
