"""Recording a transfer of an exhibit: a new custody entry (its own sealed record).

RECORD.md H wants an entry for every transfer: when, from, to, purpose and who.
"When" is the moment the entry is stored and "who" is this profile's person;
the short form asks for the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import CustodyEntry
from fieldkit.errors import FieldKitError
from fieldkit.services import evidence
from fieldkit.textsafety import plain
from fieldkit.ui.exhibits.errors import describe_error
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import plain_label

if TYPE_CHECKING:
    from fieldkit.ui.exhibits.panel import ExhibitPanel

__all__ = ["CustodyDialog", "CustodyJob"]


class CustodyDialog(QDialog):
    """From whom, to whom, why; window-modal and opened with ``open()``."""

    def __init__(self, file_name: str, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Record a transfer"))
        self.intro = plain_label(self.tr(
            "Who handed over \"%1\", to whom, and why. The entry is stored with the time "
            "now and your name, and cannot be changed afterwards."
        ).replace("%1", plain(file_name)))
        self.from_party = QLineEdit(holder)
        self.to_party = QLineEdit()
        self.purpose = QLineEdit()
        form = QFormLayout()
        for caption, field in ((self.tr("From"), self.from_party), (self.tr("To"), self.to_party),
                               (self.tr("Purpose"), self.purpose)):
            field.setMaxLength(200)
            label = QLabel(caption)
            label.setBuddy(field)
            field.setAccessibleName(caption)
            form.addRow(label, field)
        self.purpose.setPlaceholderText(self.tr("for example: handed to the HQ courier"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = QPushButton(self.tr("Record the transfer"))
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.from_party, self.to_party, self.purpose):
            field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._update()

    def _update(self) -> None:
        self.record_button.setEnabled(all(
            field.text().strip() for field in (self.from_party, self.to_party, self.purpose)
        ))

    def entry(self, exhibit_id: str, by: str) -> CustodyEntry:
        return CustodyEntry(exhibit_id=exhibit_id, from_party=self.from_party.text().strip(),
                            to_party=self.to_party.text().strip(),
                            purpose=self.purpose.text().strip(), by=by)

    def wipe(self) -> None:
        for field in (self.from_party, self.to_party, self.purpose):
            field.setText("")


class CustodyJob(QObject):
    """Ask for a transfer of the selected exhibit and store it (an essential write)."""

    def __init__(self, panel: ExhibitPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.dialog: CustodyDialog | None = None

    def ask(self) -> None:
        panel = self.panel
        chosen, session, runner = panel.selected(), panel.session, panel.runner
        if chosen is None or session is None or runner is None:
            return
        self.release()
        exhibit_id, exhibit = chosen
        name = session.info.display_name
        dialog = CustodyDialog(exhibit.original_filename, name, panel)
        self.dialog = dialog
        token = panel.token

        def answered(result: int) -> None:
            entry = dialog.entry(exhibit_id, name)
            if self.dialog is dialog:
                self.dialog = None
            dialog.wipe()
            dialog.deleteLater()
            if token.alive and result == QDialog.DialogCode.Accepted:
                self._store(entry)

        dialog.finished.connect(answered)
        dialog.open()

    def _store(self, entry: CustodyEntry) -> None:
        panel = self.panel
        session, runner, token = panel.session, panel.runner, panel.token
        if session is None or runner is None:
            return

        def done(_custody_id: str) -> None:
            if token.alive:
                panel.show_custody()
                emit(panel.finished, "custody", True)

        def failed(error: FieldKitError) -> None:
            if token.alive:
                panel.error.show_message(describe_error(error))
                emit(panel.finished, "custody", False)

        runner.run(lambda: evidence.add_custody(session, entry), done, failed,
                   name="add-custody", essential=True)

    def release(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.close()  # answered() sees the token gone, or a Cancel
