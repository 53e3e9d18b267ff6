"""The interview editor as an interviewer uses it: typing, clicking, choosing; real vaults.

Waits are on signals or ``qtbot.waitUntil``; nothing sleeps. The crash test runs the
editor in a child process (``editor_crash_child.py``) and kills it with SIGKILL.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.services import drafts, profiles, records
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.interviews import InterviewEditorPage
from fieldkit.ui.interviews.autosave import LATEST_MS
from fieldkit.ui.interviews.dialogs import ReasonDialog, ReinterviewWarning, SealConfirmation
from fieldkit.ui.interviews.history import HistoryDialog
from fieldkit.ui.page import PageContext
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE, make_profile
from tests.gui.conftest import TS_DIR
from tests.samples import interview as sample_interview
from tests.samples import person as sample_person

TIMEOUT = 10_000
CHILD = Path(__file__).resolve().parent / "editor_crash_child.py"
NARRATIVE = "Вони прийшли вранці 14 березня й забрали сусіда Миколу."


# -- helpers ----------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does; QTest.keyClicks knows only ASCII."""
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def choose(qtbot: QtBot, combo: QComboBox, code: str) -> None:
    """Pick ``code`` from a combo with the keyboard, as a user does: focus, Down ... ."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def click_item(qtbot: QtBot, view: QListWidget, row: int) -> None:
    item = view.item(row)
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualItemRect(item).center())


def show_step(qtbot: QtBot, page: InterviewEditorPage, index: int) -> None:
    """Ctrl+PgDown / Ctrl+PgUp until step ``index`` is shown."""
    if not page.isActiveWindow():  # a closed dialog leaves no active window offscreen
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT)
    for _ in range(len(page.steps)):
        if page.step_list.currentRow() == index:
            return
        key = Qt.Key.Key_PageDown if page.step_list.currentRow() < index else Qt.Key.Key_PageUp
        focus = page.focusWidget()
        if focus is None or not focus.isVisible() or not page.isAncestorOf(focus):
            focus = page.step_list
        qtbot.keyClick(focus, key, Qt.KeyboardModifier.ControlModifier)
    assert page.step_list.currentRow() == index


def editor_translation(language: str, context: str, source: str) -> str:
    tree = ET.parse(TS_DIR / f"interviews_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError((language, context, source))


@pytest.fixture
def context(interviewer: Session) -> Iterator[PageContext]:
    """A runner and translations like the window's; shut down before the vault locks."""
    del interviewer  # torn down after this fixture: the worker is idle by then
    runner = TaskRunner()
    yield PageContext(runner, Translations())
    runner.shutdown()


@pytest.fixture
def editor(
    qtbot: QtBot, context: PageContext, interviewer: Session
) -> Iterator[InterviewEditorPage]:
    page = InterviewEditorPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.open(interviewer)
    yield page
    page.clear()  # as a lock does: the last edit is queued, the forms emptied
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)


def fill_required(qtbot: QtBot, page: InterviewEditorPage, *, participation: bool = True) -> None:
    """Everything a sealed interview needs, entered step by step as a user would."""
    screening = page.area.screening
    qtbot.keyClicks(screening.case_number, "WAW-2026-0107")
    choose(qtbot, screening.purpose, "first_account")
    choose(qtbot, screening.decision, "proceed")

    show_step(qtbot, page, 2)
    consent = page.area.consent
    for code in ("who_we_are", "purpose", "storage", "right_to_withdraw"):
        click(qtbot, consent.explained[code].box)
    click(qtbot, consent.scopes["participation"].answer.yes if participation
          else consent.scopes["participation"].answer.no)
    click(qtbot, consent.scopes["storage"].answer.yes)
    click(qtbot, consent.scopes["audio_recording"].answer.no)
    choose(qtbot, consent.method, "oral")

    show_step(qtbot, page, 3)
    session = page.area.session_step
    click(qtbot, session.today)
    choose(qtbot, session.location_type, "shelter")
    type_text(session.city, "Przemyśl")

    show_step(qtbot, page, 4)
    identity = page.area.person.identity
    type_text(identity.name_cyrillic, "Оксана Мельник")
    qtbot.keyClicks(identity.name_latin, "Oksana Melnyk")
    qtbot.keyClicks(identity.date_of_birth, "1974-02-11")
    choose(qtbot, page.area.person.profile.age_band, "45-59")

    show_step(qtbot, page, 5)
    choose(qtbot, page.area.account.original_language, "uk")
    type_text(page.area.account.narrative, NARRATIVE)

    show_step(qtbot, page, 6)
    click(qtbot, page.area.incidents.incidents.add_button)
    card = page.area.incidents.incidents.rows()[0]
    type_text(card.description, "Затримання двох цивільних у дворі.")
    qtbot.keyClicks(card.date_from, "2022-03-14")
    click(qtbot, page.area.incidents.acts.add_button)
    act = page.area.incidents.acts.rows()[0]
    qtbot.keyClicks(act.picker.search, "tortur")
    click_item(qtbot, act.picker.results, 0)
    choose(qtbot, act.incident, card.incident_id)


def saved_interview(session: Session, record_id: str) -> Interview:
    body = records.load(session, record_id).body
    assert isinstance(body, Interview)
    return body


# -- the flows ---------------------------------------------------------------------------


def test_a_new_interview_is_typed_through_to_seal(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    editor.edit(None)
    record_id = editor.record_id
    assert record_id is not None
    assert not editor.ready.seal_button.isEnabled()
    fill_required(qtbot, editor)
    qtbot.waitUntil(editor.ready.seal_button.isEnabled, timeout=TIMEOUT)
    assert editor.ready.items.count() == 0

    click(qtbot, editor.ready.seal_button)
    box = editor.dialog
    assert isinstance(box, SealConfirmation)
    assert "read-only" in box.informativeText()
    click(qtbot, box.seal_button)
    qtbot.waitUntil(lambda: editor.status == "sealed", timeout=TIMEOUT)

    loaded = records.load(interviewer, record_id)
    assert loaded.status == "sealed"
    body = saved_interview(interviewer, record_id)
    assert body.case_number == "WAW-2026-0107"
    assert body.account.narrative == NARRATIVE
    assert body.consent.granted("participation")
    assert not body.consent.granted("audio_recording")
    assert all(answer.at for answer in body.consent.scopes)
    assert body.acts[0].category.startswith("rs-") and body.acts[0].incident_id
    assert body.session.present[0].name == "Olena Kovalenko"
    person = records.load(interviewer, body.person_id).body
    assert isinstance(person, Person)
    assert person.identity.full_name_latin == "Oksana Melnyk"
    assert person.profile.age_band == "45-59"
    assert drafts.open_draft(interviewer) is None
    # read-only from now on
    assert editor.area.account.narrative.isReadOnly()
    assert not editor.area.consent.scopes["participation"].answer.yes.isEnabled()
    assert editor.buttons.correct_button.isVisible()
    assert not editor.ready.seal_button.isVisible()


def test_missing_items_are_listed_and_sealing_is_refused_without_consent(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    editor.edit(None)
    fill_required(qtbot, editor, participation=False)
    qtbot.waitUntil(lambda: editor.ready.items.count() == 1, timeout=TIMEOUT)
    assert editor.ready.items.item(0).text() == "Consent to participate"
    assert not editor.ready.seal_button.isEnabled()
    assert editor.ready.reason.text() == "Cannot be sealed: there is no consent to participate."
    assert editor.area.consent.refused.isVisibleTo(editor.area.consent)

    click_item(qtbot, editor.ready.items, 0)  # takes you to the step
    assert editor.step_list.currentRow() == 2
    assert "*" in editor.step_list.item(2).text()

    editor.seal_flow.ask_to_seal()  # even forced, nothing is sealed
    assert editor.dialog is None
    assert "cannot be sealed" in editor.error.message
    record_id = editor.record_id
    assert record_id is not None
    qtbot.waitUntil(lambda: drafts.open_draft(interviewer) == record_id, timeout=TIMEOUT)
    assert records.load(interviewer, record_id).status == "draft"

    click(qtbot, editor.area.consent.scopes["participation"].answer.yes)
    qtbot.waitUntil(editor.ready.seal_button.isEnabled, timeout=TIMEOUT)


def test_an_empty_record_lists_every_required_item(
    qtbot: QtBot, editor: InterviewEditorPage
) -> None:
    editor.edit(None)
    texts = [editor.ready.items.item(i).text() for i in range(editor.ready.items.count())]
    assert "Case number" in texts and "The person giving the account" in texts
    assert "Who was present" not in texts  # the interviewer is filled in
    label = editor.area.screening._captions[0]
    assert label.text() == "Case number *"
    assert editor.area.screening.case_number.accessibleDescription() == "Required before sealing"


def test_every_change_is_a_draft_revision_within_two_seconds(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    editor.edit(None)
    record_id = editor.record_id
    assert record_id is not None
    show_step(qtbot, editor, 5)
    started = time.monotonic()
    with qtbot.waitSignal(editor.saved, timeout=2_000) as blocker:
        type_text(editor.area.account.narrative, "Вони прийшли")
    assert time.monotonic() - started < 2.0
    assert blocker.args == [record_id]
    [revision] = records.history(interviewer, record_id)
    assert revision.envelope.status == "draft"
    assert saved_interview(interviewer, record_id).account.narrative == "Вони прийшли"
    assert drafts.open_draft(interviewer) == record_id
    assert editor.header.save_state.text().startswith("Saved ")

    with qtbot.waitSignal(editor.saved, timeout=2_000):
        type_text(editor.area.account.narrative, " вранці")
    assert len(records.history(interviewer, record_id)) == 2


def test_someone_typing_without_a_pause_is_saved_within_two_seconds(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    editor.edit(None)
    record_id = editor.record_id
    assert record_id is not None
    typist = QTimer()
    typist.setInterval(150)  # faster than the idle timer: it never runs out
    typist.timeout.connect(lambda: type_text(editor.area.account.narrative, "a"))
    started = time.monotonic()
    typist.start()
    type_text(editor.area.account.narrative, "a")
    with qtbot.waitSignal(editor.saved, timeout=LATEST_MS + 500):
        pass
    typist.stop()
    assert time.monotonic() - started < 2.0
    assert saved_interview(interviewer, record_id).account.narrative.startswith("aa")


def test_a_killed_editor_loses_nothing_and_the_next_unlock_reopens_the_draft(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_profile()
    profile_id = session.info.id
    session.lock()
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE, "utf-8")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), profile_id, str(secret), NARRATIVE],
        stdout=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        line = _read_line(child, deadline=time.monotonic() + 60)
        assert line.startswith("SAVED "), line
        record_id = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    session = profiles.unlock(profile_id, PASSPHRASE)
    runner = TaskRunner()
    try:
        assert drafts.open_draft(session) == record_id
        assert saved_interview(session, record_id).account.narrative == NARRATIVE
        page = InterviewEditorPage(PageContext(runner, Translations()))
        qtbot.addWidget(page)
        page.open(session)
        with qtbot.waitSignal(page.resumed, timeout=TIMEOUT) as blocker:
            assert page.resume_draft()
        assert blocker.args == [record_id]
        assert page.record_id == record_id
        assert page.area.account.narrative.toPlainText() == NARRATIVE
        assert page.status == "draft"
        assert not page.area.account.narrative.isReadOnly()
    finally:
        runner.shutdown()
        session.lock()


def _read_line(child: subprocess.Popen[bytes], deadline: float) -> str:
    assert child.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], 0.5)
        if ready:
            return child.stdout.readline().decode("utf-8").strip()
        if child.poll() is not None:
            raise AssertionError(f"the child ended with {child.returncode}")
    raise AssertionError("the child never saved")


def test_resume_without_an_open_draft_shows_nothing(
    qtbot: QtBot, editor: InterviewEditorPage
) -> None:
    resumed: list[str] = []
    editor.resumed.connect(resumed.append)
    assert editor.resume_draft()
    qtbot.waitUntil(lambda: not editor.context.runner.busy, timeout=TIMEOUT)
    assert resumed == []
    assert editor.record_id is None


def test_a_person_interviewed_before_is_warned_about_before_the_interview(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    person_id = records.save_draft(interviewer, sample_person()).record_id
    earlier = sample_interview(person_id, case_number="WAW-2025-0042", date="2025-12-03")
    records.seal(interviewer, records.save_draft(interviewer, earlier).record_id)

    editor.edit(None)
    show_step(qtbot, editor, 4)
    identity = editor.area.person.identity
    qtbot.keyClicks(identity.name_latin, "HANNA  petrenko")  # case and spacing do not matter
    qtbot.keyClicks(identity.date_of_birth, "1961-04-02")
    qtbot.keyClick(identity.date_of_birth, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(editor.dialog, ReinterviewWarning), timeout=TIMEOUT)
    warning = editor.dialog
    assert isinstance(warning, ReinterviewWarning)
    assert warning.text() == (
        "This person was already interviewed on 2025-12-03 (case WAW-2025-0042). "
        "Interviewed by: you (this profile)."
    )
    assert warning.isVisible()
    assert editor.area.person.earlier.message == warning.text()  # it stays visible on the step

    click(qtbot, warning.back_button)
    assert editor.dialog is None
    assert editor.step_list.currentRow() == 0


def test_linking_a_recorded_person_warns_and_keeps_the_identity_hidden(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    person_id = records.save_draft(interviewer, sample_person()).record_id
    records.save_draft(interviewer, sample_interview(person_id, case_number="WAW-2025-0001"))
    editor.edit(None)
    step = editor.area.person
    qtbot.waitUntil(lambda: step.persons.count() == 2, timeout=TIMEOUT)
    show_step(qtbot, editor, 4)
    click(qtbot, step.linked_radio)
    step.persons.setCurrentIndex(1)
    step.persons.activated.emit(1)  # what picking the entry with the mouse sends
    qtbot.waitUntil(lambda: isinstance(editor.dialog, ReinterviewWarning), timeout=TIMEOUT)
    warning = editor.dialog
    assert isinstance(warning, ReinterviewWarning)
    assert "(case WAW-2025-0001)" in warning.text()
    click(qtbot, warning.continue_button)
    assert step.person_id == person_id
    assert not step.identity.isVisible() and step.hidden_box.isVisible()
    assert step.profile.pseudonym.text() == "Witness H"
    assert step.identity.name_latin.text() == ""

    click(qtbot, step.reveal_button)
    qtbot.waitUntil(step.identity.isVisible, timeout=TIMEOUT)
    assert step.identity.name_latin.text() == "Hanna Petrenko"


def test_a_correction_needs_a_reason_and_becomes_a_new_revision(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    person_id = records.save_draft(interviewer, sample_person()).record_id
    record_id = records.save_draft(interviewer, sample_interview(person_id)).record_id
    records.seal(interviewer, record_id)
    with qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        editor.edit(record_id)
    assert editor.status == "sealed"
    assert editor.area.account.translation.isReadOnly()
    assert editor.banner.message.startswith("This interview is sealed and read-only.")

    click(qtbot, editor.buttons.correct_button)
    translation = editor.area.account.translation
    assert not translation.isReadOnly()
    translation.setFocus()
    qtbot.keyClick(translation, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(translation, " Later: two soldiers, not three.")
    qtbot.waitUntil(editor.buttons.save_correction_button.isEnabled, timeout=TIMEOUT)
    click(qtbot, editor.buttons.save_correction_button)
    dialog = editor.dialog
    assert isinstance(dialog, ReasonDialog)
    assert not dialog.ok_button.isEnabled()  # no reason, no correction
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "The person corrected the number of soldiers.")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT):
        click(qtbot, dialog.ok_button)

    history = records.history(interviewer, record_id)
    assert [r.envelope.revision for r in history] == [1, 2, 3]
    latest = history[-1]
    assert latest.envelope.status == "sealed"
    assert latest.envelope.reason == "The person corrected the number of soldiers."
    assert isinstance(latest.body, Interview)
    assert latest.body.account.translation.endswith("Later: two soldiers, not three.")
    assert not editor.correcting and editor.area.account.translation.isReadOnly()

    click(qtbot, editor.buttons.history_button)
    qtbot.waitUntil(lambda: isinstance(editor.dialog, HistoryDialog), timeout=TIMEOUT)
    table = editor.dialog.table
    assert table.rowCount() == 3
    assert table.item(2, 4).text() == "The person corrected the number of soldiers."
    assert table.item(2, 5).text() == latest.hash
    assert QFontInfo(table.item(2, 5).font()).fixedPitch()  # hashes are compared by eye
    assert table.item(0, 2).text() == "Draft" and table.item(2, 2).text() == "Sealed"


def test_clear_saves_the_last_edit_and_leaves_no_testimony_anywhere(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session
) -> None:
    person_id = records.save_draft(interviewer, sample_person(code="P-7777")).record_id
    records.save_draft(interviewer, sample_interview(person_id, case_number="SECRET-0"))
    editor.edit(None)
    record_id = editor.record_id
    assert record_id is not None
    qtbot.keyClicks(editor.area.screening.case_number, "SECRET-1")
    type_text(editor.area.screening.risks_to_person, "SECRET risk")
    show_step(qtbot, editor, 4)
    type_text(editor.area.person.identity.name_latin, "Hanna Petrenko")
    qtbot.keyClicks(editor.area.person.identity.date_of_birth, "1961-04-02")
    qtbot.keyClick(editor.area.person.identity.date_of_birth, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.area.person.earlier.message != "", timeout=TIMEOUT)
    click(qtbot, editor.dialog.back_button)  # type: ignore[union-attr]
    show_step(qtbot, editor, 6)
    click(qtbot, editor.area.incidents.incidents.add_button)
    type_text(editor.area.incidents.incidents.rows()[0].description, "SECRET incident")
    type_text(editor.area.account.narrative, "SECRET account, the very last words")

    editor.flush()  # what the workspace does on lock: flush, then clear
    editor.clear()
    assert editor.session is None and editor.record_id is None
    for edit in editor.findChildren(QLineEdit):
        assert "SECRET" not in edit.text() and "Petrenko" not in edit.text()
        assert not edit.isUndoAvailable()
    for area in editor.findChildren(QPlainTextEdit):
        assert area.toPlainText() == "" and not area.document().isUndoAvailable()
    for label in editor.findChildren(QLabel):
        assert "SECRET" not in label.text() and "interviewed" not in label.text()
    for combo in editor.findChildren(QComboBox):
        assert all("P-7777" not in combo.itemText(i) for i in range(combo.count()))

    qtbot.waitUntil(lambda: not editor.context.runner.busy, timeout=TIMEOUT)
    stored = saved_interview(interviewer, record_id)
    assert stored.account.narrative == "SECRET account, the very last words"
    assert stored.incidents[0].description == "SECRET incident"


def test_keyboard_moves_between_steps_and_everything_has_a_name(
    qtbot: QtBot, editor: InterviewEditorPage
) -> None:
    editor.edit(None)
    after_steps = editor.step_list.nextInFocusChain()  # Tab from the steps goes to the form
    while not (after_steps.isVisible() and after_steps.focusPolicy() & Qt.FocusPolicy.TabFocus):
        after_steps = after_steps.nextInFocusChain()
    assert after_steps is editor.area.screening.case_number
    editor.area.screening.case_number.setFocus()
    qtbot.keyClick(editor.area.screening.case_number, Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert editor.step_list.currentRow() == 1
    show_step(qtbot, editor, len(editor.steps) - 1)
    assert not editor.buttons.next_button.isEnabled()
    show_step(qtbot, editor, 0)
    assert not editor.buttons.prev_button.isEnabled()
    for step in editor.steps:
        inputs: list[QWidget] = [*step.findChildren(QLineEdit), *step.findChildren(QPlainTextEdit),
                                 *step.findChildren(QComboBox)]
        for widget in inputs:
            if isinstance(widget.parent(), QComboBox) or not widget.isVisibleTo(step):
                continue
            assert widget.accessibleName(), f"{type(step).__name__}: {widget!r}"


def test_the_editor_speaks_ukrainian_and_polish(
    qtbot: QtBot, editor: InterviewEditorPage, context: PageContext
) -> None:
    editor.edit(None)
    try:
        for language in ("uk", "pl"):
            assert context.translations.install(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            expected = editor_translation(language, "ConsentStep", "Consent")
            assert editor.step_list.item(2).text().startswith(f"3. {expected}")
            assert editor.title() == editor_translation(language, "InterviewEditorPage",
                                                        "Interview")
            participation = editor.area.consent.scopes["participation"].label.text()
            assert participation.startswith({"uk": "Участь", "pl": "Udział"}[language])
    finally:
        context.translations.install("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
