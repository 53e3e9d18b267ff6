"""The Devices page's requests part: receive a laptop's enrollment request, approve it.

Approving asks first through ``self.confirm``, showing the fingerprint the
person reads from their laptop: only a matching fingerprint proves the request
is theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from fieldkit.services import sync as sync_service
from fieldkit.textsafety import plain
from fieldkit.ui.hq.device_base import DevicesPageBase
from fieldkit.ui.hq.tables import KEY_ROLE, fill, make_table, selected_key
from fieldkit.ui.start.profile_model import role_label
from fieldkit.ui.widgets import plain_label

__all__ = ["RequestsPart"]


class RequestsPart(DevicesPageBase):
    """The box of enrollment requests waiting for approval."""

    REQUEST_COLUMNS = 4

    def _build_requests(self) -> QGroupBox:
        """Create the requests box's widgets; the page places the box."""
        self._select_after = ""
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

        self.receive_button.clicked.connect(self._choose_request)
        self.approve_button.clicked.connect(self.approve_selected)
        self.requests_table.itemSelectionChanged.connect(self._update_enabled)
        return self.requests_box

    def _clear_requests(self) -> None:
        self._select_after = ""
        self.requests_table.setRowCount(0)

    def _retranslate_requests(self) -> None:
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
        for widget, name in (
            (self.receive_button, self.tr("Receive request")),
            (self.approve_button, self.tr("Approve the selected request")),
            (self.requests_table, self.tr("Enrollment requests waiting for approval")),
        ):
            widget.setAccessibleName(name)

    def _show_requests(self, requests: list[dict[str, Any]]) -> None:
        language = self.context.translations.language
        fill(
            self.requests_table,
            [
                [str(r.get("name", "")), role_label(str(r.get("role", "")), language),
                 str(r.get("device", "")), str(r["fingerprint"])]
                for r in requests
            ],
            [str(r["profile_id"]) for r in requests],
            mono_columns=(3,), mono_font=self._mono,
        )
        if self._select_after:
            self.select_request(self._select_after)
            self._select_after = ""

    def _enable_requests(self, has_org: bool) -> None:
        self.receive_button.setEnabled(has_org)
        self.approve_button.setEnabled(has_org and self.selected_request() is not None)

    def selected_request(self) -> dict[str, Any] | None:
        key = selected_key(self.requests_table)
        if key is None or self.snapshot is None:
            return None
        return next((r for r in self.snapshot.requests if r["profile_id"] == key), None)

    def select_request(self, profile_id: str) -> None:
        for row in range(self.requests_table.rowCount()):
            item = self.requests_table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == profile_id:
                self.requests_table.selectRow(row)

    # -- receiving and approving ------------------------------------------------------

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
