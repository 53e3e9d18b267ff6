"""Choosing widgets: closed lists, yes/no answers, check boxes that wrap, languages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.domain.vocabulary import Vocabulary
from fieldkit.ui.interviews.fields import Lang
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import plain_label

__all__ = ["CheckLine", "CodeCombo", "LanguageChecks", "YesNo"]


class CheckLine(QWidget):
    """A check box whose text wraps (a plain ``QCheckBox`` never wraps and forces width).

    Clicking the text toggles the box, as with an ordinary check box.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = plain_label()
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.toggled = self.box.toggled

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.label and event.type() == QEvent.Type.MouseButtonRelease
                and self.box.isEnabled()):
            self.box.toggle()
            self.box.setFocus()
            return True
        return super().eventFilter(watched, event)


class CodeCombo(QComboBox):
    """One closed list: an empty first entry ("not recorded"), then each term in the language."""

    def __init__(self, vocab: Vocabulary, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self._lang = lang
        self.addItem("", "")
        for term in vocab:
            self.addItem(term.label(lang()), term.code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.retranslate()

    @classmethod
    def of(cls, list_name: str, lang: Lang) -> CodeCombo:
        return cls(vocabulary.closed_list(list_name), lang)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("(not recorded)"))
        for index, term in enumerate(self._vocab, start=1):
            self.setItemText(index, term.label(self._lang()))


class YesNo(QWidget):
    """A question answered yes or no: two radio buttons and, until answered, no answer at all."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QRadioButton()
        self.no = QRadioButton()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.addButton(self.yes)
        self._group.addButton(self.no)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        self.yes.toggled.connect(self._toggled)
        self.no.toggled.connect(self._toggled)
        self.retranslate()

    def _toggled(self, checked: bool) -> None:
        if checked:
            emit(self.changed)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        self._group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self._group.setExclusive(True)

    def set_question(self, question: str) -> None:
        self.setAccessibleName(question)
        for button in (self.yes, self.no):
            button.setAccessibleDescription(question)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))
        self.yes.setAccessibleName(self.tr("Yes"))
        self.no.setAccessibleName(self.tr("No"))


class LanguageChecks(QWidget):
    """Languages (codes of the closed list ``language``) as a row of check boxes."""

    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._vocab = vocabulary.closed_list("language")
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, term in enumerate(self._vocab):
            box = QCheckBox()
            box.toggled.connect(self.changed)
            self.boxes[term.code] = box
            grid.addWidget(box, index // 3, index % 3)
        self.retranslate()

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for term in self._vocab:
            self.boxes[term.code].setText(term.label(self._lang()))
