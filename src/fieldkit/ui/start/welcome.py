"""The welcome screen: the first run on a computer, or "New profile" later.

Name, role, passphrase twice with a strength hint, and language. Creating the
profile measures the key derivation cost and derives the key, which takes a
few seconds: it runs through the :class:`TaskRunner` behind a busy indicator.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.errors import FieldKitError
from fieldkit.services import profiles
from fieldkit.services.profiles import KdfParams
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.messages import describe
from fieldkit.ui.signals import emit
from fieldkit.ui.start.strength import Strength, assess
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.widgets import (
    BusyIndicator,
    InlineMessage,
    LanguageCombo,
    centered,
    plain_label,
    title_label,
)

__all__ = ["WelcomeScreen"]


def _stacked(*widgets: QWidget) -> QWidget:
    """A field with its hint right below it, as one form cell."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for widget in widgets:
        column.addWidget(widget)
    return cell


class WelcomeScreen(QWidget):
    created = Signal(object)  # the new, unlocked Session
    back_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        translations: Translations,
        *,
        kdf_params: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._translations = translations
        self._kdf_params = kdf_params
        self._busy = False

        self.title = title_label()
        self.intro = plain_label()
        self.language_combo = LanguageCombo(translations.language)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(profiles.MAX_NAME)
        self.role_combo = QComboBox()
        for term in vocabulary.roles():
            self.role_combo.addItem(term.label(translations.language), term.code)
        self.role_combo.setCurrentIndex(-1)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_hint = plain_label()
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mismatch = InlineMessage()
        self.error = InlineMessage()
        self.busy = BusyIndicator()
        self.back_button = QPushButton()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)
        self._labels = [QLabel() for _ in range(5)]
        self._build()

        self.language_combo.language_chosen.connect(self.language_chosen)
        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
            edit.returnPressed.connect(self._submit_if_ready)
        self.role_combo.currentIndexChanged.connect(self._update)
        self.create_button.clicked.connect(self._create)
        self.back_button.clicked.connect(self.back_requested)
        self.retranslate()

    def _build(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields: tuple[QWidget, ...] = (
            self.language_combo, self.name_edit, self.role_combo,
            _stacked(self.passphrase_edit, self.strength_hint),
            _stacked(self.repeat_edit, self.mismatch),
        )
        buddies = (self.language_combo, self.name_edit, self.role_combo,
                   self.passphrase_edit, self.repeat_edit)
        for label, field, buddy in zip(self._labels, fields, buddies, strict=True):
            form.addRow(label, field)
            label.setBuddy(buddy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addLayout(buttons)
        QVBoxLayout(self).addWidget(centered(inner))

    # -- texts ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self._translations.language
        self.language_combo.set_language(language)
        self.title.setText(self.tr("Welcome to FieldKit"))
        self.intro.setText(self.tr(
            "Create your profile. Everything you record is encrypted on this computer "
            "and opens only with your passphrase. FieldKit cannot show or reset a "
            "forgotten passphrase, so choose one you will remember."
        ))
        texts = (self.tr("Language"), self.tr("Your name"), self.tr("Role"),
                 self.tr("Passphrase"), self.tr("Repeat the passphrase"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("As your colleagues know you"))
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.role_combo.setPlaceholderText(self.tr("Choose your role"))
        for index in range(self.role_combo.count()):
            code = str(self.role_combo.itemData(index))
            self.role_combo.setItemText(index, vocabulary.roles().get(code).label(language))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.back_button.setText(self.tr("Back to profiles"))
        self.create_button.setText(self.tr("Create profile"))
        if self._busy:
            self.busy.start(self._busy_text())
        self._update()

    def _busy_text(self) -> str:
        return self.tr("Creating your profile. Protecting the key takes a few seconds…")

    def _hint(self, strength: Strength) -> str:
        return {
            Strength.EMPTY: self.tr(
                "Use several words that only you know, for example four or five."
            ),
            Strength.TOO_SHORT: self.tr(
                "Too short: use at least 8 characters. Better, use several words."
            ),
            Strength.WEAK: self.tr("Weak: use several words, not one word or a pattern."),
            Strength.FAIR: self.tr("Fair: add another word to make it stronger."),
            Strength.STRONG: self.tr("Strong: several words make a good passphrase."),
        }[strength]

    # -- state ----------------------------------------------------------------------

    def reset(self, *, can_go_back: bool) -> None:
        """Empty form, ready for a new profile; "Back" only when profiles exist."""
        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.clear()
        self.role_combo.setCurrentIndex(-1)
        self.error.clear_message()
        self.back_button.setVisible(can_go_back)
        self._update()
        self.name_edit.setFocus()

    def _ready(self) -> bool:
        passphrase = self.passphrase_edit.text()
        return (
            not self._busy
            and bool(self.name_edit.text().strip())
            and self.role_combo.currentIndex() >= 0
            and assess(passphrase) > Strength.TOO_SHORT
            and self.repeat_edit.text() == passphrase
        )

    def _update(self) -> None:
        passphrase = self.passphrase_edit.text()
        self.strength_hint.setText(self._hint(assess(passphrase)))
        repeat = self.repeat_edit.text()
        if repeat and repeat != passphrase and not passphrase.startswith(repeat):
            self.mismatch.show_message(self.tr("The two passphrases do not match."))
        else:
            self.mismatch.clear_message()
        self.create_button.setEnabled(self._ready())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.language_combo, self.name_edit, self.role_combo,
                       self.passphrase_edit, self.repeat_edit, self.back_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self._busy_text())
        else:
            self.busy.stop()
        self._update()

    # -- creating -------------------------------------------------------------------

    def _submit_if_ready(self) -> None:
        if self._ready():
            self._create()

    def _create(self) -> None:
        if not self._ready():
            return
        name = self.name_edit.text().strip()
        role = str(self.role_combo.currentData())
        passphrase = self.passphrase_edit.text()
        language = self.language_combo.language()
        params = self._kdf_params
        self.error.clear_message()
        self._set_busy(True)
        self._runner.run(
            lambda: profiles.create_profile(
                name, role, passphrase, language=language, params=params
            ),
            self._on_created,
            self._on_error,
            name="create_profile",
            on_discard=Session.lock,
        )

    def _on_created(self, session: Session) -> None:
        self._set_busy(False)
        self.reset(can_go_back=True)
        emit(self.created, session)

    def _on_error(self, error: FieldKitError) -> None:
        self._set_busy(False)
        self.error.show_message(describe(error))
        if error.code.startswith("passphrase."):
            self.passphrase_edit.clear()
            self.repeat_edit.clear()
            self.passphrase_edit.setFocus()
        else:
            self.name_edit.setFocus()
