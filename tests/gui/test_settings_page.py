"""The Settings page: language switches at once, auto-lock minutes go to the prefs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.i18n import Translations
from fieldkit.ui.page import PageContext
from fieldkit.ui.prefs import Prefs
from fieldkit.ui.settings import SettingsPage
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import flush_language_change

TIMEOUT = 30_000


@pytest.fixture
def translations() -> Iterator[Translations]:
    chosen = Translations()
    yield chosen
    chosen.install("en")
    flush_language_change()


@pytest.fixture
def context(translations: Translations) -> Iterator[PageContext]:
    runner = TaskRunner()
    yield PageContext(runner, translations)
    runner.shutdown()


@pytest.fixture
def session() -> Iterator[Session]:
    opened = make_profile()
    yield opened
    opened.lock()


@pytest.fixture
def page(qtbot: QtBot, context: PageContext, session: Session) -> SettingsPage:
    built = SettingsPage(context)
    qtbot.addWidget(built)
    built.show()
    built.open(session)
    return built


def test_it_shows_the_profile(page: SettingsPage, session: Session) -> None:
    assert page.title() == "Settings"
    assert page.name.text() == plain(session.info.display_name)
    assert page.fingerprint.text() == session.fingerprint
    assert page.role.text() != ""
    page.clear()
    assert page.name.text() == page.role.text() == page.fingerprint.text() == ""


def test_choosing_ukrainian_installs_it(
    qtbot: QtBot, page: SettingsPage, context: PageContext
) -> None:
    combo = page.language_combo
    assert combo.language() == "en"
    combo.setFocus()
    with qtbot.waitSignal(page.language_chosen, timeout=TIMEOUT) as signal:
        QTest.keyClick(combo, Qt.Key.Key_Down)  # English -> Українська, as a user picks it
    assert signal.args == ["uk"]
    assert context.translations.language == "uk"
    flush_language_change()
    assert page.title() != "Settings"
    assert page.title_text.text() == page.title()


def test_the_spin_box_writes_the_idle_minutes(qtbot: QtBot, page: SettingsPage) -> None:
    assert page.idle_spin.minimum() == 1
    assert page.idle_spin.maximum() == 240
    assert page.idle_spin.value() == Prefs().idle_minutes
    with qtbot.waitSignal(page.idle_minutes_chosen, timeout=TIMEOUT) as signal:
        page.idle_spin.setValue(17)
    assert signal.args == [17]
    assert Prefs().idle_minutes == 17


def test_it_starts_from_the_saved_minutes(qtbot: QtBot, context: PageContext) -> None:
    Prefs().idle_minutes = 42
    built = SettingsPage(context)
    qtbot.addWidget(built)
    assert built.idle_spin.value() == 42
