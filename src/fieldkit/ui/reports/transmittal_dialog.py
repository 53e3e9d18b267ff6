"""Send records to a prosecutor: recipient, consent preview, folder, warning, package.

Reachable from the HQ records page with the selected records. The steps:
choose the recipient and the redaction profile; the preview from
``transmittal.preview`` lists the records that will go and those left out,
each with its reason, before anything is built; choose a folder; a warning
that the package is not encrypted (Cancel is the default); the build through
the runner with a progress bar and Cancel; then the package folder, its hash
and how the recipient verifies it with minisign. ``build_package`` writes the
disclosure log and the audit chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import transmittal
from fieldkit.services.session import Session
from fieldkit.services.transmittal import BuildResult, Preview, Recipient
from fieldkit.textsafety import plain
from fieldkit.ui.reports.parts import WarningPanel
from fieldkit.ui.reports.recipient_dialog import AddRecipientDialog
from fieldkit.ui.reports.texts import error_text, redaction_name
from fieldkit.ui.reports.transmittal_steps import BuildStep, ChooseStep, PreviewStep, ResultStep
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import Progress, Task, TaskRunner
from fieldkit.ui.widgets import InlineMessage, title_label

__all__ = ["TransmittalDialog"]

CHOOSE, PREVIEW, WARNING, BUILD, RESULT = range(5)
VERIFY_COMMAND = "minisign -V -H -p hq.pub -m manifest.json"


class TransmittalDialog(QDialog):
    """See the module docstring. Signals say when each piece of work ended (for tests)."""

    recipients_loaded = Signal()
    previewed = Signal()
    built = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        session: Session,
        record_ids: Sequence[str],
        *,
        language: str,
        start_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = session
        self.record_ids = list(record_ids)
        self.language = language
        self.start_folder = start_folder or Path.home()
        self.folder: Path | None = None
        self.build_result: BuildResult | None = None
        self.task: Task | None = None
        self.add_dialog: AddRecipientDialog | None = None
        self.setModal(True)
        self.setMinimumSize(720, 560)

        self.heading = title_label()
        self.choose = ChooseStep(language)
        self.preview = PreviewStep(language)
        self.warning = WarningPanel()
        self.building = BuildStep()
        self.done_step = ResultStep()
        self.stack = QStackedWidget()
        for step in (self.choose, self.preview, self.warning, self.building, self.done_step):
            self.stack.addWidget(step)
        self.error = InlineMessage()
        self.back_button = QPushButton()
        self.cancel_button = QPushButton()
        self.next_button = QPushButton()
        self.build_button = QPushButton()
        self.stop_button = QPushButton()
        self.close_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        for button in (self.cancel_button, self.stop_button, self.next_button,
                       self.build_button, self.close_button):
            row.addWidget(button)
        for button in (self.back_button, self.cancel_button, self.stop_button,
                       self.next_button, self.build_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)

        self.choose.add_button.clicked.connect(self.add_recipient)
        self.preview.choose_button.clicked.connect(self.choose_folder)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.build_button.clicked.connect(self.build)
        self.stop_button.clicked.connect(self.stop)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self._step(CHOOSE)
        self.load_recipients()

    # -- loading --------------------------------------------------------------------------

    def load_recipients(self, select: str | None = None) -> None:
        session = self.session
        if session is None:
            return

        def done(found: list[Recipient]) -> None:
            if self.session is session:
                self.choose.set_recipients(found, select)
                self._update_buttons()
                emit(self.recipients_loaded)

        self.runner.run(lambda: transmittal.recipients(session), done, self._failed,
                        name="recipients")

    def add_recipient(self) -> None:
        if self.session is None:
            return
        dialog = AddRecipientDialog(self.language, self)
        self.add_dialog = dialog
        dialog.submitted.connect(lambda: self._save_recipient(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_recipient(self, dialog: AddRecipientDialog) -> None:
        session = self.session
        if session is None:
            return
        code, name, scopes = dialog.values()

        def done(added: Recipient) -> None:
            if self.session is session:
                dialog.accept()
                self.add_dialog = None
                self.load_recipients(added.code)

        def failed(error: FieldKitError) -> None:
            if self.session is session:
                dialog.error.show_message(error_text(error))

        self.runner.run(lambda: transmittal.add_recipient(session, code, name, scopes),
                        done, failed, name="add-recipient", essential=True)

    def run_preview(self) -> None:
        session, code = self.session, self.choose.code()
        if session is None or code is None:
            return
        ids = list(self.record_ids)
        self.error.clear_message()
        self.next_button.setEnabled(False)

        def done(found: Preview) -> None:
            if self.session is not session:
                return
            self.preview.show_preview(found)
            self._step(PREVIEW)
            emit(self.previewed)

        self.runner.run(lambda: transmittal.preview(session, code, ids), done, self._failed,
                        name="transmittal-preview")

    # -- the folder, the warning, the build --------------------------------------------------

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the package"), str(self.start_folder))
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.preview.folder_edit.setText(str(folder))
        self.error.clear_message()
        self._update_buttons()

    def show_warning(self) -> None:
        if self.folder is None or not self.preview.preview.included:
            return
        full = self.choose.redaction.redaction() == "full"
        self.warning.show_warning(self.tr(
            "The package will NOT be encrypted. It holds the testimony in the records sent "
            "({count}){identity}. Anyone who gets the folder, or the disk or USB stick it "
            "is on, can read it. Hand it to the recipient only by the agreed secure route, "
            "and delete your copy when it is no longer needed.\n\nThe transmittal is written "
            "to the disclosure log. Build the package in:"
        ).format(count=len(self.preview.preview.included),
                 identity=self.tr(", the people's identities and the exhibit files") if full
                 else ""), str(self.folder))
        self._step(WARNING)
        self.cancel_button.setFocus()

    def build(self) -> None:
        session, code, folder = self.session, self.choose.code(), self.folder
        if session is None or code is None or folder is None or self.task is not None:
            return
        ids = list(self.record_ids)  # the service checks consent again, and logs the count
        redaction, language = self.choose.redaction.redaction(), self.choose.language.language()
        self.error.clear_message()
        self.building.start()
        self._step(BUILD)

        def work(report: Progress) -> tuple[BuildResult, str]:
            built = transmittal.build_package(session, code, ids, folder, redaction=redaction,
                                              language=language, progress=report)
            return built, transmittal.hq_key_fingerprint(session)

        def done(found: tuple[BuildResult, str]) -> None:
            self.task = None
            if self.session is not session:
                return
            self.build_result = found[0]
            self._show_result(*found)
            self._step(RESULT)
            emit(self.built, True)

        def failed(error: FieldKitError) -> None:
            self.task = None
            if self.session is not session:
                return
            self._step(PREVIEW)
            self.error.show_message(error_text(error))
            emit(self.built, False)

        self.task = self.runner.run(work, done, failed, self.building.progress,
                                    name="transmittal-build", essential=True)
        self._update_buttons()

    def stop(self) -> None:
        """Cancel the build: the service removes the partial folder and logs nothing."""
        if self.task is None:
            return
        self.task.cancel()
        self.task = None
        self._step(PREVIEW)
        self.error.show_message(self.tr("The package was cancelled; nothing was kept."))
        emit(self.built, False)

    def _show_result(self, built: BuildResult, fingerprint: str) -> None:
        self.done_step.text.setText(self.tr(
            "The package was built and written to the disclosure log.\nRecords: {records} "
            "({profile}). Left out: {excluded}. Files: {files}.\n\nFolder:\n{folder}"
        ).format(records=len(built.records), profile=redaction_name(built.redaction),
                 excluded=len(built.excluded), files=built.files,
                 folder=plain(str(built.path))))
        self.done_step.details.setText(self.tr(
            "Package hash (SHA-256 of manifest.json):\n{hash}\n\nHQ key fingerprint:\n{key}"
        ).format(hash=built.package_hash, key=plain(fingerprint)))
        self.done_step.how.setText(self.tr(
            "How the recipient checks it: in the package folder, run\n    {command}\n"
            "then compare the HQ key fingerprint with HQ by phone. README.txt in the package "
            "says the same, and how to check every file's SHA-256."
        ).format(command=VERIFY_COMMAND))

    def release(self) -> None:
        """Forget the session and every record shown (on lock); closes the dialog."""
        self.session = None
        if self.task is not None:
            self.task.cancel()
            self.task = None
        if self.add_dialog is not None:
            self.add_dialog.reject()
            self.add_dialog = None
        self.preview.clear()
        self.warning.clear()
        self.done_step.clear()
        self.choose.set_recipients([])
        self.error.clear_message()
        self.reject()

    # -- plumbing ---------------------------------------------------------------------------

    def _failed(self, error: FieldKitError) -> None:
        if self.session is not None:
            self._update_buttons()
            self.error.show_message(error_text(error))

    def _next(self) -> None:
        step = self.stack.currentIndex()
        if step == CHOOSE:
            self.run_preview()
        elif step == PREVIEW:
            self.show_warning()

    def _back(self) -> None:
        step = self.stack.currentIndex()
        self._step(CHOOSE if step == PREVIEW else PREVIEW)
        self.error.clear_message()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transmittal"))
        self.heading.setText(self.tr("Send records to a recipient"))
        self.choose.count.setText(self.tr("Selected records: {count}").format(
            count=len(self.record_ids)))
        self.choose.retranslate()
        self.preview.retranslate()
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText(self.tr("Next"))
        self.build_button.setText(self.tr("Build unencrypted package"))
        self.stop_button.setText(self.tr("Stop"))
        self.close_button.setText(self.tr("Close"))

    def _step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setVisible(step in (PREVIEW, WARNING))
        self.cancel_button.setVisible(step in (CHOOSE, PREVIEW, WARNING))
        self.next_button.setVisible(step in (CHOOSE, PREVIEW))
        ready = (self.choose.code() is not None if step == CHOOSE
                 else self.folder is not None and bool(self.preview.preview.included))
        self.next_button.setEnabled(ready and self.session is not None)
        self.build_button.setVisible(step == WARNING)
        self.stop_button.setVisible(step == BUILD)
        self.close_button.setVisible(step == RESULT)
        self.cancel_button.setDefault(step == WARNING)  # a stray Enter builds nothing
        self.next_button.setDefault(step in (CHOOSE, PREVIEW))
        self.close_button.setDefault(step == RESULT)
