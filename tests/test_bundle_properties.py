"""Malformed payloads signed by a valid, enrolled key: rejected, no crash, no partial import.

Every bundle here passes steps 1 to 6 of docs/bundle-format.md section 6: it
is crafted byte by byte (``craft``, copied from tests/vectors/generate.py),
sealed to the real HQ key and signed with the real signing key of a laptop
that HQ enrolled and approved, so only the plaintext inside is wrong. The
laptop's key and revisions are read from its vault (test code may do that).

The property, for every example: ``import_bundle`` returns, never raises;
the status is ``rejected`` with a code of the spec, or ``imported`` only when
the payload happens to be fully valid; after a rejection every row of HQ's
ledger tables, the audit chain and every exhibit file are unchanged and the
staged copy is gone; after an import HQ holds only revisions whose hash and
laptop signature check out, and exhibits that decrypt to their SHA-256.

Strategies: (a) arbitrary payload bytes; (b) a valid manifest followed by
random items; (c) structurally valid items with mutated JSON (manifest,
revision items and envelopes, re-signed or not, exhibit items); (d) valid
revisions with counts and lengths off by one. The organisation is created
once per test function and never reset: each example is compared with HQ's
state just before it. Manifest ``seq`` numbers count down from 100 000 in
steps of two, so a bundle that does import never makes a later example a
fork or a rollback by accident.

Where the importer is known to accept a manifest field the spec does not
allow, the property lets the example import and a dedicated test below names
the bug (``test_manifest_and_item_fields_are_checked_strictly``), so that the
properties keep looking for crashes and partial imports.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.bindings as sodium
import nacl.signing
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from fieldkit.crypto import identity
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.ids import uuid7
from fieldkit.domain.revision import StoredRevision
from fieldkit.services import evidence, records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store import db, exhibits, revisions
from fieldkit.store.vault import SIGNING_PURPOSE
from fieldkit.sync import importer

from .conftest import PASSPHRASE, make_profile
from .samples import interview, person
from .test_sync import Org, enroll

TESTS = Path(__file__).resolve().parent
SPEC_REASONS = frozenset(
    {
        "oversize",
        "truncated",
        "trailing-data",
        "bad-header",
        "bad-signature",
        "unknown-key",
        "revoked-key",
        "wrong-recipient",
        "bad-chunk",
        "missing-final-tag",
        "early-final-tag",
        "bad-payload",
        "bad-manifest",
        "fork",
        "rollback",
        "bad-revision",
    }
)
HQ_TABLES = (
    "hq_revisions",
    "hq_bundles",
    "hq_bundle_exhibits",
    "hq_records",
    "exhibit_blobs",
    "audit",
    "roster_devices",
)
MANIFEST_FIELDS = (
    "bundle_id",
    "chain_head",
    "created_at",
    "device",
    "exhibits",
    "format",
    "payload_length",
    "prev_bundle_hash",
    "profile_id",
    "recipient",
    "revisions",
    "role",
    "seq",
    "signing_public",
)
ENVELOPE_TYPES: dict[str, tuple[type, ...]] = {
    "format": (str,),
    "profile_id": (str,),
    "seq": (int,),
    "prev_hash": (str, type(None)),
    "record_id": (str,),
    "kind": (str,),
    "revision": (int,),
    "supersedes": (str, type(None)),
    "status": (str,),
    "reason": (str,),
    "created_at": (str,),
    "zone": (str,),
    "author_role": (str,),
    "body_sha256": (str,),
    "vocabularies": (dict,),
}
MAX_INT = 2**53  # vault-format.md 4.1: canonical integers are within +-2**53
# No shrinking: every example is a real import (a commit, often an fsync), and each
# failure message already names the mutation that caused it.
PROPERTY = settings(
    deadline=None,
    database=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

# -- crafting, as in tests/vectors/generate.py ------------------------------------------

TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
SIGNATURE_CONTEXT = b"fieldkit.bundle-signature/2\x00"


def craft(plain: bytes, seed: bytes, recipient: bytes, *, chunk: int = 4096) -> bytes:
    """A bundle built by hand around ``plain``, sealed to ``recipient``, signed with ``seed``."""
    sender = bytes(nacl.signing.SigningKey(seed).verify_key)
    file_key = os.urandom(32)
    sealed = sodium.crypto_box_seal(file_key, recipient)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key)
    pieces = [plain[i : i + chunk] for i in range(0, len(plain), chunk)] or [b""]
    header = (
        b"FKBUNDLE"
        + bytes([2, 1, 0, 0])  # version 2, recipient HQ
        + sender
        + recipient
        + sealed
        + struct.pack(">IQ", chunk, len(plain))
        + stream_header
    )
    body = bytearray(header)
    for index, piece in enumerate(pieces):
        tag = TAG_FINAL if index == len(pieces) - 1 else TAG_MESSAGE
        body += sodium.crypto_secretstream_xchacha20poly1305_push(
            state, piece, header if index == 0 else b"", tag
        )
    digest = hashlib.sha256(bytes(body)).digest()
    return bytes(body) + nacl.signing.SigningKey(seed).sign(SIGNATURE_CONTEXT + digest).signature


def frame(item_type: int, length: int) -> bytes:
    return struct.pack(">BQ", item_type, length)


def jtext(value: Any) -> bytes:
    """Canonical-looking JSON without the product's checks (so it can be out of range)."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def revision_item(envelope: bytes, signature: bytes, body: bytes | None) -> bytes:
    """Section 4, type 2, from the spec's words: signature, envelope length, envelope, body."""
    content = signature + struct.pack(">I", len(envelope)) + envelope + (body or b"")
    return frame(2, len(content)) + content


def exhibit_item(sha256: str, content: bytes) -> bytes:
    return frame(3, 32 + len(content)) + bytes.fromhex(sha256) + content


def canonical_ok(value: Any, depth: int = 0) -> bool:
    """Whether the product's canonical JSON accepts ``value`` (vault-format.md 4.1)."""
    if depth > 64:
        return False
    if value is None or isinstance(value, bool | str):
        return True
    if isinstance(value, int):
        return -MAX_INT <= value <= MAX_INT
    if isinstance(value, list):
        return all(canonical_ok(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(
            canonical_ok(k, depth + 1) and canonical_ok(v, depth + 1) for k, v in value.items()
        )
    return False


# -- the organisation -----------------------------------------------------------------


@dataclass(repr=False)
class Lab:
    """One HQ, one enrolled laptop's keys and real revisions, and a place for bundles."""

    hq: Session
    laptop: Session
    seed: bytes
    sender: bytes
    hq_box: bytes
    others: tuple[str, ...]  # profile ids HQ knows that are not the laptop's
    stored: list[StoredRevision]
    head: tuple[int, str]
    exhibit: bytes
    exhibit_sha: str
    work: Path
    seq: int = 100_000
    examples: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def __repr__(self) -> str:  # keeps Hypothesis' reports readable
        return f"Lab(laptop {self.profile_id}, {self.examples} examples)"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        del cycle
        printer.text(repr(self))

    @property
    def profile_id(self) -> str:
        return self.laptop.info.id

    def next_seq(self) -> int:
        self.seq -= 2
        assert self.seq > 1
        return self.seq

    def manifest(self, revs: int, exhibit_list: list[tuple[str, int]]) -> dict[str, Any]:
        seq = self.next_seq()
        return {
            "format": "fieldkit.bundle-manifest/1",
            "bundle_id": uuid7(),
            "profile_id": self.profile_id,
            "role": "interviewer",
            "device": "Laptop 6 (Rzeszów)",
            "signing_public": self.sender.hex(),
            "recipient": "hq",
            "seq": seq,
            "prev_bundle_hash": hashlib.sha256(b"bundle %d" % (seq - 1)).hexdigest(),
            "created_at": "2026-12-04T09:00:00.000000Z",
            "revisions": revs,
            "exhibits": [{"sha256": s, "size": n} for s, n in exhibit_list],
            "chain_head": {"seq": self.head[0], "hash": self.head[1]},
            "payload_length": 0,
        }

    def rev_items(self) -> list[bytes]:
        return [revision_item(r.envelope, r.signature, r.body) for r in self.stored]


def assemble(
    man: dict[str, Any], rest: bytes, render: Callable[[dict[str, Any]], bytes] = jtext
) -> bytes:
    """Manifest item then ``rest``; ``payload_length`` settles on the real length."""
    text = render(man)
    for _ in range(6):
        total = 9 + len(text) + len(rest)
        if man.get("payload_length") == total:
            break
        man["payload_length"] = total
        text = render(man)
    return frame(1, len(text)) + text + rest


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = tmp_path / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = tmp_path / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    laptop = make_profile()
    enroll(Org(hq, clinical, provisioning, tmp_path), laptop, "Laptop 6 (Rzeszów)")
    pid = records.save_draft(laptop, person()).record_id
    first = records.save_draft(laptop, interview(pid, narrative="Вони прийшли вранці.")).record_id
    records.save_draft(laptop, interview(pid, narrative="Забрали сусіда.", case_number="WAW-2"))
    photo = tmp_path / "photo.jpg"
    content = hashlib.sha512(b"photo").digest() * 50  # 3200 bytes
    photo.write_bytes(content)
    evidence.attach(laptop, first, photo, Exhibit(type="photo", description="checkpoint"))
    org = sync_service.current_org(hq)
    assert org is not None
    stored = list(revisions.iter_stored(laptop.vault))
    head = laptop.vault.conn.execute("SELECT seq, hash FROM chain_head").fetchone()
    work = tmp_path / "bundles"
    work.mkdir()
    result = Lab(
        hq,
        laptop,
        laptop.vault.secret(SIGNING_PURPOSE),
        laptop.vault.public_key(SIGNING_PURPOSE),
        org.hq_box_public,
        (hq.info.id, clinical.info.id),
        stored,
        (int(head[0]), head[1]),
        content,
        hashlib.sha256(content).hexdigest(),
        work,
    )
    yield result
    assert db.integrity_problems(hq.vault.conn) == []
    print(f"\n{result.examples} examples: {result.outcomes}")  # shown with -s
    for session in (laptop, hq, clinical):
        session.lock()


# -- the property ---------------------------------------------------------------------


def files_in(folder: Path) -> tuple[tuple[str, int], ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_size) for p in folder.iterdir()))


def hq_state(hq: Session) -> tuple[object, ...]:
    conn = hq.vault.conn
    rows = tuple(tuple(conn.execute(f"SELECT * FROM {t} ORDER BY 1")) for t in HQ_TABLES)
    return rows, files_in(hq.vault.exhibits_dir), files_in(hq.vault.folder / "held")


def attempt(
    lab: Lab, plain: bytes, *, must_reject: bool, label: str, chunk: int = 4096
) -> importer.ImportOutcome:
    """Import one crafted bundle and check the property; returns the outcome."""
    lab.examples += 1
    path = lab.work / f"example-{lab.examples:05d}.fkb"
    path.write_bytes(craft(plain, lab.seed, lab.hq_box, chunk=chunk))
    vault = lab.hq.vault
    before = hq_state(lab.hq)
    quarantined = vault.conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    try:
        outcome = importer.import_bundle(vault, path)
    except Exception as exc:
        pytest.fail(f"{label}: the import raised {type(exc).__name__}: {exc}")
    key = outcome.status if outcome.status != "rejected" else outcome.reason
    lab.outcomes[key] = lab.outcomes.get(key, 0) + 1
    assert list((vault.folder / "incoming").glob("*")) == [], f"{label}: staged copy left"
    if outcome.status == "rejected":
        assert outcome.reason in SPEC_REASONS, (label, outcome.reason)
        after = hq_state(lab.hq)
        assert after == before, f"{label}: rejected ({outcome.reason}) but HQ changed"
        rows = vault.conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
        assert rows == quarantined + 1, f"{label}: no quarantine row"
        assert not path.exists()
        return outcome
    assert outcome.status == "imported", (label, outcome.status, outcome.message)
    assert not must_reject, f"{label}: imported, but the payload breaks the spec"
    check_hq_holds_only_genuine_data(lab, outcome)
    path.unlink()
    return outcome


def check_hq_holds_only_genuine_data(lab: Lab, outcome: importer.ImportOutcome) -> None:
    conn = lab.hq.vault.conn
    [(revs, exh)] = conn.execute(
        "SELECT revisions, exhibits FROM hq_bundles WHERE bundle_hash = ?", (outcome.bundle_hash,)
    ).fetchall()
    assert (revs, exh) == (outcome.revisions_total, outcome.exhibits)
    for envelope, rev_hash, signature, profile_id in conn.execute(
        "SELECT envelope, hash, signature, profile_id FROM hq_revisions"
    ):
        assert hashlib.sha256(bytes(envelope)).hexdigest() == rev_hash
        assert profile_id == lab.profile_id
        assert identity.verify(
            lab.sender,
            b"fieldkit.revision-signature/1\x00" + bytes.fromhex(rev_hash),
            bytes(signature),
        )
    for sha, size in conn.execute(
        "SELECT b.sha256, b.size FROM exhibit_blobs b JOIN hq_bundle_exhibits x"
        " ON x.sha256 = b.sha256 WHERE x.bundle_hash = ?",
        (outcome.bundle_hash,),
    ):
        data = exhibits.read_small(lab.hq.vault, sha, 1 << 20)
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (sha, size)


# -- (a) arbitrary payload bytes --------------------------------------------------------


@settings(PROPERTY, max_examples=30)
@given(data=st.data())
def test_arbitrary_payload_bytes(lab: Lab, data: st.DataObject) -> None:
    valid = assemble(lab.manifest(len(lab.stored), []), b"".join(lab.rev_items()))
    kind = data.draw(st.sampled_from(["random", "valid prefix + random", "random frames"]))
    if kind == "random":
        plain = data.draw(st.binary(max_size=6000))
    elif kind == "valid prefix + random":
        cut = data.draw(st.integers(0, len(valid)))
        plain = valid[:cut] + data.draw(st.binary(max_size=300))
    else:
        plain = b"".join(
            frame(t, n) + data.draw(st.binary(max_size=64))
            for t, n in data.draw(
                st.lists(st.tuples(st.integers(0, 255), st.integers(0, 2**64 - 1)), max_size=4)
            )
        )
    chunk = data.draw(st.sampled_from([4096, 65536]))
    attempt(lab, plain, must_reject=plain != valid, label=kind, chunk=chunk)


# -- (b) a valid manifest, then random items --------------------------------------------


@settings(PROPERTY, max_examples=40)
@given(data=st.data())
def test_valid_manifest_then_random_items(lab: Lab, data: st.DataObject) -> None:
    """Items drawn from: the laptop's real revisions, its real exhibit, random items.

    The manifest is made to agree with the items drawn (counts, exhibit list,
    length), so the bundle is valid exactly when no random item was drawn,
    the revisions ascend and come before the exhibits: then it must import.
    """
    real = lab.rev_items()
    picks = data.draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("revision"), st.integers(0, len(real) - 1)),
                st.tuples(st.just("exhibit"), st.just(0)),
                st.tuples(st.just("random"), st.integers(0, 255)),
            ),
            max_size=8,
        )
    )
    items: list[bytes] = []
    revs = 0
    exhibit_list: list[tuple[str, int]] = []
    for what, arg in picks:
        if what == "revision":
            items.append(real[arg])
            revs += 1
        elif what == "exhibit":
            items.append(exhibit_item(lab.exhibit_sha, lab.exhibit))
            exhibit_list.append((lab.exhibit_sha, len(lab.exhibit)))
        else:
            content = data.draw(st.binary(max_size=200))
            declared = data.draw(
                st.sampled_from(
                    [len(content), 0, len(content) + 1, max(0, len(content) - 1), 2**63]
                )
            )
            items.append(frame(arg, declared) + content)
            if arg == 2:
                revs += data.draw(st.integers(0, 1))
            if arg == 3 and len(content) >= 32:
                exhibit_list.append((content[:32].hex(), len(content) - 32))
    order = [arg for what, arg in picks if what == "revision"]
    kinds = [what for what, _ in picks]
    valid = (
        "random" not in kinds
        and order == sorted(set(order))
        and kinds == sorted(kinds, key=lambda k: k == "exhibit")
    )
    plain = assemble(lab.manifest(revs, exhibit_list), b"".join(items))
    outcome = attempt(lab, plain, must_reject=not valid, label=f"items {picks}")
    if valid:
        assert outcome.status == "imported", (picks, outcome.reason, outcome.message)


# -- (c) structurally valid items with mutated JSON -------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**60), 2**60),
    st.sampled_from([0, 1, -1, MAX_INT, MAX_INT + 1, -MAX_INT - 1]),
    st.text(max_size=12),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
HEX64_AS_CHECKED = re.compile(r"^[0-9a-f]{64}$")  # the importer's pattern ($: "\n" passes)
UUID_AS_CHECKED = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def manifest_replacement_may_import(path: str, value: Any, original: Any) -> bool:
    """Whether a manifest still valid for the importer can have ``value`` at ``path``.

    Exactly the spec (section 5), except where the importer is known to be
    more lenient; each such leniency is a bug named in
    test_manifest_and_item_fields_are_checked_strictly.
    """
    if not canonical_ok(value):
        return False
    if type(value) is type(original) and value == original:
        return True
    if path in ("device", "created_at"):
        return isinstance(value, str)
    if path == "prev_bundle_hash":  # lenient: "<hex>\n" passes
        return isinstance(value, str) and bool(HEX64_AS_CHECKED.match(value))
    if path == "bundle_id":  # lenient: "<uuid>\n" passes
        return isinstance(value, str) and bool(UUID_AS_CHECKED.match(value))
    if path == "chain_head.seq":  # lenient: true and false pass as integers
        return isinstance(value, int) and value >= 0
    return path == "chain_head.hash"  # lenient: not checked at all


def get_set(man: dict[str, Any], path: str, value: Any = None, *, delete: bool = False) -> Any:
    parts: list[Any] = [int(p) if p.isdigit() else p for p in path.split(".")]
    target: Any = man
    for part in parts[:-1]:
        target = target[part]
    original = target.get(parts[-1]) if isinstance(target, dict) else target[parts[-1]]
    if delete:
        del target[parts[-1]]
    else:
        target[parts[-1]] = value
    return original


Render = Callable[[dict[str, Any]], bytes]
MANIFEST_PATHS = [
    *MANIFEST_FIELDS,
    "chain_head.seq",
    "chain_head.hash",
    "exhibits.0",
    "exhibits.0.sha256",
    "exhibits.0.size",
]


@st.composite
def manifest_mutations(draw: st.DrawFn, lab: Lab) -> tuple[str, Render, bool]:
    """(label, render the manifest with the mutation, whether it may still import)."""
    kind = draw(
        st.sampled_from(
            [
                "replace",
                "delete",
                "extra key",
                "huge number",
                "negative",
                "profile id",
                "spacing",
                "invalid utf-8",
                "deep nesting",
                "duplicate key",
                "float",
            ]
        )
    )
    if kind == "replace":
        path = draw(st.sampled_from(MANIFEST_PATHS))
        value = draw(
            st.one_of(
                json_values,
                st.sampled_from(
                    [lab.head[1], lab.head[1] + "\n", uuid7() + "\n", "", True, False, lab.head[0]]
                ),
            )
        )
        if path == "seq":  # a valid far-away seq is accepted, see test_a_far_future_seq_...
            assume(
                not (
                    isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_INT
                )
            )
        probe = lab.manifest(len(lab.stored), [(lab.exhibit_sha, len(lab.exhibit))])
        original = get_set(probe, path, value)
        if path == "payload_length":  # unknown until assembled: the test compares it then
            original = "the payload's length"
        may = manifest_replacement_may_import(path, value, original)
        return f"{path} = {value!r}", lambda m: jtext(_put(m, path, value)), may
    if kind == "delete":
        path = draw(st.sampled_from(MANIFEST_PATHS))
        return f"del {path}", lambda m: jtext(_put(m, path, None, delete=True)), False
    if kind == "extra key":
        where = draw(st.sampled_from(["", "chain_head.", "exhibits.0."]))
        name = draw(
            st.text(min_size=1, max_size=8).filter(
                lambda k: (
                    k not in MANIFEST_FIELDS
                    and k not in ("seq", "hash", "sha256", "size")
                    and "." not in k
                    and not k.isdigit()
                )
            )
        )
        value = draw(json_values)
        return (f"extra {where}{name}", lambda m: jtext(_put(m, where + name, value)), False)
    if kind == "huge number":
        path = draw(
            st.sampled_from(
                ["revisions", "payload_length", "chain_head.seq", "exhibits.0.size", "seq"]
            )
        )
        value = draw(st.sampled_from([MAX_INT, MAX_INT + 1, 2**63, 2**64 + 5, 10**40]))
        if path == "seq":
            assume(value > MAX_INT)
        may = path == "chain_head.seq" and value <= MAX_INT
        return f"{path} = {value}", lambda m: jtext(_put(m, path, value)), may
    if kind == "negative":
        path = draw(
            st.sampled_from(
                ["revisions", "payload_length", "chain_head.seq", "exhibits.0.size", "seq"]
            )
        )
        value = draw(st.sampled_from([-1, 0, -(2**40)]))
        may = path == "chain_head.seq" and value == 0
        return f"{path} = {value}", lambda m: jtext(_put(m, path, value)), may
    if kind == "profile id":
        value = draw(
            st.sampled_from(
                [
                    uuid7(),
                    *lab.others,
                    lab.profile_id.upper(),
                    lab.profile_id + "\n",
                    lab.profile_id[:-1],
                    "",
                ]
            )
        )
        return f"profile_id = {value!r}", lambda m: jtext(_put(m, "profile_id", value)), False
    if kind == "spacing":
        style = draw(
            st.sampled_from(
                [
                    "spaces",
                    "indent",
                    "unsorted",
                    "ascii escapes",
                    "leading space",
                    "trailing newline",
                ]
            )
        )

        def spaced(m: dict[str, Any]) -> bytes:
            if style == "spaces":
                return json.dumps(m, sort_keys=True, ensure_ascii=False).encode()
            if style == "indent":
                return json.dumps(m, sort_keys=True, ensure_ascii=False, indent=1).encode()
            if style == "unsorted":
                return json.dumps(
                    dict(reversed(list(m.items()))), ensure_ascii=False, separators=(",", ":")
                ).encode()
            if style == "ascii escapes":
                return json.dumps(m, sort_keys=True, separators=(",", ":")).encode()
            return b" " + jtext(m) if style == "leading space" else jtext(m) + b"\n"

        return f"spacing {style}", spaced, False
    if kind == "invalid utf-8":
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88"]))
        return (
            f"device with {bad!r}",
            lambda m: jtext(m).replace("Rzeszów".encode(), b"Rzesz" + bad + b"w"),
            False,
        )
    if kind == "deep nesting":
        depth = draw(st.sampled_from([10, 64, 65, 200, 100_000]))
        where = draw(st.sampled_from(["device", "chain_head", "exhibits"]))
        nest = b"[" * depth + b"]" * depth
        return (
            f"{where} nested {depth} deep",
            lambda m: jtext(_put(m, where, "@@")).replace(b'"@@"', nest),
            False,
        )
    if kind == "duplicate key":
        dup = draw(st.sampled_from(["seq", "profile_id", "revisions"]))
        return (
            f"duplicate {dup}",
            lambda m: jtext(m).replace(b"{", b"{" + jtext({dup: m[dup]})[1:-1] + b",", 1),
            False,
        )
    path = draw(st.sampled_from(["seq", "revisions", "payload_length", "chain_head.seq"]))
    text = draw(st.sampled_from(["1.0", "1e3", "-0", "01"]))
    return (
        f"{path} = {text}",
        lambda m: jtext(_put(m, path, "@@")).replace(b'"@@"', text.encode()),
        False,
    )


def _put(man: dict[str, Any], path: str, value: Any, *, delete: bool = False) -> dict[str, Any]:
    out = copy.deepcopy(man)
    try:
        get_set(out, path, value, delete=delete)
    except (KeyError, IndexError, TypeError):
        if not delete:
            raise
    return out


@settings(PROPERTY, max_examples=50)
@given(data=st.data())
def test_mutated_manifest(lab: Lab, data: st.DataObject) -> None:
    label, render, may_import = data.draw(manifest_mutations(lab))
    man = lab.manifest(len(lab.stored), [(lab.exhibit_sha, len(lab.exhibit))])
    rest = b"".join(lab.rev_items()) + exhibit_item(lab.exhibit_sha, lab.exhibit)
    plain = assemble(man, rest, render)
    if label.startswith("payload_length = "):  # right by chance: then it is valid
        may_import = may_import or label == f"payload_length = {len(plain)!r}"
    attempt(lab, plain, must_reject=not may_import, label=f"manifest: {label}")


@st.composite
def revision_mutations(draw: st.DrawFn, lab: Lab) -> tuple[str, list[bytes], int, bool]:
    """(label, revision items, count for the manifest, whether it may still import)."""
    stored = list(lab.stored)
    items = lab.rev_items()
    index = draw(st.integers(0, len(stored) - 1))
    rev = stored[index]
    content = items[index][9:]
    kind = draw(
        st.sampled_from(
            [
                "envelope length",
                "cut",
                "signature",
                "envelope field",
                "envelope field re-signed",
                "envelope spacing",
                "body",
                "swap",
                "duplicate",
                "drop",
            ]
        )
    )

    def with_content(raw: bytes) -> list[bytes]:
        return [*items[:index], frame(2, len(raw)) + raw, *items[index + 1 :]]

    if kind == "envelope length":
        real = len(rev.envelope)
        value = draw(st.sampled_from([0, 1, real - 1, real + 1, len(content) - 67, 2**32 - 1]))
        raw = content[:64] + struct.pack(">I", value) + content[68:]
        return f"rev {index}: envelope length {value}", with_content(raw), len(items), False
    if kind == "cut":
        keep = draw(st.integers(0, len(content) - 1))
        # Every cut loses signature, envelope or body bytes: never a valid item.
        return f"rev {index}: cut to {keep} bytes", with_content(content[:keep]), len(items), False
    if kind == "signature":
        position = draw(st.integers(0, 63))
        raw = bytearray(content)
        raw[position] ^= draw(st.integers(1, 255))
        return (
            f"rev {index}: signature byte {position}",
            with_content(bytes(raw)),
            len(items),
            False,
        )
    if kind in ("envelope field", "envelope field re-signed"):
        env = json.loads(rev.envelope)
        name = draw(st.sampled_from(sorted(env)))
        value = draw(st.one_of(json_values, st.just(env[name])))
        resigned = kind.endswith("re-signed")
        new_env = jtext({**env, name: value})
        signature = (
            identity.sign(
                lab.seed, b"fieldkit.revision-signature/1\x00" + hashlib.sha256(new_env).digest()
            )
            if resigned
            else rev.signature
        )
        unchanged = type(value) is type(env[name]) and value == env[name]
        typed = isinstance(value, ENVELOPE_TYPES[name]) and not (
            isinstance(value, bool) and int in ENVELOPE_TYPES[name]
        )
        may = unchanged or (
            resigned
            and canonical_ok(value)
            and typed
            and name not in ("profile_id", "format")
            and not (name == "body_sha256" and rev.body is not None)
            and not (name == "vocabularies" and not all(isinstance(v, str) for v in value.values()))
        )
        return (
            f"rev {index}: envelope {name} = {value!r}{' re-signed' if resigned else ''}",
            [*items[:index], revision_item(new_env, signature, rev.body), *items[index + 1 :]],
            len(items),
            may,
        )
    if kind == "envelope spacing":
        spaced = json.dumps(json.loads(rev.envelope), sort_keys=True, ensure_ascii=False)
        return (
            f"rev {index}: spaced envelope",
            [
                *items[:index],
                revision_item(spaced.encode(), rev.signature, rev.body),
                *items[index + 1 :],
            ],
            len(items),
            False,
        )
    if kind == "body":
        if rev.body is None:
            return f"rev {index}: purged", items, len(items), True
        body = rev.body + draw(st.sampled_from([b" ", b"x", b"\0", b"\xff"]))
        return (
            f"rev {index}: body changed",
            [*items[:index], revision_item(rev.envelope, rev.signature, body), *items[index + 1 :]],
            len(items),
            False,
        )
    if kind == "swap":
        other = (index + 1) % len(items)
        swapped = list(items)
        swapped[index], swapped[other] = swapped[other], swapped[index]
        return f"revs {index} and {other} swapped", swapped, len(items), False
    if kind == "duplicate":
        return (
            f"rev {index} twice",
            [*items[: index + 1], items[index], *items[index + 1 :]],
            len(items) + 1,
            False,
        )
    return f"rev {index} left out", [*items[:index], *items[index + 1 :]], len(items) - 1, True


@settings(PROPERTY, max_examples=45)
@given(data=st.data())
def test_mutated_revision_items(lab: Lab, data: st.DataObject) -> None:
    label, items, count, may_import = data.draw(revision_mutations(lab))
    man = lab.manifest(count, [])
    attempt(lab, assemble(man, b"".join(items)), must_reject=not may_import, label=label)


@settings(PROPERTY, max_examples=25)
@given(data=st.data())
def test_mutated_exhibit_items(lab: Lab, data: st.DataObject) -> None:
    """The exhibit item after valid revisions: content, declared SHA-256 or size altered.

    Each example first imports a valid bundle with a fresh exhibit (new bytes
    on every call, replays included, so that an example does not depend on
    the ones before it), then the altered bundle, against an HQ that now
    holds that exhibit.
    """
    content = hashlib.sha512(b"exhibit %d" % lab.examples).digest() * data.draw(st.integers(1, 80))
    sha = hashlib.sha256(content).hexdigest()
    setup = assemble(
        lab.manifest(len(lab.stored), [(sha, len(content))]),
        b"".join(lab.rev_items()) + exhibit_item(sha, content),
    )
    assert attempt(lab, setup, must_reject=False, label="setup").status == "imported"
    kind = data.draw(
        st.sampled_from(["none", "content byte", "declared sha", "size", "unlisted", "twice"])
    )
    listed = [(sha, len(content))]
    item = exhibit_item(sha, content)
    if kind == "content byte":
        position = data.draw(st.integers(0, len(content) - 1))
        altered = bytearray(content)
        altered[position] ^= data.draw(st.integers(1, 255))
        item = exhibit_item(sha, bytes(altered))
    elif kind == "declared sha":
        other = data.draw(st.binary(min_size=32, max_size=32)).hex()
        assume(other != sha)
        item, listed = exhibit_item(other, content), [(other, len(content))]
    elif kind == "size":
        listed = [(sha, len(content) + data.draw(st.sampled_from([-1, 1, 1000])))]
    elif kind == "unlisted":
        listed = []
    elif kind == "twice":
        item, listed = item + item, listed * 2
    man = lab.manifest(len(lab.stored), listed)
    plain = assemble(man, b"".join(lab.rev_items()) + item)
    attempt(lab, plain, must_reject=kind not in ("none", "twice"), label=f"exhibit: {kind}")


# -- (d) counts and lengths off by one -------------------------------------------------

OFF_BY_ONE = [
    "manifest revisions + 1",
    "manifest revisions - 1",
    "manifest payload_length + 1",
    "manifest payload_length - 1",
    "manifest exhibit size + 1",
    "manifest exhibit size - 1",
    "manifest frame length + 1",
    "manifest frame length - 1",
    "revision frame length + 1",
    "revision frame length - 1",
    "exhibit frame length + 1",
    "exhibit frame length - 1",
    "one byte more after the items",
    "last byte of the items missing",
    "an extra exhibit listed",
    "an exhibit listed twice, sent once",
]


@settings(PROPERTY, max_examples=30)
@given(case=st.sampled_from(OFF_BY_ONE), which=st.integers(0, 4), delta=st.sampled_from([1, -1]))
def test_counts_and_lengths_off_by_one(lab: Lab, case: str, which: int, delta: int) -> None:
    del delta  # the case names its direction; drawn only to vary the example
    revs = lab.rev_items()
    index = which % len(revs)
    listed = [(lab.exhibit_sha, len(lab.exhibit))]
    exhibit = exhibit_item(lab.exhibit_sha, lab.exhibit)
    count = len(revs)
    sign = 1 if case.endswith("+ 1") else -1
    if case.startswith("manifest revisions"):
        count += sign
    elif case.startswith("manifest exhibit size"):
        listed = [(lab.exhibit_sha, len(lab.exhibit) + sign)]
    elif case.startswith("revision frame length"):
        item = revs[index]
        revs[index] = frame(2, len(item) - 9 + sign) + item[9:]
    elif case.startswith("exhibit frame length"):
        exhibit = frame(3, 32 + len(lab.exhibit) + sign) + exhibit[9:]
    elif case == "an extra exhibit listed":
        listed.append((hashlib.sha256(b"absent").hexdigest(), 6))
    elif case == "an exhibit listed twice, sent once":
        listed *= 2
    man = lab.manifest(count, listed)
    rest = b"".join(revs) + exhibit
    if case == "one byte more after the items":
        rest += b"\0"
    elif case == "last byte of the items missing":
        rest = rest[:-1]
    plain = assemble(man, rest)
    if case.startswith("manifest payload_length"):
        man["payload_length"] += sign
        text = jtext(man)
        plain = frame(1, len(text)) + text + rest
        if len(plain) == man["payload_length"]:  # the manifest's own length moved: keep it off
            plain += b"\0"
    elif case.startswith("manifest frame length"):
        plain = frame(1, int.from_bytes(plain[1:9], "big") + sign) + plain[9:]
    attempt(lab, plain, must_reject=True, label=f"{case} (revision {index})")


# -- bugs found by the properties, each pinned by a deterministic test ------------------


def valid_bundle(lab: Lab, exhibit: bool = True) -> bytes:
    listed = [(lab.exhibit_sha, len(lab.exhibit))] if exhibit else []
    rest = b"".join(lab.rev_items()) + (
        exhibit_item(lab.exhibit_sha, lab.exhibit) if exhibit else b""
    )
    return assemble(lab.manifest(len(lab.stored), listed), rest)


@pytest.mark.parametrize(
    "case", ["declared new, content HQ already holds", "declared held by HQ, content new"]
)
def test_a_rejected_exhibit_leaves_hq_exhibit_files_alone(lab: Lab, case: str) -> None:
    """An exhibit item whose content does not match its SHA-256 must not touch HQ's files.

    HQ first imports the laptop's real exhibit. Then a bundle signed by the
    same laptop carries an exhibit item whose declared SHA-256 and plaintext
    disagree. It is rejected (bad-revision) and HQ must be unchanged, files
    included. importer._receive_exhibit decides whether the file it wrote is
    new from the *declared* SHA-256 (``known``), but exhibits.ingest names the
    file after the *actual* content: so in the first case it deletes the file
    of the exhibit HQ already held (evidence lost; it no longer decrypts), and
    in the second it leaves behind a file that no row refers to.
    """
    first = attempt(lab, valid_bundle(lab), must_reject=False, label="the real exhibit")
    assert first.status == "imported"
    other = hashlib.sha256(b"a photo HQ never saw").hexdigest()
    if case.startswith("declared new"):
        item, listed = exhibit_item(other, lab.exhibit), [(other, len(lab.exhibit))]
    else:
        fresh = bytes(reversed(lab.exhibit))
        item, listed = exhibit_item(lab.exhibit_sha, fresh), [(lab.exhibit_sha, len(fresh))]
    plain = assemble(lab.manifest(len(lab.stored), listed), b"".join(lab.rev_items()) + item)
    before = files_in(lab.hq.vault.exhibits_dir)
    path = lab.work / "mismatched-exhibit.fkb"
    path.write_bytes(craft(plain, lab.seed, lab.hq_box))
    outcome = importer.import_bundle(lab.hq.vault, path)
    assert (outcome.status, outcome.reason) == ("rejected", "bad-revision"), outcome.message
    after = files_in(lab.hq.vault.exhibits_dir)
    readable = True
    try:
        exhibits.read_small(lab.hq.vault, lab.exhibit_sha, 1 << 20)
    except Exception:
        readable = False
    assert after == before and readable, (
        f"HQ's exhibit files changed under a rejected bundle: before {before}, after {after}; "
        f"the exhibit HQ held still decrypts: {readable}"
    )


def test_manifest_and_item_fields_are_checked_strictly(lab: Lab) -> None:
    """Values section 5 (and section 1: hex is lower-case) rules out must be refused.

    Each bundle below is otherwise valid and signed by the enrolled laptop. The
    importer accepts all of them today:

    - manifest.py uses ``_HEX64.match`` / ids.check_id's ``_UUID_RE.match``
      with ``$``, which also matches before a trailing newline;
    - manifest.check tests ``isinstance(v, int)`` for ``chain_head.seq`` and
      exhibit sizes without excluding ``bool``;
    - ``chain_head.hash`` is not checked at all;
    """
    tiny = b"\x01"
    tiny_sha = hashlib.sha256(tiny).hexdigest()
    cases: dict[str, tuple[dict[str, Any], list[bytes]]] = {}

    def case(
        name: str,
        change: Callable[[dict[str, Any]], None],
        items: list[bytes] | None = None,
        listed: list[tuple[str, int]] | None = None,
    ) -> None:
        man = lab.manifest(len(lab.stored), listed or [])
        change(man)
        cases[name] = (man, items if items is not None else lab.rev_items())

    case(
        "prev_bundle_hash '<hex>\\n'",
        lambda m: m.update(prev_bundle_hash=m["prev_bundle_hash"] + "\n"),
    )
    case("bundle_id '<uuid>\\n'", lambda m: m.update(bundle_id=m["bundle_id"] + "\n"))
    case("chain_head.hash 5", lambda m: m["chain_head"].update(hash=5))
    case("chain_head.hash 'not hex'", lambda m: m["chain_head"].update(hash="not hex"))
    case("chain_head.seq true", lambda m: m["chain_head"].update(seq=True))
    case(
        "exhibit size true",
        lambda m: m["exhibits"][0].update(size=True),
        [*lab.rev_items(), exhibit_item(tiny_sha, tiny)],
        [(tiny_sha, 1)],
    )
    accepted = []
    for name, (man, items) in cases.items():
        outcome = attempt(lab, assemble(man, b"".join(items)), must_reject=False, label=name)
        if outcome.status != "rejected":
            accepted.append(name)
    assert accepted == [], f"accepted although the spec rules them out: {accepted}"


def test_payload_checks_come_before_manifest_and_revision_checks(lab: Lab) -> None:
    """Section 6: "apply these checks in this order and stop at the first failure".

    A payload whose items are malformed (step 7, bad-payload) must be reported
    as such even when its manifest (step 8) or a revision (step 9) is also
    wrong. The importer parses items lazily inside _apply, after
    manifest.check and as revisions are checked, so it reports the later
    step's code. Either parse the whole item structure first (e.g. during the
    decryption pass of step 6, which already reads every chunk), or change the
    spec to say that steps 7-9 run item by item.
    """
    junk = frame(9, 2) + b"xx"  # an item of unknown type at the end
    wrong_manifest = lab.manifest(len(lab.stored), [])
    wrong_manifest["profile_id"] = lab.others[0]
    bad_sig = [revision_item(r.envelope, bytes(64), r.body) for r in lab.stored]
    got = {}
    for name, man, items in (
        ("bad manifest", wrong_manifest, lab.rev_items()),
        ("bad revision", lab.manifest(len(lab.stored), []), bad_sig),
    ):
        outcome = attempt(lab, assemble(man, b"".join(items) + junk), must_reject=True, label=name)
        got[name] = outcome.reason
    assert got == {"bad manifest": "bad-payload", "bad revision": "bad-payload"}, got


@pytest.mark.skipif(sys.platform == "win32", reason="needs setrlimit")
def test_a_far_future_seq_does_not_exhaust_hq(lab: Lab, tmp_path: Path) -> None:
    """A bundle numbered 2**53 neither exhausts HQ nor gets committed.

    The spec caps bundle numbers at 2**31 (section 5), so such a manifest is
    refused as ``bad-manifest``; the listing of missing bundles is also
    bounded. The child runs with a 1 GiB address-space limit: enumerating
    9e15 missing bundles would die of MemoryError there.
    """
    man = lab.manifest(0, [])
    man["seq"] = MAX_INT
    path = tmp_path / "far-future.fkb"
    path.write_bytes(craft(assemble(man, b""), lab.seed, lab.hq_box))
    pass_file = tmp_path / "passphrase.txt"
    pass_file.write_text(PASSPHRASE + "\n", "utf-8")

    import resource  # POSIX only

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    child = subprocess.run(
        [
            sys.executable,
            str(TESTS / "bundle_import_child.py"),
            lab.hq.info.id,
            str(pass_file),
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=TESTS.parent,
        env=os.environ.copy(),
        stdin=subprocess.DEVNULL,
        preexec_fn=limit,
        check=False,
    )
    committed = lab.hq.vault.conn.execute(
        "SELECT count(*) FROM hq_bundles WHERE seq = ?", (MAX_INT,)
    ).fetchone()[0]
    assert child.returncode == 0 and "RESULT rejected bad-manifest" in child.stdout, (
        f"exit {child.returncode}, bundle committed at HQ: {bool(committed)}; "
        f"{child.stderr.strip().splitlines()[-1:] or child.stdout}"
    )
    assert committed == 0
