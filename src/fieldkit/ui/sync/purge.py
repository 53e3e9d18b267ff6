"""The Sync page's purge part: whether (and when) to remove what HQ confirmed it holds.

Once a receipt shows HQ holds a record, the laptop may keep only a stub with
its hash, so less testimony is at risk if the laptop is lost. The selector
writes the policy as soon as it changes (``set_policy``).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.ui.messages import describe
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.base import SyncPageBase
from fieldkit.ui.sync.state import (
    MAX_DAYS,
    POLICY_AFTER_RECEIPT,
    POLICY_DAYS,
    POLICY_OFF,
    parse_policy,
)
from fieldkit.ui.widgets import InlineMessage, plain_label

__all__ = ["PurgePart"]


class PurgePart(SyncPageBase):
    """The purge policy box."""

    def _build_purge(self) -> QGroupBox:
        """Create the purge box's widgets; the page places the box."""
        self._loading = False
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

        self.policy_combo.activated.connect(self._policy_edited)
        self.days_spin.valueChanged.connect(self._policy_edited)
        return self.purge_box

    def _clear_purge(self) -> None:
        self.policy_saved.clear()
        self.policy_error.clear_message()

    def _retranslate_purge(self) -> None:
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
        self.policy_combo.setAccessibleName(self.tr("Purge policy"))
        self.days_spin.setAccessibleName(self.tr("Days after the receipt"))

    def _enable_purge(self, ready: bool) -> None:
        self.policy_combo.setEnabled(ready)
        self.days_spin.setVisible(self.policy_combo.currentData() == POLICY_DAYS)
        self.days_spin.setEnabled(ready)

    def _show_policy(self, policy: str) -> None:
        self._loading = True  # what is stored is shown, not written back
        kind, days = parse_policy(policy)
        self.policy_combo.setCurrentIndex(max(self.policy_combo.findData(kind), 0))
        if days:
            self.days_spin.setValue(min(days, MAX_DAYS))
        self._loading = False
        self._update_enabled()

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
