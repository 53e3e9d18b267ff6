"""What the editor does beyond typing: the person's re-interview check, sealing,
corrections and the history. Each talks to the services through the page's runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from fieldkit.domain.people import Person, PersonIdentity, match_key
from fieldkit.domain.validation import missing_for_seal
from fieldkit.errors import FieldKitError
from fieldkit.services.records import SavedRevision
from fieldkit.ui.interviews import jobs
from fieldkit.ui.interviews.chrome import ButtonBar
from fieldkit.ui.interviews.dialogs import (
    DiscardCorrection,
    ReasonDialog,
    ReinterviewWarning,
    SealConfirmation,
    describe_earlier,
)
from fieldkit.ui.interviews.errors import describe_error
from fieldkit.ui.interviews.history import HistoryDialog
from fieldkit.ui.interviews.steps.person import PersonStep
from fieldkit.ui.signals import emit

if TYPE_CHECKING:
    from fieldkit.ui.interviews.editor import InterviewEditorPage

__all__ = ["PersonFlow", "SealFlow"]


class _Flow(QObject):
    def __init__(self, page: InterviewEditorPage) -> None:
        super().__init__(page)
        self.page = page

    def _ask(self, dialog: QDialog, answered: Callable[[], None]) -> None:
        """Show ``dialog`` window-modal without a nested event loop; ``answered`` after."""
        self.page.dialog = dialog

        def finished(_result: int) -> None:
            if self.page.dialog is dialog:
                self.page.dialog = None
                answered()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _run(self, fn: Callable[[], object], on_done: Callable[[object], None], *,
             name: str, essential: bool = False) -> None:
        page = self.page

        def failed(error: FieldKitError) -> None:
            page.show_error(describe_error(error))

        page.context.runner.run(fn, page.guarded(on_done), page.guarded(failed),
                                name=name, essential=essential)


class PersonFlow(_Flow):
    """Linking a person, revealing an identity, and warning before a second interview."""

    def __init__(self, page: InterviewEditorPage) -> None:
        super().__init__(page)
        self._acknowledged: set[str] = set()

    def reset(self) -> None:
        self._acknowledged.clear()

    def connect_step(self, step: PersonStep) -> None:
        step.link_requested.connect(self.link)
        step.reveal_requested.connect(self.reveal)
        step.check_requested.connect(self.check)

    def link(self, person_id: str) -> None:
        session = self.page.require_session()

        def linked(value: object) -> None:
            assert isinstance(value, jobs.LinkedPerson)
            self.page.area.person.show_linked(value.record_id, value.person, value.status)
            self.page.autosave.person_editable = self.page.area.person.person_editable
            self.page._edited()
            self.check(value.person)

        self._run(lambda: jobs.link_person(session, person_id), linked, name="link-person")

    def reveal(self, person_id: str) -> None:
        session = self.page.require_session()

        def revealed(value: object) -> None:
            assert isinstance(value, PersonIdentity)
            self.page.area.person.show_identity(value)

        self._run(lambda: jobs.reveal(session, person_id), revealed, name="reveal",
                  essential=True)  # the reveal writes to the audit chain

    def check(self, person: object) -> None:
        """Look for earlier interviews of ``person`` (same name and date of birth)."""
        page = self.page
        if not isinstance(person, Person) or not page.editable or page.correcting:
            return
        session = page.require_session()
        exclude = page.record_id or ""
        key = match_key(person)

        def found(value: object) -> None:
            assert isinstance(value, list)
            lang = page.context.translations.language
            page.area.person.show_earlier("\n".join(describe_earlier(e, lang) for e in value))
            if value and key not in self._acknowledged:
                self._warn(value, key)

        self._run(lambda: jobs.earlier_interviews(session, person, exclude), found,
                  name="earlier-interviews")

    def _warn(self, earlier: list[jobs.Earlier], key: str | None) -> None:
        page = self.page
        warning = ReinterviewWarning(page, earlier, page.context.translations.language)

        def answered() -> None:
            if warning.clickedButton() is warning.continue_button:
                if key is not None:
                    self._acknowledged.add(key)
            else:
                page.go_to(0)
                page.area.screening.decision.setFocus()

        self._ask(warning, answered)


class SealFlow(_Flow):
    """Seal (confirmed), correct (with a reason), and show the revisions."""

    def connect_buttons(self, buttons: ButtonBar) -> None:
        buttons.history_button.clicked.connect(self.show_history)
        buttons.correct_button.clicked.connect(self.start_correction)
        buttons.save_correction_button.clicked.connect(self.ask_reason)
        buttons.cancel_correction_button.clicked.connect(self.cancel_correction)

    def ask_to_seal(self) -> None:
        page = self.page
        if page.status not in ("new", "draft") or page.correcting or page.sealing:
            return
        interview, _person = page.snapshot()
        if missing_for_seal(interview):
            page.refresh_ready()
            page.show_error(describe_error(FieldKitError("", code="record.not_ready")))
            return
        box = SealConfirmation(page, interview.case_number)
        self._ask(box, lambda: self._seal() if box.clickedButton() is box.seal_button else None)

    def _seal(self) -> None:
        page = self.page
        session = page.require_session()
        record_id = page.record_id
        assert record_id is not None
        interview, person = page.autosave.changes()
        page.autosave.mark_queued(interview, person)
        page.sealing = True
        page.show_state()

        def sealed(value: object) -> None:
            assert isinstance(value, SavedRevision)
            page.autosave.end()
            page.sealing = False
            page.status = "sealed"
            page.revision = value.revision
            page.base = page.snapshot()[0]
            page.show_state()
            page.header.show_saved("sealed")
            emit(page.saved, record_id)

        def failed(error: FieldKitError) -> None:
            page.sealing = False
            page.autosave.forget_queued()
            page.show_state()
            page.show_error(describe_error(error))

        page.context.runner.run(
            lambda: jobs.seal(session, record_id, interview, person),
            page.guarded(sealed), page.guarded(failed), name="seal", essential=True,
        )

    # -- corrections ----------------------------------------------------------------

    def start_correction(self) -> None:
        page = self.page
        if page.status != "sealed":
            return
        page.correcting = True
        page.show_state()

    def correction_changed(self) -> bool:
        interview, person = self.page.snapshot()
        return interview != self.page.base or person != self.page.person_base

    def ask_reason(self) -> None:
        page = self.page
        if not page.correcting:
            return
        dialog = ReasonDialog(page)
        self._ask(dialog, lambda: self._correct(dialog.reason())
                  if dialog.result() == QDialog.DialogCode.Accepted else None)

    def _correct(self, reason: str) -> None:
        page = self.page
        session = page.require_session()
        record_id = page.record_id
        assert record_id is not None
        interview, person = page.snapshot()
        changed_person = person if person != page.person_base else None

        def corrected(value: object) -> None:
            assert isinstance(value, SavedRevision)
            page.correcting = False
            page.revision = value.revision
            page.base = interview
            page.person_base = person
            page.show_state()
            page.header.show_saved("corrected")
            emit(page.saved, record_id)

        self._run(lambda: jobs.correct(session, record_id, interview, changed_person, reason),
                  corrected, name="correct", essential=True)

    def cancel_correction(self) -> None:
        if self.correction_changed():
            self.ask_discard(then=None)
        else:
            self.page.correcting = False
            self.page.show_state()

    def ask_discard(self, then: Callable[[], None] | None) -> None:
        page = self.page
        box = DiscardCorrection(page)

        def answered() -> None:
            if box.clickedButton() is not box.discard_button:
                return
            record_id = page.record_id
            page.correcting = False
            if then is not None:
                then()
            elif record_id is not None:
                page.edit(record_id)  # show the sealed record as it is stored

        self._ask(box, answered)

    # -- history --------------------------------------------------------------------

    def show_history(self) -> None:
        page = self.page
        session = page.require_session()
        record_id = page.record_id
        if record_id is None:
            return

        def shown(value: object) -> None:
            assert isinstance(value, list)
            dialog = HistoryDialog(page, value, page.context.translations.language,
                                   session.info.display_name)
            self._ask(dialog, lambda: None)

        self._run(lambda: jobs.history(session, record_id), shown, name="history")
