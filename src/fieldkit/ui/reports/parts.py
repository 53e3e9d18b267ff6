"""Widgets the report dialogs share: the choice of profile and language, the warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldkit.textsafety import plain
from fieldkit.ui.reports.texts import (
    LANGUAGE_CODES,
    REDACTION_CODES,
    language_name,
    redaction_help,
    redaction_name,
)
from fieldkit.ui.widgets import plain_label

__all__ = ["LanguageChoice", "RedactionChoice", "WarningPanel"]


class LanguageChoice(QComboBox):
    """English, Українська, Polski: the language of the document, not of the window."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGE_CODES:
            self.addItem(language_name(code), code)
        self.set_language(language)

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        index = self.findData(language)
        self.setCurrentIndex(index if index >= 0 else 0)


class RedactionChoice(QWidget):
    """Full or pseudonymised, each with one line that says who it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.helps: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for code in REDACTION_CODES:
            button = QRadioButton()
            help_label = plain_label()
            help_label.setContentsMargins(24, 0, 0, 6)
            help_label.setEnabled(False)  # the platform's dimmed text colour
            self.group.addButton(button)
            self.buttons[code] = button
            self.helps[code] = help_label
            layout.addWidget(button)
            layout.addWidget(help_label)
        self.buttons["full"].setChecked(True)
        self.retranslate()

    def redaction(self) -> str:
        return next(code for code, b in self.buttons.items() if b.isChecked())

    def set_redaction(self, code: str) -> None:
        self.buttons.get(code, self.buttons["full"]).setChecked(True)

    def retranslate(self) -> None:
        for code, button in self.buttons.items():
            button.setText(redaction_name(code))
            self.helps[code].setText(redaction_help(code))
            button.setAccessibleDescription(redaction_help(code))


class WarningPanel(QWidget):
    """A warning icon beside plain, wrapped text (the file will not be encrypted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = plain_label()
        self.path = plain_label()
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.path.font()
        font.setBold(True)
        self.path.setFont(font)
        texts = QVBoxLayout()
        texts.addWidget(self.text)
        texts.addWidget(self.path)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(icon)
        layout.addLayout(texts, 1)

    def show_warning(self, text: str, path: str) -> None:
        self.text.setText(text)
        self.path.setText(plain(path))
        self.setAccessibleDescription(text)

    def clear(self) -> None:
        self.text.clear()
        self.path.clear()
