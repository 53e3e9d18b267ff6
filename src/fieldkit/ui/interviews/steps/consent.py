"""Step 3, informed consent (RECORD.md D): each scope a clear yes or no, with its time."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from fieldkit.domain import vocabulary
from fieldkit.domain.ids import utc_now
from fieldkit.domain.interview import Consent, ConsentScope, Interview
from fieldkit.domain.vocabulary import Term
from fieldkit.ui.interviews.choices import CheckLine, CodeCombo, YesNo
from fieldkit.ui.interviews.fields import Lang, line_edit, local_time, mark
from fieldkit.ui.interviews.step import StepForm, form_layout, watch
from fieldkit.ui.widgets import InlineMessage, plain_label

__all__ = ["ConsentStep", "ScopeRow"]


class ScopeRow:
    """One consent scope: its label, Yes and No, and when it was answered."""

    def __init__(self, term: Term) -> None:
        self.term = term
        self.required = bool(term.extra.get("required", False))
        self.label = plain_label()
        self.answer = YesNo()
        self.time = plain_label(wrap=False)
        self.at = ""


class ConsentStep(StepForm):
    CODES = ("consent.participation", "consent.explained", "consent.method")

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.explained_group = QGroupBox()
        self.explained = {term.code: CheckLine() for term in vocabulary.consent_explanations()}
        checklist = QVBoxLayout()
        for box in self.explained.values():
            checklist.addWidget(box)
        self.explained_group.setLayout(checklist)

        self.scopes_group = QGroupBox()
        self.scopes = {term.code: ScopeRow(term) for term in vocabulary.consent_scopes()}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for index, row in enumerate(self.scopes.values()):
            grid.addWidget(row.label, index, 0)
            grid.addWidget(row.answer, index, 1)
            grid.addWidget(row.time, index, 2)
            row.answer.changed.connect(lambda row=row: self._answered(row))
            row.answer.changed.connect(self.changed)
        self.scopes_group.setLayout(grid)
        self.refused = InlineMessage()

        self.language = CodeCombo.of("language", lang)
        self.interpreter_used = CheckLine()
        self.method = CodeCombo.of("consent_method", lang)
        self.witness = line_edit()
        self.pseudonym_requested = CheckLine()
        self.safe_channel = line_edit()
        self.reconfirmed = CheckLine()
        self.withdrawals = plain_label()
        self.how_group = QGroupBox()
        how = form_layout()
        self._captions = [QLabel() for _ in range(4)]
        fields: tuple[QWidget, ...] = (self.language, self.method, self.witness, self.safe_channel)
        for caption, field in zip(self._captions, fields, strict=True):
            how.addRow(caption, field)
        how.insertRow(1, self.interpreter_used)
        how.addRow(self.pseudonym_requested)
        how.addRow(self.reconfirmed)
        self.how_group.setLayout(how)

        self.column.addWidget(self.explained_group)
        self.column.addWidget(self.scopes_group)
        self.column.addWidget(self.refused)
        self.column.addWidget(self.how_group)
        self.column.addWidget(self.withdrawals)
        self.column.addStretch(1)
        watch(self.changed, *self.explained.values(), *fields, self.interpreter_used,
              self.pseudonym_requested, self.reconfirmed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Consent")

    def _answered(self, row: ScopeRow) -> None:
        row.at = utc_now()
        self._show_time(row)
        self._show_refusal()

    def _show_time(self, row: ScopeRow) -> None:
        row.time.setText(self.tr("answered %1").replace("%1", local_time(row.at)) if row.at else "")

    def _show_refusal(self) -> None:
        if self.scopes["participation"].answer.value() is False:
            self.refused.show_message(self.tr(
                "The person has not consented to participate. Do not continue the interview; "
                "this record cannot be sealed."
            ))
        else:
            self.refused.clear_message()

    def load(self, interview: Interview) -> None:
        consent = interview.consent
        for code, box in self.explained.items():
            box.setChecked(code in consent.explained)
        answers = {answer.scope: answer for answer in consent.scopes}  # the last answer wins
        for code, row in self.scopes.items():
            answer = answers.get(code)
            row.answer.set_value(None if answer is None else answer.granted)
            row.at = "" if answer is None else answer.at
            self._show_time(row)
        self._show_refusal()
        self.language.set_code(consent.language)
        self.interpreter_used.setChecked(consent.interpreter_used)
        self.method.set_code(consent.method)
        self.witness.setText(consent.witness)
        self.pseudonym_requested.setChecked(consent.pseudonym_requested)
        self.safe_channel.setText(consent.safe_channel)
        self.reconfirmed.setChecked(consent.reconfirmed_at_end)
        self._show_withdrawals(consent)

    def _show_withdrawals(self, consent: Consent) -> None:
        lines = []
        for withdrawal in consent.withdrawals:
            scopes = ", ".join(
                self.scopes[s].term.label(self.lang()) if s in self.scopes else s
                for s in withdrawal.scopes
            )
            lines.append(
                self.tr("Withdrawn %1: %2")
                .replace("%1", local_time(withdrawal.at, with_date=True))
                .replace("%2", scopes)
            )
        self.withdrawals.setText("\n".join(lines))
        self.withdrawals.setVisible(bool(lines))

    def apply(self, interview: Interview) -> Interview:
        scopes = tuple(
            ConsentScope(code, bool(row.answer.value()), row.at)
            for code, row in self.scopes.items()
            if row.answer.value() is not None
        )
        consent = dataclasses.replace(
            interview.consent,
            explained=tuple(code for code, box in self.explained.items() if box.isChecked()),
            scopes=scopes,
            language=self.language.code(),
            interpreter_used=self.interpreter_used.isChecked(),
            method=self.method.code(),
            witness=self.witness.text(),
            pseudonym_requested=self.pseudonym_requested.isChecked(),
            safe_channel=self.safe_channel.text(),
            reconfirmed_at_end=self.reconfirmed.isChecked(),
        )
        return dataclasses.replace(interview, consent=consent)

    def focus_item(self, code: str) -> None:
        if code == "consent.participation":
            self.scopes["participation"].answer.yes.setFocus()
        elif code == "consent.explained":
            next(iter(self.explained.values())).setFocus()
        else:
            self.method.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        lang = self.lang()
        self.hint.setText(self.tr(
            "Explain each point, then ask about each use separately. Every answer is a clear "
            "yes or no and is recorded with its time. The person may stop or withdraw at any "
            "moment."
        ))
        self.explained_group.setTitle(self.tr("What was explained") + " *")
        self.explained_group.setToolTip(self.tr("Tick each point once you have explained it."))
        for term in vocabulary.consent_explanations():
            self.explained[term.code].setText(term.label(lang))
        self.scopes_group.setTitle(self.tr("The person agrees to"))
        for row in self.scopes.values():
            text = row.term.label(lang)
            row.label.setText(text + (" *" if row.required else ""))
            row.answer.set_question(text)
            if row.required:
                row.answer.setAccessibleDescription(self.tr("Required before sealing"))
            self._show_time(row)
        self.how_group.setTitle(self.tr("How consent was given"))
        texts = (
            (self.tr("Language of the explanation"), False),
            (self.tr("Method"), True),
            (self.tr("Witness to the consent"), False),
            (self.tr("Safe channel for follow-up"), False),
        )
        fields: tuple[QWidget, ...] = (self.language, self.method, self.witness, self.safe_channel)
        for caption, field, (text, required) in zip(self._captions, fields, texts, strict=True):
            mark(caption, field, text, required=required)
        self.interpreter_used.setText(self.tr("An interpreter helped with the explanation"))
        self.pseudonym_requested.setText(self.tr("The person asks to be named by a pseudonym"))
        self.reconfirmed.setText(self.tr("Consent reconfirmed at the end of the interview"))
        self._show_refusal()
