"""Records at HQ: the current state of every record across every laptop, and its history.

HQ keeps every revision it imported (nothing is ever overwritten); selecting a
record shows them all (``show_history(record_id)``). The coordinator exports
the selected interview as a PDF, or sends the selected interviews (several may
be selected) to a recipient in a transmittal package (``ui/reports``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import HqRecord
from fieldkit.textsafety import plain
from fieldkit.ui.hq.tables import fill, make_table, row_key, selected_key
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.reports.pdf_dialog import PdfExportDialog
from fieldkit.ui.reports.transmittal_dialog import TransmittalDialog
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import local_time
from fieldkit.ui.widgets import InlineMessage, fingerprint_font, plain_label, title_label

__all__ = ["RECORD_LIMIT", "HqRecordsPage", "kind_text", "record_status_text"]

RECORD_LIMIT = 1000


def kind_text(kind: str) -> str:
    texts = {
        "interview": QCoreApplication.translate("RecordKind", "Interview"),
        "person": QCoreApplication.translate("RecordKind", "Person"),
        "exhibit": QCoreApplication.translate("RecordKind", "Exhibit"),
        "custody": QCoreApplication.translate("RecordKind", "Custody entry"),
        "note": QCoreApplication.translate("RecordKind", "Session note"),
    }
    return texts.get(kind, plain(kind))


def record_status_text(status: str) -> str:
    texts = {
        "draft": QCoreApplication.translate("RecordStatus", "Draft"),
        "sealed": QCoreApplication.translate("RecordStatus", "Sealed"),
        "withdrawn": QCoreApplication.translate("RecordStatus", "Withdrawn"),
    }
    return texts.get(status, plain(status))


@dataclass(frozen=True)
class RecordsSnapshot:
    records: list[HqRecord] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def _snapshot(session: Session) -> RecordsSnapshot:
    names = (
        {d.profile_id: f"{d.name} ({d.device})" for d in sync_service.devices(session)}
        if sync_service.current_org(session) is not None
        else {}
    )
    return RecordsSnapshot(sync_service.hq_records(session, RECORD_LIMIT), names)


class HqRecordsPage(Page):
    """Every record HQ holds (newest revision), and the revisions of the selected one."""

    refreshed = Signal()
    history_loaded = Signal(str)

    COLUMNS = 7
    HISTORY_COLUMNS = 4

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot = RecordsSnapshot()
        self.history: list[tuple[int, str, str, str]] = []
        self.history_of: str | None = None
        self._loaded = False

        self.title_text = title_label()
        self.intro = plain_label()
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        self.transmit_button = QPushButton()
        self.dialog: PdfExportDialog | TransmittalDialog | None = None
        self.count = plain_label()
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.transmit_button)
        top.addWidget(self.refresh_button)
        self.table = make_table(self.COLUMNS)
        self.table.setSortingEnabled(False)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.history_box = QGroupBox()
        self.history_hint = plain_label()
        self.history_table = make_table(self.HISTORY_COLUMNS)
        self.history_table.setSelectionMode(self.history_table.SelectionMode.NoSelection)
        history = QVBoxLayout(self.history_box)
        history.addWidget(self.history_hint)
        history.addWidget(self.history_table)
        self.error = InlineMessage()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_text)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self._mono = fingerprint_font(self.font(), 0.95)

        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_pdf)
        self.transmit_button.clicked.connect(self.transmit)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.clear()
        self.retranslate()

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Records at HQ")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None and self._loaded:
            self.refresh()  # imports happen on another page

    def clear(self) -> None:
        super().clear()
        if self.dialog is not None:
            self.dialog.release()
            self.dialog = None
        self.snapshot = RecordsSnapshot()
        self.history = []
        self.history_of = None
        self._loaded = False
        self.count.clear()
        self.error.clear_message()
        self.table.setRowCount(0)
        self.history_table.setRowCount(0)
        self.refresh_button.setEnabled(False)
        self._update_actions()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Records at HQ"))
        self.intro.setText(self.tr(
            "The newest revision of every record HQ holds, from every laptop. HQ keeps every "
            "revision it imported; select a record to see them all."
        ))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export PDF…"))
        self.transmit_button.setText(self.tr("Transmittal…"))
        self.export_button.setAccessibleName(self.tr("Export the selected interview as a PDF"))
        self.transmit_button.setAccessibleName(
            self.tr("Send the selected interviews to a recipient"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Laptop"), self.tr("Kind"), self.tr("Revision"),
            self.tr("Status"), self.tr("City"), self.tr("Date"),
        ])
        self.history_box.setTitle(self.tr("History of the selected record"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Revision"), self.tr("Status"), self.tr("Saved"), self.tr("Hash")]
        )
        for widget, name in (
            (self.refresh_button, self.tr("Refresh the records")),
            (self.table, self.tr("Records at HQ")),
            (self.history_table, self.tr("History of the selected record")),
        ):
            widget.setAccessibleName(name)
        self._show()
        self._show_history()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.refresh_button.setEnabled(False)

        def done(snapshot: RecordsSnapshot) -> None:
            if self.session is not session:
                return
            self.snapshot = snapshot
            self._loaded = True
            self.refresh_button.setEnabled(True)
            self._show()
            self._update_actions()
            emit(self.refreshed)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                self.refresh_button.setEnabled(True)
                self.error.show_message(describe(error))

        self.context.runner.run(lambda: _snapshot(session), done, failed, name="hq-records")

    def _laptop(self, profile_id: str) -> str:
        return self.snapshot.names.get(profile_id) or profile_id[:8]

    def _show(self) -> None:
        records = self.snapshot.records
        fill(
            self.table,
            [
                [r.case_number, self._laptop(r.profile_id), kind_text(r.kind), str(r.revision),
                 record_status_text(r.status), r.city, r.interview_date]
                for r in records
            ],
            [r.record_id for r in records],
        )
        if self.session is None:
            self.count.clear()
        elif len(records) >= RECORD_LIMIT:
            self.count.setText(
                self.tr("The newest {count} records are shown.").format(count=len(records))
            )
        else:
            self.count.setText(self.tr("Records: {count}").format(count=len(records)))

    def selected_interviews(self) -> list[HqRecord]:
        """The selected rows that are interviews, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        keys = {row_key(self.table, row) for row in rows}
        return [r for r in self.snapshot.records if r.record_id in keys and r.kind == "interview"]

    def export_pdf(self) -> None:
        """The HQ record PDF of the selected interview (exactly one)."""
        session, chosen = self.session, self.selected_interviews()
        if session is None or len(chosen) != 1 or self.dialog is not None:
            return
        self._show_dialog(PdfExportDialog(
            self.context.runner, session, chosen[0].record_id, chosen[0].case_number,
            language=self.context.translations.language, hq=True, parent=self))

    def transmit(self) -> None:
        """A transmittal package of the selected interviews."""
        session, chosen = self.session, self.selected_interviews()
        if session is None or not chosen or self.dialog is not None:
            return
        self._show_dialog(TransmittalDialog(
            self.context.runner, session, [r.record_id for r in chosen],
            language=self.context.translations.language, parent=self))

    def _show_dialog(self, dialog: PdfExportDialog | TransmittalDialog) -> None:
        self.dialog = dialog

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _update_actions(self) -> None:
        coordinator = self.session is not None and self.session.info.role == "coordinator"
        self.export_button.setVisible(coordinator)
        self.transmit_button.setVisible(coordinator)
        chosen = self.selected_interviews() if coordinator else []
        self.export_button.setEnabled(len(chosen) == 1)
        self.transmit_button.setEnabled(bool(chosen))

    def _selection_changed(self) -> None:
        self._update_actions()
        key = selected_key(self.table)
        if key is not None and key != self.history_of:
            self.show_history(key)

    def show_history(self, record_id: str) -> None:
        """Load every revision HQ holds of ``record_id`` into the history table."""
        session = self.session
        if session is None:
            return

        def done(history: list[tuple[int, str, str, str]]) -> None:
            if self.session is not session:
                return
            self.history_of = record_id
            self.history = history
            self._show_history()
            emit(self.history_loaded, record_id)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                self.error.show_message(describe(error))

        self.context.runner.run(
            lambda: sync_service.hq_history(session, record_id), done, failed, name="hq-history"
        )

    def _show_history(self) -> None:
        record = next(
            (r for r in self.snapshot.records if r.record_id == self.history_of), None
        )
        if record is None:
            self.history_hint.setText(self.tr("Select a record above."))
        else:
            self.history_hint.setText(self.tr(
                "{kind} {case}. Revisions at HQ: {count}"
            ).format(kind=kind_text(record.kind), case=plain(record.case_number or "—"),
                     count=len(self.history)))
        fill(
            self.history_table,
            [
                [str(rev), record_status_text(status), local_time(created), digest]
                for rev, status, created, digest in self.history
            ],
            mono_columns=(3,), mono_font=self._mono,
        )
