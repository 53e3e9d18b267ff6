"""``fieldkit selftest``: do the parts FieldKit depends on load and work here?"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldkit import paths
from fieldkit.crypto import identity, kdf, keyfile
from fieldkit.domain import vocabulary
from fieldkit.store import db, migrate


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _cipher() -> str:
    with tempfile.TemporaryDirectory(prefix="fieldkit-selftest-") as tmp:
        path = Path(tmp) / "probe.db"
        key = keyfile.new_database_key()
        conn = db.connect(path, key)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        conn.execute("INSERT INTO t VALUES ('свідчення świadek')")
        found = conn.execute("SELECT count(*) FROM t WHERE t MATCH 'świadek'").fetchone()[0]
        migrate.upgrade(conn)
        conn.close()
        if not version or not version[0]:
            raise RuntimeError("SQLCipher is not active (no cipher_version)")
        if b"CREATE TABLE" in path.read_bytes():
            raise RuntimeError("the database file is not encrypted")
        if found != 1:
            raise RuntimeError("full-text search does not work")
        return f"SQLCipher {version[0]}, FTS5, schema {migrate.latest_version()}"


def _sodium() -> str:
    ident = identity.generate()
    signature = identity.sign(ident.signing_seed, b"selftest")
    if not identity.verify(ident.signing_public, b"selftest", signature):
        raise RuntimeError("Ed25519 signatures do not verify")
    kdf.derive("selftest passphrase", b"\0" * kdf.SALT_BYTES, kdf.KdfParams.floor())
    return "Ed25519, X25519, Argon2id"


def _fonts() -> str:
    folder = paths.resources_dir() / "fonts"
    fonts = sorted(p.name for p in folder.glob("*.ttf"))
    if not fonts:
        raise RuntimeError(f"no fonts in {folder}")
    if not any(folder.glob("LICENSE*")):
        raise RuntimeError("the fonts' licence is missing")
    return ", ".join(fonts)


def _vocabularies() -> str:
    versions = vocabulary.versions()
    return ", ".join(f"{name} {version}" for name, version in sorted(versions.items()))


def _translations() -> str:
    folder = paths.resources_dir() / "translations"
    sources = sorted(p.stem for p in folder.glob("*.ts"))
    missing = [lang for lang in ("fieldkit_uk", "fieldkit_pl") if lang not in sources]
    if missing:
        raise RuntimeError("missing translations: " + ", ".join(missing))
    return ", ".join(sources)


CHECKS: dict[str, Callable[[], str]] = {
    "cipher": _cipher,
    "libsodium": _sodium,
    "fonts": _fonts,
    "vocabularies": _vocabularies,
    "translations": _translations,
}


def run() -> list[Check]:
    results = []
    for name, check in CHECKS.items():
        try:
            results.append(Check(name, True, check()))
        except Exception as exc:
            results.append(Check(name, False, str(exc) or type(exc).__name__))
    return results
