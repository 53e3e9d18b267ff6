"""What the interview editor's parts share: its state, and how it runs work.

The flows (``flows.py``) and the tests reach the editor through these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QListWidget, QWidget

from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.errors import FieldKitError
from fieldkit.services.session import Session
from fieldkit.ui.interviews.area import StepArea
from fieldkit.ui.interviews.autosave import Snapshot
from fieldkit.ui.interviews.chrome import Header
from fieldkit.ui.interviews.errors import describe_error
from fieldkit.ui.interviews.step import StepForm
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.widgets import InlineMessage

__all__ = ["EditorBase"]

T = TypeVar("T")


class EditorBase(Page):
    """The record on screen and its status; the steps; guarded background work."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.record_id: str | None = None
        self.status = ""  # "" (nothing open), "new", "draft", "sealed", "withdrawn"
        self.revision = 0
        self.correcting = False
        self.sealing = False
        self.dialog: QWidget | None = None  # the question being asked, if any
        self.base = Interview()  # the record as stored; fields no step shows are kept
        self.person_base: tuple[str, Person] | None = None
        self._generation = 0
        self.area = StepArea(self.language, self)
        self.header = Header(self.language)
        self.error = InlineMessage()

    def show_error(self, text: str) -> None:
        self.error.show_message(text)
        self.header.show_saved("failed")

    def language(self) -> str:
        return self.context.translations.language

    @property
    def steps(self) -> list[StepForm]:
        return self.area.steps

    @property
    def step_list(self) -> QListWidget:
        return self.area.step_list

    def go_to(self, index: int) -> None:
        self.area.go_to(index)

    def step_by(self, delta: int) -> None:
        self.area.go_to(self.area.current() + delta)

    def snapshot(self) -> Snapshot:
        """The interview (and its person) as the widgets hold them now."""
        return self.area.snapshot(self.base)

    @property
    def editable(self) -> bool:
        return (self.status in ("new", "draft") and not self.sealing) or self.correcting

    def require_session(self) -> Session:
        if self.session is None:
            raise RuntimeError("open(session) the page before editing")
        return self.session

    def guarded(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """``callback`` unless the page moved on (another record, clear) meanwhile."""
        generation = self._generation

        def call(value: T) -> None:
            if generation == self._generation:
                callback(value)

        return call

    def _run_read(self, fn: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """A read on the worker thread behind the busy indicator; the forms wait meanwhile."""
        self.header.show_busy("opening")
        self.area.stack.setEnabled(False)

        def settle() -> None:
            self.header.busy.stop()
            self.area.stack.setEnabled(True)

        def done(value: T) -> None:
            settle()
            on_done(value)

        def failed(error: FieldKitError) -> None:
            settle()
            self.show_error(describe_error(error))

        self.context.runner.run(fn, self.guarded(done), self.guarded(failed), name="open")

