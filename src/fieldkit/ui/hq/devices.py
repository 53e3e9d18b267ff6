"""Devices at HQ: set up the organisation, receive and approve enrollment requests, revoke.

For a coordinator. Each action has a method taking its path or profile id
(``setup_with``, ``receive_request_file``, ``approve``, ``revoke``,
``export_roster_to``, ``write_provisioning_to``); the buttons only ask for the
path. Approving and revoking ask first through ``self.confirm`` (a
:class:`ConfirmDialog`; tests may replace it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import Device, Org
from fieldkit.textsafety import plain
from fieldkit.ui.hq.confirm import Confirm, ask
from fieldkit.ui.hq.tables import KEY_ROLE, fill, make_table, selected_key
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.sync.display import big_fingerprint_label, fingerprint_lines
from fieldkit.ui.widgets import InlineMessage, fingerprint_font, plain_label, title_label

__all__ = ["DevicesPage", "DevicesSnapshot", "OrganisationSetupDialog"]

T = TypeVar("T")
PROVISIONING_SUFFIX = ".fkp"
ROSTER_SUFFIX = ".fkr"


@dataclass(frozen=True)
class DevicesSnapshot:
    org: Org | None
    devices: list[Device] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


def _snapshot(session: Session) -> DevicesSnapshot:
    org = sync_service.current_org(session)
    if org is None:
        return DevicesSnapshot(None)
    return DevicesSnapshot(
        org, sync_service.devices(session), sync_service.pending_requests(session)
    )


def _with_suffix(name: str, suffix: str) -> Path:
    path = Path(name)
    return path if path.suffix else path.with_suffix(suffix)


class OrganisationSetupDialog(QDialog):
    """Name, the clinical lead's request file and where to write the provisioning file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up the organisation"))
        self.explanation = plain_label(self.tr(
            "Setting up creates HQ's keys in this profile. You need the clinical lead's "
            "enrollment request: their key is the one that opens psychologists' bundles. "
            "The provisioning file you write goes to every laptop that joins."
        ))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name of the organisation"))
        self.request_edit = QLineEdit()
        self.request_edit.setReadOnly(True)
        self.request_edit.setAccessibleName(self.tr("Clinical lead's enrollment request"))
        self.request_button = QPushButton(self.tr("Choose…"))
        self.request_button.setAccessibleName(self.tr("Choose the clinical lead's request"))
        self.out_edit = QLineEdit()
        self.out_edit.setReadOnly(True)
        self.out_edit.setAccessibleName(self.tr("Provisioning file to write"))
        self.out_button = QPushButton(self.tr("Choose…"))
        self.out_button.setAccessibleName(self.tr("Choose where to write the provisioning file"))
        form = QFormLayout()
        form.addRow(self.tr("Name of the organisation:"), self.name_edit)
        form.addRow(
            self.tr("Clinical lead's request:"), _row(self.request_edit, self.request_button)
        )
        form.addRow(self.tr("Provisioning file:"), _row(self.out_edit, self.out_button))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.request_button.clicked.connect(self._choose_request)
        self.out_button.clicked.connect(self._choose_out)
        for edit in (self.name_edit, self.request_edit, self.out_edit):
            edit.textChanged.connect(self._update)
        self._update()

    def values(self) -> tuple[str, Path, Path]:
        return self.name_edit.text().strip(), Path(self.request_edit.text()), Path(
            self.out_edit.text()
        )

    def _update(self) -> None:
        self.ok_button.setEnabled(
            all(e.text().strip() for e in (self.name_edit, self.request_edit, self.out_edit))
        )

    def _choose_request(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the clinical lead's enrollment request"), "",
            self.tr("Enrollment requests (*.fkq);;All files (*)"),
        )
        if name:
            self.request_edit.setText(name)

    def _choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the provisioning file"), "provisioning.fkp",
            self.tr("Provisioning files (*.fkp)"),
        )
        if name:
            self.out_edit.setText(str(_with_suffix(name, PROVISIONING_SUFFIX)))


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return widget


class DevicesPage(Page):
    """The roster's devices, pending enrollment requests, approve, revoke, roster export."""

    refreshed = Signal()
    finished = Signal(str, bool)
    """An action ended: ``setup``, ``receive``, ``approve``, ``revoke``, ``roster``,
    ``provisioning``, and whether it succeeded."""

    DEVICE_COLUMNS = 5
    REQUEST_COLUMNS = 4

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot: DevicesSnapshot | None = None
        self.confirm: Confirm = ask(self)
        self._busy = False
        self._select_after = ""

        self.title_text = title_label()
        self.org_box = QGroupBox()
        self.no_org = plain_label()
        self.setup_button = QPushButton()
        self.org_name = plain_label()
        self.org_caption = QLabel()
        self.fingerprint_caption = plain_label()
        self.hq_fingerprint = big_fingerprint_label(self, 1.4)
        self.provisioning_button = QPushButton()
        self.roster_button = QPushButton()
        org_form = QFormLayout()
        org_form.addRow(self.org_caption, self.org_name)
        self.org_caption.setBuddy(self.org_name)
        org_buttons = QHBoxLayout()
        org_buttons.addStretch(1)
        org_buttons.addWidget(self.provisioning_button)
        org_buttons.addWidget(self.roster_button)
        self.org_view = QWidget()
        org_view = QVBoxLayout(self.org_view)
        org_view.setContentsMargins(0, 0, 0, 0)
        org_view.addLayout(org_form)
        org_view.addWidget(self.fingerprint_caption)
        org_view.addWidget(self.hq_fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        org_view.addLayout(org_buttons)
        self.no_org_view = QWidget()
        no_org = QVBoxLayout(self.no_org_view)
        no_org.setContentsMargins(0, 0, 0, 0)
        no_org.addWidget(self.no_org)
        setup_row = QHBoxLayout()
        setup_row.addStretch(1)
        setup_row.addWidget(self.setup_button)
        no_org.addLayout(setup_row)
        org_layout = QVBoxLayout(self.org_box)
        org_layout.addWidget(self.no_org_view)
        org_layout.addWidget(self.org_view)

        self._mono = fingerprint_font(self.font(), 1.0)
        self.requests_box = QGroupBox()
        self.requests_hint = plain_label()
        self.requests_table = make_table(self.REQUEST_COLUMNS)
        self.receive_button = QPushButton()
        self.approve_button = QPushButton()
        request_buttons = QHBoxLayout()
        request_buttons.addWidget(self.receive_button)
        request_buttons.addWidget(self.approve_button)
        request_buttons.addStretch(1)
        requests = QVBoxLayout(self.requests_box)
        requests.addWidget(self.requests_hint)
        requests.addWidget(self.requests_table, 1)
        requests.addLayout(request_buttons)

        self.devices_box = QGroupBox()
        self.devices_table = make_table(self.DEVICE_COLUMNS)
        self.revoke_button = QPushButton()
        device_buttons = QHBoxLayout()
        device_buttons.addWidget(self.revoke_button)
        device_buttons.addStretch(1)
        devices = QVBoxLayout(self.devices_box)
        devices.addWidget(self.devices_table, 1)
        devices.addLayout(device_buttons)

        self.result = plain_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineMessage()

        splitter = self.tables = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.requests_box)
        splitter.addWidget(self.devices_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_text)
        layout.addWidget(self.org_box)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addStretch(0)

        self.setup_button.clicked.connect(self._setup_dialog)
        self.provisioning_button.clicked.connect(self._choose_provisioning_out)
        self.roster_button.clicked.connect(self._choose_roster_out)
        self.receive_button.clicked.connect(self._choose_request)
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.requests_table.itemSelectionChanged.connect(self._update_enabled)
        self.devices_table.itemSelectionChanged.connect(self._update_enabled)

        self.clear()
        self.retranslate()

    # -- Page -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Devices")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self.snapshot = None
        self._busy = False
        self._select_after = ""
        for label in (self.org_name, self.hq_fingerprint, self.result):
            label.clear()
        self.error.clear_message()
        self.devices_table.setRowCount(0)
        self.requests_table.setRowCount(0)
        self.org_view.hide()
        self.no_org_view.hide()
        self.result.hide()
        self.tables.hide()
        self._update_enabled()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Devices"))
        self.org_box.setTitle(self.tr("Organisation"))
        self.no_org.setText(self.tr(
            "No organisation is set up in this profile yet. Setting one up creates HQ's keys; "
            "you need the clinical lead's enrollment request file."
        ))
        self.setup_button.setText(self.tr("Set up organisation…"))
        self.org_caption.setText(self.tr("Organisation:"))
        self.fingerprint_caption.setText(self.tr(
            "HQ fingerprint. A laptop that joins shows the same groups; compare them aloud:"
        ))
        self.provisioning_button.setText(self.tr("Write provisioning file…"))
        self.roster_button.setText(self.tr("Export roster…"))
        self.requests_box.setTitle(self.tr("Enrollment requests waiting for approval"))
        self.requests_hint.setText(self.tr(
            "Before approving, ask the person to read the fingerprint shown on their laptop "
            "and compare it with the one here."
        ))
        self.requests_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Laptop"), self.tr("Fingerprint")]
        )
        self.receive_button.setText(self.tr("Receive request…"))
        self.approve_button.setText(self.tr("Approve…"))
        self.devices_box.setTitle(self.tr("Devices in the roster"))
        self.devices_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Laptop"), self.tr("Status"),
            self.tr("Fingerprint"),
        ])
        self.revoke_button.setText(self.tr("Revoke…"))
        for widget, name in (
            (self.setup_button, self.tr("Set up organisation")),
            (self.provisioning_button, self.tr("Write provisioning file")),
            (self.roster_button, self.tr("Export roster")),
            (self.receive_button, self.tr("Receive request")),
            (self.approve_button, self.tr("Approve the selected request")),
            (self.revoke_button, self.tr("Revoke the selected device")),
            (self.devices_table, self.tr("Devices in the roster")),
            (self.requests_table, self.tr("Enrollment requests waiting for approval")),
            (self.hq_fingerprint, self.tr("HQ fingerprint")),
        ):
            widget.setAccessibleName(name)
        self._show()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return

        def done(snapshot: DevicesSnapshot) -> None:
            if self.session is not session:
                return
            self.snapshot = snapshot
            self._show()
            emit(self.refreshed)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                self.error.show_message(describe(error))

        self.context.runner.run(lambda: _snapshot(session), done, failed, name="devices")

    def _status_text(self, status: str) -> str:
        if status == "active":
            return self.tr("Active")
        if status == "revoked":
            return self.tr("Revoked")
        return plain(status)

    def _show(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        language = self.context.translations.language
        org = snapshot.org
        self.org_view.setVisible(org is not None)
        self.no_org_view.setVisible(org is None)
        self.tables.setVisible(org is not None)
        if org is not None:
            self.org_name.setText(plain(org.org_name))
            self.hq_fingerprint.setText(fingerprint_lines(org.hq_fingerprint))
        fill(
            self.devices_table,
            [
                [d.name, role_label(d.role, language), d.device, self._status_text(d.status),
                 d.fingerprint]
                for d in snapshot.devices
            ],
            [d.profile_id for d in snapshot.devices],
            mono_columns=(4,), mono_font=self._mono,
        )
        fill(
            self.requests_table,
            [
                [str(r.get("name", "")), role_label(str(r.get("role", "")), language),
                 str(r.get("device", "")), str(r["fingerprint"])]
                for r in snapshot.requests
            ],
            [str(r["profile_id"]) for r in snapshot.requests],
            mono_columns=(3,), mono_font=self._mono,
        )
        if self._select_after:
            self.select_request(self._select_after)
            self._select_after = ""
        self._update_enabled()

    def _set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _update_enabled(self) -> None:
        ready = self.session is not None and self.snapshot is not None and not self._busy
        has_org = ready and self.snapshot is not None and self.snapshot.org is not None
        self.setup_button.setEnabled(ready)
        for button in (self.provisioning_button, self.roster_button, self.receive_button):
            button.setEnabled(has_org)
        self.approve_button.setEnabled(has_org and self.selected_request() is not None)
        device = self.selected_device()
        self.revoke_button.setEnabled(
            has_org and device is not None and device.status == "active"
        )

    def selected_request(self) -> dict[str, Any] | None:
        key = selected_key(self.requests_table)
        if key is None or self.snapshot is None:
            return None
        return next((r for r in self.snapshot.requests if r["profile_id"] == key), None)

    def selected_device(self) -> Device | None:
        key = selected_key(self.devices_table)
        if key is None or self.snapshot is None:
            return None
        return next((d for d in self.snapshot.devices if d.profile_id == key), None)

    def select_request(self, profile_id: str) -> None:
        for row in range(self.requests_table.rowCount()):
            item = self.requests_table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == profile_id:
                self.requests_table.selectRow(row)

    def select_device(self, profile_id: str) -> None:
        for row in range(self.devices_table.rowCount()):
            item = self.devices_table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == profile_id:
                self.devices_table.selectRow(row)

    # -- running an action ------------------------------------------------------------

    def _run(
        self, action: str, work: Callable[[Session], T], on_success: Callable[[T], None]
    ) -> None:
        """Run a write; on success call ``on_success(result)``, then reload."""
        session = self.session
        if session is None or self._busy:
            return
        self._busy = True
        self._set_result("")
        self.error.clear_message()
        self._update_enabled()

        def done(result: T) -> None:
            if self.session is not session:
                return
            self._busy = False
            on_success(result)
            emit(self.finished, action, True)
            self.refresh()

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._busy = False
            self.error.show_message(describe(error))
            self._update_enabled()
            emit(self.finished, action, False)

        self.context.runner.run(lambda: work(session), done, failed, name=action,
                                essential=True)

    # -- set up -----------------------------------------------------------------------

    def _setup_dialog(self) -> None:
        dialog = OrganisationSetupDialog(self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.setup_with(*dialog.values())
        finally:
            dialog.deleteLater()

    def setup_with(self, name: str, clinical_request: Path, out: Path) -> None:
        """Create HQ's keys; write the provisioning file; show the HQ fingerprint."""

        def shown(org: Org) -> None:
            self._set_result(self.tr(
                "The organisation {name} is set up. The provisioning file is at {path}: give "
                "it to every laptop that joins, and compare the HQ fingerprint below aloud "
                "when they do."
            ).format(name=plain(org.org_name), path=plain(str(out))))

        self._run(
            "setup",
            lambda s: sync_service.setup_organisation(s, name, clinical_request, out),
            shown,
        )

    def _choose_provisioning_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the provisioning file"), "provisioning.fkp",
            self.tr("Provisioning files (*.fkp)"),
        )
        if name:
            self.write_provisioning_to(_with_suffix(name, PROVISIONING_SUFFIX))

    def write_provisioning_to(self, path: Path) -> None:
        self._run(
            "provisioning",
            lambda s: sync_service.write_provisioning(s, path),
            lambda _r: self._set_result(
                self.tr("Provisioning file written: {path}").format(path=plain(str(path)))
            ),
        )

    # -- requests ---------------------------------------------------------------------

    def _choose_request(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an enrollment request"), "",
            self.tr("Enrollment requests (*.fkq);;All files (*)"),
        )
        if name:
            self.receive_request_file(Path(name))

    def receive_request_file(self, path: Path) -> None:
        """Store a laptop's enrollment request; it then waits for approval."""

        def received(document: dict[str, Any]) -> None:
            self._set_result(self.tr(
                "Request received from {name} ({device}). Compare its fingerprint with the "
                "person before approving."
            ).format(name=plain(str(document.get("name", ""))),
                     device=plain(str(document.get("device", "")))))
            self._select_after = str(document.get("profile_id", ""))

        self._run("receive", lambda s: sync_service.receive_request(s, path), received)

    def approve_selected(self) -> None:
        request = self.selected_request()
        if request is not None:
            self.approve(str(request["profile_id"]))

    def approve(self, profile_id: str) -> bool:
        """Ask (showing the fingerprint to compare), then add the device to the roster."""
        request = next(
            (r for r in (self.snapshot.requests if self.snapshot else [])
             if r["profile_id"] == profile_id),
            None,
        )
        if request is None or self.session is None or self._busy:
            return False
        name, device = plain(str(request.get("name", ""))), plain(str(request.get("device", "")))
        role = role_label(str(request.get("role", "")), self.context.translations.language)
        accepted = self.confirm(
            self.tr("Approve this laptop?"),
            self.tr(
                "Approve {name} ({role}, {device})?\n\nAsk {name} to read the fingerprint "
                "shown on their laptop and compare it with this one, group by group. Approve "
                "only if every group matches: otherwise someone else made this request."
            ).format(name=name, role=role, device=device),
            str(request["fingerprint"]),
            self.tr("Approve"),
        )
        if not accepted:
            return False
        self._run(
            "approve",
            lambda s: sync_service.approve(s, profile_id),
            lambda version: self._set_result(self.tr(
                "{name} ({device}) is approved (roster version {version}). Export the roster "
                "for the clinical lead."
            ).format(name=name, device=device, version=version)),
        )
        return True

    # -- devices ----------------------------------------------------------------------

    def revoke_selected(self) -> None:
        device = self.selected_device()
        if device is not None:
            self.revoke(device.profile_id)

    def revoke(self, profile_id: str) -> bool:
        """Ask, then revoke the device: its bundles are refused from the next import on."""
        device = next(
            (d for d in (self.snapshot.devices if self.snapshot else [])
             if d.profile_id == profile_id),
            None,
        )
        if device is None or self.session is None or self._busy:
            return False
        name, label = plain(device.name), plain(device.device)
        accepted = self.confirm(
            self.tr("Revoke this laptop?"),
            self.tr(
                "Revoke {name} ({device})?\n\nBundles from this laptop will be refused from the "
                "next import on, whatever their date. Do this when a laptop is lost, stolen or "
                "no longer trusted. It cannot be undone."
            ).format(name=name, device=label),
            "",
            self.tr("Revoke"),
        )
        if not accepted:
            return False
        self._run(
            "revoke",
            lambda s: sync_service.revoke(s, profile_id),
            lambda version: self._set_result(self.tr(
                "{name} ({device}) is revoked (roster version {version}). Export the roster "
                "for the clinical lead."
            ).format(name=name, device=label, version=version)),
        )
        return True

    def _choose_roster_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the roster"), "roster.fkr", self.tr("Rosters (*.fkr)"),
        )
        if name:
            self.export_roster_to(_with_suffix(name, ROSTER_SUFFIX))

    def export_roster_to(self, path: Path) -> None:
        """Write the HQ-signed roster (for the clinical lead's profile)."""
        self._run(
            "roster",
            lambda s: sync_service.write_roster(s, path),
            lambda _r: self._set_result(
                self.tr("Roster written: {path}").format(path=plain(str(path)))
            ),
        )
