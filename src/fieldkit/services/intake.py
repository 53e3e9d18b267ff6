"""Creating interviews from a JSON file (the command line's ``interview create``).

The file is hostile input like any other: size-capped, strictly parsed, every
field checked by the record types and the vocabularies.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.domain import serialize
from fieldkit.domain.interview import Interview
from fieldkit.domain.people import Person
from fieldkit.errors import FieldKitError, InvalidRecord
from fieldkit.services import records
from fieldkit.services.records import InterviewRow, SavedRevision
from fieldkit.services.session import Session

MAX_JSON_BYTES = 16 << 20


@dataclass(frozen=True)
class IntakeResult:
    interview: SavedRevision
    person_id: str | None
    earlier_interviews: list[InterviewRow]


def read_json_file(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            untrusted = handle.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise FieldKitError(
            f"Cannot read {path.name}: {exc.strerror}.", code="file.unreadable"
        ) from None
    if len(untrusted) > MAX_JSON_BYTES:
        raise InvalidRecord(f"{path.name} is larger than 16 MB.", code="file.too_large")
    try:
        return json.loads(untrusted.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidRecord(
            f"{path.name} is not valid UTF-8 JSON (line {getattr(exc, 'lineno', '?')}).",
            code="file.bad_json",
        ) from None


def create_from_json(session: Session, untrusted: Any, *, seal: bool = False) -> IntakeResult:
    """``{"person": {...}?, "interview": {...}}``: saves the person, then the interview."""
    if not isinstance(untrusted, dict) or "interview" not in untrusted:
        raise InvalidRecord('The file must hold an object with an "interview" entry.')
    unknown = set(untrusted) - {"person", "interview"}
    if unknown:
        raise InvalidRecord('The file holds entries other than "person" and "interview".')
    interview = serialize.from_json(Interview, untrusted["interview"], "interview")
    person_id: str | None = None
    earlier: list[InterviewRow] = []
    if untrusted.get("person") is not None:
        person = serialize.from_json(Person, untrusted["person"], "person")
        earlier = records.earlier_interviews_of(session, person)
        person_id = records.save_draft(session, person).record_id
        interview = dataclasses.replace(interview, person_id=person_id)
    saved = records.save_draft(session, interview)
    if seal:
        saved = records.seal(session, saved.record_id)
    return IntakeResult(saved, person_id, earlier)
