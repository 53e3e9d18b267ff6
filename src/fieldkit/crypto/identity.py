"""A profile's own keys: Ed25519 for signing, X25519 for receiving sealed data.

Every signature FieldKit makes is over a message that starts with a purpose
string (for example ``fieldkit.revision-signature/1``), so a signature made
for one purpose can never be replayed as another.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

import nacl.exceptions
import nacl.public
import nacl.signing
import nacl.utils

FINGERPRINT_CONTEXT: Final = b"fieldkit.fingerprint/1\x00"
FINGERPRINT_GROUPS: Final = 8


@dataclass(frozen=True)
class Identity:
    signing_seed: bytes
    signing_public: bytes
    box_secret: bytes
    box_public: bytes


def generate() -> Identity:
    signing = nacl.signing.SigningKey.generate()
    box = nacl.public.PrivateKey.generate()
    return Identity(bytes(signing), bytes(signing.verify_key), bytes(box), bytes(box.public_key))


def sign(signing_seed: bytes, message: bytes) -> bytes:
    """Detached Ed25519 signature (64 bytes)."""
    return bytes(nacl.signing.SigningKey(signing_seed).sign(message).signature)


def verify(signing_public: bytes, message: bytes, signature: bytes) -> bool:
    try:
        nacl.signing.VerifyKey(signing_public).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        return False
    return True


def random_bytes(count: int) -> bytes:
    return bytes(nacl.utils.random(count))


def fingerprint(signing_public: bytes, box_public: bytes) -> str:
    """Eight groups of five digits: easy to read aloud in any language and compare.

    Each group is four bytes of a SHA-256 over both public keys, reduced mod
    100000 (about 16.6 bits each, 132 bits in all).
    """
    digest = hashlib.sha256(FINGERPRINT_CONTEXT + signing_public + box_public).digest()
    groups = []
    for index in range(FINGERPRINT_GROUPS):
        chunk = digest[index * 4 : index * 4 + 4]
        groups.append(f"{int.from_bytes(chunk, 'big') % 100_000:05d}")
    return " ".join(groups)
