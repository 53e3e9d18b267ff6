"""A person who gives an account, in two compartments (RECORD.md section F).

The identity compartment is kept apart and shown only where needed; the
shareable profile is what analysis and pseudonymised exports may carry.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonIdentity:
    full_name_cyrillic: str = ""
    full_name_latin: str = ""
    date_of_birth: str = ""  # ISO date, or "" when unknown
    identity_document: str = ""
    safe_contact: str = ""
    current_address: str = ""
    relatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonProfile:
    pseudonym: str = ""
    age_band: str = ""  # lists.age_band
    gender: str = ""  # lists.gender
    nationality: str = ""
    residence_oblast: str = ""
    residence_hromada: str = ""
    residence_settlement: str = ""
    date_left: str = ""
    route: str = ""
    occupation: str = ""
    languages: tuple[str, ...] = ()
    witness_type: str = ""  # lists.witness_type


@dataclass(frozen=True)
class Person:
    code: str = ""  # pseudonymous code used everywhere outside the identity compartment
    identity: PersonIdentity = PersonIdentity()
    profile: PersonProfile = PersonProfile()


def normalised_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name, for re-interview checks."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(letters.replace("'", " ").replace("\u2019", " ").split())


def match_key(person: Person) -> str | None:
    """The key two records of one person share: normalised name plus date of birth."""
    name = person.identity.full_name_latin or person.identity.full_name_cyrillic
    if not name.strip() or not person.identity.date_of_birth:
        return None
    return f"{normalised_name(name)}|{person.identity.date_of_birth}"
