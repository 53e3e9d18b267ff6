"""Auto-lock after idle time, and the quick-hide shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.prefs import DEFAULT_IDLE_MINUTES, Prefs

from ..conftest import make_profile
from .test_start import TIMEOUT, unlock


def opened(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    make_profile().lock()
    win = make_window()
    unlock(qtbot, win)
    return win


def test_idle_time_locks_the_profile(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    win = opened(qtbot, make_window)
    session = win.session
    assert session is not None and win.inactivity.active
    win.inactivity.set_interval_ms(50)
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        pass
    assert not session.is_unlocked
    assert win.session is None
    assert win.stack.currentWidget() is win.unlock_screen
    assert not win.inactivity.active


def test_input_restarts_the_idle_timer(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    """Input every 100 ms for longer than the idle time keeps the profile open."""
    win = opened(qtbot, make_window)
    locks: list[bool] = []
    win.locked.connect(lambda: locks.append(True))
    win.inactivity.set_interval_ms(1_500)
    ticks = {"n": 0}
    driver = QTimer()
    driver.setInterval(100)

    def move() -> None:
        ticks["n"] += 1
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(win.workspace, event)
        if ticks["n"] == 25:  # 2.5 s of activity: longer than the idle time
            driver.stop()
            done.append(True)

    done: list[bool] = []
    driver.timeout.connect(move)
    driver.start()
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert locks == [] and win.session is not None
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        pass  # no more input: the idle time runs out


def test_quick_hide_locks_and_minimises(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    win = opened(qtbot, make_window)
    session = win.session
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        win.hide_action.trigger()
    assert session is not None and not session.is_unlocked
    assert win.windowState() & Qt.WindowState.WindowMinimized


def test_idle_minutes_are_remembered() -> None:
    prefs = Prefs()
    assert prefs.idle_minutes == DEFAULT_IDLE_MINUTES
    prefs.idle_minutes = 12
    assert Prefs().idle_minutes == 12
    prefs.idle_minutes = 100_000
    assert Prefs().idle_minutes == 240
