"""The unlocked area: the pages of each role, and how they work together."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from fieldkit.ui.hq.devices import DevicesPage
from fieldkit.ui.interview_list.list_page import InterviewListPage
from fieldkit.ui.interviews.editor import InterviewEditorPage
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.sync.page import SyncPage

from ..conftest import make_profile
from .test_start import TIMEOUT, unlock


def test_an_interviewer_gets_the_list_the_editor_and_sync(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    make_profile().lock()
    win = make_window()
    unlock(qtbot, win)
    kinds = [type(page) for page in win.workspace.pages]
    assert kinds[:2] == [InterviewListPage, InterviewEditorPage] and SyncPage in kinds
    listing = win.workspace.page_of(InterviewListPage)
    editor = win.workspace.page_of(InterviewEditorPage)
    assert isinstance(listing, InterviewListPage) and isinstance(editor, InterviewEditorPage)
    assert win.workspace.stack.currentWidget() is listing
    listing.new_requested.emit()
    assert win.workspace.stack.currentWidget() is editor
    with qtbot.waitSignal(editor.closed, timeout=TIMEOUT):
        editor.close_editor()
    qtbot.waitUntil(lambda: win.workspace.stack.currentWidget() is listing, timeout=TIMEOUT)


def test_a_coordinator_gets_the_hq_pages(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    make_profile("coordinator", "HQ").lock()
    win = make_window()
    unlock(qtbot, win)
    assert DevicesPage in [type(page) for page in win.workspace.pages]
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        win.lock()
    assert win.workspace.pages == []


def test_the_language_chosen_in_settings_is_remembered_for_the_profile(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    from fieldkit.services import profiles
    from fieldkit.ui.settings.page import SettingsPage

    make_profile().lock()
    win = make_window()
    unlock(qtbot, win)
    settings = win.workspace.page_of(SettingsPage)
    assert isinstance(settings, SettingsPage)
    settings.choose_language("pl")
    qtbot.waitUntil(lambda: profiles.list_profiles()[0].language == "pl", timeout=TIMEOUT)
    assert win.prefs.language == "pl"
