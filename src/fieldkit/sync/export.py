"""Export on the laptop: every revision and exhibit HQ has not acknowledged, in one bundle.

Streaming end to end (exhibits never sit in memory). The bundle's sequence
number and hash are committed to the vault *before* the finished ``.partial``
file is renamed into place, so a crash can never yield two different
completed bundles with one number. A bundle lost that way is only a gap: its
content is unacknowledged and goes into the next bundle.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldkit.crypto import bundle
from fieldkit.crypto.atomic import fsync_dir
from fieldkit.crypto.stream import OperationCancelled
from fieldkit.domain import canonical
from fieldkit.domain.ids import utc_now, uuid7
from fieldkit.store import audit, exhibits
from fieldkit.store.vault import SIGNING_PURPOSE, Vault
from fieldkit.sync import payload
from fieldkit.sync.org import Org, require_org

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Pending:
    revisions: int
    exhibits: int
    exhibit_bytes: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    bundle_hash: str
    revisions: int
    exhibits: int
    size: int


_PENDING_REVISIONS = (
    "SELECT r.envelope, r.signature, b.body FROM revisions r"
    " LEFT JOIN revision_bodies b ON b.hash = r.hash"
    " WHERE r.hash NOT IN (SELECT hash FROM acknowledged_revisions) ORDER BY r.seq"
)
_PENDING_EXHIBITS = (
    "SELECT sha256, size FROM exhibit_blobs"
    " WHERE sha256 NOT IN (SELECT sha256 FROM acknowledged_exhibits) ORDER BY sha256"
)


def pending(vault: Vault) -> Pending:
    revs = vault.conn.execute(
        "SELECT count(*) FROM revisions WHERE hash NOT IN (SELECT hash FROM acknowledged_revisions)"
    ).fetchone()[0]
    ex = vault.conn.execute(
        "SELECT count(*), coalesce(sum(size), 0) FROM exhibit_blobs"
        " WHERE sha256 NOT IN (SELECT sha256 FROM acknowledged_exhibits)"
    ).fetchone()
    return Pending(int(revs), int(ex[0]), int(ex[1]))


_SIZE_PENDING = (
    "SELECT count(*), coalesce(sum(length(r.envelope) + coalesce(length(b.body), 0)), 0)"
    " FROM revisions r LEFT JOIN revision_bodies b ON b.hash = r.hash"
    " WHERE r.hash NOT IN (SELECT hash FROM acknowledged_revisions)"
)


def _size_revisions(vault: Vault) -> tuple[int, int]:
    """The count and total item bytes of the pending revisions, without reading a body.

    A revision item is its envelope and body as stored plus fixed bytes, and
    SQLite's ``length()`` of a blob reads no content.
    """
    count, stored = vault.conn.execute(_SIZE_PENDING).fetchone()
    return int(count), int(count) * payload.ITEM_FIXED + int(stored)


def _revision_items(vault: Vault) -> Iterator[bytes]:
    for envelope, signature, body in vault.conn.execute(_PENDING_REVISIONS):
        yield payload.revision_item(
            bytes(envelope), bytes(signature), None if body is None else bytes(body)
        )


def file_name(profile_id: str, seq: int) -> str:
    return f"fieldkit-{profile_id}-{seq:05d}.fkb"


def export_bundle(
    vault: Vault,
    dest_dir: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_size: int = bundle.DEFAULT_CHUNK_SIZE,
) -> ExportResult:
    """Write the next bundle into ``dest_dir`` (a USB stick, an outbox folder)."""
    org = require_org(vault)
    partial: Path | None = None
    try:
        with _read_snapshot(vault):  # sizing and writing see the same revisions
            plan = _plan(vault, org)
            dest_dir.mkdir(parents=True, exist_ok=True)
            final = dest_dir / file_name(vault.info.id, plan.seq)
            partial = final.with_name(final.name + ".partial")
            partial.unlink(missing_ok=True)
            bundle_hash = _write(vault, plan, partial, progress, cancelled, chunk_size)
        size = partial.stat().st_size
        with vault.write() as conn:
            conn.execute(
                "INSERT INTO outbox_bundles (seq, bundle_hash, file_name, revisions, exhibits,"
                " chain_head_seq, created_at) VALUES (?,?,?,?,?,?,?)",
                (
                    plan.seq,
                    bundle_hash,
                    final.name,
                    plan.revisions,
                    len(plan.exhibits),
                    plan.head_seq,
                    utc_now(),
                ),
            )
            audit.record(
                vault,
                "export",
                bundle_seq=plan.seq,
                bundle_hash=bundle_hash,
                revisions=plan.revisions,
                exhibits=len(plan.exhibits),
            )
        os.replace(partial, final)
        fsync_dir(dest_dir)
    except BaseException:
        if partial is not None:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        raise
    return ExportResult(final, plan.seq, bundle_hash, plan.revisions, len(plan.exhibits), size)


@contextlib.contextmanager
def _read_snapshot(vault: Vault) -> Iterator[None]:
    """One read transaction: every query inside sees the same rows (WAL lets writers on)."""
    vault.conn.execute("BEGIN")
    try:
        yield
    finally:
        if vault.conn.in_transaction:
            vault.conn.execute("COMMIT")  # nothing was written: this only ends the snapshot


@dataclass(frozen=True)
class _Plan:
    """What the next bundle holds, as its manifest states it."""

    seq: int
    manifest: dict[str, object]
    recipient: bytes
    kind: int
    revisions: int
    exhibits: list[tuple[str, int]]
    head_seq: int
    total: int


def _plan(vault: Vault, org: Org) -> _Plan:
    clinical = vault.info.role == "psychologist"
    last = vault.conn.execute(
        "SELECT seq, bundle_hash FROM outbox_bundles ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    seq, prev_hash = (1, None) if last is None else (int(last[0]) + 1, last[1])
    head = vault.conn.execute("SELECT seq, hash FROM chain_head").fetchone()
    exhibit_list = [(sha, int(size)) for sha, size in vault.conn.execute(_PENDING_EXHIBITS)]
    revision_count, revision_bytes = _size_revisions(vault)
    exhibit_bytes = sum(payload.FRAME_BYTES + 32 + size for _, size in exhibit_list)
    manifest: dict[str, object] = {
        "format": "fieldkit.bundle-manifest/1",
        "bundle_id": uuid7(),
        "profile_id": vault.info.id,
        "role": vault.info.role,
        "device": org.device,
        "signing_public": vault.public_key(SIGNING_PURPOSE).hex(),
        "recipient": "clinical" if clinical else "hq",
        "seq": seq,
        "prev_bundle_hash": prev_hash,
        "created_at": utc_now(),
        "revisions": revision_count,
        "exhibits": [{"sha256": sha, "size": size} for sha, size in exhibit_list],
        "chain_head": {"seq": int(head[0]), "hash": head[1]},
        "payload_length": 0,
    }
    total = 0
    for _ in range(4):  # the manifest states the length that includes itself
        body = len(canonical.dumps(manifest)) + payload.FRAME_BYTES
        total = body + revision_bytes + exhibit_bytes
        if manifest["payload_length"] == total:
            break
        manifest["payload_length"] = total
    return _Plan(
        seq=seq,
        manifest=manifest,
        recipient=org.clinical_box_public if clinical else org.hq_box_public,
        kind=bundle.RECIPIENT_CLINICAL if clinical else bundle.RECIPIENT_HQ,
        revisions=revision_count,
        exhibits=exhibit_list,
        head_seq=int(head[0]),
        total=total,
    )


def _write(
    vault: Vault,
    plan: _Plan,
    partial: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    chunk_size: int,
) -> str:
    """Write and fsync the ``.partial`` file; return the bundle hash."""
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise OperationCancelled("Export cancelled; nothing was written.")
        if progress is not None:
            progress(done, plan.total)

    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        with bundle.BundleWriter(  # leaving by an exception stops its writing thread
            handle,
            sender_seed=vault.secret(SIGNING_PURPOSE),
            recipient_public=plan.recipient,
            recipient_kind=plan.kind,
            payload_length=plan.total,
            chunk_size=chunk_size,
        ) as writer:
            writer.write(payload.json_item(payload.ITEM_MANIFEST, plan.manifest))
            written = 0
            for item in _revision_items(vault):
                writer.write(item)
                written += 1
                step(len(item))
            if written != plan.revisions:  # cannot happen inside one snapshot; checked anyway
                raise RuntimeError("the revisions changed while the bundle was written")
            for sha, size in plan.exhibits:
                writer.write(payload.exhibit_frame(sha, size))
                for piece in exhibits.open_chunks(vault, sha):
                    writer.write(piece)
                    step(len(piece))
            bundle_hash = writer.finish()
        handle.flush()
        os.fsync(handle.fileno())
    return bundle_hash
