"""The two long actions of the exhibit panel: adding files, and exporting a plaintext copy.

Both run on the page's one worker thread as essential tasks. Adding reports its
progress (bytes read, as permille) by the runner's progress signal and stops at
the next chunk when Cancel or Lock sets its event; the service then leaves
nothing behind. Exporting writes an UNENCRYPTED file, so it runs only after a
warning the person answers with the explicit "Export unencrypted copy" button.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldkit.errors import FieldKitError
from fieldkit.services import evidence
from fieldkit.services.evidence import AttachedExhibit
from fieldkit.textsafety import plain
from fieldkit.ui.exhibits.display import permille
from fieldkit.ui.exhibits.errors import describe_error
from fieldkit.ui.exhibits.intake import IntakeDetails
from fieldkit.ui.signals import emit
from fieldkit.ui.tasks import Progress
from fieldkit.ui.widgets import unencrypted_warning

if TYPE_CHECKING:
    from fieldkit.ui.exhibits.panel import ExhibitPanel

__all__ = ["AddResult", "ExportJob", "IntakeJob", "Token"]


class Token:
    """One showing of a record; callbacks of an earlier one are ignored."""

    def __init__(self) -> None:
        self.alive = True


@dataclass
class AddResult:
    added: list[AttachedExhibit] = field(default_factory=list)
    cancelled: bool = False
    error: FieldKitError | None = None


class IntakeJob(QObject):
    """Encrypts the chosen files into the vault, one after the other, with progress."""

    def __init__(self, panel: ExhibitPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self._cancel: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, files: list[Path], details: IntakeDetails) -> None:
        panel = self.panel
        runner, session, record_id = panel.runner, panel.session, panel.record_id
        if runner is None or session is None or record_id is None or self.running:
            return
        if panel.status == "new":
            panel.save_first()  # queued before the intake on the same worker thread
        cancel = threading.Event()
        self._cancel = cancel
        token = panel.token
        panel.show_result("")
        panel.error.clear_message()
        panel.progress.setValue(0)
        panel.progress_text.setText(self.tr("Encrypting the chosen files into the profile…"))
        panel.cancel_button.setEnabled(True)
        panel.progress_area.show()
        panel.update_enabled()

        def work(report: Progress) -> AddResult:
            total = sum(path.stat().st_size for path in files)
            result, before, shown = AddResult(), 0, -1

            def progress(done: int) -> None:
                nonlocal shown
                value = permille(before + done, total)
                if value != shown:  # one signal per visible step, not per chunk
                    shown = value
                    report(value, 1000)

            for path in files:
                try:
                    result.added.append(evidence.attach(
                        session, record_id, path, details.for_file(path),
                        progress=progress, cancelled=cancel.is_set,
                    ))
                except FieldKitError as error:
                    if error.code == "operation.cancelled":
                        result.cancelled = True
                    else:
                        result.error = error
                    return result
                before += result.added[-1].size
            return result

        def progressed(done: int, _total: int) -> None:
            if token.alive:
                panel.progress.setValue(done)

        def finish() -> bool:
            if self._cancel is cancel:
                self._cancel = None
            if not token.alive:
                return False
            panel.progress_area.hide()
            panel.update_enabled()
            return True

        def done(result: AddResult) -> None:
            if not finish():
                return
            count = len(result.added)
            number = str(count)
            if result.cancelled:
                panel.show_result(self.tr(
                    "Cancelled. Files added before that: %1; the rest was not added."
                ).replace("%1", number) if count else self.tr("Cancelled; nothing was added."))
            elif result.error is not None:
                panel.error.show_message(describe_error(result.error))
                if count:
                    panel.show_result(
                        self.tr("Files added before this one: %1.").replace("%1", number)
                    )
            else:
                panel.show_result(self.tr("Exhibits added: %1.").replace("%1", number))
            if count:
                panel.refresh(select=result.added[-1].exhibit_id)
            emit(panel.finished, "add", not result.cancelled and result.error is None)

        def failed(error: FieldKitError) -> None:
            if finish():
                panel.error.show_message(describe_error(error))
                emit(panel.finished, "add", False)

        runner.run(work, done, failed, progressed, name="add-exhibits", essential=True)

    def cancel(self) -> None:
        """Stop at the next chunk; the file being added leaves nothing behind."""
        if self._cancel is None:
            return
        self._cancel.set()
        self.panel.cancel_button.setEnabled(False)
        self.panel.progress_text.setText(self.tr("Cancelling…"))

    def release(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self.panel.progress.setValue(0)
        self.panel.progress_text.clear()
        self.panel.progress_area.hide()


class ExportJob(QObject):
    """Choose where, warn that the copy is not encrypted, then write it (audited)."""

    def __init__(self, panel: ExhibitPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.warning: QMessageBox | None = None
        self.accept_button: QWidget | None = None
        self.running = False

    def choose_export(self, exhibit_id: str | None) -> None:
        """Ask for the destination of ``exhibit_id`` (None: the selected exhibit)."""
        panel = self.panel
        chosen = exhibit_id or panel.table.selected_id()
        exhibit = panel.table.exhibit(chosen) if chosen is not None else None
        if chosen is None or exhibit is None or self.running:
            return
        suggested = Path(plain(exhibit.original_filename)).name or "exhibit"
        name, _ = QFileDialog.getSaveFileName(
            panel.viewer if panel.viewer is not None and panel.viewer.isVisible() else panel,
            self.tr("Export an unencrypted copy"), str(Path.home() / suggested),
        )
        if name:
            self.export_to(Path(name), chosen)

    def export_to(self, dest: Path, exhibit_id: str | None = None) -> None:
        """Warn first; only the explicit answer writes ``dest``."""
        panel = self.panel
        chosen = exhibit_id or panel.table.selected_id()
        if chosen is None or panel.session is None or self.running:
            return
        self.release()
        box, accept = unencrypted_warning(
            panel, title=self.tr("Unencrypted copy"), text=self.tr(
            "The copy will NOT be encrypted. Anyone who gets the file, or the disk or USB "
            "stick it is on, can open it. Keep it only as long as you need it, then delete "
            "it.\n\nWrite the copy to:\n%1"
        ).replace("%1", plain(str(dest))),
            accept=self.tr("Export unencrypted copy"), cancel=self.tr("Cancel"))
        self.warning, self.accept_button = box, accept
        token = panel.token

        def answered(_result: int) -> None:
            agreed = box.clickedButton() is accept
            if self.warning is box:
                self.warning = self.accept_button = None
            box.deleteLater()
            if not token.alive:
                return
            if agreed:
                self._write(chosen, dest)
            else:
                emit(panel.finished, "export", False)

        box.finished.connect(answered)
        box.open()

    def _write(self, exhibit_id: str, dest: Path) -> None:
        panel = self.panel
        runner, session, token = panel.runner, panel.session, panel.token
        if runner is None or session is None:
            return
        self.running = True
        panel.update_enabled()

        def finish() -> bool:
            self.running = False
            if token.alive:
                panel.update_enabled()
            return token.alive

        def done(_result: None) -> None:
            if finish():
                panel.show_result(self.tr(
                    "An unencrypted copy was written to:\n%1\nDelete it when it is no longer "
                    "needed."
                ).replace("%1", plain(str(dest))))
                emit(panel.finished, "export", True)

        def failed(error: FieldKitError) -> None:
            if finish():
                panel.error.show_message(describe_error(error))
                emit(panel.finished, "export", False)

        runner.run(lambda: evidence.export_plaintext(session, exhibit_id, dest), done, failed,
                   name="export-exhibit", essential=True)

    def release(self) -> None:
        if self.warning is not None:
            box, self.warning, self.accept_button = self.warning, None, None
            box.close()  # answered() sees the token gone or a Cancel
