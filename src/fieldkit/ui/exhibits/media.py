"""The in-app views of an exhibit that need only Qt Widgets: images and text.

Each view gets the decrypted bytes and keeps them only in memory (a decoded
pixmap, the text of a read-only box; PDF and sound, in ``pdf.py`` and
``sound.py``, read from a ``QBuffer``), so nothing is ever written to a file.
``release()`` drops what a view held; the viewer calls it when it closes and
when the profile locks.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QWidget

from fieldkit.textsafety import plain

__all__ = ["ImagePane", "TextPane", "drop_buffer", "memory_buffer"]

MAX_TEXT_CHARS = 2_000_000


def memory_buffer(data: bytes, parent: QWidget) -> QBuffer:
    """A read-only buffer holding ``data``: Qt reads the exhibit from memory."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def drop_buffer(buffer: QBuffer | None) -> None:
    if buffer is not None:
        buffer.close()
        buffer.setData(QByteArray())
        buffer.deleteLater()


class ImagePane(QScrollArea):
    """The picture scaled down to fit the window (never up), aspect ratio kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.picture)
        self.setWidgetResizable(True)
        self.pixmap = QPixmap()

    def load(self, data: bytes) -> bool:
        image = QImage()
        if not image.loadFromData(data) or image.isNull():
            return False
        self.pixmap = QPixmap.fromImage(image)
        self._scale()
        return True

    def image_size(self) -> tuple[int, int]:
        return self.pixmap.width(), self.pixmap.height()

    def release(self) -> None:
        self.picture.clear()
        self.pixmap = QPixmap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.pixmap.isNull():
            return
        room = self.viewport().size()
        if self.pixmap.width() <= room.width() and self.pixmap.height() <= room.height():
            self.picture.setPixmap(self.pixmap)
        else:
            self.picture.setPixmap(self.pixmap.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ))


class TextPane(QPlainTextEdit):
    """A text file as plain text, read-only (control characters dropped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.truncated = False

    def load(self, data: bytes) -> None:
        text = data.decode("utf-8", errors="replace")
        self.truncated = len(text) > MAX_TEXT_CHARS
        self.setPlainText(plain(text[:MAX_TEXT_CHARS], keep_newlines=True))

    def release(self) -> None:
        self.setPlainText("")  # also drops the undo history
