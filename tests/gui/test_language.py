"""Switching the language changes what is on screen, and is remembered."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from fieldkit.errors import WrongPassphrase
from fieldkit.services import profiles
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.messages import describe
from fieldkit.ui.prefs import Prefs
from tests.conftest import PASSPHRASE, make_profile
from tests.gui.conftest import ts_translation

WindowFactory = Callable[[], MainWindow]
TIMEOUT = 30_000


def choose_next_language(qtbot: QtBot, combo: QComboBox) -> None:
    """The keyboard way: Down on a closed combo box picks the next item."""
    qtbot.keyClick(combo, Qt.Key.Key_Down)


@pytest.mark.parametrize(("presses", "language"), [(1, "uk"), (2, "pl")])
def test_welcome_screen_switches_language(
    qtbot: QtBot, make_window: WindowFactory, presses: int, language: str
) -> None:
    win = make_window()
    screen = win.welcome
    assert screen.create_button.text() == "Create profile"
    expected = ts_translation(language, "WelcomeScreen", "Create profile")
    assert expected and expected != "Create profile"
    for _ in range(presses):
        choose_next_language(qtbot, screen.language_combo)

    qtbot.waitUntil(lambda: screen.create_button.text() == expected)
    assert win.translations.language == language
    assert screen.title.text() == ts_translation(language, "WelcomeScreen", "Welcome to FieldKit")
    role = screen.role_combo
    assert role.itemText(role.findData("interviewer")) == {
        "uk": "Інтерв’юер (юрист)", "pl": "Osoba prowadząca wywiad (prawnik)"}[language]
    assert Prefs().language == language


def test_the_chosen_language_is_stored_with_the_new_profile(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    win = make_window()
    screen = win.welcome
    choose_next_language(qtbot, screen.language_combo)
    qtbot.keyClicks(screen.name_edit, "Olena")
    screen.role_combo.setCurrentIndex(0)
    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(screen.repeat_edit, PASSPHRASE)
    with qtbot.waitSignal(win.session_opened, timeout=TIMEOUT):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    [summary] = profiles.list_profiles()
    assert summary.language == "uk"
    assert win.home.role.text() == "Інтерв’юер (юрист)"
    lock_text = ts_translation("uk", "HomeScreen", "Lock")
    assert win.home.lock_button.text().startswith(lock_text)


def test_unlock_screen_switches_language_and_errors_follow(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    make_profile().lock()
    win = make_window()
    screen = win.unlock_screen
    for _ in range(2):
        choose_next_language(qtbot, screen.language_combo)
    expected = ts_translation("pl", "UnlockScreen", "Unlock")
    qtbot.waitUntil(lambda: screen.unlock_button.text() == expected)
    shown = str(screen.model.data(screen.model.index(0)))
    assert shown.endswith("Osoba prowadząca wywiad (prawnik)")

    qtbot.keyClicks(screen.passphrase_edit, "not the passphrase")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.error.message), timeout=TIMEOUT)
    assert screen.error.message == ts_translation(
        "pl", "Errors", "The passphrase is not correct. Check the keyboard layout and Caps Lock, "
        "and try again.")
    assert screen.error.message == describe(WrongPassphrase())


def test_the_language_is_remembered_for_the_next_start(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    win = make_window()
    choose_next_language(qtbot, win.welcome.language_combo)
    qtbot.waitUntil(lambda: win.translations.language == "uk")
    win.close()
    again = make_window()
    assert again.translations.language == "uk"
    assert again.welcome.language_combo.language() == "uk"
    assert again.welcome.create_button.text() == ts_translation(
        "uk", "WelcomeScreen", "Create profile")


def test_unlocking_switches_to_the_profiles_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    profiles.create_profile("Marta Nowak", "psychologist", PASSPHRASE, language="pl",
                            params=profiles.KdfParams.floor()).lock()
    win = make_window()
    assert win.translations.language == "en"
    qtbot.keyClicks(win.unlock_screen.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(win.session_opened, timeout=TIMEOUT):
        qtbot.keyClick(win.unlock_screen.passphrase_edit, Qt.Key.Key_Return)
    assert win.translations.language == "pl"
    assert win.home.role.text() == "Psycholog"
    assert win.home.title.text() == ts_translation("pl", "HomeScreen", "Profile unlocked")
