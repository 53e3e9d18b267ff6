"""At HQ: records as imported from the laptops, read from ``hq_revisions``.

HQ never re-signs or rewrites what the laptops sent. The coordinator's role
may not create or read records through :mod:`fieldkit.services.records`
(those are the profile's own records); this module reads HQ's ledger instead
and builds the same :class:`~fieldkit.report.pdf_model.InterviewSource` that
a laptop's own PDF export uses, so HQ prints the record exactly as sent.

- The record shown is its newest revision at HQ, by revision number.
- Its person is the newest revision of the interview's ``person_id``.
- Its exhibits are the exhibit records whose newest revision names the
  interview (``interview_id``); their custody entries are the custody
  records whose newest revision names the exhibit (``exhibit_id``).
- Its history is every revision HQ holds of it, oldest first.

All SQL against the HQ tables of this feature lives here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.domain import canonical
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.domain.ids import check_id
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.domain.records import RecordBody, body_from_json
from fieldkit.domain.revision import Envelope, parse_envelope
from fieldkit.errors import InvalidRecord, NotPermitted, RecordNotFound
from fieldkit.report.pdf_model import ExhibitEntry, InterviewSource, RevisionEntry
from fieldkit.services.session import Session
from fieldkit.sync import org

__all__ = [
    "HqInterview",
    "HqRevision",
    "interview_ids",
    "interview_source",
    "load_interview",
    "load_interviews",
    "require_hq",
]

_BATCH = 500  # ids per query (SQLite's parameter limit is far above, JSON keeps it at one)


@dataclass(frozen=True)
class HqRevision:
    """One revision as HQ received it: the bytes the laptop signed."""

    hash: str
    profile_id: str
    record_id: str
    kind: str
    revision: int
    status: str
    created_at: str
    envelope: bytes
    signature: bytes
    body: bytes | None  # canonical JSON; None if the laptop sent no body

    def parsed_envelope(self) -> Envelope:
        return parse_envelope(self.envelope)

    def parsed_body(self) -> RecordBody | None:
        if self.body is None:
            return None
        return body_from_json(self.kind, canonical.parse(self.body))


@dataclass(frozen=True)
class HqInterview:
    """An interview at HQ: what its PDF shows, and the signed envelope behind it."""

    source: InterviewSource
    envelope: Envelope
    signature: bytes  # the laptop's Ed25519 signature of the newest revision
    signing_public: bytes | None  # the laptop's key from the roster (None if unknown)


_COLUMNS = (
    "hash, profile_id, record_id, kind, revision, status, created_at, envelope, signature, body"
)


def _revision(row: Sequence[Any]) -> HqRevision:
    return HqRevision(
        hash=row[0],
        profile_id=row[1],
        record_id=row[2],
        kind=row[3],
        revision=int(row[4]),
        status=row[5],
        created_at=row[6],
        envelope=bytes(row[7]),
        signature=bytes(row[8]),
        body=None if row[9] is None else bytes(row[9]),
    )


def require_hq(session: Session) -> None:
    """Refuse a profile that does not hold the HQ keys."""
    if session.info.role != "coordinator" or not org.is_hq(session.vault):
        raise NotPermitted(
            "Only the HQ coordinator profile (the one that set up the organisation) holds "
            "imported records and can produce transmittal packages."
        )


# -- queries -------------------------------------------------------------------------


def _chunks(ids: Sequence[str]) -> Iterable[str]:
    for start in range(0, len(ids), _BATCH):
        yield json.dumps(list(ids[start : start + _BATCH]))


def latest_revisions(session: Session, record_ids: Sequence[str]) -> dict[str, HqRevision]:
    """The newest revision (by revision number) of each record HQ holds, by record id."""
    conn = session.vault.conn
    found: dict[str, HqRevision] = {}
    for batch in _chunks(list(dict.fromkeys(record_ids))):
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM hq_revisions r"  # noqa: S608 - fixed column list
            " WHERE r.record_id IN (SELECT value FROM json_each(?))"
            " AND r.revision = (SELECT max(revision) FROM hq_revisions m"
            " WHERE m.record_id = r.record_id)",
            (batch,),
        ).fetchall()
        for row in rows:
            rev = _revision(row)
            found[rev.record_id] = rev
    return found


def histories(session: Session, record_ids: Sequence[str]) -> dict[str, list[HqRevision]]:
    """Every revision of each record, oldest first (bodies are not loaded)."""
    conn = session.vault.conn
    result: dict[str, list[HqRevision]] = {}
    for batch in _chunks(list(dict.fromkeys(record_ids))):
        rows = conn.execute(
            "SELECT hash, profile_id, record_id, kind, revision, status, created_at, envelope,"
            " signature, NULL FROM hq_revisions WHERE record_id IN"
            " (SELECT value FROM json_each(?)) ORDER BY record_id, revision",
            (batch,),
        ).fetchall()
        for row in rows:
            rev = _revision(row)
            result.setdefault(rev.record_id, []).append(rev)
    return result


def _children(
    session: Session, kind: str, field: str, parent_ids: Sequence[str]
) -> dict[str, list[tuple[str, RecordBody]]]:
    """Records of ``kind`` whose newest revision's body names one of ``parent_ids``."""
    conn = session.vault.conn
    candidates: list[str] = []
    for batch in _chunks(list(dict.fromkeys(parent_ids))):
        rows = conn.execute(
            "SELECT DISTINCT record_id FROM hq_revisions WHERE kind = ? AND body IS NOT NULL"
            " AND json_extract(CAST(body AS TEXT), ?) IN (SELECT value FROM json_each(?))",
            (kind, f"$.{field}", batch),
        ).fetchall()
        candidates += [row[0] for row in rows]
    wanted = set(parent_ids)
    result: dict[str, list[tuple[str, RecordBody]]] = {}
    latest = latest_revisions(session, candidates)
    for record_id in sorted(latest):
        rev = latest[record_id]
        if rev.kind != kind:
            continue
        body = rev.parsed_body()
        parent = getattr(body, field, None)
        if body is not None and parent in wanted:
            result.setdefault(str(parent), []).append((record_id, body))
    return result


def _signing_keys(session: Session, profile_ids: Iterable[str]) -> dict[str, bytes]:
    ids = sorted(set(profile_ids))
    keys: dict[str, bytes] = {}
    for batch in _chunks(ids):
        for profile_id, public in session.vault.conn.execute(
            "SELECT profile_id, signing_public FROM roster_devices"
            " WHERE profile_id IN (SELECT value FROM json_each(?))",
            (batch,),
        ):
            keys[profile_id] = bytes(public)
    return keys


def interview_ids(
    session: Session, *, status: str | None = None, limit: int = 100_000
) -> list[str]:
    """Record ids of the interviews HQ holds (optionally only those in ``status``)."""
    require_hq(session)
    rows = session.vault.conn.execute(
        "SELECT record_id FROM hq_records WHERE kind = 'interview'"
        " AND (? IS NULL OR status = ?) ORDER BY interview_date, record_id LIMIT ?",
        (status, status, limit),
    ).fetchall()
    return [row[0] for row in rows]


# -- building sources -------------------------------------------------------------------


def load_interviews(
    session: Session, record_ids: Sequence[str]
) -> dict[str, HqInterview | FieldKitError]:
    """Each record id mapped to its interview at HQ, or to the error that explains why not.

    Loads in batches: a thousand records cost a handful of queries, not thousands.
    """
    require_hq(session)
    ids = list(dict.fromkeys(record_ids))
    result: dict[str, HqInterview | FieldKitError] = {}
    valid: list[str] = []
    for record_id in ids:
        try:
            valid.append(check_id(record_id))
        except FieldKitError as exc:
            result[record_id] = exc
    latest = latest_revisions(session, valid)
    interviews: dict[str, tuple[HqRevision, Interview]] = {}
    for record_id in valid:
        rev = latest.get(record_id)
        if rev is None:
            result[record_id] = RecordNotFound("HQ holds no record with this id.")
            continue
        if rev.kind != "interview":
            result[record_id] = InvalidRecord(
                "This record is not an interview.", code="report.kind"
            )
            continue
        try:
            body = rev.parsed_body()
        except FieldKitError:
            body = None
        if not isinstance(body, Interview):
            result[record_id] = RecordNotFound(
                "HQ holds this record's revision but not its content."
            )
            continue
        interviews[record_id] = (rev, body)
    if not interviews:
        return result
    person_ids = [iv.person_id for _, iv in interviews.values() if iv.person_id]
    people = latest_revisions(session, person_ids)
    exhibits = _children(session, "exhibit", "interview_id", list(interviews))
    exhibit_ids = [eid for entries in exhibits.values() for eid, _ in entries]
    custody = _children(session, "custody", "exhibit_id", exhibit_ids)
    history = histories(session, list(interviews))
    keys = _signing_keys(session, (rev.profile_id for rev, _ in interviews.values()))
    for record_id, (rev, body) in interviews.items():
        result[record_id] = _assemble(
            rev, body, person_rev=people.get(body.person_id),
            exhibits=exhibits.get(record_id, []), custody=custody,
            history=history.get(record_id, []), signing_public=keys.get(rev.profile_id),
        )
    return {record_id: result[record_id] for record_id in ids}


def _assemble(
    rev: HqRevision,
    body: Interview,
    *,
    person_rev: HqRevision | None,
    exhibits: list[tuple[str, RecordBody]],
    custody: dict[str, list[tuple[str, RecordBody]]],
    history: list[HqRevision],
    signing_public: bytes | None,
) -> HqInterview:
    person: Person | None = None
    if person_rev is not None and person_rev.kind == "person":
        try:
            found = person_rev.parsed_body()
        except FieldKitError:
            found = None
        person = found if isinstance(found, Person) else None
    entries = []
    for exhibit_id, exhibit in exhibits:
        if not isinstance(exhibit, Exhibit):
            continue
        chain = [c for _, c in custody.get(exhibit_id, []) if isinstance(c, CustodyEntry)]
        chain.sort(key=lambda c: c.at)
        entries.append(ExhibitEntry(exhibit_id, exhibit, tuple(chain)))
    lines = []
    for item in history:
        env = item.parsed_envelope()
        lines.append(
            RevisionEntry(
                revision=env.revision,
                created_at=env.created_at,
                zone=env.zone,
                status=env.status,
                reason=env.reason,
                hash=item.hash,
            )
        )
    envelope = rev.parsed_envelope()
    source = InterviewSource(
        record_id=rev.record_id,
        record_hash=rev.hash,
        status=rev.status,
        revision=rev.revision,
        updated_at=envelope.created_at,
        interview=body,
        person=person,
        exhibits=tuple(entries),
        history=tuple(lines),
    )
    return HqInterview(source, envelope, rev.signature, signing_public)


def load_interview(session: Session, record_id: str) -> HqInterview:
    """One interview at HQ; raises ``RecordNotFound`` or ``InvalidRecord`` if there is none."""
    found = load_interviews(session, [record_id])[record_id]
    if isinstance(found, FieldKitError):
        raise found
    return found


def interview_source(session: Session, record_id: str) -> InterviewSource:
    """Everything the PDF of ``record_id`` shows, read from HQ's ledger."""
    return load_interview(session, record_id).source
