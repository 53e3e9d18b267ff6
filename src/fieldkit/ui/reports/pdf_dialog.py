"""Export one interview record as a PDF: options, destination, warning, then the file.

The steps, in one dialog: the language and redaction profile and where to
write (a file dialog, the case number as the default name); then a warning that
the PDF is not encrypted, with Cancel as the default button; then the export
through the runner with a busy indicator; then the path, or the error as text.
The interviewer's own records go through ``reports.export_interview_pdf``; at
HQ (``hq=True``) through ``reports.export_hq_interview_pdf``. Both write the
export to the audit chain.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import reports
from fieldkit.services.session import Session
from fieldkit.textsafety import plain
from fieldkit.ui.reports.parts import LanguageChoice, RedactionChoice, WarningPanel
from fieldkit.ui.reports.texts import error_text, pdf_file_name
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import TaskRunner
from fieldkit.ui.widgets import BusyIndicator, InlineMessage, plain_label, title_label

__all__ = ["PdfExportDialog"]

OPTIONS, WARNING, RESULT = range(3)


class PdfExportDialog(QDialog):
    """See the module docstring. ``finished_export(ok)`` says how it ended (for tests)."""

    finished_export = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        session: Session,
        record_id: str,
        case_number: str,
        *,
        language: str,
        hq: bool = False,
        start_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = session
        self.record_id = record_id
        self.case_number = case_number
        self.hq = hq
        self.start_folder = start_folder or Path.home()
        self.destination: Path | None = None
        self.result_path: Path | None = None
        self.running = False
        self.setModal(True)
        self.setMinimumWidth(560)

        self.heading = title_label()
        self.case_label = plain_label()
        self.stack = QStackedWidget()
        # options
        self.language = LanguageChoice(language)
        self.redaction = RedactionChoice()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.choose_button)
        options = QWidget()
        self.form = QFormLayout(options)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.language_label = plain_label(wrap=False)
        self.redaction_label = plain_label(wrap=False)
        self.where_label = plain_label(wrap=False)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.redaction_label, self.redaction)
        self.form.addRow(self.where_label, where)
        self.stack.addWidget(options)
        # warning
        self.warning = WarningPanel()
        self.stack.addWidget(self.warning)
        # busy and result
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.busy = BusyIndicator()
        self.result_text = plain_label()
        result_layout.addWidget(self.busy)
        result_layout.addWidget(self.result_text)
        result_layout.addStretch(1)
        self.stack.addWidget(result)

        self.error = InlineMessage()
        self.back_button = QPushButton()
        self.cancel_button = QPushButton()
        self.next_button = QPushButton()
        self.export_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.back_button, self.next_button, self.export_button,
                       self.close_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.case_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_destination)
        self.next_button.clicked.connect(self.show_warning)
        self.back_button.clicked.connect(lambda: self._step(OPTIONS))
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self._step(OPTIONS)

    # -- steps ----------------------------------------------------------------------------

    def choose_destination(self) -> None:
        suggested = self.start_folder / pdf_file_name(self.case_number, self.record_id)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), str(suggested), self.tr("PDF files (*.pdf)"))
        if name:
            self.set_destination(Path(name))

    def set_destination(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.destination = path
        self.path_edit.setText(str(path))
        self.error.clear_message()
        self._update_buttons()

    def show_warning(self) -> None:
        if self.destination is None:
            return
        self.warning.show_warning(self.tr(
            "The PDF will NOT be encrypted. Anyone who gets the file, or the disk or USB "
            "stick it is on, can read the testimony{identity}. Keep it only where it must "
            "be, and delete it when it is no longer needed.\n\nWrite the PDF to:"
        ).format(identity=self.tr(" and the person's identity")
                 if self.redaction.redaction() == "full" else ""), str(self.destination))
        self._step(WARNING)
        self.cancel_button.setFocus()

    def export(self) -> None:
        """Write the PDF (after the warning); the runner does the work."""
        session, dest = self.session, self.destination
        if session is None or dest is None or self.running:
            return
        language, redaction = self.language.language(), self.redaction.redaction()
        record_id, hq = self.record_id, self.hq
        self.running = True
        self.error.clear_message()
        self._step(RESULT)
        self.busy.start(self.tr("Writing the PDF…"))

        def work() -> reports.ExportResult:
            export = reports.export_hq_interview_pdf if hq else reports.export_interview_pdf
            return export(session, record_id, dest, language=language, redaction=redaction)

        def done(result: reports.ExportResult) -> None:
            self.running = False
            self.busy.stop()
            if self.session is not session:
                return
            self.result_path = result.path
            self.result_text.setText(self.tr(
                "The PDF was written ({pages} pages):\n{path}\n\nIt is not encrypted: keep "
                "it safe and delete it when it is no longer needed."
            ).format(pages=result.pages, path=plain(str(result.path))))
            self._update_buttons()
            emit(self.finished_export, True)

        def failed(error: FieldKitError) -> None:
            self.running = False
            self.busy.stop()
            if self.session is not session:
                return
            self._step(OPTIONS)
            self.error.show_message(error_text(error))
            emit(self.finished_export, False)

        self.runner.run(work, done, failed, name="export-pdf", essential=True)
        self._update_buttons()

    def release(self) -> None:
        """Forget the session and every text (on lock); closes the dialog."""
        self.session = None
        self.running = False
        self.busy.stop()
        self.warning.clear()
        self.result_text.clear()
        self.case_label.clear()
        self.path_edit.clear()
        self.error.clear_message()
        self.reject()

    # -- plumbing -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export PDF"))
        self.heading.setText(self.tr("Export the record as a PDF"))
        if self.session is not None:
            self.case_label.setText(self.tr("Case: {case}").format(
                case=plain(self.case_number or self.record_id)))
        self.language_label.setText(self.tr("Language of the PDF"))
        self.redaction_label.setText(self.tr("Profile"))
        self.where_label.setText(self.tr("Save to"))
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.path_edit.setAccessibleName(self.tr("Save to"))
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the PDF"))
        self.redaction.retranslate()
        self.choose_button.setText(self.tr("Choose…"))
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText(self.tr("Next"))
        self.export_button.setText(self.tr("Export unencrypted PDF"))
        self.close_button.setText(self.tr("Close"))

    def _step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        finished = step == RESULT and not self.running
        self.back_button.setVisible(step == WARNING)
        self.next_button.setVisible(step == OPTIONS)
        self.next_button.setEnabled(self.destination is not None)
        self.export_button.setVisible(step == WARNING)
        self.cancel_button.setVisible(step != RESULT)
        self.close_button.setVisible(finished)
        self.cancel_button.setDefault(step == WARNING)  # a stray Enter writes nothing
        self.next_button.setDefault(step == OPTIONS)
        self.close_button.setDefault(finished)
