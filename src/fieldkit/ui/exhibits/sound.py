"""A recorded exhibit, played by QtMultimedia from a buffer in memory (PySide6-Addons)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QEvent, Qt, QTime, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from fieldkit.ui.exhibits.media import drop_buffer, memory_buffer
from fieldkit.ui.widgets import plain_label

__all__ = ["SoundPane"]


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
        self._buffer = memory_buffer(data, self)
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
        drop_buffer(self._buffer)
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
