"""Small widgets the screens share: busy indicator, inline message, language chooser."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldkit.textsafety import plain
from fieldkit.ui.i18n import LANGUAGE_NAMES
from fieldkit.ui.signals import emit

__all__ = [
    "BusyIndicator",
    "InlineMessage",
    "LanguageCombo",
    "centered",
    "fingerprint_font",
    "plain_label",
    "title_label",
]

CONTENT_WIDTH = 560
MIN_CONTENT_WIDTH = 460


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(plain(text))
    return label


def unencrypted_warning(
    parent: QWidget, *, title: str, text: str, accept: str, cancel: str
) -> tuple[QMessageBox, QPushButton]:
    """The window-modal question before a plaintext file is written; (box, accept button).

    Cancel is the default and the escape button, so a stray Enter writes nothing;
    the text is plain (it holds a path the user typed). The caller opens the box
    and reads ``box.clickedButton() is accept`` when it finishes.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    accept_button = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    cancel_button = box.button(QMessageBox.StandardButton.Cancel)
    cancel_button.setText(cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel_button)
    return box, accept_button


def title_label() -> QLabel:
    label = plain_label()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def fingerprint_font(base: QFont, scale: float = 0.9) -> QFont:
    """Monospaced, so groups line up when two people compare them aloud."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(base.pointSizeF() * scale)
    return font


def centered(inner: QWidget, width: int = CONTENT_WIDTH) -> QWidget:
    """``inner`` in a column of at most ``width`` pixels, centred in the page."""
    inner.setMaximumWidth(width)
    inner.setMinimumWidth(min(width, MIN_CONTENT_WIDTH))
    inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 10)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    return page


class BusyIndicator(QWidget):
    """An indeterminate progress bar with a line saying what is happening."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.text = plain_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the form does not jump when work starts
        self.setSizePolicy(policy)
        self.hide()

    def start(self, text: str) -> None:
        self.text.setText(text)
        self.bar.setAccessibleName(text)
        self.show()

    def stop(self) -> None:
        self.hide()
        self.text.clear()


class InlineMessage(QWidget):
    """A message under a field or a form: a warning icon and plain, wrapped text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = plain_label()
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(plain(text))
        self.setAccessibleDescription(plain(text))
        self.show()

    def clear_message(self) -> None:
        self.text.clear()
        self.setAccessibleDescription("")
        self.hide()

    @property
    def message(self) -> str:
        return self.text.text()


class LanguageCombo(QComboBox):
    """English, Українська, Polski; ``language_chosen`` fires only when the user picks one."""

    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
        self.set_language(language)
        self.activated.connect(self._on_activated)
        self.retranslate()

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        index = self.findData(language)
        self.setCurrentIndex(max(index, 0))

    def _on_activated(self, _index: int) -> None:
        emit(self.language_chosen, self.language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
