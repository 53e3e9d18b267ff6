"""The field side of sync: enrollment, export to USB, receipts and the purge policy."""

from fieldkit.ui.sync.page import SyncPage

__all__ = ["SyncPage"]
