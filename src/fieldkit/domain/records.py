"""Record kinds: which dataclass each kind of revision body holds."""

from __future__ import annotations

from typing import Any, Final

from fieldkit.domain import serialize
from fieldkit.domain.errors import InvalidRecord
from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.domain.interview import Interview
from fieldkit.domain.notes import SessionNote
from fieldkit.domain.people import Person

RecordBody = Person | Interview | Exhibit | CustodyEntry | SessionNote

KINDS: Final[dict[str, type[Any]]] = {
    "person": Person,
    "interview": Interview,
    "exhibit": Exhibit,
    "custody": CustodyEntry,
    "note": SessionNote,
}

STATUSES: Final = ("draft", "sealed", "withdrawn")


def kind_of(body: RecordBody) -> str:
    for kind, cls in KINDS.items():
        if type(body) is cls:
            return kind
    raise InvalidRecord("This is not a kind of record FieldKit knows.", code="record.kind")


def body_from_json(kind: str, untrusted: Any) -> RecordBody:
    cls = KINDS.get(kind)
    if cls is None:
        raise InvalidRecord(f"Unknown record kind '{str(kind)[:20]}'.", code="record.kind")
    result: RecordBody = serialize.from_json(cls, untrusted, kind)
    return result
