"""Laptop -> USB -> HQ -> receipt -> laptop, with real profiles, files and keys."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.notes import SessionNote
from fieldkit.services import evidence, profiles, records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session

from .conftest import PASSPHRASE, make_profile
from .samples import interview, person


@dataclass
class Org:
    hq: Session
    clinical: Session
    provisioning: Path
    tmp: Path


def enroll(org: Org, session: Session, device: str) -> None:
    info = sync_service.read_provisioning(org.provisioning)
    assert info["fingerprint"] == sync_service.current_org(org.hq).hq_fingerprint  # type: ignore[union-attr]
    sync_service.join(session, org.provisioning, device)
    request = org.tmp / f"request-{session.info.id}.fkq"
    fingerprint = sync_service.write_request(session, request, device)
    received = sync_service.receive_request(org.hq, request)
    assert received["fingerprint"] == fingerprint
    sync_service.approve(org.hq, session.info.id)


@pytest.fixture
def org(tmp_path: Path) -> Org:
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = tmp_path / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = tmp_path / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    sync_service.join(clinical, provisioning, "HQ clinical laptop")
    return Org(hq, clinical, provisioning, tmp_path)


def usb(tmp: Path, name: str = "usb") -> Path:
    folder = tmp / name
    folder.mkdir(exist_ok=True)
    return folder


def write_interviews(session: Session, count: int = 3) -> list[str]:
    pid = records.save_draft(session, person()).record_id
    ids = [
        records.save_draft(session, interview(pid, narrative=f"Свідчення {i}")).record_id
        for i in range(count)
    ]
    records.seal(session, ids[0])
    return ids


def hq_revision_count(hq: Session) -> int:
    return int(hq.vault.conn.execute("SELECT count(*) FROM hq_revisions").fetchone()[0])


def test_round_trip_with_receipt(org: Org) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 7 (Kraków)")
    ids = write_interviews(laptop)
    photo = org.tmp / "photo.jpg"
    photo.write_bytes(os.urandom(300_000))
    evidence.attach(laptop, ids[0], photo, Exhibit(type="photo"))
    before = sync_service.pending(laptop)
    assert before.revisions > 0 and before.exhibits == 1
    stick = usb(org.tmp)
    seen: list[tuple[int, int]] = []
    result = sync_service.export_bundle(laptop, stick, progress=lambda d, t: seen.append((d, t)))
    assert result.path.exists() and result.seq == 1
    assert [p.name for p in stick.iterdir()] == [result.path.name]
    assert seen and seen[-1][0] <= seen[-1][1]

    receipts_dir = usb(org.tmp, "receipts")
    [outcome] = sync_service.import_bundles(org.hq, [stick], receipts_dir=receipts_dir)
    assert outcome.status == "imported", outcome.message
    assert outcome.revisions_new == before.revisions and outcome.exhibits == 1
    assert outcome.receipt is not None and outcome.missing == []
    current = {r.record_id: r for r in sync_service.hq_records(org.hq)}
    assert current[ids[0]].status == "sealed" and current[ids[1]].city == "Warszawa"

    assert not sync_service.safe_at_hq(laptop, ids[0])
    applied = sync_service.apply_receipt(laptop, outcome.receipt)
    assert applied.revisions_acknowledged == before.revisions
    assert sync_service.safe_at_hq(laptop, ids[0])
    assert sync_service.pending(laptop).revisions == 0
    assert sync_service.pending(laptop).exhibits == 0

    # A second export carries only what is new; HQ keeps every revision.
    records.save_draft(laptop, interview(narrative="Нове"), ids[1])
    second = sync_service.export_bundle(laptop, stick)
    assert (second.seq, second.revisions) == (2, 1)
    [again] = sync_service.import_bundles(org.hq, [second.path])
    assert again.status == "imported" and again.revisions_new == 1
    assert len(sync_service.hq_history(org.hq, ids[1])) == 2


def test_replay_is_a_no_op(org: Org) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 1")
    write_interviews(laptop)
    result = sync_service.export_bundle(laptop, usb(org.tmp))
    copy = org.tmp / "copy.fkb"
    shutil.copy(result.path, copy)
    [first] = sync_service.import_bundles(org.hq, [result.path])
    count = hq_revision_count(org.hq)
    [replay] = sync_service.import_bundles(org.hq, [copy])
    assert replay.status == "replay" and "already imported" in replay.message
    assert hq_revision_count(org.hq) == count and first.status == "imported"


def test_revoked_and_unknown_devices_are_rejected(org: Org) -> None:
    laptop, stranger = make_profile(), make_profile(name="Stranger")
    enroll(org, laptop, "Lost laptop")
    sync_service.join(stranger, org.provisioning, "not enrolled")
    write_interviews(laptop)
    write_interviews(stranger)
    stick = usb(org.tmp)
    sync_service.export_bundle(laptop, stick)
    sync_service.export_bundle(stranger, stick)
    sync_service.revoke(org.hq, laptop.info.id)
    outcomes = sync_service.import_bundles(org.hq, [stick])
    assert sorted(o.reason for o in outcomes) == ["revoked-key", "unknown-key"]
    assert hq_revision_count(org.hq) == 0
    assert list(stick.iterdir()) == []  # moved to quarantine
    assert len(sync_service.quarantine(org.hq)) == 2


def test_gap_is_reported_then_filled(org: Org) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 3")
    paths = []
    for i in range(3):
        records.save_draft(laptop, interview(narrative=f"Частина {i}"))
        paths.append(sync_service.export_bundle(laptop, usb(org.tmp, f"usb{i}")).path)
    [third] = sync_service.import_bundles(org.hq, [paths[2]])
    assert third.status == "imported" and third.missing == [1, 2]
    assert sync_service.missing_bundles(org.hq) == {"Olena Kovalenko (Laptop 3)": [1, 2]}
    [first] = sync_service.import_bundles(org.hq, [paths[0]])
    assert first.status == "imported" and first.missing == [2]
    [second] = sync_service.import_bundles(org.hq, [paths[1]])
    assert second.status == "imported" and second.missing == []
    assert hq_revision_count(org.hq) == 3


def test_fork_is_rejected(org: Org) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 5")
    write_interviews(laptop, 1)
    folder = laptop.vault.folder
    laptop.lock()
    clone_root = org.tmp / "clone"
    shutil.copytree(folder.parent, clone_root)
    original = profiles.unlock(laptop.info.id, PASSPHRASE)
    records.save_draft(original, interview(narrative="A"))
    a = sync_service.export_bundle(original, usb(org.tmp, "a"))
    clone = profiles.unlock(laptop.info.id, PASSPHRASE, root=clone_root)
    records.save_draft(clone, interview(narrative="B"))
    b = sync_service.export_bundle(clone, usb(org.tmp, "b"))
    assert a.seq == b.seq == 1
    [ok] = sync_service.import_bundles(org.hq, [a.path])
    count = hq_revision_count(org.hq)
    [forked] = sync_service.import_bundles(org.hq, [b.path])
    assert ok.status == "imported" and forked.reason == "fork"
    assert hq_revision_count(org.hq) == count


def test_psychologist_bundles_reach_only_the_clinical_lead(org: Org) -> None:
    psych = make_profile("psychologist", "Marta Nowak")
    enroll(org, psych, "Psych laptop")
    note = records.save_note(
        psych,
        SessionNote(person_code="P-0042", risk_level="high", observations="Кошмари, безсоння."),
    )
    bundle = sync_service.export_bundle(psych, usb(org.tmp)).path
    receipts_dir = usb(org.tmp, "receipts")
    [held] = sync_service.import_bundles(org.hq, [bundle], receipts_dir=receipts_dir)
    assert held.status == "held" and held.receipt is not None
    assert hq_revision_count(org.hq) == 0
    held_file = next((org.hq.vault.folder / "held").iterdir())
    assert b"\xd0\x9a\xd0\xbe\xd1\x88" not in held_file.read_bytes()  # "Кош"
    sync_service.apply_receipt(psych, held.receipt)
    assert sync_service.pending(psych).revisions == 0

    roster = org.tmp / "roster.fkr"
    sync_service.write_roster(org.hq, roster)
    sync_service.import_roster(org.clinical, roster)
    [forwarded] = sync_service.forward_held(org.hq, usb(org.tmp, "to-clinical"))
    assert forwarded.read_bytes() == held_file.read_bytes()
    [opened] = sync_service.import_bundles(org.clinical, [forwarded])
    assert opened.status == "imported", opened.message
    rows = org.clinical.vault.conn.execute("SELECT record_id FROM hq_revisions").fetchall()
    assert rows == [(note.record_id,)]


def test_a_malformed_receipt_is_refused(org: Org) -> None:
    laptop = make_profile()
    enroll(org, laptop, "Laptop 9")
    bad = org.tmp / "receipt.fkr"
    bad.write_bytes(b'{"document":{},"signature":"00"}')
    with pytest.raises(Exception, match="receipt") as caught:
        sync_service.apply_receipt(laptop, bad)
    assert caught.type.__name__ == "SignedDocumentInvalid"


def test_purge_policy(org: Org) -> None:
    from datetime import UTC, datetime, timedelta

    from fieldkit.services.verify import verify_profile
    from fieldkit.sync import purge

    laptop = make_profile()
    enroll(org, laptop, "Laptop 11")
    ids = write_interviews(laptop, 2)  # ids[0] sealed, ids[1] a draft
    photo = org.tmp / "p.jpg"
    photo.write_bytes(os.urandom(10_000))
    evidence.attach(laptop, ids[0], photo, Exhibit(type="photo"))
    receipts_dir = usb(org.tmp, "r")
    bundle = sync_service.export_bundle(laptop, usb(org.tmp)).path
    [outcome] = sync_service.import_bundles(org.hq, [bundle], receipts_dir=receipts_dir)
    assert sync_service.purge_policy(laptop) == "off"
    sync_service.apply_receipt(laptop, outcome.receipt)  # type: ignore[arg-type]
    assert records.load(laptop, ids[0]).status == "sealed"  # off: nothing removed
    pid = records.save_draft(laptop, person(code="P-0100")).record_id
    unacked = records.save_draft(laptop, interview(pid, narrative="ще не надіслано")).record_id
    records.seal(laptop, unacked)

    sync_service.set_purge_policy(laptop, "after_receipt_days:30")
    assert purge.run(laptop.vault).records == 0  # acknowledged today, not 30 days ago
    later = datetime.now(UTC) + timedelta(days=31)
    result = purge.run(laptop.vault, now=later)
    assert result.exhibits == 1 and result.records >= 3  # interview, exhibit, custody
    with pytest.raises(Exception, match="purged"):
        records.load(laptop, ids[0])
    assert records.load(laptop, ids[1]).status == "draft"  # drafts are never purged
    assert records.load(laptop, unacked).status == "sealed"  # unacknowledged: kept
    assert records.search_interviews(laptop, "Свідчення") == [ids[1]]
    assert [p for p in laptop.vault.exhibits_dir.iterdir() if p.suffix == ".fkx"] == []
    report = verify_profile(laptop)
    assert report.ok, report.problems
    events = [r[0] for r in laptop.vault.conn.execute("SELECT event FROM audit")]
    assert "purge" in events
    with pytest.raises(Exception, match="purge policy"):
        sync_service.set_purge_policy(laptop, "always")


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.none() | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
def test_revision_item_length_is_exact(env_text: str, body_text: str | None) -> None:
    from fieldkit.domain import canonical
    from fieldkit.sync import payload

    envelope = canonical.dumps({"t": env_text, 'q"\\': [1, None]})
    body = None if body_text is None else canonical.dumps({"b": body_text})
    item = payload.revision_item(envelope, bytes(64), body)
    assert payload.revision_item_length(len(envelope), None if body is None else len(body)) == (
        len(item)
    )
    assert payload._revision(item[payload.FRAME_BYTES :]) == payload.RevisionItem(
        envelope, bytes(64), body
    )
