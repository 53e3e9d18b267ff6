"""Report screens with real vaults: the record PDF, transmittal packages, the disclosure log.

HQ data comes from a real bundle exported by an enrolled laptop and imported at
HQ (``tests.test_transmittal.build_hq``); packages are checked with the real
``minisign`` binary and PDFs read back with ``pdftotext``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from fieldkit.services import records, transmittal
from fieldkit.services.session import Session
from fieldkit.store import audit
from fieldkit.ui.hq.records import HqRecordsPage
from fieldkit.ui.hq.tables import row_key, texts
from fieldkit.ui.i18n import Translations
from fieldkit.ui.interview_list.list_page import InterviewListPage
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.reports import DisclosureLogPage, PdfExportDialog, TransmittalDialog
from fieldkit.ui.reports.transmittal_dialog import BUILD, PREVIEW, RESULT, WARNING
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import flush_language_change
from tests.samples import interview
from tests.test_transmittal import Hq, build_hq, minisign_verify, pdftotext

TIMEOUT = 30_000
P = TypeVar("P", bound=Page)
SHOTS = os.environ.get("FIELDKIT_SHOTS")  # a folder: the dialogs are saved there as PNG


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def context() -> Iterator[PageContext]:
    translations = Translations()
    runner = TaskRunner()
    yield PageContext(runner, translations)
    runner.shutdown()
    translations.install("en")
    flush_language_change()


@pytest.fixture
def make_page(qtbot: QtBot, context: PageContext) -> Iterator[Callable[[type[P]], P]]:
    made: list[Page] = []

    def build(kind: type[P]) -> P:
        page = kind(context)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        made.append(page)
        return page

    yield build
    for page in made:
        page.clear()


@pytest.fixture
def hq(tmp_path: Path) -> Hq:
    return build_hq(tmp_path)


def export_audits(session: Session) -> list[dict[str, object]]:
    return [dict(e.detail) for e in audit.entries(session.vault) if e.event == "export"]


# -- the interviewer's record PDF -------------------------------------------------------


def interviewer_list(
    qtbot: QtBot, make_page: Callable[[type[InterviewListPage]], InterviewListPage]
) -> tuple[InterviewListPage, Session]:
    session = make_profile()
    records.save_draft(session, interview(case_number="KRK-2026-0042"))
    page = make_page(InterviewListPage)
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        page.open(session)
    assert not page.export_button.isEnabled()  # nothing selected yet
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.export_button.isEnabled()
    return page, session


def open_pdf_dialog(qtbot: QtBot, page: InterviewListPage) -> PdfExportDialog:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert isinstance(dialog, PdfExportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_export_a_pdf_from_the_interview_list_after_the_warning(
    qtbot: QtBot, make_page: Callable[[type[InterviewListPage]], InterviewListPage],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, session = interviewer_list(qtbot, make_page)
    dialog = open_pdf_dialog(qtbot, page)
    assert dialog.language.language() == "en"  # the UI language
    assert dialog.redaction.redaction() == "full"
    assert "prosecutor" in dialog.redaction.helps["full"].text()
    assert not dialog.next_button.isEnabled()  # no destination yet
    chosen = tmp_path / "out" / "chosen"
    chosen.parent.mkdir()
    suggested: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog.start_folder = tmp_path
    dialog.language.set_language("uk")
    dialog.redaction.set_redaction("pseudonymised")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert suggested == [str(tmp_path / "KRK-2026-0042.pdf")]  # the case number
    assert dialog.destination == chosen.with_name("chosen.pdf")
    shot(dialog, "pdf-options")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "NOT be encrypted" in dialog.warning.text.text()
    assert dialog.warning.path.text() == str(dialog.destination)
    assert dialog.cancel_button.isDefault() and not dialog.export_button.isDefault()
    assert not dialog.destination.exists()
    shot(dialog, "pdf-warning")
    with qtbot.waitSignal(dialog.finished_export, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    written = dialog.destination
    assert written.exists() and written.stat().st_mode & 0o777 == 0o600
    assert "KRK-2026-0042" in pdftotext(written)
    assert str(written) in dialog.result_text.text()
    assert dialog.close_button.isVisible()
    shot(dialog, "pdf-done")
    [event] = export_audits(session)
    assert event["kind"] == "pdf" and event["redaction"] == "pseudonymised"
    assert event["language"] == "uk"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_dialog is None)


def test_declining_the_warning_writes_nothing(
    qtbot: QtBot, make_page: Callable[[type[InterviewListPage]], InterviewListPage],
    tmp_path: Path,
) -> None:
    page, session = interviewer_list(qtbot, make_page)
    dialog = open_pdf_dialog(qtbot, page)
    out = tmp_path / "out"
    out.mkdir()
    dialog.set_destination(out / "record.pdf")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # back: still nothing
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a stray Enter is Cancel
    qtbot.waitUntil(lambda: page.export_dialog is None)
    assert list(out.iterdir()) == []
    assert export_audits(session) == []


def test_an_export_error_is_shown_as_text(
    qtbot: QtBot, make_page: Callable[[type[InterviewListPage]], InterviewListPage],
    tmp_path: Path,
) -> None:
    page, _session = interviewer_list(qtbot, make_page)
    dialog = open_pdf_dialog(qtbot, page)
    dialog.set_destination(tmp_path / "no-such-folder" / "record.pdf")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_export, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert "could not be written" in dialog.error.message
    assert "Traceback" not in dialog.error.message
    assert dialog.next_button.isVisible()  # back at the options, to choose again


def test_the_context_menu_offers_the_export(
    qtbot: QtBot, make_page: Callable[[type[InterviewListPage]], InterviewListPage],
) -> None:
    page, _session = interviewer_list(qtbot, make_page)
    point = page.table.visualRect(page.model.index(0, 0)).center()
    page._context_menu(point)
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    [export] = [a for a in menu.actions() if a.text() == "Export PDF…"]
    export.trigger()
    assert isinstance(page.export_dialog, PdfExportDialog)
    assert page.export_dialog.record_id == page.current_record_id()
    menu.close()


def test_lock_closes_the_export_dialog(
    qtbot: QtBot, make_page: Callable[[type[InterviewListPage]], InterviewListPage],
) -> None:
    page, _session = interviewer_list(qtbot, make_page)
    dialog = open_pdf_dialog(qtbot, page)
    assert "KRK-2026-0042" in dialog.case_label.text()
    page.clear()
    assert page.export_dialog is None and dialog.session is None
    assert dialog.case_label.text() == "" and not dialog.isVisible()
    assert not page.export_button.isEnabled()


# -- HQ: the record PDF and transmittals ---------------------------------------------------


def hq_page(
    qtbot: QtBot, make_page: Callable[[type[HqRecordsPage]], HqRecordsPage], hq: Hq
) -> HqRecordsPage:
    page = make_page(HqRecordsPage)
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.open(hq.hq)
    assert page.export_button.isVisible() and not page.transmit_button.isEnabled()
    return page


def select(page: HqRecordsPage, record_ids: list[str]) -> None:
    page.table.clearSelection()
    model = page.table.selectionModel()
    for row in range(page.table.rowCount()):
        if row_key(page.table, row) in record_ids:
            model.select(page.table.model().index(row, 0),
                         model.SelectionFlag.Select | model.SelectionFlag.Rows)


def test_hq_exports_the_selected_record_as_a_pdf(
    qtbot: QtBot, make_page: Callable[[type[HqRecordsPage]], HqRecordsPage], hq: Hq,
    tmp_path: Path,
) -> None:
    page = hq_page(qtbot, make_page, hq)
    select(page, [hq.ids["ok"], hq.ids["draft"]])
    assert not page.export_button.isEnabled() and page.transmit_button.isEnabled()
    select(page, [hq.ids["ok"]])
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PdfExportDialog) and dialog.hq
    dialog.set_destination(tmp_path / "hq.pdf")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_export, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True], dialog.error.message
    text = " ".join(pdftotext(tmp_path / "hq.pdf").split())
    assert "WAW-2026-0001" in text and "Documenting Together" in text
    assert [e["record"] for e in export_audits(hq.hq)] == [hq.ids["ok"]]


def open_transmittal(
    qtbot: QtBot, page: HqRecordsPage, hq: Hq
) -> TransmittalDialog:
    select(page, [hq.ids[k] for k in ("ok", "no_share", "ua_only", "withdrawn", "draft")])
    qtbot.mouseClick(page.transmit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TransmittalDialog)
    qtbot.waitUntil(lambda: dialog.choose.recipient.count() >= 3, timeout=TIMEOUT)
    assert dialog.record_ids and len(dialog.record_ids) == 5
    return dialog


def test_transmittal_previews_exclusions_builds_and_logs(
    qtbot: QtBot, make_page: Callable[[type[Page]], Page], hq: Hq, tmp_path: Path,
) -> None:
    page = hq_page(qtbot, make_page, hq)  # type: ignore[arg-type]
    dialog = open_transmittal(qtbot, page, hq)
    combo = dialog.choose.recipient
    combo.setCurrentIndex(combo.findData("pl-prosecutor"))
    assert dialog.choose.language.language() == "pl"  # the recipient's language
    assert "Polish prosecutor" in dialog.choose.scopes.text()
    shot(dialog, "transmittal-choose")
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == PREVIEW
    shown = dialog.preview.included
    assert [texts(shown, r)[0] for r in range(shown.rowCount())] == ["WAW-2026-0001"]
    excluded = {texts(dialog.preview.excluded, r)[0]: texts(dialog.preview.excluded, r)[1:]
                for r in range(dialog.preview.excluded.rowCount())}
    assert excluded["WAW-2026-0002"][0] == "No consent"
    assert excluded["WAW-2026-0003"][0] == "Consent for another recipient only"
    assert excluded["WAW-2026-0004"][0] == "Consent or record withdrawn"
    assert "2026-11-25" in excluded["WAW-2026-0004"][1]
    assert excluded["WAW-2026-0005"][0] == "Not sealed"
    assert "Left out: 4" in dialog.preview.summary.text()
    assert not dialog.next_button.isEnabled()  # no folder yet
    out = tmp_path / "packages"
    out.mkdir()
    dialog.set_folder(out)
    shot(dialog, "transmittal-preview")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == WARNING
    assert "NOT be encrypted" in dialog.warning.text.text()
    assert dialog.cancel_button.isDefault()
    assert list(out.iterdir()) == []  # nothing before the warning was accepted
    shot(dialog, "transmittal-warning")
    with qtbot.waitSignal(dialog.built, timeout=TIMEOUT) as built:
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == BUILD
    assert built.args == [True], dialog.error.message
    bar = dialog.building.bar  # the service's progress reached the end
    assert bar.maximum() > 1 and bar.value() == bar.maximum()
    assert dialog.stack.currentIndex() == RESULT
    result = dialog.build_result
    assert result is not None
    [folder] = list(out.iterdir())
    assert folder == result.path and not folder.name.endswith(".partial")
    assert [r.record_id for r in result.records] == [hq.ids["ok"]]
    assert len(result.excluded) == 4  # consent checked again by the service
    check = minisign_verify(folder)
    assert check.returncode == 0, check.stderr
    assert result.package_hash in dialog.done_step.details.text()
    assert "minisign -V -H -p hq.pub -m manifest.json" in dialog.done_step.how.text()
    assert transmittal.hq_key_fingerprint(hq.hq) in dialog.done_step.details.text()
    shot(dialog, "transmittal-done")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)

    log = make_page(DisclosureLogPage)
    assert isinstance(log, DisclosureLogPage)
    with qtbot.waitSignal(log.refreshed, timeout=TIMEOUT):
        log.open(hq.hq)
    assert log.table.rowCount() == 1
    row = texts(log.table, 0)
    assert "pl-prosecutor" in row[1] and row[2] == "1" and row[3] == "Full"
    assert row[4] == result.package_hash
    shot(log, "disclosure-log")

    pdf = tmp_path / "log.pdf"
    log.print_to(pdf)
    assert log.warning is not None and "NOT be encrypted" in log.warning.text()
    with qtbot.waitSignal(log.printed, timeout=TIMEOUT) as printed:
        log.warning.reject()  # declined: nothing written
    assert printed.args == [False] and not pdf.exists()
    log.print_to(pdf)
    assert log.warning is not None and log.accept_button is not None
    with qtbot.waitSignal(log.printed, timeout=TIMEOUT) as printed:
        qtbot.mouseClick(log.accept_button, Qt.MouseButton.LeftButton)
    assert printed.args == [True], log.error.message
    assert result.package_hash[:16] in "".join(pdftotext(pdf).split())

    page.clear()
    log.clear()
    assert log.table.rowCount() == 0 and log.session is None
    assert not log.print_button.isEnabled()
    assert page.table.rowCount() == 0


def test_add_a_recipient_from_the_dialog(
    qtbot: QtBot, make_page: Callable[[type[HqRecordsPage]], HqRecordsPage], hq: Hq,
) -> None:
    page = hq_page(qtbot, make_page, hq)
    dialog = open_transmittal(qtbot, page, hq)
    qtbot.mouseClick(dialog.choose.add_button, Qt.MouseButton.LeftButton)
    adding = dialog.add_dialog
    assert adding is not None
    adding.code.setText("Not A Code")
    adding.name.setText("Joint investigation team")
    adding.scope_boxes["share_pl_prosecutor"].setChecked(True)
    adding.scope_boxes["share_ua_prosecutor"].setChecked(True)
    shot(adding, "add-recipient")
    adding.submitted.emit()
    qtbot.waitUntil(lambda: bool(adding.error.message), timeout=TIMEOUT)
    assert "lower-case" in adding.error.message and adding.isVisible()
    adding.code.setText("eurojust-jit")
    with qtbot.waitSignal(dialog.recipients_loaded, timeout=TIMEOUT):
        adding.submitted.emit()
    assert dialog.choose.code() == "eurojust-jit"
    assert "eurojust-jit" in [r.code for r in transmittal.recipients(hq.hq)]
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.included.rowCount() == 1


def test_lock_clears_an_open_transmittal(
    qtbot: QtBot, make_page: Callable[[type[HqRecordsPage]], HqRecordsPage], hq: Hq,
) -> None:
    page = hq_page(qtbot, make_page, hq)
    dialog = open_transmittal(qtbot, page, hq)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.excluded.rowCount() > 0
    page.clear()
    assert page.dialog is None and dialog.session is None and not dialog.isVisible()
    assert dialog.preview.included.rowCount() == dialog.preview.excluded.rowCount() == 0
    assert dialog.choose.recipient.count() == 0


def test_stop_before_the_build_ran_keeps_nothing_and_logs_nothing(
    qtbot: QtBot, make_page: Callable[[type[HqRecordsPage]], HqRecordsPage], hq: Hq,
    tmp_path: Path,
) -> None:
    page = hq_page(qtbot, make_page, hq)
    dialog = open_transmittal(qtbot, page, hq)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "stopped"
    out.mkdir()
    dialog.set_folder(out)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    gate = threading.Event()
    ran = threading.Event()
    runner = page.context.runner
    runner.run(lambda: gate.wait(TIMEOUT / 1000), lambda _r: ran.set(), lambda _e: None,
               name="hold the worker")
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)  # queued behind it
    assert dialog.stop_button.isVisible()
    with qtbot.waitSignal(dialog.built, timeout=TIMEOUT) as built:
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert built.args == [False] and "cancelled" in dialog.error.message
    gate.set()
    qtbot.waitUntil(lambda: ran.is_set() and not runner.busy, timeout=TIMEOUT)
    assert list(out.iterdir()) == []
    assert transmittal.disclosures(hq.hq) == []
    assert dialog.stack.currentIndex() == PREVIEW


def test_the_coordinator_has_the_disclosure_log_after_the_records() -> None:
    from fieldkit.ui.roles import page_factories

    pages = list(page_factories()["coordinator"])
    assert pages.index(DisclosureLogPage) > pages.index(HqRecordsPage)
    assert DisclosureLogPage not in page_factories()["clinical_lead"]
