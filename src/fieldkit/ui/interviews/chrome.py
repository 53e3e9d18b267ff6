"""Around the steps: the heading with the quiet "Saved 10:42", the state banner, the buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fieldkit.domain import vocabulary
from fieldkit.textsafety import plain
from fieldkit.ui.interviews.fields import Lang
from fieldkit.ui.widgets import BusyIndicator, InlineMessage, plain_label, title_label

__all__ = ["NEXT_STEP", "PREVIOUS_STEP", "ButtonBar", "Header", "StateBanner", "arrange"]

NEXT_STEP = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown)
PREVIOUS_STEP = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp)


def arrange(page: QWidget, *, top: QWidget, left: tuple[QWidget, QWidget],
            right: tuple[QWidget, ...], bottom: QWidget) -> None:
    """Header on top; the steps and "Ready to seal?" left; the form right; buttons below."""
    left_column = QVBoxLayout()
    left_column.addWidget(left[0])
    left_column.addWidget(left[1], 1)
    left_column.addStretch(0)  # keeps the steps on top while the panel is hidden
    right_column = QVBoxLayout()
    for widget in right:
        right_column.addWidget(widget)
    right_column.setStretch(len(right) - 1, 1)
    middle = QHBoxLayout()
    middle.addLayout(left_column)
    middle.addLayout(right_column, 1)
    column = QVBoxLayout(page)
    column.addWidget(top)
    column.addLayout(middle, 1)
    column.addWidget(bottom)


class Header(QWidget):
    """ "Interview FK-2026-0003", its status, and how saving goes."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._case = ""
        self._status = ""
        self._correcting = False
        self.heading = title_label()
        self.state_label = plain_label(wrap=False)
        self.save_state = plain_label(wrap=False)
        self.busy = BusyIndicator()
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.busy.setSizePolicy(policy)
        self.busy.setMaximumWidth(220)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading, 1)
        row.addWidget(self.busy)
        row.addWidget(self.state_label)
        row.addSpacing(12)
        row.addWidget(self.save_state)

    def show_record(self, case_number: str, status: str, correcting: bool) -> None:
        self._case, self._status, self._correcting = case_number, status, correcting
        self.retranslate()

    def show_busy(self, what: str) -> None:
        del what  # one kind of wait for now
        self.busy.start(self.tr("Opening the interview…"))

    def show_saved(self, what: str) -> None:
        """ "Saved 10:42" (or "Sealed 10:42", "Correction saved 10:42")."""
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        template = {
            "sealed": self.tr("Sealed %1"),
            "corrected": self.tr("Correction saved %1"),
            "saving": self.tr("Saving…"),
            "failed": self.tr("Not saved"),
        }.get(what) or self.tr("Saved %1")
        self.save_state.setText(template.replace("%1", now))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        case = plain(self._case) if self._status not in ("", "new") else ""
        if case:
            self.heading.setText(self.tr("Interview %1").replace("%1", case))
        elif self._status == "new":
            self.heading.setText(self.tr("New interview"))
        else:
            self.heading.setText(self.tr("Interview"))
        statuses = vocabulary.closed_list("record_status")
        shown = "draft" if self._status == "new" else self._status
        state = statuses.get(shown).label(self._lang()) if statuses.has(shown) else ""
        self.state_label.setText(self.tr("Correcting") if self._correcting else state)


class StateBanner(InlineMessage):
    """Why the form cannot be edited (sealed, withdrawn), or that a correction is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._correcting = False

    def show_state(self, status: str, correcting: bool) -> None:
        self._status, self._correcting = status, correcting
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._correcting:
            self.show_message(self.tr(
                "You are correcting a sealed record. The changes become a new revision when "
                "you save the correction with a reason."
            ))
        elif self._status == "sealed":
            self.show_message(self.tr(
                "This interview is sealed and read-only. To change it, make a correction "
                "with a reason."
            ))
        elif self._status == "withdrawn":
            self.show_message(self.tr(
                "This interview was withdrawn. It is kept, but it can no longer change."
            ))
        else:
            self.clear_message()


class ButtonBar(QWidget):
    """Previous and next step on the left; correction, history and close on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prev_button = QPushButton()
        self.next_button = QPushButton()
        self.correct_button = QPushButton()
        self.cancel_correction_button = QPushButton()
        self.save_correction_button = QPushButton()
        self.history_button = QPushButton()
        self.close_button = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        for button in (self.correct_button, self.cancel_correction_button,
                       self.save_correction_button, self.history_button, self.close_button):
            row.addWidget(button)
        self.retranslate()

    def in_order(self) -> list[QWidget]:
        return [self.prev_button, self.next_button, self.correct_button,
                self.cancel_correction_button, self.save_correction_button,
                self.history_button, self.close_button]

    def show_state(self, status: str, correcting: bool) -> None:
        sealed = status == "sealed"
        self.correct_button.setVisible(sealed and not correcting)
        self.save_correction_button.setVisible(correcting)
        self.cancel_correction_button.setVisible(correcting)
        self.history_button.setEnabled(status not in ("", "new"))
        self.close_button.setEnabled(status != "")

    def show_step(self, index: int, count: int) -> None:
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        native = QKeySequence.SequenceFormat.NativeText
        self.prev_button.setText(self.tr("Previous step"))
        self.next_button.setText(self.tr("Next step"))
        self.prev_button.setToolTip(PREVIOUS_STEP.toString(native))
        self.next_button.setToolTip(NEXT_STEP.toString(native))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("History of the revisions"))
        self.correct_button.setText(self.tr("Make a correction…"))
        self.save_correction_button.setText(self.tr("Save the correction…"))
        self.cancel_correction_button.setText(self.tr("Cancel the correction"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the interview"))
