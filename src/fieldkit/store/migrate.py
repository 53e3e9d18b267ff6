"""Numbered, append-only schema migrations (``migrations/NNNN_name.sql``).

The schema version is ``PRAGMA user_version``. Each file runs in its own
transaction together with the version bump, so a crash leaves the database at
one version or the next, never between. A database newer than this program is
refused politely rather than touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from fieldkit.errors import SchemaTooNew
from fieldkit.store.db import Connection

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    folder = resources.files("fieldkit.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration numbering has a gap at {migration.name}")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: Connection, target: int | None = None) -> int:
    """Apply every migration above the current version (up to ``target``)."""
    goal = latest_version() if target is None else target
    version = current_version(conn)
    if version > latest_version():
        raise SchemaTooNew(
            f"This profile was written by a newer FieldKit (schema {version}; this "
            f"program knows up to {latest_version()}). Update FieldKit to open it."
        )
    for migration in migrations()[version:goal]:
        script = (
            "BEGIN IMMEDIATE;\n"
            + migration.sql
            + f"\nPRAGMA user_version = {migration.version};\nCOMMIT;\n"
        )
        try:
            conn.executescript(script)
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = migration.version
    return version
