"""The Sync page of a field laptop: join the organisation, export to USB, import receipts.

Every action has a method that takes its path (``load_provisioning``, ``join_with``,
``write_request_to``, ``export_to``, ``apply_receipt_file``, ``set_policy``); the
buttons only ask for the path with a file dialog and call it. All work runs on
``context.runner``; writes are essential, so Lock waits for them instead of cutting
them off (an export is asked to stop, which leaves nothing behind).
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import ExportResult, Org, SyncStatus
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import (
    big_fingerprint_label,
    fingerprint_lines,
    local_time,
    permille,
)
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets import InlineMessage, fingerprint_font, plain_label, title_label

__all__ = ["POLICY_AFTER_RECEIPT", "POLICY_DAYS", "POLICY_OFF", "SyncPage", "SyncSnapshot"]

POLICY_OFF = "off"
POLICY_AFTER_RECEIPT = "after_receipt"
POLICY_DAYS = "after_receipt_days"
REQUEST_SUFFIX = ".fkq"
MAX_DAYS = 3650


class _Applied(Protocol):
    """What ``apply_receipt`` returns, as far as this page reads it."""

    @property
    def bundle_seq(self) -> int: ...
    @property
    def revisions_acknowledged(self) -> int: ...
    @property
    def exhibits_acknowledged(self) -> int: ...


@dataclass(frozen=True)
class SyncSnapshot:
    """What the page shows, read in one task."""

    status: SyncStatus
    org: Org | None
    policy: str
    fingerprint: str
    role: str


def _snapshot(session: Session) -> SyncSnapshot:
    return SyncSnapshot(
        sync_service.status(session),
        sync_service.current_org(session),
        sync_service.purge_policy(session),
        session.fingerprint,
        session.info.role,
    )


def parse_policy(value: str) -> tuple[str, int]:
    """``after_receipt_days:30`` -> (``after_receipt_days``, 30); unknown values -> off."""
    if value == POLICY_AFTER_RECEIPT:
        return POLICY_AFTER_RECEIPT, 0
    kind, _, days = value.partition(":")
    if kind == POLICY_DAYS and days.isdigit():
        return POLICY_DAYS, int(days)
    return POLICY_OFF, 0


class SyncPage(Page):
    """Pending count, last receipt, export, receipts, enrollment and the purge policy."""

    refreshed = Signal()
    """The status was loaded again."""
    finished = Signal(str, bool)
    """An action ended: its name (``provisioning``, ``join``, ``request``, ``export``,
    ``receipt``, ``policy``) and whether it succeeded."""
    receipt_applied = Signal()
    """A receipt marked revisions as safe at HQ (interview lists may want to refresh)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot: SyncSnapshot | None = None
        self.last_export: ExportResult | None = None
        self.request_written: Path | None = None
        self._provisioning: Path | None = None
        self._provisioning_fingerprint = ""
        self._export_cancel: threading.Event | None = None
        self._busy = False
        self._loading = False

        self.title_text = title_label()
        self.intro = plain_label()

        # -- organisation ---------------------------------------------------------
        self.org_box = QGroupBox()
        self.enrolled_view = QWidget()
        self.org_name = plain_label()
        self.device_name = plain_label()
        self.hq_fingerprint = plain_label(wrap=False)
        self.hq_fingerprint.setFont(fingerprint_font(self.font(), 1.0))
        self.hq_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_fingerprint = plain_label(wrap=False)
        self.own_fingerprint.setFont(fingerprint_font(self.font(), 1.0))
        self.own_fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.rewrite_request_button = QPushButton()
        self._org_captions = [QLabel() for _ in range(4)]
        org_form = QFormLayout()
        org_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for caption, value in zip(
            self._org_captions,
            (self.org_name, self.device_name, self.hq_fingerprint, self.own_fingerprint),
            strict=True,
        ):
            caption.setBuddy(value)
            org_form.addRow(caption, value)
        enrolled = QVBoxLayout(self.enrolled_view)
        enrolled.setContentsMargins(0, 0, 0, 0)
        enrolled.addLayout(org_form)
        enrolled.addLayout(_right(self.rewrite_request_button))

        self.join_view = QWidget()
        self.not_enrolled = plain_label()
        self.device_caption = QLabel()
        self.device_edit = QLineEdit()
        self.device_edit.setMaxLength(100)
        self.device_caption.setBuddy(self.device_edit)
        self.join_button = QPushButton()
        self.clinical_note = plain_label()
        self.request_only_button = QPushButton()
        self.provisioning_panel = QFrame()
        self.provisioning_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.provisioning_org = plain_label()
        bold = self.provisioning_org.font()
        bold.setBold(True)
        self.provisioning_org.setFont(bold)
        self.compare_instruction = plain_label()
        self.provisioning_fingerprint = big_fingerprint_label(self)
        self.matches_check = QCheckBox()
        self.confirm_join_button = QPushButton()
        panel = QVBoxLayout(self.provisioning_panel)
        panel.addWidget(self.provisioning_org)
        panel.addWidget(self.compare_instruction)
        panel.addWidget(self.provisioning_fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        panel.addWidget(self.matches_check)
        panel.addLayout(_right(self.confirm_join_button))
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_caption)
        device_row.addWidget(self.device_edit, 1)
        join = QVBoxLayout(self.join_view)
        join.setContentsMargins(0, 0, 0, 0)
        join.addWidget(self.not_enrolled)
        join.addLayout(device_row)
        join.addLayout(_right(self.join_button))
        join.addWidget(self.provisioning_panel)
        join.addWidget(self.clinical_note)
        join.addLayout(_right(self.request_only_button))

        self.request_panel = QFrame()
        self.request_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.request_instruction = plain_label()
        self.request_path = plain_label()
        self.request_fingerprint = big_fingerprint_label(self)
        request = QVBoxLayout(self.request_panel)
        request.addWidget(self.request_instruction)
        request.addWidget(self.request_fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        request.addWidget(self.request_path)

        self.org_error = InlineMessage()
        org_layout = QVBoxLayout(self.org_box)
        org_layout.addWidget(self.enrolled_view)
        org_layout.addWidget(self.join_view)
        org_layout.addWidget(self.request_panel)
        org_layout.addWidget(self.org_error)

        # -- status, export and receipts -----------------------------------------
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

        # -- purge policy ---------------------------------------------------------
        self.purge_box = QGroupBox()
        self.purge_explanation = plain_label()
        self.policy_caption = QLabel()
        self.policy_combo = QComboBox()
        for policy in (POLICY_OFF, POLICY_AFTER_RECEIPT, POLICY_DAYS):
            self.policy_combo.addItem("", policy)
        self.policy_caption.setBuddy(self.policy_combo)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(30)
        self.policy_saved = plain_label()
        self.policy_error = InlineMessage()
        policy_row = QHBoxLayout()
        policy_row.addWidget(self.policy_caption)
        policy_row.addWidget(self.policy_combo)
        policy_row.addWidget(self.days_spin)
        policy_row.addWidget(self.policy_saved)
        policy_row.addStretch(1)
        purge_layout = QVBoxLayout(self.purge_box)
        purge_layout.addWidget(self.purge_explanation)
        purge_layout.addLayout(policy_row)
        purge_layout.addWidget(self.policy_error)

        inner = QWidget()
        column = self._column = QVBoxLayout(inner)
        column.setSpacing(12)
        column.addWidget(self.title_text)
        column.addWidget(self.intro)
        column.addWidget(self.status_box)
        column.addWidget(self.org_box)
        column.addWidget(self.purge_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.export_button.clicked.connect(self._choose_export_folder)
        self.receipt_button.clicked.connect(self._choose_receipt)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.join_button.clicked.connect(self._choose_provisioning)
        self.matches_check.toggled.connect(self._update_enabled)
        self.device_edit.textChanged.connect(self._update_enabled)
        self.confirm_join_button.clicked.connect(self._choose_request_for_join)
        self.request_only_button.clicked.connect(self._choose_request_file)
        self.rewrite_request_button.clicked.connect(self._choose_request_file)
        self.policy_combo.activated.connect(self._policy_edited)
        self.days_spin.valueChanged.connect(self._policy_edited)

        self.clear()
        self.retranslate()

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
        self.request_written = None
        self._provisioning = None
        self._provisioning_fingerprint = ""
        self._busy = False
        for label in (
            self.org_name, self.device_name, self.hq_fingerprint, self.own_fingerprint,
            self.provisioning_org, self.provisioning_fingerprint, self.request_path,
            self.request_fingerprint, self.pending_revisions, self.pending_exhibits,
            self.last_receipt, self.bundles_written, self.progress_text, self.result,
            self.policy_saved,
        ):
            label.clear()
        self.device_edit.clear()
        self.matches_check.setChecked(False)
        for message in (self.error, self.org_error, self.policy_error):
            message.clear_message()
        self.progress.setValue(0)
        self.progress_area.hide()
        self.result.hide()
        self.provisioning_panel.hide()
        self.request_panel.hide()
        self.enrolled_view.hide()
        self.join_view.hide()
        self.clinical_note.hide()
        self.request_only_button.hide()
        self._update_enabled()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Sync"))
        self.intro.setText(self.tr(
            "Take the work on this laptop to HQ: export a bundle to a USB stick, and import "
            "the receipt HQ gives back. Bundles are encrypted and signed; only HQ can open "
            "them."
        ))
        self.org_box.setTitle(self.tr("Organisation"))
        for caption, text in zip(
            self._org_captions,
            (self.tr("Organisation:"), self.tr("This laptop:"), self.tr("HQ fingerprint:"),
             self.tr("Your fingerprint:")),
            strict=True,
        ):
            caption.setText(text)
        self.rewrite_request_button.setText(self.tr("Write enrollment request again…"))
        self.not_enrolled.setText(self.tr(
            "This profile does not belong to an organisation yet. Ask HQ for the "
            "provisioning file (for example on a USB stick), then join."
        ))
        self.device_caption.setText(self.tr("Name of this laptop:"))
        self.device_edit.setPlaceholderText(self.tr("for example: Laptop 7 (Kraków)"))
        self.join_button.setText(self.tr("Join organisation…"))
        self.clinical_note.setText(self.tr(
            "As the clinical lead, give HQ your enrollment request first: the coordinator "
            "needs it to set up the organisation. Join with the provisioning file afterwards."
        ))
        self.request_only_button.setText(self.tr("Write enrollment request…"))
        self.compare_instruction.setText(self.tr(
            "Phone the coordinator at HQ and read this fingerprint aloud, group by group. "
            "Join only if every group matches what they see on their screen."
        ))
        self.matches_check.setText(self.tr("The fingerprint matches"))
        self.confirm_join_button.setText(self.tr("Join"))
        self.request_instruction.setText(self.tr(
            "Give the enrollment request file to the coordinator, and read this profile's "
            "fingerprint to them so they can compare it before approving:"
        ))
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
        self.purge_box.setTitle(self.tr("Removing what HQ holds"))
        self.purge_explanation.setText(self.tr(
            "Once a receipt shows that HQ holds a record, this laptop can remove the record's "
            "content and exhibits, keeping only a stub with its hash, so less testimony is at "
            "risk if the laptop is lost. Nothing HQ has not confirmed is ever removed, and "
            "drafts are kept."
        ))
        self.policy_caption.setText(self.tr("Remove:"))
        for index, text in enumerate((
            self.tr("Never (off)"),
            self.tr("After each receipt"),
            self.tr("After a receipt and a number of days"),
        )):
            self.policy_combo.setItemText(index, text)
        self.days_spin.setSuffix(self.tr(" days"))
        self._set_accessible_names()
        self._show_snapshot()

    def _set_accessible_names(self) -> None:
        names: list[tuple[QWidget, str]] = [
            (self.device_edit, self.tr("Name of this laptop")),
            (self.join_button, self.tr("Join organisation")),
            (self.request_only_button, self.tr("Write enrollment request")),
            (self.rewrite_request_button, self.tr("Write enrollment request again")),
            (self.provisioning_fingerprint, self.tr("HQ fingerprint to compare")),
            (self.hq_fingerprint, self.tr("HQ fingerprint")),
            (self.own_fingerprint, self.tr("Your fingerprint")),
            (self.request_fingerprint, self.tr("Your fingerprint to read to the coordinator")),
            (self.matches_check, self.tr("The fingerprint matches")),
            (self.confirm_join_button, self.tr("Join")),
            (self.export_button, self.tr("Export to USB")),
            (self.receipt_button, self.tr("Import receipt")),
            (self.cancel_button, self.tr("Cancel the export")),
            (self.progress, self.tr("Export progress")),
            (self.pending_revisions, self.tr("Revisions not yet safe at HQ")),
            (self.pending_exhibits, self.tr("Exhibits not yet safe at HQ")),
            (self.last_receipt, self.tr("Last receipt")),
            (self.bundles_written, self.tr("Bundles written")),
            (self.policy_combo, self.tr("Purge policy")),
            (self.days_spin, self.tr("Days after the receipt")),
        ]
        for widget, name in names:
            widget.setAccessibleName(name)

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

        self.context.runner.run(lambda: _snapshot(session), done, failed, name="sync-status")

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
        org = snapshot.org
        # Not enrolled yet: joining is the first thing to do, so it comes first.
        self._column.removeWidget(self.org_box)
        self._column.insertWidget(2 if org is None else 3, self.org_box)
        self.enrolled_view.setVisible(org is not None)
        self.join_view.setVisible(org is None)
        if org is not None:
            self.org_name.setText(plain(org.org_name))
            self.device_name.setText(plain(org.device))
            self.hq_fingerprint.setText(org.hq_fingerprint)
            self.own_fingerprint.setText(snapshot.fingerprint)
            self.provisioning_panel.hide()
        lead = snapshot.role == "clinical_lead"  # HQ side: enrollment only, nothing to send
        self.status_box.setVisible(not lead)
        self.purge_box.setVisible(not lead)
        self.clinical_note.setVisible(lead and org is None)
        self.request_only_button.setVisible(lead and org is None)
        self._show_policy(snapshot.policy)

    def _show_policy(self, policy: str) -> None:
        self._loading = True  # what is stored is shown, not written back
        kind, days = parse_policy(policy)
        self.policy_combo.setCurrentIndex(max(self.policy_combo.findData(kind), 0))
        if days:
            self.days_spin.setValue(min(days, MAX_DAYS))
        self._loading = False
        self._update_enabled()

    def _set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _update_enabled(self) -> None:
        ready = self.session is not None and self.snapshot is not None and not self._busy
        enrolled = ready and self.snapshot is not None and self.snapshot.org is not None
        self.export_button.setEnabled(enrolled)
        self.receipt_button.setEnabled(enrolled)
        self.rewrite_request_button.setEnabled(enrolled)
        self.join_button.setEnabled(ready)
        self.request_only_button.setEnabled(ready)
        self.confirm_join_button.setEnabled(
            ready and self._provisioning is not None and self.matches_check.isChecked()
            and bool(self.device_edit.text().strip())
        )
        self.policy_combo.setEnabled(ready)
        self.days_spin.setVisible(self.policy_combo.currentData() == POLICY_DAYS)
        self.days_spin.setEnabled(ready)

    def _start(self) -> None:
        self._busy = True
        self.error.clear_message()
        self.org_error.clear_message()
        self._update_enabled()

    def _stop(self) -> None:
        self._busy = False
        self._update_enabled()

    # -- enrollment -------------------------------------------------------------------

    def _choose_provisioning(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the provisioning file from HQ"), "",
            self.tr("Provisioning files (*.fkp);;All files (*)"),
        )
        if name:
            self.load_provisioning(Path(name))

    def load_provisioning(self, path: Path) -> None:
        """Check a provisioning file and show the HQ fingerprint to compare aloud."""
        session = self.session
        if session is None or self._busy:
            return
        self._start()
        self._provisioning = None
        self.provisioning_panel.hide()
        self.matches_check.setChecked(False)

        def done(info: dict[str, Any]) -> None:
            if self.session is not session:
                return
            self._stop()
            self._provisioning = path
            self._provisioning_fingerprint = str(info["fingerprint"])
            self.provisioning_org.setText(
                self.tr("Organisation: {name}").format(name=plain(str(info["org_name"])))
            )
            self.provisioning_fingerprint.setText(fingerprint_lines(str(info["fingerprint"])))
            self.provisioning_panel.show()
            self._update_enabled()
            emit(self.finished, "provisioning", True)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._stop()
            if error.code in ("document.invalid", "org.invalid"):
                self.org_error.show_message(self.tr(
                    "This file is damaged or is not a provisioning file from HQ. Ask HQ for a "
                    "new copy."
                ))
            else:
                self.org_error.show_message(describe(error))
            emit(self.finished, "provisioning", False)

        self.context.runner.run(
            lambda: sync_service.read_provisioning(path), done, failed, name="read-provisioning"
        )

    def shown_hq_fingerprint(self) -> str:
        """The fingerprint of the loaded provisioning file, as one line of groups."""
        return " ".join(self.provisioning_fingerprint.text().split())

    def _suggested_request_name(self) -> str:
        session = self.session
        who = session.info.id[:8] if session is not None else "profile"
        return f"enrollment-request-{who}{REQUEST_SUFFIX}"

    def _ask_request_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the enrollment request"), self._suggested_request_name(),
            self.tr("Enrollment requests (*.fkq)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(REQUEST_SUFFIX)

    def _choose_request_for_join(self) -> None:
        if self._provisioning is None:
            return
        if self.snapshot is not None and self.snapshot.role == "clinical_lead":
            self.join_with(self._provisioning, None)  # HQ has the request already
            return
        out = self._ask_request_path()
        if out is not None:
            self.join_with(self._provisioning, out)

    def join_with(self, provisioning: Path, request_out: Path | None) -> None:
        """Join the organisation of ``provisioning`` (after the fingerprint was confirmed),
        then write this profile's enrollment request to ``request_out``."""
        session = self.session
        if session is None or self._busy:
            return
        if not self.matches_check.isChecked() or provisioning != self._provisioning:
            self.org_error.show_message(self.tr(
                "Compare the HQ fingerprint first, and tick “The fingerprint matches” only if "
                "every group is the same."
            ))
            return
        device = self.device_edit.text().strip()
        if not device:
            self.org_error.show_message(self.tr("Give this laptop a name first."))
            return
        self._start()

        def work() -> str | None:
            sync_service.join(session, provisioning, device)
            if request_out is None:
                return None
            return sync_service.write_request(session, request_out, device)

        def done(fingerprint: str | None) -> None:
            if self.session is not session:
                return
            self._stop()
            self._provisioning = None
            self.provisioning_panel.hide()
            if fingerprint is not None and request_out is not None:
                self._show_request(request_out, fingerprint)
            emit(self.finished, "join", True)
            self.refresh()

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._stop()
            self.org_error.show_message(describe(error))
            emit(self.finished, "join", False)
            self.refresh()

        self.context.runner.run(work, done, failed, name="join", essential=True)

    def _choose_request_file(self) -> None:
        out = self._ask_request_path()
        if out is not None:
            self.write_request_to(out)

    def write_request_to(self, path: Path) -> None:
        """Write this profile's enrollment request (again) to ``path``."""
        session = self.session
        if session is None or self._busy:
            return
        device = self.device_edit.text().strip()
        self._start()

        def done(fingerprint: str) -> None:
            if self.session is not session:
                return
            self._stop()
            self._show_request(path, fingerprint)
            emit(self.finished, "request", True)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._stop()
            self.org_error.show_message(describe(error))
            emit(self.finished, "request", False)

        self.context.runner.run(
            lambda: sync_service.write_request(session, path, device),
            done, failed, name="write-request", essential=True,
        )

    def _show_request(self, path: Path, fingerprint: str) -> None:
        self.request_written = path
        self.request_fingerprint.setText(fingerprint_lines(fingerprint))
        self.request_path.setText(
            self.tr("Enrollment request written: {path}").format(path=plain(str(path)))
        )
        self.request_panel.show()

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
            known = {
                "document.invalid": self.tr(
                    "The file is damaged or is not a receipt signed by your HQ. Ask HQ for a "
                    "new copy."
                ),
                "receipt.invalid": self.tr(
                    "It is for another profile or organisation, or for a bundle this laptop "
                    "did not write."
                ),
            }
            self.error.show_message(
                self.tr("The receipt was not accepted.") + " "
                + (known.get(error.code) or describe(error))
            )
            emit(self.finished, "receipt", False)

        def work() -> _Applied:
            return sync_service.apply_receipt(session, path)

        self.context.runner.run(work, done, failed, name="apply-receipt", essential=True)

    # -- purge policy -----------------------------------------------------------------

    def policy_value(self) -> str:
        """The policy the selector shows, as ``set_purge_policy`` takes it."""
        kind = str(self.policy_combo.currentData())
        if kind == POLICY_DAYS:
            return f"{POLICY_DAYS}:{self.days_spin.value()}"
        return kind

    def _policy_edited(self) -> None:
        self._update_enabled()
        if not self._loading:
            self.set_policy(self.policy_value())

    def set_policy(self, value: str) -> None:
        """Store the purge policy (``off``, ``after_receipt``, ``after_receipt_days:N``)."""
        session = self.session
        if session is None:
            return
        self.policy_saved.clear()
        self.policy_error.clear_message()

        def done(_result: None) -> None:
            if self.session is not session:
                return
            self.policy_saved.setText(self.tr("Saved."))
            if self.snapshot is not None:
                self.snapshot = dataclasses.replace(self.snapshot, policy=value)
            self._show_policy(value)
            emit(self.finished, "policy", True)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self.policy_error.show_message(describe(error))
            emit(self.finished, "policy", False)

        self.context.runner.run(
            lambda: sync_service.set_purge_policy(session, value),
            done, failed, name="purge-policy", essential=True,
        )


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
