"""Auto-lock: a timer that any keyboard, mouse or touch input restarts.

Installed as an application-wide event filter so every window and dialog
counts as activity. ``timed_out`` fires once per idle period; the main window
locks on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from fieldkit.ui.signals import emit

__all__ = ["DEFAULT_IDLE_MINUTES", "InactivityWatcher"]

DEFAULT_IDLE_MINUTES = 5
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class InactivityWatcher(QObject):
    timed_out = Signal()

    def __init__(self, minutes: int = DEFAULT_IDLE_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self.set_minutes(minutes)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, min(minutes, 240)) * 60_000)

    def set_interval_ms(self, interval: int) -> None:
        """For tests and settings; restarts the count if running."""
        self._timer.setInterval(interval)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _expired(self) -> None:
        emit(self.timed_out)
