"""Redaction profiles: what a PDF may show, applied to the data before any drawing.

The renderer cannot leak what it is never given, so a profile is a function
from one :class:`InterviewSource` to another.

``full`` (for a prosecutor) keeps everything except the exact address of the
interview place, which RECORD.md keeps out of anything shared.

``pseudonymised`` (for partners and internal analysis):

- removes the identity compartment (names in Cyrillic and Latin, date of
  birth, identity document, safe contact, current address, relatives);
- replaces every name of a person with a code: the witness by the person
  code, everyone present by a role code (``IV-1`` interviewer, ``NT-1``
  note-taker, ``IN-1`` interpreter, ``PS-1`` psychologist, ``GU-1`` guardian,
  ``SP-1`` support person, ``PR-1`` other), the translator (``TR-n``) and the
  witness to the consent (``CW-n``) unless they are one of those, other
  witnesses (``W-n``), whoever told the person (``S-n``), and the parties of
  exhibits and custody entries (``X-n``); one name keeps one code throughout;
- replaces those names, and the names of relatives (``REL-n``), where they
  occur in full in any free text (the account, its translation, descriptions,
  notes, reasons) by ``[code]``; a name that is inflected, abbreviated or only
  partly given is not found, and other identifying details are not touched;
- coarsens places: incident places keep oblast, raion and hromada and lose
  settlement, street and coordinates; the person's former residence keeps
  oblast and hromada and loses the settlement; where an exhibit was obtained
  and its original file name are dropped;
- drops the safe channel for follow-up, the follow-up channel and the
  free-text risks to the person and to relatives.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Final, TypeVar

from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.domain.interview import Incident, Interview, Participant, Place
from fieldkit.domain.people import Person, PersonIdentity, normalised_name
from fieldkit.report.pdf_model import (
    ExhibitEntry,
    InterviewSource,
    check_redaction,
)

__all__ = ["ROLE_PREFIXES", "apply"]

ROLE_PREFIXES: Final = {
    "interviewer": "IV",
    "note_taker": "NT",
    "interpreter": "IN",
    "psychologist": "PS",
    "guardian": "GU",
    "support_person": "SP",
    "other": "PR",
}
_MIN_NAME = 4  # shorter strings are not searched for in free text
_APOSTROPHES = "'\u2019\u02bc\u2018`"

T = TypeVar("T")


def apply(source: InterviewSource, profile: str) -> InterviewSource:
    """``source`` as the redaction ``profile`` ('full' or 'pseudonymised') may show it."""
    check_redaction(profile)
    interview = source.interview
    interview = dataclasses.replace(
        interview, session=dataclasses.replace(interview.session, address="")
    )
    source = dataclasses.replace(source, interview=interview)
    if profile == "full":
        return source
    return _Pseudonymiser(source).result()


class _Codes:
    """Stable name -> code assignment, numbered per prefix in order of appearance."""

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self.searchable: dict[str, str] = {}  # name as written -> code, for free text

    def assign(self, name: str, prefix: str, *, code: str = "", search: bool = True) -> str:
        key = normalised_name(name)
        if not key:
            return ""
        if key not in self._codes:
            if not code:
                self._counts[prefix] = self._counts.get(prefix, 0) + 1
                code = f"{prefix}-{self._counts[prefix]}"
            self._codes[key] = code
        found = self._codes[key]
        if search and len(key) >= _MIN_NAME:
            self.searchable.setdefault(name.strip(), found)
        return found


def _name_pattern(name: str) -> str:
    parts = []
    for token in name.split():
        escaped = "".join(
            f"[{re.escape(_APOSTROPHES)}]" if ch in _APOSTROPHES else re.escape(ch) for ch in token
        )
        parts.append(escaped)
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


def _scrubber(names: dict[str, str]) -> Callable[[str], str]:
    if not names:
        return lambda text: text
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile("|".join(f"({_name_pattern(n)})" for n in ordered), re.IGNORECASE)
    codes = [names[n] for n in ordered]

    def scrub(text: str) -> str:
        if not text:
            return text
        return pattern.sub(lambda m: f"[{codes[(m.lastindex or 1) - 1]}]", text)

    return scrub


def _walk(value: T, scrub: Callable[[str], str]) -> T:
    """Apply ``scrub`` to every string inside a tree of frozen dataclasses and tuples."""
    result: object
    if isinstance(value, str):
        result = scrub(value)
    elif isinstance(value, tuple):
        result = tuple(_walk(item, scrub) for item in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _walk(getattr(value, f.name), scrub) for f in dataclasses.fields(value)}
        result = dataclasses.replace(value, **changes)
    else:
        result = value
    return result  # type: ignore[return-value]


def _coarse_place(place: Place) -> Place:
    return Place(oblast=place.oblast, raion=place.raion, hromada=place.hromada)


class _Pseudonymiser:
    def __init__(self, source: InterviewSource) -> None:
        self.source = source
        self.codes = _Codes()
        self.person_code = source.interview.person_code or (
            source.person.code if source.person else ""
        )
        self._register()

    def _register(self) -> None:
        codes, source = self.codes, self.source
        iv = source.interview
        if source.person is not None:
            identity = source.person.identity
            for name in (identity.full_name_cyrillic, identity.full_name_latin):
                codes.assign(name, "P", code=self.person_code or "P-1")
            for relative in identity.relatives:
                codes.assign(relative, "REL")
        for participant in iv.session.present:
            codes.assign(participant.name, ROLE_PREFIXES.get(participant.role, "PR"))
        if iv.session.interpreter is not None:
            codes.assign(iv.session.interpreter.name, "IN")
        codes.assign(iv.account.translator, "TR")
        codes.assign(iv.consent.witness, "CW")
        for incident in iv.incidents:
            for witness in incident.other_witnesses:
                codes.assign(witness, "W")
            codes.assign(incident.told_by, "S")
        for entry in source.exhibits:
            codes.assign(entry.exhibit.provided_by, "X", search=False)
            for custody in entry.custody:
                for party in (custody.from_party, custody.to_party, custody.by):
                    codes.assign(party, "X", search=False)

    def code(self, name: str) -> str:
        """The code already given to ``name`` (every name was registered first)."""
        return self.codes.assign(name, "X", search=False)

    def result(self) -> InterviewSource:
        scrub = _scrubber(self.codes.searchable)
        source = self.source
        return dataclasses.replace(
            source,
            interview=_walk(self._interview(source.interview), scrub),
            person=None if source.person is None else _walk(self._person(source.person), scrub),
            exhibits=tuple(_walk(self._exhibit(e), scrub) for e in source.exhibits),
            history=tuple(_walk(h, scrub) for h in source.history),
        )

    def _person(self, person: Person) -> Person:
        profile = dataclasses.replace(person.profile, residence_settlement="")
        return Person(code=person.code, identity=PersonIdentity(), profile=profile)

    def _interview(self, iv: Interview) -> Interview:
        code = self.code
        session = iv.session
        interpreter = session.interpreter
        if interpreter is not None:
            interpreter = dataclasses.replace(interpreter, name=code(interpreter.name))
        session = dataclasses.replace(
            session,
            present=tuple(
                Participant(name=code(p.name), role=p.role, organisation=p.organisation)
                for p in session.present
            ),
            interpreter=interpreter,
        )
        return dataclasses.replace(
            iv,
            session=session,
            consent=dataclasses.replace(
                iv.consent, witness=code(iv.consent.witness), safe_channel=""
            ),
            screening=dataclasses.replace(iv.screening, risks_to_person="", risks_to_relatives=""),
            account=dataclasses.replace(iv.account, translator=code(iv.account.translator)),
            incidents=tuple(self._incident(i) for i in iv.incidents),
            closure=dataclasses.replace(iv.closure, follow_up_channel=""),
        )

    def _incident(self, incident: Incident) -> Incident:
        return dataclasses.replace(
            incident,
            place=_coarse_place(incident.place),
            told_by=self.code(incident.told_by),
            other_witnesses=_codes_of(incident.other_witnesses, self.code),
        )

    def _exhibit(self, entry: ExhibitEntry) -> ExhibitEntry:
        exhibit: Exhibit = dataclasses.replace(
            entry.exhibit,
            provided_by=self.code(entry.exhibit.provided_by),
            obtained_where="",
            original_filename="",
        )
        custody = tuple(
            CustodyEntry(
                exhibit_id=c.exhibit_id,
                at=c.at,
                from_party=self.code(c.from_party),
                to_party=self.code(c.to_party),
                purpose=c.purpose,
                by=self.code(c.by),
            )
            for c in entry.custody
        )
        return ExhibitEntry(entry.exhibit_id, exhibit, custody)


def _codes_of(names: Iterable[str], code: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(code(name) for name in names)
