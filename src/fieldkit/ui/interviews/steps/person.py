"""Step 5, the person: link someone already recorded, or create them (RECORD.md F).

A new person gets its id here, so the person and the interview that points to
it are saved together in one background job. A linked person's identity stays
hidden until "Show identity details" (the page writes each reveal to the audit
chain through ``people.reveal_identity``).
"""

from __future__ import annotations

import dataclasses
import secrets

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.domain.ids import uuid7
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person, PersonIdentity, PersonProfile, match_key
from fieldkit.services.people import PersonSummary
from fieldkit.textsafety import plain
from fieldkit.ui.interviews.fields import KEEP_ENABLED, Lang, line_edit, mark, set_read_only
from fieldkit.ui.interviews.step import StepForm, form_layout, watch
from fieldkit.ui.interviews.steps.person_fields import IdentityGroup, ProfileGroup
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import InlineMessage, plain_label

__all__ = ["PersonStep", "new_person_code"]

_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_person_code() -> str:
    """A pseudonymous code such as ``P-7KX2QM`` (no name, no date: nothing to recognise)."""
    return "P-" + "".join(secrets.choice(_CODE_LETTERS) for _ in range(6))


class PersonStep(StepForm):
    CODES = ("person",)
    link_requested = Signal(str)  # the id of a person already recorded
    reveal_requested = Signal(str)
    check_requested = Signal(object)  # a Person whose name and birth date may match

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.person_id = ""
        self.is_new = True
        self.person_editable = True
        self._stored: Person | None = None
        self._revealed = True
        self._checked_key: str | None = None

        self.choice_group = QGroupBox()
        self.new_radio = QRadioButton()
        self.linked_radio = QRadioButton()
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.new_radio)
        self._choice.addButton(self.linked_radio)
        self.persons = QComboBox()
        self.persons.setEnabled(False)
        self.persons.setMinimumContentsLength(16)
        self.code = line_edit()
        self._code_caption = QLabel()
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked_radio)
        linked_row.addWidget(self.persons, 1)
        choice = QVBoxLayout()
        choice.addWidget(self.new_radio)
        choice.addLayout(linked_row)
        code_form = form_layout(above=False)
        code_form.addRow(self._code_caption, self.code)
        choice.addLayout(code_form)
        self.choice_group.setLayout(choice)

        self.earlier = InlineMessage()
        self.identity = IdentityGroup(lang)
        self.hidden_note = plain_label()
        self.reveal_button = QPushButton()
        self.reveal_button.setProperty(KEEP_ENABLED, True)
        self.hidden_box = QWidget()
        hidden = QHBoxLayout(self.hidden_box)
        hidden.setContentsMargins(0, 0, 0, 0)
        hidden.addWidget(self.hidden_note, 1)
        hidden.addWidget(self.reveal_button)
        self.profile = ProfileGroup(lang)

        self.column.addWidget(self.choice_group)
        self.column.addWidget(self.earlier)
        self.column.addSpacing(8)
        self.column.addWidget(self.hidden_box)
        self.column.addWidget(self.identity)
        self.column.addSpacing(16)
        self.column.addWidget(self.profile)
        self.column.addStretch(1)

        watch(self.changed, self.code)
        self.identity.changed.connect(self.changed)
        self.profile.changed.connect(self.changed)
        self.new_radio.clicked.connect(self._new_clicked)
        self.linked_radio.toggled.connect(self.persons.setEnabled)
        self.persons.activated.connect(self._person_chosen)
        self.reveal_button.clicked.connect(lambda: emit(self.reveal_requested, self.person_id))
        for edit in self.identity.name_edits():
            edit.editingFinished.connect(self._maybe_check)
        self.start_new()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Person")

    # -- state ------------------------------------------------------------------------

    def start_new(self) -> None:
        """A new, empty person with a fresh id and code."""
        self.person_id = uuid7()
        self.is_new = True
        self._stored = None
        self._revealed = True
        self._checked_key = None
        self.new_radio.setChecked(True)
        self.persons.setCurrentIndex(0 if self.persons.count() else -1)
        self.code.setText(new_person_code())
        self.identity.set_value(PersonIdentity())
        self.profile.set_value(PersonProfile())
        self.earlier.clear_message()
        self._set_person_editable(True)
        self._show_compartments()

    def show_linked(self, person_id: str, person: Person, status: str) -> None:
        """Point the interview at ``person_id``; its identity stays hidden until revealed."""
        self.person_id = person_id
        self.is_new = False
        self._stored = person
        self._revealed = False
        self._checked_key = match_key(person)
        self.linked_radio.setChecked(True)
        self.persons.setCurrentIndex(max(self.persons.findData(person_id), 0))
        self.code.setText(person.code)
        self.identity.set_value(PersonIdentity())
        self.profile.set_value(person.profile)
        self.earlier.clear_message()
        self._set_person_editable(status == "draft")
        self._show_compartments()

    def show_identity(self, identity: PersonIdentity) -> None:
        self.identity.set_value(identity)
        self._revealed = True
        self._show_compartments()

    def set_persons(self, summaries: list[PersonSummary]) -> None:
        current = self.person_id
        self.persons.clear()
        self.persons.addItem("", "")
        for summary in summaries:
            parts = [summary.code, summary.profile.pseudonym]
            if vocabulary.closed_list("age_band").has(summary.profile.age_band):
                band = vocabulary.closed_list("age_band").get(summary.profile.age_band)
                parts.append(band.label(self.lang()))
            self.persons.addItem(plain(" · ".join(p for p in parts if p)), summary.record_id)
        self.persons.setCurrentIndex(0 if self.is_new else max(self.persons.findData(current), 0))
        self.retranslate()

    def show_earlier(self, text: str) -> None:
        self.earlier.show_message(text) if text else self.earlier.clear_message()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if not read_only:  # what the person's own state keeps disabled
            self.persons.setEnabled(self.linked_radio.isChecked())
            self._set_person_editable(self.person_editable)

    def _set_person_editable(self, editable: bool) -> None:
        self.person_editable = editable
        set_read_only(self.identity, not editable)
        set_read_only(self.profile, not editable)
        self.code.setReadOnly(not editable)

    def _show_compartments(self) -> None:
        self.identity.setVisible(self._revealed)
        self.hidden_box.setVisible(not self._revealed)

    def _new_clicked(self) -> None:
        if not self.is_new:
            self.start_new()
            emit(self.changed)

    def _person_chosen(self, index: int) -> None:
        person_id = str(self.persons.itemData(index) or "")
        if person_id and person_id != self.person_id:
            emit(self.link_requested, person_id)

    def _maybe_check(self) -> None:
        person = self.person()
        key = match_key(person)
        if key is not None and key != self._checked_key:
            self._checked_key = key
            emit(self.check_requested, person)

    def request_check(self) -> None:
        """Ask for the re-interview check again (after linking a person)."""
        if self._stored is not None and match_key(self._stored) is not None:
            emit(self.check_requested, self._stored)

    # -- the record -------------------------------------------------------------------

    def person(self) -> Person:
        if self._revealed:
            identity = self.identity.value()
        else:
            identity = self._stored.identity if self._stored else PersonIdentity()
        return Person(code=self.code.text().strip(), identity=identity,
                      profile=self.profile.value())

    def person_record(self) -> tuple[str, Person] | None:
        """(id, person) the interview points to; None while a new person is still empty."""
        person = self.person()
        if self.is_new and person.identity == PersonIdentity() and (
            person.profile == PersonProfile()
        ):
            return None
        return self.person_id, person

    def apply(self, interview: Interview) -> Interview:
        record = self.person_record()
        if record is None:
            return dataclasses.replace(interview, person_id="", person_code="")
        return dataclasses.replace(interview, person_id=record[0], person_code=record[1].code)

    def focus_item(self, code: str) -> None:
        del code
        (self.identity.name_cyrillic if self.is_new else self.persons).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Link the person if they are already recorded, or create them here. The identity "
            "is kept in its own compartment; the shareable profile is what others may see."
        ))
        self.choice_group.setTitle(self.tr("Who gives the account") + " *")
        self.new_radio.setText(self.tr("A new person"))
        self.linked_radio.setText(self.tr("Already recorded:"))
        self.persons.setAccessibleName(self.tr("Person already recorded"))
        if self.persons.count():
            self.persons.setItemText(0, self.tr("(choose a person)"))
        mark(self._code_caption, self.code, self.tr("Person code"))
        self.hidden_note.setText(self.tr(
            "The identity details are hidden. Showing them is written to the audit log."
        ))
        self.reveal_button.setText(self.tr("Show identity details"))
