"""The unlocked area, for now a placeholder: who is signed in, and the Lock button.

Later slices put the interview list here. :meth:`HomeScreen.clear` must leave
nothing of the session on screen; it is called on every lock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.i18n import Translations
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.widgets import centered, fingerprint_font, plain_label, title_label

__all__ = ["LOCK_SHORTCUT", "HomeScreen"]

LOCK_SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L)


class HomeScreen(QWidget):
    lock_requested = Signal()

    def __init__(self, translations: Translations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._translations = translations
        self._role: str | None = None
        self.title = title_label()
        self.name = plain_label()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.name.setFont(font)
        self.role = plain_label()
        self.fingerprint = plain_label(wrap=False)
        self.fingerprint.setFont(fingerprint_font(self.font(), 1.0))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placeholder = plain_label()
        self.lock_button = QPushButton()
        self._captions = [QLabel() for _ in range(3)]

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, value in zip(self._captions, (self.name, self.role, self.fingerprint),
                                  strict=True):
            form.addRow(caption, value)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.placeholder)
        column.addLayout(buttons)
        QVBoxLayout(self).addWidget(centered(inner))

        self.lock_button.clicked.connect(self.lock_requested)
        self.retranslate()

    def show_session(self, session: Session) -> None:
        self.name.setText(plain(session.info.display_name))
        self._role = session.info.role
        self.fingerprint.setText(session.fingerprint)
        self.retranslate()

    def clear(self) -> None:
        """Forget everything about the session that was shown."""
        self._role = None
        for label in (self.name, self.role, self.fingerprint):
            label.clear()

    def shown_texts(self) -> list[str]:
        """Every text this screen shows that came from the session (for tests and checks)."""
        return [label.text() for label in (self.name, self.role, self.fingerprint)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Profile unlocked"))
        texts = (self.tr("Signed in as"), self.tr("Role"), self.tr("Fingerprint"))
        for caption, text in zip(self._captions, texts, strict=True):
            caption.setText(text)
        self.role.setText(
            role_label(self._role, self._translations.language) if self._role else ""
        )
        self.placeholder.setText(self.tr(
            "Interviews will appear here. Lock the profile whenever you step away "
            "from the computer."
        ))
        shortcut = LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_button.setText(self.tr("Lock") + f" ({shortcut})")
        self.lock_button.setAccessibleName(self.tr("Lock"))
