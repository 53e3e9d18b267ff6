"""Import at HQ, with the checks of docs/bundle-format.md section 6, in that order.

Nothing is decrypted before the signature and the roster are checked, and
nothing reaches HQ's tables except in the one transaction that commits after
the final tag, the manifest and every revision have passed. A rejected bundle
is moved to the quarantine folder with its reason; HQ's data is unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final, NoReturn

from fieldkit.crypto import bundle
from fieldkit.crypto.atomic import atomic_write_bytes
from fieldkit.crypto.bundle import BundleHeader, BundleRejected
from fieldkit.domain.ids import utc_now, uuid7
from fieldkit.store import audit, exhibits
from fieldkit.store.vault import BOX_PURPOSE, Vault
from fieldkit.sync import manifest as manifest_mod
from fieldkit.sync import payload, receipts, revisions_in
from fieldkit.sync.org import HQ_BOX, Device, device_by_key, is_hq, require_org

Progress = Callable[[int, int], None]


@dataclass
class ImportOutcome:
    file: Path
    status: str  # imported | replay | held | rejected
    reason: str = ""
    message: str = ""
    profile_id: str = ""
    device: str = ""
    seq: int | None = None
    bundle_hash: str = ""
    revisions_new: int = 0
    revisions_total: int = 0
    exhibits: int = 0
    receipt: Path | None = None
    missing: list[int] = field(default_factory=list)


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    receipts_dir: Path | None = None,
    progress: Progress | None = None,
    max_bytes: int = bundle.DEFAULT_MAX_BUNDLE_BYTES,
) -> ImportOutcome:
    """Import one bundle file; never raises for a bad bundle, returns the outcome.

    The file is first copied into the profile folder, so a hostile or failing
    USB stick cannot show different bytes to different checks.
    """
    require_org(vault)
    outcome = ImportOutcome(file=path, status="rejected")
    staged: Path | None = None
    try:
        with path.open("rb") as original:
            size = path.stat().st_size
            header = bundle.read_header(original, size, max_bytes=max_bytes)  # 1. size, header
            signature = bundle.signature_of(original, header, size)
            if _is_replay(vault, header, signature, size, outcome):  # 2. replay: a fast no-op
                return outcome
            staged = _stage(vault, original)
        with staged.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size != size:  # the stick's file changed meanwhile
                raise BundleRejected(
                    "bad-signature",
                    "The bundle changed while it was being checked. Copy it to this computer "
                    "and import the copy.",
                )
            _import(vault, handle, header, signature, size, outcome, receipts_dir, progress)
    except BundleRejected as exc:
        outcome.status, outcome.reason, outcome.message = "rejected", exc.reason, exc.message
        _quarantine(vault, path, staged, outcome)
        staged = None
    except OSError as exc:
        outcome.status, outcome.reason = "rejected", "unreadable"
        outcome.message = f"The file cannot be read: {exc.strerror}."
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)
    return outcome


def _is_replay(
    vault: Vault, header: BundleHeader, signature: bytes, size: int, outcome: ImportOutcome
) -> bool:
    row = vault.conn.execute(
        "SELECT bundle_hash, profile_id, seq FROM hq_bundles"
        " WHERE sender_public = ? AND signature = ? AND size = ?",
        (header.sender_public, signature, size),
    ).fetchone()
    if row is None:
        return False
    outcome.status, outcome.bundle_hash, outcome.profile_id, outcome.seq = (
        "replay",
        row[0],
        row[1],
        row[2],
    )
    outcome.message = "This bundle was already imported; nothing changed."
    return True


def _stage(vault: Vault, original: BinaryIO) -> Path:
    folder = vault.folder / "incoming"
    folder.mkdir(mode=0o700, exist_ok=True)
    staged = folder / f"{uuid7()}.fkb"
    original.seek(0)
    with staged.open("xb") as out:
        shutil.copyfileobj(original, out, 1 << 20)
    return staged


def _import(
    vault: Vault,
    handle: BinaryIO,
    header: BundleHeader,
    signature: bytes,
    size: int,
    outcome: ImportOutcome,
    receipts_dir: Path | None,
    progress: Progress | None,
) -> None:
    bundle_hash = bundle.verify_signature(handle, header, size)  # 3. signature
    outcome.bundle_hash = bundle_hash
    device = device_by_key(vault, header.sender_public)  # 4. roster
    if device is None:
        raise BundleRejected(
            "unknown-key",
            "The bundle is signed by a key that is not in the "
            "roster: the laptop was never enrolled, or this is a forgery.",
        )
    outcome.profile_id, outcome.device = device.profile_id, f"{device.name} ({device.device})"
    if device.status != "active":
        raise BundleRejected(
            "revoked-key",
            f"The laptop {device.name} ({device.device}) was "
            "revoked: its bundles are no longer accepted.",
        )
    secret = _recipient_secret(vault, header)  # 5. recipient
    if secret is None:
        _hold(vault, handle, header, signature, size, bundle_hash, device, outcome, receipts_dir)
        return
    file_key = bundle.open_file_key(header, secret)
    # 6-10 in one pass over the file: every chunk authenticates as it is read (6),
    # the items are parsed as they arrive (7), checked (8, 9) and written in the
    # one transaction that commits only after the last chunk and its final tag.
    pieces = bundle.decrypt_payload(handle, header, file_key)
    events = payload.parse(pieces, header.payload_length)
    written: list[Path] = []
    failure: BundleRejected | None = None
    try:
        with vault.write():
            _apply(
                vault,
                events,
                header,
                bundle_hash,
                signature,
                size,
                device,
                outcome,
                written,
                progress,
            )
            if next(pieces, None) is not None:  # parse read to the end; never commit before
                raise payload.PayloadInvalid("there is data after the declared end")
    except BundleRejected as exc:  # rolled back; the rest of the file may outrank it
        _remove(written)
        failure = exc
    except BaseException:
        _remove(written)
        raise
    if failure is not None:
        _raise_first_failure(events, pieces, failure)
    outcome.status = "imported"
    outcome.message = (
        f"Imported {outcome.revisions_new} new revisions and {outcome.exhibits} exhibits."
    )
    outcome.missing = manifest_mod.missing_bundles(vault, device.profile_id)
    if receipts_dir is not None and is_hq(vault):
        outcome.receipt = _write_receipt(vault, receipts_dir, device.profile_id, bundle_hash)


def _remove(written: list[Path]) -> None:
    """Delete the exhibit files an import that failed wrote (its rows were rolled back)."""
    for blob in written:
        with contextlib.suppress(FileNotFoundError):
            blob.unlink()


def _raise_first_failure(
    events: Iterator[payload.Event], pieces: Iterator[bytes], failure: BundleRejected
) -> NoReturn:
    """Raise the failure the spec's order reports first: ``failure`` or one later in the file.

    The single pass stopped at ``failure``. Reading on, a damaged chunk (step 6)
    anywhere after it outranks every other fault, and a malformed item (step 7)
    outranks a manifest or revision fault (steps 8 and 9). ``events`` and
    ``pieces`` resume where the pass stopped; if one of them raised, it is
    finished and yields nothing more.
    """
    try:
        for _event in events:
            pass
    except payload.PayloadInvalid as later:
        if not isinstance(failure, payload.PayloadInvalid):
            failure = later  # step 7 comes before steps 8 and 9
    for _piece in pieces:  # raises a later chunk's fault (step 6)
        pass
    raise failure


def _recipient_secret(vault: Vault, header: BundleHeader) -> bytes | None:
    """Our secret key for this bundle, None to hold it unread, or ``wrong-recipient``."""
    org = require_org(vault)
    if header.recipient_kind == bundle.RECIPIENT_HQ:
        if is_hq(vault) and header.recipient_public == vault.public_key(HQ_BOX):
            return vault.secret(HQ_BOX)
    elif header.recipient_public == org.clinical_box_public:
        if (
            vault.info.role == "clinical_lead"
            and vault.public_key(BOX_PURPOSE) == org.clinical_box_public
        ):
            return vault.secret(BOX_PURPOSE)
        if is_hq(vault):
            return None
    raise BundleRejected(
        "wrong-recipient",
        "The bundle is not addressed to this profile's "
        "keys (another organisation, or a psychologist's bundle for the "
        "clinical lead).",
    )


def _apply(
    vault: Vault,
    events: Iterator[payload.Event],
    header: BundleHeader,
    bundle_hash: str,
    signature: bytes,
    size: int,
    device: Device,
    outcome: ImportOutcome,
    written: list[Path],
    progress: Progress | None,
) -> None:
    first = next(events)  # 6-7. decryption and payload as we go
    if not isinstance(first, dict):
        raise payload.PayloadInvalid("the first item is not the manifest")
    manifest = manifest_mod.check(first, header, device)  # 8. manifest
    manifest_mod.check_sequence(vault, manifest, bundle_hash, device)
    outcome.seq = manifest.seq
    vault.conn.execute(
        "INSERT INTO hq_bundles (bundle_hash, profile_id, seq, sender_public, signature, size,"
        " chain_head_seq, status, revisions, exhibits, imported_at, prev_bundle_hash)"
        " VALUES (?,?,?,?,?,?,?, 'imported', ?,?,?,?)",
        (
            bundle_hash,
            device.profile_id,
            manifest.seq,
            header.sender_public,
            signature,
            size,
            manifest.chain_head_seq,
            manifest.revisions,
            len(manifest.exhibits),
            utc_now(),
            manifest.prev_bundle_hash,
        ),
    )
    chain = revisions_in.ChainCheck(vault, device)  # 9. revisions and exhibits
    exhibit_index = _apply_items(
        vault, events, header, manifest, chain, bundle_hash, written, progress
    )
    outcome.revisions_new, outcome.revisions_total = chain.new, chain.count
    outcome.exhibits = exhibit_index
    audit.record(
        vault,
        "import",
        profile=device.profile_id,
        bundle_seq=manifest.seq,
        bundle_hash=bundle_hash,
        revisions=chain.new,
        exhibits=exhibit_index,
    )


_STEP_9: Final = frozenset({"bad-revision", "fork"})  # the reasons a revision or exhibit gives


def _apply_items(
    vault: Vault,
    events: Iterator[payload.Event],
    header: BundleHeader,
    manifest: manifest_mod.Manifest,
    chain: revisions_in.ChainCheck,
    bundle_hash: str,
    written: list[Path],
    progress: Progress | None,
) -> int:
    """Step 9: every revision, then every exhibit; returns the number of exhibits.

    The first revision or exhibit that fails (step 9) is held while the rest of
    the bundle is read: a fault of an earlier step found later in the file (a
    damaged chunk, a malformed item, a count or exhibit the manifest does not
    announce) is the one reported. Only a step 9 fault flushes the pending
    revisions, whose own first fault, earlier in bundle order, then wins.
    """
    exhibit_index = 0
    revisions_seen = 0
    done = 0
    failure: BundleRejected | None = None
    for event in events:
        if isinstance(event, payload.RevisionItem):
            revisions_seen += 1
            if revisions_seen > manifest.revisions:
                raise _bad_manifest()
            if failure is None:
                failure = _step_9(functools.partial(chain.add, event, bundle_hash), chain)
            done += len(event.envelope) + len(event.body or b"")
        elif isinstance(event, payload.ExhibitStart):
            if revisions_seen != manifest.revisions or exhibit_index >= len(manifest.exhibits):
                raise _bad_manifest()
            if (event.sha256, event.size) != manifest.exhibits[exhibit_index]:
                raise _bad_manifest()
            exhibit_index += 1
            if failure is None:  # every revision written and checked before the first exhibit
                failure = _step_9(chain.flush, chain)
            if failure is None:
                receive = functools.partial(_receive_exhibit, vault, event, events, written)
                failure = _step_9(receive, chain)
            else:
                _skip_exhibit(events)
            if failure is None:
                vault.conn.execute(
                    "INSERT OR IGNORE INTO hq_bundle_exhibits (bundle_hash, sha256) VALUES (?,?)",
                    (bundle_hash, event.sha256),
                )
            done += event.size
        else:
            raise payload.PayloadInvalid("an item is out of place")
        if progress is not None:
            progress(done, header.payload_length)
    if revisions_seen != manifest.revisions or exhibit_index != len(manifest.exhibits):
        raise _bad_manifest()
    if failure is None:
        failure = _step_9(chain.flush, chain)
    if failure is not None:
        raise failure
    return exhibit_index


def _step_9(check: Callable[[], object], chain: revisions_in.ChainCheck) -> BundleRejected | None:
    """Run one step 9 check; return its fault (or a pending revision's earlier one), or None.

    Faults of other steps (a damaged chunk met while reading an exhibit, a
    malformed item) are raised at once: they outrank every step 9 fault.
    """
    try:
        check()
    except BundleRejected as exc:
        if exc.reason not in _STEP_9 or isinstance(exc, payload.PayloadInvalid):
            raise
        try:
            chain.flush()  # a pending revision before this one fails first, in bundle order
        except BundleRejected as earlier:
            return earlier
        return exc
    return None


def _skip_exhibit(events: Iterator[payload.Event]) -> None:
    """Read past one exhibit's pieces after a step 9 fault (steps 6 and 7 still apply)."""
    for event in events:
        if isinstance(event, payload.ExhibitEnd):
            return
        if not isinstance(event, payload.ExhibitPiece):
            raise payload.PayloadInvalid("an exhibit was cut short")


def _bad_manifest() -> BundleRejected:
    return BundleRejected("bad-manifest", "The bundle's content does not match its manifest.")


class _ExhibitStream(io.RawIOBase):
    """A read-only file over the pieces of one exhibit item."""

    def __init__(self, events: Iterator[payload.Event]) -> None:
        self._events = events
        self._buffer = b""
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, target: memoryview) -> int:  # type: ignore[override]
        while not self._buffer and not self._ended:
            event = next(self._events, None)
            if isinstance(event, payload.ExhibitPiece):
                self._buffer = event.data
            elif isinstance(event, payload.ExhibitEnd):
                self._ended = True
            else:
                raise payload.PayloadInvalid("an exhibit was cut short")
        count = min(len(target), len(self._buffer))
        target[:count] = self._buffer[:count]
        self._buffer = self._buffer[count:]
        return count


def _receive_exhibit(
    vault: Vault, start: payload.ExhibitStart, events: Iterator[payload.Event], written: list[Path]
) -> int:
    stream = io.BufferedReader(_ExhibitStream(events), buffer_size=1 << 16)
    blob = exhibits.ingest(vault, stream)
    if blob.created:  # only files this import wrote are removed if it fails
        written.append(vault.exhibits_dir / f"{blob.blob_name}{exhibits.SUFFIX}")
    if blob.sha256 != start.sha256 or blob.size != start.size:
        raise BundleRejected(
            "bad-revision",
            "An exhibit in the bundle does not match its SHA-256: it was altered before it "
            "was signed.",
        )
    if blob.created:
        exhibits.register(vault, blob)
    return start.size


def remove_staged(vault: Vault) -> None:
    """Delete staged copies of bundles left by an import that was killed."""
    folder = vault.folder / "incoming"
    for leftover in folder.glob("*.fkb"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _hold(
    vault: Vault,
    handle: BinaryIO,
    header: BundleHeader,
    signature: bytes,
    size: int,
    bundle_hash: str,
    device: Device,
    outcome: ImportOutcome,
    receipts_dir: Path | None,
) -> None:
    """Store a psychologist's bundle unread for the clinical lead, and acknowledge it."""
    held_dir = vault.folder / "held"
    held_dir.mkdir(mode=0o700, exist_ok=True)
    target = held_dir / f"{bundle_hash}.fkb"
    handle.seek(0)
    tmp = target.with_suffix(".partial")
    with tmp.open("wb") as out:
        shutil.copyfileobj(handle, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(target)
    with vault.write() as conn:
        conn.execute(
            "INSERT INTO hq_bundles (bundle_hash, profile_id, seq, sender_public, signature, size,"
            " chain_head_seq, status, held_file, revisions, exhibits, imported_at)"
            " VALUES (?,?,NULL,?,?,?,NULL,'held',?,0,0,?)",
            (
                bundle_hash,
                device.profile_id,
                header.sender_public,
                signature,
                size,
                target.name,
                utc_now(),
            ),
        )
        audit.record(vault, "import", profile=device.profile_id, bundle_hash=bundle_hash, held=True)
    outcome.status = "held"
    outcome.message = (
        "A psychologist's bundle: stored unread for the clinical lead, who alone can open it."
    )
    if receipts_dir is not None:
        outcome.receipt = _write_receipt(vault, receipts_dir, device.profile_id, bundle_hash)


def _write_receipt(vault: Vault, folder: Path, profile_id: str, bundle_hash: str) -> Path:
    data, name = receipts.issue(vault, bundle_hash)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    atomic_write_bytes(path, data)
    return path


def _quarantine(vault: Vault, path: Path, staged: Path | None, outcome: ImportOutcome) -> None:
    """Move a rejected file out of the way, with its reason; HQ's records are unchanged."""
    folder = vault.folder / "quarantine"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = utc_now().replace(":", "").replace(".", "")
    target = folder / f"{stamp}-{path.name[:80]}"
    try:
        if staged is not None:
            os.replace(staged, target)
        else:
            shutil.copyfile(path, target)
        path.unlink()
    except OSError:
        pass  # a read-only stick: the record below still says why it was refused
    with vault.write() as conn:
        conn.execute(
            "INSERT INTO quarantine (file_name, reason, message, at) VALUES (?,?,?,?)",
            (target.name, outcome.reason, outcome.message, utc_now()),
        )
