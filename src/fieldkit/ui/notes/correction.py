"""Correcting a sealed note: the editor opens again, the change is saved with a reason.

A sealed note is never changed in place: :func:`notes.correct_note` appends a new
sealed revision that carries the reason. While a correction is open nothing is
autosaved (the note is sealed, not a draft); Cancel shows the note as sealed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QPushButton

from fieldkit.errors import FieldKitError
from fieldkit.services import notes as notes_service
from fieldkit.services.records import SavedRevision
from fieldkit.ui.interviews.dialogs import ReasonDialog
from fieldkit.ui.signals import emit

if TYPE_CHECKING:
    from fieldkit.ui.notes.page import NotesPage

__all__ = ["NoteCorrection"]


class NoteCorrection(QObject):
    corrected = Signal(str)  # record id, once the correction is stored

    def __init__(self, page: NotesPage) -> None:
        super().__init__(page)
        self.page = page
        self.active = False
        self.saving = False
        self.start_button = QPushButton()
        self.cancel_button = QPushButton()
        self.start_button.clicked.connect(self._on_start_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.dialog: ReasonDialog | None = None

    def retranslate(self) -> None:
        self.start_button.setText(
            self.tr("Save the correction…") if self.active else self.tr("Make a correction…")
        )
        self.cancel_button.setText(self.tr("Cancel the correction"))

    def show_state(self, status: str) -> None:
        """Buttons for the note's ``status``: only a sealed note can be corrected."""
        self.start_button.setVisible(status == "sealed")
        self.start_button.setEnabled(not self.saving)
        self.cancel_button.setVisible(self.active)
        self.cancel_button.setEnabled(not self.saving)
        self.retranslate()

    def reset(self) -> None:
        self.active = self.saving = False
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def _on_start_clicked(self) -> None:
        if self.active:
            self.ask_reason()
        else:
            self.begin()

    def begin(self) -> None:
        if self.page.status == "sealed" and not self.active:
            self.active = True
            self.page.refresh_editing()

    def cancel(self) -> None:
        if self.active and not self.saving:
            self.active = False
            self.page.edit(self.page.autosave.record_id)  # shows the sealed note again

    def ask_reason(self) -> None:
        dialog = ReasonDialog(self.page)
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            reason = dialog.reason()
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and reason.strip():
                self.save(reason)

        dialog.finished.connect(finished)
        dialog.open()

    def save(self, reason: str) -> None:
        """Store what the editor shows as a correction with ``reason``."""
        page = self.page
        session, record_id = page.session, page.autosave.record_id
        if session is None or not self.active or self.saving or not record_id:
            return
        note = page.editor.note()
        self.saving = True
        page.refresh_editing()

        def done(result: SavedRevision) -> None:
            if page.session is not session:
                return
            self.active = self.saving = False
            emit(self.corrected, result.record_id)
            page.edit(result.record_id)

        def failed(error: FieldKitError) -> None:
            if page.session is session:
                self.saving = False
                page.refresh_editing()
                page.show_error(error)

        page.context.runner.run(
            lambda: notes_service.correct_note(session, record_id, note, reason),
            done, failed, name="correct-note", essential=True,
        )
