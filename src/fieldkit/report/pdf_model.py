"""What an interview record PDF is made from: domain objects only, no vault.

The service gathers these from the vault; the report layer never reads a
database. Everything here is frozen so that a redaction profile produces a new
source instead of changing the one it was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person

LANGUAGES: Final = ("en", "uk", "pl")
REDACTIONS: Final = ("full", "pseudonymised")


@dataclass(frozen=True)
class ExhibitEntry:
    exhibit_id: str
    exhibit: Exhibit
    custody: tuple[CustodyEntry, ...] = ()


@dataclass(frozen=True)
class RevisionEntry:
    """One line of the revision history (taken from the signed envelope)."""

    revision: int
    created_at: str
    zone: str
    status: str
    reason: str
    hash: str


@dataclass(frozen=True)
class InterviewSource:
    """One interview record with everything its PDF shows."""

    record_id: str
    record_hash: str  # hash of the revision printed: the newest one
    status: str
    revision: int
    updated_at: str
    interview: Interview
    person: Person | None = None  # None when the person record is not on this laptop
    exhibits: tuple[ExhibitEntry, ...] = ()
    history: tuple[RevisionEntry, ...] = ()


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise FieldKitError(
            f"A PDF can be written in {', '.join(LANGUAGES)}; choose one of these.",
            code="report.language",
        )
    return language


def check_redaction(redaction: str) -> str:
    if redaction not in REDACTIONS:
        raise FieldKitError(
            "The redaction profile must be 'full' (identity included, for a prosecutor) "
            "or 'pseudonymised' (for partners and internal analysis).",
            code="report.redaction",
        )
    return redaction
