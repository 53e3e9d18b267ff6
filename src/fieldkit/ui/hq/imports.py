"""Imports at HQ: bundles from USB sticks (chosen or dropped), results, gaps and quarantine.

For a coordinator, and for the clinical lead, who imports HQ's roster and then
the psychologists' bundles HQ held for them. ``import_paths(paths,
receipts_dir)`` does the work: the files are imported one task at a time, so the
table fills as it goes and Stop takes effect between files. ``start_import``
(what the buttons and a drop call) first asks once for the receipts folder
through ``self.receipts_chooser``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import ImportOutcome
from fieldkit.textsafety import plain
from fieldkit.ui.hq.tables import fill, make_table
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import local_time, permille
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets import InlineMessage, plain_label, title_label

__all__ = ["ImportsPage", "ReceiptsChooser", "reason_text", "status_text"]

ReceiptsChooser = Callable[[Sequence[Path]], Path | None]
"""Asked once per import run for the folder the receipts go to; None cancels the run."""


def reason_text(reason: str) -> str:
    """A rejection reason code of docs/bundle-format.md section 6, in words."""
    texts = {
        "oversize": QCoreApplication.translate(
            "BundleReason", "Too large to be a bundle"),
        "truncated": QCoreApplication.translate(
            "BundleReason", "Cut off: the copy is incomplete"),
        "trailing-data": QCoreApplication.translate(
            "BundleReason", "Extra data after the end of the bundle"),
        "bad-header": QCoreApplication.translate(
            "BundleReason", "Not a FieldKit bundle, or its header is damaged"),
        "bad-signature": QCoreApplication.translate(
            "BundleReason", "The signature does not match: damaged or altered"),
        "unknown-key": QCoreApplication.translate(
            "BundleReason", "Signed by a laptop that is not enrolled"),
        "revoked-key": QCoreApplication.translate(
            "BundleReason", "Signed by a revoked laptop"),
        "wrong-recipient": QCoreApplication.translate(
            "BundleReason", "Addressed to another organisation or key"),
        "bad-chunk": QCoreApplication.translate(
            "BundleReason", "The encrypted content is damaged or out of order"),
        "missing-final-tag": QCoreApplication.translate(
            "BundleReason", "The end of the content is missing"),
        "early-final-tag": QCoreApplication.translate(
            "BundleReason", "The content ends too early"),
        "bad-payload": QCoreApplication.translate(
            "BundleReason", "The content is not laid out as FieldKit requires"),
        "bad-manifest": QCoreApplication.translate(
            "BundleReason", "The list of contents is invalid or does not match"),
        "fork": QCoreApplication.translate(
            "BundleReason", "Two different histories from the same laptop (fork)"),
        "rollback": QCoreApplication.translate(
            "BundleReason", "The laptop's records went backwards (an old backup?)"),
        "bad-revision": QCoreApplication.translate(
            "BundleReason", "A record is damaged, altered or wrongly signed"),
        "unreadable": QCoreApplication.translate(
            "BundleReason", "The file cannot be read"),
    }
    if reason in texts:
        return texts[reason]
    return QCoreApplication.translate("BundleReason", "Refused ({code})").format(
        code=plain(reason)
    )


def status_text(status: str) -> str:
    texts = {
        "imported": QCoreApplication.translate("BundleStatus", "Imported"),
        "replay": QCoreApplication.translate("BundleStatus", "Already imported"),
        "held": QCoreApplication.translate("BundleStatus", "Held for the clinical lead"),
        "rejected": QCoreApplication.translate("BundleStatus", "Rejected"),
    }
    return texts.get(status, plain(status))


@dataclass(frozen=True)
class ImportsSnapshot:
    missing: dict[str, list[int]] = field(default_factory=dict)
    quarantine: list[tuple[str, str, str, str]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def _snapshot(session: Session) -> ImportsSnapshot:
    if sync_service.current_org(session) is None:
        return ImportsSnapshot()
    return ImportsSnapshot(
        sync_service.missing_bundles(session),
        sync_service.quarantine(session),
        {d.profile_id: f"{d.name} ({d.device})" for d in sync_service.devices(session)},
    )


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders of a drag (a whole USB stick is fine)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportsPage(Page):
    """Import bundles, see each one's result, the bundles still missing, the quarantine."""

    refreshed = Signal()
    import_started = Signal()
    import_finished = Signal()
    bundle_imported = Signal(int)
    """One more file is done; its row in the results table."""
    finished = Signal(str, bool)
    """``roster`` (the clinical lead's roster import) ended; whether it succeeded."""

    RESULT_COLUMNS = 7
    QUARANTINE_COLUMNS = 4

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.receipts_chooser: ReceiptsChooser = self._ask_receipts_dir
        self.snapshot = ImportsSnapshot()
        self.outcomes: list[ImportOutcome] = []
        self._files: list[Path] = []
        self._index = 0
        self._receipts_dir: Path | None = None
        self._stop_requested = False
        self._importing = False
        self._busy = False
        self.setAcceptDrops(True)

        self.title_text = title_label()
        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setStyleSheet(
            "QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 6px; }"
        )
        self.intro = plain_label()
        self.clinical_hint = plain_label()
        self.files_button = QPushButton()
        self.folder_button = QPushButton()
        self.roster_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.roster_button)
        zone = QVBoxLayout(self.drop_zone)
        zone.addWidget(self.intro)
        zone.addWidget(self.clinical_hint)
        zone.addLayout(buttons)

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

        self.summary = plain_label()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineMessage()

        self.results_box = QGroupBox()
        self.results_table = make_table(self.RESULT_COLUMNS)
        QVBoxLayout(self.results_box).addWidget(self.results_table)
        self.missing_box = QGroupBox()
        self.missing_list = QListWidget()
        self.missing_list.setWordWrap(True)
        self.missing_none = plain_label()
        missing = QVBoxLayout(self.missing_box)
        missing.addWidget(self.missing_none)
        missing.addWidget(self.missing_list)
        self.quarantine_box = QGroupBox()
        self.quarantine_table = make_table(self.QUARANTINE_COLUMNS)
        QVBoxLayout(self.quarantine_box).addWidget(self.quarantine_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results_box)
        splitter.addWidget(self.missing_box)
        splitter.addWidget(self.quarantine_box)
        for index, stretch in enumerate((3, 1, 2)):
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_text)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.progress_area)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        self.roster_button.clicked.connect(self._choose_roster)
        self.stop_button.clicked.connect(self.stop_import)

        self.clear()
        self.retranslate()

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Imports")

    def open(self, session: Session) -> None:
        super().open(session)
        clinical = session.info.role == "clinical_lead"
        self.roster_button.setVisible(clinical)
        self.clinical_hint.setVisible(clinical)
        self._update_enabled()
        self.refresh()

    def clear(self) -> None:
        super().clear()  # a run in progress stops chaining: its next step sees no session
        self.snapshot = ImportsSnapshot()
        self.outcomes = []
        self._files = []
        self._index = 0
        self._receipts_dir = None
        self._stop_requested = False
        self._importing = False
        self._busy = False
        for label in (self.overall_text, self.summary, self.missing_none):
            label.clear()
        self.error.clear_message()
        self.results_table.setRowCount(0)
        self.quarantine_table.setRowCount(0)
        self.missing_list.clear()
        self.progress_area.hide()
        self.roster_button.hide()
        self.clinical_hint.hide()
        self.summary.hide()
        self._update_enabled()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Imports"))
        self.intro.setText(self.tr(
            "Import the bundles from a USB stick: choose the files or the whole stick, or "
            "drop them on this page. Every bundle is checked before anything is stored; a "
            "bundle that fails is moved to the quarantine folder."
        ))
        self.clinical_hint.setText(self.tr(
            "As the clinical lead: import the newest roster from HQ first, then the "
            "psychologists' bundles HQ held for you."
        ))
        self.files_button.setText(self.tr("Import bundles…"))
        self.folder_button.setText(self.tr("Import a folder…"))
        self.roster_button.setText(self.tr("Import roster…"))
        self.stop_button.setText(self.tr("Stop after this file"))
        self.results_box.setTitle(self.tr("Results of the last import"))
        self.results_table.setHorizontalHeaderLabels([
            self.tr("File"), self.tr("Laptop"), self.tr("Bundle"), self.tr("Status"),
            self.tr("New revisions"), self.tr("Exhibits"), self.tr("Details"),
        ])
        self.missing_box.setTitle(self.tr("Missing bundles"))
        self.quarantine_box.setTitle(self.tr("Quarantine"))
        self.quarantine_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("File"), self.tr("Reason"), self.tr("Message")]
        )
        for widget, name in (
            (self.files_button, self.tr("Import bundle files")),
            (self.folder_button, self.tr("Import a folder or a whole USB stick")),
            (self.roster_button, self.tr("Import the roster from HQ")),
            (self.stop_button, self.tr("Stop after this file")),
            (self.overall, self.tr("Progress over all files")),
            (self.file_progress, self.tr("Progress of the current file")),
            (self.results_table, self.tr("Results of the last import")),
            (self.missing_list, self.tr("Missing bundles")),
            (self.quarantine_table, self.tr("Quarantine")),
            (self.drop_zone, self.tr("Drop bundle files or folders here")),
        ):
            widget.setAccessibleName(name)
        self._show_results()
        self._show_snapshot()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the missing bundles and the quarantine again."""
        session = self.session
        if session is None:
            return

        def done(snapshot: ImportsSnapshot) -> None:
            if self.session is not session:
                return
            self.snapshot = snapshot
            self._show_snapshot()
            self._show_results()
            emit(self.refreshed)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                self.error.show_message(describe(error))

        self.context.runner.run(lambda: _snapshot(session), done, failed, name="imports")

    def missing_texts(self) -> list[str]:
        return [self.missing_list.item(i).text() for i in range(self.missing_list.count())]

    def _show_snapshot(self) -> None:
        self.missing_list.clear()
        for laptop, numbers in sorted(self.snapshot.missing.items()):
            for number in numbers:
                text = self.tr("Bundle {number} missing from laptop {laptop}").format(
                    number=number, laptop=plain(laptop)
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                self.missing_list.addItem(item)
        self.missing_none.setText(
            self.tr("No bundle is missing.") if not self.snapshot.missing else ""
        )
        self.missing_none.setVisible(not self.snapshot.missing and self.session is not None)
        self.missing_list.setVisible(bool(self.snapshot.missing))
        fill(
            self.quarantine_table,
            [
                [local_time(at), (name, name), reason_text(reason), (message, message)]
                for at, name, reason, message in self.snapshot.quarantine
            ],
            max_width=300,
        )

    def _laptop(self, outcome: ImportOutcome) -> str:
        if outcome.device:
            return outcome.device
        return self.snapshot.names.get(outcome.profile_id, "") or "—"

    def _details(self, outcome: ImportOutcome) -> str:
        if outcome.status == "rejected":
            return reason_text(outcome.reason)
        if outcome.status == "replay":
            return self.tr("Nothing changed.")
        if outcome.status == "held":
            return self.tr("Stored unread: only the clinical lead can open it.")
        if outcome.missing:
            return self.tr("Still missing from this laptop: {numbers}").format(
                numbers=", ".join(str(n) for n in outcome.missing)
            )
        return ""

    def _show_results(self) -> None:
        rows: list[list[str | tuple[str, str]]] = []
        for o in self.outcomes:
            rows.append([
                (o.file.name, str(o.file)),
                self._laptop(o),
                "—" if o.seq is None else str(o.seq),
                status_text(o.status),
                str(o.revisions_new) if o.status == "imported" else "",
                str(o.exhibits) if o.status == "imported" else "",
                (self._details(o), o.message),
            ])
        fill(self.results_table, rows)

    def _set_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _update_enabled(self) -> None:
        ready = self.session is not None and not self._busy
        for button in (self.files_button, self.folder_button, self.roster_button):
            button.setEnabled(ready)

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

    # -- the roster (clinical lead) ---------------------------------------------------

    def _choose_roster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster from HQ"), "",
            self.tr("Rosters (*.fkr);;All files (*)"),
        )
        if name:
            self.import_roster_file(Path(name))

    def import_roster_file(self, path: Path) -> None:
        """Take HQ's signed roster, so the held psychologists' bundles can be imported."""
        session = self.session
        if session is None or self._busy:
            return
        self._busy = True
        self.error.clear_message()
        self._set_summary("")
        self._update_enabled()

        def done(version: int) -> None:
            if self.session is not session:
                return
            self._busy = False
            self._set_summary(self.tr(
                "Roster version {version} imported. You can now import the bundles HQ held "
                "for you."
            ).format(version=version))
            self._update_enabled()
            emit(self.finished, "roster", True)
            self.refresh()

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._busy = False
            self.error.show_message(describe(error))
            self._update_enabled()
            emit(self.finished, "roster", False)

        self.context.runner.run(
            lambda: sync_service.import_roster(session, path),
            done, failed, name="import-roster", essential=True,
        )
