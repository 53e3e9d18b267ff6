"""Step 9, closure and follow-up (RECORD.md J), with the legal basis (K)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from fieldkit.domain.interview import Closure, Governance, Interview
from fieldkit.ui.interviews.fields import Lang, date_edit, line_edit, mark, text_area
from fieldkit.ui.interviews.step import StepForm, form_layout, watch

__all__ = ["ClosureStep"]


class ClosureStep(StepForm):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.next_steps = text_area(3)
        self.follow_up = line_edit()
        self.wishes = text_area(2)
        self.no_contact_before = date_edit()
        self.feedback = text_area(2)
        self.legal_basis = line_edit()
        self.retention = line_edit()
        self.follow_group = QGroupBox()
        self.data_group = QGroupBox()
        self._fields: tuple[QWidget, ...] = (
            self.next_steps, self.follow_up, self.wishes, self.no_contact_before, self.feedback,
            self.legal_basis, self.retention,
        )
        self._captions = [QLabel() for _ in self._fields]
        follow = form_layout(above=True)
        data = form_layout(above=True)
        for index, (caption, field) in enumerate(zip(self._captions, self._fields, strict=True)):
            (follow if index < 5 else data).addRow(caption, field)
        self.follow_group.setLayout(follow)
        self.data_group.setLayout(data)
        self.column.addWidget(self.follow_group)
        self.column.addWidget(self.data_group)
        self.column.addStretch(1)
        watch(self.changed, *self._fields)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Closure")

    def load(self, interview: Interview) -> None:
        c, g = interview.closure, interview.governance
        self.next_steps.setPlainText(c.next_steps_told)
        self.follow_up.setText(c.follow_up_channel)
        self.wishes.setPlainText(c.wishes)
        self.no_contact_before.setText(c.no_contact_before)
        self.feedback.setPlainText(c.feedback_owed)
        self.legal_basis.setText(g.legal_basis)
        self.retention.setText(g.retention)

    def apply(self, interview: Interview) -> Interview:
        closure = Closure(
            next_steps_told=self.next_steps.toPlainText(),
            follow_up_channel=self.follow_up.text(),
            wishes=self.wishes.toPlainText(),
            no_contact_before=self.no_contact_before.text(),
            feedback_owed=self.feedback.toPlainText(),
        )
        governance = Governance(self.legal_basis.text(), self.retention.text())
        return dataclasses.replace(interview, closure=closure, governance=governance)

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Before the person leaves: tell them what happens next, agree how to reach them "
            "safely, and note their wishes. Reconfirm consent on the consent step."
        ))
        self.follow_group.setTitle(self.tr("Next steps and follow-up"))
        self.data_group.setTitle(self.tr("Data protection"))
        texts = (
            self.tr("What the person was told about next steps"),
            self.tr("Agreed follow-up channel"),
            self.tr("The person's wishes"),
            self.tr("No contact before"),
            self.tr("Feedback owed to the person"),
            self.tr("Legal basis for processing"),
            self.tr("Retention"),
        )
        for caption, field, text in zip(self._captions, self._fields, texts, strict=True):
            mark(caption, field, text)
        self.legal_basis.setPlaceholderText(
            self.tr("for example GDPR Art. 9(2)(a), explicit consent")
        )
