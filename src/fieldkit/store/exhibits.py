"""Encrypted exhibit files, outside the database, named by a keyed hash.

Each file is encrypted with its own random key (kept in the database) using
the streaming format of ``crypto.stream``. The file name is a BLAKE2b of the
plaintext SHA-256 keyed with the profile's naming key, so the folder does not
reveal which known file a laptop holds. Identical files are stored once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldkit.crypto import stream
from fieldkit.crypto.atomic import atomic_writer, fsync_dir
from fieldkit.domain.ids import utc_now, uuid7
from fieldkit.errors import RecordNotFound
from fieldkit.store.vault import Vault

SUFFIX = ".fkx"


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    blob_name: str
    file_key: bytes
    created: bool = False  # True when this call wrote a new file (False: deduplicated)


def _context(vault: Vault) -> bytes:
    return b"fieldkit.exhibit/1\x00" + vault.info.id.encode("ascii")


def blob_name(vault: Vault, sha256: str) -> str:
    return hashlib.blake2b(
        bytes.fromhex(sha256), key=vault.naming_key(), digest_size=32
    ).hexdigest()


def ingest(
    vault: Vault,
    source: BinaryIO,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StoredBlob:
    """Encrypt ``source`` into the exhibit folder; returns what the database must record.

    The caller records the returned blob with ``register`` in the same transaction
    as the exhibit's revision. A crash before that leaves only an unreadable file.
    """
    folder = vault.exhibits_dir
    folder.mkdir(mode=0o700, exist_ok=True)
    key = stream.new_key()
    incoming = folder / f"incoming-{uuid7()}{SUFFIX}"
    with atomic_writer(incoming) as handle:
        result = stream.encrypt_stream(
            source, handle, key, context=_context(vault), progress=progress, cancelled=cancelled
        )
    existing = vault.conn.execute(
        "SELECT blob_name, file_key, size FROM exhibit_blobs"
        " WHERE sha256 = ? AND purged_at IS NULL",
        (result.sha256,),
    ).fetchone()
    if existing is not None:
        incoming.unlink()
        return StoredBlob(result.sha256, int(existing[2]), existing[0], bytes(existing[1]))
    name = blob_name(vault, result.sha256)
    os.replace(incoming, folder / f"{name}{SUFFIX}")
    fsync_dir(folder)
    return StoredBlob(result.sha256, result.size, name, key, created=True)


def register(vault: Vault, blob: StoredBlob) -> None:
    vault.conn.execute(
        "INSERT INTO exhibit_blobs (sha256, blob_name, file_key, size, created_at)"
        " VALUES (?,?,?,?,?) ON CONFLICT (sha256) DO UPDATE SET file_key = excluded.file_key,"
        " blob_name = excluded.blob_name, purged_at = NULL"
        " WHERE exhibit_blobs.purged_at IS NOT NULL",
        (blob.sha256, blob.blob_name, blob.file_key, blob.size, utc_now()),
    )


def _lookup(vault: Vault, sha256: str) -> tuple[Path, bytes]:
    row = vault.conn.execute(
        "SELECT blob_name, file_key, purged_at FROM exhibit_blobs WHERE sha256 = ?", (sha256,)
    ).fetchone()
    if row is None:
        raise RecordNotFound("This exhibit's file is not in the profile.")
    if row[2] is not None:
        raise RecordNotFound("This exhibit was purged from the laptop after HQ's receipt.")
    return vault.exhibits_dir / f"{row[0]}{SUFFIX}", bytes(row[1])


def open_chunks(vault: Vault, sha256: str) -> Iterator[bytes]:
    """Plaintext chunks, in memory only; raises ``ExhibitCorrupt`` on any damage."""
    path, key = _lookup(vault, sha256)
    with path.open("rb") as handle:
        yield from stream.decrypt_chunks(handle, key, context=_context(vault))


def read_small(vault: Vault, sha256: str, max_bytes: int) -> bytes:
    path, key = _lookup(vault, sha256)
    with path.open("rb") as handle:
        return stream.read_all(handle, key, context=_context(vault), max_bytes=max_bytes)


def export_to(vault: Vault, sha256: str, dest: Path) -> None:
    """Write the plaintext to ``dest`` (a place the user chose), atomically and checked."""
    path, key = _lookup(vault, sha256)
    with path.open("rb") as source, atomic_writer(dest, mode=0o600) as out:
        stream.decrypt_to(source, out, key, context=_context(vault), expected_sha256=sha256)


def remove_incoming(vault: Vault) -> None:
    """Delete what a crash can leave in the exhibit folder: half-written files, and
    complete files whose database row never committed (without it they cannot be
    decrypted: their key was only in the rolled-back transaction)."""
    folder = vault.exhibits_dir
    for leftover in [*folder.glob(f"incoming-*{SUFFIX}"), *folder.glob(".*.partial")]:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    known = {
        f"{row[0]}{SUFFIX}" for row in vault.conn.execute("SELECT blob_name FROM exhibit_blobs")
    }
    for stored in folder.glob(f"*{SUFFIX}"):
        if stored.name not in known:
            with contextlib.suppress(FileNotFoundError):
                stored.unlink()
