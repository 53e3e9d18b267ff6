"""Exhibits through the services: intake, custody, viewing in memory, explicit export."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from fieldkit.crypto.stream import ExhibitCorrupt, OperationCancelled
from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.errors import InvalidRecord, NotPermitted
from fieldkit.services import evidence, records
from fieldkit.services.session import Session
from fieldkit.services.verify import verify_profile

from .samples import interview, person


def source(tmp_path: Path, size: int = 200_000, name: str = "scan.pdf") -> tuple[Path, bytes]:
    data = os.urandom(size)
    path = tmp_path / name
    path.write_bytes(data)
    return path, data


def test_attach_view_and_custody(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    path, data = source(tmp_path)
    seen: list[int] = []
    attached = evidence.attach(
        interviewer,
        rid,
        path,
        Exhibit(type="scan", provided_by="the witness"),
        progress=seen.append,
    )
    assert attached.sha256 == hashlib.sha256(data).hexdigest()
    assert attached.size == len(data)
    assert seen and seen[-1] == len(data)
    [(exhibit_id, exhibit)] = evidence.exhibits_of(interviewer, rid)
    assert exhibit_id == attached.exhibit_id
    assert (exhibit.media_type, exhibit.original_filename) == ("application/pdf", "scan.pdf")
    assert evidence.view_bytes(interviewer, exhibit_id) == data
    assert b"".join(evidence.view_chunks(interviewer, exhibit_id)) == data
    evidence.add_custody(
        interviewer,
        CustodyEntry(
            exhibit_id=exhibit_id,
            from_party="Olena",
            to_party="HQ courier",
            purpose="transfer to HQ",
        ),
    )
    custody = evidence.custody_of(interviewer, exhibit_id)
    assert [c.purpose for c in custody] == ["intake", "transfer to HQ"]
    assert custody[0].from_party == "the witness"
    assert verify_profile(interviewer).ok


def test_stored_file_is_encrypted_and_not_named_by_its_hash(
    interviewer: Session, tmp_path: Path
) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    path, data = source(tmp_path, 50_000)
    attached = evidence.attach(interviewer, rid, path, Exhibit(type="photo"))
    files = list(interviewer.vault.exhibits_dir.iterdir())
    assert len(files) == 1
    assert attached.sha256 not in files[0].name
    stored = files[0].read_bytes()
    assert data[:64] not in stored and len(stored) > len(data)
    assert files[0].stat().st_mode & 0o777 == 0o600


def test_same_content_is_stored_once(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    path, _ = source(tmp_path, 10_000)
    first = evidence.attach(interviewer, rid, path, Exhibit(type="photo"))
    second = evidence.attach(interviewer, rid, path, Exhibit(type="photo", description="again"))
    assert first.sha256 == second.sha256 and first.exhibit_id != second.exhibit_id
    assert len([p for p in interviewer.vault.exhibits_dir.iterdir() if p.suffix == ".fkx"]) == 1
    assert evidence.view_bytes(interviewer, second.exhibit_id) == path.read_bytes()


def test_tampered_exhibit_is_caught(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    path, _ = source(tmp_path, 100_000)
    attached = evidence.attach(interviewer, rid, path, Exhibit(type="photo"))
    [stored] = list(interviewer.vault.exhibits_dir.iterdir())
    data = bytearray(stored.read_bytes())
    data[70_000] ^= 1
    stored.write_bytes(bytes(data))
    with pytest.raises(ExhibitCorrupt):
        evidence.view_bytes(interviewer, attached.exhibit_id)


def test_cancelled_intake_leaves_nothing(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    path, _ = source(tmp_path, 500_000)
    calls = iter(range(1_000))
    with pytest.raises(OperationCancelled):
        evidence.attach(
            interviewer, rid, path, Exhibit(type="photo"), cancelled=lambda: next(calls) >= 2
        )
    assert list(interviewer.vault.exhibits_dir.iterdir()) == []
    assert evidence.exhibits_of(interviewer, rid) == []


def test_export_is_explicit_atomic_and_audited(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    path, data = source(tmp_path)
    attached = evidence.attach(interviewer, rid, path, Exhibit(type="scan"))
    dest = tmp_path / "out" / "copy.pdf"
    dest.parent.mkdir()
    evidence.export_plaintext(interviewer, attached.exhibit_id, dest)
    assert dest.read_bytes() == data
    assert [p.name for p in dest.parent.iterdir()] == ["copy.pdf"]
    events = [r[0] for r in interviewer.vault.conn.execute("SELECT event FROM audit")]
    assert "exhibit.exported" in events


def test_exhibits_need_an_interview_and_the_right_role(
    interviewer: Session, psychologist: Session, tmp_path: Path
) -> None:
    path, _ = source(tmp_path, 1000)
    pid = records.save_draft(interviewer, person()).record_id
    with pytest.raises(InvalidRecord):
        evidence.attach(interviewer, pid, path, Exhibit(type="photo"))
    with pytest.raises(NotPermitted):
        evidence.attach(psychologist, pid, path, Exhibit(type="photo"))


def test_unreadable_source_is_a_clear_error(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview()).record_id
    with pytest.raises(Exception, match="cannot be read") as caught:
        evidence.attach(interviewer, rid, tmp_path / "nope.jpg", Exhibit(type="photo"))
    assert caught.type.__name__ == "FieldKitError"
