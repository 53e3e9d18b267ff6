"""The dialog that sets up an organisation at HQ, and the file suffixes the HQ pages write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.widgets import plain_label

__all__ = ["PROVISIONING_SUFFIX", "ROSTER_SUFFIX", "OrganisationSetupDialog", "with_suffix"]

PROVISIONING_SUFFIX = ".fkp"
ROSTER_SUFFIX = ".fkr"


def with_suffix(name: str, suffix: str) -> Path:
    """The path a save dialog returned, with ``suffix`` added when the person typed none."""
    path = Path(name)
    return path if path.suffix else path.with_suffix(suffix)


class OrganisationSetupDialog(QDialog):
    """Name, the clinical lead's request file and where to write the provisioning file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up the organisation"))
        self.explanation = plain_label(self.tr(
            "Setting up creates HQ's keys in this profile. You need the clinical lead's "
            "enrollment request: their key is the one that opens psychologists' bundles. "
            "The provisioning file you write goes to every laptop that joins."
        ))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name of the organisation"))
        self.request_edit = QLineEdit()
        self.request_edit.setReadOnly(True)
        self.request_edit.setAccessibleName(self.tr("Clinical lead's enrollment request"))
        self.request_button = QPushButton(self.tr("Choose…"))
        self.request_button.setAccessibleName(self.tr("Choose the clinical lead's request"))
        self.out_edit = QLineEdit()
        self.out_edit.setReadOnly(True)
        self.out_edit.setAccessibleName(self.tr("Provisioning file to write"))
        self.out_button = QPushButton(self.tr("Choose…"))
        self.out_button.setAccessibleName(self.tr("Choose where to write the provisioning file"))
        form = QFormLayout()
        form.addRow(self.tr("Name of the organisation:"), self.name_edit)
        form.addRow(
            self.tr("Clinical lead's request:"), _row(self.request_edit, self.request_button)
        )
        form.addRow(self.tr("Provisioning file:"), _row(self.out_edit, self.out_button))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.request_button.clicked.connect(self._choose_request)
        self.out_button.clicked.connect(self._choose_out)
        for edit in (self.name_edit, self.request_edit, self.out_edit):
            edit.textChanged.connect(self._update)
        self._update()

    def values(self) -> tuple[str, Path, Path]:
        return self.name_edit.text().strip(), Path(self.request_edit.text()), Path(
            self.out_edit.text()
        )

    def _update(self) -> None:
        self.ok_button.setEnabled(
            all(e.text().strip() for e in (self.name_edit, self.request_edit, self.out_edit))
        )

    def _choose_request(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinical lead's enrollment request"), "",
            self.tr("Enrollment requests (*.fkq);;All files (*)"),
        )
        if name:
            self.request_edit.setText(name)

    def _choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the provisioning file"), "provisioning.fkp",
            self.tr("Provisioning files (*.fkp)"),
        )
        if name:
            self.out_edit.setText(str(with_suffix(name, PROVISIONING_SUFFIX)))


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return widget
