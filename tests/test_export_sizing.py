"""Export sizes its payload from the stored lengths (SQL ``length()``), without reading bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.services import profiles, records
from fieldkit.services.session import Session
from fieldkit.store.vault import Vault
from fieldkit.sync import export, importer, payload
from tests.conftest import PASSPHRASE, make_profile
from tests.samples import interview, person
from tests.test_sync import Org, enroll, org

__all__ = ["org"]  # the fixture, used by name


def _fill(session: Session) -> None:
    pid = records.save_draft(session, person()).record_id
    texts = ('Він сказав: "мовчи" і пішов.', "C:\\Users\\scan\\001.jpg", "plain", 'ł\\"ż')
    for n, text in enumerate(texts):
        rid = records.save_draft(
            session, interview(pid, narrative=text, case_number=f"WAW-2026-{n:04d}")
        ).record_id
        if n % 2:
            records.seal(session, rid)


def _built(session: Session) -> tuple[int, int]:
    items = list(export._revision_items(session.vault))
    return len(items), sum(len(item) for item in items)


def test_the_sizing_query_gives_the_bytes_the_items_take(interviewer: Session) -> None:
    _fill(interviewer)
    assert export._size_revisions(interviewer.vault) == _built(interviewer)
    assert export._size_revisions(interviewer.vault)[0] == 7


def test_a_purged_body_takes_no_bytes(interviewer: Session) -> None:
    _fill(interviewer)
    vault = interviewer.vault
    before = export._size_revisions(vault)
    with vault.write():  # what a purge does to a record's content
        body_length = vault.conn.execute(
            "SELECT length(body) FROM revision_bodies"
            " WHERE hash = (SELECT min(hash) FROM revisions)"
        ).fetchone()[0]
        vault.conn.execute(
            "DELETE FROM revision_bodies WHERE hash = (SELECT min(hash) FROM revisions)"
        )
    after = export._size_revisions(vault)
    assert after == _built(interviewer)
    assert after == (before[0], before[1] - body_length)


def test_an_acknowledged_revision_is_not_counted(interviewer: Session) -> None:
    _fill(interviewer)
    vault = interviewer.vault
    count, length = export._size_revisions(vault)
    with vault.write():
        envelope_length, body_length = vault.conn.execute(
            "SELECT length(r.envelope), length(b.body) FROM revisions r"
            " JOIN revision_bodies b ON b.hash = r.hash WHERE r.seq = 1"
        ).fetchone()
        vault.conn.execute(
            "INSERT INTO acknowledged_revisions (hash, bundle_seq, acked_at)"
            " SELECT hash, 1, '2026-12-02T00:00:00.000000Z' FROM revisions WHERE seq = 1"
        )
    item = payload.ITEM_FIXED + envelope_length + body_length
    assert export._size_revisions(vault) == (count - 1, length - item) == _built(interviewer)


def test_a_save_from_another_connection_during_an_export_waits_for_the_next_bundle(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sizing and writing share one read snapshot: a revision committed in between
    (here by a second unlock of the same profile) is not half in this bundle."""
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    _fill(laptop)
    other = profiles.unlock(laptop.info.id, PASSPHRASE)
    sizing = export._size_revisions

    def size_then_save(vault: Vault) -> tuple[int, int]:
        sized = sizing(vault)
        records.save_draft(other, interview(narrative="Saved while the bundle was sized."))
        return sized

    monkeypatch.setattr(export, "_size_revisions", size_then_save)
    result = export.export_bundle(laptop.vault, tmp_path / "usb")
    other.lock()
    monkeypatch.setattr(export, "_size_revisions", sizing)
    assert result.revisions == 7
    assert export._size_revisions(laptop.vault)[0] == 8  # the new one, for the next bundle
    imported = importer.import_bundle(org.hq.vault, result.path)
    assert (imported.status, imported.revisions_new) == ("imported", 7), imported.message
