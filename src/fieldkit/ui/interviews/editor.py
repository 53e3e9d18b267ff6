"""The interview editor: a guided flow of steps the interviewer moves through freely.

Left, the steps and the "Ready to seal?" panel; right, one form per step.
There is no Save button: :class:`~fieldkit.ui.interviews.autosave.Autosave`
stores every change as a draft revision within two seconds, and the id of the
open draft is kept in the vault so that the next unlock can reopen it
(:meth:`InterviewEditorPage.resume_draft`). Sealing, corrections, the history
and the re-interview check live in ``flows.py``; the forms in ``area.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

from fieldkit.domain.ids import uuid7
from fieldkit.domain.interview import Interview, Participant
from fieldkit.domain.validation import missing_for_seal
from fieldkit.errors import FieldKitError
from fieldkit.services.records import SavedRevision
from fieldkit.ui.interviews import jobs
from fieldkit.ui.interviews.area import LIST_WIDTH
from fieldkit.ui.interviews.autosave import Autosave
from fieldkit.ui.interviews.base import EditorBase
from fieldkit.ui.interviews.chrome import (
    NEXT_STEP,
    PREVIOUS_STEP,
    ButtonBar,
    StateBanner,
    arrange,
)
from fieldkit.ui.interviews.errors import describe_error
from fieldkit.ui.interviews.flows import PersonFlow, SealFlow
from fieldkit.ui.interviews.ready import ReadyPanel
from fieldkit.ui.interviews.step import chain_tabs, tab_stops
from fieldkit.ui.page import PageContext
from fieldkit.ui.signals import emit

__all__ = ["InterviewEditorPage"]

class InterviewEditorPage(EditorBase):
    closed = Signal()
    saved = Signal(str)  # record id, after every stored revision (draft, seal, correction)
    loaded = Signal(str)  # record id, once a record is on screen (edit, resume)
    resumed = Signal(str)  # record id of the draft resume_draft() reopened

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.autosave = Autosave(context.runner, self.snapshot, self)
        self.banner = StateBanner()
        self.ready = ReadyPanel()
        self.ready.setFixedWidth(LIST_WIDTH)
        self.buttons = ButtonBar()
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(250)

        arrange(self, top=self.header, left=(self.area.step_list, self.ready),
                right=(self.banner, self.error, self.area.stack), bottom=self.buttons)

        self.person_flow = PersonFlow(self)
        self.seal_flow = SealFlow(self)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(lambda error: self.show_error(describe_error(error)))
        self.autosave.saving.connect(lambda: self.header.show_saved("saving"))
        self._ready_timer.timeout.connect(self.refresh_ready)
        self.area.edited.connect(self._edited)
        self.area.width_changed.connect(self.ready.setFixedWidth)
        self.area.shown.connect(lambda index: self.buttons.show_step(index, len(self.steps)))
        self.ready.item_chosen.connect(self.area.go_to_item)
        self.ready.seal_clicked.connect(self.seal_flow.ask_to_seal)
        self.seal_flow.connect_buttons(self.buttons)
        self.buttons.close_button.clicked.connect(self.close_editor)
        self.buttons.prev_button.clicked.connect(lambda: self.step_by(-1))
        self.buttons.next_button.clicked.connect(lambda: self.step_by(1))
        for keys, delta in ((NEXT_STEP, 1), (PREVIOUS_STEP, -1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.step_by(d))
        self.person_flow.connect_step(self.area.person)
        self._chain_tabs()
        self.show_state()

    # -- public API -----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Interview")

    def edit(self, record_id: str | None) -> None:
        """Open ``record_id`` (None: a new interview). The previous one is saved first."""
        session = self.require_session()
        self._start_over()
        if record_id is not None:
            self._run_read(lambda: jobs.open_record(session, record_id), self._show_opened)
            return
        self.record_id = uuid7()  # chosen here, so saves can be queued back to back
        self.status = "new"
        role = "interviewer" if session.info.role == "interviewer" else ""
        self.area.session_step.present.add().set_value(Participant(session.info.display_name, role))
        self.autosave.begin(session, self.record_id, None, None)
        self.show_state()

        def failed(error: FieldKitError) -> None:
            self.show_error(describe_error(error))

        self.context.runner.run(lambda: jobs.persons(session),
                                self.guarded(self.area.person.set_persons), self.guarded(failed),
                                name="persons")
        emit(self.loaded, self.record_id)

    def resume_draft(self) -> bool:
        """Reopen the draft that was open when the profile was last locked or the app died.

        The vault is asked on the worker thread: this returns False without a session,
        True once the question is queued; ``resumed(record_id)`` follows when there was
        a draft and it is on screen (the workspace shows the page then).
        """
        if self.session is None:
            return False
        session = self.session
        self._start_over()

        def shown(opened: jobs.Opened | None) -> None:
            if opened is not None:
                self._show_opened(opened)
                emit(self.resumed, opened.record_id)

        self._run_read(lambda: jobs.resume(session), shown)
        return True

    def flush(self) -> None:
        """Queue the pending autosave now, as an essential task (before a lock)."""
        self.autosave.flush()

    def clear(self) -> None:
        """Save what is pending, then empty every widget and forget the session."""
        self._start_over()
        super().clear()

    def close_editor(self) -> None:
        """Leave the editor: save, forget the open draft, empty the forms, ``closed()``."""
        if self.correcting and self.seal_flow.correction_changed():
            self.seal_flow.ask_discard(then=self.close_editor)
            return
        session = self.session
        self.flush()
        if session is not None and self.status == "draft":
            self.context.runner.run(lambda: jobs.forget_open_draft(session), lambda _r: None,
                                    lambda _e: None, name="close-draft", essential=True)
        self._start_over()
        emit(self.closed)

    def retranslate(self) -> None:
        self.area.list_steps()

    # -- loading ----------------------------------------------------------------------

    def _start_over(self) -> None:
        """Save what is pending, stop autosave, close questions, fresh empty forms."""
        self.flush()
        self.autosave.end()
        self._ready_timer.stop()
        self._generation += 1
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.close()
            dialog.deleteLater()
        self.record_id = None
        self.status = ""
        self.correcting = self.sealing = False
        self.revision = 0
        self.base = Interview()
        self.person_base = None
        self.person_flow.reset()
        self.error.clear_message()
        self.header.busy.stop()
        self.header.save_state.setText("")
        self.area.build()
        self.person_flow.connect_step(self.area.person)
        self._chain_tabs()
        self.show_state()

    def _show_opened(self, opened: jobs.Opened) -> None:
        session = self.require_session()
        self._loading = True
        try:
            self.record_id = opened.record_id
            self.status = opened.status
            self.revision = opened.revision
            self.base = opened.interview
            self.area.load(opened.interview)
            self.area.person.set_persons(opened.persons)
            if opened.person is not None:
                linked = opened.person
                self.area.person.show_linked(linked.record_id, linked.person, linked.status)
        finally:
            self._loading = False
        self.person_base = self.area.person.person_record()
        self._chain_tabs()
        if self.status == "draft":
            self.autosave.begin(session, opened.record_id, opened.interview, self.person_base)
            self.autosave.person_editable = self.area.person.person_editable
        self.show_state()
        self.go_to(0)
        emit(self.loaded, opened.record_id)

    # -- state ------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or not self.editable:
            return
        self.error.clear_message()
        if not self.correcting:
            self.autosave.touch()
        self._ready_timer.start()

    def _chain_tabs(self) -> None:
        """Tab order: steps, the form, what is missing, the buttons (forms are made late)."""
        chain_tabs([self.area.step_list, *tab_stops(self.area.stack), self.ready.items,
                    self.ready.seal_button, *self.buttons.in_order()])

    def show_state(self) -> None:
        """Heading, banner, buttons and read-only-ness for the status of the record."""
        self.header.show_record(self.base.case_number, self.status, self.correcting)
        self.banner.show_state(self.status, self.correcting)
        self.buttons.show_state(self.status, self.correcting)
        self.buttons.show_step(self.area.current(), len(self.steps))
        for step in self.steps:
            step.set_read_only(not self.editable)
        self.area.exhibits.show_record(self.context.runner, self.session, self.record_id,
                                       self.status, self.autosave.save_now)
        self.ready.seal_button.setVisible(self.status in ("new", "draft"))
        self.ready.setVisible(self.status in ("new", "draft") or self.correcting)
        self.refresh_ready()

    def refresh_ready(self) -> None:
        if self.record_id is None:
            self.ready.show_missing([], can_seal=False)
            self.area.list_steps(frozenset())
            return
        interview = self.snapshot()[0]
        self.header.show_record(interview.case_number, self.status, self.correcting)
        missing = missing_for_seal(interview)
        can_seal = self.status in ("new", "draft") and not self.correcting and not self.sealing
        self.ready.show_missing(missing, can_seal=can_seal)
        self.buttons.save_correction_button.setEnabled(not missing)
        self.area.list_steps(frozenset(m.code for m in missing))

    def _saved(self, record_id: str, result: SavedRevision | None) -> None:
        if result is not None:
            first = self.status == "new"
            self.status = "draft"
            self.revision = result.revision
            if first:
                self.show_state()
        self.header.show_saved("draft")
        emit(self.saved, record_id)
