"""The Imports page's run part: choose (or drop) bundles, then import them one at a time.

``import_paths(paths, receipts_dir)`` does the work: the files are imported one
task at a time, so the results fill in as they go and Stop takes effect between
files. ``start_import`` (what the buttons and a drop call) first asks once for
the receipts folder through ``self.receipts_chooser``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import ImportOutcome
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import permille
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets import InlineMessage, plain_label

__all__ = ["ImportRunPart", "ReceiptsChooser", "local_paths"]

ReceiptsChooser = Callable[[Sequence[Path]], Path | None]
"""Asked once per import run for the folder the receipts go to; None cancels the run."""


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders of a drag (a whole USB stick is fine)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportRunPart(Page):
    """Choosing, dropping and importing bundles, with progress, Stop and a summary."""

    import_started = Signal()
    import_finished = Signal()
    bundle_imported = Signal(int)
    """One more file is done; its row in the results table."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.receipts_chooser: ReceiptsChooser = self._ask_receipts_dir
        self.outcomes: list[ImportOutcome] = []
        self._files: list[Path] = []
        self._index = 0
        self._receipts_dir: Path | None = None
        self._stop_requested = False
        self._importing = False
        self._busy = False
        self.setAcceptDrops(True)

        self.progress_area = QWidget()
        self.overall_text = plain_label()
        self.overall = QProgressBar()
        self.overall.setRange(0, 1000)
        self.file_progress = QProgressBar()
        self.file_progress.setRange(0, 1000)
        self.stop_button = QPushButton()
        bars = QVBoxLayout()
        bars.addWidget(self.overall)
        bars.addWidget(self.file_progress)
        progress_row = QHBoxLayout()
        progress_row.addLayout(bars, 1)
        progress_row.addWidget(self.stop_button)
        progress = QVBoxLayout(self.progress_area)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.overall_text)
        progress.addLayout(progress_row)

        # What the last run (or roster import) did, and what went wrong; the page places them.
        self.summary = plain_label()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineMessage()

        self.stop_button.clicked.connect(self.stop_import)

    def refresh(self) -> None:
        """Read what the page shows besides the run (provided by the page)."""
        raise NotImplementedError

    def _update_enabled(self) -> None:
        """Enable what can be done now (provided by the page)."""
        raise NotImplementedError

    def _show_results(self) -> None:
        """Show ``self.outcomes`` (provided by the page)."""
        raise NotImplementedError

    def _clear_run(self) -> None:
        self.outcomes = []
        self._files = []
        self._index = 0
        self._receipts_dir = None
        self._stop_requested = False
        self._importing = False
        self._busy = False
        self.overall_text.clear()
        self.summary.clear()
        self.error.clear_message()
        self.progress_area.hide()
        self.summary.hide()

    def _retranslate_run(self) -> None:
        self.stop_button.setText(self.tr("Stop after this file"))
        for widget, name in (
            (self.stop_button, self.tr("Stop after this file")),
            (self.overall, self.tr("Progress over all files")),
            (self.file_progress, self.tr("Progress of the current file")),
        ):
            widget.setAccessibleName(name)

    def _set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    # -- choosing what to import ----------------------------------------------------

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the bundles to import"), "",
            self.tr("FieldKit bundles (*.fkb);;All files (*)"),
        )
        if names:
            self.start_import([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder or a USB stick with bundles")
        )
        if folder:
            self.start_import([Path(folder)])

    def _ask_receipts_dir(self, paths: Sequence[Path]) -> Path | None:
        first = paths[0] if paths else Path.home()
        start = first if first.is_dir() else first.parent
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose where the receipts go (the USB stick, to take back to the laptops)"),
            str(start),
        )
        return Path(folder) if folder else None

    def writes_receipts(self) -> bool:
        """HQ (the coordinator) issues receipts; the clinical lead's imports do not."""
        return self.session is not None and self.session.info.role == "coordinator"

    def start_import(self, paths: Sequence[Path]) -> bool:
        """Ask once for the receipts folder, then import ``paths``; False if not started."""
        if self.session is None or self._busy or not paths:
            return False
        receipts: Path | None = None
        if self.writes_receipts():
            receipts = self.receipts_chooser(paths)
            if receipts is None:
                self._set_summary(self.tr(
                    "Nothing was imported: choose a folder for the receipts to import."
                ))
                return False
        self.import_paths(paths, receipts)
        return True

    # -- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and not self._busy and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.session is not None and not self._busy and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths and self.session is not None and not self._busy:
            event.acceptProposedAction()
            self.start_import(paths)
        else:
            event.ignore()

    # -- the import run ---------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self._importing

    def import_paths(self, paths: Sequence[Path], receipts_dir: Path | None = None) -> None:
        """Import the bundles among ``paths`` (folders are searched), one file at a time."""
        session = self.session
        if session is None or self._busy:
            return
        self._busy = True
        self._importing = True
        self._stop_requested = False
        self._receipts_dir = receipts_dir
        self._files = []
        self._index = 0
        self.outcomes = []
        self._show_results()
        self._set_summary("")
        self.error.clear_message()
        self.overall_text.setText(self.tr("Looking for bundles…"))
        self.overall.setValue(0)
        self.file_progress.setValue(0)
        self.stop_button.setEnabled(True)
        self.progress_area.show()
        self._update_enabled()
        emit(self.import_started)
        chosen = list(paths)

        def listed(files: list[Path]) -> None:
            if self.session is not session:
                return
            self._files = files
            self._next(session)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self.error.show_message(describe(error))
            self._finish(session)

        self.context.runner.run(
            lambda: sync_service.bundle_files(chosen), listed, failed, name="list-bundles"
        )

    def stop_import(self) -> None:
        """Stop once the file being imported now is done."""
        if not self._importing:
            return
        self._stop_requested = True
        self.stop_button.setEnabled(False)
        self.overall_text.setText(self.tr("Stopping after this file…"))

    def _next(self, session: Session) -> None:
        if self.session is not session:
            return
        total = len(self._files)
        if self._stop_requested or self._index >= total:
            self._finish(session)
            return
        path = self._files[self._index]
        receipts_dir = self._receipts_dir
        self.overall_text.setText(self.tr("File {index} of {count}: {name}").format(
            index=self._index + 1, count=total, name=plain(path.name)
        ))
        self.overall.setValue(self._index * 1000 // total)
        self.file_progress.setValue(0)

        def work(report: Progress) -> ImportOutcome:
            shown = -1

            def progress(_index: int, _files: int, done: int, size: int) -> None:
                nonlocal shown
                value = permille(done, size)
                if value != shown:
                    shown = value
                    report(value, 1000)

            [outcome] = sync_service.import_bundles(
                session, [path], receipts_dir=receipts_dir, progress=progress
            )
            return outcome

        def progressed(done: int, _total: int) -> None:
            if self.session is session:
                self.file_progress.setValue(done)
                self.overall.setValue((self._index * 1000 + done) // max(total, 1))

        def done(outcome: ImportOutcome) -> None:
            if self.session is not session:
                return
            self.outcomes.append(outcome)
            self._show_results()
            self._index += 1
            emit(self.bundle_imported, len(self.outcomes) - 1)
            self._next(session)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self.error.show_message(describe(error))
            self._finish(session)

        self.context.runner.run(
            work, done, failed, progressed, name="import-bundle", essential=True
        )

    def _finish(self, session: Session) -> None:
        if self.session is not session:
            return
        self._busy = False
        self._importing = False
        self.progress_area.hide()
        counts = {s: 0 for s in ("imported", "replay", "held", "rejected")}
        for outcome in self.outcomes:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        parts = []
        if not self._files:
            parts.append(self.tr("No bundle files were found in what you chose."))
        else:
            if self._stop_requested and len(self.outcomes) < len(self._files):
                parts.append(self.tr("Stopped after {done} of {count} files.").format(
                    done=len(self.outcomes), count=len(self._files)
                ))
            parts.append(self.tr(
                "Imported: {imported}. Already imported: {replay}. Held for the clinical "
                "lead: {held}. Rejected: {rejected}."
            ).format(**counts))
            receipts = sum(1 for o in self.outcomes if o.receipt is not None)
            if receipts and self._receipts_dir is not None:
                parts.append(self.tr(
                    "Receipts written: {count}, in {folder}. Take them back to the laptops."
                ).format(count=receipts, folder=plain(str(self._receipts_dir))))
            if counts["rejected"]:
                parts.append(self.tr(
                    "Rejected files were moved to the quarantine folder; see Quarantine below."
                ))
        self._set_summary(" ".join(parts))
        self._update_enabled()
        emit(self.import_finished)
        self.refresh()

