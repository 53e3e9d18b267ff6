"""Translated texts the report screens share: languages, profiles, reasons, errors."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from fieldkit.domain import vocabulary
from fieldkit.errors import FieldKitError
from fieldkit.services.transmittal import Excluded
from fieldkit.textsafety import plain
from fieldkit.ui.messages import describe

__all__ = [
    "LANGUAGE_CODES",
    "REDACTION_CODES",
    "error_text",
    "exclusion_detail",
    "language_name",
    "pdf_file_name",
    "reason_text",
    "redaction_help",
    "redaction_name",
]

LANGUAGE_CODES = ("en", "uk", "pl")
REDACTION_CODES = ("full", "pseudonymised")
_UNSAFE = re.compile(r"[^\w.-]+")


def language_name(code: str) -> str:
    """Each language in its own name, so a reader finds theirs whatever the UI language."""
    return {"en": "English", "uk": "Українська", "pl": "Polski"}.get(code, plain(code))


def redaction_name(code: str) -> str:
    translate = QCoreApplication.translate
    texts = {"full": translate("ReportTexts", "Full"),
             "pseudonymised": translate("ReportTexts", "Pseudonymised")}
    return texts.get(code, plain(code))


def redaction_help(code: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        "full": translate("ReportTexts",
                   "With the person's identity: for a prosecutor. Never the shelter address."),
        "pseudonymised": translate(
            "ReportTexts",
            "Names, addresses and contacts replaced by codes: for partners and analysis."),
    }
    return texts.get(code, "")


def reason_text(reason: str) -> str:
    """Why a record was left out of a package (the service's reason code)."""
    translate = QCoreApplication.translate
    texts = {
        "not-found": translate("ReportTexts", "Not found at HQ"),
        "not-sealed": translate("ReportTexts", "Not sealed"),
        "withdrawn": translate("ReportTexts", "Consent or record withdrawn"),
        "no-consent": translate("ReportTexts", "No consent"),
        "other-recipient-only": translate("ReportTexts", "Consent for another recipient only"),
    }
    return texts.get(reason, plain(reason))


def exclusion_detail(excluded: Excluded, language: str) -> str:
    """Why exactly this record is left out, in the UI language.

    The service words it in English for the package's files; here each case
    (``Excluded.detail``) has its own translated sentence with the scope named
    in ``language``. An unknown case falls back to the service's English text.
    """
    translate = QCoreApplication.translate
    scopes = vocabulary.consent_scopes()
    scope = (plain(scopes.get(excluded.scope).label(language)) if scopes.has(excluded.scope)
             else plain(excluded.scope))
    texts = {
        "not-found": translate("ReportTexts", "HQ holds no interview with this id."),
        "not-sealed": translate(
            "ReportTexts",
            "The record is a draft at HQ: only sealed records are transmitted. Ask the "
            "interviewer to seal it and send a new bundle."),
        "record-withdrawn": translate(
            "ReportTexts", "The record was withdrawn; it is never transmitted."),
        "participation-withdrawn": translate(
            "ReportTexts", "The person withdrew consent to participate ({date})."),
        "no-participation": translate(
            "ReportTexts", "The record holds no consent to participate."),
        "scope-withdrawn": translate(
            "ReportTexts",
            "The person withdrew consent to \u201c{scope}\u201d ({date}), so the record may "
            "not go to this recipient."),
        "other-recipient-only": translate(
            "ReportTexts",
            "The person consented to sharing with {others} only, not to \u201c{scope}\u201d."),
        "scope-missing": translate(
            "ReportTexts",
            "The person did not consent to \u201c{scope}\u201d, which this recipient needs."),
    }
    text = texts.get(excluded.detail)
    if text is None:
        return plain(excluded.message)
    return text.format(scope=scope, date=plain(excluded.at),
                       others=", ".join(plain(o) for o in excluded.others))


def error_text(error: FieldKitError) -> str:
    """A report or transmittal error as the user reads it; other codes as ``describe``."""
    translate = QCoreApplication.translate
    texts = {
        "report.no_consent": translate(
            "ReportTexts",
            "This record holds no consent to participate that is still in force, so it "
            "cannot be exported. Check the consent section of the record."),
        "report.destination": translate(
            "ReportTexts", "That is a folder. Choose a file name for the PDF."),
        "report.write_failed": translate(
            "ReportTexts",
            "The PDF could not be written. Check that the folder exists, is writable and "
            "has free space."),
        "report.kind": translate("ReportTexts", "Only interview records can be exported as a PDF."),
        "transmittal.empty": translate(
            "ReportTexts", "No selected record may go to this recipient; nothing was built."),
        "transmittal.destination": translate(
            "ReportTexts",
            "The package cannot be written in that folder. Choose an existing, writable "
            "folder."),
        "transmittal.write_failed": translate(
            "ReportTexts",
            "The package could not be written. Check that the folder is writable and has "
            "free space; nothing was kept or logged."),
        "transmittal.exhibit_missing": translate(
            "ReportTexts",
            "An exhibit cannot be read from HQ's exhibit store; nothing was built. Run "
            "“fieldkit verify” on the HQ profile."),
        "transmittal.exhibit_damaged": translate(
            "ReportTexts",
            "An exhibit at HQ is damaged; nothing was built. Run “fieldkit verify” on the "
            "HQ profile."),
    }
    return texts.get(error.code) or describe(error)


def pdf_file_name(case_number: str, record_id: str) -> str:
    """A file name from the case number (or the record id), safe on every system."""
    base = _UNSAFE.sub("_", case_number.strip()).strip("._-")[:80]
    return f"{base or record_id}.pdf"
