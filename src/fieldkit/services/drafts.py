"""Which interview draft is open in the editor, kept inside the vault.

After a crash, a power cut or an auto-lock the next unlock reopens the draft the
interviewer was writing. The id is stored in the vault's encrypted ``meta``
table, never in the plaintext preferences: even the fact that a record was open
is the vault's business.
"""

from __future__ import annotations

from typing import Final

from fieldkit.domain.ids import check_id
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.services import records
from fieldkit.services.records import SavedRevision
from fieldkit.services.session import Session

__all__ = ["OPEN_DRAFT_KEY", "open_draft", "save_open_draft", "set_open_draft"]

OPEN_DRAFT_KEY: Final = "editor.open_draft/1"


def set_open_draft(session: Session, record_id: str | None) -> None:
    """Remember ``record_id`` as the draft open in the editor (None: none is open)."""
    vault = session.vault
    with vault.write():
        if record_id is None:
            vault.conn.execute("DELETE FROM meta WHERE key = ?", (OPEN_DRAFT_KEY,))
        else:
            vault.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (OPEN_DRAFT_KEY, check_id(record_id)),
            )


def open_draft(session: Session) -> str | None:
    """The id of the draft that was open in the editor, or None.

    An id that no longer names a draft (sealed, withdrawn or missing since) is
    not returned.
    """
    conn = session.vault.conn
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (OPEN_DRAFT_KEY,)).fetchone()
    if row is None:
        return None
    record_id = str(row[0])
    state = conn.execute(
        "SELECT status FROM records WHERE record_id = ? AND kind = 'interview'", (record_id,)
    ).fetchone()
    if state is None or state[0] != "draft":
        return None
    return record_id


def save_open_draft(
    session: Session,
    record_id: str,
    interview: Interview | None,
    person: tuple[str, Person] | None = None,
) -> SavedRevision | None:
    """One autosave of the editor, in one transaction: the person, the interview, the marker.

    ``person`` is (person id, person) when the person changed; it is saved
    first, so that a new interview can point to a new person. ``interview`` is
    None when only the person changed. Returns the interview's new revision.
    """
    with session.vault.write():
        if person is not None:
            records.save_draft(session, person[1], person[0])
        saved = None
        if interview is not None:
            saved = records.save_draft(session, interview, record_id)
            set_open_draft(session, record_id)
    return saved
