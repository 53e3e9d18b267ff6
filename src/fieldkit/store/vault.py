"""One profile's vault: its folder, its key file, its SQLCipher database.

Files in the profile folder (see docs/vault-format.md):
``profile.json`` (public description), ``vault.key`` (wrapped database key),
``vault.db`` (+ WAL), ``vault.head`` (signed newest revision, to catch a
restored older database) and ``exhibits/`` (encrypted exhibit files).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

from fieldkit.crypto import identity, keyfile
from fieldkit.crypto.atomic import atomic_write_bytes, fsync_dir
from fieldkit.crypto.kdf import KdfParams
from fieldkit.domain import canonical
from fieldkit.domain.ids import utc_now
from fieldkit.domain.revision import head_message
from fieldkit.errors import (
    FieldKitError,
    ProfileNotFound,
    VaultCorrupt,
    VaultKeyCorrupt,
    VaultLocked,
    WrongPassphrase,
)
from fieldkit.store import db, migrate, profile_file
from fieldkit.store.profile_file import ProfileInfo

KEY_FILE: Final = "vault.key"
DB_FILE: Final = "vault.db"
HEAD_FILE: Final = "vault.head"
EXHIBITS_DIR: Final = "exhibits"
SIGNING_PURPOSE: Final = "ed25519-signing/1"
BOX_PURPOSE: Final = "x25519-box/1"
NAMING_PURPOSE: Final = "exhibit-naming/1"
HEAD_FILE_FORMAT: Final = "fieldkit.head-file/1"


class Vault:
    """An unlocked profile. ``close()`` drops the connection and the keys."""

    def __init__(self, folder: Path, info: ProfileInfo, conn: db.Connection) -> None:
        self.folder = folder
        self.info = info
        self._conn: db.Connection | None = conn
        self._secrets: dict[str, bytes] = {}
        self._after_commit: list[Callable[[], None]] = []
        self._depth = 0
        for purpose, secret in conn.execute("SELECT purpose, secret FROM keys"):
            self._secrets[purpose] = bytes(secret)

    # -- life cycle -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        info_without_keys: Callable[[identity.Identity], ProfileInfo],
        passphrase: str,
        params: KdfParams,
    ) -> Vault:
        """Make a new profile folder; nothing is left behind if any step fails.

        The folder is built under a temporary name and renamed into place last.
        """
        folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        building = folder.with_name(f".{folder.name}.creating")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(mode=0o700)
        try:
            ident = identity.generate()
            info = info_without_keys(ident)
            db_key = keyfile.new_database_key()
            wrapped = keyfile.wrap(db_key, passphrase, info.id, params)
            atomic_write_bytes(building / KEY_FILE, wrapped.to_bytes())
            profile_file.write(building, info)
            (building / EXHIBITS_DIR).mkdir(mode=0o700)
            conn = db.connect(building / DB_FILE, db_key)
            try:
                migrate.upgrade(conn)
                now = utc_now()
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO keys (purpose, secret, public, created_at) VALUES (?,?,?,?)",
                    [
                        (SIGNING_PURPOSE, ident.signing_seed, ident.signing_public, now),
                        (BOX_PURPOSE, ident.box_secret, ident.box_public, now),
                        (NAMING_PURPOSE, identity.random_bytes(32), None, now),
                    ],
                )
                conn.execute("INSERT INTO meta (key, value) VALUES ('profile_id', ?)", (info.id,))
                genesis = identity.sign(ident.signing_seed, head_message(info.id, 0, None))
                conn.execute(
                    "INSERT INTO chain_head (id, seq, hash, signature) VALUES (1, 0, NULL, ?)",
                    (genesis,),
                )
                conn.execute("COMMIT")
            finally:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            _write_head(building, 0, None, genesis)
            os.replace(building, folder)
            fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        return cls.open(folder, passphrase, params_hint=params)

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, params_hint: KdfParams | None = None) -> Vault:
        """Unlock: derive, unwrap, open. A wrong passphrase touches no file."""
        del params_hint  # the key file's own parameters are always used
        key_path = folder / KEY_FILE
        if not folder.is_dir():
            raise ProfileNotFound("There is no such profile on this computer.")
        try:
            untrusted = key_path.read_bytes()
        except FileNotFoundError:
            raise VaultKeyCorrupt(
                "The profile's key file (vault.key) is missing. Restore it from a backup."
            ) from None
        try:
            wrapped = keyfile.parse(untrusted)
            db_key = keyfile.unwrap(wrapped, passphrase)
        except keyfile.KeyFileCorrupt as exc:
            raise VaultKeyCorrupt(exc.message) from None
        except keyfile.KeyFileWrongPassphrase:
            raise WrongPassphrase() from None
        info = profile_file.read(folder)
        if wrapped.profile_id != info.id:
            raise VaultKeyCorrupt("vault.key belongs to a different profile.")
        db_path = folder / DB_FILE
        if not db_path.is_file() or db_path.stat().st_size == 0:
            raise VaultCorrupt(
                "The profile's database (vault.db) is missing. Restore the profile from a backup."
            )
        conn = db.connect(db_path, db_key)
        try:
            migrate.upgrade(conn)
            row = conn.execute("SELECT value FROM meta WHERE key = 'profile_id'").fetchone()
            if row is None or row[0] != info.id:
                raise VaultCorrupt("vault.db belongs to a different profile.")
        except db.DatabaseError as exc:
            conn.close()
            raise VaultCorrupt(
                "The profile's database (vault.db) is damaged. Restore it from a backup."
            ) from exc
        except FieldKitError:
            conn.close()
            raise
        return cls(folder, info, conn)

    def close(self) -> None:
        """Lock: close the database and forget every key held in memory."""
        if self._conn is not None:
            with contextlib.suppress(db.DatabaseError):
                self._conn.close()
        self._conn = None
        self._secrets.clear()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> db.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    # -- keys -------------------------------------------------------------------

    def _secret(self, purpose: str) -> bytes:
        if self._conn is None:
            raise VaultLocked()
        return self._secrets[purpose]

    def sign(self, message: bytes) -> bytes:
        return identity.sign(self._secret(SIGNING_PURPOSE), message)

    def verify_own(self, message: bytes, signature: bytes) -> bool:
        public = self.conn.execute(
            "SELECT public FROM keys WHERE purpose = ?", (SIGNING_PURPOSE,)
        ).fetchone()[0]
        return identity.verify(bytes(public), message, signature)

    def naming_key(self) -> bytes:
        return self._secret(NAMING_PURPOSE)

    def secret(self, purpose: str) -> bytes:
        """A secret key by purpose (for the sync layer); ``KeyError`` if this vault has none."""
        return self._secret(purpose)

    def has_key(self, purpose: str) -> bool:
        return self.is_open and purpose in self._secrets

    def public_key(self, purpose: str) -> bytes:
        row = self.conn.execute("SELECT public FROM keys WHERE purpose = ?", (purpose,)).fetchone()
        if row is None or row[0] is None:
            raise KeyError(purpose)
        return bytes(row[0])

    def add_key(self, purpose: str, secret: bytes, public: bytes | None) -> None:
        """Store a new key (inside the caller's transaction) and keep it for this session."""
        self.conn.execute(
            "INSERT INTO keys (purpose, secret, public, created_at) VALUES (?,?,?,?)",
            (purpose, secret, public, utc_now()),
        )
        self._secrets[purpose] = bytes(secret)

    @property
    def exhibits_dir(self) -> Path:
        return self.folder / EXHIBITS_DIR

    # -- transactions -------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[db.Connection]:
        """One write transaction (nested calls join the outer one)."""
        conn = self.conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            self._after_commit.clear()
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
        hooks, self._after_commit = self._after_commit, []
        for hook in hooks:
            hook()

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once the current transaction has committed."""
        if not self._depth:
            raise RuntimeError("after_commit outside a transaction")
        if hook not in self._after_commit:
            self._after_commit.append(hook)

    # -- the head file outside the database --------------------------------------

    def write_head_file(self) -> None:
        row = self.conn.execute("SELECT seq, hash, signature FROM chain_head").fetchone()
        if row is not None:
            _write_head(self.folder, int(row[0]), row[1], bytes(row[2]))

    def read_head_file(self) -> tuple[int, str | None, bytes] | None:
        """(seq, hash, signature) from ``vault.head``, or None if there is none."""
        try:
            untrusted = (self.folder / HEAD_FILE).read_bytes()
        except FileNotFoundError:
            return None
        try:
            value = canonical.parse(untrusted[:4096])
            if value["format"] != HEAD_FILE_FORMAT:
                raise ValueError("format")
            seq, head_hash = value["seq"], value["hash"]
            signature = bytes.fromhex(value["signature"])
            if not isinstance(seq, int) or not (head_hash is None or isinstance(head_hash, str)):
                raise ValueError("types")
        except (FieldKitError, KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupt("The profile's vault.head file is damaged.") from exc
        return seq, head_hash, signature


def _write_head(folder: Path, seq: int, head_hash: str | None, signature: bytes) -> None:
    data = {"format": HEAD_FILE_FORMAT, "seq": seq, "hash": head_hash, "signature": signature.hex()}
    atomic_write_bytes(folder / HEAD_FILE, canonical.dumps(data))


def change_passphrase(folder: Path, old: str, new: str, params: KdfParams) -> None:
    """Re-wrap the same database key: only ``vault.key`` is rewritten, atomically."""
    key_path = folder / KEY_FILE
    try:
        untrusted = key_path.read_bytes()
    except FileNotFoundError:
        raise VaultKeyCorrupt("The profile's key file (vault.key) is missing.") from None
    try:
        wrapped = keyfile.parse(untrusted)
        db_key = keyfile.unwrap(wrapped, old)
    except keyfile.KeyFileCorrupt as exc:
        raise VaultKeyCorrupt(exc.message) from None
    except keyfile.KeyFileWrongPassphrase:
        raise WrongPassphrase() from None
    rewrapped = keyfile.wrap(db_key, new, wrapped.profile_id, params)
    atomic_write_bytes(key_path, rewrapped.to_bytes())


def destroy(folder: Path) -> None:
    """Delete a profile: overwrite the key file first so the data cannot be opened again."""
    key_path = folder / KEY_FILE
    if key_path.exists():
        with key_path.open("r+b") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(0)
            handle.write(identity.random_bytes(max(size, keyfile.FILE_BYTES)))
            handle.flush()
            os.fsync(handle.fileno())
    shutil.rmtree(folder)
    fsync_dir(folder.parent)
