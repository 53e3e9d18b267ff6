"""The field laptop's Sync page with real profiles: join, export (and cancel), receipts, purge."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot

from fieldkit.services import records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.page import PageContext
from fieldkit.ui.sync import SyncPage
from fieldkit.ui.sync.display import fingerprint_lines
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import TS_DIR, flush_language_change
from tests.samples import interview, person

TIMEOUT = 30_000


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


def enroll(org: Org, session: Session, device: str) -> None:
    sync_service.join(session, org.provisioning, device)
    request = org.tmp / f"request-{session.info.id}.fkq"
    sync_service.write_request(session, request, device)
    sync_service.receive_request(org.hq, request)
    sync_service.approve(org.hq, session.info.id)


def write_interviews(session: Session, count: int = 3) -> list[str]:
    pid = records.save_draft(session, person()).record_id
    return [
        records.save_draft(session, interview(pid, narrative=f"Свідчення {i}")).record_id
        for i in range(count)
    ]


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
def make_page(qtbot: QtBot, context: PageContext) -> Callable[[Session], SyncPage]:
    def build(session: Session) -> SyncPage:
        page = SyncPage(context)
        qtbot.addWidget(page)
        page.resize(900, 900)
        page.show()
        with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
            page.open(session)
        return page

    return build


def finish(qtbot: QtBot, page: SyncPage, action: Callable[[], None]) -> tuple[str, bool]:
    """Run ``action`` and wait until the page says it ended and has shown the new status."""
    got: list[tuple[str, bool]] = []

    def record(name: str, ok: bool) -> None:
        got.append((name, ok))

    page.finished.connect(record)
    try:
        with qtbot.waitSignals([page.finished, page.refreshed], timeout=TIMEOUT):
            action()
    finally:
        page.finished.disconnect(record)
    return got[0]


def bundles_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_status_and_export_with_progress(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 7 (Kraków)")
    write_interviews(laptop)
    pending = sync_service.pending(laptop)
    page = make_page(laptop)
    assert page.pending_revisions.text() == str(pending.revisions)
    assert page.pending_exhibits.text() == "0"
    assert page.last_receipt.text() == "None yet"
    assert page.bundles_written.text() == "0"
    assert page.enrolled_view.isVisible() and not page.join_view.isVisible()
    assert page.org_name.text() == "Documenting Together"
    assert page.device_name.text() == "Laptop 7 (Kraków)"
    assert page.export_button.isEnabled()

    seen: list[int] = []
    page.progress.valueChanged.connect(seen.append)
    stick = org.tmp / "usb"
    assert finish(qtbot, page, lambda: page.export_to(stick)) == ("export", True)
    assert page.last_export is not None
    assert bundles_in(stick) == [page.last_export.path.name]
    assert str(page.last_export.path) in page.result.text()
    assert len(seen) >= 2 and seen == sorted(seen) and 0 < max(seen) <= 1000
    assert not page.progress_area.isVisible()
    assert page.bundles_written.text() == "1"
    assert page.pending_revisions.text() == str(pending.revisions)  # not safe until a receipt


def test_cancel_in_the_middle_of_an_export_leaves_no_file(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 1")
    write_interviews(laptop, 4)
    page = make_page(laptop)
    stick = org.tmp / "usb"
    real_export = sync_service.export_bundle
    go_on = threading.Event()

    def held_after_the_first_step(
        session: Session, dest: Path, *, progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> sync_service.ExportResult:
        def step(done: int, total: int) -> None:
            progress(done, total)
            go_on.wait(TIMEOUT / 1000)  # the export is now half written, on the stick

        return real_export(session, dest, progress=step, cancelled=cancelled)

    monkeypatch.setattr(sync_service, "export_bundle", held_after_the_first_step)
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=TIMEOUT)
    assert bool(page.exporting) and page.progress_area.isVisible()
    assert [p.suffix for p in stick.iterdir()] == [".partial"]
    assert not page.export_button.isEnabled()

    def cancel() -> None:
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        assert not page.cancel_button.isEnabled()
        go_on.set()

    assert finish(qtbot, page, cancel) == ("export", False)
    assert bundles_in(stick) == []
    assert page.error.message == "Export cancelled; nothing was written."
    assert page.bundles_written.text() == "0"
    assert not page.exporting and page.export_button.isEnabled()


def test_receipt_import_makes_everything_safe_at_hq(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 2")
    write_interviews(laptop)
    page = make_page(laptop)
    assert page.pending_revisions.text() != "0"
    stick = org.tmp / "usb"
    finish(qtbot, page, lambda: page.export_to(stick))
    [outcome] = sync_service.import_bundles(org.hq, [stick], receipts_dir=org.tmp / "receipts")
    receipt = outcome.receipt
    assert receipt is not None

    applied: list[bool] = []
    page.receipt_applied.connect(lambda: applied.append(True))
    assert finish(qtbot, page, lambda: page.apply_receipt_file(receipt)) == (
        "receipt", True
    )
    assert page.pending_revisions.text() == "0"
    assert page.pending_exhibits.text() == "0"
    assert page.last_receipt.text() not in ("", "None yet")
    assert "now safe at HQ" in page.result.text()
    assert applied == [True]
    assert sync_service.pending(laptop).revisions == 0


def test_a_bad_receipt_is_refused_inline(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 3")
    write_interviews(laptop, 1)
    page = make_page(laptop)
    bad = org.tmp / "receipt.fkr"
    bad.write_bytes(b'{"document":{},"signature":"00"}')
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as blocker:
        page.apply_receipt_file(bad)
    assert blocker.args == ["receipt", False]
    assert page.error.isVisible()
    assert page.error.message.startswith("The receipt was not accepted.")
    assert page.receipt_button.isEnabled()


def test_join_shows_the_hq_fingerprint_and_writes_the_request(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    page = make_page(laptop)
    assert page.join_view.isVisible() and not page.enrolled_view.isVisible()
    assert not page.export_button.isEnabled()
    assert not page.provisioning_panel.isVisible()

    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as blocker:
        page.load_provisioning(org.provisioning)
    assert blocker.args == ["provisioning", True]
    hq_fingerprint = sync_service.current_org(org.hq).hq_fingerprint  # type: ignore[union-attr]
    assert page.shown_hq_fingerprint() == hq_fingerprint
    assert page.provisioning_fingerprint.text() == fingerprint_lines(hq_fingerprint)
    assert "\n" in page.provisioning_fingerprint.text()  # two lines of four groups
    shown = page.provisioning_fingerprint.font()
    assert QFontInfo(shown).fixedPitch()
    assert shown.pointSizeF() > page.font().pointSizeF() * 1.3
    assert page.provisioning_panel.isVisible()
    assert "Documenting Together" in page.provisioning_org.text()

    assert not page.confirm_join_button.isEnabled()  # neither a name nor the tick yet
    page.device_edit.setText("Laptop 9 (Warszawa)")
    assert not page.confirm_join_button.isEnabled()
    box = page.matches_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert page.matches_check.isChecked() and page.confirm_join_button.isEnabled()

    request = org.tmp / "laptop-request.fkq"
    assert finish(qtbot, page, lambda: page.join_with(org.provisioning, request)) == (
        "join", True
    )
    assert request.exists() and page.request_written == request
    assert page.request_panel.isVisible()
    assert page.request_fingerprint.text() == fingerprint_lines(laptop.fingerprint)
    assert page.enrolled_view.isVisible() and not page.join_view.isVisible()
    assert page.hq_fingerprint.text() == hq_fingerprint
    assert page.own_fingerprint.text() == laptop.fingerprint
    assert page.device_name.text() == "Laptop 9 (Warszawa)"
    assert sync_service.receive_request(org.hq, request)["fingerprint"] == laptop.fingerprint


def test_join_needs_the_fingerprint_confirmed(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    page = make_page(laptop)
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT):
        page.load_provisioning(org.provisioning)
    page.device_edit.setText("Laptop 4")
    page.join_with(org.provisioning, org.tmp / "r.fkq")
    assert "The fingerprint matches" in page.org_error.message
    assert sync_service.current_org(laptop) is None
    assert not (org.tmp / "r.fkq").exists()


def test_a_damaged_provisioning_file_is_refused(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    page = make_page(make_profile())
    data = bytearray(org.provisioning.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = org.tmp / "damaged.fkp"
    damaged.write_bytes(bytes(data))
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as blocker:
        page.load_provisioning(damaged)
    assert blocker.args == ["provisioning", False]
    assert page.org_error.isVisible() and not page.provisioning_panel.isVisible()


def test_a_clinical_lead_can_write_the_request_before_the_organisation_exists(
    qtbot: QtBot, make_page: Callable[[Session], SyncPage], tmp_path: Path
) -> None:
    lead = make_profile("clinical_lead", "Dr Iryna Bondar")
    page = make_page(lead)
    assert page.request_only_button.isVisible() and page.clinical_note.isVisible()
    assert not page.status_box.isVisible() and not page.purge_box.isVisible()
    page.device_edit.setText("HQ clinical laptop")
    out = tmp_path / "lead.fkq"
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as blocker:
        page.write_request_to(out)
    assert blocker.args == ["request", True]
    assert out.exists()
    assert page.request_fingerprint.text() == fingerprint_lines(lead.fingerprint)


def test_purge_policy_selector(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 5")
    page = make_page(laptop)
    assert page.policy_value() == "off" and not page.days_spin.isVisible()
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT) as blocker:
        page.set_policy("after_receipt")
    assert blocker.args == ["policy", True]
    assert sync_service.purge_policy(laptop) == "after_receipt"

    assert page.policy_combo.currentData() == "after_receipt"  # the selector follows
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT):
        qtbot.keyClick(page.policy_combo, Qt.Key.Key_Down)  # the person picks "and N days"
    assert page.days_spin.isVisible()
    assert sync_service.purge_policy(laptop) == "after_receipt_days:30"
    with qtbot.waitSignal(page.finished, timeout=TIMEOUT):
        page.days_spin.setValue(14)
    assert sync_service.purge_policy(laptop) == "after_receipt_days:14"
    assert page.policy_saved.text() == "Saved."

    again = make_page(laptop)
    assert again.policy_combo.currentData() == "after_receipt_days"
    assert again.days_spin.value() == 14 and again.days_spin.isVisible()
    assert again.policy_value() == "after_receipt_days:14"


def test_clear_empties_every_label(
    qtbot: QtBot, org: Org, make_page: Callable[[Session], SyncPage]
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 6")
    write_interviews(laptop, 1)
    page = make_page(laptop)
    finish(qtbot, page, lambda: page.export_to(org.tmp / "usb"))
    page.clear()
    assert page.session is None and page.snapshot is None
    for label in (page.org_name, page.device_name, page.hq_fingerprint, page.own_fingerprint,
                  page.pending_revisions, page.bundles_written, page.result,
                  page.request_fingerprint, page.provisioning_fingerprint):
        assert label.text() == ""
    assert not page.export_button.isEnabled()
    assert not page.enrolled_view.isVisible() and not page.join_view.isVisible()


def sync_translation(language: str, context: str, source: str) -> str:
    tree = ET.parse(TS_DIR / f"sync_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError(source)


@pytest.mark.parametrize("language", ["uk", "pl"])
def test_the_page_follows_the_language(
    language: str, org: Org, make_page: Callable[[Session], SyncPage],
    translations: Translations,
) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 8")
    page = make_page(laptop)
    translations.install(language)
    flush_language_change()
    assert page.title() == sync_translation(language, "SyncPage", "Sync")
    assert page.export_button.text() == sync_translation(language, "SyncPage", "Export to USB…")
    assert page.last_receipt.text() == sync_translation(language, "SyncPage", "None yet")
    assert page.org_name.text() == "Documenting Together"  # data stays as it was written


def test_lock_during_an_export_stops_it_and_leaves_nothing(
    qtbot: QtBot, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.services.profiles import KdfParams
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.prefs import Prefs
    from tests.gui.test_start import unlock

    laptop = make_profile()
    enroll(org, laptop, "Laptop 10")
    write_interviews(laptop, 4)
    laptop.lock()
    org.hq.lock()
    org.clinical.lock()
    translations = Translations()
    win = MainWindow(translations, Prefs(), kdf_params=KdfParams.floor(),
                     factories={"interviewer": [SyncPage]})
    qtbot.addWidget(win)
    win.show()
    win.unlock_screen.list_view.setCurrentIndex(
        win.unlock_screen.model.index(win.unlock_screen.model.row_of(laptop.info.id))
    )
    unlock(qtbot, win)
    page = win.workspace.page_of(SyncPage)
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=TIMEOUT)

    real_export = sync_service.export_bundle
    go_on = threading.Event()

    def held(session: Session, dest: Path, *, progress: Callable[[int, int], None],
             cancelled: Callable[[], bool]) -> sync_service.ExportResult:
        def step(done: int, total: int) -> None:
            progress(done, total)
            go_on.wait(TIMEOUT / 1000)

        return real_export(session, dest, progress=step, cancelled=cancelled)

    monkeypatch.setattr(sync_service, "export_bundle", held)
    stick = org.tmp / "usb"
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        win.lock()
        go_on.set()
    assert bundles_in(stick) == []
    assert win.workspace.pages == []
    win.close()
