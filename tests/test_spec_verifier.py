"""A verifier written from docs/bundle-format.md alone agrees with FieldKit (issue 4).

``tests/spec_verifier.py`` imports nothing from FieldKit. Here it checks every
vector against its ``expect:`` line, and bundles exported and altered by real
profiles against the verdict of FieldKit's own importer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fieldkit.crypto import bundle
from fieldkit.domain.evidence import Exhibit
from fieldkit.services import evidence, records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store.vault import SIGNING_PURPOSE
from fieldkit.sync import importer, payload
from fieldkit.sync.org import HQ_BOX

from . import spec_verifier as spec
from .conftest import make_profile
from .samples import interview
from .test_import_order import exported, forked_gap_bundles, items_of, rebuilt
from .test_sync import Org, enroll, org, usb, write_interviews
from .test_vectors import NAMES, read_vector
from .vectors.generate import resign

__all__ = ["org"]  # the fixture, used by name

VECTORS = Path(__file__).resolve().parent / "vectors"


def vector_keys() -> spec.Keys:
    keys = json.loads((VECTORS / "keys.json").read_text(encoding="utf-8"))
    return spec.Keys(
        hq_box_public=bytes.fromhex(keys["hq_box_public"]),
        hq_box_secret=bytes.fromhex(keys["hq_box_secret"]),
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
    return spec.Keys(hq.vault.public_key(HQ_BOX), hq.vault.secret(HQ_BOX), roster)


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
    laptop = make_profile("interviewer", "Olena Kovalenko")
    enroll(org, laptop, "Laptop 7")
    for index in range(3):
        records.save_draft(laptop, interview(narrative=f"Свідчення {index}"))
    data = exported(laptop, usb(org.tmp))
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
