"""The interview list as a person uses it: scroll, sort, filter, search, open, lock.

The profile is real: ``services.demo.populate`` fills it once per module with 60
sample interviews, and each test unlocks its own copy. Waits are on the model's
``loaded`` and ``failed`` signals; nothing sleeps.
"""

from __future__ import annotations

import dataclasses
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldkit import paths
from fieldkit.domain import vocabulary
from fieldkit.domain.interview import Interview
from fieldkit.errors import VaultLocked
from fieldkit.services import demo, profiles, records
from fieldkit.services.records import InterviewFilter
from fieldkit.services.session import Session
from fieldkit.ui.i18n import Translations
from fieldkit.ui.interview_list.list_model import (
    COLUMN_CASE,
    COLUMN_CATEGORIES,
    COLUMN_CITY,
    COLUMN_DATE,
    COLUMN_STATUS,
    ID_ROLE,
)
from fieldkit.ui.interview_list.list_page import InterviewListPage
from fieldkit.ui.messages import describe
from fieldkit.ui.page import PageContext
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE, make_profile
from tests.gui.conftest import TS_DIR, flush_language_change
from tests.gui.test_start import type_text

DEMO_COUNT = 60
TIMEOUT = 30_000
ALL = 10_000  # a limit larger than any profile here
PageFactory = Callable[[], InterviewListPage]


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A profile with the demo interviews, made once; tests copy it."""
    root = tmp_path_factory.mktemp("demo-profiles")
    session = profiles.create_profile("Olena Kovalenko", "interviewer", PASSPHRASE,
                                      params=profiles.KdfParams.floor(), root=root)
    try:
        demo.populate(session, DEMO_COUNT)
    finally:
        session.lock()
    return root, session.info.id


@pytest.fixture
def session(demo_profile: tuple[Path, str]) -> Iterator[Session]:
    root, profile_id = demo_profile
    shutil.copytree(root / profile_id, paths.profiles_dir() / profile_id)
    unlocked = profiles.unlock(profile_id, PASSPHRASE)
    yield unlocked
    unlocked.lock()


@pytest.fixture
def translations(qtbot: QtBot) -> Iterator[Translations]:
    chosen = Translations()
    chosen.install("en")
    yield chosen
    chosen.install("en")
    flush_language_change()


@pytest.fixture
def make_page(qtbot: QtBot, translations: Translations) -> Iterator[PageFactory]:
    runner = TaskRunner()
    made: list[InterviewListPage] = []

    def build() -> InterviewListPage:
        page = InterviewListPage(PageContext(runner, translations))
        qtbot.addWidget(page)
        page.resize(900, 420)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        made.append(page)
        return page

    yield build
    for page in made:
        page.clear()
    runner.shutdown()


def opened(qtbot: QtBot, page: InterviewListPage, session: Session) -> InterviewListPage:
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        page.open(session)
    return page


def click_header(qtbot: QtBot, page: InterviewListPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def sorted_by(qtbot: QtBot, page: InterviewListPage, column: int) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        click_header(qtbot, page, column)


def fetch_all(qtbot: QtBot, page: InterviewListPage) -> list[int]:
    """Scroll to the end until nothing more comes; the row count after each page."""
    counts = [page.model.rowCount()]
    while page.model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
            page.table.scrollToBottom()
            if not page.model.is_loading():  # the bar was already at its end: scroll the rest
                page.table.verticalScrollBar().setValue(0)
                page.table.scrollToBottom()
        counts.append(page.model.rowCount())
    return counts


def expected_ids(session: Session, **query: object) -> list[str]:
    rows = records.list_interviews(session, limit=ALL, **query)  # type: ignore[arg-type]
    return [row.record_id for row in rows]


def cities_loaded(qtbot: QtBot, page: InterviewListPage) -> None:
    qtbot.waitUntil(lambda: page.filters.city_combo.count() > 1, timeout=TIMEOUT)


def check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    """pytest-qt's model tester, in pure Python so a failure raises (it stays connected)."""
    check: Callable[..., None] = tester.check
    check(model, force_py=True)


def ts_text(language: str, context: str, source: str) -> str:
    """What ``interview_list_<language>.ts`` says ``source`` is in ``context``."""
    tree = ET.parse(TS_DIR / f"interview_list_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError((language, context, source))


# -- the list -----------------------------------------------------------------------------


def test_the_first_page_loads_newest_first(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    page.model.page_size = 25
    opened(qtbot, page, session)
    assert page.model.rowCount() == 25
    assert page.model.record_ids() == expected_ids(session)[:25]
    assert page.title() == "Interviews"
    row = records.list_interviews(session, limit=1)[0]
    index = page.model.index(0, COLUMN_CASE)
    assert index.data() == row.case_number
    assert index.data(ID_ROLE) == row.record_id
    assert page.model.index(0, COLUMN_STATUS).data() in ("Draft", "Sealed")
    labels = [vocabulary.violations().get(code).label("en") for code in row.categories]
    assert page.model.index(0, COLUMN_CATEGORIES).data() == ", ".join(labels)
    assert not page.empty_state.isVisible()


def test_scrolling_fetches_more_pages_without_duplicates(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    page.model.page_size = 20
    opened(qtbot, page, session)
    counts = fetch_all(qtbot, page)
    assert counts[-1] == DEMO_COUNT
    assert counts == sorted(counts) and len(counts) >= 3  # it grew page by page
    ids = page.model.record_ids()
    assert len(set(ids)) == len(ids) == DEMO_COUNT
    assert ids == expected_ids(session)


def test_clicking_headers_sorts_like_the_service(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    page.model.page_size = 20
    opened(qtbot, page, session)
    header = page.table.horizontalHeader()

    sorted_by(qtbot, page, COLUMN_CASE)
    assert header.sortIndicatorSection() == COLUMN_CASE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    fetch_all(qtbot, page)
    assert page.model.record_ids() == expected_ids(session, sort="case", descending=False)
    cases = [page.model.index(r, COLUMN_CASE).data() for r in range(page.model.rowCount())]
    assert cases == sorted(cases)

    sorted_by(qtbot, page, COLUMN_CASE)  # again: the other way round
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    fetch_all(qtbot, page)
    assert page.model.record_ids() == expected_ids(session, sort="case", descending=True)

    sorted_by(qtbot, page, COLUMN_DATE)  # a date starts newest first
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    fetch_all(qtbot, page)
    assert page.model.record_ids() == expected_ids(session, sort="date", descending=True)
    sorted_by(qtbot, page, COLUMN_DATE)
    fetch_all(qtbot, page)
    assert page.model.record_ids() == expected_ids(session, sort="date", descending=False)
    dates = [page.model.index(r, COLUMN_DATE).data() for r in range(page.model.rowCount())]
    assert dates == sorted(dates)

    sorted_by(qtbot, page, COLUMN_CITY)
    fetch_all(qtbot, page)
    assert page.model.record_ids() == expected_ids(session, sort="city", descending=False)


def test_the_categories_column_does_not_sort(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    before = page.model.record_ids()
    click_header(qtbot, page, COLUMN_CATEGORIES)
    assert not page.model.is_loading()  # no query was started
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_DATE
    assert page.model.record_ids() == before


# -- filters ------------------------------------------------------------------------------


def test_the_status_filter_narrows_the_list(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    combo = page.filters.status_combo
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findData("draft"))
    drafts = expected_ids(session, where=InterviewFilter(status="draft"))
    assert 0 < len(drafts) < DEMO_COUNT
    assert page.model.record_ids() == drafts
    statuses = {page.model.index(r, COLUMN_STATUS).data() for r in range(page.model.rowCount())}
    assert statuses == {"Draft"}

    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        QTest.mouseClick(page.filters.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == DEMO_COUNT


def test_the_city_filter_offers_the_profiles_cities(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    cities_loaded(qtbot, page)
    combo = page.filters.city_combo
    offered = [combo.itemText(i) for i in range(1, combo.count())]
    assert set(offered) == {row.city for row in records.list_interviews(session, limit=ALL)}
    assert combo.itemText(0) == "All cities"
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findData("Kraków"))
    expected = expected_ids(session, where=InterviewFilter(city="Kraków"))
    assert 0 < len(expected) < DEMO_COUNT
    assert page.model.record_ids() == expected
    assert {page.model.index(r, COLUMN_CITY).data()
            for r in range(page.model.rowCount())} == {"Kraków"}


def test_the_date_range_narrows_the_list_and_unticking_means_any_date(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    bar = page.filters
    assert not bar.from_edit.isEnabled()
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        bar.from_edit.setDate(QDate(2026, 8, 1))  # no effect while "From" is unticked
        bar.to_edit.setDate(QDate(2026, 9, 30))
        bar.from_check.setChecked(True)
    assert bar.from_edit.isEnabled()
    expected = expected_ids(session, where=InterviewFilter(date_from="2026-08-01"))
    assert page.model.record_ids() == expected
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        bar.to_check.setChecked(True)
    expected = expected_ids(
        session, where=InterviewFilter(date_from="2026-08-01", date_to="2026-09-30")
    )
    assert 0 < len(expected) < DEMO_COUNT
    assert page.model.record_ids() == expected
    dates = {page.model.index(r, COLUMN_DATE).data() for r in range(page.model.rowCount())}
    assert all("2026-08-01" <= day <= "2026-09-30" for day in dates)

    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        bar.from_check.setChecked(False)
        bar.to_check.setChecked(False)
    assert page.model.rowCount() == DEMO_COUNT


def test_the_category_is_picked_by_typing_a_keyword(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    picker = page.filters.category_picker
    picker.edit.setFocus()
    type_text(picker.edit, "loot")  # a keyword of "Pillage", not its label
    popup = picker.suggestions.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    suggested = picker.suggestions.completionModel()
    labels = [suggested.index(r, 0).data() for r in range(suggested.rowCount())]
    assert "Pillage" in labels and len(labels) < len(vocabulary.violations())
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        for _ in range(labels.index("Pillage") + 1):
            QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.code() == "rs-8-2-b-xvi"
    assert picker.currentText() == "Pillage"
    expected = expected_ids(session, where=InterviewFilter(category="rs-8-2-b-xvi"))
    assert 0 < len(expected) < DEMO_COUNT
    assert page.model.record_ids() == expected
    texts = {page.model.index(r, COLUMN_CATEGORIES).data() for r in range(page.model.rowCount())}
    assert texts == {"Pillage"}

    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        picker.edit.clear()
    assert picker.code() is None
    assert page.model.rowCount() == DEMO_COUNT


def test_enter_on_a_half_typed_category_picks_the_best_match(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    picker = page.filters.category_picker
    picker.edit.setFocus()
    type_text(picker.edit, "граб")  # the start of Ukrainian for pillage, in an English window
    popup = picker.suggestions.popup()
    assert popup is not None
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        popup.hide()
        QTest.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.code() == "rs-8-2-b-xvi"
    assert picker.currentText() == "Pillage"
    assert page.model.record_ids() == expected_ids(
        session, where=InterviewFilter(category="rs-8-2-b-xvi"))


# -- search -------------------------------------------------------------------------------


def test_typing_searches_the_accounts_and_esc_restores_the_list(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    list_ids = page.model.record_ids()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit

    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search_edit, "підвалі")
        assert page.search_timer.isActive()  # debounced: nothing searched per keystroke yet
    matches = set(records.search_interviews(session, "підвалі", limit=ALL))
    assert len(matches) == DEMO_COUNT // len(demo.STORIES)
    # in the list's order: newest first
    assert page.model.record_ids() == [rid for rid in list_ids if rid in matches]
    assert page.model.is_searching()
    assert page.hint.text() == f"Matches: {len(matches)}"

    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        QTest.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert not page.model.is_searching()
    assert page.model.record_ids() == list_ids
    assert page.hint.text() == ""
    assert page.table.horizontalHeader().sortIndicatorSection() == COLUMN_DATE


def test_searching_starts_at_three_letters(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = opened(qtbot, make_page(), session)
    with qtbot.waitSignal(page.search_timer.timeout, timeout=TIMEOUT):
        type_text(page.search_edit, "пі")
    assert not page.model.is_loading() and not page.model.is_searching()  # no query was started
    assert page.model.rowCount() == DEMO_COUNT
    assert page.hint.text() == "Type at least three letters to search."
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search_edit, "д")
    assert page.model.is_searching() and page.hint.text().startswith("Matches: ")
    with qtbot.waitSignal(page.search_timer.timeout, timeout=TIMEOUT):
        type_text(page.search_edit, " шк")  # a new word of two letters: still "під"
    assert not page.model.is_loading() and page.model.search_text == "під"


def test_each_keystroke_restarts_the_search_delay(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    page.search_edit.setFocus()
    searches: list[str] = []
    page.search_timer.timeout.connect(lambda: searches.append(page.search_edit.text()))
    with qtbot.waitSignal(page.search_timer.timeout, timeout=TIMEOUT):
        for char in "Bur":
            type_text(page.search_edit, char)
            assert page.search_timer.isActive() and not page.model.is_searching()
    assert searches == ["Bur"]  # one search, for the whole word
    # The results may come in the same pass of the event loop as the timeout.
    qtbot.waitUntil(lambda: page.model.is_searching() and not page.model.is_loading(),
                    timeout=TIMEOUT)
    matches = set(records.search_interviews(session, "Bur", limit=ALL))
    assert matches and set(page.model.record_ids()) == matches


def test_search_results_can_be_sorted_and_filtered(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search_edit, "hospital")
    hits = set(records.search_interviews(session, "hospital", limit=ALL))
    assert hits and set(page.model.record_ids()) == hits
    sorted_by(qtbot, page, COLUMN_CASE)
    by_case = expected_ids(session, sort="case", descending=False)
    assert page.model.record_ids() == [rid for rid in by_case if rid in hits]
    sorted_by(qtbot, page, COLUMN_CASE)
    assert page.model.record_ids() == [rid for rid in reversed(by_case) if rid in hits]

    combo = page.filters.status_combo
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findData("sealed"))
    sealed = expected_ids(session, sort="case", where=InterviewFilter(status="sealed"))
    assert page.model.record_ids() == [rid for rid in sealed if rid in hits]
    assert 0 < page.model.rowCount() < len(hits)


def test_nothing_matches_and_an_empty_profile_say_so(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search_edit, "гелікоптер")
    assert page.model.rowCount() == 0
    assert page.empty_state.isVisible()
    assert page.empty_title.text() == "Nothing matches"
    assert page.empty_hint.text() == "Try other words, or reset the filters."

    other = make_page()
    empty = make_profile("interviewer", "Marta Nowak")
    try:
        opened(qtbot, other, empty)
        assert other.empty_state.isVisible()
        assert other.empty_title.text() == "No interviews yet"
        assert "Ctrl+N" in other.empty_hint.text()
    finally:
        other.clear()
        empty.lock()


# -- keyboard -----------------------------------------------------------------------------


def test_arrows_and_enter_open_the_selected_interview(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    page.search_edit.setFocus()
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)  # into the table, on the first row
    assert QApplication.focusWidget() is page.table
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 2
    expected = page.model.record_id(2)
    assert page.current_record_id() == expected
    with qtbot.waitSignal(page.open_requested, timeout=TIMEOUT) as opened_signal:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened_signal.args == [expected]


def test_ctrl_n_and_the_button_ask_for_a_new_interview(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    opened(qtbot, page, session)
    page.table.setFocus()
    with qtbot.waitSignal(page.new_requested, timeout=TIMEOUT):
        QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.new_requested, timeout=TIMEOUT):
        QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = opened(qtbot, make_page(), session)
    controls = [w for w in page.findChildren(QWidget)  # not the parts of a date edit
                if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
                and not w.objectName().startswith("qt_")]
    assert len(controls) >= 10
    unnamed = [w for w in controls if not w.accessibleName()
               and not (isinstance(w, QAbstractButton) and w.text())]
    assert unnamed == []
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in page.findChildren(QLabel) if label.pixmap().isNull())


# -- safety -------------------------------------------------------------------------------


def test_text_from_records_is_shown_as_plain_text(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    [draft] = records.list_interviews(session, limit=1, where=InterviewFilter(status="draft"))
    body = records.load(session, draft.record_id).body
    assert isinstance(body, Interview)
    city = "<b>Kraków</b>\u202e"
    changed = dataclasses.replace(body, session=dataclasses.replace(body.session, city=city))
    records.save_draft(session, changed, draft.record_id)
    page = opened(qtbot, make_page(), session)
    cities_loaded(qtbot, page)
    row = page.model.row_of(draft.record_id)
    assert page.model.index(row, COLUMN_CITY).data() == "<b>Kraków</b>"  # no bidi override
    combo = page.filters.city_combo
    assert combo.findText("<b>Kraków</b>") > 0


def test_an_edited_interview_is_shown_again_in_place(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = opened(qtbot, make_page(), session)
    [draft] = records.list_interviews(session, limit=1, where=InterviewFilter(status="draft"))
    body = records.load(session, draft.record_id).body
    assert isinstance(body, Interview)
    records.save_draft(session, dataclasses.replace(
        body, session=dataclasses.replace(body.session, city="Chełm")), draft.record_id)
    row = page.model.row_of(draft.record_id)
    with qtbot.waitSignal(page.model.dataChanged, timeout=TIMEOUT):
        page.refresh_rows([draft.record_id])
    assert page.model.index(row, COLUMN_CITY).data() == "Chełm"
    assert page.model.row_of(draft.record_id) == row  # in place until the next query


def test_clear_leaves_no_testimony_in_the_model_or_the_widgets(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = opened(qtbot, make_page(), session)
    cities_loaded(qtbot, page)
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search_edit, "підвалі")
    combo = page.filters.city_combo
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        combo.setCurrentIndex(1)
    shown = {page.model.index(r, c).data()
             for r in range(page.model.rowCount()) for c in (COLUMN_CASE, COLUMN_CITY)}
    assert shown

    page.clear()
    assert page.session is None and page.model.session is None
    assert page.model.rowCount() == 0 and page.model.record_ids() == []
    assert not page.model.is_searching() and page.model.where == InterviewFilter()
    edits = [e for e in page.findChildren(QLineEdit) if e.objectName() != "qt_spinbox_lineedit"]
    assert len(edits) == 2 and all(edit.text() == "" for edit in edits)  # search, category
    assert combo.count() == 1
    assert all(c.currentIndex() <= 0 for c in page.findChildren(QComboBox))
    texts = [label.text() for label in page.findChildren(QLabel)]
    texts += [c.itemText(i) for c in page.findChildren(QComboBox) for i in range(c.count())]
    assert not any(value in text for value in shown for text in texts)
    assert not page.empty_state.isVisible()
    assert not page.search_edit.isEnabled() and not page.table.isEnabled()
    with qtbot.assertNotEmitted(page.new_requested):
        QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    opened(qtbot, page, session)  # and it opens again
    assert page.model.rowCount() == DEMO_COUNT


def test_a_vault_locked_while_fetching_shows_an_error_and_nothing_breaks(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    page.model.page_size = 20
    opened(qtbot, page, session)
    page.context.runner.run(session.lock, lambda _result: None, lambda _error: None,
                            essential=True)  # queued before the next page: runs first
    with qtbot.waitSignal(page.model.failed, timeout=TIMEOUT):
        page.table.scrollToBottom()
    assert page.error.isVisible()
    assert page.error.message == describe(VaultLocked())
    assert page.model.rowCount() == 20  # what was shown stays until the page is cleared
    assert not page.model.canFetchMore(QModelIndex())  # no retry loop

    with qtbot.waitSignal(page.model.failed, timeout=TIMEOUT):
        click_header(qtbot, page, COLUMN_CASE)  # a new query fails the same way
    assert page.error.isVisible()
    page.clear()
    assert not page.error.isVisible() and page.model.rowCount() == 0


# -- the model itself ---------------------------------------------------------------------


def test_the_model_passes_qt_model_tester_through_every_change(
    qtbot: QtBot, qtmodeltester: ModelTester, session: Session, make_page: PageFactory
) -> None:
    page = make_page()
    page.model.page_size = 15
    opened(qtbot, page, session)
    # The full check now; it stays connected and checks every change that follows.
    check_model(qtmodeltester, page.model)
    fetch_all(qtbot, page)
    sorted_by(qtbot, page, COLUMN_CASE)
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search_edit, "hospital")
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        page.clear_search()
    language = page.context.translations
    language.install("pl")
    flush_language_change()
    page.clear()
    assert page.model.rowCount() == 0


def test_a_slow_query_says_it_is_loading(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = opened(qtbot, make_page(), session)
    release = threading.Event()
    page.context.runner.run(lambda: release.wait(TIMEOUT / 1000), lambda _r: None,
                            lambda _e: None)  # the worker is busy: the next query waits
    try:
        with qtbot.waitSignal(page.loading_timer.timeout, timeout=TIMEOUT):
            click_header(qtbot, page, COLUMN_CASE)
        assert page.hint.text() == "Loading…"
        assert page.model.rowCount() == DEMO_COUNT  # the old rows stay meanwhile
    finally:
        release.set()
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        pass
    assert page.hint.text() == ""
    assert page.model.record_ids() == expected_ids(session, sort="case", descending=False)


def test_a_newer_query_wins_over_an_older_one(
    qtbot: QtBot, session: Session, make_page: PageFactory
) -> None:
    page = opened(qtbot, make_page(), session)
    page.model.set_search("hospital")
    page.model.set_search("підвалі")  # before the first one came back
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: not page.context.runner.busy)
    matches = set(records.search_interviews(session, "підвалі", limit=ALL))
    assert set(page.model.record_ids()) == matches


# -- languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["uk", "pl"])
def test_the_page_speaks_the_chosen_language(
    qtbot: QtBot, session: Session, make_page: PageFactory, translations: Translations,
    language: str,
) -> None:
    page = opened(qtbot, make_page(), session)
    translations.install(language)
    flush_language_change()
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert titles[COLUMN_CASE] == ts_text(language, "InterviewListModel", "Case number")
    assert titles[COLUMN_CATEGORIES] == ts_text(language, "InterviewListModel", "Categories")
    assert page.title() == ts_text(language, "InterviewListPage", "Interviews")
    assert page.filters.reset_button.text() == ts_text(language, "FilterBar", "Reset filters")
    row = page.model.row_data(0)
    assert row is not None
    statuses = vocabulary.closed_list("record_status")
    assert page.model.index(0, COLUMN_STATUS).data() == statuses.get(row.status).label(language)
    labels = [vocabulary.violations().get(code).label(language) for code in row.categories]
    assert page.model.index(0, COLUMN_CATEGORIES).data() == ", ".join(labels)
    status_items = [page.filters.status_combo.itemText(i) for i in range(1, 4)]
    assert status_items == [t.label(language) for t in statuses]
    picker = page.filters.category_picker
    assert picker.itemText(0) == vocabulary.violations().terms[0].label(language)
