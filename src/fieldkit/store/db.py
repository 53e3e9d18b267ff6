"""Opening the SQLCipher database with FieldKit's settings.

The raw 32-byte key is handed to SQLCipher (``PRAGMA key = "x'..'"``), so its
own PBKDF2 never runs: the passphrase work was done by Argon2id already.
``PRAGMA key`` must be the first statement on the connection.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldkit.errors import VaultCorrupt

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError


def _raw_key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None) -> Connection:
    """Open ``path``; ``key=None`` opens an unkeyed (plain SQLite) database for benchmarks."""
    if not path.exists():  # private before the first byte; -wal and -shm inherit it
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if key is not None:
            conn.execute(_raw_key_pragma(key))
            conn.execute("PRAGMA cipher_log_level = NONE")
        # Reading the schema is the first real read: a wrong key or a damaged
        # file fails here, before any setting that would write.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultCorrupt(
            "The profile's database (vault.db) cannot be read: it is damaged or does "
            "not belong to this key file. Restore the profile folder from a backup."
        ) from exc
    return conn


def integrity_problems(conn: Connection, *, encrypted: bool = True) -> list[str]:
    """Results of SQLite's and SQLCipher's integrity checks; empty when all is well."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    if encrypted:
        problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    return problems
