"""People (identity on demand, audited) and psychologists' notes (never for interviewers)."""

from __future__ import annotations

import pytest

from fieldkit.domain.notes import SessionNote
from fieldkit.errors import NotPermitted
from fieldkit.services import notes, people, records
from fieldkit.services.session import Session

from .samples import interview, person


def test_persons_list_shows_the_profile_and_reveal_is_audited(interviewer: Session) -> None:
    pid = records.save_draft(interviewer, person()).record_id
    records.save_draft(interviewer, interview(pid))
    [summary] = people.list_persons(interviewer)
    assert (summary.code, summary.interviews, summary.profile.age_band) == ("P-0042", 1, "60-74")
    assert not hasattr(summary, "identity")
    before = interviewer.vault.conn.execute(
        "SELECT count(*) FROM audit WHERE event = 'identity.revealed'"
    ).fetchone()[0]
    identity = people.reveal_identity(interviewer, pid, purpose="re-contact")
    assert identity.full_name_cyrillic == "Ганна Петренко"
    after = interviewer.vault.conn.execute(
        "SELECT count(*) FROM audit WHERE event = 'identity.revealed'"
    ).fetchone()[0]
    assert after == before + 1
    entries = b"".join(
        bytes(r[0]) for r in interviewer.vault.conn.execute("SELECT entry FROM audit")
    )
    assert "Ганна".encode() not in entries


def test_notes_belong_to_psychologists_only(psychologist: Session, interviewer: Session) -> None:
    saved = notes.save_note(
        psychologist,
        SessionNote(
            person_code="P-0042",
            session_date="2026-11-30",
            risk_level="moderate",
            observations="Тривога.",
        ),
    )
    notes.save_note(psychologist, SessionNote(person_code="P-0007", session_date="2026-11-29"))
    assert [n.person_code for n in notes.list_notes(psychologist)] == ["P-0042", "P-0007"]
    assert [n.record_id for n in notes.list_notes(psychologist, "P-0042")] == [saved.record_id]
    assert notes.load_note(psychologist, saved.record_id).observations == "Тривога."
    notes.seal_note(psychologist, saved.record_id)
    assert len(notes.note_history(psychologist, saved.record_id)) == 2
    with pytest.raises(NotPermitted):
        notes.list_notes(interviewer)
    with pytest.raises(NotPermitted):
        records.list_interviews(psychologist)


def test_demo_profile(tmp_path: object) -> None:
    from pathlib import Path

    from fieldkit.services import demo
    from fieldkit.services.verify import verify_profile

    session = demo.create_demo_profile(Path(str(tmp_path)) / "demo")
    rows = records.list_interviews(session, limit=100)
    assert len(rows) == 24
    assert {r.status for r in rows} == {"draft", "sealed"}
    assert len({r.city for r in rows}) > 3
    assert records.search_interviews(session, "підвалі")
    assert verify_profile(session).ok
    session.lock()


def test_a_psychologist_picks_codes_and_opens_notes_with_their_status(
    psychologist: Session, interviewer: Session
) -> None:
    from fieldkit.domain.interview import Referral
    from fieldkit.errors import RecordNotFound

    assert notes.person_codes(psychologist) == []
    records.save_draft(psychologist, person(code="P-0100"))
    note = SessionNote(
        person_code="P-0042",
        session_date="2026-11-30",
        referrals=(Referral(to="Psychiatrist, Kraków", when="2026-12-05", note="urgent"),),
    )
    saved = notes.save_note(psychologist, note)
    assert notes.person_codes(psychologist) == ["P-0042", "P-0100"]
    opened = notes.open_note(psychologist, saved.record_id)
    assert (opened.record_id, opened.status, opened.note) == (saved.record_id, "draft", note)
    notes.seal_note(psychologist, saved.record_id)
    assert notes.open_note(psychologist, saved.record_id).status == "sealed"
    person_id = records.save_draft(psychologist, person(code="P-0101")).record_id
    with pytest.raises(RecordNotFound):
        notes.open_note(psychologist, person_id)
    with pytest.raises(NotPermitted):
        notes.person_codes(interviewer)
