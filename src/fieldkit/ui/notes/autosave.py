"""Autosave of one session note: every change is a draft revision within about 1.5 s.

The same scheme as the interview editor's (``ui/interviews/autosave.py``), for a
single record kind: an edit restarts a short idle timer, and a second timer that
is never restarted saves someone who types without a pause. The record id is
chosen here before the first save, so saves (and a seal behind them) can be
queued back to back on the worker thread. Saves are *essential* tasks: a lock
queued behind them never cancels them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from fieldkit.domain.ids import uuid7
from fieldkit.domain.notes import SessionNote
from fieldkit.errors import FieldKitError
from fieldkit.services import notes as notes_service
from fieldkit.services.records import SavedRevision
from fieldkit.services.session import Session
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import TaskRunner

__all__ = ["IDLE_MS", "LATEST_MS", "NoteAutosave"]

log = logging.getLogger(__name__)

IDLE_MS = 700
LATEST_MS = 1500


class _Token:
    """Marks one editing session; callbacks of an ended one are ignored."""

    def __init__(self) -> None:
        self.alive = True


class NoteAutosave(QObject):
    saved = Signal(object)  # SavedRevision
    failed = Signal(object)  # FieldKitError

    def __init__(self, runner: TaskRunner, snapshot: Callable[[], SessionNote],
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
        self._queued: SessionNote | None = None
        self.record_id = ""
        self.stored = False  # a save of this note was queued (and has not failed)
        self._confirmed = False  # a save of this note succeeded

    def begin(self, session: Session, record_id: str | None, stored: SessionNote | None) -> None:
        """Watch a note: ``record_id`` None starts a new one; ``stored`` is what the vault holds."""
        self.end()
        self._token = _Token()
        self._session = session
        self.record_id = record_id or uuid7()
        self._queued = stored
        self.stored = self._confirmed = stored is not None

    def end(self) -> None:
        """Stop the timers and ignore the results of saves still queued (they still run)."""
        self._idle.stop()
        self._latest.stop()
        self._token.alive = False
        self._session = None
        self._queued = None
        self.stored = self._confirmed = False

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
        """Queue the pending save now (before a lock, a seal, another note)."""
        if self.pending:
            self.save_now()

    def save_now(self, *, force: bool = False) -> None:
        """Queue a save of what the editor shows, if it differs from the last one queued."""
        self._idle.stop()
        self._latest.stop()
        session = self._session
        if session is None:
            return
        note = self._snapshot()
        if note == self._queued and not force:
            return
        self._queued = note
        self.stored = True
        record_id, token = self.record_id, self._token

        def done(result: SavedRevision) -> None:
            if token.alive:
                self._confirmed = True
                emit(self.saved, result)

        def failed(error: FieldKitError) -> None:
            log.warning("note autosave failed: %s", error.code)
            if token.alive:
                self._queued = None  # the next edit saves everything again
                self.stored = self._confirmed
                emit(self.failed, error)

        self._runner.run(lambda: notes_service.save_note(session, note, record_id), done, failed,
                         name="note-autosave", essential=True)
