"""The Notes page as a psychologist uses it, and the separation from interviewer profiles.

Real vaults (one per profile under the test's FIELDKIT_HOME), the real task
runner; waits are on the page's signals, nothing sleeps.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from fieldkit.domain import vocabulary
from fieldkit.domain.interview import Referral
from fieldkit.domain.notes import SessionNote
from fieldkit.errors import NotPermitted, RecordNotFound
from fieldkit.services import notes as notes_service
from fieldkit.services import profiles, records, reports
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.interview_list.list_page import InterviewListPage
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.notes import NotesPage
from fieldkit.ui.page import PageContext
from fieldkit.ui.people import PeoplePage
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE, make_profile
from tests.gui.conftest import flush_language_change
from tests.gui.test_start import type_text, unlock
from tests.samples import interview, person

TIMEOUT = 30_000
SECRET = "Кошмари щоночі, безсоння"  # what the psychologist writes; no interviewer may find it
PageFactory = Callable[[Session], NotesPage]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def translations() -> Iterator[Translations]:
    chosen = Translations()
    yield chosen
    chosen.install("en")
    flush_language_change()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def make_page(qtbot: QtBot, runner: TaskRunner, translations: Translations) -> PageFactory:
    def build(session: Session) -> NotesPage:
        page = NotesPage(PageContext(runner, translations))
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
            page.open(session)
        return page

    return build


def type_note(qtbot: QtBot, page: NotesPage, code: str, observations: str) -> None:
    """What a psychologist does: New note, code, observations, risk level, a referral."""
    qtbot.mouseClick(page.new_button, LEFT)
    editor = page.editor
    code_edit = editor.person_code.lineEdit()
    assert code_edit is not None
    qtbot.keyClicks(code_edit, code)
    type_text(editor.observations, observations)
    editor.risk_level.setCurrentIndex(editor.risk_level.findData("high"))
    qtbot.keyClicks(editor.recommendations, "Weekly sessions")
    qtbot.mouseClick(editor.referrals.add_button, LEFT)
    row = editor.referrals.rows()[0]
    qtbot.keyClicks(row.to, "Psychiatrist, Krakow")
    qtbot.keyClicks(row.when, "2026-12-05")


def click_row(qtbot: QtBot, page: NotesPage, record_id: str) -> None:
    row = page.shown_ids().index(record_id)
    item = page.table.item(row, 0)
    assert item is not None
    rect = page.table.visualItemRect(item)
    with qtbot.waitSignal(page.opened, timeout=TIMEOUT):
        qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())


def cells(page: NotesPage) -> list[list[str]]:
    return [
        [(item.text() if (item := page.table.item(r, c)) is not None else "")
         for c in range(page.table.columnCount())]
        for r in range(page.table.rowCount())
    ]


def test_a_typed_note_is_autosaved_reopened_and_read_only_once_sealed(
    qtbot: QtBot, psychologist: Session, make_page: PageFactory
) -> None:
    page = make_page(psychologist)
    assert not page.editor.isEnabled()  # nothing open yet
    type_note(qtbot, page, "P-0042", SECRET)
    with qtbot.waitSignal(page.saved, timeout=TIMEOUT) as saved:
        pass  # no Save button: the autosave timer fires by itself
    [record_id] = saved.args
    stored = notes_service.open_note(psychologist, record_id)
    assert stored.status == "draft"
    assert stored.note == SessionNote(
        person_code="P-0042",
        session_date=page.editor.session_date.text(),
        observations=SECRET,
        risk_level="high",
        recommendations="Weekly sessions",
        referrals=(Referral(to="Psychiatrist, Krakow", when="2026-12-05"),),
    )
    assert len(stored.note.session_date) == 10  # today, filled in for a new note
    qtbot.waitUntil(lambda: page.shown_ids() == [record_id], timeout=TIMEOUT)
    assert cells(page) == [["P-0042", stored.note.session_date, "High", "Draft"]]

    # Another note, then back to the first: everything is shown as stored.
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.editor.observations.toPlainText() == ""
    click_row(qtbot, page, record_id)
    editor = page.editor
    assert editor.person_code.currentText() == "P-0042"
    assert editor.observations.toPlainText() == SECRET
    assert editor.risk_level.currentText() == "High"
    assert editor.referrals.rows()[0].to.text() == "Psychiatrist, Krakow"
    assert not editor.observations.isReadOnly() and page.seal_button.isEnabled()

    # Sealing asks first; Cancel leaves the draft as it was.
    assert not page.seal_current(confirm=lambda: False)
    assert notes_service.open_note(psychologist, record_id).status == "draft"

    def answer_seal() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [seal] = [b for b in box.buttons() if b.text() == "Seal"]
        seal.click()

    QTimer.singleShot(0, answer_seal)
    with qtbot.waitSignal(page.sealed, timeout=TIMEOUT):
        qtbot.mouseClick(page.seal_button, LEFT)
    assert notes_service.open_note(psychologist, record_id).status == "sealed"
    assert editor.observations.isReadOnly() and editor.recommendations.isReadOnly()
    assert not editor.person_code.isEnabled() and not editor.risk_level.isEnabled()
    assert not editor.referrals.add_button.isEnabled() and not page.seal_button.isEnabled()
    type_text(editor.observations, " more")
    assert editor.observations.toPlainText() == SECRET
    qtbot.waitUntil(lambda: cells(page) and cells(page)[0][3] == "Sealed", timeout=TIMEOUT)
    assert len(notes_service.note_history(psychologist, record_id)) == 2


def test_ctrl_n_starts_a_note_and_sealing_needs_the_code_and_a_full_date(
    qtbot: QtBot, psychologist: Session, make_page: PageFactory
) -> None:
    page = make_page(psychologist)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.isEnabled() and page.editor.person_code.hasFocus()
    type_text(page.editor.observations, "Перша зустріч")
    assert not page.seal_current(confirm=lambda: True)
    assert "person code" in page.message.message
    code_edit = page.editor.person_code.lineEdit()
    assert code_edit is not None
    qtbot.keyClicks(code_edit, "P-0007")
    page.editor.session_date.setText("2026-11")
    assert not page.seal_current(confirm=lambda: True)
    page.editor.session_date.setText("2026-11-30")
    with qtbot.waitSignal(page.sealed, timeout=TIMEOUT) as sealed:
        assert page.seal_current(confirm=lambda: True)  # the pending draft is saved first
    opened = notes_service.open_note(psychologist, sealed.args[0])
    assert opened.status == "sealed" and opened.note.observations == "Перша зустріч"
    assert opened.note.session_date == "2026-11-30"


def test_the_filter_narrows_the_list_by_person_code(
    qtbot: QtBot, psychologist: Session, make_page: PageFactory
) -> None:
    ids = {
        code: notes_service.save_note(
            psychologist, SessionNote(person_code=code, session_date=day)
        ).record_id
        for code, day in (("P-0042", "2026-11-30"), ("P-0007", "2026-11-29"),
                          ("K-0420", "2026-11-28"))
    }
    records.save_draft(psychologist, person(code="P-0100"))
    page = make_page(psychologist)
    assert page.shown_ids() == [ids["P-0042"], ids["P-0007"], ids["K-0420"]]  # newest first
    qtbot.keyClicks(page.filter_edit, "p-00")
    assert page.shown_ids() == [ids["P-0042"], ids["P-0007"]]
    qtbot.keyClicks(page.filter_edit, "42")
    assert page.shown_ids() == [ids["P-0042"]]
    page.filter_edit.clear()
    assert len(page.shown_ids()) == 3
    # The code list offers the profile's persons and the codes of earlier notes.
    combo = page.editor.person_code
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "K-0420", "P-0007", "P-0042", "P-0100"]
    qtbot.mouseClick(page.new_button, LEFT)
    combo.setFocus()
    for _ in range(4):  # down the list to the person of this profile
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "P-0100"
    with qtbot.waitSignal(page.saved, timeout=TIMEOUT) as saved:
        pass
    assert notes_service.load_note(psychologist, saved.args[0]).person_code == "P-0100"


def test_risk_levels_and_statuses_follow_the_ui_language(
    qtbot: QtBot, psychologist: Session, make_page: PageFactory, translations: Translations
) -> None:
    notes_service.save_note(
        psychologist, SessionNote(person_code="P-0042", session_date="2026-11-30",
                                  risk_level="acute"))
    page = make_page(psychologist)
    translations.install("uk")
    flush_language_change()
    acute = vocabulary.closed_list("risk_level").get("acute")
    draft = vocabulary.closed_list("record_status").get("draft")
    assert cells(page)[0][2:] == [acute.label("uk"), draft.label("uk")]
    combo = page.editor.risk_level
    assert combo.itemText(combo.findData("acute")) == acute.label("uk")
    assert page.new_button.text() != "New note"


def test_clear_wipes_every_widget_and_drops_the_session(
    qtbot: QtBot, psychologist: Session, make_page: PageFactory
) -> None:
    page = make_page(psychologist)
    type_note(qtbot, page, "P-0042", SECRET)
    with qtbot.waitSignal(page.saved, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=TIMEOUT)
    qtbot.keyClicks(page.filter_edit, "P-")
    type_text(page.editor.observations, " and more")  # pending: clear() saves it first
    page.clear()
    assert page.session is None and page.table.rowCount() == 0 and page.rows == []
    assert page.editor.person_code.count() == 0 and not page.editor.isEnabled()
    assert page.editor.referrals.rows() == []
    for edit in page.findChildren(QLineEdit):
        assert edit.text() == "" and not edit.isUndoAvailable()
    for area in page.findChildren(QPlainTextEdit):
        assert area.toPlainText() == "" and not area.document().isUndoAvailable()
    qtbot.waitUntil(
        lambda: notes_service.list_notes(psychologist)
        and notes_service.load_note(
            psychologist, notes_service.list_notes(psychologist)[0].record_id
        ).observations == SECRET + " and more",
        timeout=TIMEOUT,
    )


# -- psychologist separation, as a user ---------------------------------------------------


def choose_profile(win: MainWindow, profile_id: str) -> None:
    screen = win.unlock_screen
    for row in range(screen.model.rowCount()):
        index = screen.model.index(row)
        screen.list_view.setCurrentIndex(index)
        chosen = screen.selected()
        if chosen is not None and chosen.id == profile_id:
            return
    raise AssertionError(f"profile {profile_id} is not listed")


def search(qtbot: QtBot, listing: InterviewListPage, text: str) -> list[str]:
    listing.search_edit.clear()
    qtbot.waitUntil(lambda: not listing.model.is_searching() and not listing.model.is_loading(),
                    timeout=TIMEOUT)
    with qtbot.waitSignal(listing.model.loaded, timeout=TIMEOUT):
        type_text(listing.search_edit, text)
    qtbot.waitUntil(lambda: not listing.model.is_loading(), timeout=TIMEOUT)
    return listing.model.record_ids()


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_an_interviewer_never_sees_or_exports_a_psychologists_notes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    lawyer = make_profile("interviewer", "Olena Kovalenko")
    person_id = records.save_draft(lawyer, person()).record_id  # P-0042, like the note
    interview_id = records.save_draft(
        lawyer, interview(person_id, narrative="Вони прийшли вранці до підвалу.")).record_id
    lawyer_id = lawyer.info.id
    lawyer.lock()
    psych = make_profile("psychologist", "Marta Nowak")
    psych_id = psych.info.id
    psych.lock()

    win = make_window()
    choose_profile(win, psych_id)
    unlock(qtbot, win)
    notes_page = win.workspace.pages[0]
    assert isinstance(notes_page, NotesPage)
    assert [type(p) for p in win.workspace.pages][1] is PeoplePage
    type_note(qtbot, notes_page, "P-0042", SECRET)
    with qtbot.waitSignal(notes_page.saved, timeout=TIMEOUT) as saved:
        pass
    [note_id] = saved.args
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        win.lock()

    choose_profile(win, lawyer_id)
    unlock(qtbot, win)
    kinds = [type(page) for page in win.workspace.pages]
    assert NotesPage not in kinds
    listing = win.workspace.page_of(InterviewListPage)
    assert isinstance(listing, InterviewListPage)
    qtbot.waitUntil(lambda: listing.model.record_ids() == [interview_id], timeout=TIMEOUT)
    assert search(qtbot, listing, "підвалу") == [interview_id]  # the search works here
    for word in ("Кошмари", "безсоння", "Psychiatrist"):
        assert search(qtbot, listing, word) == []
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        win.lock()

    # The services refuse notes to an interviewer profile outright.
    session = profiles.unlock(lawyer_id, PASSPHRASE)
    try:
        with pytest.raises(NotPermitted):
            notes_service.list_notes(session)
        with pytest.raises(NotPermitted):
            notes_service.person_codes(session)
        with pytest.raises(NotPermitted):
            notes_service.save_note(session, SessionNote(person_code="P-0042"))
        with pytest.raises((NotPermitted, RecordNotFound)):
            notes_service.open_note(session, note_id)
        assert SECRET not in " ".join(
            str(r) for r in records.search_interviews(session, "Кошмари"))

        # Exports: the interview's PDF and the bundle for HQ hold no note.
        pdf = tmp_path / "interview.pdf"
        reports.export_interview_pdf(session, interview_id, pdf, language="uk",
                                     redaction="pseudonymised")
        text = pdftotext(pdf)
        assert "підвалу" in text
        assert "Кошмари" not in text and "безсоння" not in text and "Psychiatrist" not in text
        hq = make_profile("coordinator", "Warsaw HQ")
        clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
        try:
            request = tmp_path / "clinical.fkq"
            sync_service.write_request(clinical, request, "HQ clinical laptop")
            provisioning = tmp_path / "provisioning.fkp"
            sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
            sync_service.join(session, provisioning, "Laptop 7")
            lawyer_request = tmp_path / "lawyer.fkq"
            sync_service.write_request(session, lawyer_request, "Laptop 7")
            sync_service.receive_request(hq, lawyer_request)
            sync_service.approve(hq, lawyer_id)
            stick = tmp_path / "usb"
            stick.mkdir()
            bundle = sync_service.export_bundle(session, stick).path
            [outcome] = sync_service.import_bundles(hq, [bundle])
            assert outcome.status == "imported", outcome.message
            at_hq = {r.record_id: r for r in sync_service.hq_records(hq)}
            assert interview_id in at_hq and note_id not in at_hq
        finally:
            hq.lock()
            clinical.lock()
    finally:
        session.lock()
    # The note itself is still the psychologist's.
    own = profiles.unlock(psych_id, PASSPHRASE)
    try:
        assert notes_service.load_note(own, note_id).observations == SECRET
    finally:
        own.lock()


def test_a_sealed_note_is_corrected_with_a_reason_or_left_as_it_was(
    qtbot: QtBot, psychologist: Session, make_page: PageFactory
) -> None:
    note = SessionNote(person_code="P-0007", session_date="2026-11-30", observations=SECRET)
    record_id = notes_service.save_note(psychologist, note).record_id
    notes_service.seal_note(psychologist, record_id)
    page = make_page(psychologist)
    qtbot.waitUntil(lambda: page.shown_ids() == [record_id], timeout=TIMEOUT)
    click_row(qtbot, page, record_id)
    editor, correction = page.editor, page.correction
    assert editor.observations.isReadOnly() and not page.seal_button.isVisible()
    assert correction.start_button.isVisible() and not correction.cancel_button.isVisible()

    # Begun, typed, cancelled: the sealed note is shown again and nothing was stored.
    qtbot.mouseClick(correction.start_button, LEFT)
    assert not editor.observations.isReadOnly() and correction.cancel_button.isVisible()
    type_text(editor.observations, " typo")
    with qtbot.waitSignal(page.opened, timeout=TIMEOUT):
        qtbot.mouseClick(correction.cancel_button, LEFT)
    assert editor.observations.toPlainText() == SECRET and editor.observations.isReadOnly()
    assert len(notes_service.note_history(psychologist, record_id)) == 2

    # Begun, typed, saved with a reason: a new sealed revision that says why.
    qtbot.mouseClick(correction.start_button, LEFT)
    editor.observations.moveCursor(editor.observations.textCursor().MoveOperation.End)
    type_text(editor.observations, " (two sessions)")
    qtbot.mouseClick(correction.start_button, LEFT)  # now "Save the correction…"
    dialog = correction.dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()  # a reason is required
    type_text(dialog.reason_edit, "The date range was wrong")
    with qtbot.waitSignal(page.corrected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not correction.active and editor.observations.isReadOnly(),
                    timeout=TIMEOUT)
    history = notes_service.note_history(psychologist, record_id)
    assert [h.envelope.status for h in history] == ["draft", "sealed", "sealed"]
    assert history[-1].envelope.reason == "The date range was wrong"
    stored = notes_service.load_note(psychologist, record_id)
    assert stored.observations == SECRET + " (two sessions)"


def test_only_a_psychologist_can_correct_a_note(
    psychologist: Session, interviewer: Session
) -> None:
    note = SessionNote(person_code="P-0007", session_date="2026-11-30", observations="x")
    record_id = notes_service.save_note(psychologist, note).record_id
    notes_service.seal_note(psychologist, record_id)
    with pytest.raises(NotPermitted):
        notes_service.correct_note(interviewer, record_id, note, "reason")
