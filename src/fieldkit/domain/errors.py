"""The root of FieldKit's typed errors.

It lives in ``domain`` because every layer may raise it and ``domain`` may
import nothing of the project. Each error carries a stable ``code`` (for
scripts, tests and translations) and a message a person can act on. Messages
must never contain keys, passphrases or testimony.
"""

from __future__ import annotations


class FieldKitError(Exception):
    """An expected failure with a stable code and an actionable message."""

    code: str = "fieldkit.error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class InvalidRecord(FieldKitError):
    """A record, or a piece of one, does not have the shape FieldKit requires."""

    code = "record.invalid"


class UnknownTerm(FieldKitError):
    """A code that is not in the vocabulary it claims to come from."""

    code = "vocabulary.unknown_term"
