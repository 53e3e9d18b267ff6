"""Saving, sealing, correcting and withdrawing records; roles; search."""

from __future__ import annotations

import dataclasses

import pytest

from fieldkit.domain.notes import SessionNote
from fieldkit.errors import InvalidRecord, NotPermitted, RecordSealed
from fieldkit.services import records
from fieldkit.services.session import Session

from .samples import interview, person


def saved_person(session: Session) -> str:
    return records.save_draft(session, person()).record_id


def test_draft_then_seal_then_read_only(interviewer: Session) -> None:
    pid = saved_person(interviewer)
    first = records.save_draft(interviewer, interview(pid))
    second = records.save_draft(
        interviewer, interview(pid, narrative="Друга чернетка."), first.record_id
    )
    assert (second.revision, second.status) == (2, "draft")
    sealed = records.seal(interviewer, first.record_id)
    assert (sealed.revision, sealed.status) == (3, "sealed")
    with pytest.raises(RecordSealed):
        records.save_draft(interviewer, interview(pid), first.record_id)
    loaded = records.load(interviewer, first.record_id)
    assert loaded.status == "sealed"
    assert loaded.body.account.narrative == "Друга чернетка."  # type: ignore[union-attr]
    assert loaded.body.person_code == "P-0042"  # type: ignore[union-attr]


def test_correction_needs_a_reason_and_is_a_new_revision(interviewer: Session) -> None:
    pid = saved_person(interviewer)
    rid = records.save_draft(interviewer, interview(pid)).record_id
    records.seal(interviewer, rid)
    fixed = interview(pid, narrative="Вони прийшли ввечері.")
    with pytest.raises(RecordSealed):
        records.correct(interviewer, rid, fixed, reason="  ")
    corrected = records.correct(interviewer, rid, fixed, reason="The witness corrected the time")
    assert corrected.status == "sealed"
    history = records.history(interviewer, rid)
    assert [h.envelope.revision for h in history] == [1, 2, 3]
    assert history[-1].envelope.reason == "The witness corrected the time"
    assert history[-1].envelope.supersedes == history[-2].hash
    assert history[0].body.account.narrative != history[-1].body.account.narrative  # type: ignore[union-attr]


def test_no_seal_without_consent_to_participate(interviewer: Session) -> None:
    pid = saved_person(interviewer)
    rid = records.save_draft(interviewer, interview(pid, consent_to_participate=False)).record_id
    with pytest.raises(records.NotReadyToSeal) as caught:
        records.seal(interviewer, rid)
    assert "consent.participation" in [m.code for m in caught.value.missing]
    assert records.load(interviewer, rid).status == "draft"


def test_withdrawn_consent_blocks_sealing(interviewer: Session) -> None:
    from fieldkit.domain.interview import Withdrawal

    pid = saved_person(interviewer)
    body = interview(pid)
    body = dataclasses.replace(
        body,
        consent=dataclasses.replace(
            body.consent,
            withdrawals=(Withdrawal(at="2026-11-21T09:00:00Z", scopes=("participation",)),),
        ),
    )
    rid = records.save_draft(interviewer, body).record_id
    with pytest.raises(records.NotReadyToSeal):
        records.seal(interviewer, rid)


def test_missing_items_are_listed(interviewer: Session) -> None:
    from fieldkit.domain.interview import Interview

    rid = records.save_draft(interviewer, Interview()).record_id
    with pytest.raises(records.NotReadyToSeal) as caught:
        records.seal(interviewer, rid)
    codes = {m.code for m in caught.value.missing}
    assert {"consent.participation", "case_number", "account.narrative", "session.city"} <= codes


def test_unknown_codes_are_refused_even_in_drafts(interviewer: Session) -> None:
    with pytest.raises(InvalidRecord):
        records.save_draft(interviewer, interview(category="not-a-category"))
    bad_city_type = dataclasses.replace(
        interview(), session=dataclasses.replace(interview().session, location_type="submarine")
    )
    with pytest.raises(InvalidRecord):
        records.save_draft(interviewer, bad_city_type)


def test_withdraw_keeps_content_and_needs_reason(interviewer: Session) -> None:
    pid = saved_person(interviewer)
    rid = records.save_draft(interviewer, interview(pid)).record_id
    records.seal(interviewer, rid)
    with pytest.raises(InvalidRecord):
        records.withdraw(interviewer, rid, "")
    records.withdraw(interviewer, rid, "Consent withdrawn by phone")
    assert records.load(interviewer, rid).status == "withdrawn"
    with pytest.raises(RecordSealed):
        records.correct(interviewer, rid, interview(pid), "try to revive")


def test_interviewers_cannot_hold_notes_and_psychologists_cannot_hold_interviews(
    interviewer: Session, psychologist: Session
) -> None:
    with pytest.raises(NotPermitted):
        records.save_note(interviewer, SessionNote(person_code="P-0042"))
    with pytest.raises(NotPermitted):
        records.save_draft(psychologist, interview())
    note = records.save_note(
        psychologist,
        SessionNote(person_code="P-0042", risk_level="high", observations="Порушення сну."),
    )
    assert records.load(psychologist, note.record_id).kind == "note"
    with pytest.raises(NotPermitted):
        records.search_interviews(psychologist, "сну")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("сусіда", True),
        ("СУСІД", True),
        ("підвал", True),
        ("neighbour", True),
        ("neighb", True),
        ("Izium", True),
        ("ізюм", False),
        ('"; DROP TABLE interviews; --', False),
        ("", False),
        ("NEAR(", False),
    ],
)
def test_full_text_search(interviewer: Session, query: str, found: bool) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    records.save_draft(interviewer, interview(narrative="Zupełnie inna historia o żółwiu."))
    result = records.search_interviews(interviewer, query)
    assert (rid in result) is found


def test_polish_diacritics_search(interviewer: Session) -> None:
    rid = records.save_draft(
        interviewer, interview(narrative="Żołnierze zabrali świadków z piwnicy.")
    ).record_id
    for query in ("żołnierze", "ŻOŁNIERZE", "swiadkow", "świadków", "piwnic"):
        assert rid in records.search_interviews(interviewer, query), query


def test_list_keyset_pagination_and_filters(interviewer: Session) -> None:
    ids = []
    for day in range(1, 8):
        city = "Kraków" if day % 2 else "Warszawa"
        ids.append(
            records.save_draft(
                interviewer, interview(date=f"2026-11-0{day}", city=city, case_number=f"C-{day}")
            ).record_id
        )
    page1 = records.list_interviews(interviewer, limit=3)
    assert [r.interview_date for r in page1] == ["2026-11-07", "2026-11-06", "2026-11-05"]
    after = (page1[-1].interview_date, page1[-1].key)
    page2 = records.list_interviews(interviewer, limit=3, after=after)
    assert [r.interview_date for r in page2] == ["2026-11-04", "2026-11-03", "2026-11-02"]
    krakow = records.list_interviews(interviewer, where=records.InterviewFilter(city="Kraków"))
    assert len(krakow) == 4
    ranged = records.list_interviews(
        interviewer, where=records.InterviewFilter(date_from="2026-11-03", date_to="2026-11-05")
    )
    assert len(ranged) == 3
    by_cat = records.list_interviews(
        interviewer, where=records.InterviewFilter(category="rs-8-2-a-ii")
    )
    assert len(by_cat) == 7


def test_re_interview_is_detected(interviewer: Session) -> None:
    pid = saved_person(interviewer)
    records.save_draft(interviewer, interview(pid))
    same = person(name_lat="  hanna   PETRENKO ", code="P-0099")
    earlier = records.earlier_interviews_of(interviewer, same)
    assert len(earlier) == 1
    other = person(dob="1990-01-01")
    assert records.earlier_interviews_of(interviewer, other) == []


def test_polish_l_with_stroke_is_found_without_it(interviewer: Session) -> None:
    rid = records.save_draft(
        interviewer, interview(narrative="Żołnierze przesłuchiwali nas.")
    ).record_id
    for query in ("zolnierze", "przesluchiwali", "żołnierze", "ŻOŁNIERZE"):
        assert rid in records.search_interviews(interviewer, query), query
