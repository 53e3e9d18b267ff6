"""What the parts of the Devices page share: signals, the snapshot, one write at a time.

The Devices page is assembled from parts that each do one job: the organisation
box (``organisation.py``), the enrollment requests (``requests.py``) and the
roster's devices (``devices.py``, which is also the page). This base holds what
they all read and :meth:`DevicesPageBase._run`, the one way they write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from fieldkit.errors import FieldKitError
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import Device, Org
from fieldkit.ui.hq.confirm import Confirm, ask
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.widgets import InlineMessage, fingerprint_font, plain_label

__all__ = ["DevicesPageBase", "DevicesSnapshot", "load_snapshot"]

T = TypeVar("T")


@dataclass(frozen=True)
class DevicesSnapshot:
    org: Org | None
    devices: list[Device] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


def load_snapshot(session: Session) -> DevicesSnapshot:
    """Read the organisation, the roster and the waiting requests (on the worker thread)."""
    org = sync_service.current_org(session)
    if org is None:
        return DevicesSnapshot(None)
    return DevicesSnapshot(
        org, sync_service.devices(session), sync_service.pending_requests(session)
    )


class DevicesPageBase(Page):
    """The Devices page's shared state; see :class:`fieldkit.ui.hq.devices.DevicesPage`."""

    refreshed = Signal()
    finished = Signal(str, bool)
    """An action ended: ``setup``, ``receive``, ``approve``, ``revoke``, ``roster``,
    ``provisioning``, and whether it succeeded."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot: DevicesSnapshot | None = None
        self.confirm: Confirm = ask(self)
        self._busy = False
        self._mono = fingerprint_font(self.font(), 1.0)
        # What the last action did, and what went wrong; the page places them.
        self.result = plain_label()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineMessage()

    def refresh(self) -> None:
        """Read the organisation, devices and requests again (provided by the page)."""
        raise NotImplementedError

    def _update_enabled(self) -> None:
        """Enable what can be done now (provided by the page)."""
        raise NotImplementedError

    def _ready(self) -> bool:
        return self.session is not None and self.snapshot is not None and not self._busy

    def _has_org(self) -> bool:
        return self._ready() and self.snapshot is not None and self.snapshot.org is not None

    def _set_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

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
