"""The exhibits of one interview: the table, the custody of the selected one, the actions.

Files are added with "Add…" or by dropping them on the panel; a short form asks
for their type, description and who provided them, then the files are encrypted
into the vault on the worker thread (an essential task, with progress and Cancel;
Lock asks it to stop, which leaves nothing behind). Viewing opens an
:class:`~fieldkit.ui.exhibits.viewer.ExhibitViewer`; exporting writes an
unencrypted copy only after a warning (``transfer.py``).

The panel knows its record through :meth:`ExhibitPanel.show_record`; callbacks of
work started for an earlier record, or before :meth:`release`, are ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.errors import FieldKitError
from fieldkit.services import evidence
from fieldkit.services.session import Session
from fieldkit.ui.exhibits.custody import CustodyJob
from fieldkit.ui.exhibits.display import Lang
from fieldkit.ui.exhibits.errors import describe_error
from fieldkit.ui.exhibits.intake import IntakeDialog
from fieldkit.ui.exhibits.tables import DetailsBox, ExhibitTable
from fieldkit.ui.exhibits.transfer import ExportJob, IntakeJob, Token
from fieldkit.ui.exhibits.viewer import ExhibitViewer
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.widgets import InlineMessage, plain_label

__all__ = ["ExhibitPanel", "local_paths"]

T = TypeVar("T")
ADDS_TO = ("new", "draft", "sealed")  # a withdrawn interview gets no new exhibits


def local_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ExhibitPanel(QWidget):
    listed = Signal()  # the exhibits of the record are on screen
    custody_shown = Signal(str)  # exhibit id whose custody entries are on screen
    finished = Signal(str, bool)  # "add", "export" or "custody", and whether it succeeded
    viewer_opened = Signal(object)  # the ExhibitViewer

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.runner: TaskRunner | None = None
        self.session: Session | None = None
        self.record_id: str | None = None
        self.status = ""
        self.save_first: Callable[[], None] = lambda: None
        self._token = Token()
        self.viewer: ExhibitViewer | None = None
        self.intake_dialog: IntakeDialog | None = None
        self.intake = IntakeJob(self)
        self.transfer = ExportJob(self)
        self.custody_job = CustodyJob(self)

        self.note = plain_label()
        self.table = ExhibitTable(lang)
        self.add_button = QPushButton()
        self.view_button = QPushButton()
        self.export_button = QPushButton()
        actions = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.progress_text = plain_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_area = QWidget()
        progress_column = QVBoxLayout(self.progress_area)
        progress_column.setContentsMargins(0, 0, 0, 0)
        progress_column.addWidget(self.progress_text)
        progress_column.addLayout(progress_row)
        self.result = plain_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineMessage()

        self.details = DetailsBox()
        self.sha, self.description = self.details.sha, self.details.description
        self.custody, self.custody_button = self.details.custody, self.details.custody_button

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)
        column.addWidget(self.table, 2)
        column.addLayout(actions)
        column.addWidget(self.progress_area)
        column.addWidget(self.result)
        column.addWidget(self.error)
        column.addWidget(self.details, 3)
        self.setAcceptDrops(True)

        self.add_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(lambda: self.transfer.choose_export(None))
        self.cancel_button.clicked.connect(self.intake.cancel)
        self.custody_button.clicked.connect(self.custody_job.ask)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.release()
        self.retranslate()

    # -- the record -------------------------------------------------------------------

    def show_record(self, runner: TaskRunner, session: Session | None, record_id: str | None,
                    status: str, save_first: Callable[[], None]) -> None:
        """Show the exhibits of ``record_id`` (None: no record, and no session kept).

        Another record starts afresh; the first save of a new one (``new`` to ``draft``)
        only reads the list, so an intake that saved it first keeps running.
        """
        if record_id is None:
            session = None
        other = session is not self.session or record_id != self.record_id
        stored = status not in ("", "new")
        first_save = stored and self.status == "new" and not other
        if other:
            self.release()
        self.runner, self.session, self.record_id = runner, session, record_id
        self.status, self.save_first = status, save_first
        if session is not None and stored and (other or first_save):
            self.refresh()
        self.retranslate()

    def refresh(self, select: str | None = None) -> None:
        """Read the record's exhibits again (on the worker thread)."""
        runner, session, record_id, token = self.runner, self.session, self.record_id, self._token
        if runner is None or session is None or record_id is None:
            return
        chosen = select or self.table.selected_id()

        def done(exhibits: list[tuple[str, Exhibit]]) -> None:
            if not token.alive:
                return
            self.table.show_exhibits(exhibits)
            if chosen is not None:
                self.table.select_id(chosen)
            elif exhibits:
                self.table.selectRow(0)
            self.update_enabled()
            emit(self.listed)

        self.read(lambda: evidence.exhibits_of(session, record_id), done, name="exhibits")

    def read(self, fn: Callable[[], T], done: Callable[[T], None], *, name: str) -> None:
        """A read for this panel; its error is shown under the table (if still current)."""
        token = self._token
        if self.runner is None:
            return

        def failed(error: FieldKitError) -> None:
            if token.alive:
                self.error.show_message(describe_error(error))

        self.runner.run(fn, done, failed, name=name)

    def release(self) -> None:
        """Forget the record and the session: stop an intake, close the viewer and every
        question, empty every widget."""
        self._token.alive = False
        self._token = Token()
        self.session, self.record_id, self.status = None, None, ""
        for job in (self.intake, self.transfer, self.custody_job):
            job.release()
        if self.intake_dialog is not None:
            dialog, self.intake_dialog = self.intake_dialog, None
            dialog.wipe()
            dialog.close()
            dialog.deleteLater()
        if self.viewer is not None:
            viewer, self.viewer = self.viewer, None
            viewer.release()
            viewer.close()
            viewer.deleteLater()
        self.table.wipe()
        self.details.show_exhibit(None)
        self.result.clear()
        self.result.hide()
        self.error.clear_message()
        self.update_enabled()

    @property
    def token(self) -> Token:
        return self._token

    @property
    def busy(self) -> bool:
        return self.intake.running or self.transfer.running

    @property
    def can_add(self) -> bool:
        return (self.session is not None and self.record_id is not None
                and self.status in ADDS_TO and not self.busy)

    def selected(self) -> tuple[str, Exhibit] | None:
        exhibit_id = self.table.selected_id()
        exhibit = self.table.exhibit(exhibit_id) if exhibit_id is not None else None
        return (exhibit_id, exhibit) if exhibit_id is not None and exhibit is not None else None

    def update_enabled(self) -> None:
        chosen = self.selected() is not None and self.session is not None
        self.add_button.setEnabled(self.can_add)
        self.view_button.setEnabled(chosen)
        self.custody_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen and not self.busy)

    def show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    # -- adding -----------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose the files to add"))
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Ask for the details of ``paths`` (folders are skipped), then add them."""
        if not self.can_add:
            return
        files = [path for path in paths if path.is_file()]
        self.error.clear_message()
        if not files:
            self.error.show_message(self.tr("Only files can be added, not folders."))
            return
        dialog = IntakeDialog(files, self._lang, sealed=self.status == "sealed", parent=self)
        self.intake_dialog = dialog
        token = self._token

        def answered(result: int) -> None:
            if self.intake_dialog is dialog:
                self.intake_dialog = None
            if token.alive and result == IntakeDialog.DialogCode.Accepted:
                self.intake.start(files, dialog.details())
            dialog.wipe()
            dialog.deleteLater()

        dialog.finished.connect(answered)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.can_add and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.can_add and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not self.can_add or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- the selected exhibit ---------------------------------------------------------

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.details.show_exhibit(chosen[1] if chosen is not None else None)
        self.update_enabled()
        self.show_custody()

    def show_custody(self) -> None:
        """Read the custody entries of the selected exhibit (on the worker thread)."""
        exhibit_id, session, token = self.table.selected_id(), self.session, self._token
        if exhibit_id is None or session is None:
            return

        def done(entries: list[CustodyEntry]) -> None:
            if token.alive and self.table.selected_id() == exhibit_id:
                self.custody.show_entries(entries)
                emit(self.custody_shown, exhibit_id)

        self.read(lambda: evidence.custody_of(session, exhibit_id), done, name="custody")

    def view_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.view(*chosen)

    def view(self, exhibit_id: str, exhibit: Exhibit) -> None:
        """Open the viewer (one at a time) for ``exhibit``; its bytes stay in memory."""
        if self.runner is None or self.session is None:
            return
        if self.viewer is not None:
            old, self.viewer = self.viewer, None
            old.close()
            old.deleteLater()
        viewer = ExhibitViewer(self.runner, self.session, exhibit_id, exhibit, self)
        viewer.export_requested.connect(self.transfer.choose_export)
        self.viewer = viewer
        viewer.show()
        emit(self.viewer_opened, viewer)

    def export_to(self, dest: Path, exhibit_id: str | None = None) -> None:
        """What "Export…" calls with the chosen path: warn, then write the plaintext copy."""
        self.transfer.export_to(dest, exhibit_id)

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        notes = {
            "new": self.tr(
                "Add photos, scans, documents or recordings with \"Add…\" or by dropping "
                "them here. Adding the first one saves the interview as a draft."
            ),
            "draft": self.tr(
                "Add photos, scans, documents or recordings with \"Add…\" or by dropping "
                "them here. Each is encrypted into this profile with its SHA-256 and a "
                "custody entry."
            ),
            "sealed": self.tr(
                "The interview is sealed; exhibits can still be added. Each becomes its own "
                "sealed record with a custody entry, and the interview does not change."
            ),
            "withdrawn": self.tr(
                "This interview was withdrawn. Its exhibits are kept and can be viewed, but "
                "no new ones can be added."
            ),
        }
        self.note.setText(notes.get(self.status, ""))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add exhibits"))
        self.view_button.setText(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View the exhibit"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export an unencrypted copy"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel adding"))
        self.progress.setAccessibleName(self.tr("Progress of adding"))
        self.update_enabled()

