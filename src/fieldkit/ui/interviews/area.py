"""The steps of the editor: the list on the left, one form per step on the right.

The forms are thrown away and made afresh for every record and on every clear
(after their texts are wiped), so no testimony and no undo history survives in
a widget that is not on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from fieldkit.domain.interview import Interview
from fieldkit.ui.interviews.autosave import Snapshot
from fieldkit.ui.interviews.fields import Lang
from fieldkit.ui.interviews.step import StepForm
from fieldkit.ui.interviews.steps.account import AccountStep
from fieldkit.ui.interviews.steps.closure import ClosureStep
from fieldkit.ui.interviews.steps.consent import ConsentStep
from fieldkit.ui.interviews.steps.exhibits import ExhibitsStep
from fieldkit.ui.interviews.steps.incidents import IncidentsStep
from fieldkit.ui.interviews.steps.person import PersonStep
from fieldkit.ui.interviews.steps.screening import ScreeningStep
from fieldkit.ui.interviews.steps.session import SessionStep
from fieldkit.ui.interviews.steps.vulnerability import VulnerabilityStep
from fieldkit.ui.signals import emit

__all__ = ["StepArea", "wipe"]

LIST_WIDTH = 210
MAX_LIST_WIDTH = 300


def wipe(root: QWidget) -> None:
    """Empty every text under ``root``, undo history included, before it is thrown away."""
    for edit in root.findChildren(QLineEdit):
        edit.setText("")  # unlike clear(), setText() also drops the undo history
    for area in root.findChildren(QPlainTextEdit):
        area.setPlainText("")
    for label in root.findChildren(QLabel):
        label.clear()


class StepArea(QObject):
    edited = Signal()  # any edit in any step
    shown = Signal(int)  # the step now on screen
    width_changed = Signal(int)  # the step list's width, which follows the language

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.step_list = QListWidget()
        self.step_list.setFixedWidth(LIST_WIDTH)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.steps: list[StepForm] = []
        self._missing: frozenset[str] = frozenset()
        self.step_list.currentRowChanged.connect(self._row_changed)
        self.build()

    def build(self) -> None:
        """Wipe and drop the old forms; make fresh, empty ones."""
        for step in self.steps:  # decrypted exhibits and viewers go now, not at deleteLater()
            if isinstance(step, ExhibitsStep):
                step.release()
        while self.stack.count():
            old = self.stack.widget(0)
            assert old is not None
            self.stack.removeWidget(old)
            wipe(old)
            old.setParent(None)
            old.deleteLater()
        lang = self.lang
        self.screening = ScreeningStep(lang)
        self.vulnerability = VulnerabilityStep(lang)
        self.consent = ConsentStep(lang)
        self.session_step = SessionStep(lang)
        self.person = PersonStep(lang)
        self.account = AccountStep(lang)
        self.incidents = IncidentsStep(lang)
        self.exhibits = ExhibitsStep(lang)
        self.closure = ClosureStep(lang)
        self.steps = [self.screening, self.vulnerability, self.consent, self.session_step,
                      self.person, self.account, self.incidents, self.exhibits, self.closure]
        for step in self.steps:
            if step.SCROLLS:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                scroll.setWidget(step)
                self.stack.addWidget(scroll)
            else:
                self.stack.addWidget(step)
            step.changed.connect(self.edited)
        self._missing = frozenset()
        self.list_steps()
        self.go_to(0)

    def list_steps(self, missing: frozenset[str] | None = None) -> None:
        """(Re)write the step list; a step with required items missing gets an asterisk."""
        if missing is not None:
            self._missing = missing
        row = max(self.step_list.currentRow(), 0)
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(self.steps, start=1):
            lacking = bool(self._missing & set(step.CODES))
            item = QListWidgetItem(f"{number}. {step.title()}" + (" *" if lacking else ""))
            accessible = step.title() + (", " + self.tr("items missing") if lacking else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
            self.step_list.addItem(item)
        self.step_list.setCurrentRow(row)
        self.stack.setCurrentIndex(row)
        self.step_list.blockSignals(False)
        frame = 2 * self.step_list.frameWidth()
        rows = self.step_list.sizeHintForRow(0) * len(self.steps)
        self.step_list.setFixedHeight(rows + frame + 4)
        widest = max(self.step_list.sizeHintForColumn(0), 0)
        width = min(max(LIST_WIDTH, widest + frame + 12), MAX_LIST_WIDTH)
        if width != self.step_list.width():
            self.step_list.setFixedWidth(width)
            emit(self.width_changed, width)
        self.step_list.setAccessibleName(self.tr("Steps of the interview"))

    def current(self) -> int:
        return self.step_list.currentRow()

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.step_list.setCurrentRow(index)

    def go_to_item(self, code: str) -> None:
        """Show the step where the missing item ``code`` is entered and focus it."""
        for index, step in enumerate(self.steps):
            if code in step.CODES:
                self.go_to(index)
                step.focus_item(code)
                return

    def _row_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        emit(self.shown, index)

    def load(self, interview: Interview) -> None:
        for step in self.steps:
            step.load(interview)

    def snapshot(self, base: Interview) -> Snapshot:
        """``base`` with every step's part as the widgets hold it, and the person."""
        interview = base
        for step in self.steps:
            interview = step.apply(interview)
        return interview, self.person.person_record()
