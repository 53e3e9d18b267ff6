"""The disclosure log at HQ: every transmittal that left, and a printable copy.

Each row is one package (date, recipient, number of records, redaction
profile, package hash), read through ``transmittal.disclosures``. "Print /
save as PDF…" writes the log with ``transmittal.disclosure_pdf`` only where the
coordinator chose and after a warning that the PDF is not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import transmittal
from fieldkit.services.session import Session
from fieldkit.services.transmittal import DisclosureEntry
from fieldkit.textsafety import plain
from fieldkit.ui.hq.tables import fill, make_table
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.reports.texts import error_text, redaction_name
from fieldkit.ui.signals import emit
from fieldkit.ui.sync.display import local_time
from fieldkit.ui.widgets import (
    InlineMessage,
    fingerprint_font,
    plain_label,
    title_label,
    unencrypted_warning,
)

__all__ = ["DisclosureLogPage"]


class DisclosureLogPage(Page):
    """See the module docstring. ``printed(ok)`` says how a print ended (for tests)."""

    refreshed = Signal()
    printed = Signal(bool)

    COLUMNS = 5

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.entries: list[DisclosureEntry] = []
        self.warning: QMessageBox | None = None
        self.accept_button: QPushButton | None = None
        self.title_text = title_label()
        self.intro = plain_label()
        self.count = plain_label()
        self.refresh_button = QPushButton()
        self.print_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        self.table = make_table(self.COLUMNS)
        self.error = InlineMessage()
        self.notice = plain_label()
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_text)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self._mono = fingerprint_font(self.font(), 0.95)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.choose_pdf)
        self.clear()
        self.retranslate()

    # -- Page -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Disclosure log")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            self.refresh()  # transmittals are built from the records page

    def clear(self) -> None:
        super().clear()
        if self.warning is not None:
            self.warning.reject()
        self.warning = self.accept_button = None
        self.entries = []
        self.table.setRowCount(0)
        self.count.clear()
        self.notice.clear()
        self.notice.hide()
        self.error.clear_message()
        self.refresh_button.setEnabled(False)
        self.print_button.setEnabled(False)

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Disclosure log"))
        self.intro.setText(self.tr(
            "Every transmittal package HQ built: to whom, when, which records, under which "
            "profile, and the package's hash. Entries are never changed or deleted."
        ))
        self.refresh_button.setText(self.tr("Refresh"))
        self.print_button.setText(self.tr("Print / save as PDF…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Recipient"), self.tr("Records"), self.tr("Profile"),
            self.tr("Package hash"),
        ])
        self.table.setAccessibleName(self.tr("Disclosure log"))
        self._show()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.refresh_button.setEnabled(False)

        def done(entries: list[DisclosureEntry]) -> None:
            if self.session is not session:
                return
            self.entries = entries
            self.refresh_button.setEnabled(True)
            self.error.clear_message()
            self._show()
            emit(self.refreshed)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                self.refresh_button.setEnabled(True)
                self.error.show_message(error_text(error))

        self.context.runner.run(lambda: transmittal.disclosures(session), done, failed,
                                name="disclosures")

    def _show(self) -> None:
        newest_first = list(reversed(self.entries))
        fill(self.table, [
            [local_time(e.created_at), (f"{e.recipient_name} ({e.recipient})", e.package_name),
             str(e.record_count), redaction_name(e.redaction), e.package_hash]
            for e in newest_first
        ], [e.package_id for e in newest_first], mono_columns=(4,), mono_font=self._mono,
            max_width=420)
        self.print_button.setEnabled(self.session is not None and bool(self.entries))
        if self.session is None:
            self.count.clear()
        else:
            self.count.setText(self.tr("Transmittals: {count}").format(count=len(self.entries)))

    # -- printing -----------------------------------------------------------------------------

    def choose_pdf(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the disclosure log as"),
            str(Path.home() / "disclosure-log.pdf"), self.tr("PDF files (*.pdf)"))
        if name:
            self.print_to(Path(name))

    def print_to(self, dest: Path) -> None:
        """Warn that the PDF is not encrypted; only the explicit answer writes ``dest``."""
        session = self.session
        if session is None or self.warning is not None:
            return
        box, accept = unencrypted_warning(
            self, title=self.tr("Unencrypted PDF"), text=self.tr(
            "The PDF of the disclosure log will NOT be encrypted. It names the recipients "
            "and the records sent to them (no testimony). Keep it only where it must be."
            "\n\nWrite the PDF to:\n{path}"
        ).format(path=plain(str(dest))),
            accept=self.tr("Save unencrypted PDF"), cancel=self.tr("Cancel"))
        self.warning, self.accept_button = box, accept

        def answered(_result: int) -> None:
            agreed = box.clickedButton() is accept
            if self.warning is box:
                self.warning = self.accept_button = None
            box.deleteLater()
            if self.session is not session:
                return
            if agreed:
                self._write(session, dest)
            else:
                emit(self.printed, False)

        box.finished.connect(answered)
        box.open()

    def _write(self, session: Session, dest: Path) -> None:
        self.print_button.setEnabled(False)
        self.notice.setText(self.tr("Writing the PDF…"))
        self.notice.show()

        def done(path: Path) -> None:
            if self.session is not session:
                return
            self._show()
            self.error.clear_message()
            self.notice.setText(self.tr("The disclosure log was saved (not encrypted) to:\n"
                                        "{path}").format(path=plain(str(path))))
            self.notice.show()
            emit(self.printed, True)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self._show()
            self.notice.clear()
            self.notice.hide()
            self.error.show_message(error_text(error))
            emit(self.printed, False)

        self.context.runner.run(lambda: transmittal.disclosure_pdf(session, dest), done, failed,
                                name="disclosure-pdf", essential=True)
