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
