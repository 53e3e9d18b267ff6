"""Why a bundle was refused: the spec's rejection codes and what a coordinator reads.

Section 6 of ``docs/bundle-format.md`` names a code for every failed check;
:class:`BundleRejected` carries it, with a sentence that says what to do.
The container checks (:mod:`fieldkit.crypto.bundle_reader`) and the
importer's own checks (``fieldkit.sync``) raise the same class, so the
messages live here, apart from the code that reads bytes.
"""

from __future__ import annotations

from typing import Final

from fieldkit.domain.errors import FieldKitError

__all__ = ["BundleRejected"]

_AGAIN = "Copy it again from the laptop, or make a new bundle there."

_MESSAGES: Final[dict[str, str]] = {
    "oversize": (
        "The file is larger than the biggest bundle this HQ accepts. It is not a "
        "bundle, or the size limit in the settings is too low for it."
    ),
    "truncated": (
        "The bundle is shorter than its header says: it was cut off while copying. " + _AGAIN
    ),
    "trailing-data": (
        "The bundle is longer than its header says: extra data was added after its end. " + _AGAIN
    ),
    "bad-header": ("This file is not a FieldKit bundle, or its header is damaged. " + _AGAIN),
    "bad-signature": (
        "The bundle's signature does not match its content: it was damaged or altered "
        "after the laptop made it. " + _AGAIN
    ),
    "wrong-recipient": (
        "The bundle is not addressed to this HQ key: it was made for another "
        "organisation or another key, or its key block is damaged."
    ),
    "bad-chunk": ("Part of the bundle's encrypted content is damaged or out of order. " + _AGAIN),
    "missing-final-tag": (
        "The bundle's encrypted content stops before its end marker: part of it is "
        "missing. " + _AGAIN
    ),
    "early-final-tag": (
        "The bundle's encrypted content has an end marker before its end: it was put "
        "together wrongly or altered. " + _AGAIN
    ),
    "unknown-key": (
        "The bundle was signed by a laptop that is not in this HQ's roster. Enroll the "
        "laptop first, or check that the bundle belongs to this organisation."
    ),
    "revoked-key": (
        "The bundle was signed by a laptop whose key has been revoked; it is refused. "
        "Talk to the person who used that laptop before doing anything else."
    ),
    "bad-payload": (
        "The bundle's content is not laid out as FieldKit requires. Make a new bundle "
        "on the laptop."
    ),
    "bad-manifest": (
        "The bundle's list of contents is invalid or does not match the roster. Make a "
        "new bundle on the laptop."
    ),
    "fork": (
        "The bundle contradicts data HQ already holds from the same laptop (two "
        "different histories). Do not use that laptop until this is investigated."
    ),
    "rollback": (
        "The bundle comes from a laptop whose records went backwards (for example it "
        "was restored from an old backup). Do not use that laptop until this is "
        "investigated."
    ),
    "bad-revision": (
        "A record in the bundle is damaged, altered or not signed by its laptop. Make a "
        "new bundle on the laptop."
    ),
}


class BundleRejected(FieldKitError):
    """A bundle failed one of the checks of section 6.

    ``reason`` is the spec's code (``truncated``, ``bad-signature``, ...) and
    ``code`` is ``"bundle.<reason>"``. ``message`` defaults to a sentence a
    coordinator can act on; messages never contain key material.
    """

    code = "bundle.rejected"

    def __init__(self, reason: str, message: str | None = None) -> None:
        if not reason:
            raise ValueError("a rejection needs a reason")
        if message is None:
            message = _MESSAGES.get(reason, f"The bundle was refused ({reason}).")
        super().__init__(message, code=f"bundle.{reason}")
        self.reason: str = reason
