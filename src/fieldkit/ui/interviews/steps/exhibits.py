"""Step 8, exhibits (RECORD.md H): the files that come with the interview.

Exhibits are their own sealed records, not part of the interview's body, so this
step takes no part in ``load``/``apply`` and never marks the draft as edited.
It shows the exhibit panel of the record on screen; the editor tells it which
record that is, and its status, through :meth:`ExhibitsStep.show_record`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from fieldkit.services.session import Session
from fieldkit.ui.exhibits import ExhibitPanel
from fieldkit.ui.interviews.fields import Lang
from fieldkit.ui.interviews.step import StepForm
from fieldkit.ui.tasks import TaskRunner

__all__ = ["ExhibitsStep"]


class ExhibitsStep(StepForm):
    SCROLLS: ClassVar[bool] = False  # the tables scroll themselves

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.panel = ExhibitPanel(lang)
        self.column.addWidget(self.panel, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Exhibits")

    def show_record(self, runner: TaskRunner, session: Session | None, record_id: str | None,
                    status: str, save_first: Callable[[], None]) -> None:
        self.panel.show_record(runner, session, record_id, status, save_first)

    def set_read_only(self, read_only: bool) -> None:
        """Exhibits follow their own rules (a sealed interview still takes new ones)."""
        del read_only

    def release(self) -> None:
        """Drop everything decrypted or shown (the viewer included) before the form goes."""
        self.panel.release()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Photos, scans, documents and recordings the person gives you. The originals "
            "stay where they are; the profile keeps an encrypted copy and its SHA-256."
        ))
