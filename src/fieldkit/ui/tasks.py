"""The one background-task helper: a function plus callbacks, run on one worker thread.

Every piece of slow work the window asks for (key derivation, database queries,
large files) goes through :class:`TaskRunner`. The function runs on a single
worker :class:`QThread` (so database work is never concurrent); its result, its
error or its progress comes back to the GUI thread by signal and is handed to the
callbacks there. Widgets therefore never touch Qt objects from another thread and
the window never freezes.

A function that wants to report progress takes one argument, a :data:`Progress`
callable ``report(done, total)``; calling it also raises :class:`TaskCancelled`
once the task was cancelled, which is how long work stops early. A cancelled
task's callbacks are never called.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from fieldkit.errors import FieldKitError
from fieldkit.ui.signals import emit

__all__ = ["FileTrouble", "Progress", "Task", "TaskCancelled", "TaskFailed", "TaskRunner"]

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
"""``report(done, total)``: called by a task function to report how far it got."""


class TaskCancelled(FieldKitError):
    code = "operation.cancelled"

    def __init__(self) -> None:
        super().__init__("The operation was cancelled.")


class TaskFailed(FieldKitError):
    """An unexpected exception in a task: a bug, reported without its message."""

    code = "task.failed"

    def __init__(self) -> None:
        super().__init__(
            "Something went wrong inside FieldKit. Your saved work is safe; "
            "try again, and report the problem if it happens again."
        )


class FileTrouble(FieldKitError):
    """An operating-system error reading or writing files (disk full, no permission)."""

    code = "io.error"

    def __init__(self) -> None:
        super().__init__(
            "A file could not be read or written. Check that the disk has free space "
            "and try again."
        )


class Task:
    """The handle :meth:`TaskRunner.run` returns: it can cancel its task."""

    def __init__(self, name: str, *, essential: bool = False) -> None:
        self.name = name
        self.essential = essential
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Drop the callbacks; a task not yet started never runs."""
        self._cancelled.set()

    def __repr__(self) -> str:
        return f"<Task {self.name}{' cancelled' if self.cancelled else ''}>"


@dataclass(frozen=True)
class _Job:
    task: Task
    fn: Callable[..., object]
    wants_progress: bool
    on_done: Callable[[Any], None]
    on_error: Callable[[FieldKitError], None]
    on_progress: Progress | None
    on_discard: Callable[[Any], None] | None = None


def _where(exc: BaseException) -> str:
    """File, line and function of each frame: enough to find the bug, no values, no text."""
    frames = traceback.extract_tb(exc.__traceback__)
    return " <- ".join(f"{f.filename}:{f.lineno} {f.name}" for f in reversed(frames))


class _Worker(QObject):
    """Lives on the worker thread and only runs functions; never calls a callback."""

    done = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, int, int)

    @Slot(object)
    def execute(self, job: _Job) -> None:
        if job.task.cancelled:
            emit(self.failed, job, TaskCancelled())
            return

        def report(done: int, total: int) -> None:
            if job.task.cancelled:
                raise TaskCancelled()
            emit(self.progressed, job, done, total)

        try:
            result = job.fn(report) if job.wants_progress else job.fn()
        except FieldKitError as exc:
            emit(self.failed, job, exc)
        except OSError as exc:  # a full or missing disk is not a bug
            log.warning("task %s: %s (errno %s)", job.task.name, type(exc).__name__, exc.errno)
            emit(self.failed, job, FileTrouble())
        except Exception as exc:  # a bug: log where, never the message (it may hold data)
            log.error("task %s failed with %s at %s", job.task.name, type(exc).__name__,
                      _where(exc))
            emit(self.failed, job, TaskFailed())
        else:
            emit(self.done, job, result)


class TaskRunner(QObject):
    """Runs functions one at a time on its worker thread; callbacks run on the GUI thread."""

    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Task] = []
        self._thread = QThread()
        self._thread.setObjectName("fieldkit-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # never leave the thread running when the event loop ends
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        """Whether a task is queued or running."""
        return bool(self._pending)

    @overload
    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[FieldKitError], None],
        on_progress: None = None,
        *,
        name: str = "",
        essential: bool = False,
        on_discard: Callable[[T], None] | None = None,
    ) -> Task: ...

    @overload
    def run(
        self,
        fn: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[FieldKitError], None],
        on_progress: Progress,
        *,
        name: str = "",
        essential: bool = False,
        on_discard: Callable[[T], None] | None = None,
    ) -> Task: ...

    def run(
        self,
        fn: Callable[..., T],
        on_done: Callable[[T], None],
        on_error: Callable[[FieldKitError], None],
        on_progress: Progress | None = None,
        *,
        name: str = "",
        essential: bool = False,
        on_discard: Callable[[T], None] | None = None,
    ) -> Task:
        """Queue ``fn`` for the worker thread.

        ``on_done(result)`` or ``on_error(error)`` is called later on the GUI
        thread, unless the task is cancelled first. With ``on_progress``, ``fn``
        is called as ``fn(report)``. An ``essential`` task (closing a vault) is
        left alone by :meth:`cancel_all`. ``on_discard(result)`` is called instead
        of ``on_done`` when the task was cancelled but its function finished
        anyway: the place to close what it opened.
        """
        if not self._thread.isRunning():
            raise RuntimeError("the task runner was shut down")
        task = Task(name or getattr(fn, "__name__", "task"), essential=essential)
        job = _Job(task, fn, on_progress is not None, on_done, on_error, on_progress, on_discard)
        self._pending.append(task)
        if len(self._pending) == 1:
            emit(self.busy_changed, True)
        emit(self._submit, job)
        return task

    def cancel_all(self) -> None:
        """Cancel every task but the essential ones (a running one stops at its next report)."""
        for task in self._pending:
            if not task.essential:
                task.cancel()

    def shutdown(self) -> None:
        """Cancel what can be, let a running function finish, and stop the thread.

        Queued tasks may not run after this; the owner finishes essential work itself.
        """
        self.cancel_all()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    def _finish(self, job: _Job) -> bool:
        """Forget the job; whether its callbacks should still be called."""
        if job.task in self._pending:
            self._pending.remove(job.task)
            if not self._pending:
                emit(self.busy_changed, False)
        return not job.task.cancelled

    @Slot(object, object)
    def _on_done(self, job: _Job, result: object) -> None:
        if self._finish(job):
            job.on_done(result)
        elif job.on_discard is not None:
            job.on_discard(result)

    @Slot(object, object)
    def _on_failed(self, job: _Job, error: FieldKitError) -> None:
        if self._finish(job):
            job.on_error(error)

    @Slot(object, int, int)
    def _on_progress(self, job: _Job, done: int, total: int) -> None:
        if job.on_progress is not None and not job.task.cancelled:
            job.on_progress(done, total)
