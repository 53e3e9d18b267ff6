"""The Sync page's organisation part: join with HQ's provisioning file, enrollment requests.

A laptop joins only after the person has compared HQ's fingerprint aloud with
the coordinator; then it writes its enrollment request for HQ to approve. Each
action has a method taking its path (``load_provisioning``, ``join_with``,
``write_request_to``); the buttons only ask for the path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.base import SyncPageBase
from fieldkit.ui.sync.display import big_fingerprint_label, fingerprint_lines
from fieldkit.ui.sync.state import REQUEST_SUFFIX, SyncSnapshot
from fieldkit.ui.widgets import InlineMessage, fingerprint_font, plain_label

__all__ = ["EnrollmentPart"]


class EnrollmentPart(SyncPageBase):
    """The organisation box: who this laptop belongs to, or how it joins."""

    def _build_enrollment(self) -> QGroupBox:
        """Create the organisation box's widgets; the page places the box."""
        self.request_written: Path | None = None
        self._provisioning: Path | None = None
        self._provisioning_fingerprint = ""

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

        self.join_button.clicked.connect(self._choose_provisioning)
        self.matches_check.toggled.connect(self._update_enabled)
        self.device_edit.textChanged.connect(self._update_enabled)
        self.confirm_join_button.clicked.connect(self._choose_request_for_join)
        self.request_only_button.clicked.connect(self._choose_request_file)
        self.rewrite_request_button.clicked.connect(self._choose_request_file)
        return self.org_box

    def _clear_enrollment(self) -> None:
        self.request_written = None
        self._provisioning = None
        self._provisioning_fingerprint = ""
        for label in (
            self.org_name, self.device_name, self.hq_fingerprint, self.own_fingerprint,
            self.provisioning_org, self.provisioning_fingerprint, self.request_path,
            self.request_fingerprint,
        ):
            label.clear()
        self.device_edit.clear()
        self.matches_check.setChecked(False)
        self.org_error.clear_message()
        self.provisioning_panel.hide()
        self.request_panel.hide()
        self.enrolled_view.hide()
        self.join_view.hide()
        self.clinical_note.hide()
        self.request_only_button.hide()

    def _retranslate_enrollment(self) -> None:
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
        ]
        for widget, name in names:
            widget.setAccessibleName(name)

    def _show_enrollment(self, snapshot: SyncSnapshot) -> None:
        org = snapshot.org
        self.enrolled_view.setVisible(org is not None)
        self.join_view.setVisible(org is None)
        if org is not None:
            self.org_name.setText(plain(org.org_name))
            self.device_name.setText(plain(org.device))
            self.hq_fingerprint.setText(org.hq_fingerprint)
            self.own_fingerprint.setText(snapshot.fingerprint)
            self.provisioning_panel.hide()
        lead = snapshot.role == "clinical_lead"  # HQ side: enrollment only, nothing to send
        self.clinical_note.setVisible(lead and org is None)
        self.request_only_button.setVisible(lead and org is None)

    def _enable_enrollment(self, ready: bool, enrolled: bool) -> None:
        self.rewrite_request_button.setEnabled(enrolled)
        self.join_button.setEnabled(ready)
        self.request_only_button.setEnabled(ready)
        self.confirm_join_button.setEnabled(
            ready and self._provisioning is not None and self.matches_check.isChecked()
            and bool(self.device_edit.text().strip())
        )

    # -- joining ----------------------------------------------------------------------

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
            if error.code in ("document.invalid", "org.bad_provisioning"):
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

    # -- enrollment requests ----------------------------------------------------------

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


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
