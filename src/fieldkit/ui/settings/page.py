"""The Settings page: language, auto-lock time, and who this profile is.

Choosing a language installs it at once (``context.translations.install``) and
fires ``language_chosen``; the main window remembers it. The auto-lock time is
written to :class:`~fieldkit.ui.prefs.Prefs` and fires ``idle_minutes_chosen``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.prefs import Prefs
from fieldkit.ui.signals import emit
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.widgets import LanguageCombo, fingerprint_font, plain_label, title_label

__all__ = ["MAX_IDLE_MINUTES", "MIN_IDLE_MINUTES", "SettingsPage"]

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


class SettingsPage(Page):
    """Language chooser, auto-lock minutes, and the profile's name, role and fingerprint."""

    language_chosen = Signal(str)
    """The user picked this language; it is installed already."""
    idle_minutes_chosen = Signal(int)
    """The user set the auto-lock time (minutes); it is saved in the prefs already."""

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, prefs: Prefs | None = None
    ) -> None:
        super().__init__(context, parent)
        self.prefs = prefs or Prefs()
        self._role: str | None = None

        self.title_text = title_label()
        self.general_box = QGroupBox()
        self.language_caption = QLabel()
        self.language_combo = LanguageCombo(context.translations.language)
        self.language_combo.language_chosen.connect(self._on_language)
        self.language_caption.setBuddy(self.language_combo)
        self.idle_caption = QLabel()
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_spin.setValue(self.prefs.idle_minutes)
        self.idle_spin.valueChanged.connect(self._on_idle_minutes)
        self.idle_caption.setBuddy(self.idle_spin)
        general = QFormLayout(self.general_box)
        general.addRow(self.language_caption, self.language_combo)
        general.addRow(self.idle_caption, self.idle_spin)

        self.profile_box = QGroupBox()
        self.name = plain_label()
        self.role = plain_label()
        self.fingerprint = plain_label(wrap=False)
        self.fingerprint.setFont(fingerprint_font(self.font(), 1.0))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._captions = [QLabel() for _ in range(3)]
        profile = QFormLayout(self.profile_box)
        profile.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, value in zip(
            self._captions, (self.name, self.role, self.fingerprint), strict=True
        ):
            caption.setBuddy(value)
            profile.addRow(caption, value)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_text)
        layout.addWidget(self.general_box)
        layout.addWidget(self.profile_box)
        layout.addStretch(1)
        context.translations.changed.connect(self.language_combo.set_language)
        self.retranslate()

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Settings")

    def open(self, session: Session) -> None:
        super().open(session)
        self._role = session.info.role
        self.name.setText(plain(session.info.display_name))
        self.fingerprint.setText(plain(session.fingerprint))
        self.language_combo.set_language(self.context.translations.language)
        self.idle_spin.blockSignals(True)
        self.idle_spin.setValue(self.prefs.idle_minutes)
        self.idle_spin.blockSignals(False)
        self._show_role()

    def clear(self) -> None:
        super().clear()
        self._role = None
        for label in (self.name, self.role, self.fingerprint):
            label.clear()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Settings"))
        self.general_box.setTitle(self.tr("This computer"))
        self.language_caption.setText(self.tr("&Language:"))
        self.idle_caption.setText(self.tr("Lock &after inactivity:"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setAccessibleName(self.tr("Minutes without input before locking"))
        self.profile_box.setTitle(self.tr("Profile"))
        for caption, text in zip(
            self._captions,
            (self.tr("Name:"), self.tr("Role:"), self.tr("Fingerprint:")),
            strict=True,
        ):
            caption.setText(text)
        self._show_role()

    # -- public API -------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        """What picking ``language`` in the chooser does: install it and say so."""
        self.language_combo.set_language(language)
        self._on_language(language)

    def set_idle_minutes(self, minutes: int) -> None:
        """What setting the spin box does: save the (clamped) minutes and say so."""
        self.idle_spin.setValue(minutes)

    # -- internals --------------------------------------------------------------------

    def _on_language(self, language: str) -> None:
        self.context.translations.install(language)
        emit(self.language_chosen, self.context.translations.language)

    def _on_idle_minutes(self, minutes: int) -> None:
        self.prefs.idle_minutes = minutes
        emit(self.idle_minutes_chosen, minutes)

    def _show_role(self) -> None:
        self.role.setText(
            role_label(self._role, self.context.translations.language) if self._role else ""
        )
