"""The editor's questions: seal?, why this correction?, already interviewed: go on?

All are window-modal and opened with ``open()``, never ``exec()``: the event loop
keeps running (autosave, the worker's results) while the question is asked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.textsafety import plain
from fieldkit.ui.interviews.jobs import Earlier
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.widgets import plain_label

__all__ = [
    "DiscardCorrection",
    "ReasonDialog",
    "ReinterviewWarning",
    "SealConfirmation",
    "describe_earlier",
]


class _Question(QMessageBox):
    def __init__(self, parent: QWidget, icon: QMessageBox.Icon) -> None:
        super().__init__(parent)
        self.setIcon(icon)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _buttons(self, yes: str, yes_role: QMessageBox.ButtonRole,
                 no: str) -> tuple[QPushButton, QPushButton]:
        accept = self.addButton(yes, yes_role)
        reject = self.addButton(no, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(reject)
        self.setEscapeButton(reject)
        return accept, reject


class SealConfirmation(_Question):
    """Seal this interview? It becomes read-only; changes later need a reason."""

    def __init__(self, parent: QWidget, case_number: str) -> None:
        super().__init__(parent, QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Seal the interview"))
        self.setText(
            self.tr("Seal interview %1?").replace("%1", plain(case_number)) if case_number
            else self.tr("Seal this interview?")
        )
        self.setInformativeText(self.tr(
            "Once sealed, the record is read-only: it is signed and can no longer be edited. "
            "Any later change must be made as a correction with a reason, and every "
            "correction is kept as a new revision."
        ))
        self.seal_button, self.cancel_button = self._buttons(
            self.tr("Seal and make read-only"), QMessageBox.ButtonRole.AcceptRole,
            self.tr("Keep editing"),
        )


def describe_earlier(earlier: Earlier, language: str) -> str:
    """ "This person was already interviewed on <date> (case <n>). Interviewed by: <who>." """
    who = (
        QCoreApplication.translate("ReinterviewWarning", "you (this profile)")
        if earlier.own_profile
        else role_label(earlier.author_role, language)
    )
    date = earlier.date or QCoreApplication.translate("ReinterviewWarning", "an unrecorded date")
    return (
        QCoreApplication.translate(
            "ReinterviewWarning",
            "This person was already interviewed on %1 (case %2). Interviewed by: %3.",
        )
        .replace("%1", plain(date))
        .replace("%2", plain(earlier.case_number) or "—")
        .replace("%3", who)
    )


class ReinterviewWarning(_Question):
    """This person was already interviewed: continue, or go back?"""

    def __init__(self, parent: QWidget, earlier: list[Earlier], language: str) -> None:
        super().__init__(parent, QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Already interviewed"))
        self.setText("\n".join(describe_earlier(e, language) for e in earlier))
        self.setInformativeText(self.tr(
            "Repeated interviews re-traumatise and weaken the evidence. Continue only if "
            "a new interview is really needed; otherwise go back and defer or refer."
        ))
        self.continue_button, self.back_button = self._buttons(
            self.tr("Continue the interview"), QMessageBox.ButtonRole.AcceptRole,
            self.tr("Go back"),
        )


class DiscardCorrection(_Question):
    """Leave a correction that was not saved?"""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Discard the correction"))
        self.setText(self.tr("Discard the changes of this correction?"))
        self.setInformativeText(self.tr(
            "A correction is stored only when you save it with a reason. "
            "The sealed record stays as it is."
        ))
        self.discard_button, self.keep_button = self._buttons(
            self.tr("Discard the changes"), QMessageBox.ButtonRole.DestructiveRole,
            self.tr("Keep correcting"),
        )


class ReasonDialog(QDialog):
    """Why is this sealed record corrected? The reason is kept with the new revision."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Reason for the correction"))
        self.explain = plain_label(self.tr(
            "The sealed record stays as it was; the correction becomes a new revision that "
            "says why it was made. Describe what changed and why."
        ))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for the correction"))
        self.reason_edit.setPlaceholderText(self.tr("for example: the translation was revised"))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Save the correction"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setEnabled(False)
        column = QVBoxLayout(self)
        column.addWidget(self.explain)
        column.addWidget(self.reason_edit, 1)
        column.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 260)

    def reason(self) -> str:
        return self.reason_edit.toPlainText()
