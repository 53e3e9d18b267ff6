"""Devices at HQ: set up the organisation, receive and approve enrollment requests, revoke.

For a coordinator. Each action has a method taking its path or profile id
(``setup_with``, ``receive_request_file``, ``approve``, ``revoke``,
``export_roster_to``, ``write_provisioning_to``); the buttons only ask for the
path. Approving and revoking ask first through ``self.confirm`` (a
:class:`ConfirmDialog`; tests may replace it).

This module holds the page and its own job, the roster's devices and revoking
them; the organisation box is in ``organisation.py``, the enrollment requests
in ``requests.py``, the setup dialog in ``setup_dialog.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import Device
from fieldkit.textsafety import plain
from fieldkit.ui.hq.device_base import DevicesSnapshot, load_snapshot
from fieldkit.ui.hq.organisation import OrganisationPart
from fieldkit.ui.hq.requests import RequestsPart
from fieldkit.ui.hq.setup_dialog import OrganisationSetupDialog
from fieldkit.ui.hq.tables import KEY_ROLE, fill, make_table, selected_key
from fieldkit.ui.messages import describe
from fieldkit.ui.page import PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.widgets import title_label

__all__ = ["DevicesPage", "DevicesSnapshot", "OrganisationSetupDialog"]


class DevicesPage(OrganisationPart, RequestsPart):
    """The roster's devices, pending enrollment requests, approve, revoke, roster export."""

    DEVICE_COLUMNS = 5

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title_text = title_label()
        org_box = self._build_organisation()
        requests_box = self._build_requests()

        self.devices_box = QGroupBox()
        self.devices_table = make_table(self.DEVICE_COLUMNS)
        self.revoke_button = QPushButton()
        device_buttons = QHBoxLayout()
        device_buttons.addWidget(self.revoke_button)
        device_buttons.addStretch(1)
        devices = QVBoxLayout(self.devices_box)
        devices.addWidget(self.devices_table, 1)
        devices.addLayout(device_buttons)

        splitter = self.tables = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(requests_box)
        splitter.addWidget(self.devices_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_text)
        layout.addWidget(org_box)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addStretch(0)

        self.revoke_button.clicked.connect(self.revoke_selected)
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
        self._clear_organisation()
        self._clear_requests()
        self.result.clear()
        self.error.clear_message()
        self.devices_table.setRowCount(0)
        self.result.hide()
        self.tables.hide()
        self._update_enabled()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Devices"))
        self._retranslate_organisation()
        self._retranslate_requests()
        self.devices_box.setTitle(self.tr("Devices in the roster"))
        self.devices_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Laptop"), self.tr("Status"),
            self.tr("Fingerprint"),
        ])
        self.revoke_button.setText(self.tr("Revoke…"))
        for widget, name in (
            (self.revoke_button, self.tr("Revoke the selected device")),
            (self.devices_table, self.tr("Devices in the roster")),
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

        self.context.runner.run(lambda: load_snapshot(session), done, failed, name="devices")

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
        self._show_organisation(snapshot.org)
        self.tables.setVisible(snapshot.org is not None)
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
        self._show_requests(snapshot.requests)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_org = self._has_org()
        self._enable_organisation(self._ready(), has_org)
        self._enable_requests(has_org)
        device = self.selected_device()
        self.revoke_button.setEnabled(
            has_org and device is not None and device.status == "active"
        )

    def selected_device(self) -> Device | None:
        key = selected_key(self.devices_table)
        if key is None or self.snapshot is None:
            return None
        return next((d for d in self.snapshot.devices if d.profile_id == key), None)

    def select_device(self, profile_id: str) -> None:
        for row in range(self.devices_table.rowCount()):
            item = self.devices_table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == profile_id:
                self.devices_table.selectRow(row)

    # -- revoking ---------------------------------------------------------------------

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
