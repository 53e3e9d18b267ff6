"""The Notes page of a psychologist: the profile's session notes, and one note's editor.

The list (person code, session date, risk level, status) is filtered as you type
a person code. A note is saved as a draft by :class:`NoteAutosave` shortly after
every change, so there is no Save button; Seal asks first and then makes the
note read-only. Only a psychologist profile gets this page (``ui/roles.py``),
and the services refuse notes to every other role. ``clear()`` (every lock)
empties every widget, undo histories included, and drops the session.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import notes as notes_service
from fieldkit.services.notes import NoteRow, OpenedNote
from fieldkit.services.records import SavedRevision
from fieldkit.services.session import Session
from fieldkit.ui.messages import describe
from fieldkit.ui.notes.autosave import NoteAutosave
from fieldkit.ui.notes.correction import NoteCorrection
from fieldkit.ui.notes.editor import NoteEditor, wipe
from fieldkit.ui.notes.table import NoteTable, term_label
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import InlineMessage, plain_label, title_label

__all__ = ["NotesPage"]

LIST_WIDTH = 440
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _full_date(text: str) -> bool:
    if not _FULL_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class NotesPage(Page):
    """A psychologist's session notes."""

    refreshed = Signal()
    """The list was loaded again."""
    opened = Signal(str)
    """This note is shown in the editor."""
    saved = Signal(str)
    """A draft of this note was saved."""
    sealed = Signal(str)
    """This note was sealed."""
    corrected = Signal(str)
    """A correction of this sealed note was stored."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[NoteRow] = []
        self.status = ""  # of the note in the editor: "" (none), draft, sealed, withdrawn
        self._sealing = False
        self._generation = 0

        self.title_text = title_label()
        self.intro = plain_label()
        self.message = InlineMessage()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.table = NoteTable()
        self.new_button = QPushButton()
        self.editor = NoteEditor(context.translations.language)
        self.autosave = NoteAutosave(context.runner, self.editor.note, self)
        self.status_label = plain_label()
        self.seal_button = QPushButton()
        self.correction = NoteCorrection(self)
        self.correction.corrected.connect(self.corrected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.new_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.correction.cancel_button)
        buttons.addWidget(self.correction.start_button)
        buttons.addWidget(self.seal_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([LIST_WIDTH, 2 * LIST_WIDTH])
        left.setMinimumWidth(LIST_WIDTH * 3 // 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_text)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.editor.changed.connect(self._on_edited)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.failed.connect(self._show_error)
        self.filter_edit.textChanged.connect(lambda _text: self._fill())
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self.new_note)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.new_note)
        self.seal_button.clicked.connect(self._on_seal_clicked)
        self._set_editing()
        self.retranslate()

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Session notes")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def flush(self) -> None:
        """Queue the save of a pending edit now (the workspace calls it before a lock)."""
        self.autosave.flush()

    def clear(self) -> None:
        self.autosave.flush()
        self.autosave.end()
        super().clear()
        self._generation += 1
        self.rows = []
        self.status = ""
        self._sealing = False
        self.correction.reset()
        self.table.setRowCount(0)
        self.filter_edit.setText("")
        self.editor.reset()
        self.message.clear_message()
        self._set_editing()
        wipe(self)

    def retranslate(self) -> None:
        self.title_text.setText(self.title())
        self.intro.setText(
            self.tr(
                "Your session notes, linked to people by code. They stay in this profile: "
                "interviewer profiles never see them."
            )
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter by person code"))
        self.filter_edit.setAccessibleName(self.tr("Filter by person code"))
        self.table.retranslate()
        self.new_button.setText(self.tr("New note"))
        self.seal_button.setText(self.tr("Seal…"))
        self.correction.retranslate()
        self.editor.set_language(self.context.translations.language)
        self._show_status()
        self._fill()

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list and the known person codes again; ``refreshed`` when shown."""
        session = self.session
        if session is None:
            return
        generation = self._generation

        def work() -> tuple[list[NoteRow], list[str]]:
            return notes_service.list_notes(session), notes_service.person_codes(session)

        def done(result: tuple[list[NoteRow], list[str]]) -> None:
            if generation == self._generation and self.session is session:
                self.rows, codes = result
                self._fill()
                self.editor.set_people(codes)
                emit(self.refreshed)

        self.context.runner.run(work, done, self._failed(session), name="list-notes")

    def shown_ids(self) -> list[str]:
        """The record ids of the rows the list shows, top to bottom."""
        return self.table.shown_ids()

    def _fill(self) -> None:
        selected = self.autosave.record_id if self.autosave.active else None
        self.table.fill(self.rows, self.filter_edit.text(), self.context.translations.language,
                        selected)

    def _on_selection_changed(self) -> None:
        record_id = self.table.selected_id()
        if record_id is not None and record_id != self.autosave.record_id:
            self.edit(record_id)

    # -- editing ----------------------------------------------------------------------

    def new_note(self) -> None:
        """Save what is pending and start an empty note dated today."""
        session = self.session
        if session is None:
            return
        self.autosave.flush()
        self.autosave.begin(session, None, None)
        self.refresh()  # after a save just queued, so the list shows the note left
        self.status = "draft"
        self.message.clear_message()
        self.editor.start_new()
        self._set_editing()
        self.table.clearSelection()
        self.editor.person_code.setFocus()

    def edit(self, record_id: str) -> None:
        """Save what is pending and show ``record_id`` in the editor; ``opened`` when shown."""
        session = self.session
        if session is None:
            return
        self.autosave.flush()
        generation = self._generation

        def done(result: OpenedNote) -> None:
            if generation != self._generation or self.session is not session:
                return
            self.autosave.begin(session, result.record_id, result.note)
            self.correction.reset()
            self.status = result.status
            self.message.clear_message()
            self.editor.set_note(result.note)
            self._set_editing()
            emit(self.opened, result.record_id)

        self.context.runner.run(lambda: notes_service.open_note(session, record_id), done,
                                self._failed(session), name="open-note")
        self.refresh()

    def seal_current(self, confirm: Callable[[], bool] | None = None) -> bool:
        """Ask (``confirm`` or a question box), then seal the note; ``sealed`` when done."""
        session = self.session
        if session is None or self.status != "draft" or self._sealing:
            return False
        note = self.editor.note()
        if not note.person_code or not _full_date(note.session_date):
            self.message.show_message(
                self.tr("Enter the person code and the full session date (YYYY-MM-DD) "
                        "before sealing.")
            )
            return False
        if not (confirm or self._ask_seal)():
            return False
        self.autosave.save_now(force=not self.autosave.stored)
        record_id, generation = self.autosave.record_id, self._generation
        self._sealing = True
        self._set_editing()

        def done(result: SavedRevision) -> None:
            if generation != self._generation or self.session is not session:
                return
            self._sealing = False
            if result.record_id == self.autosave.record_id:
                self.status = result.status
            self._set_editing()  # another note may have been opened meanwhile
            emit(self.sealed, result.record_id)
            self.refresh()

        def failed(error: FieldKitError) -> None:
            if generation == self._generation and self.session is session:
                self._sealing = False
                self._set_editing()
                self._show_error(error)

        self.message.clear_message()
        self.context.runner.run(lambda: notes_service.seal_note(session, record_id), done,
                                failed, name="seal-note", essential=True)
        return True

    def _on_seal_clicked(self) -> None:
        self.seal_current()

    def _ask_seal(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Seal note"))
        box.setText(self.tr("Seal this note?"))
        box.setInformativeText(self.tr("A sealed note can no longer be changed."))
        seal = box.addButton(self.tr("Seal"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is seal

    def _on_edited(self) -> None:
        if self.status == "draft" and not self._sealing:
            self.autosave.touch()
            self.status_label.setText(self.tr("Draft: saving…"))

    def _on_saved(self, result: SavedRevision) -> None:
        if result.record_id == self.autosave.record_id and not self.autosave.pending:
            self.status_label.setText(self.tr("Draft: saved"))
        emit(self.saved, result.record_id)
        self.refresh()

    # -- display ----------------------------------------------------------------------

    def _failed(self, session: Session) -> Callable[[FieldKitError], None]:
        def show(error: FieldKitError) -> None:
            if self.session is session:
                self._show_error(error)

        return show

    def refresh_editing(self) -> None:
        """Apply a change of state (a correction begun, saving, ended)."""
        self._set_editing()

    def show_error(self, error: object) -> None:
        self._show_error(error)

    def _show_error(self, error: object) -> None:
        if isinstance(error, FieldKitError) and self.session is not None:
            self.message.show_message(describe(error))

    def _set_editing(self) -> None:
        """Editable for a draft; read-only when sealed, withdrawn or being sealed."""
        open_ = self.status != ""
        correcting = self.correction.active and not self.correction.saving
        editable = (self.status == "draft" and not self._sealing) or correcting
        self.editor.setEnabled(open_)
        self.editor.set_read_only(not editable)
        self.seal_button.setEnabled(self.status == "draft" and not self._sealing)
        self.seal_button.setVisible(self.status != "sealed")
        self.correction.show_state(self.status)
        self._show_status()

    def _show_status(self) -> None:
        lang = self.context.translations.language
        if not self.status:
            self.status_label.setText(self.tr("Choose a note in the list or start a new one."))
        elif self._sealing:
            self.status_label.setText(self.tr("Sealing…"))
        elif self.correction.saving:
            self.status_label.setText(self.tr("Saving the correction…"))
        elif self.correction.active:
            self.status_label.setText(self.tr(
                "Correcting the sealed note: nothing is saved until you give a reason."))
        elif self.status == "draft":
            self.status_label.setText(self.tr("Draft: changes are saved as you type"))
        else:
            status = term_label("record_status", self.status, lang)
            self.status_label.setText(self.tr("%1: read-only").replace("%1", status))
