"""The interview list as a table model: pages fetched lazily, on the worker thread.

The model holds the list rows of the pages fetched so far (case number, person
code, date, city, status and category codes, never an account) and fetches the
next page only when the view asks (``canFetchMore``/``fetchMore``), with keyset
pagination: ``after=`` the last row's (sort value, key), never an OFFSET. So a
profile with 100 000 interviews costs one page of 100 rows to show.

Two modes share the table:

- the list, sorted by one column and narrowed by an :class:`InterviewFilter`;
- a search: the first 200 interviews whose accounts match
  (``interview_rows.search_rows``), sorted and filtered like the list. (Not in
  relevance order: ranking reads every match, seconds for a common word among
  100 000 interviews.)

Every query runs through the :class:`TaskRunner`; its result is applied on the
GUI thread. Each query has a generation number, and results of an older one
(the user typed on, changed a filter or locked) are dropped, so rows from two
queries never mix. A model being refreshed keeps its rows until the new ones
arrive: no flicker between keystrokes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fieldkit.domain import vocabulary
from fieldkit.errors import FieldKitError
from fieldkit.services import interview_rows, records
from fieldkit.services.records import InterviewFilter, InterviewRow
from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import Task, TaskRunner

__all__ = [
    "COLUMN_CASE",
    "COLUMN_CATEGORIES",
    "COLUMN_CITY",
    "COLUMN_DATE",
    "COLUMN_PERSON",
    "COLUMN_STATUS",
    "ID_ROLE",
    "PAGE_SIZE",
    "InterviewListModel",
    "category_labels",
    "status_label",
]

log = logging.getLogger(__name__)

COLUMN_CASE, COLUMN_PERSON, COLUMN_DATE, COLUMN_CITY, COLUMN_STATUS, COLUMN_CATEGORIES = range(6)
SORT_KEYS: Final[tuple[str | None, ...]] = ("case", "person", "date", "city", "status", None)
"""The ``list_interviews`` sort key of each column; None where a column cannot be sorted."""
PAGE_SIZE: Final = 100
"""Rows per fetch (``InterviewListModel.page_size``, which tests make smaller)."""
ID_ROLE: Final = int(Qt.ItemDataRole.UserRole.value) + 1
"""``data(index, ID_ROLE)``: the record id of the row."""

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE: Final = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ROW_FLAGS: Final = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def _sort_value(row: InterviewRow, key: str) -> str:
    values = {
        "case": row.case_number,
        "person": row.person_code,
        "date": row.interview_date,
        "city": row.city,
        "status": row.status,
    }
    return values[key]


def status_label(status: str, language: str) -> str:
    """The status in ``language`` (the bare code for one this version does not know)."""
    statuses = vocabulary.closed_list("record_status")
    return statuses.get(status).label(language) if statuses.has(status) else plain(status)


def category_labels(codes: Sequence[str], language: str) -> list[str]:
    """The labels of these violation codes in ``language``, in the record's order."""
    terms = vocabulary.violations()
    return [terms.get(code).label(language) if terms.has(code) else plain(code) for code in codes]


class InterviewListModel(QAbstractTableModel):
    """Six columns over the rows fetched so far; see the module docstring."""

    loaded = Signal()  # a query's result or one more page was applied
    failed = Signal(object)  # a FieldKitError from a query
    loading_changed = Signal(bool)

    def __init__(
        self, runner: TaskRunner, language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._language = language
        self.page_size = PAGE_SIZE
        self._session: Session | None = None
        self._rows: list[InterviewRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row key -> the six texts, as shown
        self._ids: set[str] = set()
        self._where = InterviewFilter()
        self._search = ""
        self._sort_key = "date"
        self._descending = True
        self._generation = 0
        self._task: Task | None = None  # the first page (or the search) of this generation
        self._more: Task | None = None  # a further page
        self._exhausted = True
        self._broken = False  # a query failed: no more fetching until the next query
        self._loading = False

    # -- what it shows ------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def where(self) -> InterviewFilter:
        return self._where

    @property
    def search_text(self) -> str:
        return self._search

    def is_searching(self) -> bool:
        return bool(self._search)

    @staticmethod
    def searchable(text: str) -> bool:
        """Whether typing ``text`` searches (a word needs three letters first)."""
        return interview_rows.search_query(text) is not None

    def is_narrowed(self) -> bool:
        """Whether a filter or a search may hide interviews."""
        return self.is_searching() or self._where != InterviewFilter()

    def is_loading(self) -> bool:
        return self._loading

    def is_search_capped(self) -> bool:
        """Whether the search found at least as many hits as it shows."""
        return self.is_searching() and len(self._rows) >= interview_rows.SEARCH_LIMIT

    def record_id(self, row: int) -> str | None:
        return self._rows[row].record_id if 0 <= row < len(self._rows) else None

    def row_data(self, row: int) -> InterviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record_ids(self) -> list[str]:
        return [row.record_id for row in self._rows]

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.record_id == record_id:
                return number
        return -1

    def sort_column(self) -> int:
        """The column the rows are sorted by."""
        return SORT_KEYS.index(self._sort_key)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    # -- changing the query ---------------------------------------------------------------

    def open(self, session: Session) -> None:
        """Show ``session``'s interviews from the first page."""
        self._session = session
        self.reload()

    def clear(self) -> None:
        """Forget the session and every row; back to the default query."""
        self._session = None
        self._cancel()
        self._generation += 1
        self._where = InterviewFilter()
        self._search = ""
        self._sort_key, self._descending = "date", True
        self._reset([], exhausted=True)
        self._set_loading(False)

    def set_language(self, language: str) -> None:
        self._language = language
        self._texts.clear()
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            emit(self.dataChanged, self.index(0, 0),
                 self.index(len(self._rows) - 1, self.columnCount() - 1))

    def set_filter(self, where: InterviewFilter) -> None:
        if where != self._where:
            self._where = where
            self.reload()

    def set_search(self, text: str) -> None:
        """Search the accounts for ``text``; back to the list while it is not searchable."""
        text = " ".join(text.split()) if self.searchable(text) else ""
        if interview_rows.search_query(text) == interview_rows.search_query(self._search):
            return  # "під ш" searches what "під" did: nothing to do
        self._search = text
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``: the query runs again from the start."""
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort_key, self._descending):
            self._sort_key, self._descending = key, descending
            self.reload()

    def reload(self) -> None:
        """Run the current query again from the start."""
        self._cancel()
        self._generation += 1
        self._broken = False
        session = self._session
        if session is None:
            self._reset([], exhausted=True)
            return
        generation, size = self._generation, self.page_size
        where, key, descending = self._where, self._sort_key, self._descending
        fn: Callable[[], list[InterviewRow]]
        if self.is_searching():
            text = self._search

            def fn() -> list[InterviewRow]:
                return interview_rows.search_rows(
                    session, text, where=where, sort=key, descending=descending
                )
        else:

            def fn() -> list[InterviewRow]:
                return records.list_interviews(
                    session, sort=key, descending=descending, limit=size, where=where
                )

        self._set_loading(True)
        self._task = self._runner.run(
            fn,
            lambda rows: self._apply_first(generation, size, rows),
            lambda error: self._fail(generation, error),
            name="interview list",
        )

    def refresh(self, record_ids: Sequence[str]) -> None:
        """Fetch these rows again (after an edit) and update the ones shown."""
        session = self._session
        shown = [rid for rid in record_ids if rid in self._ids]
        if session is None or not shown:
            return
        generation = self._generation
        self._runner.run(
            lambda: interview_rows.rows_for(session, shown),
            lambda rows: self._apply_refresh(generation, rows),
            lambda error: self._fail(generation, error, stop=False),
            name="interview rows",
        )

    # -- lazy fetching --------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return (
            not parent.isValid()
            and self._session is not None
            and self._task is None
            and not self._exhausted
            and not self._broken
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        session = self._session
        if session is None or self._more is not None or not self.canFetchMore(parent):
            return
        last = self._rows[-1]
        generation, size = self._generation, self.page_size
        where, key, descending = self._where, self._sort_key, self._descending
        after = (_sort_value(last, key), last.key)
        self._set_loading(True)
        self._more = self._runner.run(
            lambda: records.list_interviews(
                session, sort=key, descending=descending, after=after, limit=size, where=where
            ),
            lambda rows: self._apply_more(generation, size, rows),
            lambda error: self._fail(generation, error),
            name="interview list page",
        )

    # -- results, on the GUI thread -------------------------------------------------------

    def _apply_first(self, generation: int, size: int, rows: list[InterviewRow]) -> None:
        if generation != self._generation:
            return
        self._task = None
        exhausted = self.is_searching() or len(rows) < size
        self._reset(rows, exhausted=exhausted)
        self._set_loading(False)
        emit(self.loaded)

    def _apply_more(self, generation: int, size: int, rows: list[InterviewRow]) -> None:
        if generation != self._generation:
            return
        self._more = None
        if len(rows) < size:
            self._exhausted = True
        fresh = []
        for row in rows:  # a record edited between two pages could come twice
            if row.record_id not in self._ids:
                self._ids.add(row.record_id)
                fresh.append(row)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._set_loading(False)
        emit(self.loaded)

    def _apply_refresh(self, generation: int, rows: list[InterviewRow]) -> None:
        if generation != self._generation:
            return
        fresh = {row.record_id: row for row in rows}
        for number, old in enumerate(self._rows):
            new = fresh.get(old.record_id)
            if new is not None and new != old:
                self._rows[number] = new
                self._texts.pop(old.key, None)
                emit(self.dataChanged, self.index(number, 0),
                     self.index(number, self.columnCount() - 1))

    def _fail(self, generation: int, error: FieldKitError, *, stop: bool = True) -> None:
        """Say what went wrong; with ``stop``, fetch nothing more until the next query."""
        if generation != self._generation:
            return
        log.warning("the interview list query failed: %s", error.code)
        if stop:
            self._task = self._more = None
            self._broken = True
            self._set_loading(False)
        emit(self.failed, error)

    def _reset(self, rows: list[InterviewRow], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self._ids = {row.record_id for row in self._rows}
        self._exhausted = exhausted
        self.endResetModel()

    def _cancel(self) -> None:
        for task in (self._task, self._more):
            if task is not None:
                task.cancel()
        self._task = self._more = None

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            emit(self.loading_changed, loading)

    # -- the Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(SORT_KEYS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell on each paint: keep it short.
        if role not in (_DISPLAY, _ACCESSIBLE, ID_ROLE):
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        found = self._rows[row]
        if role == ID_ROLE:
            return found.record_id
        texts = self._texts.get(found.key)
        if texts is None:
            texts = self._texts[found.key] = self._texts_of(found)
        column = index.column()
        return texts[column] if 0 <= column < len(texts) else None

    def _texts_of(self, row: InterviewRow) -> tuple[str, ...]:
        """The six cells of ``row`` as shown: plain text, labels in the current language."""
        return (
            plain(row.case_number),
            plain(row.person_code),
            plain(row.interview_date),
            plain(row.city),
            status_label(row.status, self._language),
            ", ".join(category_labels(row.categories, self._language)),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SORT_KEYS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.titles()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # newest first, A to Z otherwise
            newest_first = section == COLUMN_DATE
            order = Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
            return order.value
        return None

    def titles(self) -> list[str]:
        """The column titles in the current language."""
        return [
            self.tr("Case number"),
            self.tr("Person code"),
            self.tr("Date"),
            self.tr("City"),
            self.tr("Status"),
            self.tr("Categories"),
        ]
