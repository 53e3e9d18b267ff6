"""The list half of the Notes page: one row per note, filtered by person code.

Rows come from ``services.notes.list_notes`` (no note bodies); the filter is
applied here, as you type, to the rows already loaded. Item views draw plain
text, and codes and dates pass through ``textsafety.plain`` as well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from fieldkit.domain import vocabulary
from fieldkit.domain.errors import UnknownTerm
from fieldkit.services.notes import NoteRow
from fieldkit.textsafety import plain

__all__ = ["NoteTable", "term_label"]

_ID_ROLE = Qt.ItemDataRole.UserRole
_COLUMNS = 4


def term_label(list_name: str, code: str, lang: str) -> str:
    """The vocabulary label of ``code``; the code itself if the list does not know it."""
    try:
        return vocabulary.closed_list(list_name).get(code).label(lang)
    except UnknownTerm:
        return plain(code)


class NoteTable(QTableWidget):
    """Person code, session date, risk level and status of each note, newest first."""

    def __init__(self) -> None:
        super().__init__(0, _COLUMNS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Person code"), self.tr("Session date"), self.tr("Risk level"),
             self.tr("Status")]
        )
        self.setAccessibleName(self.tr("Session notes"))

    def fill(self, rows: list[NoteRow], needle: str, lang: str, selected: str | None) -> None:
        """Show the ``rows`` whose person code contains ``needle`` (any case); no signals."""
        folded = needle.strip().casefold()
        shown = [r for r in rows if folded in r.person_code.casefold()]
        self.blockSignals(True)
        try:
            self.clearSelection()
            self.setRowCount(len(shown))
            for index, row in enumerate(shown):
                risk = term_label("risk_level", row.risk_level, lang) if row.risk_level else "—"
                texts = (plain(row.person_code), plain(row.session_date), risk,
                         term_label("record_status", row.status, lang))
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setData(_ID_ROLE, row.record_id)
                    self.setItem(index, column, item)
                if row.record_id == selected:
                    self.selectRow(index)
        finally:
            self.blockSignals(False)

    def shown_ids(self) -> list[str]:
        """The record ids of the rows shown, top to bottom."""
        ids = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            value = item.data(_ID_ROLE) if item is not None else None
            if isinstance(value, str):
                ids.append(value)
        return ids

    def selected_id(self) -> str | None:
        items = self.selectedItems()
        value = items[0].data(_ID_ROLE) if items else None
        return value if isinstance(value, str) else None
