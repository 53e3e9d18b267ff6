"""Choose a profile and unlock it.

The list shows each profile's name and role; the selected one's fingerprint
sits below in a smaller monospaced font. Unlocking derives the key (about a
second) through the :class:`TaskRunner`; a wrong passphrase says so under the
field, which is emptied and focused again for the next try.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import profiles
from fieldkit.services.profiles import ProfileSummary
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.messages import describe
from fieldkit.ui.signals import emit
from fieldkit.ui.start.profile_model import ProfileListModel
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.widgets import (
    BusyIndicator,
    InlineMessage,
    LanguageCombo,
    centered,
    fingerprint_font,
    plain_label,
    title_label,
)

__all__ = ["UnlockScreen"]


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the unlocked Session
    new_profile_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, runner: TaskRunner, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._translations = translations
        self._busy = False

        self.title = title_label()
        self.language_label = QLabel()
        self.language_combo = LanguageCombo(translations.language)
        self.list_label = QLabel()
        self.model = ProfileListModel(translations.language, self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(3)
        self.list_view.setMaximumHeight(220)
        self.list_label.setBuddy(self.list_view)
        self.fingerprint_caption = plain_label()
        self.fingerprint = plain_label(wrap=False)
        caption_font = self.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.9)
        self.fingerprint_caption.setFont(caption_font)
        self.fingerprint.setFont(fingerprint_font(self.font(), 0.9))
        self.passphrase_label = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.language_label.setBuddy(self.language_combo)
        self.error = InlineMessage()
        self.busy = BusyIndicator()
        self.new_button = QPushButton()
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self._build()

        self.language_combo.language_chosen.connect(self.language_chosen)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.passphrase_edit.textChanged.connect(self._update)
        self.passphrase_edit.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.new_button.clicked.connect(self.new_profile_requested)
        self.retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language_combo)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint_caption)
        fingerprint_row.addWidget(self.fingerprint, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.list_label)
        column.addWidget(self.list_view)
        column.addLayout(fingerprint_row)
        column.addSpacing(6)
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
        self.model.set_language(language)
        self.title.setText(self.tr("Unlock your profile"))
        self.language_label.setText(self.tr("Language"))
        self.list_label.setText(self.tr("Profiles on this computer"))
        self.list_view.setAccessibleName(self.tr("Profiles on this computer"))
        self.fingerprint_caption.setText(self.tr("Fingerprint:"))
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.new_button.setText(self.tr("New profile…"))
        self.unlock_button.setText(self.tr("Unlock"))
        if self._busy:
            self.busy.start(self._busy_text())

    def _busy_text(self) -> str:
        return self.tr("Unlocking. Deriving the key from your passphrase takes a moment…")

    # -- state ----------------------------------------------------------------------

    def reset(self, summaries: list[ProfileSummary], select: str | None = None) -> None:
        """Show ``summaries`` with ``select`` (or the first) chosen, and an empty field."""
        self.passphrase_edit.clear()
        self.error.clear_message()
        self.model.set_profiles(summaries)
        row = self.model.row_of(select) if select else -1
        if row < 0 and summaries:
            row = 0
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_fingerprint()
        self._update()
        self.passphrase_edit.setFocus()

    def selected(self) -> ProfileSummary | None:
        return self.model.profile(self.list_view.currentIndex().row())

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.error.clear_message()
        self._show_fingerprint()
        self._update()

    def _show_fingerprint(self) -> None:
        summary = self.selected()
        self.fingerprint.setText(summary.fingerprint if summary else "")
        self.fingerprint_caption.setVisible(summary is not None)

    def _update(self) -> None:
        self.unlock_button.setEnabled(
            not self._busy and self.selected() is not None and bool(self.passphrase_edit.text())
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.list_view, self.passphrase_edit, self.language_combo,
                       self.new_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self._busy_text())
        else:
            self.busy.stop()
        self._update()

    # -- unlocking ------------------------------------------------------------------

    def _unlock(self) -> None:
        summary = self.selected()
        passphrase = self.passphrase_edit.text()
        if self._busy or summary is None or not passphrase:
            return
        self.passphrase_edit.clear()
        self.error.clear_message()
        self._set_busy(True)
        profile_id = summary.id
        self._runner.run(
            lambda: profiles.unlock(profile_id, passphrase),
            self._on_unlocked,
            self._on_error,
            name="unlock",
            on_discard=Session.lock,
        )

    def _on_unlocked(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        emit(self.unlocked, session)

    def _on_error(self, error: FieldKitError) -> None:
        self._set_busy(False)
        self.error.show_message(describe(error))
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
