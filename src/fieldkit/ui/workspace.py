"""The unlocked area: a navigation list of the pages a role needs, and the pages.

Pages are created fresh at every unlock and destroyed at every lock, so no
widget can keep a previous session's testimony. Before destroying them the
workspace asks each page to ``flush()`` (if it has pending writes, such as an
autosave) and to ``clear()``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.session import Session
from fieldkit.ui.home import LOCK_SHORTCUT, HomeScreen
from fieldkit.ui.page import Page, PageContext

__all__ = ["HIDE_SHORTCUT", "PageFactory", "Workspace"]

HIDE_SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_H)
PageFactory = Callable[[PageContext], Page]


class Workspace(QWidget):
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(
        self,
        context: PageContext,
        home: HomeScreen,
        factories: Mapping[str, Sequence[PageFactory]],
        parent: QWidget | None = None,
        *,
        wire: Callable[[Workspace], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.home = home
        self._factories = factories
        self._wire = wire
        self.pages: list[Page] = []
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.stack.addWidget(home)
        self.lock_button = QPushButton()
        self.hide_button = QPushButton()
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.hide_button)
        side.addWidget(self.lock_button)
        row = QHBoxLayout(self)
        row.addLayout(side)
        row.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.lock_button.clicked.connect(self.lock_requested)
        self.hide_button.clicked.connect(self.hide_requested)
        home.lock_requested.connect(self.lock_requested)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self._go(row))
        self.retranslate()

    def open(self, session: Session) -> None:
        """Create the pages of this profile's role and give them the session."""
        self.clear()
        self.home.show_session(session)
        for factory in self._factories.get(session.info.role, ()):
            page = factory(self.context)
            self.pages.append(page)
            self.stack.addWidget(page)
            page.open(session)
        if self._wire is not None:
            self._wire(self)
        self.retranslate()
        self._go(1 if self.pages else 0)

    def clear(self) -> None:
        """Flush pending writes, then destroy every page that showed the session."""
        for page in self.pages:
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()
        for page in self.pages:
            page.clear()
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.home.clear()
        self.nav.clear()

    def page_of(self, kind: type[Page]) -> Page | None:
        return next((p for p in self.pages if isinstance(p, kind)), None)

    def show_page(self, page: QWidget) -> None:
        index = ([self.home, *self.pages]).index(page)
        self._go(index)

    def _go(self, row: int) -> None:
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        widgets: list[QWidget] = [self.home, *self.pages]
        if 0 <= row < len(widgets):
            self.stack.setCurrentWidget(widgets[row])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.nav.currentRow()
        self.nav.blockSignals(True)
        self.nav.clear()
        for title in [self.tr("Profile"), *(page.title() for page in self.pages)]:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.nav.addItem(item)
        self.nav.setCurrentRow(max(current, 0))
        self.nav.blockSignals(False)
        self.nav.setAccessibleName(self.tr("Sections"))
        lock = LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        hide = HIDE_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_button.setText(self.tr("Lock") + f" ({lock})")
        self.hide_button.setText(self.tr("Hide") + f" ({hide})")
        self.hide_button.setToolTip(self.tr("Lock and minimise the window at once"))
        self.hide_button.setAccessibleName(self.tr("Hide"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
