"""Rows of the session step: a break, a person present."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from fieldkit.domain.interview import Break, Participant
from fieldkit.ui.interviews.choices import CodeCombo
from fieldkit.ui.interviews.fields import Lang, line_edit, mark, time_edit
from fieldkit.ui.interviews.step import Row, watch

__all__ = ["BreakRow", "ParticipantRow"]


def _grid(row: Row, captions: list[QLabel], fields: tuple[QWidget, ...]) -> QGridLayout:
    grid = QGridLayout(row)
    grid.setContentsMargins(0, 0, 0, 0)
    for column, (caption, field) in enumerate(zip(captions, fields, strict=True)):
        grid.addWidget(caption, 0, column)
        grid.addWidget(field, 1, column)
    return grid


class BreakRow(Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = time_edit()
        self.end = time_edit()
        self._captions = [QLabel(), QLabel()]
        _grid(self, self._captions, (self.start, self.end)).setColumnStretch(2, 1)
        watch(self.changed, self.start, self.end)
        self.retranslate()

    def value(self) -> Break:
        return Break(self.start.text(), self.end.text())

    def set_value(self, value: Break) -> None:
        self.start.setText(value.start)
        self.end.setText(value.end)

    def retranslate(self) -> None:
        mark(self._captions[0], self.start, self.tr("Break from"))
        mark(self._captions[1], self.end, self.tr("until"))


class ParticipantRow(Row):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = line_edit()
        self.role = CodeCombo.of("participant_role", lang)
        self.organisation = line_edit()
        self._captions = [QLabel() for _ in range(3)]
        grid = QGridLayout(self)  # the name on its own line: names are long
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._captions[0], 0, 0, 1, 2)
        grid.addWidget(self.name, 1, 0, 1, 2)
        grid.addWidget(self._captions[1], 2, 0)
        grid.addWidget(self._captions[2], 2, 1)
        grid.addWidget(self.role, 3, 0)
        grid.addWidget(self.organisation, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        watch(self.changed, self.name, self.role, self.organisation)
        self.retranslate()

    def value(self) -> Participant:
        return Participant(self.name.text().strip(), self.role.code(), self.organisation.text())

    def set_value(self, value: Participant) -> None:
        self.name.setText(value.name)
        self.role.set_code(value.role)
        self.organisation.setText(value.organisation)

    def retranslate(self) -> None:
        mark(self._captions[0], self.name, self.tr("Name"))
        mark(self._captions[1], self.role, self.tr("Role"))
        mark(self._captions[2], self.organisation, self.tr("Organisation"))
