"""The exhibits of a record, and the details and custody entries of the selected one.

Every text from a record goes in as plain text (item views never interpret markup);
hashes are monospaced, because people compare them by eye.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.textsafety import plain
from fieldkit.ui.exhibits.display import Lang, human_size, local_time, type_label
from fieldkit.ui.widgets import fingerprint_font, plain_label

__all__ = ["CustodyTable", "DetailsBox", "ExhibitTable"]

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


class DetailsBox(QGroupBox):
    """The selected exhibit: its full SHA-256 (selectable, to copy), details and custody."""

    def __init__(self) -> None:
        super().__init__()
        self.sha = QLineEdit()
        self.sha.setReadOnly(True)
        self.sha.setFont(fingerprint_font(self.font(), 0.95))
        self.description = plain_label()
        self.provided_by = plain_label()
        self.obtained = plain_label()
        self._captions = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for caption, field in zip(self._captions, (self.sha, self.description,
                                                   self.provided_by, self.obtained), strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.custody_title = plain_label()
        self.custody = CustodyTable()
        self.custody_button = QPushButton()
        custody_row = QHBoxLayout()
        custody_row.addWidget(self.custody_title, 1)
        custody_row.addWidget(self.custody_button)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(custody_row)
        column.addWidget(self.custody, 1)
        self.retranslate()

    def show_exhibit(self, exhibit: Exhibit | None) -> None:
        """Show ``exhibit`` (None: hide and empty everything); custody comes separately."""
        self.custody.wipe()
        self.setVisible(exhibit is not None)
        if exhibit is None:
            self.sha.setText("")
            for label in (self.description, self.provided_by, self.obtained):
                label.clear()
            return
        self.sha.setText(exhibit.sha256)
        self.sha.setCursorPosition(0)
        self.description.setText(plain(exhibit.description, keep_newlines=True))
        self.provided_by.setText(plain(exhibit.provided_by))
        self.obtained.setText(local_time(exhibit.obtained_at))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selected exhibit"))
        for caption, text in zip(self._captions, (
            self.tr("SHA-256:"), self.tr("Description:"), self.tr("Provided by:"),
            self.tr("Obtained:"),
        ), strict=True):
            caption.setText(text)
        self.sha.setAccessibleName(self.tr("SHA-256 of the exhibit"))
        self.custody_title.setText(self.tr("Chain of custody"))
        self.custody_button.setText(self.tr("Record a transfer…"))
        self.custody_button.setAccessibleName(self.tr("Record a transfer of the exhibit"))
