"""The start screens as a person uses them: create a profile, unlock, retry, lock."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.errors import WrongPassphrase
from fieldkit.services import profiles
from fieldkit.services.session import Session
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.messages import describe
from tests.conftest import PASSPHRASE, make_profile

WindowFactory = Callable[[], MainWindow]
TIMEOUT = 30_000  # generous for slow CI machines; the waits end as soon as the signal comes


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does; QTest.keyClicks only knows ASCII, names need Cyrillic."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def fill_welcome(qtbot: QtBot, win: MainWindow, *, name: str, role: str) -> None:
    screen = win.welcome
    type_text(screen.name_edit, name)
    screen.role_combo.setCurrentIndex(screen.role_combo.findData(role))
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(screen.repeat_edit, PASSPHRASE)


def existing_profile() -> Session:
    session = make_profile()
    session.lock()
    return session


def unlock(qtbot: QtBot, win: MainWindow, passphrase: str = PASSPHRASE) -> None:
    qtbot.keyClicks(win.unlock_screen.passphrase_edit, passphrase)
    with qtbot.waitSignal(win.session_opened, timeout=TIMEOUT):
        qtbot.mouseClick(win.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)


def test_first_run_creates_a_profile_and_shows_its_fingerprint(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    win = make_window()
    assert win.stack.currentWidget() is win.welcome
    assert not win.welcome.back_button.isVisible()
    assert not win.welcome.create_button.isEnabled()

    fill_welcome(qtbot, win, name="Олена Коваленко", role="psychologist")
    assert win.welcome.create_button.isEnabled()
    with qtbot.waitSignal(win.session_opened, timeout=TIMEOUT):
        qtbot.mouseClick(win.welcome.create_button, Qt.MouseButton.LeftButton)

    [summary] = profiles.list_profiles()
    assert summary.display_name == "Олена Коваленко"
    assert summary.role == "psychologist"
    assert summary.language == "en"
    assert win.stack.currentWidget() is win.workspace
    assert win.home.fingerprint.text() == summary.fingerprint
    assert win.home.name.text() == "Олена Коваленко"
    assert win.home.role.text() == "Psychologist"
    assert win.session is not None and win.session.is_unlocked
    assert win.welcome.passphrase_edit.text() == win.welcome.repeat_edit.text() == ""


def test_create_stays_disabled_until_the_form_is_valid(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    screen = make_window().welcome
    qtbot.keyClicks(screen.name_edit, "Olena")
    screen.role_combo.setCurrentIndex(0)
    qtbot.keyClicks(screen.passphrase_edit, "short")
    assert "8" in screen.strength_hint.text()
    assert not screen.create_button.isEnabled()

    screen.passphrase_edit.clear()
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(screen.repeat_edit, "correct horse battery stapler")
    assert screen.mismatch.isVisible()
    assert screen.mismatch.message == "The two passphrases do not match."
    assert not screen.create_button.isEnabled()

    qtbot.keyClick(screen.repeat_edit, Qt.Key.Key_Backspace)
    assert not screen.mismatch.isVisible()
    assert screen.create_button.isEnabled()
    assert "Strong" in screen.strength_hint.text()


def test_a_weak_passphrase_gets_the_several_words_hint(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    screen = make_window().welcome
    qtbot.keyClicks(screen.passphrase_edit, "aaaaaaaaaa")
    assert "several words" in screen.strength_hint.text()


def test_later_run_lists_profiles_with_the_fingerprint_of_the_selected_one(
    make_window: WindowFactory,
) -> None:
    first = existing_profile()
    second = make_profile("psychologist", "Marta Nowak")
    second.lock()
    win = make_window()
    screen = win.unlock_screen
    assert win.stack.currentWidget() is screen
    assert screen.model.rowCount() == 2
    assert screen.model.data(screen.model.index(0)) == "Olena Kovalenko\nInterviewer (lawyer)"
    assert screen.fingerprint.text() == first.fingerprint
    screen.list_view.setCurrentIndex(screen.model.index(1))
    assert screen.fingerprint.text() == second.fingerprint
    assert screen.fingerprint.font().pointSizeF() < screen.passphrase_edit.font().pointSizeF()


def test_wrong_passphrase_says_so_clears_the_field_and_allows_a_retry(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    existing_profile()
    win = make_window()
    screen = win.unlock_screen
    qtbot.keyClicks(screen.passphrase_edit, "wrong horse battery staple")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.error.message), timeout=TIMEOUT)

    assert screen.error.message == describe(WrongPassphrase())
    assert screen.error.isVisible()
    assert not screen.busy.isVisible()
    assert screen.passphrase_edit.text() == ""
    assert screen.passphrase_edit.isEnabled()
    assert QApplication.focusWidget() is screen.passphrase_edit
    assert win.stack.currentWidget() is screen
    assert win.session is None

    unlock(qtbot, win)
    assert win.stack.currentWidget() is win.workspace
    assert not screen.error.isVisible()


def test_unlock_runs_off_the_gui_thread_behind_a_busy_indicator(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing_profile()
    threads: list[int] = []
    real_unlock = profiles.unlock

    def recording_unlock(profile_id: str, passphrase: str) -> Session:
        threads.append(threading.get_ident())
        return real_unlock(profile_id, passphrase)

    monkeypatch.setattr(profiles, "unlock", recording_unlock)
    win = make_window()
    screen = win.unlock_screen
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(win.session_opened, timeout=TIMEOUT):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        # The result can only arrive through the event loop, which has not run yet.
        assert screen.busy.isVisible()
        assert not screen.passphrase_edit.isEnabled()
        assert not screen.unlock_button.isEnabled()
    assert threads and threads[0] != threading.get_ident()
    assert not screen.busy.isVisible()


def test_ctrl_l_locks_and_leaves_nothing_of_the_session_on_screen(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    existing_profile()
    win = make_window()
    unlock(qtbot, win)
    session = win.session
    assert session is not None
    fingerprint, name = session.fingerprint, session.info.display_name
    assert fingerprint in win.home.shown_texts()

    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not session.is_unlocked
    assert win.session is None
    assert win.stack.currentWidget() is win.unlock_screen
    assert win.home.shown_texts() == ["", "", ""]
    home_texts = [w.text() for w in win.home.findChildren(QLabel)]
    assert not any(name in text or fingerprint in text for text in home_texts)
    assert all(edit.text() == "" for edit in win.findChildren(QLineEdit))
    assert not win.lock_action.isEnabled()

    unlock(qtbot, win)  # and it unlocks again
    assert win.home.fingerprint.text() == fingerprint


def test_the_lock_button_locks_too(qtbot: QtBot, make_window: WindowFactory) -> None:
    existing_profile()
    win = make_window()
    unlock(qtbot, win)
    session = win.session
    assert session is not None
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        qtbot.mouseClick(win.home.lock_button, Qt.MouseButton.LeftButton)
    assert not session.is_unlocked


def test_new_profile_from_the_unlock_screen_and_back(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    existing_profile()
    win = make_window()
    qtbot.mouseClick(win.unlock_screen.new_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.welcome
    assert win.welcome.back_button.isVisible()
    qtbot.mouseClick(win.welcome.back_button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.unlock_screen

    qtbot.mouseClick(win.unlock_screen.new_button, Qt.MouseButton.LeftButton)
    fill_welcome(qtbot, win, name="Marta Nowak", role="interviewer")
    with qtbot.waitSignal(win.session_opened, timeout=TIMEOUT):
        qtbot.keyClick(win.welcome.repeat_edit, Qt.Key.Key_Return)
    assert len(profiles.list_profiles()) == 2


def test_closing_the_window_closes_the_vault(qtbot: QtBot, make_window: WindowFactory) -> None:
    existing_profile()
    win = make_window()
    unlock(qtbot, win)
    session = win.session
    assert session is not None
    win.close()
    assert not session.is_unlocked


def test_the_last_unlocked_profile_is_selected_next_time(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    existing_profile()
    marta = make_profile("psychologist", "Marta Nowak")
    marta.lock()
    win = make_window()
    win.unlock_screen.list_view.setCurrentIndex(win.unlock_screen.model.index(1))
    unlock(qtbot, win)
    win.close()

    again = make_window()
    selected = again.unlock_screen.selected()
    assert selected is not None and selected.id == marta.info.id
