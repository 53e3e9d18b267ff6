"""The statistics page with a real HQ vault (two laptops' bundles imported)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldkit.services.session import Session
from fieldkit.store import audit
from fieldkit.ui.i18n import Translations
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.page import PageContext
from fieldkit.ui.stats import BarChart, StatisticsPage
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import flush_language_change
from tests.gui.test_start import unlock
from tests.test_statistics import MURDER, TORTURE, StatsHq, build_stats_hq
from tests.test_transmittal import pdftotext

TIMEOUT = 30_000
SHOTS = os.environ.get("FIELDKIT_SHOTS")  # a folder: the page is saved there as PNG


@pytest.fixture
def context() -> Iterator[PageContext]:
    translations = Translations()
    runner = TaskRunner()
    yield PageContext(runner, translations)
    runner.shutdown()
    translations.install("en")
    flush_language_change()


@pytest.fixture
def stats_hq(tmp_path: Path) -> StatsHq:
    return build_stats_hq(tmp_path)


@pytest.fixture
def make_page(qtbot: QtBot, context: PageContext) -> Callable[[Session], StatisticsPage]:
    def build(session: Session) -> StatisticsPage:
        page = StatisticsPage(context)
        qtbot.addWidget(page)
        page.resize(1000, 900)
        page.show()
        qtbot.waitExposed(page)
        with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
            page.open(session)
        return page

    return build


def shot(qtbot: QtBot, page: StatisticsPage, name: str) -> None:
    """Save the page as PNG once the layout settled (and check it did)."""
    def laid_out() -> bool:
        return all(
            chart.height() == chart.sizeHint().height()
            and chart.geometry().bottom() <= page.boxes[name].contentsRect().bottom()
            for name, chart in page.charts.items()
        )

    qtbot.waitUntil(laid_out)  # every chart wholly inside its box
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / f"{name}.png"))


def rows(page: StatisticsPage, name: str) -> list[tuple[str, int]]:
    return page.charts[name].rows


def test_the_page_shows_the_numbers_under_the_note(
    qtbot: QtBot, make_page: Callable[[Session], StatisticsPage], stats_hq: StatsHq
) -> None:
    page = make_page(stats_hq.hq)
    assert page.note.isVisible() and "not counts of events" in page.note_title.text()
    assert page.note.y() < page.charts_area.y()  # the note stands above every number
    assert "Interviews counted: 5." in page.summary.text()
    assert rows(page, "city") == [("Kraków", 2), ("Warszawa", 2), ("Łódź", 1)]
    assert rows(page, "month")[0] == ("2026-07", 1) and len(rows(page, "month")) == 5
    assert dict(rows(page, "interviewer")) == {
        "Olena Kovalenko (Laptop 7 (Kraków))": 3, "Taras Melnyk (Laptop 3)": 2}
    categories = dict(rows(page, "category"))
    assert sum(categories.values()) == 5  # one interview names two categories
    assert any(label.startswith("Art. 8(2)(a)(ii) Tort") for label in categories)
    scopes = dict(rows(page, "scope"))
    assert scopes["Sharing with the Polish prosecutor's office"] == 4  # one withdrawn
    chart = page.charts["city"]
    assert chart.accessibleName() == "Interviews by city"
    assert "Kraków: 2" in chart.accessibleDescription()
    assert page.refresh_button.isEnabled() and page.export_button.isEnabled()
    shot(qtbot, page, "statistics-en")


def test_export_writes_the_pdf_after_the_warning(
    qtbot: QtBot, make_page: Callable[[Session], StatisticsPage], stats_hq: StatsHq,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(stats_hq.hq)
    chosen = tmp_path / "out" / "summary"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(chosen), "PDF files (*.pdf)"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    box = page.warning
    assert isinstance(box, QMessageBox)
    assert "NOT be encrypted" in box.text() and str(chosen) + ".pdf" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert not page.export_button.isEnabled()  # one warning at a time
    assert list(chosen.parent.iterdir()) == []  # nothing before the answer
    assert page.accept_button is not None
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as finished:
        page.accept_button.click()
    assert finished.args == [True]
    written = chosen.with_name("summary.pdf")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "Counts of testimonies are not counts of events" in pdftotext(written)
    assert str(written) in page.notice.text() and page.notice.isVisible()
    [event] = [e for e in audit.entries(stats_hq.hq.vault) if e.event == "print"]
    assert event.detail["kind"] == "statistics"


def test_cancelling_the_warning_writes_nothing(
    qtbot: QtBot, make_page: Callable[[Session], StatisticsPage], stats_hq: StatsHq,
    tmp_path: Path,
) -> None:
    page = make_page(stats_hq.hq)
    page.export_to(tmp_path / "summary.pdf")
    box = page.warning
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as finished:
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert finished.args == [False]
    assert not (tmp_path / "summary.pdf").exists()
    assert page.warning is None and page.export_button.isEnabled()


def test_lock_clears_every_number(
    make_page: Callable[[Session], StatisticsPage], stats_hq: StatsHq, tmp_path: Path,
) -> None:
    page = make_page(stats_hq.hq)
    page.export_to(tmp_path / "summary.pdf")
    box = page.warning
    page.clear()
    assert page.session is None and page.stats is None and page.warning is None
    assert box is not None and not box.isVisible()
    assert all(chart.rows == [] for chart in page.charts.values())
    assert all(chart.accessibleDescription() == "Nothing to count yet."
               for chart in page.charts.values())
    assert page.summary.text() == "" and page.category_note.text() == ""
    assert not page.refresh_button.isEnabled() and not page.export_button.isEnabled()
    assert not (tmp_path / "summary.pdf").exists()


def test_refresh_and_the_language(
    qtbot: QtBot, make_page: Callable[[Session], StatisticsPage], stats_hq: StatsHq,
    context: PageContext,
) -> None:
    page = make_page(stats_hq.hq)
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        context.translations.install("uk")
        flush_language_change()
    assert page.title() == "Статистика"
    assert page.stats is not None and page.stats.language == "uk"
    assert "Участь в інтерв’ю" in dict(rows(page, "scope"))
    assert page.note_title.text() == "Кількість свідчень — не кількість подій"
    assert {c.key for c in page.stats.by_category} == {TORTURE, MURDER, "rs-8-2-b-xvi"}
    shot(qtbot, page, "statistics-uk")


def test_a_profile_without_hq_records_is_told_why(
    make_page: Callable[[Session], StatisticsPage], stats_hq: StatsHq,
) -> None:
    page = make_page(stats_hq.clinical)
    assert "only the HQ coordinator's profile" in page.error.message
    assert not page.export_button.isEnabled()
    interviewer = make_profile("interviewer", "Someone Else")
    page.clear()
    page2 = make_page(interviewer)
    assert "only the HQ coordinator's profile" in page2.error.message
    interviewer.lock()


def test_the_chart_uses_the_palette(qtbot: QtBot) -> None:
    """Dark palette: bars in the highlight colour, text in the window-text colour."""
    chart = BarChart()
    qtbot.addWidget(chart)
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(0, 200, 0))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.set_rows([("Kraków", 4), ("Warszawa", 2)])
    chart.resize(400, chart.sizeHint().height())
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).rgb() for x in range(image.width())
               for y in range(image.height())}
    assert QColor(0, 200, 0).rgb() in colours
    assert QColor(0, 0, 0).rgb() not in colours and QColor(255, 255, 255).rgb() not in colours
    if SHOTS:
        chart.grab().save(str(Path(SHOTS) / "chart-dark.png"))


def test_the_coordinators_window_has_the_page_and_lock_clears_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow], stats_hq: StatsHq,
) -> None:
    hq_id = stats_hq.hq.info.id
    stats_hq.hq.lock()
    stats_hq.clinical.lock()
    win = make_window()
    screen = win.unlock_screen
    screen.list_view.setCurrentIndex(screen.model.index(screen.model.row_of(hq_id), 0))
    page = None

    def opened() -> None:
        nonlocal page
        page = win.workspace.page_of(StatisticsPage)

    win.session_opened.connect(opened)
    unlock(qtbot, win)
    assert isinstance(page, StatisticsPage)
    kinds = [type(p).__name__ for p in win.workspace.pages]
    assert kinds.index("StatisticsPage") == kinds.index("HqRecordsPage") + 1
    qtbot.waitUntil(lambda: page is not None and page.stats is not None, timeout=TIMEOUT)
    assert page.charts["city"].rows
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        win.lock()
    assert page.session is None and page.stats is None  # cleared, then deleted
    assert all(chart.rows == [] for chart in page.charts.values())
    assert win.workspace.pages == []
