"""What the editor asks of the services, as plain functions for the worker thread.

No Qt here: each function takes the session and returns frozen data, so the
page can hand it to ``TaskRunner.run`` and get the result on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person, PersonIdentity
from fieldkit.errors import InvalidRecord, RecordNotFound
from fieldkit.services import drafts, people, records
from fieldkit.services.people import PersonSummary
from fieldkit.services.records import SavedRevision
from fieldkit.services.session import Session

__all__ = [
    "Earlier",
    "LinkedPerson",
    "Opened",
    "Revision",
    "correct",
    "earlier_interviews",
    "forget_open_draft",
    "history",
    "link_person",
    "open_record",
    "persons",
    "resume",
    "reveal",
    "seal",
]


@dataclass(frozen=True)
class LinkedPerson:
    record_id: str
    person: Person
    status: str


@dataclass(frozen=True)
class Opened:
    record_id: str
    status: str
    revision: int
    interview: Interview
    person: LinkedPerson | None
    persons: list[PersonSummary]


@dataclass(frozen=True)
class Earlier:
    """An earlier interview of the same person: when, which case, who interviewed."""

    record_id: str
    case_number: str
    date: str
    city: str
    status: str
    author_role: str
    own_profile: bool


@dataclass(frozen=True)
class Revision:
    number: int
    created_at: str
    zone: str
    status: str
    author_role: str
    own_profile: bool
    reason: str
    hash: str


def persons(session: Session) -> list[PersonSummary]:
    return people.list_persons(session)


def link_person(session: Session, person_id: str) -> LinkedPerson:
    loaded = records.load(session, person_id)
    if not isinstance(loaded.body, Person):
        raise InvalidRecord("That record is not a person.")
    return LinkedPerson(person_id, loaded.body, loaded.status)


def open_record(session: Session, record_id: str) -> Opened:
    """The interview, its person and the list of persons; a draft becomes the open draft."""
    loaded = records.load(session, record_id)
    if not isinstance(loaded.body, Interview):
        raise InvalidRecord("That record is not an interview.")
    person = None
    if loaded.body.person_id:
        try:
            person = link_person(session, loaded.body.person_id)
        except RecordNotFound:
            person = None
    if loaded.status == "draft":
        drafts.set_open_draft(session, record_id)
    return Opened(record_id, loaded.status, loaded.revision, loaded.body, person,
                  persons(session))


def resume(session: Session) -> Opened | None:
    """The draft that was open in the editor when the profile was last locked (or died)."""
    record_id = drafts.open_draft(session)
    return None if record_id is None else open_record(session, record_id)


def forget_open_draft(session: Session) -> None:
    """The editor was closed on purpose: the next unlock opens nothing."""
    drafts.set_open_draft(session, None)


def seal(
    session: Session,
    record_id: str,
    interview: Interview | None,
    person: tuple[str, Person] | None,
) -> SavedRevision:
    """Store what changed since the last autosave, then seal; no draft is left open."""
    if interview is not None or person is not None:
        drafts.save_open_draft(session, record_id, interview, person)
    saved = records.seal(session, record_id)
    drafts.set_open_draft(session, None)
    return saved


def correct(
    session: Session,
    record_id: str,
    interview: Interview,
    person: tuple[str, Person] | None,
    reason: str,
) -> SavedRevision:
    if person is not None:
        records.save_draft(session, person[1], person[0])
    return records.correct(session, record_id, interview, reason)


def reveal(session: Session, person_id: str) -> PersonIdentity:
    """The identity compartment; the reveal is written to the audit chain."""
    return people.reveal_identity(session, person_id, purpose="interview editor")


def earlier_interviews(session: Session, person: Person, exclude: str) -> list[Earlier]:
    found = []
    for row in records.earlier_interviews_of(session, person):
        if row.record_id == exclude:
            continue
        envelope = records.load(session, row.record_id).envelope
        found.append(Earlier(
            row.record_id, row.case_number, row.interview_date, row.city, row.status,
            envelope.author_role, envelope.profile_id == session.info.id,
        ))
    return found


def history(session: Session, record_id: str) -> list[Revision]:
    own = session.info.id
    return [
        Revision(
            r.envelope.revision, r.envelope.created_at, r.envelope.zone, r.envelope.status,
            r.envelope.author_role, r.envelope.profile_id == own, r.envelope.reason, r.hash,
        )
        for r in records.history(session, record_id)
    ]
