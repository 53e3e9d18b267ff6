"""HQ screens: devices and enrollment, bundle imports, and the records HQ holds."""

from fieldkit.ui.hq.devices import DevicesPage
from fieldkit.ui.hq.imports import ImportsPage
from fieldkit.ui.hq.records import HqRecordsPage

__all__ = ["DevicesPage", "HqRecordsPage", "ImportsPage"]
