"""Import failures come in the spec's order however the importer groups its work (issue 4).

The importer checks chunks and payload in one pass and writes revisions in
batches; these tests pin down that neither changes which failure is reported.
Bundles are exported by real laptops, then decrypted with HQ's key, altered
and re-encrypted and re-signed with the laptop's own key (as a laptop with a
bug, or a stolen laptop key, would), so that they get past the signature.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from fieldkit.crypto import bundle, identity
from fieldkit.domain import canonical, vocabulary
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.revision import signing_message
from fieldkit.services import evidence, records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store import revisions
from fieldkit.store.vault import SIGNING_PURPOSE
from fieldkit.sync import importer, payload, revisions_in
from fieldkit.sync.org import HQ_BOX

from .conftest import make_profile
from .samples import interview, person
from .test_sync import Org, enroll, hq_revision_count, org, usb, write_interviews
from .vectors.generate import build_payload, craft, resign

__all__ = ["org"]  # the fixture, used by name


def exported(laptop: Session, folder: Path) -> bytes:
    return sync_service.export_bundle(laptop, folder).path.read_bytes()


def items_of(hq: Session, data: bytes) -> tuple[dict[str, object], list[payload.RevisionItem]]:
    """The manifest and revisions of a bundle, read with HQ's key."""
    handle = io.BytesIO(data)
    header = bundle.read_header(handle, len(data))
    key = bundle.open_file_key(header, hq.vault.secret(HQ_BOX))
    plain = b"".join(bundle.decrypt_payload(handle, header, key))
    events = list(payload.parse(iter([plain]), len(plain)))
    manifest = events[0]
    assert isinstance(manifest, dict)
    return manifest, [e for e in events[1:] if isinstance(e, payload.RevisionItem)]


def rebuilt(laptop: Session, hq: Session, manifest: dict[str, object], items: list[bytes]) -> bytes:
    plain = build_payload(dict(manifest), items)
    return craft(plain, laptop.vault.secret(SIGNING_PURPOSE), hq.vault.public_key(HQ_BOX))


def import_data(hq: Session, folder: Path, name: str, data: bytes) -> importer.ImportOutcome:
    path = folder / name
    path.write_bytes(data)
    return importer.import_bundle(hq.vault, path)


def test_a_payload_fault_is_reported_after_a_later_damaged_chunk(org: Org) -> None:
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    for index in range(3):
        records.save_draft(laptop, interview(narrative=f"Свідчення {index} " * 30))
    manifest, revs = items_of(org.hq, exported(laptop, usb(org.tmp)))
    items = [payload.revision_item(r.envelope, r.signature, r.body) for r in revs]
    junk = payload.frame(9, 9000) + bytes(9000)  # an unknown item type, in the first chunks
    faulty = rebuilt(laptop, org.hq, manifest, [junk, *items])
    assert import_data(org.hq, org.tmp, "faulty.fkb", faulty).reason == "bad-payload"

    damaged = bytearray(faulty)
    damaged[-bundle.SIGNATURE_BYTES - 3] ^= 0x01  # inside the last chunk, far after the fault
    resigned = resign(
        bytes(damaged[: -bundle.SIGNATURE_BYTES]), laptop.vault.secret(SIGNING_PURPOSE)
    )
    outcome = import_data(org.hq, org.tmp, "damaged.fkb", resigned)
    assert (outcome.status, outcome.reason) == ("rejected", "bad-chunk"), outcome.message
    assert hq_revision_count(org.hq) == 0


def _foreign_bundle(org: Org, repeat: int = 1) -> tuple[Session, bytes, str]:
    """Laptop A's record at HQ, then laptop B's bundle of 6 revisions, the 3rd on A's record
    (its own narratives ``repeat`` times as long: 400 makes the bundle several chunks)."""
    first = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, first, "Laptop 7")
    record_id = records.save_draft(first, interview(narrative="Перше свідчення")).record_id
    assert import_data(org.hq, org.tmp, "a.fkb", exported(first, usb(org.tmp, "a"))).status == (
        "imported"
    )
    second = make_profile("interviewer", "Anna Nowak")
    enroll(org, second, "Laptop 9")
    versions = vocabulary.versions()
    for index in range(6):
        if index == 2:
            with second.vault.write():
                revisions.append(
                    second.vault,
                    record_id,
                    interview(narrative="Чуже"),
                    status="draft",
                    vocabularies=versions,
                )
        else:
            records.save_draft(second, interview(narrative=f"Своє свідчення {index} " * repeat))
    return second, exported(second, usb(org.tmp, "b")), record_id


@pytest.mark.parametrize("batch", [1, 2, 4, revisions_in.BATCH])
def test_a_revision_of_another_laptops_record_is_refused(
    org: Org, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(revisions_in, "BATCH", batch)
    _second, data, record_id = _foreign_bundle(org)
    before = hq_revision_count(org.hq)
    outcome = import_data(org.hq, org.tmp, "b.fkb", data)
    assert (outcome.status, outcome.reason) == ("rejected", "bad-revision")
    assert "belongs to another laptop" in outcome.message
    assert hq_revision_count(org.hq) == before
    owner = org.hq.vault.conn.execute(
        "SELECT profile_id, revision FROM hq_records WHERE record_id = ?", (record_id,)
    ).fetchone()
    assert owner[1] == 1  # HQ's record is as laptop A left it


@pytest.mark.parametrize("batch", [1, 2, 4, revisions_in.BATCH])
@pytest.mark.parametrize(
    ("altered", "expected"), [(4, "belongs to another laptop"), (1, "does not match its hash")]
)
def test_the_first_bad_revision_in_bundle_order_is_reported(
    org: Org, monkeypatch: pytest.MonkeyPatch, batch: int, altered: int, expected: str
) -> None:
    """Revision 3 rewrites laptop A's record; revision ``altered`` has a changed body."""
    monkeypatch.setattr(revisions_in, "BATCH", batch)
    second, data, _record_id = _foreign_bundle(org)
    manifest, revs = items_of(org.hq, data)
    items = []
    for index, rev in enumerate(revs):
        body = rev.body
        if index == altered:
            assert body is not None
            body = body.replace("Своє".encode(), "Чуже".encode())
        items.append(payload.revision_item(rev.envelope, rev.signature, body))
    outcome = import_data(org.hq, org.tmp, "b2.fkb", rebuilt(second, org.hq, manifest, items))
    assert (outcome.status, outcome.reason) == ("rejected", "bad-revision")
    assert expected in outcome.message


def test_a_revision_fault_is_reported_after_a_later_damaged_chunk(org: Org) -> None:
    """One pass stops at a bad revision (step 9) but still reads on: a damaged chunk
    later in the file (step 6) is what is reported, and HQ is unchanged."""
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    for index in range(4):
        records.save_draft(laptop, interview(narrative=f"Свідчення {index} " * 400))
    manifest, revs = items_of(org.hq, exported(laptop, usb(org.tmp)))
    first, *rest = revs
    items = [payload.revision_item(first.envelope, bytes(64), first.body)]  # bad signature
    items += [payload.revision_item(r.envelope, r.signature, r.body) for r in rest]
    faulty = rebuilt(laptop, org.hq, manifest, items)
    outcome = import_data(org.hq, org.tmp, "faulty.fkb", faulty)
    assert (outcome.reason, hq_revision_count(org.hq)) == ("bad-revision", 0), outcome.message

    damaged = bytearray(faulty)
    damaged[-bundle.SIGNATURE_BYTES - 3] ^= 0x01  # inside the last chunk, far after the fault
    resigned = resign(
        bytes(damaged[: -bundle.SIGNATURE_BYTES]), laptop.vault.secret(SIGNING_PURPOSE)
    )
    outcome = import_data(org.hq, org.tmp, "damaged.fkb", resigned)
    assert (outcome.status, outcome.reason) == ("rejected", "bad-chunk"), outcome.message
    assert hq_revision_count(org.hq) == 0

    clean = import_data(org.hq, org.tmp, "clean.fkb", exported(laptop, usb(org.tmp)))
    assert (clean.status, clean.revisions_new) == ("imported", 4), clean.message


@pytest.mark.parametrize(
    "bad_body",
    [b'{"x":1}', b'{"name_cyr":7}', b"[]", b"not json", '{"name_cyr":"Ганна"} '.encode()],
)
def test_a_signed_person_body_that_is_not_a_person_is_refused(org: Org, bad_body: bytes) -> None:
    """Not only interviews: a body of any kind whose hash the laptop signed must still
    be a valid record of that kind, or the bundle is refused and HQ is unchanged."""
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    pid = records.save_draft(laptop, person()).record_id
    records.save_draft(laptop, person(name_lat="Hanna Petrenko-Shevchenko"), record_id=pid)
    manifest, revs = items_of(org.hq, exported(laptop, usb(org.tmp)))
    *kept, last = revs
    envelope = json.loads(last.envelope)
    envelope["body_sha256"] = hashlib.sha256(bad_body).hexdigest()
    new_envelope = canonical.dumps(envelope)
    signature = identity.sign(
        laptop.vault.secret(SIGNING_PURPOSE), signing_message(canonical.sha256_hex(new_envelope))
    )
    items = [payload.revision_item(r.envelope, r.signature, r.body) for r in kept]
    items.append(payload.revision_item(new_envelope, signature, bad_body))
    outcome = import_data(org.hq, org.tmp, "person.fkb", rebuilt(laptop, org.hq, manifest, items))
    assert (outcome.status, outcome.reason) == ("rejected", "bad-revision"), outcome.message
    assert "not a valid person record" in outcome.message
    assert hq_revision_count(org.hq) == 0


def test_a_pending_foreign_revision_does_not_hide_a_later_payload_fault(org: Org) -> None:
    """The foreign revision is only found when its batch is written; a malformed item
    after it (step 7) must still be what is reported, not the step 9 fault."""
    second, data, _record = _foreign_bundle(org)
    manifest, revs = items_of(org.hq, data)
    items = [payload.revision_item(r.envelope, r.signature, r.body) for r in revs]
    junk = payload.frame(9, 10) + bytes(10)  # an unknown item type after the revisions
    outcome = import_data(
        org.hq, org.tmp, "j.fkb", rebuilt(second, org.hq, manifest, [*items, junk])
    )
    assert (outcome.status, outcome.reason) == ("rejected", "bad-payload"), outcome.message
    assert hq_revision_count(org.hq) == 1  # laptop A's only


def test_a_pending_foreign_revision_does_not_hide_a_later_damaged_chunk(org: Org) -> None:
    second, data, _record = _foreign_bundle(org, repeat=400)
    manifest, revs = items_of(org.hq, data)
    items = [payload.revision_item(r.envelope, r.signature, r.body) for r in revs]
    faulty = bytearray(rebuilt(second, org.hq, manifest, items))
    assert len(faulty) > 4 * 4096  # the damage is chunks after the foreign revision
    faulty[-bundle.SIGNATURE_BYTES - 3] ^= 0x01
    resigned = resign(
        bytes(faulty[: -bundle.SIGNATURE_BYTES]), second.vault.secret(SIGNING_PURPOSE)
    )
    outcome = import_data(org.hq, org.tmp, "d.fkb", resigned)
    assert (outcome.status, outcome.reason) == ("rejected", "bad-chunk"), outcome.message
    assert hq_revision_count(org.hq) == 1


def test_a_manifest_count_fault_outranks_an_earlier_bad_revision(org: Org) -> None:
    """Step 8 before step 9: a count the manifest gets wrong is only visible at the end."""
    laptop, data = three_revisions(org)
    manifest, revs = items_of(org.hq, data)
    first, *rest = revs
    items = [payload.revision_item(first.envelope, bytes(64), first.body)]  # step 9 fault
    items += [payload.revision_item(r.envelope, r.signature, r.body) for r in rest]
    outcome = import_data(org.hq, org.tmp, "ok-count.fkb", rebuilt(laptop, org.hq, manifest, items))
    assert outcome.reason == "bad-revision", outcome.message
    miscounted = {**manifest, "revisions": len(revs) + 1}
    outcome = import_data(org.hq, org.tmp, "m.fkb", rebuilt(laptop, org.hq, miscounted, items))
    assert (outcome.status, outcome.reason) == ("rejected", "bad-manifest"), outcome.message
    assert hq_revision_count(org.hq) == 0


def test_exhibits_written_before_a_later_damaged_chunk_are_removed(org: Org) -> None:
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    ids = write_interviews(laptop)
    for number in range(2):
        photo = org.tmp / f"photo{number}.jpg"
        photo.write_bytes(os.urandom(300_000))
        evidence.attach(laptop, ids[0], photo, Exhibit(type="photo"))
    data = bytearray(exported(laptop, usb(org.tmp)))
    store = org.hq.vault.exhibits_dir
    before = sorted(path.name for path in store.glob("*")) if store.exists() else []
    data[-bundle.SIGNATURE_BYTES - 3] ^= 0x01  # in the second exhibit's last chunk
    resigned = resign(bytes(data[: -bundle.SIGNATURE_BYTES]), laptop.vault.secret(SIGNING_PURPOSE))
    outcome = import_data(org.hq, org.tmp, "e.fkb", resigned)
    assert (outcome.status, outcome.reason) == ("rejected", "bad-chunk"), outcome.message
    after = sorted(path.name for path in store.glob("*")) if store.exists() else []
    assert after == before
    assert org.hq.vault.conn.execute("SELECT count(*) FROM exhibit_blobs").fetchone()[0] == 0
    assert hq_revision_count(org.hq) == 0


def forked_gap_bundles(
    laptop: Session, hq: Session, data: bytes, names: str = "forked"
) -> tuple[bytes, bytes, bytes]:
    """From a bundle of revisions 1 to 3: (late, forked, real). ``late`` is bundle 2 with
    revision 3 alone, naming as its predecessor the bundle ``names`` (``forked`` or
    ``real``); both of those are bundle 1 with revisions 1 and 2, the forked one with
    another revision 2 that revision 3 does not follow."""
    manifest, (one, two, three) = items_of(hq, data)
    envelope = json.loads(two.envelope)
    envelope["created_at"] = "2026-12-02T03:00:00.000000Z"  # another revision 2
    other = canonical.dumps(envelope)
    signature = identity.sign(
        laptop.vault.secret(SIGNING_PURPOSE), signing_message(canonical.sha256_hex(other))
    )
    early = {**manifest, "revisions": 2}
    first = payload.revision_item(one.envelope, one.signature, one.body)
    forked = rebuilt(laptop, hq, early, [first, payload.revision_item(other, signature, two.body)])
    real = rebuilt(
        laptop, hq, early, [first, payload.revision_item(two.envelope, two.signature, two.body)]
    )
    named = hashlib.sha256(forked if names == "forked" else real).hexdigest()
    late = {**manifest, "seq": 2, "prev_bundle_hash": named, "revisions": 1}
    item = payload.revision_item(three.envelope, three.signature, three.body)
    return rebuilt(laptop, hq, late, [item]), forked, real


def three_revisions(org: Org) -> tuple[Session, bytes]:
    """An enrolled laptop with three draft interviews, and its first bundle."""
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    for index in range(3):
        records.save_draft(laptop, interview(narrative=f"Свідчення {index}"))
    return laptop, exported(laptop, usb(org.tmp))


def test_filling_a_gap_with_another_history_is_a_fork(org: Org) -> None:
    """HQ holds revision 3 (its link to 2 unchecked, 2 has not arrived); a revision 2
    that revision 3 does not follow is a fork, even in the bundle that bundle 2 names."""
    laptop, data = three_revisions(org)
    late, forked, real = forked_gap_bundles(laptop, org.hq, data, names="forked")
    outcome = import_data(org.hq, org.tmp, "late.fkb", late)
    assert outcome.status == "imported", outcome.message
    outcome = import_data(org.hq, org.tmp, "fork.fkb", forked)
    assert (outcome.status, outcome.reason) == ("rejected", "fork"), outcome.message
    assert "Revision 2" in outcome.message  # found by the revision check (step 9)
    outcome = import_data(org.hq, org.tmp, "real.fkb", real)
    assert (outcome.status, outcome.reason) == ("rejected", "fork"), outcome.message
    assert "Bundle 1" in outcome.message  # not the bundle 1 that bundle 2 names (step 8)
    assert hq_revision_count(org.hq) == 1


def test_filling_a_gap_with_another_bundle_is_a_fork(org: Org) -> None:
    laptop, data = three_revisions(org)
    late, forked, real = forked_gap_bundles(laptop, org.hq, data, names="real")
    assert import_data(org.hq, org.tmp, "late.fkb", late).status == "imported"
    outcome = import_data(org.hq, org.tmp, "fork.fkb", forked)
    assert (outcome.status, outcome.reason) == ("rejected", "fork"), outcome.message
    assert "Bundle 1" in outcome.message
    outcome = import_data(org.hq, org.tmp, "real.fkb", real)
    assert (outcome.status, outcome.revisions_new) == ("imported", 2), outcome.message
    assert hq_revision_count(org.hq) == 3
    assert sync_service.missing_bundles(org.hq) == {}


def test_a_revision_without_its_content_is_refused_unless_hq_holds_it(org: Org) -> None:
    """A purged body never travels (only acknowledged revisions are purged); a
    revision HQ lacks must bring its content, or HQ would keep a hollow record."""
    laptop, data = three_revisions(org)
    manifest, revs = items_of(org.hq, data)
    hollow = [payload.revision_item(r.envelope, r.signature, None) for r in revs]
    outcome = import_data(org.hq, org.tmp, "hollow.fkb", rebuilt(laptop, org.hq, manifest, hollow))
    assert (outcome.status, outcome.reason) == ("rejected", "bad-revision"), outcome.message
    assert "content is missing" in outcome.message
    assert hq_revision_count(org.hq) == 0

    assert import_data(org.hq, org.tmp, "full.fkb", data).status == "imported"
    again = {**manifest, "seq": 2, "prev_bundle_hash": hashlib.sha256(data).hexdigest()}
    outcome = import_data(org.hq, org.tmp, "again.fkb", rebuilt(laptop, org.hq, again, hollow))
    assert (outcome.status, outcome.revisions_new) == ("imported", 0), outcome.message
