"""A verifier written from docs/bundle-format.md alone agrees with FieldKit (issue 4).

``tests/spec_verifier.py`` imports nothing from FieldKit. Here it checks every
vector against its ``expect:`` line, and bundles exported and altered by real
profiles against the verdict of FieldKit's own importer.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import nacl.signing
import pytest

from fieldkit.crypto import bundle
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.notes import SessionNote
from fieldkit.services import evidence, records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store.vault import BOX_PURPOSE, SIGNING_PURPOSE
from fieldkit.sync import importer, payload
from fieldkit.sync.org import HQ_BOX

from . import spec_verifier as spec
from .conftest import make_profile
from .samples import interview
from .test_import_order import (
    exported,
    forked_gap_bundles,
    items_of,
    rebuilt,
    three_revisions,
)
from .test_sync import Org, enroll, org, usb, write_interviews
from .test_vectors import NAMES, read_vector
from .vectors.generate import craft, resign

__all__ = ["org"]  # the fixture, used by name

VECTORS = Path(__file__).resolve().parent / "vectors"


def vector_keys() -> spec.Keys:
    keys = json.loads((VECTORS / "keys.json").read_text(encoding="utf-8"))
    return spec.Keys(
        hq_box_public=bytes.fromhex(keys["hq_box_public"]),
        hq_box_secret=bytes.fromhex(keys["hq_box_secret"]),
        clinical_box_public=bytes.fromhex(keys["clinical_box_public"]),
        roster={bytes.fromhex(d["signing_public"]): d for d in keys["roster"]},
    )


def verdict(data: bytes, keys: spec.Keys, ledger: spec.Ledger, **kwargs: int) -> str:
    try:
        return spec.verify(data, keys, ledger, **kwargs)
    except spec.Refused as refused:
        return refused.reason


@pytest.mark.parametrize("name", NAMES)
def test_the_spec_verifier_gives_every_vector_its_expected_verdict(name: str) -> None:
    keys, ledger = vector_keys(), spec.Ledger()
    fields, data = read_vector(name)
    for prior in filter(None, (p.strip() for p in fields.get("prior", "").split(","))):
        assert verdict(read_vector(prior)[1], keys, ledger) == "success"
    limits = {"max_bytes": int(fields["max-bytes"])} if "max-bytes" in fields else {}
    assert verdict(data, keys, ledger, **limits) == fields["expect"]


def hq_keys(hq: Session) -> spec.Keys:
    roster = {
        d.signing_public: {"profile_id": d.profile_id, "role": d.role, "status": d.status}
        for d in sync_service.devices(hq)
    }
    clinical = sync_service.current_org(hq)
    assert clinical is not None
    return spec.Keys(
        hq.vault.public_key(HQ_BOX), hq.vault.secret(HQ_BOX), clinical.clinical_box_public, roster
    )


def fieldkit_verdict(hq: Session, folder: Path, data: bytes) -> str:
    path = folder / "check.fkb"
    path.write_bytes(data)
    outcome = importer.import_bundle(hq.vault, path)
    return "success" if outcome.status == "imported" else outcome.reason or outcome.status


def test_real_bundles_pass_and_altered_ones_fail_alike(org: Org) -> None:
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7 (Kraków)")
    ids = write_interviews(laptop)
    photo = org.tmp / "photo.jpg"
    content = os.urandom(200_000)
    photo.write_bytes(content)
    evidence.attach(laptop, ids[0], photo, Exhibit(type="photo"))
    records.save_draft(laptop, interview(narrative='Він сказав: "мовчи" \\ і пішов. ' * 300))
    first = sync_service.export_bundle(laptop, usb(org.tmp, "one")).path.read_bytes()
    seed = laptop.vault.secret(SIGNING_PURPOSE)
    manifest, revs = items_of(org.hq, first)
    items = [payload.revision_item(r.envelope, r.signature, r.body) for r in revs]
    bad_signature = [payload.revision_item(revs[0].envelope, bytes(64), revs[0].body), *items[1:]]
    sha = manifest["exhibits"][0]["sha256"]  # type: ignore[index]
    exhibit = [payload.exhibit_frame(sha, len(content)) + content]
    damaged = bytearray(first)
    damaged[-bundle.SIGNATURE_BYTES - 5] ^= 0x01
    cases = {
        "bad-revision": rebuilt(laptop, org.hq, manifest, bad_signature + exhibit),
        "bad-payload": rebuilt(
            laptop, org.hq, manifest, [*items, *exhibit, payload.frame(9, 3) + b"abc"]
        ),
        "bad-manifest": rebuilt(laptop, org.hq, manifest, items),  # the exhibit left out
        "bad-chunk": resign(bytes(damaged[: -bundle.SIGNATURE_BYTES]), seed),
        "bad-signature": bytes(damaged),
        "truncated": first[: -bundle.SIGNATURE_BYTES],
    }
    keys, ledger = hq_keys(org.hq), spec.Ledger()
    for reason, data in cases.items():
        assert (verdict(data, keys, ledger), fieldkit_verdict(org.hq, org.tmp, data)) == (
            reason,
            reason,
        )
    assert verdict(first, keys, ledger) == fieldkit_verdict(org.hq, org.tmp, first) == "success"
    assert verdict(first, keys, ledger) == "replay"

    records.save_draft(laptop, interview(narrative="Друге свідчення, після першого пакета."))
    second = sync_service.export_bundle(laptop, usb(org.tmp, "two")).path.read_bytes()
    assert verdict(second, keys, ledger) == fieldkit_verdict(org.hq, org.tmp, second) == "success"


@pytest.mark.parametrize("names", ["forked", "real"])
def test_the_spec_verifier_finds_the_gap_forks_too(org: Org, names: str) -> None:
    """The cases of test_import_order's gap tests, through both verifiers."""
    laptop, data = three_revisions(org)
    late, forked, real = forked_gap_bundles(laptop, org.hq, data, names=names)
    keys, ledger = hq_keys(org.hq), spec.Ledger()
    expected = [
        ("success", late),
        ("fork", forked),
        ("fork" if names == "forked" else "success", real),
    ]
    for verdict_wanted, bundle_data in expected:
        got = (verdict(bundle_data, keys, ledger), fieldkit_verdict(org.hq, org.tmp, bundle_data))
        assert got == (verdict_wanted, verdict_wanted)


def test_a_psychologists_bundle_is_held_and_never_readable_by_hq_keys(org: Org) -> None:
    """Kind 2 is held unread by both; the same content re-sealed to the HQ key, with its
    manifest still saying ``clinical``, is refused by both at the manifest (step 8)."""
    psych = make_profile("psychologist", "Marta Nowak")
    enroll(org, psych, "Psych laptop")
    records.save_note(psych, SessionNote(person_code="P-0042", observations="Кошмари."))
    data = sync_service.export_bundle(psych, usb(org.tmp)).path.read_bytes()
    keys, ledger = hq_keys(org.hq), spec.Ledger()
    assert verdict(data, keys, ledger) == fieldkit_verdict(org.hq, org.tmp, data) == "held"

    handle = io.BytesIO(data)
    header = bundle.read_header(handle, len(data))
    file_key = bundle.open_file_key(header, org.clinical.vault.secret(BOX_PURPOSE))
    plain = b"".join(bundle.decrypt_payload(handle, header, file_key))
    to_hq = craft(plain, psych.vault.secret(SIGNING_PURPOSE), org.hq.vault.public_key(HQ_BOX))
    assert verdict(to_hq, keys, ledger) == fieldkit_verdict(org.hq, org.tmp, to_hq)
    assert verdict(to_hq, keys, ledger) == "bad-manifest"


@pytest.mark.parametrize(
    "change",
    [
        {"prev_hash": "ab" * 32},  # seq 1 with a predecessor
        {"seq": True},
        {"status": "archived"},
        {"kind": "diary"},
        {"record_id": "NOT-A-UUID"},
        {"extra": "field"},
    ],
)
def test_both_verifiers_refuse_an_envelope_against_vault_format_4_2(
    org: Org, change: dict[str, object]
) -> None:
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    records.save_draft(laptop, interview(narrative="Одне свідчення."))
    manifest, [rev] = items_of(org.hq, exported(laptop, usb(org.tmp)))
    envelope = {**json.loads(rev.envelope), **change}
    text = json.dumps(envelope, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    altered = text.encode()
    signature = (
        nacl.signing.SigningKey(laptop.vault.secret(SIGNING_PURPOSE))
        .sign(b"fieldkit.revision-signature/1\x00" + hashlib.sha256(altered).digest())
        .signature
    )
    data = rebuilt(laptop, org.hq, manifest, [payload.revision_item(altered, signature, rev.body)])
    keys = hq_keys(org.hq)
    got = (verdict(data, keys, spec.Ledger()), fieldkit_verdict(org.hq, org.tmp, data))
    assert got == ("bad-revision", "bad-revision")


def test_a_bundle_filling_a_gap_with_a_newer_chain_head_is_a_rollback(org: Org) -> None:
    """Bundle 2 (revision 3, chain head 3) first; then the bundle 1 it names, which
    claims a chain head of 9: the laptop's history went backwards between them."""
    laptop, data = three_revisions(org)
    manifest, revs = items_of(org.hq, data)
    items = [payload.revision_item(r.envelope, r.signature, r.body) for r in revs]
    ahead = {**manifest, "revisions": 2, "chain_head": {"seq": 9, "hash": "cd" * 32}}
    early = rebuilt(laptop, org.hq, ahead, items[:2])
    named = hashlib.sha256(early).hexdigest()
    late = {**manifest, "seq": 2, "prev_bundle_hash": named, "revisions": 1}
    late_data = rebuilt(laptop, org.hq, late, items[2:])
    keys, ledger = hq_keys(org.hq), spec.Ledger()
    assert verdict(late_data, keys, ledger) == fieldkit_verdict(org.hq, org.tmp, late_data)
    assert verdict(early, keys, ledger) == fieldkit_verdict(org.hq, org.tmp, early) == "rollback"
