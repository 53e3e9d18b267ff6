"""A PDF exhibit, rendered by QtPdf from a buffer in memory (PySide6-Addons)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldkit.ui.exhibits.media import drop_buffer, memory_buffer

__all__ = ["PdfPane"]


class PdfPane(QWidget):
    """All pages one under the other, fitted to the width; the document reads from memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self, data: bytes) -> bool:
        self._buffer = memory_buffer(data, self)
        self.pdf_document.load(self._buffer)
        ready = self.pdf_document.status() == QPdfDocument.Status.Ready
        return ready and self.pdf_document.pageCount() > 0

    def release(self) -> None:
        self.pdf_document.close()
        drop_buffer(self._buffer)
        self._buffer = None
