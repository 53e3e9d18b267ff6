"""The in-app views of an exhibit's content: image, PDF, sound and text.

Each view gets the decrypted bytes and keeps them only in memory (a ``QBuffer``
for PDF and sound, a decoded pixmap for images): Qt reads from the buffer, so
nothing is ever written to a file. ``release()`` stops the view and drops what it
held; the viewer calls it when it closes and when the profile locks.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, QTime, QUrl
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from fieldkit.textsafety import plain
from fieldkit.ui.widgets import plain_label

__all__ = ["ImagePane", "PdfPane", "SoundPane", "TextPane"]

MAX_TEXT_CHARS = 2_000_000


def _memory_buffer(data: bytes, parent: QWidget) -> QBuffer:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _drop(buffer: QBuffer | None) -> None:
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
        self._buffer = _memory_buffer(data, self)
        self.pdf_document.load(self._buffer)
        ready = self.pdf_document.status() == QPdfDocument.Status.Ready
        return ready and self.pdf_document.pageCount() > 0

    def release(self) -> None:
        self.pdf_document.close()
        _drop(self._buffer)
        self._buffer = None


def _clock(ms: int) -> str:
    return QTime(0, 0).addMSecs(max(ms, 0)).toString("H:mm:ss" if ms >= 3_600_000 else "m:ss")


class SoundPane(QWidget):
    """Play and pause, a position slider and the time; the player reads from memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self._buffer: QBuffer | None = None
        self.play_button = QPushButton()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.time_label = plain_label(wrap=False)
        self.note = plain_label()
        self.note.hide()
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addStretch(1)
        self.play_button.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(lambda _state: self.retranslate())
        self.player.errorOccurred.connect(self._failed)
        self.retranslate()

    def load(self, data: bytes, suffix: str) -> None:
        """Start loading; the player reports ``LoadedMedia`` or an error later."""
        self._buffer = _memory_buffer(data, self)
        # The URL only tells the decoder the format; the bytes come from the buffer.
        self.player.setSourceDevice(self._buffer, QUrl(f"exhibit{suffix}"))
        if not QMediaDevices.audioOutputs():
            self.note.setText(self.tr(
                "This computer has no sound output, so the recording cannot be heard here."
            ))
            self.note.show()

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def release(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        _drop(self._buffer)
        self._buffer = None
        self.slider.setRange(0, 0)
        self.time_label.clear()

    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(duration, 0))
        self._position_changed(self.player.position())

    def _position_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(position)
        self.time_label.setText(f"{_clock(position)} / {_clock(self.player.duration())}")

    def _failed(self, error: QMediaPlayer.Error, _detail: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.note.setText(self.tr(
                "This recording cannot be played in the app. Export it to play it with "
                "another program."
            ))
            self.note.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setAccessibleName(self.play_button.text())
        self.slider.setAccessibleName(self.tr("Position in the recording"))


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
