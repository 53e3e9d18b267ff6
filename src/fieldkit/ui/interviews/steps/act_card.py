"""One alleged act: its classification, the incident, victims and perpetrators."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.ids import uuid7
from fieldkit.domain.interview import AllegedAct, Perpetrator, Victim
from fieldkit.ui.interviews.choices import CodeCombo
from fieldkit.ui.interviews.fields import Lang, line_edit, mark, text_area
from fieldkit.ui.interviews.step import Row, Rows, form_layout, watch
from fieldkit.ui.interviews.steps.picker import ViolationPicker

__all__ = ["ActCard", "PerpetratorRow", "VictimRow"]

_PERPETRATOR_FIELDS = (
    "unit", "uniform", "insignia", "vehicles", "weapons", "language", "ranks", "call_signs",
)


class VictimRow(Row):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(0, 1_000_000)
        self.count.setValue(1)
        self.descriptors = line_edit()
        self.status = CodeCombo.of("victim_status", lang)
        self.fate = CodeCombo.of("victim_fate", lang)
        self._fields: tuple[QWidget, ...] = (self.count, self.descriptors, self.status, self.fate)
        self._captions = [QLabel() for _ in self._fields]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (caption, field) in enumerate(zip(self._captions, self._fields, strict=True)):
            grid.addWidget(caption, (index // 2) * 2, index % 2)
            grid.addWidget(field, (index // 2) * 2 + 1, index % 2)
        watch(self.changed, *self._fields)
        self.retranslate()

    def value(self) -> Victim:
        return Victim(self.count.value(), self.descriptors.text(), self.status.code(),
                      self.fate.code())

    def set_value(self, value: Victim) -> None:
        self.count.setValue(value.count)
        self.descriptors.setText(value.descriptors)
        self.status.set_code(value.status)
        self.fate.set_code(value.fate)

    def retranslate(self) -> None:
        texts = (self.tr("Number"), self.tr("Who (descriptors)"), self.tr("Status"),
                 self.tr("Fate"))
        for caption, field, text in zip(self._captions, self._fields, texts, strict=True):
            mark(caption, field, text)


class PerpetratorRow(Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = {name: line_edit() for name in _PERPETRATOR_FIELDS}
        self._captions = {name: QLabel() for name in _PERPETRATOR_FIELDS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(_PERPETRATOR_FIELDS):
            grid.addWidget(self._captions[name], (index // 2) * 2, index % 2)
            grid.addWidget(self.edits[name], (index // 2) * 2 + 1, index % 2)
        watch(self.changed, *self.edits.values())
        self.retranslate()

    def value(self) -> Perpetrator:
        return Perpetrator(**{name: edit.text() for name, edit in self.edits.items()})

    def set_value(self, value: Perpetrator) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(getattr(value, name)))

    def retranslate(self) -> None:
        texts = {
            "unit": self.tr("Unit"),
            "uniform": self.tr("Uniform"),
            "insignia": self.tr("Insignia"),
            "vehicles": self.tr("Vehicles"),
            "weapons": self.tr("Weapons"),
            "language": self.tr("Language spoken"),
            "ranks": self.tr("Ranks"),
            "call_signs": self.tr("Call signs"),
        }
        for name, edit in self.edits.items():
            mark(self._captions[name], edit, texts[name])


class ActCard(Row):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.act_id = uuid7()
        self.number = 0
        self.picker = ViolationPicker(lang)
        self.incident = QComboBox()
        self.victims: Rows[VictimRow] = Rows(lambda: VictimRow(lang))
        self.perpetrators: Rows[PerpetratorRow] = Rows(PerpetratorRow, stacked=True)
        self.note = text_area(2)
        self.box = QGroupBox()
        form = form_layout()
        self._fields: tuple[QWidget, ...] = (
            self.picker, self.incident, self.victims, self.perpetrators, self.note,
        )
        self._captions = [QLabel() for _ in self._fields]
        for caption, field in zip(self._captions, self._fields, strict=True):
            form.addRow(caption, field)
        form.setRowWrapPolicy(form.RowWrapPolicy.WrapAllRows)
        self.box.setLayout(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        self.picker.changed.connect(self.changed)
        watch(self.changed, self.incident, self.victims, self.perpetrators, self.note)
        self.retranslate()

    def set_incidents(self, choices: list[tuple[str, str]]) -> None:
        """(incident id, summary) pairs; keeps the chosen incident if it is still there."""
        current = str(self.incident.currentData() or "")
        self.incident.blockSignals(True)
        self.incident.clear()
        self.incident.addItem(self.tr("(no incident)"), "")
        for incident_id, summary in choices:
            self.incident.addItem(summary, incident_id)
        self.incident.setCurrentIndex(max(self.incident.findData(current), 0))
        self.incident.blockSignals(False)

    def value(self) -> AllegedAct:
        return AllegedAct(
            id=self.act_id,
            incident_id=str(self.incident.currentData() or ""),
            category=self.picker.code(),
            victims=tuple(row.value() for row in self.victims.rows()),
            perpetrators=tuple(
                v for v in (row.value() for row in self.perpetrators.rows()) if v != Perpetrator()
            ),
            note=self.note.toPlainText(),
        )

    def set_value(self, value: AllegedAct) -> None:
        self.act_id = value.id or self.act_id
        self.picker.set_code(value.category)
        self.incident.setCurrentIndex(max(self.incident.findData(value.incident_id), 0))
        for row, victim in zip(self.victims.set_count(len(value.victims)), value.victims,
                               strict=True):
            row.set_value(victim)
        for p_row, perpetrator in zip(
            self.perpetrators.set_count(len(value.perpetrators)), value.perpetrators, strict=True
        ):
            p_row.set_value(perpetrator)
        self.note.setPlainText(value.note)

    def set_number(self, number: int) -> None:
        self.number = number
        self.box.setTitle(self.tr("Alleged act %1").replace("%1", str(number)))

    def retranslate(self) -> None:
        self.set_number(self.number)
        texts = (
            (self.tr("Category"), True),
            (self.tr("Incident"), False),
            (self.tr("Victims"), False),
            (self.tr("Perpetrators"), False),
            (self.tr("Note"), False),
        )
        for caption, field, (text, required) in zip(self._captions, self._fields, texts,
                                                     strict=True):
            mark(caption, field, text, required=required)
        if self.incident.count():
            self.incident.setItemText(0, self.tr("(no incident)"))
        self.victims.set_texts(self.tr("Add victims"), self.tr("Remove"))
        self.perpetrators.set_texts(self.tr("Add a perpetrator"), self.tr("Remove"))
