"""Configure another recipient: a code, a name, and the consent scopes it needs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.ui.reports.transmittal_steps import scope_label
from fieldkit.ui.widgets import InlineMessage, plain_label

__all__ = ["AddRecipientDialog"]


def _sharing_scopes() -> list[str]:
    """The scopes that name a recipient outside the organisation (share_*)."""
    return [t.code for t in vocabulary.consent_scopes()
            if isinstance(t.extra.get("recipient"), str) and t.extra["recipient"] != "hq"]


class AddRecipientDialog(QDialog):
    """Collects the values; ``submitted`` asks the transmittal dialog to save them.

    The dialog stays open until the service accepted them (``done``), so an error
    is shown here, beside the fields to correct.
    """

    submitted = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setMinimumWidth(640)
        self.intro = plain_label()
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.scope_boxes = {code: QCheckBox(scope_label(code, language))
                            for code in _sharing_scopes()}
        self.scopes_label = plain_label()
        self.error = InlineMessage()
        self.code_label = plain_label(wrap=False)
        self.name_label = plain_label(wrap=False)
        form = QFormLayout()
        form.addRow(self.code_label, self.code)
        form.addRow(self.name_label, self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.scopes_label)
        for box in self.scope_boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submitted)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Add recipient"))
        self.intro.setText(self.tr(
            "A recipient gets only records whose person consented to every scope ticked "
            "below (and to participate)."))
        self.code_label.setText(self.tr("Code"))
        self.name_label.setText(self.tr("Name"))
        self.code.setPlaceholderText(self.tr("e.g. eurojust-jit"))
        self.code.setAccessibleName(self.tr("Code"))
        self.name.setAccessibleName(self.tr("Name"))
        self.scopes_label.setText(self.tr("Consent each record needs"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def values(self) -> tuple[str, str, list[str]]:
        scopes = [code for code, box in self.scope_boxes.items() if box.isChecked()]
        return self.code.text().strip(), self.name.text().strip(), scopes
