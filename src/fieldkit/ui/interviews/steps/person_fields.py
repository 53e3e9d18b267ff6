"""The two compartments of a person (RECORD.md F), as two visibly separate groups."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QWidget

from fieldkit.domain.people import PersonIdentity, PersonProfile
from fieldkit.ui.interviews.choices import CodeCombo, LanguageChecks
from fieldkit.ui.interviews.fields import Lang, date_edit, line_edit, mark, quiet_label, text_area
from fieldkit.ui.interviews.step import form_layout, watch

__all__ = ["IdentityGroup", "ProfileGroup"]


class _Group(QGroupBox):
    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.note = quiet_label()
        self.form = form_layout()
        self.form.addRow(self.note)
        self.setLayout(self.form)
        self._rows: list[tuple[QLabel, QWidget]] = []

    def _add(self, *fields: QWidget) -> None:
        for field in fields:
            caption = QLabel()
            self.form.addRow(caption, field)
            self._rows.append((caption, field))
        watch(self.changed, *fields)

    def _caption(self, texts: tuple[tuple[str, bool], ...]) -> None:
        for (caption, field), (text, required) in zip(self._rows, texts, strict=True):
            mark(caption, field, text, required=required)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the texts again."""


class IdentityGroup(_Group):
    """Names, date of birth, document, contact, address, relatives: kept apart."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.name_cyrillic = line_edit()
        self.name_latin = line_edit()
        self.date_of_birth = date_edit()
        self.document = line_edit()
        self.safe_contact = line_edit()
        self.address = line_edit()
        self.relatives = text_area(2)
        self._add(self.name_cyrillic, self.name_latin, self.date_of_birth, self.document,
                  self.safe_contact, self.address, self.relatives)
        self.retranslate()

    def name_edits(self) -> tuple[QLineEdit, ...]:
        return (self.name_cyrillic, self.name_latin, self.date_of_birth)

    def value(self) -> PersonIdentity:
        return PersonIdentity(
            full_name_cyrillic=self.name_cyrillic.text().strip(),
            full_name_latin=self.name_latin.text().strip(),
            date_of_birth=self.date_of_birth.text(),
            identity_document=self.document.text(),
            safe_contact=self.safe_contact.text(),
            current_address=self.address.text(),
            relatives=tuple(
                line.strip() for line in self.relatives.toPlainText().splitlines() if line.strip()
            ),
        )

    def set_value(self, value: PersonIdentity) -> None:
        self.name_cyrillic.setText(value.full_name_cyrillic)
        self.name_latin.setText(value.full_name_latin)
        self.date_of_birth.setText(value.date_of_birth)
        self.document.setText(value.identity_document)
        self.safe_contact.setText(value.safe_contact)
        self.address.setText(value.current_address)
        self.relatives.setPlainText("\n".join(value.relatives))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Identity (kept apart)"))
        self.note.setText(self.tr(
            "Shown only where needed: never in lists, searches or pseudonymised exports."
        ))
        self._caption((
            (self.tr("Full name in Cyrillic"), False),
            (self.tr("Full name in Latin letters"), False),
            (self.tr("Date of birth"), False),
            (self.tr("Identity document"), False),
            (self.tr("Safe contact"), False),
            (self.tr("Current address"), False),
            (self.tr("Relatives (one a line)"), False),
        ))


class ProfileGroup(_Group):
    """What analysis and pseudonymised exports may carry."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.pseudonym = line_edit()
        self.age_band = CodeCombo.of("age_band", lang)
        self.gender = CodeCombo.of("gender", lang)
        self.nationality = line_edit()
        self.oblast = line_edit()
        self.hromada = line_edit()
        self.settlement = line_edit()
        self.date_left = date_edit()
        self.route = line_edit()
        self.occupation = line_edit()
        self.languages = LanguageChecks(lang)
        self.witness_type = CodeCombo.of("witness_type", lang)
        self._add(self.pseudonym, self.age_band, self.gender, self.nationality, self.oblast,
                  self.hromada, self.settlement, self.date_left, self.route, self.occupation,
                  self.languages, self.witness_type)
        self.retranslate()

    def value(self) -> PersonProfile:
        return PersonProfile(
            pseudonym=self.pseudonym.text().strip(),
            age_band=self.age_band.code(),
            gender=self.gender.code(),
            nationality=self.nationality.text().strip(),
            residence_oblast=self.oblast.text().strip(),
            residence_hromada=self.hromada.text().strip(),
            residence_settlement=self.settlement.text().strip(),
            date_left=self.date_left.text(),
            route=self.route.text(),
            occupation=self.occupation.text(),
            languages=self.languages.codes(),
            witness_type=self.witness_type.code(),
        )

    def set_value(self, value: PersonProfile) -> None:
        self.pseudonym.setText(value.pseudonym)
        self.age_band.set_code(value.age_band)
        self.gender.set_code(value.gender)
        self.nationality.setText(value.nationality)
        self.oblast.setText(value.residence_oblast)
        self.hromada.setText(value.residence_hromada)
        self.settlement.setText(value.residence_settlement)
        self.date_left.setText(value.date_left)
        self.route.setText(value.route)
        self.occupation.setText(value.occupation)
        self.languages.set_codes(value.languages)
        self.witness_type.set_code(value.witness_type)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Shareable profile"))
        self.note.setText(self.tr("What lists, analysis and pseudonymised exports may show."))
        self._caption((
            (self.tr("Pseudonym"), False),
            (self.tr("Age band"), False),
            (self.tr("Gender"), False),
            (self.tr("Nationality"), False),
            (self.tr("Oblast before displacement"), False),
            (self.tr("Hromada"), False),
            (self.tr("Settlement"), False),
            (self.tr("Date of leaving"), False),
            (self.tr("Route"), False),
            (self.tr("Occupation"), False),
            (self.tr("Languages"), False),
            (self.tr("Witness type"), False),
        ))
