"""One incident: when, where, what happened, how the person knows, and apart from all
that, the interviewer's own reliability note (RECORD.md G)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from fieldkit.domain.ids import uuid7
from fieldkit.domain.interview import Incident, Place
from fieldkit.ui.interviews.choices import CodeCombo
from fieldkit.ui.interviews.fields import Lang, date_edit, line_edit, mark, quiet_label, text_area
from fieldkit.ui.interviews.step import Row, form_layout, watch
from fieldkit.ui.widgets import plain_label

__all__ = ["IncidentCard"]


class IncidentCard(Row):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incident_id = uuid7()
        self.number = 0
        self.date_from = date_edit()
        self.date_to = date_edit()
        self.precision = CodeCombo.of("date_precision", lang)
        self.oblast = line_edit()
        self.raion = line_edit()
        self.hromada = line_edit()
        self.settlement = line_edit()
        self.street = line_edit()
        self.coordinates = line_edit()
        self.description = text_area(4)
        self.detention = text_area(2)
        self.property_damage = text_area(2)
        self.injuries = text_area(2)
        self.other_witnesses = text_area(2)
        self.basis = CodeCombo.of("knowledge_basis", lang)
        self.told_by = line_edit()
        self.confidence = CodeCombo.of("confidence", lang)
        self.reliability = text_area(2)

        self.box = QGroupBox()
        self.when_where = QGroupBox()
        grid = QGridLayout()
        self._grid_fields: tuple[QWidget, ...] = (
            self.date_from, self.date_to, self.precision,
            self.oblast, self.raion, self.hromada,
            self.settlement, self.street, self.coordinates,
        )
        self._captions: dict[int, QLabel] = {}
        for index, field in enumerate(self._grid_fields):
            caption = QLabel()
            self._captions[id(field)] = caption
            grid.addWidget(caption, (index // 3) * 2, index % 3)
            grid.addWidget(field, (index // 3) * 2 + 1, index % 3)
        self.when_where.setLayout(grid)

        self.what = QGroupBox()
        what = form_layout(above=True)
        self._what_fields: tuple[QWidget, ...] = (
            self.description, self.detention, self.property_damage, self.injuries,
            self.other_witnesses,
        )
        self.knowing = QGroupBox()
        knowing = form_layout()
        self._knowing_fields: tuple[QWidget, ...] = (self.basis, self.told_by, self.confidence)
        for form, fields in ((what, self._what_fields), (knowing, self._knowing_fields)):
            for field in fields:
                caption = QLabel()
                self._captions[id(field)] = caption
                form.addRow(caption, field)
        self.what.setLayout(what)
        self.knowing.setLayout(knowing)

        # The interviewer's assessment sits in its own sunken frame, away from the account.
        self.assessment = QFrame()
        self.assessment.setFrameShape(QFrame.Shape.Panel)
        self.assessment.setFrameShadow(QFrame.Shadow.Sunken)
        self.assessment_title = plain_label()
        bold = self.assessment_title.font()
        bold.setBold(True)
        self.assessment_title.setFont(bold)
        self.assessment_note = quiet_label()
        assessment = QVBoxLayout(self.assessment)
        assessment.addWidget(self.assessment_title)
        assessment.addWidget(self.assessment_note)
        assessment.addWidget(self.reliability)

        inner = QVBoxLayout()
        inner.addWidget(self.when_where)
        inner.addWidget(self.what)
        inner.addWidget(self.knowing)
        inner.addSpacing(6)
        inner.addWidget(self.assessment)
        self.box.setLayout(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        watch(self.changed, *self._grid_fields, *self._what_fields, *self._knowing_fields,
              self.reliability)
        self.retranslate()

    def value(self) -> Incident:
        return Incident(
            id=self.incident_id,
            date_from=self.date_from.text(),
            date_to=self.date_to.text(),
            date_precision=self.precision.code(),
            place=Place(
                oblast=self.oblast.text().strip(),
                raion=self.raion.text().strip(),
                hromada=self.hromada.text().strip(),
                settlement=self.settlement.text().strip(),
                street=self.street.text().strip(),
                coordinates=self.coordinates.text().strip(),
            ),
            description=self.description.toPlainText(),
            knowledge_basis=self.basis.code(),
            told_by=self.told_by.text(),
            confidence=self.confidence.code(),
            reliability_note=self.reliability.toPlainText(),
            detention_details=self.detention.toPlainText(),
            property_damage=self.property_damage.toPlainText(),
            injuries_observed=self.injuries.toPlainText(),
            other_witnesses=tuple(
                line.strip()
                for line in self.other_witnesses.toPlainText().splitlines()
                if line.strip()
            ),
        )

    def set_value(self, value: Incident) -> None:
        self.incident_id = value.id or self.incident_id
        self.date_from.setText(value.date_from)
        self.date_to.setText(value.date_to)
        self.precision.set_code(value.date_precision)
        self.oblast.setText(value.place.oblast)
        self.raion.setText(value.place.raion)
        self.hromada.setText(value.place.hromada)
        self.settlement.setText(value.place.settlement)
        self.street.setText(value.place.street)
        self.coordinates.setText(value.place.coordinates)
        self.description.setPlainText(value.description)
        self.basis.set_code(value.knowledge_basis)
        self.told_by.setText(value.told_by)
        self.confidence.set_code(value.confidence)
        self.reliability.setPlainText(value.reliability_note)
        self.detention.setPlainText(value.detention_details)
        self.property_damage.setPlainText(value.property_damage)
        self.injuries.setPlainText(value.injuries_observed)
        self.other_witnesses.setPlainText("\n".join(value.other_witnesses))

    def summary(self) -> str:
        """A short name for the act's incident list: number, date, settlement."""
        bits = [b for b in (self.date_from.text(), self.settlement.text().strip()) if b]
        head = self.tr("Incident %1").replace("%1", str(self.number))
        return head + (": " + ", ".join(bits) if bits else "")

    def set_number(self, number: int) -> None:
        self.number = number
        self.box.setTitle(self.tr("Incident %1").replace("%1", str(number)))

    def retranslate(self) -> None:
        self.set_number(self.number)
        self.when_where.setTitle(self.tr("When and where"))
        self.what.setTitle(self.tr("What happened"))
        self.knowing.setTitle(self.tr("How the person knows"))
        self.assessment_title.setText(self.tr("Your reliability note"))
        self.assessment_note.setText(self.tr(
            "Your own assessment as interviewer, kept apart from the person's account."
        ))
        texts: dict[int, tuple[str, bool]] = {
            id(self.date_from): (self.tr("Date (from)"), False),
            id(self.date_to): (self.tr("Date (to)"), False),
            id(self.precision): (self.tr("Precision"), False),
            id(self.oblast): (self.tr("Oblast"), False),
            id(self.raion): (self.tr("Raion"), False),
            id(self.hromada): (self.tr("Hromada"), False),
            id(self.settlement): (self.tr("Settlement"), False),
            id(self.street): (self.tr("Street"), False),
            id(self.coordinates): (self.tr("Coordinates"), False),
            id(self.description): (self.tr("Description"), True),
            id(self.detention): (self.tr("Detention or filtration"), False),
            id(self.property_damage): (self.tr("Property destroyed or taken"), False),
            id(self.injuries): (self.tr("Injuries observed (neutral description)"), False),
            id(self.other_witnesses): (self.tr("Other witnesses (one a line)"), False),
            id(self.basis): (self.tr("Basis"), False),
            id(self.told_by): (self.tr("Told by whom"), False),
            id(self.confidence): (self.tr("The person's confidence"), False),
        }
        for key, caption in self._captions.items():
            text, required = texts[key]
            field = next(f for f in (*self._grid_fields, *self._what_fields,
                                     *self._knowing_fields) if id(f) == key)
            mark(caption, field, text, required=required)
        self.reliability.setAccessibleName(self.tr("Your reliability note"))
        self.coordinates.setPlaceholderText(self.tr("lat, lon"))
