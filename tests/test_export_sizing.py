"""Export sizes its payload from lengths stored with each revision, without reading bodies."""

from __future__ import annotations

import dataclasses

from fieldkit.services import records
from fieldkit.services.session import Session
from fieldkit.sync import export
from tests.samples import interview, person


def _fill(session: Session) -> None:
    pid = records.save_draft(session, person()).record_id
    texts = ('Він сказав: "мовчи" і пішов.', "C:\\Users\\scan\\001.jpg", "plain", "ł\\\"ż")
    for n, text in enumerate(texts):
        rid = records.save_draft(
            session, interview(pid, narrative=text, case_number=f"WAW-2026-{n:04d}")
        ).record_id
        if n % 2:
            records.seal(session, rid)


def test_stored_lengths_size_the_payload_exactly(interviewer: Session) -> None:
    _fill(interviewer)
    stored = export._size_revisions(interviewer.vault)
    built = export._size_by_building(interviewer.vault)
    assert (stored.count, stored.length) == (built.count, built.length)
    assert stored.count == 7 and not stored.kept  # nothing read, nothing kept


def test_a_purged_body_counts_as_null(interviewer: Session) -> None:
    _fill(interviewer)
    vault = interviewer.vault
    with vault.write():  # what a purge does to a record's content
        vault.conn.execute(
            "DELETE FROM revision_bodies WHERE hash = (SELECT min(hash) FROM revisions)"
        )
    stored = export._size_revisions(vault)
    built = export._size_by_building(vault)
    assert stored.length == built.length and stored.kept == []


def test_revisions_from_before_the_stored_lengths_are_measured_by_building(
    interviewer: Session,
) -> None:
    _fill(interviewer)
    vault = interviewer.vault
    with vault.write():  # a revision stored before migration 0008 has no length
        vault.conn.execute("DROP TRIGGER revisions_append_only_update")  # to make one here
        vault.conn.execute("UPDATE revisions SET body_json_length = NULL WHERE seq = 1")
    sized = export._size_revisions(vault)
    assert sized.kept  # the slow path ran: it keeps the items it built
    assert dataclasses.astuple(sized) == dataclasses.astuple(export._size_by_building(vault))
