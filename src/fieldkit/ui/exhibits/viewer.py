"""An exhibit shown inside the app: image, PDF, sound or text, decrypted into memory only.

The content is read on the worker thread (``evidence.view_bytes``, at most 64 MiB)
and handed to one of the views of ``media.py``. Nothing is decrypted to a file.
Closing the viewer, or locking the profile, stops the view and drops the bytes
(Python cannot overwrite them; they are freed, not wiped).
"""

from __future__ import annotations

import logging
import mimetypes
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.evidence import Exhibit
from fieldkit.errors import FieldKitError
from fieldkit.services import evidence
from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.exhibits.display import IMAGE, PDF, SOUND, TEXT, human_size, kind_of
from fieldkit.ui.exhibits.errors import describe_error
from fieldkit.ui.exhibits.media import ImagePane, TextPane
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.widgets import BusyIndicator, fingerprint_font, plain_label, title_label

if TYPE_CHECKING:
    from fieldkit.ui.exhibits.pdf import PdfPane
    from fieldkit.ui.exhibits.sound import SoundPane

__all__ = ["ExhibitViewer"]

log = logging.getLogger(__name__)


class _Token:
    def __init__(self) -> None:
        self.alive = True


class ExhibitViewer(QDialog):
    shown = Signal(str)
    """The content is on screen: its kind (``image``, ``pdf``, ``sound``, ``text``), or
    "" when it cannot be shown in the app (the reason is on screen)."""
    export_requested = Signal(str)  # exhibit id

    def __init__(self, runner: TaskRunner, session: Session, exhibit_id: str,
                 exhibit: Exhibit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exhibit_id = exhibit_id
        self.exhibit = exhibit
        self.kind = kind_of(exhibit.media_type)
        self._token = _Token()
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(820, 640)
        self.heading = title_label()
        self.heading.setText(plain(exhibit.original_filename))
        self.info = plain_label()
        self.sha = QLineEdit(exhibit.sha256)
        self.sha.setReadOnly(True)
        self.sha.setFont(fingerprint_font(self.font(), 0.95))
        self.busy = BusyIndicator()
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # no gap above the content once it is shown
        self.busy.setSizePolicy(policy)
        self.message = plain_label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Made when the content arrives: QtPdf and QtMultimedia load only when needed,
        # and a computer without them still shows everything else.
        self.image: ImagePane | None = None
        self.pdf: PdfPane | None = None
        self.sound: SoundPane | None = None
        self.text: TextPane | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.export_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.info)
        column.addWidget(self.sha)
        column.addWidget(self.busy)
        column.addWidget(self.stack, 1)
        column.addLayout(buttons)
        self.export_button.clicked.connect(lambda: emit(self.export_requested, exhibit_id))
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        if self.kind:
            self._load(runner, session)
        else:
            self._cannot_show(self.tr(
                "Files of this type cannot be shown inside the app. Export a copy to open it "
                "with another program."
            ))

    # -- loading ----------------------------------------------------------------------

    def _load(self, runner: TaskRunner, session: Session) -> None:
        token, exhibit_id = self._token, self.exhibit_id
        self.busy.start(self.tr("Decrypting the exhibit…"))

        def done(data: bytes) -> None:
            if token.alive:
                self.busy.stop()
                self._show(data)

        def failed(error: FieldKitError) -> None:
            if token.alive:
                self.busy.stop()
                self._cannot_show(describe_error(error))

        runner.run(lambda: evidence.view_bytes(session, exhibit_id), done, failed,
                   name="view-exhibit")

    def _show(self, data: bytes) -> None:
        try:
            shown = self._show_in_pane(data)
        except ImportError:  # PySide6-Addons, or a library it needs, is not installed
            log.warning("exhibit viewer: no %s view on this computer", self.kind)
            self._cannot_show(self.tr(
                "This computer lacks the part of FieldKit that shows such files. Export a "
                "copy to open it with another program."
            ))
            return
        if not shown:
            self._cannot_show(self._undecodable())
            return
        emit(self.shown, self.kind)

    def _show_in_pane(self, data: bytes) -> bool:
        """Put ``data`` in the view for its kind; False when it cannot be decoded."""
        pane: QWidget
        if self.kind == IMAGE:
            self.image = pane = ImagePane()
            self.stack.addWidget(pane)
            if not self.image.load(data):
                return False
        elif self.kind == PDF:
            from fieldkit.ui.exhibits.pdf import PdfPane  # noqa: PLC0415 - QtPdf when needed

            self.pdf = pane = PdfPane()
            self.stack.addWidget(pane)
            if not self.pdf.load(data):
                self.pdf.release()
                return False
        elif self.kind == SOUND:
            from fieldkit.ui.exhibits.sound import SoundPane  # noqa: PLC0415 - likewise

            self.sound = pane = SoundPane()
            self.stack.addWidget(pane)
            self.sound.load(data, mimetypes.guess_extension(self.exhibit.media_type) or ".bin")
        else:
            self.text = pane = TextPane()
            self.stack.addWidget(pane)
            self.text.load(data)
        self.stack.setCurrentWidget(pane)
        return True

    def _undecodable(self) -> str:
        return self.tr(
            "The content of this file cannot be shown: it is damaged or not what its name "
            "says. Export a copy to open it with another program."
        )

    def _cannot_show(self, reason: str) -> None:
        self.message.setText(reason)
        self.stack.setCurrentWidget(self.message)
        emit(self.shown, "")

    @property
    def showing(self) -> str:
        """The kind of content on screen now ("" for a message or while loading)."""
        current = self.stack.currentWidget()
        if current is None or current is self.message:
            return ""
        return {IMAGE: IMAGE, PDF: PDF, SOUND: SOUND}.get(self.kind, TEXT)

    # -- closing ----------------------------------------------------------------------

    def release(self) -> None:
        """Stop playing and drop every decrypted byte this viewer holds."""
        self._token.alive = False
        for pane in (self.image, self.pdf, self.sound, self.text):
            if pane is not None:
                pane.release()
        self.stack.setCurrentWidget(self.message)
        self.message.clear()
        self.busy.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape and reject() end here, not in closeEvent
        self.release()
        super().done(result)

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exhibit"))
        self.info.setText(self.tr("%1, %2; SHA-256:")
                          .replace("%1", plain(self.exhibit.media_type))
                          .replace("%2", human_size(self.exhibit.size)))
        self.sha.setAccessibleName(self.tr("SHA-256 of the exhibit"))
        self.export_button.setText(self.tr("Export a copy…"))
        self.export_button.setAccessibleName(self.tr("Export an unencrypted copy"))
        self.close_button.setText(self.tr("Close"))
