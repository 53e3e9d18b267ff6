"""A confirmation dialog that can show a fingerprint large, for comparing it aloud."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from fieldkit.textsafety import plain
from fieldkit.ui.sync.display import big_fingerprint_label, fingerprint_lines
from fieldkit.ui.widgets import plain_label

__all__ = ["Confirm", "ConfirmDialog", "ask"]

Confirm = Callable[[str, str, str, str], bool]
"""``confirm(title, text, fingerprint, accept_label) -> bool``; pages let tests swap it."""


class ConfirmDialog(QDialog):
    """Plain text, an optional large fingerprint, the action's button and Cancel (default)."""

    def __init__(
        self, title: str, text: str, fingerprint: str, accept_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain(title))
        self.setModal(True)
        self.text = plain_label()
        self.text.setText(plain(text, keep_newlines=True))  # the parts from files are plain
        self.text.setMinimumWidth(420)
        self.fingerprint = big_fingerprint_label(self)
        self.fingerprint.setText(fingerprint_lines(fingerprint))
        self.fingerprint.setVisible(bool(fingerprint))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(accept_label)
        self.accept_button.setAutoDefault(False)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # a stray Enter never approves or revokes
        cancel.setText(self.tr("Cancel"))
        self.cancel_button = cancel
        self.accept_button.setAccessibleName(accept_label)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint to compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.text)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.buttons)


def ask(parent: QWidget) -> Confirm:
    """The real confirmation: a modal :class:`ConfirmDialog` over ``parent``."""

    def confirm(title: str, text: str, fingerprint: str, accept_label: str) -> bool:
        dialog = ConfirmDialog(title, text, fingerprint, accept_label, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    return confirm
