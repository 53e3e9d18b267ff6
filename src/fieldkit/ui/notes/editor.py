"""The editor half of the Notes page: one session note's fields, plain text only.

The person code is picked from the codes this profile knows (its persons and
earlier notes) or typed; the risk level comes from the closed list
``lists.risk_level`` with its labels in the UI language. Referrals reuse the
interview editor's referral rows, so both look and behave alike.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.interview import Referral
from fieldkit.domain.notes import SessionNote
from fieldkit.domain.vocabulary import closed_list
from fieldkit.textsafety import plain
from fieldkit.ui.interviews.fields import date_edit, mark, set_read_only, text_area
from fieldkit.ui.interviews.step import Rows, form_layout
from fieldkit.ui.interviews.steps.vulnerability import ReferralRow
from fieldkit.ui.signals import emit

__all__ = ["NoteEditor", "wipe"]

MAX_CODE = 100


def wipe(root: QWidget) -> None:
    """Empty every text under ``root``, undo history included (as ``interviews.area.wipe``)."""
    for edit in root.findChildren(QLineEdit):
        edit.setText("")  # unlike clear(), setText() also drops the undo history
    for area in root.findChildren(QPlainTextEdit):
        area.setPlainText("")


class NoteEditor(QWidget):
    """Person code, date, risk level, the texts and referrals; ``changed`` on every user edit."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._language = language
        self.person_code = QComboBox()
        self.person_code.setEditable(True)
        self.person_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        code_edit = self.person_code.lineEdit()
        assert code_edit is not None
        code_edit.setMaxLength(MAX_CODE)
        self.session_date = date_edit()
        self.risk_level = QComboBox()
        self.observations = text_area(12)
        self.risk_assessment = text_area(4)
        self.recommendations = text_area(4)
        self.referrals: Rows[ReferralRow] = Rows(ReferralRow)
        self.captions = [QLabel() for _ in range(7)]
        self._fields: list[QWidget] = [
            self.person_code,
            self.session_date,
            self.risk_level,
            self.observations,
            self.risk_assessment,
            self.recommendations,
            self.referrals,
        ]
        form = form_layout(above=True)
        for caption, field in zip(self.captions, self._fields, strict=True):
            form.addRow(caption, field)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addStretch(1)
        self._fill_risk_levels()
        self.person_code.editTextChanged.connect(self._on_change)
        self.session_date.textEdited.connect(self._on_change)
        self.risk_level.currentIndexChanged.connect(self._on_change)
        for edit in (self.observations, self.risk_assessment, self.recommendations):
            edit.textChanged.connect(self._on_change)
        self.referrals.changed.connect(self._on_change)
        self.retranslate()

    def _on_change(self, *_args: object) -> None:
        if not self._filling:
            emit(self.changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = (
            self.tr("Person code"),
            self.tr("Session date"),
            self.tr("Risk level"),
            self.tr("Observations"),
            self.tr("Risk assessment"),
            self.tr("Recommendations"),
            self.tr("Referrals"),
        )
        for caption, field, text in zip(self.captions, self._fields, texts, strict=True):
            mark(caption, field, text)
        self.person_code.setToolTip(self.tr("Pick a person of this profile or type a code"))
        self.referrals.set_texts(self.tr("Add a referral"), self.tr("Remove"))
        if self.risk_level.count():
            self.risk_level.setItemText(0, self.tr("(not assessed)"))

    def set_language(self, language: str) -> None:
        """Show the risk levels' labels in ``language`` (the record keeps the codes)."""
        self._language = language
        self._fill_risk_levels()

    def _fill_risk_levels(self) -> None:
        """The closed list's labels in the current language, after an empty choice."""
        self._filling = True
        current = self.risk_level.currentData()
        self.risk_level.clear()
        self.risk_level.addItem(self.tr("(not assessed)"), "")
        for term in closed_list("risk_level"):
            self.risk_level.addItem(term.label(self._language), term.code)
        found = self.risk_level.findData(current if isinstance(current, str) else "")
        self.risk_level.setCurrentIndex(max(found, 0))
        self._filling = False

    def set_people(self, codes: list[str]) -> None:
        """The codes offered in the person code list; the typed text and cursor stay."""
        shown = [plain(code) for code in codes]
        if shown == [self.person_code.itemText(i) for i in range(self.person_code.count())]:
            return  # the usual case after an autosave: nothing to disturb while typing
        edit = self.person_code.lineEdit()
        assert edit is not None
        text, cursor = edit.text(), edit.cursorPosition()
        self._filling = True
        try:
            self.person_code.clear()
            self.person_code.addItems(shown)
            self.person_code.setEditText(text)
            edit.setCursorPosition(cursor)
        finally:
            self._filling = False

    def note(self) -> SessionNote:
        """The note as the widgets show it."""
        code = self.risk_level.currentData()
        return SessionNote(
            person_code=self.person_code.currentText().strip(),
            session_date=self.session_date.text().strip(),
            observations=self.observations.toPlainText(),
            risk_level=code if isinstance(code, str) else "",
            risk_assessment=self.risk_assessment.toPlainText(),
            recommendations=self.recommendations.toPlainText(),
            referrals=tuple(
                value for value in (row.value() for row in self.referrals.rows())
                if value != Referral()
            ),
        )

    def set_note(self, note: SessionNote) -> None:
        """Show ``note`` without emitting ``changed``."""
        self._filling = True
        try:
            self.person_code.setEditText(note.person_code)
            self.session_date.setText(note.session_date)
            index = self.risk_level.findData(note.risk_level)
            if index < 0 and note.risk_level:  # a code of a newer list: keep it, show the code
                self.risk_level.addItem(plain(note.risk_level), note.risk_level)
                index = self.risk_level.count() - 1
            self.risk_level.setCurrentIndex(max(index, 0))
            self.observations.setPlainText(note.observations)
            self.risk_assessment.setPlainText(note.risk_assessment)
            self.recommendations.setPlainText(note.recommendations)
            wipe(self.referrals)
            rows = self.referrals.set_count(len(note.referrals))
            for row, referral in zip(rows, note.referrals, strict=True):
                row.set_value(referral)
        finally:
            self._filling = False

    def start_new(self) -> None:
        """An empty note dated today."""
        self.set_note(SessionNote(session_date=date.today().isoformat()))

    def set_read_only(self, read_only: bool) -> None:
        set_read_only(self, read_only)

    def reset(self) -> None:
        """Empty every field and the code list (undo histories included)."""
        self.set_note(SessionNote())
        wipe(self)
        self._filling = True
        self.person_code.clear()
        self._filling = False
