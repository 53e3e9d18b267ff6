"""A simple passphrase strength estimate for the welcome screen's hint.

Length and variety only, on purpose: the hint's job is to nudge towards several
words, not to promise anything. The services refuse fewer than 8 characters.
"""

from __future__ import annotations

import enum
import re

__all__ = ["MIN_LENGTH", "Strength", "assess"]

MIN_LENGTH = 8
_SEPARATORS = re.compile(r"[\s\-_.,;:+/]+")


class Strength(enum.IntEnum):
    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


def _classes(text: str) -> int:
    kinds = (
        any(ch.isalpha() and ch.islower() for ch in text),
        any(ch.isalpha() and ch.isupper() for ch in text),
        any(ch.isdigit() for ch in text),
        any(not ch.isalnum() and not ch.isspace() for ch in text),
    )
    return sum(kinds)


def assess(passphrase: str) -> Strength:
    """How strong ``passphrase`` looks, from its length, words and kinds of characters."""
    if not passphrase.strip():
        return Strength.EMPTY
    if len(passphrase) < MIN_LENGTH:
        return Strength.TOO_SHORT
    if len(set(passphrase.casefold())) < 5:
        return Strength.WEAK
    words = len([w for w in _SEPARATORS.split(passphrase) if len(w) >= 2])
    points = 0
    points += len(passphrase) >= 14
    points += len(passphrase) >= 20
    points += words >= 3
    points += words >= 4
    points += _classes(passphrase) >= 3
    if points >= 3:
        return Strength.STRONG
    if points >= 1:
        return Strength.FAIR
    return Strength.WEAK
