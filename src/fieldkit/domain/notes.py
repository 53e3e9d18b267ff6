"""Psychologists' session notes (RECORD.md section I): clinical, never shared with lawyers."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.domain.interview import Referral


@dataclass(frozen=True)
class SessionNote:
    person_code: str = ""  # pseudonymous link to the person, never the identity
    session_date: str = ""
    observations: str = ""
    risk_level: str = ""  # lists.risk_level
    risk_assessment: str = ""
    recommendations: str = ""
    referrals: tuple[Referral, ...] = ()
