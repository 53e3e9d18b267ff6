"""The short form shown before files become exhibits: type, description, who provided them."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.domain.evidence import Exhibit
from fieldkit.textsafety import plain
from fieldkit.ui.exhibits.display import Lang, guess_type
from fieldkit.ui.widgets import plain_label

__all__ = ["IntakeDetails", "IntakeDialog"]

MAX_NAMES = 8


@dataclass(frozen=True)
class IntakeDetails:
    """What the person said about the files; one set of details for all of them."""

    type: str = ""  # "" means: guess from each file
    description: str = ""
    provided_by: str = ""

    def for_file(self, path: Path) -> Exhibit:
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return Exhibit(
            type=self.type or guess_type(media_type),
            description=self.description.strip(),
            provided_by=self.provided_by.strip(),
        )


class IntakeDialog(QDialog):
    """Window-modal and opened with ``open()``: the window keeps repainting meanwhile."""

    def __init__(self, files: list[Path], lang: Lang, *, sealed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Add exhibits"))
        names = [plain(path.name) for path in files[:MAX_NAMES]]
        if len(files) > MAX_NAMES:
            names.append(self.tr("… and %1 more").replace("%1", str(len(files) - MAX_NAMES)))
        self.intro = plain_label(self.tr(
            "Each file is encrypted into this profile and its SHA-256 is recorded, with a "
            "first custody entry. The file you chose is not changed or removed."
        ))
        self.sealed_note = plain_label(self.tr(
            "This interview is sealed. Each file becomes a new sealed exhibit record with its "
            "own custody entry; the interview itself does not change."
        ))
        bold = self.sealed_note.font()
        bold.setBold(True)
        self.sealed_note.setFont(bold)
        self.sealed_note.setVisible(sealed)
        self.names = plain_label()
        self.names.setText("\n".join(names))  # each name is plain already
        self.names.setAccessibleName(self.tr("Files to add"))
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Decide from each file"), "")
        for term in vocabulary.closed_list("exhibit_type"):
            self.type_combo.addItem(term.label(lang()), term.code)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.provided_by = QLineEdit()
        self.provided_by.setMaxLength(200)
        form = QFormLayout()
        for caption, field in (
            (self.tr("Type"), self.type_combo),
            (self.tr("Description"), self.description),
            (self.tr("Provided by"), self.provided_by),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            field.setAccessibleName(caption)
            form.addRow(label, field)
        self.provided_by.setPlaceholderText(self.tr("for example: the witness, in person"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(
            self.tr("Add to the sealed interview") if sealed else self.tr("Add to the profile")
        )
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.names)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def details(self) -> IntakeDetails:
        return IntakeDetails(
            str(self.type_combo.currentData() or ""),
            self.description.toPlainText(),
            self.provided_by.text(),
        )

    def wipe(self) -> None:
        """Empty what was typed (it is testimony) before the dialog goes away."""
        self.description.setPlainText("")
        self.provided_by.setText("")
        self.names.clear()
