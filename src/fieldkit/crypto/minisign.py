"""minisign-format public keys and signatures, made with an existing Ed25519 key.

What leaves the organisation (transmittal packages) is signed so that a
recipient can check it with the stock ``minisign`` tool and nothing else::

    minisign -V -H -p hq.pub -m manifest.json

The formats are minisign's own (https://jedisct1.github.io/minisign/):

- public key file, two lines::

      untrusted comment: minisign public key <KEY ID>
      base64("Ed" || key id (8 bytes) || Ed25519 public key (32 bytes))

- signature file, four lines::

      untrusted comment: <free text>
      base64("ED" || key id (8 bytes) || Ed25519(BLAKE2b-512(file)) (64 bytes))
      trusted comment: <free text>
      base64(Ed25519(signature (64 bytes) || trusted comment bytes))

  ``ED`` is the prehashed algorithm (``-H``): the file is hashed with BLAKE2b
  with a 64-byte output and no key (libsodium ``crypto_generichash``), so a
  file of any size is hashed in a stream. The legacy algorithm ``Ed`` (the
  whole file signed directly) is never written and is refused on reading.

No new key is made: the signer passes the 32-byte Ed25519 seed it already has
(at HQ, the HQ signing key). minisign's key id is 8 random bytes; here it is
derived from the public key, ``BLAKE2b-64("fieldkit.minisign-key-id/1" || 0x00
|| public key)``, so the same key always has the same id. minisign shows a key
id as the upper-case hex digits of those 8 bytes read as a little-endian
integer, without leading zeros (``%PRIX64``); :func:`key_id_hex` does the same.

The parsers treat their input as hostile: a size cap, exact line structure,
strict (canonical) base64, exact lengths, the right algorithm, comments without
control characters, and the key ids must agree before any signature is checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

import nacl.exceptions
import nacl.signing

from fieldkit.domain.errors import FieldKitError

__all__ = [
    "KEY_ID_CONTEXT",
    "MinisignError",
    "MinisignPublicKey",
    "MinisignSignature",
    "blake2b_file",
    "key_id",
    "key_id_hex",
    "parse_public_key",
    "parse_signature",
    "public_key_file",
    "public_key_line",
    "sign_bytes",
    "sign_file",
    "sign_prehashed",
    "verify_bytes",
    "verify_file",
]

KEY_ID_CONTEXT: Final = b"fieldkit.minisign-key-id/1\x00"
PUBLIC_KEY_ALG: Final = b"Ed"
PREHASHED_ALG: Final = b"ED"
LEGACY_ALG: Final = b"Ed"
UNTRUSTED_PREFIX: Final = "untrusted comment: "
TRUSTED_PREFIX: Final = "trusted comment: "
KEY_ID_BYTES: Final = 8
PUBLIC_KEY_BYTES: Final = 32
SIGNATURE_BYTES: Final = 64
PREHASH_BYTES: Final = 64
# minisign reads comment lines into buffers of these sizes (prefix and newline included).
COMMENT_MAX_BYTES: Final = 1024
TRUSTED_COMMENT_MAX_BYTES: Final = 8192
MAX_PUBLIC_KEY_FILE: Final = 2 * COMMENT_MAX_BYTES
MAX_SIGNATURE_FILE: Final = COMMENT_MAX_BYTES + TRUSTED_COMMENT_MAX_BYTES + 512
_CHUNK: Final = 1 << 20


class MinisignError(FieldKitError):
    """A key or signature file that is malformed, or a signature that does not verify."""

    code = "minisign.invalid"


@dataclass(frozen=True)
class MinisignPublicKey:
    key_id: bytes  # 8 bytes, as stored
    public_key: bytes  # 32-byte Ed25519 public key

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)


@dataclass(frozen=True)
class MinisignSignature:
    algorithm: bytes  # always b"ED" once parsed
    key_id: bytes
    signature: bytes  # over BLAKE2b-512 of the file
    trusted_comment: str
    global_signature: bytes  # over signature || trusted comment
    untrusted_comment: str


# -- keys -----------------------------------------------------------------------------


def key_id(public_key: bytes) -> bytes:
    """The 8-byte key id FieldKit gives an Ed25519 public key (deterministic)."""
    _check_public(public_key)
    return hashlib.blake2b(KEY_ID_CONTEXT + public_key, digest_size=KEY_ID_BYTES).digest()


def key_id_hex(key_id_bytes: bytes) -> str:
    """The key id as minisign prints it: upper-case hex of the little-endian integer.

    Like minisign, without leading zeros: one key in sixteen has a shorter id.
    """
    if len(key_id_bytes) != KEY_ID_BYTES:
        raise MinisignError("A minisign key id has 8 bytes.")
    return f"{int.from_bytes(key_id_bytes, 'little'):X}"


def public_key_line(public_key: bytes) -> str:
    """The base64 line of the public key (what ``minisign -P`` takes)."""
    raw = PUBLIC_KEY_ALG + key_id(public_key) + public_key
    return base64.b64encode(raw).decode("ascii")


def public_key_file(public_key: bytes) -> bytes:
    """The contents of a minisign public key file (``hq.pub``) for ``public_key``."""
    comment = f"{UNTRUSTED_PREFIX}minisign public key {key_id_hex(key_id(public_key))}"
    return f"{comment}\n{public_key_line(public_key)}\n".encode("ascii")


def parse_public_key(untrusted: bytes) -> MinisignPublicKey:
    """A minisign public key file, checked strictly."""
    if len(untrusted) > MAX_PUBLIC_KEY_FILE:
        raise MinisignError("The public key file is too large to be a minisign public key.")
    lines = _lines(untrusted, 2, "public key file")
    _comment(lines[0], UNTRUSTED_PREFIX, COMMENT_MAX_BYTES, "public key file")
    raw = _b64(lines[1], 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES, "public key")
    if raw[:2] != PUBLIC_KEY_ALG:
        raise MinisignError("The public key is not an Ed25519 minisign key.")
    return MinisignPublicKey(raw[2 : 2 + KEY_ID_BYTES], raw[2 + KEY_ID_BYTES :])


# -- signing --------------------------------------------------------------------------


def blake2b_file(handle: BinaryIO) -> bytes:
    """BLAKE2b-512 of everything left in ``handle``, streamed (libsodium generichash)."""
    digest = hashlib.blake2b(digest_size=PREHASH_BYTES)
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
    return digest.digest()


def _blake2b_chunks(chunks: Iterable[bytes]) -> bytes:
    digest = hashlib.blake2b(digest_size=PREHASH_BYTES)
    for chunk in chunks:
        digest.update(chunk)
    return digest.digest()


def sign_prehashed(
    seed: bytes, prehash: bytes, trusted_comment: str, untrusted_comment: str = ""
) -> bytes:
    """A minisign signature file for a file whose BLAKE2b-512 is ``prehash``."""
    if len(prehash) != PREHASH_BYTES:
        raise MinisignError("The prehash must be a 64-byte BLAKE2b digest.")
    trusted = _check_comment_text(trusted_comment, TRUSTED_PREFIX, TRUSTED_COMMENT_MAX_BYTES)
    untrusted_text = untrusted_comment or "signature from FieldKit"
    untrusted = _check_comment_text(untrusted_text, UNTRUSTED_PREFIX, COMMENT_MAX_BYTES)
    try:
        signing = nacl.signing.SigningKey(seed)
    except (nacl.exceptions.ValueError, nacl.exceptions.TypeError, ValueError, TypeError):
        raise MinisignError("The signing seed must be 32 bytes.") from None
    public = bytes(signing.verify_key)
    signature = bytes(signing.sign(prehash).signature)
    global_signature = bytes(signing.sign(signature + trusted.encode("utf-8")).signature)
    sig_line = base64.b64encode(PREHASHED_ALG + key_id(public) + signature).decode("ascii")
    global_line = base64.b64encode(global_signature).decode("ascii")
    text = (
        f"{UNTRUSTED_PREFIX}{untrusted}\n{sig_line}\n"
        f"{TRUSTED_PREFIX}{trusted}\n{global_line}\n"
    )
    return text.encode("utf-8")


def sign_bytes(
    seed: bytes, data: bytes, trusted_comment: str, untrusted_comment: str = ""
) -> bytes:
    """A prehashed minisign signature of ``data``."""
    return sign_prehashed(seed, _blake2b_chunks((data,)), trusted_comment, untrusted_comment)


def sign_file(seed: bytes, path: Path, trusted_comment: str, untrusted_comment: str = "") -> bytes:
    """A prehashed minisign signature of the file at ``path`` (read in a stream)."""
    with Path(path).open("rb") as handle:
        prehash = blake2b_file(handle)
    return sign_prehashed(seed, prehash, trusted_comment, untrusted_comment)


# -- verifying ------------------------------------------------------------------------


def parse_signature(untrusted: bytes) -> MinisignSignature:
    """A minisign signature file, checked strictly (only the prehashed ``ED`` algorithm)."""
    if len(untrusted) > MAX_SIGNATURE_FILE:
        raise MinisignError("The signature file is too large to be a minisign signature.")
    lines = _lines(untrusted, 4, "signature file")
    untrusted_comment = _comment(lines[0], UNTRUSTED_PREFIX, COMMENT_MAX_BYTES, "signature file")
    raw = _b64(lines[1], 2 + KEY_ID_BYTES + SIGNATURE_BYTES, "signature")
    algorithm = raw[:2]
    if algorithm == LEGACY_ALG:
        raise MinisignError(
            "The signature uses minisign's legacy algorithm (the file signed directly); "
            "only prehashed signatures (minisign -H) are accepted."
        )
    if algorithm != PREHASHED_ALG:
        raise MinisignError("The signature uses an algorithm minisign does not define.")
    trusted = _comment(lines[2], TRUSTED_PREFIX, TRUSTED_COMMENT_MAX_BYTES, "signature file")
    global_signature = _b64(lines[3], SIGNATURE_BYTES, "trusted comment signature")
    return MinisignSignature(
        algorithm=algorithm,
        key_id=raw[2 : 2 + KEY_ID_BYTES],
        signature=raw[2 + KEY_ID_BYTES :],
        trusted_comment=trusted,
        global_signature=global_signature,
        untrusted_comment=untrusted_comment,
    )


def _verify_prehash(key: MinisignPublicKey, prehash: bytes, untrusted_sig: bytes) -> str:
    sig = parse_signature(untrusted_sig)
    if sig.key_id != key.key_id:
        raise MinisignError(
            f"The signature was made with key {key_id_hex(sig.key_id)}, not with the public "
            f"key given ({key.key_id_hex})."
        )
    try:
        verify_key = nacl.signing.VerifyKey(key.public_key)
        verify_key.verify(prehash, sig.signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        raise MinisignError(
            "The signature does not verify: the file was changed after it was signed, or it "
            "was signed with another key."
        ) from None
    try:
        verify_key.verify(sig.signature + sig.trusted_comment.encode("utf-8"),
                          sig.global_signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        raise MinisignError(
            "The signature of the trusted comment does not verify: the signature file "
            "was changed."
        ) from None
    return sig.trusted_comment


def verify_bytes(key: MinisignPublicKey, data: bytes, untrusted_sig: bytes) -> str:
    """Check a prehashed signature of ``data``; returns the trusted comment."""
    return _verify_prehash(key, _blake2b_chunks((data,)), untrusted_sig)


def verify_file(key: MinisignPublicKey, path: Path, untrusted_sig: bytes) -> str:
    """Check a prehashed signature of the file at ``path``; returns the trusted comment."""
    parse_signature(untrusted_sig)  # refuse a malformed signature before reading the file
    with Path(path).open("rb") as handle:
        prehash = blake2b_file(handle)
    return _verify_prehash(key, prehash, untrusted_sig)


# -- helpers --------------------------------------------------------------------------


def _check_public(public_key: bytes) -> None:
    if not isinstance(public_key, bytes) or len(public_key) != PUBLIC_KEY_BYTES:
        raise MinisignError("An Ed25519 public key has 32 bytes.")


def _lines(untrusted: bytes, count: int, what: str) -> list[str]:
    """Exactly ``count`` lines, each ended by LF (a CR before it is tolerated)."""
    try:
        text = untrusted.decode("utf-8")
    except UnicodeDecodeError:
        raise MinisignError(f"The {what} is not UTF-8 text.") from None
    if not text.endswith("\n"):
        raise MinisignError(f"The {what} is truncated (its last line has no end).")
    lines = text[:-1].split("\n")
    if len(lines) != count:
        raise MinisignError(f"The {what} must have exactly {count} lines.")
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _has_control(text: str) -> bool:
    return any((ord(ch) < 0x20 and ch != "\t") or ord(ch) == 0x7F for ch in text)


def _comment(line: str, prefix: str, max_bytes: int, what: str) -> str:
    if not line.startswith(prefix):
        raise MinisignError(f"A line of the {what} should start with {prefix.strip()!r}.")
    if len(line.encode("utf-8")) + 1 >= max_bytes:
        raise MinisignError(f"A comment of the {what} is too long.")
    comment = line[len(prefix) :]
    if _has_control(comment):
        raise MinisignError(f"A comment of the {what} holds control characters.")
    return comment


def _check_comment_text(comment: str, prefix: str, max_bytes: int) -> str:
    if _has_control(comment) or "\u2028" in comment or "\u2029" in comment:
        raise MinisignError("A minisign comment must be one line without control characters.")
    if len((prefix + comment).encode("utf-8")) + 1 >= max_bytes:
        raise MinisignError("The minisign comment is too long.")
    return comment


def _b64(line: str, length: int, what: str) -> bytes:
    if not line.isascii():
        raise MinisignError(f"The {what} is not base64.")
    try:
        raw = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"The {what} is not valid base64.") from None
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != line:
        raise MinisignError(f"The {what} does not have the length minisign defines.")
    return raw
