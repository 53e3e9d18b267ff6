"""The "current" tables: what the newest revision of each record says.

They are derived data, rebuilt from revisions at any time (``rebuild``), and
updated in the same transaction as each append.
"""

from __future__ import annotations

from fieldkit.domain import canonical
from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.domain.interview import Interview
from fieldkit.domain.notes import SessionNote
from fieldkit.domain.people import Person, match_key
from fieldkit.domain.records import RecordBody, body_from_json
from fieldkit.domain.revision import Envelope, parse_envelope
from fieldkit.store.db import Connection
from fieldkit.store.search import fold


def incidents_text(interview: Interview) -> str:
    return "\n".join(
        part
        for incident in interview.incidents
        for part in (incident.description, incident.place.settlement, incident.place.oblast)
        if part
    )


def apply(
    conn: Connection, env: Envelope, rev_hash: str, body: RecordBody, *, created: bool
) -> None:
    conn.execute(
        "INSERT INTO records (record_id, kind, revision, status, head_hash, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT (record_id) DO UPDATE SET"
        " revision = excluded.revision, status = excluded.status,"
        " head_hash = excluded.head_hash, updated_at = excluded.updated_at",
        (
            env.record_id,
            env.kind,
            env.revision,
            env.status,
            rev_hash,
            env.created_at,
            env.created_at,
        ),
    )
    del created
    if isinstance(body, Interview):
        _interview(conn, env, body)
    elif isinstance(body, Person):
        conn.execute(
            "INSERT OR REPLACE INTO persons (record_id, code, match_key, updated_at)"
            " VALUES (?,?,?,?)",
            (env.record_id, body.code, match_key(body), env.created_at),
        )
    elif isinstance(body, Exhibit):
        conn.execute(
            "INSERT OR REPLACE INTO exhibits (record_id, interview_id, sha256, size, type,"
            " media_type, updated_at) VALUES (?,?,?,?,?,?,?)",
            (
                env.record_id,
                body.interview_id,
                body.sha256,
                body.size,
                body.type,
                body.media_type,
                env.created_at,
            ),
        )
    elif isinstance(body, CustodyEntry):
        conn.execute(
            "INSERT OR REPLACE INTO custody (record_id, exhibit_id, at) VALUES (?,?,?)",
            (env.record_id, body.exhibit_id, body.at),
        )
    elif isinstance(body, SessionNote):
        conn.execute(
            "INSERT OR REPLACE INTO notes (record_id, person_code, session_date, risk_level,"
            " updated_at) VALUES (?,?,?,?,?)",
            (env.record_id, body.person_code, body.session_date, body.risk_level, env.created_at),
        )


def _interview(conn: Connection, env: Envelope, body: Interview) -> None:
    categories = " ".join(sorted({act.category for act in body.acts if act.category}))
    row = conn.execute("SELECT id FROM interviews WHERE record_id = ?", (env.record_id,)).fetchone()
    values = (
        body.case_number,
        body.person_id,
        body.person_code,
        body.session.date,
        body.session.city,
        categories,
        env.status,
        env.created_at,
    )
    if row is None:
        cursor = conn.execute(
            "INSERT INTO interviews (record_id, case_number, person_id, person_code,"
            " interview_date, city, categories, status, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (env.record_id, *values),
        )
        rowid = cursor.lastrowid
    else:
        rowid = row[0]
        conn.execute(
            "UPDATE interviews SET case_number=?, person_id=?, person_code=?, interview_date=?,"
            " city=?, categories=?, status=?, updated_at=? WHERE id=?",
            (*values, rowid),
        )
        conn.execute("DELETE FROM interview_text WHERE rowid = ?", (rowid,))
    conn.execute(
        "INSERT INTO interview_text (rowid, narrative, translation, incidents) VALUES (?,?,?,?)",
        (
            rowid,
            fold(body.account.narrative),
            fold(body.account.translation),
            fold(incidents_text(body)),
        ),
    )


def rebuild(conn: Connection) -> int:
    """Recompute every projection from the revisions; returns the number of records."""
    for table in (
        "interview_text",
        "interviews",
        "persons",
        "custody",
        "exhibits",
        "notes",
        "records",
    ):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    count = 0
    cursor = conn.execute(
        "SELECT r.envelope, r.hash, b.body FROM revisions r JOIN revision_bodies b"
        " ON b.hash = r.hash ORDER BY r.seq"
    )
    for env_bytes, rev_hash, body_bytes in cursor.fetchall():
        env = parse_envelope(bytes(env_bytes))
        body = body_from_json(env.kind, canonical.parse(bytes(body_bytes)))
        apply(conn, env, rev_hash, body, created=env.revision == 1)
        count += 1
    return count
