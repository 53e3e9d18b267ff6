"""The People page with a real interviewer profile: list, audited reveal, clearing."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.domain import vocabulary
from fieldkit.services import records
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.page import PageContext
from fieldkit.ui.people import PeoplePage
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import flush_language_change
from tests.samples import person

TIMEOUT = 30_000


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
def session() -> Iterator[Session]:
    opened = make_profile()
    yield opened
    opened.lock()


@pytest.fixture
def make_page(qtbot: QtBot, context: PageContext) -> Callable[[Session], PeoplePage]:
    def build(session: Session) -> PeoplePage:
        page = PeoplePage(context)
        qtbot.addWidget(page)
        page.resize(900, 700)
        page.show()
        with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
            page.open(session)
        return page

    return build


def reveals(session: Session) -> int:
    row = session.vault.conn.execute(
        "SELECT count(*) FROM audit WHERE event='identity.revealed'"
    ).fetchone()
    return int(row[0])


def cells(page: PeoplePage) -> list[list[str]]:
    table = page.table
    return [
        [
            item.text() if (item := table.item(row, column)) is not None else ""
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def test_the_list_shows_the_profile_but_no_identity(
    session: Session, make_page: Callable[[Session], PeoplePage]
) -> None:
    records.save_draft(session, person())
    page = make_page(session)
    assert page.title() == "People"
    label = {
        name: vocabulary.closed_list(name).get(code).label("en")
        for name, code in (("age_band", "60-74"), ("gender", "female"), ("witness_type", "victim"))
    }
    assert cells(page) == [
        ["P-0042", "Witness H", label["age_band"], label["gender"], label["witness_type"], "0"]
    ]
    shown = " ".join(" ".join(row) for row in cells(page))
    assert "Ганна" not in shown and "Hanna" not in shown
    assert page.identity_text() == ""
    assert not page.reveal_button.isEnabled()
    assert reveals(session) == 0


def test_a_confirmed_reveal_shows_the_identity_and_is_audited(
    qtbot: QtBot, session: Session, make_page: Callable[[Session], PeoplePage]
) -> None:
    pid = records.save_draft(session, person()).record_id
    page = make_page(session)
    assert page.select_person(pid)
    assert page.reveal_button.isEnabled()
    with qtbot.waitSignal(page.revealed, timeout=TIMEOUT) as signal:
        assert page.reveal_selected(confirm=lambda: True)
    assert signal.args == [pid]
    text = page.identity_text()
    assert "Ганна Петренко" in text
    assert "Hanna Petrenko" in text
    assert "1961-04-02" in text
    assert "Signal via shelter staff" in text
    assert reveals(session) == 1


def test_a_refused_reveal_shows_nothing_and_writes_nothing(
    qtbot: QtBot, session: Session, make_page: Callable[[Session], PeoplePage]
) -> None:
    pid = records.save_draft(session, person()).record_id
    page = make_page(session)
    page.select_person(pid)
    assert not page.reveal_selected(confirm=lambda: False)
    # Anything queued would have run before this refresh on the one worker thread.
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.refresh()
    assert page.identity_text() == ""
    assert reveals(session) == 0


def test_selecting_another_person_hides_the_identity(
    qtbot: QtBot, session: Session, make_page: Callable[[Session], PeoplePage]
) -> None:
    first = records.save_draft(session, person()).record_id
    second = records.save_draft(
        session, person("Олег Іваненко", "Oleh Ivanenko", "1980-01-01", "P-0043")
    ).record_id
    page = make_page(session)
    assert page.table.rowCount() == 2
    page.select_person(first)
    with qtbot.waitSignal(page.revealed, timeout=TIMEOUT):
        page.reveal_selected(confirm=lambda: True)
    assert "Ганна" in page.identity_text()
    page.select_person(second)
    assert page.identity_text() == ""
    assert page.identity is None


def test_clear_empties_the_identity_and_the_table(
    qtbot: QtBot, session: Session, make_page: Callable[[Session], PeoplePage]
) -> None:
    pid = records.save_draft(session, person()).record_id
    page = make_page(session)
    page.select_person(pid)
    with qtbot.waitSignal(page.revealed, timeout=TIMEOUT):
        page.reveal_selected(confirm=lambda: True)
    page.clear()
    assert page.session is None
    assert page.identity_text() == ""
    assert page.identity is None
    assert page.table.rowCount() == 0
    assert page.persons == []
    assert not page.reveal_button.isEnabled()
    assert not page.reveal_selected(confirm=lambda: True)
