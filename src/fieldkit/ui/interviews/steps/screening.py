"""Step 1, screening before the interview (RECORD.md B), with the case number."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from fieldkit.domain.interview import Interview, PriorAccount, Screening
from fieldkit.ui.interviews.choices import CodeCombo
from fieldkit.ui.interviews.fields import Lang, line_edit, mark, text_area
from fieldkit.ui.interviews.step import Row, Rows, StepForm, form_layout, watch

__all__ = ["PriorAccountRow", "ScreeningStep"]


class PriorAccountRow(Row):
    """An account the person already gave: to whom, when, and a note."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient = CodeCombo.of("prior_account_recipient", lang)
        self.when = line_edit()
        self.note = line_edit()
        self._captions = [QLabel() for _ in range(3)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (caption, field) in enumerate(
            zip(self._captions, (self.recipient, self.when, self.note), strict=True)
        ):
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
        grid.setColumnStretch(2, 1)
        watch(self.changed, self.recipient, self.when, self.note)
        self.retranslate()

    def value(self) -> PriorAccount:
        return PriorAccount(self.recipient.code(), self.when.text().strip(), self.note.text())

    def set_value(self, value: PriorAccount) -> None:
        self.recipient.set_code(value.recipient)
        self.when.setText(value.when)
        self.note.setText(value.note)

    def retranslate(self) -> None:
        texts = (self.tr("To whom"), self.tr("When"), self.tr("Note"))
        for caption, field, text in zip(
            self._captions, (self.recipient, self.when, self.note), texts, strict=True
        ):
            mark(caption, field, text)
        self.when.setPlaceholderText(self.tr("for example 2023-05"))


class ScreeningStep(StepForm):
    CODES = ("case_number", "screening.decision")

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.case_number = line_edit()
        self.purpose = CodeCombo.of("interview_purpose", lang)
        self.prior_accounts: Rows[PriorAccountRow] = Rows(lambda: PriorAccountRow(lang))
        self.risks_to_person = text_area(3)
        self.risks_to_relatives = text_area(3)
        self.decision = CodeCombo.of("screening_decision", lang)
        self._captions = [QLabel() for _ in range(6)]
        form = form_layout()
        fields: tuple[QWidget, ...] = (
            self.case_number,
            self.purpose,
            self.prior_accounts,
            self.risks_to_person,
            self.risks_to_relatives,
            self.decision,
        )
        for caption, field in zip(self._captions, fields, strict=True):
            form.addRow(caption, field)
        self.column.addLayout(form)
        self.column.addStretch(1)
        watch(self.changed, *fields)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Screening")

    def load(self, interview: Interview) -> None:
        s = interview.screening
        self.case_number.setText(interview.case_number)
        self.purpose.set_code(s.purpose)
        for row, prior in zip(
            self.prior_accounts.set_count(len(s.prior_accounts)), s.prior_accounts, strict=True
        ):
            row.set_value(prior)
        self.risks_to_person.setPlainText(s.risks_to_person)
        self.risks_to_relatives.setPlainText(s.risks_to_relatives)
        self.decision.set_code(s.decision)

    def apply(self, interview: Interview) -> Interview:
        priors = tuple(
            value
            for value in (row.value() for row in self.prior_accounts.rows())
            if value != PriorAccount()
        )
        screening = Screening(
            purpose=self.purpose.code(),
            prior_accounts=priors,
            risks_to_person=self.risks_to_person.toPlainText(),
            risks_to_relatives=self.risks_to_relatives.toPlainText(),
            decision=self.decision.code(),
        )
        return dataclasses.replace(
            interview, case_number=self.case_number.text().strip(), screening=screening
        )

    def focus_item(self, code: str) -> None:
        (self.case_number if code == "case_number" else self.decision).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Before you begin: has the person already given an account, and to whom? "
            "Repeated interviews re-traumatise and weaken the evidence. Decide whether "
            "to proceed, defer or only refer."
        ))
        texts = (
            (self.tr("Case number"), True),
            (self.tr("Purpose"), False),
            (self.tr("Accounts already given"), False),
            (self.tr("Risks to the person"), False),
            (self.tr("Risks to relatives in occupied areas"), False),
            (self.tr("Decision"), True),
        )
        fields: tuple[QWidget, ...] = (
            self.case_number,
            self.purpose,
            self.prior_accounts,
            self.risks_to_person,
            self.risks_to_relatives,
            self.decision,
        )
        for caption, field, (text, required) in zip(self._captions, fields, texts, strict=True):
            mark(caption, field, text, required=required)
        self.prior_accounts.set_texts(self.tr("Add an earlier account"), self.tr("Remove"))
