"""People: the shareable profile for lists, the identity compartment only on demand."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.domain.ids import check_id
from fieldkit.domain.people import Person, PersonIdentity, PersonProfile
from fieldkit.errors import RecordNotFound
from fieldkit.services.session import Session
from fieldkit.store import audit, revisions


@dataclass(frozen=True)
class PersonSummary:
    record_id: str
    code: str
    profile: PersonProfile
    interviews: int
    status: str


def list_persons(session: Session, limit: int = 5000) -> list[PersonSummary]:
    """Every person with the shareable profile only; identities stay unread."""
    session.require_kind("person")
    conn = session.vault.conn
    rows = conn.execute(
        "SELECT p.record_id, c.status, (SELECT count(*) FROM interviews i"
        " WHERE i.person_id = p.record_id) FROM persons p JOIN records c"
        " ON c.record_id = p.record_id WHERE c.purged_at IS NULL ORDER BY p.code LIMIT ?",
        (limit,),
    ).fetchall()
    result = []
    for record_id, status, count in rows:
        body = revisions.latest(session.vault, record_id).body
        if isinstance(body, Person):
            result.append(PersonSummary(record_id, body.code, body.profile, int(count), status))
    return result


def reveal_identity(session: Session, person_id: str, *, purpose: str = "") -> PersonIdentity:
    """The identity compartment of one person; every reveal is written to the audit chain."""
    session.require_kind("person")
    body = revisions.latest(session.vault, check_id(person_id, "person id")).body
    if not isinstance(body, Person):
        raise RecordNotFound("That id is not a person in this profile.")
    audit.record(session.vault, "identity.revealed", person=person_id, purpose=purpose[:100])
    return body.identity
