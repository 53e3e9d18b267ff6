"""Use cases at HQ: transmittal packages, the HQ key, the disclosure log.

A transmittal package is what leaves the organisation for a prosecutor: PDFs,
a JSON export of the same records, the exhibits, and a manifest signed with
the HQ key in minisign format (see ``docs/transmittal.md``). Consent is checked
here, in code, for every record and every package: a record goes to a
recipient only if it is sealed, the person's consent to participate holds, and
every consent scope the recipient needs was granted and not withdrawn.

Recipients and the consent check live in ``transmittal_consent`` and are
re-exported here.

THE PACKAGE IS NOT ENCRYPTED. The fronts must say so, and let the coordinator
choose the folder, before calling :func:`build_package`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fieldkit.crypto import minisign
from fieldkit.crypto.atomic import atomic_write_bytes, atomic_writer, fsync_dir
from fieldkit.crypto.stream import OperationCancelled
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import utc_now, uuid7
from fieldkit.report import disclosure_pdf as disclosure_render
from fieldkit.report import transmittal
from fieldkit.report.disclosure_pdf import DisclosureEntry
from fieldkit.report.interview_pdf import render_interview_pdf
from fieldkit.report.pdf_model import check_language, check_redaction
from fieldkit.report.transmittal import PackageReport, PackageWriter
from fieldkit.services import hq_records
from fieldkit.services.hq_records import HqInterview
from fieldkit.services.session import Session
from fieldkit.services.transmittal_consent import (
    BUILT_IN_RECIPIENTS,
    DEFAULT_LANGUAGE,
    DETAILS,
    REASONS,
    Excluded,
    Included,
    Preview,
    Recipient,
    TransmittalError,
    add_recipient,
    check,
    preview,
    recipient,
    recipients,
)
from fieldkit.store import audit, exhibits
from fieldkit.store.db import Connection
from fieldkit.sync import org

__all__ = [
    "BUILT_IN_RECIPIENTS",
    "DETAILS",
    "REASONS",
    "BuildResult",
    "DisclosureEntry",
    "Excluded",
    "Included",
    "PackageReport",
    "Preview",
    "Recipient",
    "TransmittalError",
    "add_recipient",
    "build_package",
    "disclosure_pdf",
    "disclosures",
    "hq_key_fingerprint",
    "hq_public_key",
    "preview",
    "recipient",
    "recipients",
    "remove_stale_partials",
    "verify_package",
    "write_hq_public_key",
]

_PARTIAL = re.compile(r"^transmittal-[a-z0-9-]{2,40}-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.partial$")

Progress = Callable[[int, int], None]


# -- building -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    path: Path
    package_id: str
    package_hash: str  # SHA-256 of manifest.json
    records: tuple[Included, ...]
    excluded: tuple[Excluded, ...]
    exhibits: int
    files: int
    total_bytes: int
    redaction: str
    language: str


def hq_public_key(session: Session) -> bytes:
    """HQ's signing key as a minisign public key file (to publish or give to recipients)."""
    hq_records.require_hq(session)
    return minisign.public_key_file(session.vault.public_key(org.HQ_SIGNING))


def hq_key_fingerprint(session: Session) -> str:
    """SHA-256 of HQ's public key file, spaced in fours: what recipients confirm by phone."""
    hq_records.require_hq(session)
    return transmittal.hq_key_fingerprint(session.vault.public_key(org.HQ_SIGNING))


def write_hq_public_key(session: Session, dest: Path) -> Path:
    """Write HQ's minisign public key file to ``dest`` (atomically; it is public)."""
    data = hq_public_key(session)
    try:
        atomic_write_bytes(Path(dest), data, mode=0o644)
    except OSError as exc:
        raise TransmittalError(f"Cannot write {Path(dest).name}: {exc.strerror}.",
                               code="transmittal.destination") from None
    return Path(dest).resolve()


def _package_name(code: str) -> tuple[str, str]:
    date = datetime.now(UTC).strftime("%Y-%m-%d")
    return f"transmittal-{code}-{date}-{secrets.token_hex(4)}", uuid7()


def _lock(folder: Path) -> int | None:
    """Hold an exclusive lock on ``folder`` (a build in progress); None if another holds it.

    Where the system has no ``flock`` (Windows) every partial counts as stale.
    """
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - not on POSIX
        return -1
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None and fd >= 0:
        os.close(fd)  # closing releases the flock


def remove_stale_partials(dest: Path) -> list[str]:
    """Remove ``transmittal-*.partial`` folders a killed build left in ``dest``.

    Only folders of exactly this module's naming, that are real folders (not
    links) and that no running build holds locked, are removed. Returns their names.
    """
    removed: list[str] = []
    try:
        entries = list(os.scandir(dest))
    except OSError:
        return removed
    for entry in entries:
        if not _PARTIAL.match(entry.name):
            continue
        try:
            if not stat.S_ISDIR(entry.stat(follow_symlinks=False).st_mode):
                continue
        except OSError:
            continue
        fd = _lock(Path(entry.path))
        if fd is None:
            continue  # another build is writing it
        try:
            shutil.rmtree(entry.path, ignore_errors=True)
        finally:
            _unlock(fd)
        if not os.path.lexists(entry.path):
            removed.append(entry.name)
    if removed:
        fsync_dir(dest)
    return removed


def build_package(
    session: Session,
    recipient_code: str,
    record_ids: Sequence[str],
    dest_dir: Path,
    *,
    redaction: str = "full",
    language: str | None = None,
    organisation: str | None = None,
    include_exhibits: bool | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BuildResult:
    """Build a transmittal package in ``dest_dir``; returns where it is and its hash.

    THE PACKAGE IS NOT ENCRYPTED: warn the coordinator first. Records that may not
    go to the recipient are left out and returned in ``excluded`` (the same reasons
    :func:`preview` gives); if none may go, nothing is built. ``language`` defaults
    to Polish for pl-prosecutor, Ukrainian for ua-prosecutor, English otherwise;
    ``organisation`` to the organisation's name. Exhibit files are included by
    default in the full profile only: a photo or a scan cannot be pseudonymised.

    The folder is built as ``<name>.partial`` and renamed when complete, every file
    and folder fsynced first. The disclosure-log row and the audit ``export`` event
    are written in the same transaction as the rename. ``progress(done, total)``
    is called as records and exhibits are written; when ``cancelled()`` turns true,
    or on any failure, the partial folder is removed and nothing is logged. A
    partial folder left by a build that was killed is removed at the next build
    into the same folder (:func:`remove_stale_partials`).
    """
    hq_records.require_hq(session)
    target = recipient(session, recipient_code)
    check_redaction(redaction)
    lang = check_language(language or DEFAULT_LANGUAGE.get(target.code, "en"))
    with_exhibits = (redaction == "full") if include_exhibits is None else include_exhibits
    vault = session.vault
    the_org = org.require_org(vault)
    org_name = (organisation or the_org.org_name).strip() or the_org.org_name
    dest = Path(dest_dir)
    if not dest.is_dir():
        raise TransmittalError(
            f"{dest} is not a folder. Choose an existing folder for the package.",
            code="transmittal.destination",
        )
    included, excluded = check(hq_records.load_interviews(session, record_ids), target)
    if not included:
        raise TransmittalError(
            "No selected record may go to this recipient; nothing was built. See the preview "
            "for the reasons.",
            code="transmittal.empty",
        )
    remove_stale_partials(dest)
    name, package_id = _package_name(target.code)
    final = dest / name
    partial = dest / f"{name}.partial"
    try:
        partial.mkdir(mode=transmittal.DIR_MODE)
    except OSError as exc:
        raise TransmittalError(f"Cannot create the package folder in {dest}: {exc.strerror}.",
                               code="transmittal.destination") from None
    held = _lock(partial)  # so that another build's clean-up leaves this one alone
    renamed = False
    try:
        result = _write(session, target, included, root=partial, name=name,
                        package_id=package_id, redaction=redaction, language=lang,
                        organisation=org_name, org_id=the_org.org_id,
                        with_exhibits=with_exhibits, progress=progress, cancelled=cancelled)
        with vault.write() as conn:
            _log(conn, result, target, name=name, package_id=package_id, excluded=len(excluded))
            audit.record(
                vault, "export", kind="transmittal", package=package_id,
                recipient=target.code, redaction=redaction, language=lang,
                records=len(result.records), excluded=len(excluded), exhibits=result.exhibits,
                files=result.files, sha256=result.package_hash,
            )
            if final.exists():
                raise TransmittalError(f"{final.name} exists already.",
                                       code="transmittal.destination")
            os.replace(partial, final)
            renamed = True
            fsync_dir(dest)
    except OSError as exc:
        shutil.rmtree(final if renamed else partial, ignore_errors=True)
        raise TransmittalError(
            f"The package could not be written in {dest}: {exc.strerror or exc}. Check that "
            "the folder is writable and has free space; nothing was kept or logged.",
            code="transmittal.write_failed",
        ) from None
    except BaseException:
        shutil.rmtree(final if renamed else partial, ignore_errors=True)
        raise
    finally:
        _unlock(held)
    return BuildResult(final.resolve(), package_id, result.package_hash, result.records,
                       tuple(excluded), result.exhibits, result.files, result.total_bytes,
                       redaction, lang)


@dataclass(frozen=True)
class _Written:
    package_hash: str
    records: tuple[Included, ...]
    exhibits: int
    files: int
    total_bytes: int
    created_at: str
    redaction: str
    language: str
    scopes: tuple[str, ...]


def _write(
    session: Session,
    target: Recipient,
    included: list[HqInterview],
    *,
    root: Path,
    name: str,
    package_id: str,
    redaction: str,
    language: str,
    organisation: str,
    org_id: str,
    with_exhibits: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> _Written:
    vault = session.vault
    created_at = utc_now()
    writer = PackageWriter(root)
    wanted: dict[str, tuple[str, str]] = {}  # sha256 -> (media type, original name)
    for item in included:
        for entry in item.source.exhibits:
            if entry.exhibit.sha256:
                wanted.setdefault(entry.exhibit.sha256,
                                  (entry.exhibit.media_type, entry.exhibit.original_filename))
    exhibit_paths: dict[str, str | None] = {
        sha: transmittal.exhibit_file_name(sha, media, original) if with_exhibits else None
        for sha, (media, original) in wanted.items()
    }
    total = len(included) + (len(wanted) if with_exhibits else 0) + 1
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise OperationCancelled("The transmittal was cancelled; nothing was kept.")
        if progress is not None:
            progress(done, total)
        done += 1

    taken: set[str] = set()
    exports = []
    for item in included:
        step()
        source = item.source
        pdf_path = transmittal.pdf_file_name(source.interview.case_number, source.record_id, taken)
        rendered = render_interview_pdf(source, language=language, redaction=redaction,
                                        organisation=organisation)
        writer.write_bytes(pdf_path, rendered.data)
        exports.append(transmittal.record_export(
            source, item.envelope, redaction=redaction, pdf=pdf_path,
            exhibit_files=exhibit_paths, signature=item.signature,
            signing_public=item.signing_public))
    if with_exhibits:
        for sha, path in exhibit_paths.items():
            step()
            assert path is not None
            writer.write_chunks(path, _exhibit_chunks(session, sha), expected_sha256=sha,
                                cancelled=cancelled)
    step()
    writer.write_bytes(transmittal.RECORDS_JSON, transmittal.records_document(
        exports, package=name, organisation=organisation, recipient=target.code,
        redaction=redaction, created_at=created_at))
    public = vault.public_key(org.HQ_SIGNING)
    writer.write_bytes(transmittal.PUBLIC_KEY, minisign.public_key_file(public))
    writer.write_bytes(transmittal.README, transmittal.readme_text(transmittal.ReadmeFacts(
        package=name, organisation=organisation, recipient_code=target.code,
        recipient_name=target.name, created_at=created_at, records=len(included),
        exhibits=len(wanted), exhibits_included=with_exhibits, redaction=redaction,
        language=language, signing_public=public)))
    records = tuple(
        Included(i.source.record_id, i.source.interview.case_number, i.source.revision,
                 i.source.record_hash)
        for i in included
    )
    manifest = transmittal.manifest_document(
        package_id=package_id, package=name, organisation=organisation, organisation_id=org_id,
        recipient={"code": target.code, "name": target.name, "scopes": list(target.scopes)},
        created_at=created_at, redaction=redaction, language=language, signing_public=public,
        records=[
            {"record_id": r.record_id, "revision": r.revision, "record_hash": r.record_hash,
             "case_number": r.case_number, "pdf": e.pdf}
            for r, e in zip(records, exports, strict=True)
        ],
        files=writer.files,
    )
    listed = list(writer.files)
    writer.write_bytes(transmittal.MANIFEST, manifest, listed=False)
    manifest_hash = hashlib.sha256(manifest).hexdigest()
    comment = transmittal.trusted_comment(name, target.code, created_at, manifest_hash)
    key_id = minisign.key_id_hex(minisign.key_id(public))
    signature = minisign.sign_bytes(vault.secret(org.HQ_SIGNING), manifest, comment,
                                    untrusted_comment=f"signature from FieldKit HQ key {key_id}")
    writer.write_bytes(transmittal.SIGNATURE, signature, listed=False)
    writer.sync()
    if cancelled is not None and cancelled():
        raise OperationCancelled("The transmittal was cancelled; nothing was kept.")
    if progress is not None:
        progress(total, total)
    return _Written(
        package_hash=manifest_hash,
        records=records,
        exhibits=len(wanted) if with_exhibits else 0,
        files=len(listed) + 2,
        total_bytes=sum(f.size for f in listed) + len(manifest) + len(signature),
        created_at=created_at,
        redaction=redaction,
        language=language,
        scopes=target.scopes,
    )


def _exhibit_chunks(session: Session, sha256: str) -> Iterator[bytes]:
    """HQ's plaintext of an exhibit; any failure to read it is ``transmittal.exhibit_missing``."""
    try:
        yield from exhibits.open_chunks(session.vault, sha256)
    except (OSError, FieldKitError) as exc:
        detail = exc.message if isinstance(exc, FieldKitError) else (exc.strerror or str(exc))
        raise TransmittalError(
            f"The exhibit {sha256[:12]}... cannot be read from HQ's exhibit store ({detail}). "
            "Run `fieldkit verify` on the HQ profile; nothing was built.",
            code="transmittal.exhibit_missing",
        ) from None


def _log(conn: Connection, written: _Written, target: Recipient, *, name: str, package_id: str,
         excluded: int) -> None:
    records = [{"record_id": r.record_id, "revision": r.revision, "record_hash": r.record_hash}
               for r in written.records]
    conn.execute(
        "INSERT INTO disclosures (package_id, package_name, recipient, recipient_name, scopes,"
        " created_at, redaction, language, records, record_count, excluded_count, exhibit_count,"
        " file_count, total_bytes, package_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (package_id, name, target.code, target.name,
         json.dumps(["participation", *written.scopes]), written.created_at, written.redaction,
         written.language, json.dumps(records), len(records), excluded, written.exhibits,
         written.files, written.total_bytes, written.package_hash),
    )


def verify_package(folder: Path, public_key: Path | None = None) -> PackageReport:
    """Check a package's minisign signature and every file's SHA-256 (no profile needed).

    ``public_key`` is HQ's public key file obtained beforehand; without it the
    package's own ``hq.pub`` is used (then confirm its fingerprint with HQ).
    """
    key = None
    if public_key is not None:
        try:
            with Path(public_key).open("rb") as handle:
                key = handle.read(minisign.MAX_PUBLIC_KEY_FILE + 1)
        except OSError as exc:
            raise TransmittalError(f"Cannot read {Path(public_key).name}: {exc.strerror}.",
                                   code="transmittal.invalid") from None
    return transmittal.verify_package(Path(folder), key)


# -- the disclosure log -------------------------------------------------------------------


def disclosures(session: Session) -> list[DisclosureEntry]:
    """Every transmittal HQ built, oldest first."""
    hq_records.require_hq(session)
    rows = session.vault.conn.execute(
        "SELECT seq, package_id, package_name, recipient, recipient_name, scopes, created_at,"
        " redaction, language, records, record_count, excluded_count, exhibit_count,"
        " file_count, total_bytes, package_hash FROM disclosures ORDER BY seq"
    ).fetchall()
    return [
        DisclosureEntry(
            seq=int(r[0]), package_id=r[1], package_name=r[2], recipient=r[3],
            recipient_name=r[4], scopes=tuple(json.loads(r[5])), created_at=r[6],
            redaction=r[7], language=r[8],
            records=tuple((d["record_id"], int(d["revision"]), d["record_hash"])
                          for d in json.loads(r[9])),
            record_count=int(r[10]), excluded_count=int(r[11]), exhibit_count=int(r[12]),
            file_count=int(r[13]), total_bytes=int(r[14]), package_hash=r[15],
        )
        for r in rows
    ]


def disclosure_pdf(session: Session, dest: Path) -> Path:
    """Print the disclosure log to ``dest`` (atomically, mode 0600); audited as ``print``."""
    entries = disclosures(session)
    the_org = org.require_org(session.vault)
    data = disclosure_render.render_disclosure_log(
        entries, organisation=the_org.org_name, generated_at=utc_now())
    path = Path(dest)
    if path.is_dir():
        raise TransmittalError(f"{path} is a folder. Choose a file name for the PDF.",
                               code="report.destination")
    try:
        with atomic_writer(path, mode=0o600) as out:
            out.write(data)
            audit.record(session.vault, "print", kind="disclosure-log", entries=len(entries),
                         sha256=hashlib.sha256(data).hexdigest())
    except OSError as exc:
        raise TransmittalError(
            f"The PDF could not be written to {path.name}: {exc.strerror or exc}.",
            code="report.write_failed",
        ) from None
    return path.resolve()
