"""Search results for the interview list: which matches, in which order, with filters."""

from __future__ import annotations

from fieldkit.services import interview_rows, records
from fieldkit.services.session import Session
from fieldkit.store.queries import InterviewFilter
from tests.samples import interview


def _save(session: Session, count: int, *, word: str, city: str = "Warszawa") -> list[str]:
    """``count`` drafts whose accounts contain ``word``, dated backwards; their ids in order."""
    ids = []
    for n in range(count):
        body = interview(
            narrative=f"Ми ховалися у {word} номер {n}.",
            case_number=f"WAW-2026-{n:04d}",
            city=city,
            date=f"2026-{(n % 12) + 1:02d}-{(n % 27) + 1:02d}",
        )
        ids.append(records.save_draft(session, body).record_id)
    return ids


def test_few_matches_are_all_returned_in_the_lists_order(interviewer: Session) -> None:
    ids = _save(interviewer, 12, word="льоху")
    _save(interviewer, 3, word="сараї")
    rows = interview_rows.search_rows(interviewer, "льох", sort="case", descending=False)
    assert [r.record_id for r in rows] == ids  # case numbers ascend with the ids
    by_date = interview_rows.search_rows(interviewer, "льох", sort="date")
    dates = [r.interview_date for r in by_date]
    assert dates == sorted(dates, reverse=True) and len(by_date) == 12


def test_many_matches_give_the_most_recently_recorded_in_the_lists_order(
    interviewer: Session,
) -> None:
    ids = _save(interviewer, 30, word="льоху")
    rows = interview_rows.search_rows(
        interviewer, "льоху", sort="case", descending=False, limit=10
    )
    assert [r.record_id for r in rows] == ids[-10:]  # not the first ten cases: the newest


def test_filters_apply_before_the_limit(interviewer: Session) -> None:
    lublin = _save(interviewer, 4, word="льоху", city="Lublin")
    _save(interviewer, 20, word="льоху", city="Chełm")  # newer, and more than the limit
    rows = interview_rows.search_rows(
        interviewer, "льоху", where=InterviewFilter(city="Lublin"), limit=10
    )
    assert {r.record_id for r in rows} == set(lublin)
    assert interview_rows.search_rows(interviewer, "льоху kraków") == []
