"""Imports at HQ: bundles from USB sticks (chosen or dropped), results, gaps and quarantine.

For a coordinator, and for the clinical lead, who imports HQ's roster and then
the psychologists' bundles HQ held for them. The import run itself (choosing,
dropping, one task per file, Stop) is in ``import_run.py``; this module holds
the page and what it shows: each file's result, the bundles still missing, the
quarantine, and the clinical lead's roster import. How a result or a refusal
reads is in ``outcomes.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
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
from fieldkit.ui.hq.import_run import ImportRunPart, ReceiptsChooser, local_paths
from fieldkit.ui.hq.outcomes import reason_text, status_text
from fieldkit.ui.hq.tables import fill, make_table
from fieldkit.ui.messages import describe
from fieldkit.ui.page import PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import local_time
from fieldkit.ui.widgets import plain_label, title_label

__all__ = ["ImportsPage", "ReceiptsChooser", "local_paths", "reason_text", "status_text"]


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


class ImportsPage(ImportRunPart):
    """Import bundles, see each one's result, the bundles still missing, the quarantine."""

    refreshed = Signal()
    finished = Signal(str, bool)
    """``roster`` (the clinical lead's roster import) ended; whether it succeeded."""

    RESULT_COLUMNS = 7
    QUARANTINE_COLUMNS = 4

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot = ImportsSnapshot()

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
        self._clear_run()
        self.missing_none.clear()
        self.results_table.setRowCount(0)
        self.quarantine_table.setRowCount(0)
        self.missing_list.clear()
        self.roster_button.hide()
        self.clinical_hint.hide()
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
        self._retranslate_run()
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

    def _update_enabled(self) -> None:
        ready = self.session is not None and not self._busy
        for button in (self.files_button, self.folder_button, self.roster_button):
            button.setEnabled(ready)

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

