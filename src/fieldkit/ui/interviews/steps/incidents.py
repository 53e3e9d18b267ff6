"""Step 7, incidents and alleged acts (RECORD.md G and the classification of acts)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from fieldkit.domain.interview import Interview
from fieldkit.ui.interviews.fields import Lang, quiet_label
from fieldkit.ui.interviews.step import Rows, StepForm
from fieldkit.ui.interviews.steps.act_card import ActCard
from fieldkit.ui.interviews.steps.incident_card import IncidentCard
from fieldkit.ui.widgets import title_label

__all__ = ["IncidentsStep"]


class IncidentsStep(StepForm):
    CODES = ("incident.description", "act.category")

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.incidents: Rows[IncidentCard] = Rows(lambda: IncidentCard(lang), stacked=True)
        self.acts: Rows[ActCard] = Rows(lambda: ActCard(lang), stacked=True)
        self.incidents_title = title_label()
        self.acts_title = title_label()
        for label in (self.incidents_title, self.acts_title):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() / 1.3)
            label.setFont(font)
        self.acts_hint = quiet_label()
        self.column.addWidget(self.incidents_title)
        self.column.addWidget(self.incidents)
        self.column.addSpacing(12)
        self.column.addWidget(self.acts_title)
        self.column.addWidget(self.acts_hint)
        self.column.addWidget(self.acts)
        self.column.addStretch(1)
        self.incidents.changed.connect(self._incidents_changed)
        self.acts.changed.connect(self._acts_changed)
        self.incidents.changed.connect(self.changed)
        self.acts.changed.connect(self.changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Incidents and alleged acts")

    def _incidents_changed(self) -> None:
        for number, card in enumerate(self.incidents.rows(), start=1):
            card.set_number(number)
        choices = [(card.incident_id, card.summary()) for card in self.incidents.rows()]
        for act in self.acts.rows():
            act.set_incidents(choices)

    def _acts_changed(self) -> None:
        choices = [(card.incident_id, card.summary()) for card in self.incidents.rows()]
        for number, act in enumerate(self.acts.rows(), start=1):
            if act.number != number:
                act.set_number(number)
            if act.incident.count() != len(choices) + 1:
                act.set_incidents(choices)

    def load(self, interview: Interview) -> None:
        cards = self.incidents.set_count(len(interview.incidents))
        for card, incident in zip(cards, interview.incidents, strict=True):
            card.set_value(incident)
        acts = self.acts.set_count(len(interview.acts))
        self._incidents_changed()
        self._acts_changed()
        for act_card, act in zip(acts, interview.acts, strict=True):
            act_card.set_value(act)

    def apply(self, interview: Interview) -> Interview:
        incidents = tuple(card.value() for card in self.incidents.rows())
        known = {incident.id for incident in incidents}
        acts = tuple(
            act if act.incident_id in known else dataclasses.replace(act, incident_id="")
            for act in (card.value() for card in self.acts.rows())
        )
        return dataclasses.replace(interview, incidents=incidents, acts=acts)

    def focus_item(self, code: str) -> None:
        if code == "incident.description":
            for card in self.incidents.rows():
                if not card.description.toPlainText().strip():
                    card.description.setFocus()
                    return
        for act in self.acts.rows():
            if not act.picker.code():
                act.picker.search.setFocus()
                return

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Each incident the person describes: when and where, what happened, and how the "
            "person knows. Your own reliability note is kept apart."
        ))
        self.incidents_title.setText(self.tr("Incidents"))
        self.acts_title.setText(self.tr("Alleged acts"))
        self.acts_hint.setText(self.tr(
            "Classify each act by the Rome Statute; the Ukrainian and Polish provisions are "
            "shown with each category. The legal qualification stays the prosecutor's."
        ))
        self.incidents.set_texts(self.tr("Add an incident"), self.tr("Remove this incident"))
        self.acts.set_texts(self.tr("Add an alleged act"), self.tr("Remove this act"))
