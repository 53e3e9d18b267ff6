"""The revisions of one record: number, time, status, who, why, and the hash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.textsafety import plain
from fieldkit.ui.interviews.fields import local_time
from fieldkit.ui.interviews.jobs import Revision
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.widgets import fingerprint_font, plain_label

__all__ = ["HistoryDialog"]


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget, revisions: list[Revision], language: str,
                 own_name: str) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Revisions"))
        self.intro = plain_label(self.tr(
            "Every save is a signed revision; nothing is overwritten. The hash identifies "
            "each revision exactly."
        ))
        self.table = QTableWidget(len(revisions), 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("Status"), self.tr("Author"),
            self.tr("Reason"), self.tr("Hash"),
        ])
        self.table.setAccessibleName(self.tr("Revisions"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        statuses = vocabulary.closed_list("record_status")
        mono = fingerprint_font(self.font(), 0.9)
        for row, revision in enumerate(revisions):
            status = (
                statuses.get(revision.status).label(language)
                if statuses.has(revision.status) else plain(revision.status)
            )
            author = role_label(revision.author_role, language)
            if revision.own_profile:
                author = f"{author} ({plain(own_name)})"
            when = local_time(revision.created_at, with_date=True)
            cells = (str(revision.number), when, status, author, plain(revision.reason),
                     revision.hash)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setFont(mono)
                    item.setToolTip(text)
                if column == 1:
                    item.setToolTip(f"{revision.created_at} UTC ({plain(revision.zone)})")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 360)
