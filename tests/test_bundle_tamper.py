"""The tamper campaign of issue 4: no altered bundle gets into HQ, and HQ stays unchanged.

A real laptop, enrolled at a real HQ coordinator, exports real bundles with
``services.sync.export_bundle``. Each test then imports thousands of damaged
copies into the same HQ, one at a time, and requires for every one of them:

- ``import_bundles`` returns (it never raises) with status ``rejected``;
- the reason is the code docs/bundle-format.md section 6 names for the *first*
  check that fails. The expected code is computed here, independently of the
  product, from the spec: step 1 (size and header) by :func:`spec_step1`, and
  otherwise ``bad-signature`` (step 3), because no single changed byte keeps an
  Ed25519 signature valid. A subset of copies is *re-signed* with the laptop's
  own key, so they get past the signature and must fail at the roster,
  recipient or decryption steps instead;
- HQ's tables (``hq_revisions``, ``hq_bundles``, ``hq_bundle_exhibits``,
  ``hq_records``, ``exhibit_blobs``, ``audit``, ``roster_devices``) and the
  exhibit and held files on disk are byte for byte unchanged; the file was
  moved to quarantine with one quarantine row naming the same reason, and
  nothing was left in ``<profile>/incoming``.

Afterwards the original bundle must still import, which shows that none of the
damaged copies poisoned HQ (for example by leaving a ledger entry that would
make the real bundle a "replay" or a "fork").

Cost: a rejected import commits one quarantine row, and with ``synchronous =
FULL`` that commit is an fsync (~7 ms on the CI disk, so flipping every byte of
a 6 KB bundle twice would take a minute and a half). The campaign therefore
keeps its profiles on tmpfs (``/dev/shm``) when the machine has one: the same
real files, real SQLCipher database and real libsodium, only the fsync is free.
``FIELDKIT_TAMPER_ON_DISK=1`` runs it on the ordinary temporary folder
instead (same cases, slower). Quarantined copies are deleted as soon as they
have been checked, to keep the campaign's disk use flat.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import struct
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import nacl.signing
import pytest

from fieldkit.domain.evidence import Exhibit
from fieldkit.services import evidence, records
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store import exhibits
from fieldkit.store.vault import SIGNING_PURPOSE

from .conftest import make_profile
from .samples import interview, person
from .test_sync import Org, enroll

SEED = int(os.environ.get("FIELDKIT_TAMPER_SEED", "20261204"))

# docs/bundle-format.md, section 6: every code a rejection may carry.
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
SIGNATURE_CONTEXT = b"fieldkit.bundle-signature/2\x00"  # section 1
CAP = 32 << 30  # the default size cap of section 6, step 1


# -- the spec, written out independently of the product ---------------------------------


def spec_step1(data: bytes | bytearray, max_bytes: int = CAP) -> str | None:
    """The code of section 6 step 1 for ``data``, or None when step 1 passes."""
    size = len(data)
    if size > max_bytes:
        return "oversize"
    if size < 256:
        return "truncated"
    if data[0:8] != b"FKBUNDLE" or data[8] != 2 or data[9] not in (1, 2) or data[10:12] != b"\0\0":
        return "bad-header"
    chunk, length = struct.unpack(">IQ", bytes(data[156:168]))
    if not 4096 <= chunk <= 1048576 or length > max_bytes:
        return "bad-header"
    expected = 192 + length + 17 * max(1, -(-length // chunk)) + 64
    if size < expected:
        return "truncated"
    if size > expected:
        return "trailing-data"
    return None


def expected_unsigned(data: bytes | bytearray) -> str:
    """A copy whose signature was not renewed: step 1, else step 3 fails."""
    return spec_step1(data) or "bad-signature"


def expected_resigned(original: bytes, data: bytes | bytearray, position: int) -> str:
    """A header or payload byte changed and the file re-signed with the laptop's key.

    The signature now verifies for the header's sender key only if that key is
    still the laptop's; then the roster passes, and the change is caught by the
    recipient check (recipient key, sealed file key) or by decryption (the
    first chunk's additional data is the whole header; any payload byte is
    inside a chunk's authenticated ciphertext).
    """
    step1 = spec_step1(data)
    if step1 is not None:
        return step1
    if 12 <= position < 44:
        return "bad-signature"  # signed by the laptop, but the header names another key
    if 44 <= position < 156:
        return "wrong-recipient"
    assert data[12:44] == original[12:44]
    return "bad-chunk"


def resign(body: bytes | bytearray, seed: bytes) -> bytes:
    """Section 3.3: sign everything before the signature with the laptop's key."""
    digest = hashlib.sha256(bytes(body)).digest()
    return bytes(body) + nacl.signing.SigningKey(seed).sign(SIGNATURE_CONTEXT + digest).signature


# -- an organisation on a fast file system --------------------------------------------


@pytest.fixture
def fast_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A work folder (and FIELDKIT_HOME inside it) on tmpfs when there is one."""
    shm = Path("/dev/shm")
    if os.environ.get("FIELDKIT_TAMPER_ON_DISK") or not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    root = Path(tempfile.mkdtemp(prefix="fieldkit-tamper-", dir=shm))
    monkeypatch.setenv("FIELDKIT_HOME", str(root / "home"))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def org(fast_root: Path) -> Iterator[Org]:
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = fast_root / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = fast_root / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    yield Org(hq, clinical, provisioning, fast_root)
    hq.lock()
    clinical.lock()


def enrolled_laptop(org: Org, device: str) -> Session:
    laptop = make_profile()
    enroll(org, laptop, device)
    return laptop


def export(laptop: Session, org: Org, name: str) -> bytes:
    stick = org.tmp / name
    result = sync_service.export_bundle(laptop, stick)
    data = result.path.read_bytes()
    result.path.unlink()
    return data


# -- HQ's state and one damaged copy ---------------------------------------------------


def files_in(folder: Path) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()))


def hq_state(hq: Session) -> tuple[object, ...]:
    """Every row of HQ's ledger tables and every exhibit and held file."""
    conn = hq.vault.conn
    rows = tuple(tuple(conn.execute(f"SELECT * FROM {t} ORDER BY 1")) for t in HQ_TABLES)
    return (rows, files_in(hq.vault.exhibits_dir), files_in(hq.vault.folder / "held"))


@dataclass
class Campaign:
    """Imports damaged copies into one HQ and checks each was refused cleanly.

    After every case: the connection made exactly one row change (the
    quarantine row: SQLite's ``total_changes`` also counts changes that were
    rolled back, so a write begun and undone would show too), the newest
    quarantine row names the expected reason, the exhibit, held and incoming
    folders hold the same names, and the file was moved to quarantine with
    its bytes. Every ``FULL_CHECK_EVERY`` cases, and at the end, every row of
    HQ's tables and every exhibit file's size and mtime are compared as well.
    """

    hq: Session
    work: Path
    reasons: Counter[str] = field(default_factory=Counter)
    cases: int = 0

    FULL_CHECK_EVERY = 64

    def __post_init__(self) -> None:
        self.work.mkdir(exist_ok=True)
        self.before = hq_state(self.hq)
        self.names = self._names()
        conn = self.hq.vault.conn
        self.changes = conn.total_changes
        self.last_quarantine = int(
            conn.execute("SELECT coalesce(max(id), 0) FROM quarantine").fetchone()[0]
        )

    def _names(self) -> tuple[list[str], ...]:
        folder = self.hq.vault.folder
        return tuple(
            sorted(os.listdir(d)) if d.is_dir() else []
            for d in (folder / "exhibits", folder / "held", folder / "incoming")
        )

    def refuse(self, label: str, data: bytes | bytearray, expected: str) -> None:
        assert expected in SPEC_REASONS
        path = self.work / f"case-{self.cases:05d}.fkb"
        path.write_bytes(data)
        self.cases += 1
        try:
            [outcome] = sync_service.import_bundles(self.hq, [path])
        except Exception as exc:
            pytest.fail(f"{label}: the import raised {type(exc).__name__}: {exc}")
        assert (outcome.status, outcome.reason) == ("rejected", expected), (
            f"{label}: got {outcome.status} {outcome.reason!r} ({outcome.message}), "
            f"the spec says rejected {expected!r}"
        )
        vault = self.hq.vault
        conn = vault.conn
        assert conn.total_changes == self.changes + 1, f"{label}: HQ's database was written"
        self.changes += 1
        row = conn.execute(
            "SELECT id, file_name, reason FROM quarantine ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert row[0] > self.last_quarantine and row[2] == expected, f"{label}: {row}"
        self.last_quarantine = row[0]
        assert self._names() == self.names, f"{label}: files changed in the HQ profile"
        assert not path.exists(), f"{label}: the rejected file was not moved to quarantine"
        moved = vault.folder / "quarantine" / row[1]
        if len(data) <= 1 << 16:
            assert moved.read_bytes() == data, f"{label}: quarantine holds other bytes"
        else:
            assert moved.stat().st_size == len(data), f"{label}: quarantine holds other bytes"
        moved.unlink()  # keeps the campaign's disk use flat; the row stays
        if self.cases % self.FULL_CHECK_EVERY == 0:
            self.check_unchanged(label)
        self.reasons[expected] += 1

    def check_unchanged(self, label: str = "after the campaign") -> None:
        assert hq_state(self.hq) == self.before, f"{label}: HQ changed"

    def summary(self) -> str:
        counts = ", ".join(f"{r} {n}" for r, n in sorted(self.reasons.items()))
        return f"{self.cases} cases: {counts}"


def import_original(org: Org, data: bytes, laptop: Session) -> sync_service.ImportOutcome:
    """The untouched bundle still imports, with every one of the laptop's revisions."""
    path = org.tmp / "original.fkb"
    path.write_bytes(data)
    [outcome] = sync_service.import_bundles(org.hq, [path])
    assert outcome.status == "imported", outcome.message
    wanted = {r[0] for r in laptop.vault.conn.execute("SELECT hash FROM revisions")}
    held = {r[0] for r in org.hq.vault.conn.execute("SELECT hash FROM hq_revisions")}
    assert held == wanted and outcome.revisions_new == len(wanted)
    return outcome


# -- the campaigns ----------------------------------------------------------------------


def test_every_byte_of_a_small_bundle_flipped_is_rejected(org: Org) -> None:
    laptop = enrolled_laptop(org, "Laptop 2 (Przemyśl)")
    pid = records.save_draft(laptop, person()).record_id
    records.save_draft(laptop, interview(pid, narrative="Вони прийшли вранці."))
    original = export(laptop, org, "usb")
    size = len(original)
    assert 4_000 < size < 8_000, size  # "a few KB"
    assert spec_step1(original) is None
    seed = laptop.vault.secret(SIGNING_PURPOSE)
    campaign = Campaign(org.hq, org.tmp / "cases")

    # 1. Every byte, XOR 0x01.
    for position in range(size):
        copy = bytearray(original)
        copy[position] ^= 0x01
        campaign.refuse(f"byte {position} ^ 0x01", copy, expected_unsigned(copy))
    # 2. XOR 0x80 (the high bit, which moves the big-endian size fields the most):
    #    every byte of the header, of the first and last 512 bytes of the payload
    #    and of the signature, and every third byte in between.
    high = sorted({*range(0, 192 + 512), *range(size - 64 - 512, size), *range(704, size, 3)})
    for position in high:
        copy = bytearray(original)
        copy[position] ^= 0x80
        campaign.refuse(f"byte {position} ^ 0x80", copy, expected_unsigned(copy))
    # 3. Re-signed with the laptop's real key, so that the signature passes:
    #    every header byte and every 16th payload byte, XOR 0x01.
    resigned = [*range(192), *range(192, size - 64, 16)]
    for position in resigned:
        copy = bytearray(original[:-64])
        copy[position] ^= 0x01
        data = resign(copy, seed)
        campaign.refuse(
            f"byte {position} ^ 0x01, re-signed", data, expected_resigned(original, data, position)
        )

    assert campaign.cases == size + len(high) + len(resigned)
    assert campaign.reasons["bad-signature"] > 0 and campaign.reasons["bad-header"] > 0
    assert campaign.reasons["wrong-recipient"] > 0 and campaign.reasons["bad-chunk"] > 0
    campaign.check_unchanged()
    print(f"\nsmall bundle ({size} bytes): {campaign.summary()}")  # shown with -s
    import_original(org, original, laptop)


def test_random_bytes_of_a_large_bundle_flipped_cut_extended_and_swapped(org: Org) -> None:
    rng = random.Random(SEED)
    laptop = enrolled_laptop(org, "Laptop 4 (Lublin)")
    pid = records.save_draft(laptop, person()).record_id
    iid = records.save_draft(laptop, interview(pid)).record_id
    photo_bytes = rng.randbytes(2_000_000)
    photo = org.tmp / "photo.jpg"
    photo.write_bytes(photo_bytes)
    evidence.attach(laptop, iid, photo, Exhibit(type="photo", description="checkpoint"))
    photo.unlink()
    original = export(laptop, org, "usb")
    size = len(original)
    assert 2_000_000 < size < 2_100_000, size
    campaign = Campaign(org.hq, org.tmp / "cases")

    # 1. Random single-byte changes: every header and signature byte, then 2000
    #    positions drawn at random over the whole file, each with a random mask.
    positions = [*range(192), *range(size - 64, size), *rng.sample(range(size), 2000)]
    copy = bytearray(original)
    for position in positions:
        mask = rng.choice((0x01, 0x80, rng.randrange(1, 256)))
        copy[position] ^= mask
        campaign.refuse(f"byte {position} ^ {mask:#04x}", copy, expected_unsigned(copy))
        copy[position] ^= mask
    assert copy == original
    flips = campaign.cases

    # 2. Truncation at 50 lengths: the edges of the header, the signature and
    #    the 64 KiB chunks, then random lengths.
    chunk = 65536 + 17
    lengths = {
        0,
        1,
        191,
        192,
        255,
        256,
        192 + chunk,
        192 + 2 * chunk - 1,
        size - 65,
        size - 64,
        size - 63,
        size - 1,
    }
    while len(lengths) < 50:
        lengths.add(rng.randrange(size))
    for length in sorted(lengths):
        data = original[:length]
        assert spec_step1(data) == "truncated"
        campaign.refuse(f"cut to {length} bytes", data, "truncated")

    # 3. Garbage after the signature.
    tails = [
        b"\0",
        b"\n",
        rng.randbytes(16),
        rng.randbytes(17),
        original[-64:],
        bytes(4096),
        rng.randbytes(65536 + 17),
        original[192 : 192 + chunk],
        original,
    ]
    for tail in tails:
        data = original + tail
        assert spec_step1(data) == "trailing-data"
        campaign.refuse(f"{len(tail)} bytes appended", data, "trailing-data")

    # 4. Two different 4 KiB-aligned blocks swapped (the first pair involves the header).
    blocks = size // 4096
    pairs = {(0, 1), (1, 2), (blocks - 2, blocks - 1)}
    while len(pairs) < 40:
        a, b = sorted(rng.sample(range(blocks), 2))
        pairs.add((a, b))
    for a, b in sorted(pairs):
        swapped = bytearray(original)
        block_a = original[a * 4096 : (a + 1) * 4096]
        block_b = original[b * 4096 : (b + 1) * 4096]
        assert block_a != block_b
        swapped[a * 4096 : (a + 1) * 4096] = block_b
        swapped[b * 4096 : (b + 1) * 4096] = block_a
        campaign.refuse(f"4 KiB blocks {a} and {b} swapped", swapped, expected_unsigned(swapped))

    assert campaign.cases == flips + 50 + len(tails) + len(pairs)
    campaign.check_unchanged()
    print(f"\nlarge bundle ({size} bytes): {campaign.summary()}")  # shown with -s

    import_original(org, original, laptop)
    sha = hashlib.sha256(photo_bytes).hexdigest()
    stored = exhibits.read_small(org.hq.vault, sha, 4 << 20)
    assert hashlib.sha256(stored).hexdigest() == sha
