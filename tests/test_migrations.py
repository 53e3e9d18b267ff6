"""Schema upgrades: from every earlier version to the latest, data kept; newer refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.crypto import keyfile
from fieldkit.errors import SchemaTooNew
from fieldkit.services import profiles, records
from fieldkit.store import db, migrate

from .conftest import PASSPHRASE, make_profile
from .samples import interview


def schema(conn: db.Connection) -> list[tuple[str, str, str]]:
    return sorted(
        (row[0], row[1], " ".join((row[2] or "").split()))
        for row in conn.execute("SELECT type, name, sql FROM sqlite_master")
    )


def seed(conn: db.Connection, version: int) -> None:
    """Rows that each version's tables can hold, to prove upgrades keep data."""
    if version >= 1:
        conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'старе значення')")
        conn.execute(
            "INSERT INTO keys (purpose, secret, public, created_at)"
            " VALUES ('p/1', x'00', NULL, 't')"
        )
    if version >= 2:
        conn.execute(
            "INSERT INTO records (record_id, kind, revision, status, head_hash, created_at,"
            " updated_at) VALUES ('r1', 'interview', 1, 'draft', 'h', 't', 't')"
        )


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in migrate.migrations()]
    assert versions == list(range(1, len(versions) + 1))
    assert migrate.latest_version() >= 3


@pytest.mark.parametrize("start", range(migrate.latest_version()))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    key = keyfile.new_database_key()
    fresh = db.connect(tmp_path / "fresh.db", key)
    migrate.upgrade(fresh)
    old = db.connect(tmp_path / "old.db", key)
    assert migrate.upgrade(old, target=start) == start
    assert migrate.current_version(old) == start
    seed(old, start)
    old.close()
    reopened = db.connect(tmp_path / "old.db", key)
    assert migrate.upgrade(reopened) == migrate.latest_version()
    assert schema(reopened) == schema(fresh)
    if start >= 1:
        value = reopened.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone()[0]
        assert value == "старе значення"
    if start >= 2:
        assert reopened.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    assert db.integrity_problems(reopened) == []


def test_upgrade_is_idempotent(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.db", keyfile.new_database_key())
    migrate.upgrade(conn)
    before = schema(conn)
    migrate.upgrade(conn)
    assert schema(conn) == before


def test_a_newer_database_is_refused_politely() -> None:
    session = make_profile()
    records.save_draft(session, interview())
    session.vault.conn.execute(f"PRAGMA user_version = {migrate.latest_version() + 1}")
    session.lock()
    with pytest.raises(SchemaTooNew, match="newer FieldKit"):
        profiles.unlock(session.info.id, PASSPHRASE)


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.db", keyfile.new_database_key())
    migrate.upgrade(conn, target=1)
    conn.execute("CREATE TABLE records (clash INTEGER)")  # makes migration 2 fail
    with pytest.raises(db.DatabaseError):
        migrate.upgrade(conn)
    assert migrate.current_version(conn) == 1
    assert not conn.in_transaction
