"""A searchable picker over the classification of alleged acts (``vocabulary.violations()``).

Each entry shows its label in the interface language, the Rome Statute article
and the Ukrainian and Polish provisions prosecutors charge under. The search
matches labels, keywords and citations in every language ("tortur", "катув",
"438" all work).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fieldkit.domain import vocabulary
from fieldkit.domain.vocabulary import Term
from fieldkit.ui.interviews.fields import Lang, line_edit
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import plain_label

__all__ = ["ViolationPicker"]

_ROLE_CODE = Qt.ItemDataRole.UserRole


class ViolationPicker(QWidget):
    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._vocab = vocabulary.violations()
        self._code = ""
        self.chosen = plain_label()
        font = self.chosen.font()
        font.setBold(True)
        self.chosen.setFont(font)
        self.search = line_edit()
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setMinimumHeight(150)
        self.results.setMaximumHeight(200)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chosen)
        column.addWidget(self.search)
        column.addWidget(self.results)
        self.search.textChanged.connect(self._fill)
        self.search.returnPressed.connect(self._take_first)
        self.results.currentItemChanged.connect(self._picked)
        self.retranslate()

    def code(self) -> str:
        return self._code

    def set_code(self, code: str) -> None:
        self._code = code if self._vocab.has(code) else ""
        self._show_chosen()
        self._fill()

    def citations(self, term: Term) -> str:
        parts = [self.tr("Rome Statute %1").replace("%1", ", ".join(term.strings("rome_statute")))]
        parts.append(self.tr("UA CC %1").replace("%1", ", ".join(term.strings("ua_cc"))))
        parts.append(self.tr("PL CC %1").replace("%1", ", ".join(term.strings("pl_kk"))))
        return " · ".join(parts)

    def _fill(self) -> None:
        lang = self._lang()
        self.results.blockSignals(True)
        self.results.clear()
        for term in self._vocab.search(self.search.text(), lang):
            item = QListWidgetItem(f"{term.label(lang)}\n{self.citations(term)}")
            item.setData(_ROLE_CODE, term.code)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, term.label(lang))
            notes = term.extra.get("notes")
            if isinstance(notes, str):
                item.setToolTip(notes)
            self.results.addItem(item)
            if term.code == self._code:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        code = str(item.data(_ROLE_CODE))
        if code != self._code:
            self._code = code
            self._show_chosen()
            emit(self.changed)

    def _take_first(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _show_chosen(self) -> None:
        if self._code:
            term = self._vocab.get(self._code)
            self.chosen.setText(f"{term.label(self._lang())}\n{self.citations(term)}")
        else:
            self.chosen.setText(self.tr("Not classified yet: search and choose a category."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: torture, deportation, 438 ..."))
        self.search.setAccessibleName(self.tr("Search the categories"))
        self.results.setAccessibleName(self.tr("Categories"))
        self._show_chosen()
        self._fill()
