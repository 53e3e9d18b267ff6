"""Step 4, the session and the people present (RECORD.md E)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldkit.domain.interview import Break, Interpreter, Interview, Participant
from fieldkit.ui.interviews.choices import CheckLine, CodeCombo, LanguageChecks
from fieldkit.ui.interviews.fields import Lang, date_edit, line_edit, mark, text_area, time_edit
from fieldkit.ui.interviews.step import Rows, StepForm, form_layout, watch
from fieldkit.ui.interviews.steps.rows import BreakRow, ParticipantRow

__all__ = ["SessionStep"]


class SessionStep(StepForm):
    CODES = ("session.date", "session.location_type", "session.city", "session.present")

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.date = date_edit()
        self.today = QPushButton()
        self.today.clicked.connect(lambda: self.date.setText(date.today().isoformat()))
        self.start = time_edit()
        self.end = time_edit()
        self.breaks: Rows[BreakRow] = Rows(BreakRow)
        self.location_type = CodeCombo.of("location_type", lang)
        self.city = line_edit()
        self.address = line_edit()
        self.present: Rows[ParticipantRow] = Rows(lambda: ParticipantRow(lang))
        self.languages = LanguageChecks(lang)
        self.recording = CodeCombo.of("recording_method", lang)
        self.read_back = CheckLine()
        self.corrections = text_area(2)
        self.copy_given = CheckLine()
        self.interpreter_name = line_edit()
        self.interpreter_languages = LanguageChecks(lang)
        self.interpreter_relationship = line_edit()
        self.interpreter_undertaking = CheckLine()

        date_row = QWidget()
        dates = QHBoxLayout(date_row)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.date)
        dates.addWidget(self.today)
        dates.addStretch(1)
        self.when_group = QGroupBox()
        self.where_group = QGroupBox()
        self.who_group = QGroupBox()
        self.interpreter_group = QGroupBox()
        self.record_group = QGroupBox()
        self._fields: list[QWidget] = [
            self.date, self.start, self.end, self.breaks,
            self.location_type, self.city, self.address,
            self.interpreter_name, self.interpreter_languages, self.interpreter_relationship,
            self.languages, self.recording, self.corrections,
        ]
        self._captions = {id(field): QLabel() for field in self._fields}
        layout_of = (
            (self.when_group, (date_row, self.start, self.end, self.breaks)),
            (self.where_group, (self.location_type, self.city, self.address)),
            (self.who_group, ()),
            (self.interpreter_group, (self.interpreter_name, self.interpreter_languages,
                                      self.interpreter_relationship)),
            (self.record_group, (self.languages, self.recording, self.corrections)),
        )
        for group, fields in layout_of:
            form = form_layout()
            for field in fields:
                key = self.date if field is date_row else field
                form.addRow(self._captions[id(key)], field)
            group.setLayout(form)
            self.column.addWidget(group)
        who = self.who_group.layout()
        assert who is not None
        who.addWidget(self.present)
        interpreter_form = self.interpreter_group.layout()
        assert interpreter_form is not None
        interpreter_form.addWidget(self.interpreter_undertaking)
        record_form = self.record_group.layout()
        assert record_form is not None
        record_form.addWidget(self.read_back)
        record_form.addWidget(self.copy_given)
        self.column.addStretch(1)
        watch(self.changed, *self._fields, self.present, self.read_back, self.copy_given,
              self.interpreter_undertaking)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Session and people present")

    def load(self, interview: Interview) -> None:
        s = interview.session
        self.date.setText(s.date)
        self.start.setText(s.start_time)
        self.end.setText(s.end_time)
        for row, value in zip(self.breaks.set_count(len(s.breaks)), s.breaks, strict=True):
            row.set_value(value)
        self.location_type.set_code(s.location_type)
        self.city.setText(s.city)
        self.address.setText(s.address)
        for p_row, person in zip(self.present.set_count(len(s.present)), s.present, strict=True):
            p_row.set_value(person)
        interpreter = s.interpreter or Interpreter()
        self.interpreter_name.setText(interpreter.name)
        self.interpreter_languages.set_codes(interpreter.languages)
        self.interpreter_relationship.setText(interpreter.relationship)
        self.interpreter_undertaking.setChecked(interpreter.confidentiality_undertaking)
        self.languages.set_codes(s.languages)
        self.recording.set_code(s.recording_method)
        self.read_back.setChecked(s.read_back)
        self.corrections.setPlainText(s.corrections)
        self.copy_given.setChecked(s.copy_given)

    def apply(self, interview: Interview) -> Interview:
        interpreter: Interpreter | None = Interpreter(
            name=self.interpreter_name.text().strip(),
            languages=self.interpreter_languages.codes(),
            relationship=self.interpreter_relationship.text(),
            confidentiality_undertaking=self.interpreter_undertaking.isChecked(),
        )
        if interpreter == Interpreter():
            interpreter = None
        session = dataclasses.replace(
            interview.session,
            date=self.date.text(),
            start_time=self.start.text(),
            end_time=self.end.text(),
            breaks=tuple(v for v in (row.value() for row in self.breaks.rows()) if v != Break()),
            location_type=self.location_type.code(),
            city=self.city.text().strip(),
            address=self.address.text(),
            present=tuple(
                value for value in (row.value() for row in self.present.rows())
                if value != Participant()
            ),
            interpreter=interpreter,
            languages=self.languages.codes(),
            recording_method=self.recording.code(),
            read_back=self.read_back.isChecked(),
            corrections=self.corrections.toPlainText(),
            copy_given=self.copy_given.isChecked(),
        )
        return dataclasses.replace(interview, session=session)

    def focus_item(self, code: str) -> None:
        targets: dict[str, QWidget] = {
            "session.date": self.date,
            "session.location_type": self.location_type,
            "session.city": self.city,
            "session.present": self.present.add_button,
        }
        targets.get(code, self.date).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Record when and where the interview took place and everyone in the room. "
            "The exact address stays out of anything shared."
        ))
        self.today.setText(self.tr("Today"))
        self.when_group.setTitle(self.tr("When"))
        self.where_group.setTitle(self.tr("Where"))
        self.who_group.setTitle(self.tr("Who was present") + " *")
        self.interpreter_group.setTitle(self.tr("Interpreter"))
        self.record_group.setTitle(self.tr("Languages and recording"))
        texts: dict[int, tuple[str, bool]] = {
            id(self.date): (self.tr("Date"), True),
            id(self.start): (self.tr("Started"), False),
            id(self.end): (self.tr("Ended"), False),
            id(self.breaks): (self.tr("Breaks"), False),
            id(self.location_type): (self.tr("Location type"), True),
            id(self.city): (self.tr("City"), True),
            id(self.address): (self.tr("Exact address (never shared)"), False),
            id(self.interpreter_name): (self.tr("Name"), False),
            id(self.interpreter_languages): (self.tr("Languages"), False),
            id(self.interpreter_relationship): (
                self.tr("Relationship to the person or community"), False),
            id(self.languages): (self.tr("Languages used"), False),
            id(self.recording): (self.tr("Recorded by"), False),
            id(self.corrections): (self.tr("Corrections after reading back"), False),
        }
        for field in self._fields:
            text, required = texts[id(field)]
            mark(self._captions[id(field)], field, text, required=required)
        self.breaks.set_texts(self.tr("Add a break"), self.tr("Remove"))
        self.present.set_texts(self.tr("Add a person present"), self.tr("Remove"))
        self.present.setAccessibleName(self.tr("People present"))
        self.interpreter_undertaking.setText(self.tr("Signed a confidentiality undertaking"))
        self.read_back.setText(self.tr("The account was read back to the person"))
        self.copy_given.setText(self.tr("The person was given a copy"))
