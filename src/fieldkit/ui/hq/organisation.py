"""The Devices page's organisation part: set up HQ, write the provisioning file and roster.

Setting up creates HQ's keys; the provisioning file goes to every laptop that
joins, and the roster (signed by HQ) to the clinical lead. Each action has a
method taking its path (``setup_with``, ``write_provisioning_to``,
``export_roster_to``); the buttons only ask for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services import sync as sync_service
from fieldkit.services.sync import Org
from fieldkit.textsafety import plain
from fieldkit.ui.hq.device_base import DevicesPageBase
from fieldkit.ui.hq.setup_dialog import (
    PROVISIONING_SUFFIX,
    ROSTER_SUFFIX,
    OrganisationSetupDialog,
    with_suffix,
)
from fieldkit.ui.sync.display import big_fingerprint_label, fingerprint_lines
from fieldkit.ui.widgets import plain_label

__all__ = ["OrganisationPart"]


class OrganisationPart(DevicesPageBase):
    """The organisation box: set up, or its name, HQ fingerprint and the files to hand out."""

    def _build_organisation(self) -> QGroupBox:
        """Create the organisation box's widgets; the page places the box."""
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

        self.setup_button.clicked.connect(self._setup_dialog)
        self.provisioning_button.clicked.connect(self._choose_provisioning_out)
        self.roster_button.clicked.connect(self._choose_roster_out)
        return self.org_box

    def _clear_organisation(self) -> None:
        self.org_name.clear()
        self.hq_fingerprint.clear()
        self.org_view.hide()
        self.no_org_view.hide()

    def _retranslate_organisation(self) -> None:
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
        for widget, name in (
            (self.setup_button, self.tr("Set up organisation")),
            (self.provisioning_button, self.tr("Write provisioning file")),
            (self.roster_button, self.tr("Export roster")),
            (self.hq_fingerprint, self.tr("HQ fingerprint")),
        ):
            widget.setAccessibleName(name)

    def _show_organisation(self, org: Org | None) -> None:
        self.org_view.setVisible(org is not None)
        self.no_org_view.setVisible(org is None)
        if org is not None:
            self.org_name.setText(plain(org.org_name))
            self.hq_fingerprint.setText(fingerprint_lines(org.hq_fingerprint))

    def _enable_organisation(self, ready: bool, has_org: bool) -> None:
        self.setup_button.setEnabled(ready)
        for button in (self.provisioning_button, self.roster_button):
            button.setEnabled(has_org)

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

    # -- files to hand out ------------------------------------------------------------

    def _choose_provisioning_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the provisioning file"), "provisioning.fkp",
            self.tr("Provisioning files (*.fkp)"),
        )
        if name:
            self.write_provisioning_to(with_suffix(name, PROVISIONING_SUFFIX))

    def write_provisioning_to(self, path: Path) -> None:
        self._run(
            "provisioning",
            lambda s: sync_service.write_provisioning(s, path),
            lambda _r: self._set_result(
                self.tr("Provisioning file written: {path}").format(path=plain(str(path)))
            ),
        )

    def _choose_roster_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the roster"), "roster.fkr", self.tr("Rosters (*.fkr)"),
        )
        if name:
            self.export_roster_to(with_suffix(name, ROSTER_SUFFIX))

    def export_roster_to(self, path: Path) -> None:
        """Write the HQ-signed roster (for the clinical lead's profile)."""
        self._run(
            "roster",
            lambda s: sync_service.write_roster(s, path),
            lambda _r: self._set_result(
                self.tr("Roster written: {path}").format(path=plain(str(path)))
            ),
        )
