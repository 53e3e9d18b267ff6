"""Exhibits and their chain of custody (RECORD.md section H)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Exhibit:
    interview_id: str = ""
    type: str = ""  # lists.exhibit_type
    description: str = ""
    provided_by: str = ""
    obtained_at: str = ""
    obtained_where: str = ""
    original_filename: str = ""
    media_type: str = ""
    size: int = 0
    sha256: str = ""  # of the plaintext, computed at intake


@dataclass(frozen=True)
class CustodyEntry:
    exhibit_id: str = ""
    at: str = ""
    from_party: str = ""
    to_party: str = ""
    purpose: str = ""
    by: str = ""
