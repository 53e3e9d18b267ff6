"""Small signed documents: provisioning files, enrollment requests, rosters, receipts.

The reference implementation of section 8 of ``docs/bundle-format.md``. Each
file is the canonical JSON ``{"document": {...}, "signature": "<hex>"}``; the
Ed25519 signature is over ``purpose || 0x00 || canonical(document)``, with a
purpose string per kind so that no signature made for one kind is valid for
another (a receipt cannot be passed off as a roster).

A reader checks the signature with the key it already trusts before it looks
at any field: :func:`open_document` returns nothing until the signature has
verified. The one exception is the self-signed enrollment request, whose
signer key is inside it; see :func:`peek_unverified_document`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from fieldkit.crypto import identity
from fieldkit.domain import canonical
from fieldkit.domain.errors import FieldKitError, InvalidRecord

__all__ = [
    "DEFAULT_MAX_DOCUMENT_BYTES",
    "FORMATS",
    "PURPOSES",
    "SignedDocumentInvalid",
    "open_document",
    "peek_unverified_document",
    "sign_document",
]

DEFAULT_MAX_DOCUMENT_BYTES: Final = 4 << 20

PURPOSES: Final[Mapping[str, bytes]] = MappingProxyType(
    {
        "provisioning": b"fieldkit.provisioning-signature/1",
        "enrollment": b"fieldkit.enrollment-signature/1",
        "roster": b"fieldkit.roster-signature/1",
        "receipt": b"fieldkit.receipt-signature/1",
    }
)

# The format names of section 8; ``format`` is "fieldkit.<name>/<version>".
# These are the version-1 strings this code writes.
FORMATS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "provisioning": "fieldkit.provisioning/1",
        "enrollment": "fieldkit.enrollment-request/1",
        "roster": "fieldkit.roster/1",
        "receipt": "fieldkit.receipt/1",
    }
)

_FORMAT_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {kind: value.split("/", 1)[0] for kind, value in FORMATS.items()}
)
_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "provisioning": "provisioning file",
        "enrollment": "enrollment request",
        "roster": "roster",
        "receipt": "receipt",
    }
)
_SIGNERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "provisioning": "your organisation's HQ key",
        "enrollment": "the key of the laptop it comes from",
        "roster": "your organisation's HQ key",
        "receipt": "your organisation's HQ key",
    }
)
_SIGNATURE_HEX: Final = re.compile(r"[0-9a-f]{128}")

# Documents that carry their own signer key: enrollment requests, and provisioning
# files at first contact (trust comes from the fingerprint a person compares aloud).
_SELF_SIGNED: Final = frozenset({"enrollment", "provisioning"})


class SignedDocumentInvalid(FieldKitError):
    """A signed document is malformed, not canonical, of another kind, or wrongly signed."""

    code = "document.invalid"


def sign_document(kind: str, document: dict[str, Any], signing_seed: bytes) -> bytes:
    """Sign ``document`` as a document of ``kind``; return the file's canonical bytes.

    ``document["format"]`` must name the kind (``FORMATS``). A document that
    cannot be canonical JSON raises ``InvalidRecord``; a wrong kind, format
    or seed is a programming error (``ValueError``).
    """
    purpose = _purpose(kind)
    if not isinstance(document, dict):
        raise ValueError("a signed document must be a JSON object")
    if not _format_ok(kind, document.get("format")):
        raise ValueError(f"document['format'] must be {FORMATS[kind]}")
    if not isinstance(signing_seed, bytes) or len(signing_seed) != 32:
        raise ValueError("the signing seed must be 32 bytes")
    body = canonical.dumps(document)
    signature = identity.sign(signing_seed, purpose + b"\x00" + body)
    return canonical.dumps({"document": document, "signature": signature.hex()})


def open_document(
    kind: str,
    untrusted: bytes,
    signer_public: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
) -> dict[str, Any]:
    """Return the document of a signed file once its signature verifies.

    ``signer_public`` is the Ed25519 key the caller already trusts for this
    kind (the HQ signing key from the provisioning file, or, for an
    enrollment request, the key a person will confirm by fingerprint). The
    checks run in this order: size, strict canonical JSON, shape, signature,
    then ``format``. Any failure raises ``SignedDocumentInvalid``.
    """
    purpose = _purpose(kind)
    if not isinstance(signer_public, bytes) or len(signer_public) != 32:
        raise ValueError("the signer public key must be 32 bytes")
    untrusted_document, untrusted_signature = _split(kind, untrusted, max_bytes)
    message = purpose + b"\x00" + canonical.dumps(untrusted_document)
    if not identity.verify(signer_public, message, untrusted_signature):
        raise SignedDocumentInvalid(
            f"This {_LABELS[kind]} is not signed by {_SIGNERS[kind]}. It was altered, "
            f"is not a {_LABELS[kind]}, or comes from another organisation; do not use it."
        )
    document = untrusted_document
    if not _format_ok(kind, document.get("format")):
        raise SignedDocumentInvalid(
            f"This file is not a {_LABELS[kind]} that this FieldKit can read "
            "(unknown format). Update FieldKit or ask HQ for a new file."
        )
    return document


def peek_unverified_document(
    kind: str, untrusted: bytes, *, max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
) -> dict[str, Any]:
    """DANGER: return a self-signed document's fields WITHOUT checking its signature.

    Only for enrollment requests, which carry their own signer key: read
    ``signing_public`` from the result, pass it to :func:`open_document`, and
    use only what ``open_document`` returns. Even then the request only
    proves that its sender holds that key; a person MUST compare the key's
    fingerprint with the laptop before trusting it. Nothing returned here may
    be shown as fact, stored or acted on. Other kinds raise ``ValueError``:
    they are signed by HQ, whose key the reader already has.
    """
    _purpose(kind)
    if kind not in _SELF_SIGNED:
        raise ValueError(f"{kind} documents are not self-signed; use open_document")
    untrusted_document, _signature = _split(kind, untrusted, max_bytes)
    if not _format_ok(kind, untrusted_document.get("format")):
        raise SignedDocumentInvalid(
            f"This file is not a {_LABELS[kind]} that this FieldKit can read "
            "(unknown format). Update FieldKit or ask for a new file."
        )
    return untrusted_document


def _purpose(kind: str) -> bytes:
    try:
        return PURPOSES[kind]
    except KeyError:
        raise ValueError(f"unknown signed document kind {kind!r}") from None


def _format_ok(kind: str, untrusted_format: object) -> bool:
    """``format`` is exactly the one version of this kind that this program reads."""
    return isinstance(untrusted_format, str) and untrusted_format == FORMATS[kind]


def _split(kind: str, untrusted: bytes, max_bytes: int) -> tuple[dict[str, Any], bytes]:
    """Size, strict canonical JSON and shape checks; return (document, raw signature)."""
    label = _LABELS[kind]
    damaged = f"This {label} is damaged or is not a FieldKit {label}; ask for a new copy."
    if not isinstance(untrusted, bytes | bytearray):
        raise TypeError("a signed document is read from bytes")
    if len(untrusted) > max_bytes:
        raise SignedDocumentInvalid(
            f"This file is too large to be a {label} ({len(untrusted)} bytes); it is not "
            f"a FieldKit {label}."
        )
    try:
        untrusted_value = canonical.parse(bytes(untrusted))
    except InvalidRecord as exc:
        raise SignedDocumentInvalid(damaged + f" ({exc.message})") from exc
    if not isinstance(untrusted_value, dict) or set(untrusted_value) != {"document", "signature"}:
        raise SignedDocumentInvalid(damaged)
    untrusted_document = untrusted_value["document"]
    untrusted_signature = untrusted_value["signature"]
    if not isinstance(untrusted_document, dict):
        raise SignedDocumentInvalid(damaged)
    if not isinstance(untrusted_signature, str) or not _SIGNATURE_HEX.fullmatch(
        untrusted_signature
    ):
        raise SignedDocumentInvalid(damaged)
    return untrusted_document, bytes.fromhex(untrusted_signature)
