"""Statistics at HQ: interviews by city, month, interviewer, category and consent scope.

The numbers come from ``statistics.compute`` through the runner (what is
counted is in ``docs/statistics.md``). The note that counts of testimonies are
not counts of events stands at the top, framed, above every number. "Export
summary PDF…" asks where, warns that the PDF is not encrypted (Cancel is the
default), then writes it with ``statistics.export_pdf`` and says where it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.services import statistics
from fieldkit.services.session import Session
from fieldkit.services.statistics import Count, PdfResult, Statistics
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.signals import emit
from fieldkit.ui.stats.chart import BarChart
from fieldkit.ui.widgets import (
    BusyIndicator,
    InlineMessage,
    plain_label,
    title_label,
    unencrypted_warning,
)

__all__ = ["StatisticsPage"]

DIMENSIONS = ("city", "month", "interviewer", "category", "scope")


class StatisticsPage(Page):
    """See the module docstring. ``refreshed`` after each load; ``exported(ok)`` after a PDF."""

    refreshed = Signal()
    exported = Signal(bool)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.stats: Statistics | None = None
        self.loading = False
        self.warning: QMessageBox | None = None
        self.accept_button: QPushButton | None = None
        self.title_text = title_label()
        self.note_title = plain_label()
        font = self.note_title.font()
        font.setBold(True)
        self.note_title.setFont(font)
        self.note_text = plain_label()
        self.note = QFrame()
        self.note.setFrameShape(QFrame.Shape.Box)
        self.note.setLineWidth(2)
        note_layout = QVBoxLayout(self.note)
        note_layout.addWidget(self.note_title)
        note_layout.addWidget(self.note_text)
        self.what = plain_label()
        self.summary = plain_label()
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.busy = BusyIndicator()
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # the charts move up when nothing is running
        self.busy.setSizePolicy(policy)
        self.error = InlineMessage()
        self.notice = plain_label()
        self.notice.hide()

        self.boxes: dict[str, QGroupBox] = {}
        self.charts: dict[str, BarChart] = {}
        self.category_note = plain_label()
        body = QWidget()
        column = QVBoxLayout(body)
        for name in DIMENSIONS:
            box = QGroupBox()
            chart = BarChart()
            inner = QVBoxLayout(box)
            if name == "category":
                inner.addWidget(self.category_note)
            inner.addWidget(chart)
            column.addWidget(box)
            self.boxes[name], self.charts[name] = box, chart
        column.addStretch(1)
        self.charts_area = QScrollArea()
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_area.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_text)
        layout.addWidget(self.note)
        layout.addWidget(self.what)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.charts_area, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_pdf)
        self.clear()
        self.retranslate()

    # -- Page -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Statistics")

    def open(self, session: Session) -> None:
        super().open(session)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None and self.stats is not None and not self.loading:
            self.refresh()  # imports happen on another page

    def clear(self) -> None:
        super().clear()
        if self.warning is not None:
            self.warning.reject()
        self.warning = self.accept_button = None
        self.stats = None
        self.loading = False
        self.busy.stop()
        for chart in self.charts.values():
            chart.clear()
        self.summary.clear()
        self.category_note.clear()
        self.notice.clear()
        self.notice.hide()
        self.error.clear_message()
        self._update_buttons()

    def retranslate(self) -> None:
        self.title_text.setText(self.tr("Statistics"))
        self.note_title.setText(self.tr("Counts of testimonies are not counts of events"))
        self.note_text.setText(self.tr(
            "Every number here counts testimonies (interview records), not events. The same "
            "event may be told by many witnesses, and one witness may describe several events. "
            "Do not read or publish these numbers as numbers of incidents, victims or crimes."
        ))
        self.note.setAccessibleName(self.tr("Counts of testimonies are not counts of events"))
        self.what.setText(self.tr(
            "Counted: interviews whose current record at HQ is sealed and whose consent to "
            "participate is in force. Drafts and withdrawn records are not counted."
        ))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export summary PDF…"))
        titles = {
            "city": self.tr("Interviews by city"),
            "month": self.tr("Interviews by month of the interview"),
            "interviewer": self.tr("Interviews by interviewer (sending profile and laptop)"),
            "category": self.tr("Interviews by category of alleged act"),
            "scope": self.tr("Consent scopes in force (granted and not withdrawn)"),
        }
        for name, box in self.boxes.items():
            box.setTitle(titles[name])
            self.charts[name].setAccessibleName(titles[name])
            self.charts[name].set_empty_text(self.tr("Nothing to count yet."))
        session, stats = self.session, self.stats
        if session is not None and stats is not None and stats.language != self._language():
            self.refresh()  # vocabulary labels come in the language asked for
        else:
            self._show()

    # -- loading ----------------------------------------------------------------------------

    def _language(self) -> str:
        return self.context.translations.language

    def refresh(self) -> None:
        session = self.session
        if session is None or self.loading:
            return
        language = self._language()
        self.loading = True
        self.busy.start(self.tr("Counting the interviews…"))
        self._update_buttons()

        def done(stats: Statistics) -> None:
            if self.session is not session:
                return
            self.loading = False
            self.busy.stop()
            self.stats = stats
            self.error.clear_message()
            self._show()
            emit(self.refreshed)

        def failed(error: FieldKitError) -> None:
            if self.session is not session:
                return
            self.loading = False
            self.busy.stop()
            self._update_buttons()
            self.error.show_message(self._error_text(error))
            emit(self.refreshed)

        self.context.runner.run(lambda: statistics.compute(session, language), done, failed,
                                name="statistics")

    def _error_text(self, error: FieldKitError) -> str:
        if error.code == "profile.not_permitted":
            return self.tr(
                "Statistics count the interviews imported at HQ, which only the HQ "
                "coordinator's profile (the one that set up the organisation) holds. This "
                "profile has none to count."
            )
        return describe(error)

    def _rows(self, items: tuple[Count, ...]) -> list[tuple[str, int]]:
        missing = self.tr("Not recorded")
        return [(c.label or missing, c.count) for c in items]

    def _show(self) -> None:
        stats = self.stats
        self._update_buttons()
        if stats is None:
            return
        self.summary.setText(self.tr(
            "Interviews counted: {counted}. Not counted: drafts {drafts}, withdrawn "
            "{withdrawn}, without consent to participate {no_consent}, without content at "
            "HQ {unreadable}. Newest interview: {newest}."
        ).format(counted=stats.interviews, drafts=stats.drafts, withdrawn=stats.withdrawn,
                 no_consent=stats.no_consent, unreadable=stats.unreadable,
                 newest=stats.newest_interview_date or self.tr("none")))
        self.charts["city"].set_rows(self._rows(stats.by_city))
        self.charts["month"].set_rows(self._rows(stats.by_month))
        self.charts["interviewer"].set_rows(self._rows(stats.by_interviewer))
        self.charts["category"].set_rows([
            (f"{c.detail} {c.label}".strip() if c.detail else c.label, c.count)
            for c in stats.by_category
        ])
        self.charts["scope"].set_rows(self._rows(stats.by_scope))
        self.category_note.setText(self.tr(
            "An interview that names several categories counts once in each. Interviews that "
            "name no category: {none}."
        ).format(none=stats.without_category))

    def _update_buttons(self) -> None:
        ready = self.session is not None and not self.loading
        self.refresh_button.setEnabled(ready)
        self.export_button.setEnabled(ready and self.stats is not None
                                      and self.warning is None)

    # -- the PDF ----------------------------------------------------------------------------

    def choose_pdf(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary PDF as"), str(Path.home() / "statistics.pdf"),
            self.tr("PDF files (*.pdf)"))
        if name:
            path = Path(name)
            self.export_to(path if path.suffix.lower() == ".pdf" else
                           path.with_name(path.name + ".pdf"))

    def export_to(self, dest: Path) -> None:
        """Warn that the PDF is not encrypted; only the explicit answer writes ``dest``."""
        session = self.session
        if session is None or self.warning is not None:
            return
        box, accept = unencrypted_warning(
            self, title=self.tr("Unencrypted PDF"), text=self.tr(
            "The summary PDF will NOT be encrypted. It holds counts, cities and the names of "
            "interviewers and laptops (no testimony). Keep it only where it must be."
            "\n\nWrite the PDF to:\n{path}"
        ).format(path=plain(str(dest))),
            accept=self.tr("Save unencrypted PDF"), cancel=self.tr("Cancel"))
        self.warning, self.accept_button = box, accept
        self._update_buttons()

        def answered(_result: int) -> None:
            agreed = box.clickedButton() is accept
            if self.warning is box:
                self.warning = self.accept_button = None
            box.deleteLater()
            if self.session is not session:
                return
            self._update_buttons()
            if agreed:
                self._write(session, dest)
            else:
                emit(self.exported, False)

        box.finished.connect(answered)
        box.open()

    def _write(self, session: Session, dest: Path) -> None:
        language = self._language()
        self.export_button.setEnabled(False)
        self.notice.hide()
        self.busy.start(self.tr("Writing the PDF…"))

        def done(result: PdfResult) -> None:
            self.busy.stop()
            if self.session is not session:
                return
            self._update_buttons()
            self.error.clear_message()
            self.notice.setText(self.tr(
                "The summary PDF was saved, not encrypted, to:\n{path}\nPages: {pages}."
            ).format(pages=result.pages, path=plain(str(result.path))))
            self.notice.show()
            emit(self.exported, True)

        def failed(error: FieldKitError) -> None:
            self.busy.stop()
            if self.session is not session:
                return
            self._update_buttons()
            self.error.show_message(self._error_text(error))
            emit(self.exported, False)

        self.context.runner.run(lambda: statistics.export_pdf(session, dest, language), done,
                                failed, name="statistics-pdf", essential=True)
