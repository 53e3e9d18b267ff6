"""The main window: start screens, or the unlocked area, in one stacked widget.

It holds the one open :class:`Session`. Locking drops it at once, clears every
widget that showed it and returns to the unlock screen; the vault itself is
closed on the worker thread, after any database work already running there, so
a query is never cut off mid-statement. :attr:`MainWindow.locked` fires once it
is closed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from fieldkit.errors import FieldKitError
from fieldkit.services import profiles
from fieldkit.services.profiles import KdfParams
from fieldkit.services.session import Session
from fieldkit.ui.home import LOCK_SHORTCUT, HomeScreen
from fieldkit.ui.i18n import Translations
from fieldkit.ui.page import PageContext
from fieldkit.ui.prefs import Prefs
from fieldkit.ui.roles import page_factories, wire
from fieldkit.ui.safety.inactivity import InactivityWatcher
from fieldkit.ui.settings.page import SettingsPage
from fieldkit.ui.signals import emit
from fieldkit.ui.start.unlock import UnlockScreen
from fieldkit.ui.start.welcome import WelcomeScreen
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.workspace import HIDE_SHORTCUT, PageFactory, Workspace

__all__ = ["MainWindow"]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    session_opened = Signal()
    locked = Signal()  # the vault is closed and its keys dropped

    def __init__(
        self,
        translations: Translations,
        prefs: Prefs,
        *,
        runner: TaskRunner | None = None,
        kdf_params: KdfParams | None = None,
        factories: Mapping[str, Sequence[PageFactory]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.translations = translations
        self.prefs = prefs
        self.runner = runner or TaskRunner(self)
        self.session: Session | None = None
        self._closing: list[Session] = []

        self.welcome = WelcomeScreen(self.runner, translations, kdf_params=kdf_params)
        self.unlock_screen = UnlockScreen(self.runner, translations)
        self.home = HomeScreen(translations)
        self.context = PageContext(self.runner, translations)
        self.workspace = Workspace(
            self.context,
            self.home,
            page_factories() if factories is None else factories,
            wire=wire if factories is None else None,
        )
        self.stack = QStackedWidget()
        for page in (self.welcome, self.unlock_screen, self.workspace):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.inactivity = InactivityWatcher(prefs.idle_minutes, self)
        self.inactivity.timed_out.connect(self.lock)

        self.hide_action = QAction(self)
        self.hide_action.setShortcut(HIDE_SHORTCUT)
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action.triggered.connect(self.quick_hide)
        self.addAction(self.hide_action)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(LOCK_SHORTCUT)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)

        self.welcome.created.connect(self._open)
        self.welcome.back_requested.connect(self.show_start)
        self.welcome.language_chosen.connect(self.set_language)
        self.unlock_screen.unlocked.connect(self._open)
        self.unlock_screen.new_profile_requested.connect(self._show_welcome)
        self.unlock_screen.language_chosen.connect(self.set_language)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.hide_requested.connect(self.quick_hide)

        self.setMinimumSize(560, 600)
        self.resize(900, 680)
        self.retranslate()
        self.show_start()

    # -- navigation -----------------------------------------------------------------

    def show_start(self) -> None:
        """The unlock screen when profiles exist, the welcome screen otherwise."""
        summaries = profiles.list_profiles()
        if not summaries:
            self.welcome.reset(can_go_back=False)
            self.stack.setCurrentWidget(self.welcome)
            return
        self.unlock_screen.reset(summaries, select=self.prefs.last_profile)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.passphrase_edit.setFocus()

    def _show_welcome(self) -> None:
        self.welcome.reset(can_go_back=True)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.name_edit.setFocus()

    def set_language(self, language: str) -> None:
        self.translations.install(language)
        self.prefs.language = self.translations.language

    # -- session --------------------------------------------------------------------

    def open_session(self, session: Session) -> None:
        """Show an already unlocked session (the demo profile, tests)."""
        self._open(session)

    def _open(self, session: Session) -> None:
        if self.session is not None:  # cannot happen through the screens; never leak one
            self._close_later(self.session)
        self.session = session
        self.prefs.last_profile = session.info.id
        if session.info.language != self.translations.language:
            self.set_language(session.info.language)
        self.workspace.open(session)
        settings = self.workspace.page_of(SettingsPage)
        if isinstance(settings, SettingsPage):
            settings.language_chosen.connect(self._remember_language)
            settings.idle_minutes_chosen.connect(self.inactivity.set_minutes)
        self.lock_action.setEnabled(True)
        self.stack.setCurrentWidget(self.workspace)
        self.inactivity.set_minutes(self.prefs.idle_minutes)
        self.inactivity.start()
        emit(self.session_opened)

    def _remember_language(self, language: str) -> None:
        """The language chosen in Settings: for the window and for this profile."""
        self.prefs.language = language
        if self.session is not None:
            session = self.session
            self.runner.run(
                lambda: profiles.set_language(session, language),
                lambda _result: None,
                lambda error: log.warning("could not store the language: %s", error.code),
                name="set language",
                essential=True,
            )

    def lock(self) -> None:
        """Clear every widget that showed the session and close the vault."""
        session, self.session = self.session, None
        if session is None:
            return
        self.lock_action.setEnabled(False)
        self.inactivity.stop()
        self.workspace.clear()  # pages flush pending autosaves (essential tasks) first
        self.runner.cancel_all()
        self._close_later(session)
        self.show_start()

    def quick_hide(self) -> None:
        """Lock and minimise in one keystroke (someone walks in)."""
        self.lock()
        self.showMinimized()

    def _close_later(self, session: Session) -> None:
        self._closing.append(session)

        def closed(_result: object) -> None:
            if session in self._closing:
                self._closing.remove(session)
            emit(self.locked)

        def failed(error: FieldKitError) -> None:
            log.warning("closing the vault failed: %s", error.code)
            closed(None)

        self.runner.run(session.lock, closed, failed, name="lock", essential=True)

    # -- window ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle("FieldKit")
        self.lock_action.setText(self.tr("Lock"))
        self.hide_action.setText(self.tr("Hide"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the worker and close every vault still open (safe to call twice)."""
        self.inactivity.stop()
        self.workspace.clear()
        self.runner.shutdown()
        for session in [*self._closing, *([self.session] if self.session else [])]:
            session.lock()
        self._closing.clear()
        self.session = None
