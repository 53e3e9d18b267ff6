"""The interview list page: search, filters and the table, all from the keyboard.

- Arrows move in the table; Enter (or a double click) opens the selected
  interview: :attr:`InterviewListPage.open_requested` with its record id.
- Ctrl+F goes to the search field; typing there searches the accounts as you
  type (debounced: the search runs 150 ms after the last keystroke); Down moves
  to the results; Esc empties the search and shows the list again.
- Ctrl+N, or the "New interview" button, asks for a new interview
  (:attr:`InterviewListPage.new_requested`).
- Clicking a column header sorts by it (again: the other way round).
- "Export PDF…" (the button, or the table's context menu) exports the selected
  interview as a PDF through :class:`~fieldkit.ui.reports.PdfExportDialog`.

Everything shown is plain text. :meth:`InterviewListPage.clear` empties the
table, the search field, the filters and the list of cities.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import interview_rows
from fieldkit.services.session import Session
from fieldkit.ui.interview_list.filters import FilterBar
from fieldkit.ui.interview_list.list_model import (
    COLUMN_CASE,
    COLUMN_CITY,
    COLUMN_DATE,
    COLUMN_PERSON,
    COLUMN_STATUS,
    InterviewListModel,
    status_label,
)
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.reports.pdf_dialog import PdfExportDialog
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import InlineMessage, plain_label, title_label

__all__ = ["FIND_SHORTCUT", "NEW_SHORTCUT", "SEARCH_DELAY_MS", "InterviewListPage"]

SEARCH_DELAY_MS: Final = 150
SLOW_MS: Final = 400  # a query running longer than this says "Loading…"
FIND_SHORTCUT: Final = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F)
NEW_SHORTCUT: Final = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)
# Typical values of each column, for the first widths (the user can resize; the last
# column, the categories, stretches to fill the rest).
_SAMPLES: Final = {
    COLUMN_CASE: "FK-2026-00000",
    COLUMN_PERSON: "P-00000",
    COLUMN_DATE: "2026-12-01",
    COLUMN_CITY: "Przemyśl",
}


class InterviewListPage(Page):
    """The interviews of the profile; see the module docstring."""

    open_requested = Signal(str)  # the record id of the interview to open
    new_requested = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        language = context.translations.language
        self.model = InterviewListModel(context.runner, language, self)
        self._cities_task_generation = 0

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.export_button = QPushButton()
        self.export_dialog: PdfExportDialog | None = None
        self.filters = FilterBar(language)
        self.error = InlineMessage()
        self.hint = plain_label()
        self.table = QTableView()
        self.table.setModel(self.model)
        self._setup_table()
        self.empty_state = QWidget(self.table.viewport())
        self.empty_title = title_label()
        self.empty_hint = plain_label()
        empty = QVBoxLayout(self.empty_state)
        empty.setContentsMargins(24, 24, 24, 24)
        empty.addStretch(1)
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.addWidget(label)
        empty.addStretch(2)
        self.empty_state.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_state.hide()
        self.table.viewport().installEventFilter(self)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.loading_timer = QTimer(self)  # "Loading…" only when a query takes a while
        self.loading_timer.setSingleShot(True)
        self.loading_timer.setInterval(SLOW_MS)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.setTabOrder(self.search_edit, self.new_button)
        self.setTabOrder(self.new_button, self.export_button)
        self.setTabOrder(self.export_button, self.filters.status_combo)
        self.setTabOrder(self.filters.reset_button, self.table)

        self.find_shortcut = QShortcut(FIND_SHORTCUT, self)
        self.new_shortcut = QShortcut(NEW_SHORTCUT, self)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        # Ctrl+F and Ctrl+N work wherever the focus is in the window while the page is
        # shown (hidden pages' shortcuts are off); Esc only inside the page.
        for shortcut in (self.find_shortcut, self.new_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_shortcut.setEnabled(False)

        self.find_shortcut.activated.connect(self.focus_search)
        self.new_shortcut.activated.connect(self._new)
        self.new_button.clicked.connect(self._new)
        self.export_button.clicked.connect(self.export_pdf)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.escape_shortcut.activated.connect(self.clear_search)
        self.search_edit.textChanged.connect(self._search_edited)
        self.search_edit.installEventFilter(self)
        self.search_timer.timeout.connect(self._search_now)
        self.filters.changed.connect(self._filters_changed)
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_clicked)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.loading_changed.connect(self._update_empty)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.modelReset.connect(self._update_export)
        self.loading_timer.timeout.connect(self._update_hint)

        self._sync_header()
        self._set_enabled(False)
        self.retranslate()
        self.table.selectionModel().currentChanged.connect(self._update_export)
        self._update_export()

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)
        table.setCornerButtonEnabled(False)
        table.setShowGrid(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    # -- the Page protocol ----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Interviews")

    def open(self, session: Session) -> None:
        super().open(session)
        self.error.clear_message()
        self.model.set_language(self.context.translations.language)
        self.model.set_filter(self.filters.value())
        self.model.open(session)
        self._set_enabled(True)
        self._load_cities(session)

    def clear(self) -> None:
        super().clear()
        self._cities_task_generation += 1
        self.search_timer.stop()
        self.loading_timer.stop()
        self.model.clear()  # first: with no session, the inputs below start no query
        if self.export_dialog is not None:
            self.export_dialog.release()
            self.export_dialog = None
        self.search_edit.clear()
        self.filters.clear()
        self.table.clearSelection()
        self.error.clear_message()
        self.hint.clear()
        self._sync_header()
        self._set_enabled(False)
        self._update_empty()

    def retranslate(self) -> None:
        language = self.context.translations.language
        self.model.set_language(language)
        self.filters.set_language(language)
        find = FIND_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        new = NEW_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.search_edit.setPlaceholderText(self.tr("Search the accounts") + f" ({find})")
        self.search_edit.setAccessibleName(self.tr("Search the accounts"))
        self.new_button.setText(self.tr("New interview") + f" ({new})")
        self.new_button.setAccessibleName(self.tr("New interview"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.export_button.setAccessibleName(self.tr("Export the selected interview as a PDF"))
        self.table.setAccessibleName(self.tr("Interviews"))
        self.hint.setAccessibleName(self.tr("Search results"))
        self.error.setAccessibleName(self.tr("Problem"))
        self._size_columns(language)
        self._update_empty()
        self._update_hint()

    # -- actions --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_search(self) -> None:
        """Empty the search field: the list comes back at once."""
        self.search_edit.clear()

    def reload(self) -> None:
        """Run the current query again from the start (after a new interview was saved)."""
        if self.session is not None:
            self.model.reload()
            self._load_cities(self.session)

    def refresh_rows(self, record_ids: list[str]) -> None:
        """Show the current state of these interviews, where they are listed (after edits)."""
        self.model.refresh(record_ids)

    def current_record_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def export_pdf(self) -> None:
        """Open the PDF export for the selected interview."""
        session, record_id = self.session, self.current_record_id()
        if session is None or record_id is None or self.export_dialog is not None:
            return
        case = self.model.data(self.model.index(self.table.currentIndex().row(), COLUMN_CASE))
        dialog = PdfExportDialog(
            self.context.runner, session, record_id, str(case or ""),
            language=self.context.translations.language, parent=self)
        self.export_dialog = dialog

        def closed(_result: int) -> None:
            if self.export_dialog is dialog:
                self.export_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _context_menu(self, point: QPoint) -> None:
        if self.session is None or not self.table.indexAt(point).isValid():
            return
        self.table.setCurrentIndex(self.table.indexAt(point))
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(self.table.currentIndex()))
        menu.addAction(self.tr("Export PDF…"), self.export_pdf)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _update_export(self, *_args: object) -> None:
        self.export_button.setEnabled(
            self.session is not None and self.current_record_id() is not None)

    def _new(self) -> None:
        if self.session is not None:
            emit(self.new_requested)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id is not None:
            emit(self.open_requested, record_id)

    def _search_edited(self, text: str) -> None:
        self.escape_shortcut.setEnabled(bool(text))
        if text.strip():
            self.search_timer.start()  # restarts: only a pause in typing searches
        else:
            self._search_now()

    def _search_now(self) -> None:
        self.search_timer.stop()
        if self.session is None:
            return
        self.model.set_search(self.search_edit.text())
        self._update_hint()

    def _filters_changed(self) -> None:
        if self.session is not None:
            self.model.set_filter(self.filters.value())

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        self.model.sort(section, order)
        self._sync_header()  # the categories column does not sort: the indicator goes back

    def _sync_header(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.blockSignals(False)
        header.viewport().update()

    def _go_to_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _load_cities(self, session: Session) -> None:
        self._cities_task_generation += 1
        generation = self._cities_task_generation

        def done(cities: list[str]) -> None:
            if generation == self._cities_task_generation and self.session is session:
                self.filters.set_cities(cities)

        def failed(error: FieldKitError) -> None:
            if generation == self._cities_task_generation:
                self._failed(error)

        self.context.runner.run(
            lambda: interview_rows.known_cities(session), done, failed, name="interview cities"
        )

    # -- results --------------------------------------------------------------------------

    def _loaded(self) -> None:
        self.error.clear_message()
        self._update_hint()

    def _failed(self, error: object) -> None:
        if isinstance(error, FieldKitError):
            self.error.show_message(describe(error))

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.loading_timer.start()
        else:
            self.loading_timer.stop()
            self._update_hint()

    def _update_hint(self) -> None:
        if self.model.is_loading():  # the last result's line stays until the next one
            if not self.loading_timer.isActive():
                self.hint.setText(self.tr("Loading…"))
            return
        typed = self.search_edit.text().strip()
        if typed and not self.model.searchable(typed):
            self.hint.setText(self.tr("Type at least three letters to search."))
        elif not self.model.is_searching() or not self.model.rowCount():
            self.hint.clear()  # (no matches: the table itself says so)
        elif self.model.is_search_capped():
            self.hint.setText(self.tr(
                "More interviews match: showing the {count} most recently recorded."
                " Add words to narrow the search."
            ).format(count=self.model.rowCount()))
        else:
            self.hint.setText(self.tr("Matches: {count}").format(count=self.model.rowCount()))

    def _update_empty(self, *_args: object) -> None:
        empty = (self.session is not None and self.model.rowCount() == 0
                 and not self.model.is_loading())
        if not empty:
            self.empty_state.hide()
            self.empty_title.clear()
            self.empty_hint.clear()
            return
        if self.model.is_narrowed():
            self.empty_title.setText(self.tr("Nothing matches"))
            self.empty_hint.setText(self.tr("Try other words, or reset the filters."))
        else:
            new = NEW_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
            self.empty_title.setText(self.tr("No interviews yet"))
            self.empty_hint.setText(self.tr(
                "Start one with \u201cNew interview\u201d ({shortcut})."
            ).format(shortcut=new))
        self.empty_state.setGeometry(self.table.viewport().rect())
        self.empty_state.show()

    # -- plumbing -------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.search_edit, self.new_button, self.filters, self.table):
            widget.setEnabled(enabled)
        self._update_export()
        self.find_shortcut.setEnabled(enabled)
        self.new_shortcut.setEnabled(enabled)

    def _size_columns(self, language: str) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 16  # the sort arrow and the margins
        samples = dict(_SAMPLES)
        samples[COLUMN_STATUS] = max(
            (status_label(code, language) for code in ("draft", "sealed", "withdrawn")),
            key=metrics.horizontalAdvance,
        )
        titles = self.model.titles()
        for column, sample in samples.items():
            width = max(metrics.horizontalAdvance(sample),
                        metrics.horizontalAdvance(titles[column]))
            header.resizeSection(column, width + padding)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_state.setGeometry(self.table.viewport().rect())
        elif watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self._go_to_results()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._search_now()
                return True
        return super().eventFilter(watched, event)

