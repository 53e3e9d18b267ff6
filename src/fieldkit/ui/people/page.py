"""The People page: a table of persons (shareable profile only) and, on request, one identity.

The list is read with ``services.people.list_persons``, which never reads the
identity compartment. "Show identity details…" asks first, because every reveal is
written to the audit log, then calls ``reveal_identity`` on the runner. The identity
panel is emptied when another person is selected, on :meth:`clear` and so on lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.domain.errors import UnknownTerm
from fieldkit.domain.people import PersonIdentity
from fieldkit.errors import FieldKitError
from fieldkit.services import people as people_service
from fieldkit.services.people import PersonSummary
from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import Task
from fieldkit.ui.widgets import InlineMessage, plain_label, title_label

__all__ = ["PeoplePage"]

_ID_ROLE = Qt.ItemDataRole.UserRole
_COLUMNS = 6


def _term(list_name: str, code: str, lang: str) -> str:
    """The vocabulary label of ``code``; the code itself if the list does not know it."""
    if not code:
        return ""
    try:
        return vocabulary.closed_list(list_name).get(code).label(lang)
    except UnknownTerm:
        return plain(code)


class PeoplePage(Page):
    """Code, pseudonym, age band, gender, witness type and interviews of every person."""

    refreshed = Signal()
    """The list was loaded again."""
    revealed = Signal(str)
    """The identity of this person id is shown (and the reveal was audited)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.persons: list[PersonSummary] = []
        self.identity: PersonIdentity | None = None
        self._identity_of: str | None = None
        self._tasks: list[Task] = []
        self._generation = 0

        self.title_text = title_label()
        self.intro = plain_label()
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.reveal_button = QPushButton()
        self.reveal_button.setEnabled(False)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        self.message = InlineMessage()

        self.identity_box = QGroupBox()
        self.identity_view = QPlainTextEdit()
        self.identity_view.setReadOnly(True)
        self.identity_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        box = QVBoxLayout(self.identity_box)
        box.addWidget(self.identity_view)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_text)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.identity_box, 2)
        self.retranslate()

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("People")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self._generation += 1
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        self.persons = []
        self._clear_identity()
        self.table.setRowCount(0)
        self.reveal_button.setEnabled(False)
        self.message.clear_message()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("People"))
        self.intro.setText(
            self.tr(
                "The persons who gave an account, by code and pseudonym. Identities stay "
                "hidden until you ask for one."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Pseudonym"),
                self.tr("Age band"),
                self.tr("Gender"),
                self.tr("Witness type"),
                self.tr("Interviews"),
            ]
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.reveal_button.setText(self.tr("Show identity details…"))
        self.identity_box.setTitle(self.tr("Identity"))
        self.identity_view.setAccessibleName(self.tr("Identity details"))
        if self.persons:
            self._fill(self.persons)
        self._show_identity()

    # -- public API -------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list again through the runner; ``refreshed`` fires when it is shown."""
        session = self.session
        if session is None:
            return
        generation = self._generation

        def done(result: list[PersonSummary]) -> None:
            if generation == self._generation and self.session is session:
                self.message.clear_message()
                self._fill(result)
                emit(self.refreshed)

        self._track(
            self.context.runner.run(
                lambda: people_service.list_persons(session), done, self._failed
            )
        )

    def select_person(self, record_id: str) -> bool:
        """Select the row of ``record_id``; False if the list does not show that person."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_ID_ROLE) == record_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_person(self) -> str | None:
        """The record id of the selected person, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(_ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def reveal_selected(self, confirm: Callable[[], bool] | None = None) -> bool:
        """Ask (``confirm`` or a question box), then reveal the selected identity.

        Returns whether the reveal was queued; ``revealed`` fires when it is shown.
        """
        session = self.session
        person_id = self.selected_person()
        if session is None or person_id is None:
            return False
        if not (confirm or self._ask)():
            return False
        generation = self._generation

        def done(identity: PersonIdentity) -> None:
            if (
                generation == self._generation
                and self.session is session
                and self.selected_person() == person_id
            ):
                self.identity = identity
                self._identity_of = person_id
                self._show_identity()
                emit(self.revealed, person_id)

        self.message.clear_message()
        self._track(
            self.context.runner.run(
                lambda: people_service.reveal_identity(session, person_id), done, self._failed
            )
        )
        return True

    def identity_text(self) -> str:
        """What the identity panel shows (empty when nothing is revealed)."""
        return self.identity_view.toPlainText()

    # -- internals --------------------------------------------------------------------

    def _track(self, task: Task) -> None:
        self._tasks = [t for t in self._tasks if not t.cancelled][-20:]
        self._tasks.append(task)

    def _on_reveal_clicked(self) -> None:
        self.reveal_selected()

    def _ask(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Show identity details"))
        box.setText(self.tr("Show this person's identity details?"))
        box.setInformativeText(self.tr("This is written to the audit log."))
        show = box.addButton(self.tr("Show identity"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is show

    def _failed(self, error: FieldKitError) -> None:
        if self.session is not None:
            self.message.show_message(describe(error))

    def _fill(self, persons: list[PersonSummary]) -> None:
        selected = self.selected_person()
        lang = self.context.translations.language
        self.persons = list(persons)
        self.table.blockSignals(True)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(persons))
            for row, person in enumerate(persons):
                profile = person.profile
                texts = (
                    plain(person.code),
                    plain(profile.pseudonym),
                    _term("age_band", profile.age_band, lang),
                    _term("gender", profile.gender, lang),
                    _term("witness_type", profile.witness_type, lang),
                    str(person.interviews),
                )
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    if column == 0:
                        item.setData(_ID_ROLE, person.record_id)
                    if column == _COLUMNS - 1:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)
        if selected is not None:
            self.select_person(selected)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        selected = self.selected_person()
        self.reveal_button.setEnabled(selected is not None and self.session is not None)
        if selected != self._identity_of:
            self._clear_identity()

    def _clear_identity(self) -> None:
        self.identity = None
        self._identity_of = None
        self.identity_view.clear()

    def _show_identity(self) -> None:
        identity = self.identity
        if identity is None:
            self.identity_view.clear()
            return
        rows = (
            (self.tr("Name (Cyrillic)"), identity.full_name_cyrillic),
            (self.tr("Name (Latin)"), identity.full_name_latin),
            (self.tr("Date of birth"), identity.date_of_birth),
            (self.tr("Identity document"), identity.identity_document),
            (self.tr("Safe contact"), identity.safe_contact),
            (self.tr("Current address"), identity.current_address),
            (self.tr("Relatives"), "; ".join(identity.relatives)),
        )
        self.identity_view.setPlainText(
            "\n".join(f"{caption}: {plain(value) or '—'}" for caption, value in rows)
        )
