"""What the parts of the Sync page share: its signals, the snapshot, one action at a time.

The page is assembled from parts that each do one job (``enrollment.py``,
``purge.py``, and the sending to HQ in ``page.py``). Each part builds, words and
clears its own widgets; this base holds what they all read, and the few steps
the assembled page provides (``refresh``, ``_update_enabled``, ``_clear_errors``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.sync.state import SyncSnapshot

__all__ = ["SyncPageBase"]


class SyncPageBase(Page):
    """The Sync page's shared state; see :class:`fieldkit.ui.sync.page.SyncPage`."""

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
        self._busy = False

    def refresh(self) -> None:
        """Read the status, organisation and policy again (provided by the page)."""
        raise NotImplementedError

    def _update_enabled(self) -> None:
        """Enable what can be done now (provided by the page)."""
        raise NotImplementedError

    def _clear_errors(self) -> None:
        """Hide the messages of earlier actions (provided by the page)."""
        raise NotImplementedError

    def _ready(self) -> bool:
        """A session is open, its status is loaded and no action is running."""
        return self.session is not None and self.snapshot is not None and not self._busy

    def _enrolled(self) -> bool:
        return self._ready() and self.snapshot is not None and self.snapshot.org is not None

    def _start(self) -> None:
        """An action begins: the others wait until it ends."""
        self._busy = True
        self._clear_errors()
        self._update_enabled()

    def _stop(self) -> None:
        self._busy = False
        self._update_enabled()
