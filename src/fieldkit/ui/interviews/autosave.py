"""Autosave: every change is a draft revision in the vault within two seconds.

Each edit restarts a short single-shot timer (:data:`IDLE_MS`), so a pause in
typing saves at once; a second timer, started by the first unsaved edit and
never restarted (:data:`LATEST_MS`), makes sure that someone typing without a
pause is saved too. Saves run on the worker thread as *essential* tasks, so a
lock queued right behind them never cancels them. Record ids are chosen here,
not by the database, so saves can be queued back to back without waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.errors import FieldKitError
from fieldkit.services import drafts
from fieldkit.services.records import SavedRevision
from fieldkit.services.session import Session
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import TaskRunner

__all__ = ["IDLE_MS", "LATEST_MS", "Autosave", "Snapshot"]

log = logging.getLogger(__name__)

IDLE_MS = 700
LATEST_MS = 1500
Snapshot = tuple[Interview, tuple[str, Person] | None]


class _Token:
    """Marks one editing session; callbacks of an ended one are ignored."""

    def __init__(self) -> None:
        self.alive = True


class Autosave(QObject):
    saved = Signal(str, object)  # record id, SavedRevision or None (only the person changed)
    failed = Signal(object)  # FieldKitError
    saving = Signal()

    def __init__(self, runner: TaskRunner, snapshot: Callable[[], Snapshot],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._snapshot = snapshot
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(LATEST_MS)
        self._idle.timeout.connect(self.save_now)
        self._latest.timeout.connect(self.save_now)
        self._token = _Token()
        self._token.alive = False
        self._session: Session | None = None
        self.record_id = ""
        self._interview: Interview | None = None
        self._person: tuple[str, Person] | None = None
        self.person_editable = True
        self.in_flight = 0

    def begin(self, session: Session, record_id: str, interview: Interview | None,
              person: tuple[str, Person] | None) -> None:
        """Start watching ``record_id``; ``interview``/``person`` are what the vault holds."""
        self.end()
        self._token = _Token()
        self._session = session
        self.record_id = record_id
        self._interview = interview
        self._person = person
        self.person_editable = True

    def end(self) -> None:
        """Stop the timers and ignore the results of saves still queued (they still run)."""
        self._idle.stop()
        self._latest.stop()
        self._token.alive = False
        self._session = None
        self.in_flight = 0

    @property
    def active(self) -> bool:
        return self._session is not None

    @property
    def pending(self) -> bool:
        """An edit is waiting for its save to be queued."""
        return self._idle.isActive() or self._latest.isActive()

    def touch(self) -> None:
        if self._session is None:
            return
        self._idle.start()
        if not self._latest.isActive():
            self._latest.start()

    def flush(self) -> None:
        """Queue the pending save now (before a lock, a seal, another record)."""
        if self.pending:
            self.save_now()

    def changes(self) -> tuple[Interview | None, tuple[str, Person] | None]:
        """What differs from the last save queued: (interview or None, person or None)."""
        interview, person = self._snapshot()
        changed_interview = None if interview == self._interview else interview
        changed_person = None
        if person is not None and person != self._person and self.person_editable:
            changed_person = person
        return changed_interview, changed_person

    def mark_queued(self, interview: Interview | None, person: tuple[str, Person] | None) -> None:
        """Another task is storing these (the seal); do not save them again."""
        if interview is not None:
            self._interview = interview
        if person is not None:
            self._person = person

    def forget_queued(self) -> None:
        """A save failed elsewhere (the seal): the next one stores everything again."""
        self._interview = None
        self._person = None

    def save_now(self) -> None:
        self._idle.stop()
        self._latest.stop()
        session = self._session
        if session is None:
            return
        interview, person = self.changes()
        if interview is None and person is None:
            return
        self.mark_queued(interview, person)
        record_id, token = self.record_id, self._token

        def store() -> SavedRevision | None:
            return drafts.save_open_draft(session, record_id, interview, person)

        def done(result: SavedRevision | None) -> None:
            if token.alive:
                self.in_flight -= 1
                emit(self.saved, record_id, result)

        def failed(error: FieldKitError) -> None:
            log.warning("autosave failed: %s", error.code)
            if token.alive:
                self.in_flight -= 1
                self.forget_queued()  # the next edit saves everything again
                emit(self.failed, error)

        self.in_flight += 1
        emit(self.saving)
        self._runner.run(store, done, failed, name="autosave", essential=True)
