"""Psychologists' session notes: only a psychologist profile holds or sees them."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.domain.notes import SessionNote
from fieldkit.errors import RecordNotFound
from fieldkit.services import records
from fieldkit.services.records import SavedRevision
from fieldkit.services.session import Session
from fieldkit.store import revisions


@dataclass(frozen=True)
class NoteRow:
    record_id: str
    person_code: str
    session_date: str
    risk_level: str
    status: str


def list_notes(session: Session, person_code: str | None = None) -> list[NoteRow]:
    session.require_kind("note")
    sql = (
        "SELECT n.record_id, n.person_code, n.session_date, n.risk_level, c.status FROM notes n"
        " JOIN records c ON c.record_id = n.record_id"
    )
    params: tuple[str, ...] = ()
    if person_code:
        sql += " WHERE n.person_code = ?"
        params = (person_code,)
    sql += " ORDER BY n.session_date DESC, n.record_id DESC"
    return [NoteRow(*row) for row in session.vault.conn.execute(sql, params)]


@dataclass(frozen=True)
class OpenedNote:
    record_id: str
    status: str
    note: SessionNote


def person_codes(session: Session) -> list[str]:
    """The person codes a psychologist can pick: this profile's persons and earlier notes."""
    session.require_kind("note")
    rows = session.vault.conn.execute(
        "SELECT code FROM persons UNION SELECT person_code FROM notes ORDER BY 1"
    )
    return [str(code) for (code,) in rows if code]


def open_note(session: Session, record_id: str) -> OpenedNote:
    """The newest revision of a note with its status, so an editor knows if it may change."""
    loaded = records.load(session, record_id)
    if not isinstance(loaded.body, SessionNote):
        raise RecordNotFound("That id is not a session note in this profile.")
    return OpenedNote(loaded.record_id, loaded.status, loaded.body)


def load_note(session: Session, record_id: str) -> SessionNote:
    loaded = records.load(session, record_id)
    assert isinstance(loaded.body, SessionNote)
    return loaded.body


def save_note(session: Session, note: SessionNote, record_id: str | None = None) -> SavedRevision:
    return records.save_draft(session, note, record_id)


def seal_note(session: Session, record_id: str) -> SavedRevision:
    return records.seal(session, record_id)


def note_history(session: Session, record_id: str) -> list[revisions.LoadedRevision]:
    return records.history(session, record_id)


def correct_note(
    session: Session, record_id: str, note: SessionNote, reason: str
) -> SavedRevision:
    """A correction to a sealed note: a new sealed revision that says why."""
    session.require_kind("note")
    return records.correct(session, record_id, note, reason)
