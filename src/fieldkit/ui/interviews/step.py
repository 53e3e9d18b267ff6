"""What every step of the editor is (:class:`StepForm`), and repeating rows (:class:`Rows`)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.interview import Interview
from fieldkit.ui.interviews.choices import CheckLine, LanguageChecks, YesNo
from fieldkit.ui.interviews.fields import Lang, quiet_label, set_read_only
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import title_label

__all__ = ["Row", "Rows", "StepForm", "chain_tabs", "form_layout", "tab_stops", "watch"]


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in the order they are laid out."""
    window = root.window()
    return [
        widget for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is window  # not the pop-up list of a combo box
        and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
    ]


def chain_tabs(widgets: list[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def watch(target: SignalInstance, *widgets: QWidget) -> None:
    """Relay every edit of ``widgets`` to the signal ``target`` (signal to signal, no emit)."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(target)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(target)
        elif isinstance(widget, QCheckBox | CheckLine):
            widget.toggled.connect(target)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(target)
        elif isinstance(widget, YesNo | LanguageChecks | Rows):
            widget.changed.connect(target)
        else:  # pragma: no cover - a programming error
            raise TypeError(f"cannot watch {type(widget).__name__}")


def form_layout(*, above: bool = True) -> QFormLayout:
    """A form with each caption above its field: long captions and translations never
    squeeze the field (``above=False``: caption beside the field, for short forms)."""
    form = QFormLayout()
    form.setRowWrapPolicy(
        QFormLayout.RowWrapPolicy.WrapAllRows if above else QFormLayout.RowWrapPolicy.WrapLongRows
    )
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class StepForm(QWidget):
    """One step of the guided flow: it fills itself from an interview and writes back to one.

    ``changed`` fires on every edit the user makes. ``CODES`` are the codes of
    :func:`fieldkit.domain.validation.missing_for_seal` this step is where to fix.
    """

    changed = Signal()
    SCROLLS: ClassVar[bool] = True
    CODES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.heading = title_label()
        self.hint = quiet_label()
        self.column = QVBoxLayout(self)
        self.column.setSpacing(10)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.hint)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, interview: Interview) -> None:
        """Show ``interview`` (called with change signals ignored by the page)."""

    def apply(self, interview: Interview) -> Interview:
        """``interview`` with this step's part replaced by what the widgets hold."""
        return interview

    def set_read_only(self, read_only: bool) -> None:
        """Make the step read-only or editable again (steps refine what stays disabled)."""
        set_read_only(self, read_only)

    def focus_item(self, code: str) -> None:
        """Put the keyboard focus where the missing item ``code`` is entered."""
        del code
        self.focusNextChild()

    def retranslate(self) -> None:
        self.heading.setText(self.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Row(QWidget):
    """One entry of a repeating list (a prior account, a referral, a person present ...)."""

    changed = Signal()

    def retranslate(self) -> None:
        """Set the row's texts again."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


R = TypeVar("R", bound=Row)


class Rows(QWidget, Generic[R]):
    """Zero or more rows made by ``factory``, each removable, and an "Add" button."""

    changed = Signal()

    def __init__(
        self, factory: Callable[[], R], *, stacked: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._stacked = stacked  # big rows: the Remove button goes under the row
        self._rows: list[tuple[R, QFrame, QPushButton]] = []
        self._add_text = ""
        self._remove_text = ""
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._list)
        column.addLayout(buttons)

    def rows(self) -> list[R]:
        return [row for row, _frame, _button in self._rows]

    def add(self) -> R:
        row = self._factory()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        remove = QPushButton(self._remove_text)
        remove.setAccessibleName(self._remove_text)
        if self._stacked:
            column = QVBoxLayout(frame)
            column.setContentsMargins(6, 6, 6, 6)
            column.addWidget(row)
            below = QHBoxLayout()
            below.addStretch(1)
            below.addWidget(remove)
            column.addLayout(below)
        else:
            line = QHBoxLayout(frame)
            line.setContentsMargins(6, 6, 6, 6)
            line.addWidget(row, 1)
            line.addWidget(remove, 0, Qt.AlignmentFlag.AlignBottom)
        previous = self.add_button.previousInFocusChain()
        self._list.addWidget(frame)
        self._rows.append((row, frame, remove))
        if previous is not None:  # not at the end of the window's chain
            chain_tabs([previous, *tab_stops(frame), self.add_button])
        row.changed.connect(self.changed)
        remove.clicked.connect(lambda: self.remove(row))
        return row

    def remove(self, row: R) -> None:
        for entry in self._rows:
            if entry[0] is row:
                self._rows.remove(entry)
                entry[1].setParent(None)
                entry[1].deleteLater()
                emit(self.changed)
                return

    def set_count(self, count: int) -> list[R]:
        """Exactly ``count`` rows (new ones empty); used when loading a record."""
        while len(self._rows) > count:
            _row, frame, _button = self._rows.pop()
            frame.setParent(None)
            frame.deleteLater()
        while len(self._rows) < count:
            self.add()
        return self.rows()

    def set_texts(self, add: str, remove: str) -> None:
        self._add_text, self._remove_text = add, remove
        self.add_button.setText(add)
        self.add_button.setAccessibleName(add)
        for _row, _frame, button in self._rows:
            button.setText(remove)
            button.setAccessibleName(remove)

    def _add_clicked(self) -> None:
        row = self.add()
        for child in row.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                child.setFocus()
                break
        emit(self.changed)
