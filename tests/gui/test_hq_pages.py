"""HQ pages with real profiles: devices (set up, approve, revoke), imports, records at HQ."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldkit.services import records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.ui.hq import DevicesPage, HqRecordsPage, ImportsPage
from fieldkit.ui.hq.confirm import ConfirmDialog
from fieldkit.ui.hq.tables import texts
from fieldkit.ui.i18n import Translations
from fieldkit.ui.page import Page, PageContext
from fieldkit.ui.sync.display import fingerprint_lines
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import TS_DIR, flush_language_change
from tests.samples import interview, person

TIMEOUT = 30_000
P = TypeVar("P", bound=Page)


@dataclass
class Org:
    hq: Session
    clinical: Session
    provisioning: Path
    tmp: Path


@pytest.fixture
def org(tmp_path: Path) -> Org:
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = tmp_path / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = tmp_path / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    sync_service.join(clinical, provisioning, "HQ clinical laptop")
    return Org(hq, clinical, provisioning, tmp_path)


def request_from(org: Org, session: Session, device: str) -> Path:
    sync_service.join(session, org.provisioning, device)
    request = org.tmp / f"request-{session.info.id}.fkq"
    sync_service.write_request(session, request, device)
    return request


def enroll(org: Org, session: Session, device: str) -> None:
    sync_service.receive_request(org.hq, request_from(org, session, device))
    sync_service.approve(org.hq, session.info.id)


def new_bundle(session: Session, folder: Path, narrative: str = "Свідчення") -> Path:
    records.save_draft(session, interview(narrative=narrative))
    return sync_service.export_bundle(session, folder).path


@pytest.fixture
def translations() -> Iterator[Translations]:
    chosen = Translations()
    yield chosen
    chosen.install("en")
    flush_language_change()


@pytest.fixture
def context(translations: Translations) -> Iterator[PageContext]:
    runner = TaskRunner()
    yield PageContext(runner, translations)
    runner.shutdown()


@pytest.fixture
def make_page(qtbot: QtBot, context: PageContext) -> Callable[[type[P], Session], P]:
    def build(kind: type[P], session: Session) -> P:
        page = kind(context)
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):  # type: ignore[attr-defined]
            page.open(session)
        return page

    return build


PageFactory = Callable[[type[P], Session], P]


def act(qtbot: QtBot, page: DevicesPage, action: Callable[[], object]) -> tuple[str, bool]:
    """Run ``action``; wait until it ended (and, on success, the page reloaded)."""
    got: list[tuple[str, bool]] = []

    def record(name: str, ok: bool) -> None:
        got.append((name, ok))

    page.finished.connect(record)
    try:
        with qtbot.waitSignal(page.finished, timeout=TIMEOUT):
            action()
        if got and got[0][1]:
            qtbot.waitSignal(page.refreshed, timeout=TIMEOUT).wait()
    finally:
        page.finished.disconnect(record)
    return got[0]


def rows(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [texts(table, r) for r in range(table.rowCount())]


# -- Devices -----------------------------------------------------------------------------


def test_set_up_the_organisation_and_show_the_hq_fingerprint(
    qtbot: QtBot, make_page: PageFactory[DevicesPage], tmp_path: Path
) -> None:
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    request = tmp_path / "clinical.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    hq = make_profile("coordinator", "Warsaw HQ")
    page = make_page(DevicesPage, hq)
    assert page.no_org_view.isVisible() and not page.org_view.isVisible()
    assert not page.tables.isVisible() and page.setup_button.isEnabled()

    out = tmp_path / "provisioning.fkp"
    assert act(qtbot, page, lambda: page.setup_with("Documenting Together", request, out)) == (
        "setup", True
    )
    created = sync_service.current_org(hq)
    assert created is not None and out.exists()
    assert page.org_view.isVisible() and not page.no_org_view.isVisible()
    assert page.hq_fingerprint.text() == fingerprint_lines(created.hq_fingerprint)
    assert page.org_name.text() == "Documenting Together"
    assert str(out) in page.result.text()
    [lead] = rows(page.devices_table)
    assert lead[:4] == ["Dr Iryna Bondar", "Clinical lead (headquarters)", "HQ clinical laptop",
                        "Active"]
    assert lead[4] == clinical.fingerprint
    assert sync_service.read_provisioning(out)["fingerprint"] == created.hq_fingerprint


def test_set_up_refuses_a_request_that_is_not_the_clinical_leads(
    qtbot: QtBot, make_page: PageFactory[DevicesPage], tmp_path: Path
) -> None:
    laptop = make_profile()
    request = tmp_path / "laptop.fkq"
    sync_service.write_request(laptop, request, "Laptop")
    page = make_page(DevicesPage, make_profile("coordinator", "Warsaw HQ"))
    out = tmp_path / "provisioning.fkp"
    assert act(qtbot, page, lambda: page.setup_with("Org", request, out)) == ("setup", False)
    assert "clinical" in page.error.message and not out.exists()


def test_receive_then_approve_after_comparing_the_fingerprint(
    qtbot: QtBot, org: Org, make_page: PageFactory[DevicesPage]
) -> None:
    laptop = make_profile()
    request = request_from(org, laptop, "Laptop 7 (Kraków)")
    page = make_page(DevicesPage, org.hq)
    assert not page.approve_button.isEnabled()
    assert act(qtbot, page, lambda: page.receive_request_file(request)) == ("receive", True)
    [pending] = rows(page.requests_table)
    assert pending == ["Olena Kovalenko", "Interviewer (lawyer)", "Laptop 7 (Kraków)",
                       laptop.fingerprint]
    assert page.selected_request() is not None and page.approve_button.isEnabled()

    seen: list[tuple[str, str]] = []

    def compare_and_approve() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConfirmDialog)
        seen.append((dialog.text.text(), dialog.fingerprint.text()))
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, compare_and_approve)
    assert act(qtbot, page, page.approve_selected) == ("approve", True)
    [(text, fingerprint)] = seen
    assert fingerprint == fingerprint_lines(laptop.fingerprint)
    assert "Olena Kovalenko" in text and "every group matches" in text
    assert rows(page.requests_table) == []
    devices = {row[0]: row for row in rows(page.devices_table)}
    assert devices["Olena Kovalenko"][2:] == ["Laptop 7 (Kraków)", "Active", laptop.fingerprint]
    assert "approved" in page.result.text()


def test_cancelling_the_approval_changes_nothing(
    qtbot: QtBot, org: Org, make_page: PageFactory[DevicesPage]
) -> None:
    laptop = make_profile()
    sync_service.receive_request(org.hq, request_from(org, laptop, "Laptop 2"))
    page = make_page(DevicesPage, org.hq)
    asked: list[str] = []

    def refuse(title: str, text: str, fingerprint: str, accept: str) -> bool:
        asked.append(fingerprint)
        return False

    page.confirm = refuse
    assert page.approve(laptop.info.id) is False
    assert asked == [laptop.fingerprint]
    assert [d.profile_id for d in sync_service.devices(org.hq)] == [org.clinical.info.id]
    assert len(rows(page.requests_table)) == 1


def test_revoke_asks_then_marks_the_device_revoked(
    qtbot: QtBot, org: Org, make_page: PageFactory[DevicesPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Lost laptop")
    page = make_page(DevicesPage, org.hq)
    page.select_device(laptop.info.id)
    assert page.revoke_button.isEnabled()
    asked: list[str] = []

    def agree(title: str, text: str, fingerprint: str, accept: str) -> bool:
        asked.append(text)
        return True

    page.confirm = agree
    assert act(qtbot, page, page.revoke_selected) == ("revoke", True)
    [text] = asked
    assert "refused from the next import on" in text and "Lost laptop" in text
    status = {row[0]: row[3] for row in rows(page.devices_table)}
    assert status["Olena Kovalenko"] == "Revoked"
    page.select_device(laptop.info.id)
    assert not page.revoke_button.isEnabled()
    assert {d.profile_id: d.status for d in sync_service.devices(org.hq)}[laptop.info.id] == (
        "revoked"
    )


def test_export_roster_and_provisioning(
    qtbot: QtBot, org: Org, make_page: PageFactory[DevicesPage]
) -> None:
    page = make_page(DevicesPage, org.hq)
    roster = org.tmp / "out" / "roster.fkr"
    roster.parent.mkdir()
    assert act(qtbot, page, lambda: page.export_roster_to(roster)) == ("roster", True)
    assert roster.exists() and str(roster) in page.result.text()
    again = org.tmp / "out" / "provisioning.fkp"
    assert act(qtbot, page, lambda: page.write_provisioning_to(again)) == ("provisioning", True)
    assert sync_service.read_provisioning(again)["org_name"] == "Documenting Together"


# -- Imports -----------------------------------------------------------------------------


def wait_import(qtbot: QtBot, page: ImportsPage, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.import_finished, timeout=TIMEOUT):
        action()
    qtbot.waitSignal(page.refreshed, timeout=TIMEOUT).wait()


def test_a_folder_with_a_valid_a_replayed_and_a_tampered_bundle(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 7 (Kraków)")
    stick = org.tmp / "stick"
    stick.mkdir()
    first = new_bundle(laptop, org.tmp / "a")
    sync_service.import_bundles(org.hq, [first])  # imported before: its copy is a replay
    second = new_bundle(laptop, org.tmp / "b", "Друге")
    third = new_bundle(laptop, org.tmp / "c", "Третє")
    shutil.copy(second, stick / "1-valid.fkb")
    shutil.copy(first, stick / "2-replay.fkb")
    data = bytearray(third.read_bytes())
    data[len(data) // 2] ^= 0x40
    (stick / "3-tampered.fkb").write_bytes(bytes(data))

    page = make_page(ImportsPage, org.hq)
    assert not page.roster_button.isVisible()  # the coordinator has no roster to import
    asked: list[Sequence[Path]] = []
    receipts = org.tmp / "receipts"

    def choose(paths: Sequence[Path]) -> Path:
        asked.append(paths)
        return receipts

    page.receipts_chooser = choose
    wait_import(qtbot, page, lambda: page.start_import([stick]))
    assert asked == [[stick]]  # once for the whole run
    table = rows(page.results_table)
    assert [r[0] for r in table] == ["1-valid.fkb", "2-replay.fkb", "3-tampered.fkb"]
    assert [r[3] for r in table] == ["Imported", "Already imported", "Rejected"]
    assert table[0][1] == "Olena Kovalenko (Laptop 7 (Kraków))" and table[0][2] == "2"
    assert table[0][4] == "1" and table[0][5] == "0"
    assert table[1][6] == "Nothing changed." and table[1][2] == "1"
    assert table[2][6] == "The signature does not match: damaged or altered"
    [(at, name, reason, message)] = rows(page.quarantine_table)
    assert name.endswith("3-tampered.fkb") and reason == table[2][6] and at and message
    assert not (stick / "3-tampered.fkb").exists()
    assert len(list(receipts.iterdir())) == 1
    summary = page.summary.text()
    assert "Imported: 1. Already imported: 1." in summary and "Rejected: 1." in summary
    assert str(receipts) in summary
    assert not page.progress_area.isVisible() and page.files_button.isEnabled()


def test_cancelling_the_receipts_folder_cancels_the_import(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 1")
    bundle = new_bundle(laptop, org.tmp / "usb")
    page = make_page(ImportsPage, org.hq)
    page.receipts_chooser = lambda _paths: None
    assert page.start_import([bundle]) is False
    assert "receipts" in page.summary.text() and rows(page.results_table) == []
    assert bundle.exists()


def test_a_missing_bundle_is_shown_until_it_arrives(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 3")
    one = new_bundle(laptop, org.tmp / "one", "Перше")
    two = new_bundle(laptop, org.tmp / "two", "Друге")
    page = make_page(ImportsPage, org.hq)
    assert page.missing_texts() == [] and page.missing_none.text() == "No bundle is missing."
    wait_import(qtbot, page, lambda: page.import_paths([two]))
    assert page.missing_texts() == ["Bundle 1 missing from laptop Olena Kovalenko (Laptop 3)"]
    assert rows(page.results_table)[0][6] == "Still missing from this laptop: 1"
    wait_import(qtbot, page, lambda: page.import_paths([one]))
    assert page.missing_texts() == []
    assert rows(page.results_table)[0][3] == "Imported"


def test_dropping_a_usb_stick_folder_starts_the_import(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 4")
    stick = org.tmp / "stick"
    new_bundle(laptop, stick)
    page = make_page(ImportsPage, org.hq)
    page.receipts_chooser = lambda paths: org.tmp / "receipts"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(stick))])
    enter = QDragEnterEvent(page.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(page.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.import_started, timeout=TIMEOUT):
        QApplication.sendEvent(page, drop)
    assert drop.isAccepted() and page.importing
    qtbot.waitSignal(page.import_finished, timeout=TIMEOUT).wait()
    assert [r[3] for r in rows(page.results_table)] == ["Imported"]


def test_a_drag_without_files_is_refused(
    org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    page = make_page(ImportsPage, org.hq)
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(page.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_stop_takes_effect_between_files(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 5")
    one = new_bundle(laptop, org.tmp / "one", "Перше")
    two = new_bundle(laptop, org.tmp / "two", "Друге")
    page = make_page(ImportsPage, org.hq)
    progress: list[int] = []
    page.file_progress.valueChanged.connect(progress.append)
    page.bundle_imported.connect(lambda _row: page.stop_import())  # Stop during file 1
    wait_import(qtbot, page, lambda: page.import_paths([one, two]))
    assert [r[0] for r in rows(page.results_table)] == [one.name]
    assert "Stopped after 1 of 2 files." in page.summary.text()
    assert progress and max(progress) > 0
    assert two.exists() and page.missing_texts() == []


def test_the_clinical_lead_imports_the_roster_then_the_held_bundle(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    psych = make_profile("psychologist", "Marta Nowak")
    enroll(org, psych, "Psych laptop")
    from fieldkit.domain.notes import SessionNote

    records.save_note(psych, SessionNote(person_code="P-0042", risk_level="high",
                                         observations="Кошмари."))
    bundle = sync_service.export_bundle(psych, org.tmp / "usb").path
    [held] = sync_service.import_bundles(org.hq, [bundle])
    assert held.status == "held"
    held_file = next((org.hq.vault.folder / "held").iterdir())
    roster = org.tmp / "roster.fkr"
    sync_service.write_roster(org.hq, roster)

    page = make_page(ImportsPage, org.clinical)
    assert page.roster_button.isVisible() and page.clinical_hint.isVisible()
    assert not page.writes_receipts()
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as blocker:
        page.import_roster_file(roster)
    assert blocker.args == ["roster", True]
    assert "Roster version" in page.summary.text()
    page.receipts_chooser = lambda _paths: pytest.fail("the clinical lead writes no receipts")
    wait_import(qtbot, page, lambda: page.start_import([held_file]))
    [row] = rows(page.results_table)
    assert row[1] == "Marta Nowak (Psych laptop)" and row[3] == "Imported"


def test_clear_empties_the_imports_page(
    qtbot: QtBot, org: Org, make_page: PageFactory[ImportsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 6")
    page = make_page(ImportsPage, org.hq)
    wait_import(qtbot, page, lambda: page.import_paths([new_bundle(laptop, org.tmp / "u")]))
    page.clear()
    assert page.session is None and page.outcomes == []
    assert page.results_table.rowCount() == page.quarantine_table.rowCount() == 0
    assert page.missing_list.count() == 0 and page.summary.text() == ""
    assert not page.files_button.isEnabled()


# -- Records at HQ -----------------------------------------------------------------------


def test_records_at_hq_and_the_history_of_one(
    qtbot: QtBot, org: Org, make_page: PageFactory[HqRecordsPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 7 (Kraków)")
    pid = records.save_draft(laptop, person()).record_id
    record_id = records.save_draft(laptop, interview(pid, narrative="Перше")).record_id
    sync_service.import_bundles(org.hq, [sync_service.export_bundle(laptop, org.tmp / "a").path])
    records.save_draft(laptop, interview(pid, narrative="Друге"), record_id)
    sync_service.import_bundles(org.hq, [sync_service.export_bundle(laptop, org.tmp / "b").path])

    page = make_page(HqRecordsPage, org.hq)
    current = sync_service.hq_records(org.hq)
    table = rows(page.table)
    assert len(table) == len(current) == 2
    row = next(i for i, r in enumerate(current) if r.record_id == record_id)
    assert table[row] == [current[row].case_number, "Olena Kovalenko (Laptop 7 (Kraków))",
                          "Interview", "2", "Draft", current[row].city,
                          current[row].interview_date]
    assert page.count.text() == "Records: 2"
    with qtbot.waitSignal(page.history_loaded, timeout=TIMEOUT) as blocker:
        page.table.selectRow(row)
    assert blocker.args == [record_id]
    history = rows(page.history_table)
    assert [h[0] for h in history] == ["1", "2"]
    assert [h[3] for h in history] == [h[3] for h in sync_service.hq_history(org.hq, record_id)]
    assert "Revisions at HQ: 2" in page.history_hint.text()
    page.clear()
    assert page.table.rowCount() == page.history_table.rowCount() == 0


# -- Languages ---------------------------------------------------------------------------


def hq_translation(language: str, context: str, source: str) -> str:
    tree = ET.parse(TS_DIR / f"hq_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError(source)


@pytest.mark.parametrize("language", ["uk", "pl"])
def test_the_hq_pages_follow_the_language(
    language: str, qtbot: QtBot, org: Org, make_page: PageFactory[Page],
    translations: Translations,
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 8")
    devices = make_page(DevicesPage, org.hq)
    imports = make_page(ImportsPage, org.hq)
    hq_records = make_page(HqRecordsPage, org.hq)
    translations.install(language)
    flush_language_change()
    assert devices.title() == hq_translation(language, "DevicesPage", "Devices")
    assert imports.title() == hq_translation(language, "ImportsPage", "Imports")
    assert hq_records.title() == hq_translation(language, "HqRecordsPage", "Records at HQ")
    status = {row[0]: row[3] for row in rows(devices.devices_table)}  # type: ignore[attr-defined]
    assert status["Olena Kovalenko"] == hq_translation(language, "DevicesPage", "Active")
