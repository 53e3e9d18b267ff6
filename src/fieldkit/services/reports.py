"""Use case: export one interview record as a court-ready PDF.

The PDF is rendered by :mod:`fieldkit.report.interview_pdf` from what this
module loads out of the vault; nothing is decrypted to a temporary file, and
the only file written is the one the user chose.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fieldkit.crypto.atomic import atomic_writer
from fieldkit.domain.ids import check_id
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.errors import FieldKitError, InvalidRecord, RecordNotFound
from fieldkit.report.interview_pdf import render_interview_pdf
from fieldkit.report.pdf_model import (
    LANGUAGES,
    REDACTIONS,
    ExhibitEntry,
    InterviewSource,
    RevisionEntry,
    check_language,
    check_redaction,
)
from fieldkit.services import evidence, hq_records, records
from fieldkit.services.session import Session
from fieldkit.store import audit
from fieldkit.sync import org

__all__ = [
    "LANGUAGES",
    "REDACTIONS",
    "ExportResult",
    "export_hq_interview_pdf",
    "export_interview_pdf",
    "interview_source",
]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the PDF file as written
    pages: int


def interview_source(session: Session, record_id: str) -> InterviewSource:
    """Everything the PDF of ``record_id`` shows, read from the vault."""
    loaded = records.load(session, check_id(record_id))
    body = loaded.body
    if not isinstance(body, Interview):
        raise InvalidRecord("Only interview records can be exported as a PDF.", code="report.kind")
    person: Person | None = None
    if body.person_id:
        try:
            found = records.load(session, body.person_id).body
        except RecordNotFound:
            found = None
        person = found if isinstance(found, Person) else None
    exhibits = tuple(
        ExhibitEntry(exhibit_id, exhibit, tuple(evidence.custody_of(session, exhibit_id)))
        for exhibit_id, exhibit in evidence.exhibits_of(session, loaded.record_id)
    )
    history = tuple(
        RevisionEntry(
            revision=rev.envelope.revision,
            created_at=rev.envelope.created_at,
            zone=rev.envelope.zone,
            status=rev.envelope.status,
            reason=rev.envelope.reason,
            hash=rev.hash,
        )
        for rev in records.history(session, loaded.record_id)
    )
    return InterviewSource(
        record_id=loaded.record_id,
        record_hash=loaded.hash,
        status=loaded.status,
        revision=loaded.revision,
        updated_at=loaded.envelope.created_at,
        interview=body,
        person=person,
        exhibits=exhibits,
        history=history,
    )


def export_interview_pdf(
    session: Session,
    record_id: str,
    dest: Path,
    *,
    language: str,
    redaction: str,
    organisation: str = "FieldKit",
) -> ExportResult:
    """Write the PDF of one interview record to ``dest``, atomically, mode 0600; audited.

    THE PDF IS NOT ENCRYPTED. Whoever holds the file can read the testimony and,
    with ``redaction="full"``, the person's identity. This function warns nobody:
    the GUI and the CLI must tell the user so, and let them choose ``dest``,
    before calling it.

    ``language`` is ``"en"``, ``"uk"`` or ``"pl"``; ``redaction`` is ``"full"``
    (identity included, for a prosecutor) or ``"pseudonymised"`` (for partners and
    internal analysis; see :mod:`fieldkit.report.redaction`). The record must hold
    consent to participate that has not been withdrawn. The export is written to
    the audit chain (ids, profile, language, page count and the PDF's SHA-256:
    never testimony, never the file name) in the same step that puts the file in
    place, so there is no unaudited export. Raises :class:`FieldKitError` for a bad
    language or profile, a record that is not an interview, missing consent, or a
    file that cannot be written.
    """
    check_language(language)
    check_redaction(redaction)
    source = interview_source(session, record_id)
    return _write_pdf(session, source, dest, language=language, redaction=redaction,
                      organisation=organisation)


def export_hq_interview_pdf(
    session: Session,
    record_id: str,
    dest: Path,
    *,
    language: str,
    redaction: str,
    organisation: str | None = None,
) -> ExportResult:
    """At HQ: the PDF of an imported interview, exactly as the laptop sent it; audited.

    THE PDF IS NOT ENCRYPTED: the same warning and rules as
    :func:`export_interview_pdf` (consent to participate in force, atomic write,
    mode 0600, audited in the same step). The record is HQ's newest revision
    (see :mod:`fieldkit.services.hq_records`); only the HQ coordinator profile may
    export. ``organisation`` defaults to the organisation's name.
    """
    check_language(language)
    check_redaction(redaction)
    hq_records.require_hq(session)
    source = hq_records.load_interview(session, check_id(record_id)).source
    the_org = org.require_org(session.vault)
    name = (organisation or the_org.org_name).strip() or the_org.org_name
    return _write_pdf(session, source, dest, language=language, redaction=redaction,
                      organisation=name)


def _write_pdf(
    session: Session,
    source: InterviewSource,
    dest: Path,
    *,
    language: str,
    redaction: str,
    organisation: str,
) -> ExportResult:
    """Check consent, render, and write the file and its audit event together."""
    if not source.interview.consent.granted("participation"):
        raise FieldKitError(
            "This record holds no consent to participate that is still in force, so it "
            "cannot be exported. Check the consent section of the record.",
            code="report.no_consent",
        )
    rendered = render_interview_pdf(
        source, language=language, redaction=redaction, organisation=organisation
    )
    digest = hashlib.sha256(rendered.data).hexdigest()
    path = Path(dest)
    if path.is_dir():
        raise FieldKitError(
            f"{path.name or path} is a folder. Choose a file name for the PDF.",
            code="report.destination",
        )
    vault = session.vault
    try:
        with atomic_writer(path, mode=0o600) as out:
            out.write(rendered.data)
            audit.record(
                vault,
                "export",
                record=source.record_id,
                kind="pdf",
                redaction=redaction,
                language=language,
                revision=source.revision,
                record_hash=source.record_hash,
                sha256=digest,
                pages=rendered.pages,
            )
    except OSError as exc:
        raise FieldKitError(
            f"The PDF could not be written to {path.name}: {exc.strerror or exc}. "
            "Check that the folder exists, is writable and has free space.",
            code="report.write_failed",
        ) from None
    return ExportResult(path.resolve(), digest, rendered.pages)
