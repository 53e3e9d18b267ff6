"""Transmittal packages: the folder layout, its documents, and checking a package.

A package is a plain folder a prosecutor can check with standard tools only
(see ``docs/transmittal.md``)::

    transmittal-<recipient>-<UTC date>-<short id>/
        records/<case number or record id>.pdf
        records.json
        exhibits/<sha256>.<ext>
        README.txt
        hq.pub
        manifest.json
        manifest.json.minisig

``manifest.json`` (canonical JSON) lists every other file with its SHA-256 and
size; ``manifest.json.minisig`` is HQ's minisign signature of it; ``hq.pub`` is
the HQ key in minisign format. This module holds no vault: the service gathers
the records, this module writes and reads files. :func:`verify_package` is what
``fieldkit transmit verify`` runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Final

from fieldkit.crypto import minisign
from fieldkit.crypto.atomic import fsync_dir
from fieldkit.crypto.stream import OperationCancelled
from fieldkit.domain import canonical, serialize
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.revision import Envelope
from fieldkit.report import redaction as profiles
from fieldkit.report.package_layout import (
    EXHIBITS_DIR,
    MANIFEST,
    MANIFEST_FORMAT,
    PUBLIC_KEY,
    README,
    RECORDS_DIR,
    RECORDS_FORMAT,
    RECORDS_JSON,
    SIGNATURE,
    hq_key_fingerprint,
)
from fieldkit.report.pdf_model import InterviewSource
from fieldkit.report.transmittal_readme import ReadmeFacts, readme_text

__all__ = [
    "EXHIBITS_DIR",
    "MANIFEST",
    "MANIFEST_FORMAT",
    "PUBLIC_KEY",
    "README",
    "RECORDS_DIR",
    "RECORDS_FORMAT",
    "RECORDS_JSON",
    "SIGNATURE",
    "FileProblem",
    "PackageFile",
    "PackageReport",
    "PackageWriter",
    "ReadmeFacts",
    "RecordExport",
    "exhibit_file_name",
    "hq_key_fingerprint",
    "manifest_document",
    "pdf_file_name",
    "readme_text",
    "record_export",
    "records_document",
    "trusted_comment",
    "verify_package",
]

FILE_MODE: Final = 0o600
DIR_MODE: Final = 0o700
MAX_MANIFEST: Final = 64 << 20
MAX_FILES: Final = 1_000_000
_CHUNK: Final = 1 << 20
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_EXT = re.compile(r"^[a-z0-9]{1,10}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


# -- writing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageFile:
    path: str  # relative, with forward slashes
    sha256: str
    size: int


class PackageWriter:
    """Writes files into the package folder being built; each one fsynced, none replaced."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: list[PackageFile] = []
        self._dirs: set[Path] = {root}

    def _open(self, relpath: str) -> tuple[Path, int]:
        target = self.root.joinpath(*PurePosixPath(relpath).parts)
        if target.parent not in self._dirs:
            target.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
        flags |= getattr(os, "O_CLOEXEC", 0)
        return target, os.open(target, flags, FILE_MODE)

    def write_bytes(self, relpath: str, data: bytes, *, listed: bool = True) -> PackageFile:
        return self.write_chunks(relpath, (data,), listed=listed)

    def write_chunks(
        self,
        relpath: str,
        chunks: Iterable[bytes],
        *,
        listed: bool = True,
        expected_sha256: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackageFile:
        """Stream ``chunks`` to a new file; checks ``expected_sha256`` when given."""
        _, fd = self._open(relpath)
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                if cancelled is not None and cancelled():
                    raise OperationCancelled("The transmittal was cancelled.")
                handle.write(chunk)
                digest.update(chunk)
                size += len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        hexdigest = digest.hexdigest()
        if expected_sha256 is not None and hexdigest != expected_sha256:
            raise FieldKitError(
                f"The exhibit {expected_sha256[:12]}... does not match its SHA-256 at HQ: "
                "HQ's copy is damaged. Run `fieldkit verify` on the HQ profile.",
                code="transmittal.exhibit_damaged",
            )
        entry = PackageFile(relpath, hexdigest, size)
        if listed:
            self.files.append(entry)
        return entry

    def sync(self) -> None:
        """fsync every folder written to, deepest first, so the entries are durable."""
        for folder in sorted(self._dirs, key=lambda p: len(p.parts), reverse=True):
            fsync_dir(folder)


def pdf_file_name(case_number: str, record_id: str, taken: set[str]) -> str:
    """``records/<case number>.pdf``, or with the record id when the case repeats or is empty."""
    case = _SAFE_NAME.sub("_", case_number.strip()).strip("._-")[:80]
    name = case or record_id
    if name.lower() in taken:
        name = f"{case}_{record_id}" if case else record_id
    taken.add(name.lower())
    return f"{RECORDS_DIR}/{name}.pdf"


def exhibit_file_name(sha256: str, media_type: str, original_filename: str) -> str:
    """``exhibits/<sha256>.<ext>``: the extension from the media type, else the file name."""
    ext = ""
    base_type = media_type.split(";", maxsplit=1)[0].strip()
    guessed = mimetypes.guess_extension(base_type) if base_type else None
    if guessed:
        ext = guessed.lstrip(".").lower()
    if not _EXT.match(ext):
        suffix = PurePosixPath(original_filename.replace("\\", "/")).suffix.lstrip(".").lower()
        ext = suffix if _EXT.match(suffix) else "bin"
    return f"{EXHIBITS_DIR}/{sha256}.{ext}"


# -- the documents ------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordExport:
    """One record as the package shows it (already redacted)."""

    source: InterviewSource  # after the redaction profile
    envelope: dict[str, Any]
    pdf: str
    exhibit_files: dict[str, str | None]  # sha256 -> package path (None: not included)
    signature: bytes
    signing_public: bytes | None


def record_export(
    source: InterviewSource,
    envelope: Envelope,
    *,
    redaction: str,
    pdf: str,
    exhibit_files: dict[str, str | None],
    signature: bytes,
    signing_public: bytes | None,
) -> RecordExport:
    """Apply ``redaction`` exactly as the PDF does, to the body and the envelope's reason."""
    shown = profiles.apply(source, redaction)
    reason = next(
        (h.reason for h in shown.history if h.revision == envelope.revision), envelope.reason
    )
    env = serialize.to_json(envelope)
    env["reason"] = reason
    return RecordExport(shown, env, pdf, exhibit_files, signature, signing_public)


def _record_json(item: RecordExport) -> dict[str, Any]:
    source = item.source
    body_json = serialize.to_json(source.interview)
    envelope_verbatim = canonical.sha256_hex(canonical.dumps(item.envelope)) == source.record_hash
    body_verbatim = canonical.sha256_hex(canonical.dumps(body_json)) == item.envelope.get(
        "body_sha256"
    )
    return {
        "record_id": source.record_id,
        "case_number": source.interview.case_number,
        "pdf": item.pdf,
        "revision": source.revision,
        "status": source.status,
        "updated_at": source.updated_at,
        "record_hash": source.record_hash,
        "envelope": item.envelope,
        "envelope_verbatim": envelope_verbatim,
        "signature": item.signature.hex(),
        "signed_by": None if item.signing_public is None else item.signing_public.hex(),
        "body_verbatim": body_verbatim,
        "interview": body_json,
        "person": None if source.person is None else serialize.to_json(source.person),
        "exhibits": [
            {
                "exhibit_id": entry.exhibit_id,
                "exhibit": serialize.to_json(entry.exhibit),
                "custody": serialize.to_json(entry.custody),
                "file": item.exhibit_files.get(entry.exhibit.sha256),
            }
            for entry in source.exhibits
        ],
        "history": serialize.to_json(source.history),
    }


def records_document(
    items: Sequence[RecordExport],
    *,
    package: str,
    organisation: str,
    recipient: str,
    redaction: str,
    created_at: str,
) -> bytes:
    """``records.json``: the records, machine-readable, under the same redaction profile."""
    document = {
        "format": RECORDS_FORMAT,
        "package": package,
        "organisation": organisation,
        "recipient": recipient,
        "redaction": redaction,
        "created_at": created_at,
        "records": [_record_json(item) for item in items],
    }
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def manifest_document(
    *,
    package_id: str,
    package: str,
    organisation: str,
    organisation_id: str,
    recipient: dict[str, Any],
    created_at: str,
    redaction: str,
    language: str,
    signing_public: bytes,
    records: Sequence[dict[str, Any]],
    files: Sequence[PackageFile],
) -> bytes:
    """``manifest.json`` in canonical JSON; ``files`` sorted by path."""
    return canonical.dumps(
        {
            "format": MANIFEST_FORMAT,
            "package_id": package_id,
            "package": package,
            "organisation": organisation,
            "organisation_id": organisation_id,
            "recipient": recipient,
            "created_at": created_at,
            "redaction": redaction,
            "language": language,
            "signing_key": {
                "key_id": minisign.key_id_hex(minisign.key_id(signing_public)),
                "public_key": minisign.public_key_line(signing_public),
            },
            "records": list(records),
            "files": [
                {"path": f.path, "sha256": f.sha256, "size": f.size}
                for f in sorted(files, key=lambda f: f.path)
            ],
        }
    )


def trusted_comment(package: str, recipient: str, created_at: str, manifest_sha256: str) -> str:
    """What ``minisign -V`` prints after a good signature (signed, ASCII only)."""
    return (
        f"fieldkit transmittal {package}\trecipient:{recipient}\tcreated:{created_at}"
        f"\tmanifest-sha256:{manifest_sha256}"
    )


# -- verifying ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileProblem:
    path: str
    problem: str  # missing | changed | unlisted | unsafe-path | not-a-file


@dataclass(frozen=True)
class PackageReport:
    """What :func:`verify_package` found. ``ok`` only if everything checked out."""

    ok: bool
    signature_ok: bool
    key_id: str = ""
    key_from_package: bool = True  # True: hq.pub inside the package was used
    trusted_comment: str = ""
    manifest_sha256: str = ""
    files_checked: int = 0
    problems: tuple[str, ...] = ()
    bad_files: tuple[FileProblem, ...] = ()
    manifest: dict[str, Any] = field(default_factory=dict)


def _read_capped(path: Path, cap: int, what: str) -> bytes:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
            raise FieldKitError(f"{what} is not a regular file.", code="transmittal.invalid")
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except FileNotFoundError:
        raise FieldKitError(f"{what} is missing.", code="transmittal.invalid") from None
    except OSError as exc:
        raise FieldKitError(f"{what} cannot be read: {exc.strerror}.",
                            code="transmittal.invalid") from None
    if len(data) > cap:
        raise FieldKitError(f"{what} is too large.", code="transmittal.invalid")
    return data


def _safe_relpath(untrusted: object) -> str | None:
    if not isinstance(untrusted, str) or not 0 < len(untrusted) <= 300:
        return None
    if not untrusted.isascii() or not untrusted.isprintable() or "\\" in untrusted:
        return None
    parts = untrusted.split("/")
    if any(part in ("", ".", "..") for part in parts) or untrusted.startswith("/"):
        return None
    if untrusted in (MANIFEST, SIGNATURE):
        return None
    return untrusted


def _check_entry(root: Path, entry: object) -> tuple[str, FileProblem | None]:
    if not isinstance(entry, dict) or set(entry) != {"path", "sha256", "size"}:
        return "?", FileProblem("?", "unsafe-path")
    path = _safe_relpath(entry["path"])
    sha = entry["sha256"]
    size = entry["size"]
    if path is None:
        return "?", FileProblem(str(entry["path"])[:80], "unsafe-path")
    if not isinstance(sha, str) or not _HEX64.match(sha) or not isinstance(size, int):
        return path, FileProblem(path, "unsafe-path")
    target = root
    for part in path.split("/"):
        target = target / part
        try:
            info = target.lstat()
        except FileNotFoundError:
            return path, FileProblem(path, "missing")
        except OSError:
            return path, FileProblem(path, "missing")
        if stat.S_ISLNK(info.st_mode):
            return path, FileProblem(path, "unsafe-path")
    if not stat.S_ISREG(info.st_mode):
        return path, FileProblem(path, "not-a-file")
    if info.st_size != size:
        return path, FileProblem(path, "changed")
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != sha:
        return path, FileProblem(path, "changed")
    return path, None


def _present_files(root: Path) -> tuple[set[str], list[FileProblem]]:
    found: set[str] = set()
    odd: list[FileProblem] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in list(dirs):
            if (base / name).is_symlink():
                odd.append(FileProblem((base / name).relative_to(root).as_posix(), "unsafe-path"))
                dirs.remove(name)
        for name in files:
            rel = (base / name).relative_to(root).as_posix()
            if rel not in (MANIFEST, SIGNATURE):
                found.add(rel)
    return found, odd


def verify_package(folder: Path, public_key: bytes | None = None) -> PackageReport:
    """Check a package: HQ's minisign signature of manifest.json, then every file.

    ``public_key`` is the content of a minisign public key file obtained from HQ
    beforehand; without it the package's own ``hq.pub`` is used, which proves only
    that the package is intact and signed by whoever holds that key: its
    fingerprint must be confirmed with HQ. Nothing in the package is trusted
    before the signature has verified.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FieldKitError(f"{root.name or root} is not a folder.", code="transmittal.invalid")
    problems: list[str] = []
    try:
        key_bytes = public_key if public_key is not None else _read_capped(
            root / PUBLIC_KEY, minisign.MAX_PUBLIC_KEY_FILE, PUBLIC_KEY)
        key = minisign.parse_public_key(key_bytes)
        signature = _read_capped(root / SIGNATURE, minisign.MAX_SIGNATURE_FILE, SIGNATURE)
        manifest_bytes = _read_capped(root / MANIFEST, MAX_MANIFEST, MANIFEST)
        comment = minisign.verify_bytes(key, manifest_bytes, signature)
    except FieldKitError as exc:
        return PackageReport(ok=False, signature_ok=False, key_from_package=public_key is None,
                             problems=(exc.message,))
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    try:
        manifest = canonical.parse(manifest_bytes)
        if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
            raise FieldKitError("not a transmittal manifest")
        entries = manifest["files"]
        if not isinstance(entries, list) or len(entries) > MAX_FILES:
            raise FieldKitError("no file list")
    except (FieldKitError, KeyError):
        return PackageReport(ok=False, signature_ok=True, key_id=key.key_id_hex,
                             key_from_package=public_key is None, trusted_comment=comment,
                             manifest_sha256=manifest_sha,
                             problems=("manifest.json is signed but is not a FieldKit "
                                       "transmittal manifest.",))
    bad: list[FileProblem] = []
    listed: set[str] = set()
    for entry in entries:
        path, problem = _check_entry(root, entry)
        if path in listed:
            problem = FileProblem(path, "unsafe-path")
        listed.add(path)
        if problem is not None:
            bad.append(problem)
    present, odd = _present_files(root)
    bad += odd
    bad += [FileProblem(p, "unlisted") for p in sorted(present - listed)]
    if public_key is not None:
        with contextlib.suppress(FieldKitError):
            inside = minisign.parse_public_key(
                _read_capped(root / PUBLIC_KEY, minisign.MAX_PUBLIC_KEY_FILE, PUBLIC_KEY))
            if inside != key:
                problems.append("hq.pub in the package is not the key you gave.")
    if bad:
        problems.append(f"{len(bad)} file(s) do not match the signed manifest.")
    return PackageReport(
        ok=not problems,
        signature_ok=True,
        key_id=key.key_id_hex,
        key_from_package=public_key is None,
        trusted_comment=comment,
        manifest_sha256=manifest_sha,
        files_checked=len(entries),
        problems=tuple(problems),
        bad_files=tuple(bad),
        manifest=manifest,
    )
