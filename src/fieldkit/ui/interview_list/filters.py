"""The filters above the interview list: status, city, date range and category.

:class:`FilterBar` turns its inputs into one :class:`InterviewFilter` and says
``changed`` whenever that filter changes. An empty choice means "any"; each date
has a check box, unticked meaning "any date". The category is picked in an
editable combo whose suggestions come from ``vocabulary.violations().search``,
so "катув", "torture" or "art. 8" all find the right term, in the current
language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QCollator, QDate, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.services.records import InterviewFilter
from fieldkit.textsafety import plain
from fieldkit.ui.interview_list.list_model import status_label
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import plain_label

__all__ = ["CategoryPicker", "FilterBar"]

DATE_FORMAT: Final = "yyyy-MM-dd"
EARLIEST: Final = QDate(2014, 1, 1)  # the war began in 2014
_SUGGESTIONS: Final = 12


class CategoryPicker(QComboBox):
    """An editable combo of the violation categories; :meth:`code` is the chosen one."""

    picked = Signal()  # the chosen category changed (to another term or to none)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._code: str | None = None
        self.setEditable(True)
        self.edit = QLineEdit(self)
        self.setLineEdit(self.edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._suggestions = QStringListModel(self)
        self.suggestions = QCompleter(self._suggestions, self)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggestions.setMaxVisibleItems(_SUGGESTIONS)
        self.setCompleter(self.suggestions)
        self._fill()
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._suggest)
        self.edit.returnPressed.connect(self._pick_first)
        self.edit.editingFinished.connect(self._settle)
        self.currentTextChanged.connect(self._text_changed)

    def code(self) -> str | None:
        return self._code

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index < 0:
            self.setCurrentIndex(-1)
            self.clearEditText()
        else:
            self.setCurrentIndex(index)
        self._update(code if index >= 0 else None)

    def set_language(self, language: str) -> None:
        self._language = language
        code = self._code
        self.blockSignals(True)
        self._fill()
        self.blockSignals(False)
        self.set_code(code)

    def _fill(self) -> None:
        self.clear()
        for term in vocabulary.violations():
            self.addItem(term.label(self._language), term.code)
        self.setCurrentIndex(-1)
        self.clearEditText()

    def _suggest(self, text: str) -> None:
        found = vocabulary.violations().search(text, self._language)
        self._suggestions.setStringList([term.label(self._language) for term in found])
        if found and text.strip():
            self.suggestions.complete()
        else:
            popup = self.suggestions.popup()
            if popup is not None:
                popup.hide()

    def _code_for(self, text: str) -> str | None:
        wanted = text.strip().casefold()
        if not wanted:
            return None
        for term in vocabulary.violations():
            if term.label(self._language).casefold() == wanted:
                return term.code
        return None

    def _text_changed(self, text: str) -> None:
        code = self._code_for(text)
        if code is not None or not text.strip():
            self._update(code)

    def _pick_first(self) -> None:
        """Enter on a half-typed text picks the best suggestion."""
        text = self.currentText()
        if text.strip() and self._code_for(text) is None:
            found = vocabulary.violations().search(text, self._language)
            if found:
                self.set_code(found[0].code)

    def _settle(self) -> None:
        """Leaving the field: a half-typed text that names no category is dropped."""
        if self._code_for(self.currentText()) is None:
            self.set_code(None)

    def _update(self, code: str | None) -> None:
        if code != self._code:
            self._code = code
            emit(self.picked)


class FilterBar(QWidget):
    """Status, city, category, from and to; ``changed`` when :meth:`value` changes."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._cities: list[str] = []
        self._last = InterviewFilter()
        self._quiet = False
        self.status_label = plain_label(wrap=False)
        self.status_combo = QComboBox()
        self.city_label = plain_label(wrap=False)
        self.city_combo = QComboBox()
        self.city_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_label = plain_label(wrap=False)
        self.category_picker = CategoryPicker(language)
        today = QDate.currentDate()
        self.from_check = QCheckBox()
        self.from_edit = self._date_edit(today.addMonths(-1))
        self.to_check = QCheckBox()
        self.to_edit = self._date_edit(today)
        self.reset_button = QPushButton()
        self.status_label.setBuddy(self.status_combo)
        self.city_label.setBuddy(self.city_combo)
        self.category_label.setBuddy(self.category_picker)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.status_label, 0, 0)
        grid.addWidget(self.status_combo, 0, 1)
        grid.addWidget(self.city_label, 0, 2)
        grid.addWidget(self.city_combo, 0, 3)
        grid.addWidget(self.category_label, 0, 4)
        grid.addWidget(self.category_picker, 0, 5)
        dates = QHBoxLayout()
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            dates.addWidget(check)
            dates.addWidget(edit)
            dates.addSpacing(8)
        dates.addStretch(1)
        dates.addWidget(self.reset_button)
        grid.addLayout(dates, 1, 0, 1, 6)
        grid.setColumnStretch(5, 1)

        self._fill_statuses()
        self._fill_cities()
        self.status_combo.currentIndexChanged.connect(self._maybe_changed)
        self.city_combo.currentIndexChanged.connect(self._maybe_changed)
        self.category_picker.picked.connect(self._maybe_changed)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._maybe_changed)
            edit.dateChanged.connect(self._maybe_changed)
        self.reset_button.clicked.connect(self.reset)
        self.retranslate()

    @staticmethod
    def _date_edit(date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(EARLIEST)
        edit.setEnabled(False)
        return edit

    # -- the filter -----------------------------------------------------------------------

    def value(self) -> InterviewFilter:
        status = self.status_combo.currentData()
        city = self.city_combo.currentData()
        return InterviewFilter(
            status=str(status) if status else None,
            city=str(city) if city else None,
            date_from=self.from_edit.date().toString(DATE_FORMAT) if self.from_check.isChecked()
            else None,
            date_to=self.to_edit.date().toString(DATE_FORMAT) if self.to_check.isChecked()
            else None,
            category=self.category_picker.code(),
        )

    def reset(self) -> None:
        """Every filter back to "any"."""
        self._quiet = True  # one ``changed`` at the end, not one per input
        self.status_combo.setCurrentIndex(0)
        self.city_combo.setCurrentIndex(0)
        self.category_picker.set_code(None)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        today = QDate.currentDate()
        self.from_edit.setDate(today.addMonths(-1))
        self.to_edit.setDate(today)
        self._quiet = False
        self._maybe_changed()

    def clear(self) -> None:
        """Reset, and forget the cities of the session."""
        self.set_cities([])
        self.reset()

    def set_cities(self, cities: Sequence[str]) -> None:
        """The cities to offer (the ones of this profile's interviews); keeps the choice."""
        collator = QCollator(QLocale())
        self._cities = sorted({plain(city) for city in cities if city}, key=collator.sortKey)
        self._fill_cities()

    def _fill_cities(self) -> None:
        chosen = self.city_combo.currentData()
        self.city_combo.blockSignals(True)
        self.city_combo.clear()
        self.city_combo.addItem(self.tr("All cities"), "")
        for city in self._cities:
            self.city_combo.addItem(city, city)
        index = self.city_combo.findData(chosen) if chosen else 0
        self.city_combo.setCurrentIndex(max(index, 0))
        self.city_combo.blockSignals(False)
        self._maybe_changed()

    def _fill_statuses(self) -> None:
        chosen = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), "")
        for term in vocabulary.closed_list("record_status"):
            self.status_combo.addItem(status_label(term.code, self._language), term.code)
        index = self.status_combo.findData(chosen) if chosen else 0
        self.status_combo.setCurrentIndex(max(index, 0))
        self.status_combo.blockSignals(False)

    def _maybe_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        value = self.value()
        if value != self._last:
            self._last = value
            emit(self.changed)

    # -- texts ----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.category_picker.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        self._fill_statuses()
        self._fill_cities()
        self.status_label.setText(self.tr("Status"))
        self.city_label.setText(self.tr("City"))
        self.category_label.setText(self.tr("Category"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.reset_button.setText(self.tr("Reset filters"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.city_combo.setAccessibleName(self.tr("City filter"))
        self.category_picker.setAccessibleName(self.tr("Category filter"))
        self.category_picker.edit.setAccessibleName(self.tr("Category filter"))
        self.category_picker.edit.setPlaceholderText(self.tr("All categories"))
        self.from_check.setAccessibleName(self.tr("Only interviews from a date"))
        self.to_check.setAccessibleName(self.tr("Only interviews up to a date"))
        self.from_edit.setAccessibleName(self.tr("Earliest interview date"))
        self.to_edit.setAccessibleName(self.tr("Latest interview date"))
        self.reset_button.setAccessibleName(self.tr("Reset filters"))
