"""Use cases over records: save drafts, seal, correct, withdraw, read, search.

These are the only functions the CLI and the GUI call to change testimony.
Every change is a new signed revision; nothing is overwritten.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from fieldkit.domain import vocabulary
from fieldkit.domain.ids import check_id, uuid7
from fieldkit.domain.interview import Interview
from fieldkit.domain.notes import SessionNote
from fieldkit.domain.people import Person, match_key
from fieldkit.domain.records import RecordBody, kind_of
from fieldkit.domain.revision import Envelope
from fieldkit.domain.validation import Missing, check_codes, missing_for_seal
from fieldkit.errors import FieldKitError, InvalidRecord, RecordNotFound, RecordSealed
from fieldkit.services.session import Session
from fieldkit.store import audit, queries, revisions, search
from fieldkit.store.queries import InterviewFilter, InterviewRow

__all__ = [
    "InterviewFilter",
    "InterviewRow",
    "Missing",
    "NotReadyToSeal",
    "SavedRevision",
    "correct",
    "earlier_interviews_of",
    "history",
    "list_interviews",
    "load",
    "save_draft",
    "seal",
    "search_interviews",
    "withdraw",
]


class NotReadyToSeal(FieldKitError):
    code = "record.not_ready"

    def __init__(self, missing: list[Missing]) -> None:
        super().__init__(
            "The record cannot be sealed yet: " + "; ".join(m.message for m in missing)
        )
        self.missing = missing


@dataclass(frozen=True)
class SavedRevision:
    record_id: str
    revision: int
    seq: int
    hash: str
    status: str


def _saved(result: revisions.Appended) -> SavedRevision:
    env = result.envelope
    return SavedRevision(env.record_id, env.revision, env.seq, result.hash, env.status)


def _prepare(session: Session, body: RecordBody) -> RecordBody:
    kind = kind_of(body)
    session.require_kind(kind)
    check_codes(body)
    if isinstance(body, Interview) and body.person_id:
        check_id(body.person_id, "person id")
        person = revisions.latest(session.vault, body.person_id)
        if not isinstance(person.body, Person):
            raise InvalidRecord("The interview's person id does not name a person.")
        if not body.person_code:
            body = dataclasses.replace(body, person_code=person.body.code)
    return body


def save_draft(session: Session, body: RecordBody, record_id: str | None = None) -> SavedRevision:
    """Save ``body`` as a draft revision (a new record when ``record_id`` is None)."""
    body = _prepare(session, body)
    rid = uuid7() if record_id is None else check_id(record_id)
    vault = session.vault
    with vault.write():
        state = revisions.record_state(vault, rid)
        if state is not None and state[2] != "draft":
            raise RecordSealed(
                "This record is sealed and read-only. Make a correction with a reason instead."
            )
        result = revisions.append(
            vault, rid, body, status="draft", vocabularies=vocabulary.versions()
        )
    return _saved(result)


def seal(session: Session, record_id: str, body: RecordBody | None = None) -> SavedRevision:
    """Make a record immutable. Interviews must be complete and have consent to participate."""
    vault = session.vault
    current = revisions.latest(vault, check_id(record_id))
    if current.envelope.status != "draft":
        raise RecordSealed("This record is already sealed.")
    final = _prepare(session, body if body is not None else _require_body(current.body))
    if isinstance(final, Interview):
        missing = missing_for_seal(final)
        if missing:
            raise NotReadyToSeal(missing)
    with vault.write():
        result = revisions.append(
            vault, record_id, final, status="sealed", vocabularies=vocabulary.versions()
        )
        audit.record(
            vault, "seal", record=record_id, revision=result.envelope.revision, hash=result.hash
        )
    return _saved(result)


def correct(session: Session, record_id: str, body: RecordBody, reason: str) -> SavedRevision:
    """A correction to a sealed record: a new sealed revision that says why."""
    if not reason.strip():
        raise RecordSealed("A correction to a sealed record needs a reason.")
    vault = session.vault
    current = revisions.latest(vault, check_id(record_id))
    if current.envelope.status == "withdrawn":
        raise RecordSealed("This record was withdrawn and cannot change any more.")
    if current.envelope.status != "sealed":
        raise InvalidRecord("Only sealed records are corrected; save the draft instead.")
    final = _prepare(session, body)
    if isinstance(final, Interview) and (missing := missing_for_seal(final)):
        raise NotReadyToSeal(missing)
    with vault.write():
        result = revisions.append(
            vault,
            record_id,
            final,
            status="sealed",
            reason=reason.strip(),
            vocabularies=vocabulary.versions(),
        )
        audit.record(
            vault, "correct", record=record_id, revision=result.envelope.revision, hash=result.hash
        )
    return _saved(result)


def withdraw(session: Session, record_id: str, reason: str) -> SavedRevision:
    """Mark a record withdrawn (for example the person withdrew consent). Content stays."""
    if not reason.strip():
        raise InvalidRecord("Withdrawing a record needs a reason.")
    vault = session.vault
    current = revisions.latest(vault, check_id(record_id))
    body = _require_body(current.body)
    session.require_kind(kind_of(body))
    with vault.write():
        result = revisions.append(
            vault,
            record_id,
            body,
            status="withdrawn",
            reason=reason.strip(),
            vocabularies=vocabulary.versions(),
        )
        audit.record(vault, "withdraw", record=record_id, hash=result.hash)
    return _saved(result)


def _require_body(body: RecordBody | None) -> RecordBody:
    if body is None:
        raise RecordNotFound("This record's content was purged from the laptop.")
    return body


@dataclass(frozen=True)
class LoadedRecord:
    record_id: str
    kind: str
    status: str
    revision: int
    hash: str
    envelope: Envelope
    body: RecordBody


def load(session: Session, record_id: str) -> LoadedRecord:
    """The newest revision of a record this profile may see."""
    latest = revisions.latest(session.vault, check_id(record_id))
    session.require_kind(latest.envelope.kind)
    env = latest.envelope
    return LoadedRecord(
        env.record_id,
        env.kind,
        env.status,
        env.revision,
        latest.hash,
        env,
        _require_body(latest.body),
    )


def history(session: Session, record_id: str) -> list[revisions.LoadedRevision]:
    result = revisions.history(session.vault, check_id(record_id))
    session.require_kind(result[0].envelope.kind)
    return result


def list_interviews(
    session: Session,
    *,
    sort: str = "date",
    descending: bool = True,
    after: tuple[str, int] | None = None,
    limit: int = 100,
    where: InterviewFilter | None = None,
) -> list[InterviewRow]:
    session.require_kind("interview")
    return queries.list_interviews(
        session.vault.conn,
        sort=sort,
        descending=descending,
        after=after,
        limit=limit,
        where=where or InterviewFilter(),
    )


def search_interviews(session: Session, text: str, limit: int = 200) -> list[str]:
    """Record ids of interviews matching ``text`` (notes are never in this index)."""
    session.require_kind("interview")
    return search.search_interviews(session.vault.conn, text, limit)


def earlier_interviews_of(session: Session, person: Person) -> list[InterviewRow]:
    """Interviews of persons with the same normalised name and date of birth."""
    key = match_key(person)
    if key is None:
        return []
    conn = session.vault.conn
    person_ids = queries.persons_matching(conn, key)
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    rows = conn.execute(
        f"SELECT record_id FROM interviews WHERE person_id IN ({marks})",  # noqa: S608
        person_ids,
    ).fetchall()
    ids = {r[0] for r in rows}
    return [row for row in queries.list_interviews(conn, limit=10_000) if row.record_id in ids]


def save_note(session: Session, note: SessionNote, record_id: str | None = None) -> SavedRevision:
    """Psychologists' notes are records too; only a psychologist profile may hold them."""
    return save_draft(session, note, record_id)
