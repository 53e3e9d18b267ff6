"""What every screen of the unlocked area is: a ``Page`` with one session at a time.

The workspace (``ui/workspace.py``) creates the pages a role needs, calls
:meth:`Page.open` after unlock and :meth:`Page.clear` on every lock: a page must
then show nothing of the session and drop its reference to it. Pages do their
database work through ``context.runner`` (the one worker thread) and never
block the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.tasks import TaskRunner

__all__ = ["Page", "PageContext"]


@dataclass(frozen=True)
class PageContext:
    runner: TaskRunner
    translations: Translations


class Page(QWidget):
    """Base class: subclasses override ``title``, ``open``, ``clear`` and ``retranslate``."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: Session | None = None

    def title(self) -> str:
        """The page's name in the navigation, translated."""
        raise NotImplementedError

    def open(self, session: Session) -> None:
        """Show ``session``'s data (load it through the runner)."""
        self.session = session

    def clear(self) -> None:
        """Forget the session and empty every widget that showed its data."""
        self.session = None

    def retranslate(self) -> None:
        """Set every visible text again (called on language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
