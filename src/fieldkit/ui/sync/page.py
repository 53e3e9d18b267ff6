"""The Sync page of a field laptop: join the organisation, export to USB, import receipts.

Every action has a method that takes its path (``load_provisioning``, ``join_with``,
``write_request_to``, ``export_to``, ``apply_receipt_file``, ``set_policy``); the
buttons only ask for the path with a file dialog and call it. All work runs on
``context.runner``; writes are essential, so Lock waits for them instead of cutting
them off (an export is asked to stop, which leaves nothing behind).

This module holds the page itself and its own job, sending to HQ (pending counts,
export, receipts); joining the organisation is in ``enrollment.py`` and the
purge policy in ``purge.py``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import ExportResult
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe
from fieldkit.ui.page import PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import local_time, permille
from fieldkit.ui.sync.enrollment import EnrollmentPart
from fieldkit.ui.sync.purge import PurgePart
from fieldkit.ui.sync.state import (
    POLICY_AFTER_RECEIPT,
    POLICY_DAYS,
    POLICY_OFF,
    SyncSnapshot,
    load_snapshot,
    parse_policy,
)
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets import InlineMessage, plain_label, title_label

__all__ = [
    "POLICY_AFTER_RECEIPT",
    "POLICY_DAYS",
    "POLICY_OFF",
    "SyncPage",
    "SyncSnapshot",
    "parse_policy",
]


class _Applied(Protocol):
    """What ``apply_receipt`` returns, as far as this page reads it."""

    @property
    def bundle_seq(self) -> int: ...
    @property
    def revisions_acknowledged(self) -> int: ...
    @property
    def exhibits_acknowledged(self) -> int: ...


class SyncPage(EnrollmentPart, PurgePart):
    """Pending count, last receipt, export, receipts, enrollment and the purge policy."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.last_export: ExportResult | None = None
        self._export_cancel: threading.Event | None = None

        self.title_text = title_label()
        self.intro = plain_label()
        org_box = self._build_enrollment()
        status_box = self._build_status()
        purge_box = self._build_purge()

        inner = QWidget()
        column = self._column = QVBoxLayout(inner)
        column.setSpacing(12)
        column.addWidget(self.title_text)
        column.addWidget(self.intro)
        column.addWidget(status_box)
        column.addWidget(org_box)
        column.addWidget(purge_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.clear()
        self.retranslate()

    def _build_status(self) -> QGroupBox:
        """The box of what is not yet at HQ, with export and receipts."""
        self.status_box = QGroupBox()
        self.pending_revisions = plain_label()
        self.pending_exhibits = plain_label()
        for strong in (self.pending_revisions, self.pending_exhibits):
            bold = strong.font()
            bold.setBold(True)
            strong.setFont(bold)
        self.last_receipt = plain_label()
        self.bundles_written = plain_label()
        self._status_captions = [QLabel() for _ in range(4)]
        status_form = QFormLayout()
        for caption, value in zip(
            self._status_captions,
            (self.pending_revisions, self.pending_exhibits, self.last_receipt,
             self.bundles_written),
            strict=True,
        ):
            caption.setBuddy(value)
            status_form.addRow(caption, value)
        self.export_button = QPushButton()
        self.receipt_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.receipt_button)
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
        status_layout = QVBoxLayout(self.status_box)
        status_layout.addLayout(status_form)
        status_layout.addLayout(actions)
        status_layout.addWidget(self.progress_area)
        status_layout.addWidget(self.result)
        status_layout.addWidget(self.error)

        self.export_button.clicked.connect(self._choose_export_folder)
        self.receipt_button.clicked.connect(self._choose_receipt)
        self.cancel_button.clicked.connect(self.cancel_export)
        return self.status_box

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sync")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None and self.snapshot is not None and not self._busy:
            self.refresh()  # records written on other pages change the pending count

    def clear(self) -> None:
        if self._export_cancel is not None:
            self._export_cancel.set()  # an export still running stops and leaves nothing
        self._export_cancel = None
        super().clear()
        self.snapshot = None
        self.last_export = None
        self._busy = False
        for label in (
            self.pending_revisions, self.pending_exhibits, self.last_receipt,
            self.bundles_written, self.progress_text, self.result,
        ):
            label.clear()
        self.error.clear_message()
        self.progress.setValue(0)
        self.progress_area.hide()
        self.result.hide()
        self._clear_enrollment()
        self._clear_purge()
        self._update_enabled()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Sync"))
        self.intro.setText(self.tr(
            "Take the work on this laptop to HQ: export a bundle to a USB stick, and import "
            "the receipt HQ gives back. Bundles are encrypted and signed; only HQ can open "
            "them."
        ))
        self._retranslate_enrollment()
        self.status_box.setTitle(self.tr("Sending to HQ"))
        for caption, text in zip(
            self._status_captions,
            (self.tr("Revisions not yet safe at HQ:"), self.tr("Exhibits not yet safe at HQ:"),
             self.tr("Last receipt:"), self.tr("Bundles written:")),
            strict=True,
        ):
            caption.setText(text)
        self.export_button.setText(self.tr("Export to USB…"))
        self.receipt_button.setText(self.tr("Import receipt…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retranslate_purge()
        names: list[tuple[QWidget, str]] = [
            (self.export_button, self.tr("Export to USB")),
            (self.receipt_button, self.tr("Import receipt")),
            (self.cancel_button, self.tr("Cancel the export")),
            (self.progress, self.tr("Export progress")),
            (self.pending_revisions, self.tr("Revisions not yet safe at HQ")),
            (self.pending_exhibits, self.tr("Exhibits not yet safe at HQ")),
            (self.last_receipt, self.tr("Last receipt")),
            (self.bundles_written, self.tr("Bundles written")),
        ]
        for widget, name in names:
            widget.setAccessibleName(name)
        self._show_snapshot()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the status, organisation and policy again (on the worker thread)."""
        session = self.session
        if session is None:
            return

        def done(snapshot: SyncSnapshot) -> None:
            if self.session is not session:
                return
            self.snapshot = snapshot
            self._show_snapshot()
            emit(self.refreshed)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                self.error.show_message(describe(error))

        self.context.runner.run(lambda: load_snapshot(session), done, failed, name="sync-status")

    def _show_snapshot(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        status = snapshot.status
        self.pending_revisions.setText(str(status.pending_revisions))
        self.pending_exhibits.setText(str(status.pending_exhibits))
        self.last_receipt.setText(
            local_time(status.last_receipt_at) if status.last_receipt_at else self.tr("None yet")
        )
        self.bundles_written.setText(str(status.bundles_written))
        # Not enrolled yet: joining is the first thing to do, so it comes first.
        self._column.removeWidget(self.org_box)
        self._column.insertWidget(2 if snapshot.org is None else 3, self.org_box)
        self._show_enrollment(snapshot)
        lead = snapshot.role == "clinical_lead"  # HQ side: enrollment only, nothing to send
        self.status_box.setVisible(not lead)
        self.purge_box.setVisible(not lead)
        self._show_policy(snapshot.policy)

    def _set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _update_enabled(self) -> None:
        ready = self._ready()
        enrolled = self._enrolled()
        self.export_button.setEnabled(enrolled)
        self.receipt_button.setEnabled(enrolled)
        self._enable_enrollment(ready, enrolled)
        self._enable_purge(ready)

    def _clear_errors(self) -> None:
        self.error.clear_message()
        self.org_error.clear_message()

    # -- export -----------------------------------------------------------------------

    def _choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick or folder for the bundle")
        )
        if folder:
            self.export_to(Path(folder))

    @property
    def exporting(self) -> bool:
        return self._export_cancel is not None

    def export_to(self, folder: Path) -> None:
        """Write the next bundle into ``folder``, with progress and a working Cancel."""
        session = self.session
        if session is None or self._busy:
            return
        cancel = threading.Event()
        self._export_cancel = cancel
        self._start()
        self._set_result("")
        self.progress.setValue(0)
        self.progress_text.setText(self.tr("Writing the bundle…"))
        self.cancel_button.setEnabled(True)
        self.progress_area.show()

        def work(report: Progress) -> ExportResult:
            shown = -1

            def progress(done: int, total: int) -> None:
                nonlocal shown
                value = permille(done, total)
                if value != shown:  # a signal per visible step, not per chunk
                    shown = value
                    report(value, 1000)

            return sync_service.export_bundle(
                session, folder, progress=progress, cancelled=cancel.is_set
            )

        def progressed(done: int, _total: int) -> None:
            if self.session is session:
                self.progress.setValue(done)

        def finish() -> bool:
            if self._export_cancel is cancel:
                self._export_cancel = None
            if self.session is not session:
                return False
            self._stop()
            self.progress_area.hide()
            return True

        def done(result: ExportResult) -> None:
            if not finish():
                return
            self.last_export = result
            self._set_result(self.tr(
                "Bundle {seq} written (revisions: {revisions}, exhibits: {exhibits}):\n"
                "{path}\nTake it to HQ and bring the receipt back."
            ).format(
                seq=result.seq, revisions=result.revisions, exhibits=result.exhibits,
                path=plain(str(result.path)),
            ))
            emit(self.finished, "export", True)
            self.refresh()

        def failed(error: FieldKitError) -> None:
            if not finish():
                return
            if error.code == "operation.cancelled":
                self.error.show_message(self.tr("Export cancelled; nothing was written."))
            else:
                self.error.show_message(describe(error))
            emit(self.finished, "export", False)
            self.refresh()

        self.context.runner.run(work, done, failed, progressed, name="export", essential=True)

    def cancel_export(self) -> None:
        """Stop the running export at its next step; the partial file is removed."""
        if self._export_cancel is None:
            return
        self._export_cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_text.setText(self.tr("Cancelling…"))

    # -- receipts ---------------------------------------------------------------------

    def _choose_receipt(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the receipt from HQ"), "",
            self.tr("Receipts (*.fkr);;All files (*)"),
        )
        if name:
            self.apply_receipt_file(Path(name))

    def apply_receipt_file(self, path: Path) -> None:
        """Verify a receipt with the HQ key and mark what it covers as safe at HQ."""
        session = self.session
        if session is None or self._busy:
            return
        self._start()
        self._set_result("")

        def done(applied: _Applied) -> None:
            if self.session is not session:
                return
            self._stop()
            self._set_result(self.tr(
                "Receipt for bundle {seq} accepted. Revisions now safe at HQ: {revisions}; "
                "exhibits: {exhibits}."
            ).format(
                seq=applied.bundle_seq, revisions=applied.revisions_acknowledged,
                exhibits=applied.exhibits_acknowledged,
            ))
            emit(self.finished, "receipt", True)
            emit(self.receipt_applied)
            self.refresh()

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._stop()
            if error.code == "document.invalid":
                reason = self.tr(
                    "The file is damaged or is not a receipt signed by your HQ. Ask HQ for a "
                    "new copy."
                )
            else:
                reason = describe(error)  # receipt.other_profile, receipt.not_ours, ...
            self.error.show_message(self.tr("The receipt was not accepted.") + " " + reason)
            emit(self.finished, "receipt", False)

        def work() -> _Applied:
            return sync_service.apply_receipt(session, path)

        self.context.runner.run(work, done, failed, name="apply-receipt", essential=True)

