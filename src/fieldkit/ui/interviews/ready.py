"""The "Ready to seal?" panel: what is still missing, each a click away from its step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.validation import Missing
from fieldkit.textsafety import plain
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import plain_label

__all__ = ["ReadyPanel"]

_ROLE_CODE = Qt.ItemDataRole.UserRole


class ReadyPanel(QGroupBox):
    item_chosen = Signal(str)  # a missing item's code
    seal_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.missing: list[Missing] = []
        self._can_seal = False
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setMinimumHeight(80)
        self.summary = plain_label()
        self.reason = plain_label()
        font = self.reason.font()
        font.setBold(True)
        self.reason.setFont(font)
        self.seal_button = QPushButton()
        self.seal_button.setEnabled(False)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.items, 1)
        column.addWidget(self.reason)
        column.addWidget(self.seal_button)
        self.items.itemActivated.connect(self._chosen)
        self.items.itemClicked.connect(self._chosen)
        self.seal_button.clicked.connect(self.seal_clicked)
        self.retranslate()

    def texts(self) -> dict[str, str]:
        """A translated line for each code of ``missing_for_seal``."""
        return {
            "consent.participation": self.tr("Consent to participate"),
            "consent.explained": self.tr("What was explained before consent"),
            "consent.method": self.tr("How consent was given"),
            "case_number": self.tr("Case number"),
            "person": self.tr("The person giving the account"),
            "screening.decision": self.tr("Screening decision"),
            "session.date": self.tr("Date of the interview"),
            "session.location_type": self.tr("Location type"),
            "session.city": self.tr("City"),
            "session.present": self.tr("Who was present"),
            "account.narrative": self.tr("The account in the person's own words"),
            "account.original_language": self.tr("Language of the account"),
            "incident.description": self.tr("A description for each incident"),
            "act.category": self.tr("A category for each alleged act"),
            "child.guardian_consent": self.tr("The guardian's consent (child)"),
            "child.assent": self.tr("The child's own assent"),
        }

    def show_missing(self, missing: list[Missing], *, can_seal: bool) -> None:
        """List ``missing``; ``can_seal`` is False while the record is not an editable draft."""
        self.missing = missing
        self._can_seal = can_seal
        texts = self.texts()
        self.items.clear()
        seen: set[str] = set()
        for item in missing:
            if item.code in seen:  # one line for "each incident needs a description"
                continue
            seen.add(item.code)
            row = QListWidgetItem(texts.get(item.code) or plain(item.message))
            row.setData(_ROLE_CODE, item.code)
            row.setToolTip(self.tr("Go to the step where this is entered"))
            self.items.addItem(row)
        self.items.setVisible(bool(missing))
        refused = any(item.code == "consent.participation" for item in missing)
        if not missing:
            self.summary.setText(self.tr("Everything required is recorded."))
            self.reason.setText("")
        else:
            self.summary.setText(self.tr("Still missing (click to go there):"))
            self.reason.setText(
                self.tr("Cannot be sealed: there is no consent to participate.")
                if refused
                else self.tr("Cannot be sealed until the items above are recorded.")
            )
        self.reason.setVisible(bool(missing))
        self.seal_button.setEnabled(can_seal and not missing)
        self.seal_button.setAccessibleDescription(self.reason.text())

    def _chosen(self, item: QListWidgetItem) -> None:
        emit(self.item_chosen, str(item.data(_ROLE_CODE)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to seal?"))
        self.items.setAccessibleName(self.tr("Missing items"))
        self.seal_button.setText(self.tr("Seal…"))
        self.seal_button.setAccessibleName(self.tr("Seal the interview"))
        self.show_missing(self.missing, can_seal=self._can_seal)
