"""Read-only tables of plain text, the way every HQ page shows its rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from fieldkit.textsafety import plain

__all__ = ["KEY_ROLE", "Cell", "fill", "make_table", "row_key", "selected_key", "texts"]

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

Cell = str | tuple[str, str]
"""A cell's text, or (text, tooltip)."""


def make_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill(
    table: QTableWidget,
    rows: Sequence[Sequence[Cell]],
    keys: Sequence[str] | None = None,
    *,
    mono_columns: Sequence[int] = (),
    mono_font: QFont | None = None,
    max_width: int = 340,
) -> None:
    """Replace every row; each text passes through ``plain`` (it may come from a file)."""
    current = selected_key(table)
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    reselect = -1
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, tip = (cell, "") if isinstance(cell, str) else cell
            item = QTableWidgetItem(plain(text))
            if tip:
                item.setToolTip(plain(tip))
            if keys is not None:
                item.setData(KEY_ROLE, keys[r])
            if c in mono_columns and mono_font is not None:
                item.setFont(mono_font)
            table.setItem(r, c, item)
        if keys is not None and current is not None and keys[r] == current:
            reselect = r
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):  # long texts: the tooltip has them whole
        table.setColumnWidth(c, min(table.columnWidth(c), max_width))
    header = table.horizontalHeader()
    header.setStretchLastSection(False)  # apply the stretch again to the new widths
    header.setStretchLastSection(True)
    if reselect >= 0:
        table.selectRow(reselect)


def selected_key(table: QTableWidget) -> str | None:
    items = table.selectedItems()
    if not items:
        return None
    key = items[0].data(KEY_ROLE)
    return None if key is None else str(key)


def row_key(table: QTableWidget, row: int) -> str | None:
    item = table.item(row, 0)
    key = None if item is None else item.data(KEY_ROLE)
    return None if key is None else str(key)


def texts(table: QTableWidget, row: int) -> list[str]:
    """The texts of one row, for tests and checks."""
    return [
        (item.text() if (item := table.item(row, c)) is not None else "")
        for c in range(table.columnCount())
    ]
