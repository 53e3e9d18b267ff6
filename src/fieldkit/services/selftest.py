"""``fieldkit selftest``: do the parts FieldKit depends on load and work here?"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from fieldkit import paths
from fieldkit.crypto import identity, kdf, keyfile
from fieldkit.domain import vocabulary
from fieldkit.report import fonts
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
    if not any(fonts.fonts_dir().glob("LICENSE*")):
        raise RuntimeError("the fonts' licence is missing")
    names = fonts.load_fonts()
    for name in names:
        missing = fonts.missing_glyphs(name)
        if missing:
            raise RuntimeError(f"{name} lacks the letters {missing}")
    return ", ".join(names) + " (Cyrillic and Polish covered)"


def _vocabularies() -> str:
    versions = vocabulary.versions()
    return ", ".join(f"{name} {version}" for name, version in sorted(versions.items()))


def _translations() -> str:
    """Each shipped language's Qt Linguist file parses and has no unfinished entry."""
    folder = paths.resources_dir() / "translations"
    found = []
    for language in ("uk", "pl"):
        source = folder / f"fieldkit_{language}.ts"
        if not source.is_file():
            raise RuntimeError(f"{source.name} is missing")
        root = ElementTree.parse(source).getroot()  # noqa: S314 - our own shipped file
        messages = root.findall(".//message")
        unfinished = [m for m in messages if m.find("translation") is None
                      or m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
        if not messages or unfinished:
            raise RuntimeError(f"{source.name}: {len(unfinished)} of {len(messages)} unfinished")
        compiled = "compiled" if source.with_suffix(".qm").is_file() else "not compiled"
        found.append(f"{language} ({len(messages)} strings, {compiled})")
    return ", ".join(found)


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
