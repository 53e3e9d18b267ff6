"""Reports in the GUI: the record PDF, transmittal packages and the disclosure log.

Every file these screens write is plaintext outside the vault, so each one is
written only where the user chose, after a warning that it is not encrypted.
"""

from fieldkit.ui.reports.disclosures import DisclosureLogPage
from fieldkit.ui.reports.pdf_dialog import PdfExportDialog
from fieldkit.ui.reports.transmittal_dialog import TransmittalDialog

__all__ = ["DisclosureLogPage", "PdfExportDialog", "TransmittalDialog"]
