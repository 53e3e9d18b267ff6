"""``vault.key``: the random database key, wrapped by a passphrase-derived key.

Layout (version 1, 158 bytes, all integers big-endian; see docs/vault-format.md):

    magic "FKVAULTK" | version u8 | kdf u8 | opslimit u32 | memlimit u64 |
    salt 16 | profile id 16 | nonce 24 | wrapped key 48 | checksum 32

The wrapped key is XChaCha20-Poly1305 (IETF) of the 32-byte database key, with
every byte before it as associated data, so no header field can be changed
unnoticed. The checksum (unkeyed BLAKE2b-256 of everything before it) exists to
tell a damaged file apart from a wrong passphrase; it is not a security control.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
from dataclasses import dataclass
from typing import Final

import nacl.bindings as sodium
import nacl.exceptions
import nacl.utils

from fieldkit.crypto import kdf
from fieldkit.domain.errors import FieldKitError

MAGIC: Final = b"FKVAULTK"
VERSION: Final = 1
KDF_ARGON2ID13: Final = 1
_HEAD = struct.Struct(">8sBBIQ16s16s24s")
WRAPPED_BYTES: Final = 32 + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES
FILE_BYTES: Final = _HEAD.size + WRAPPED_BYTES + 32
DB_KEY_BYTES: Final = 32


class KeyFileCorrupt(FieldKitError):
    code = "vault.key_corrupt"


class KeyFileWrongPassphrase(FieldKitError):
    code = "vault.wrong_passphrase"


@dataclass(frozen=True)
class KeyFile:
    params: kdf.KdfParams
    salt: bytes
    profile_id: str
    nonce: bytes
    wrapped: bytes

    def header(self) -> bytes:
        return _HEAD.pack(
            MAGIC,
            VERSION,
            KDF_ARGON2ID13,
            self.params.opslimit,
            self.params.memlimit,
            self.salt,
            uuid.UUID(self.profile_id).bytes,
            self.nonce,
        )

    def to_bytes(self) -> bytes:
        body = self.header() + self.wrapped
        return body + hashlib.blake2b(body, digest_size=32).digest()


def new_database_key() -> bytes:
    return nacl.utils.random(DB_KEY_BYTES)


def wrap(db_key: bytes, passphrase: str, profile_id: str, params: kdf.KdfParams) -> KeyFile:
    salt = nacl.utils.random(kdf.SALT_BYTES)
    nonce = nacl.utils.random(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
    unfinished = KeyFile(params, salt, profile_id, nonce, b"")
    wrapping_key = kdf.derive(passphrase, salt, params)
    wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        db_key, unfinished.header(), nonce, wrapping_key
    )
    return KeyFile(params, salt, profile_id, nonce, bytes(wrapped))


def parse(untrusted: bytes) -> KeyFile:
    """Check the structure of a key file; raise ``KeyFileCorrupt`` on any damage."""
    if len(untrusted) != FILE_BYTES:
        raise KeyFileCorrupt(
            "The profile's key file (vault.key) is damaged or truncated. "
            "Restore it from a backup of this profile."
        )
    body, checksum = untrusted[:-32], untrusted[-32:]
    if hashlib.blake2b(body, digest_size=32).digest() != checksum:
        raise KeyFileCorrupt(
            "The profile's key file (vault.key) is damaged. Restore it from a backup."
        )
    magic, version, kdf_id, ops, mem, salt, pid, nonce = _HEAD.unpack(body[: _HEAD.size])
    if magic != MAGIC:
        raise KeyFileCorrupt("vault.key is not a FieldKit key file.")
    if version != VERSION or kdf_id != KDF_ARGON2ID13:
        raise KeyFileCorrupt(
            "vault.key was written by a newer FieldKit. Update FieldKit to open this profile."
        )
    params = kdf.KdfParams(ops, mem)
    if not params.acceptable():
        raise KeyFileCorrupt("vault.key names a key-derivation cost FieldKit does not accept.")
    return KeyFile(params, salt, str(uuid.UUID(bytes=pid)), nonce, body[_HEAD.size :])


def unwrap(keyfile: KeyFile, passphrase: str) -> bytes:
    """The database key; ``KeyFileWrongPassphrase`` if the passphrase does not open it."""
    wrapping_key = kdf.derive(passphrase, keyfile.salt, keyfile.params)
    try:
        return bytes(
            sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
                keyfile.wrapped, keyfile.header(), keyfile.nonce, wrapping_key
            )
        )
    except nacl.exceptions.CryptoError:
        raise KeyFileWrongPassphrase("The passphrase is not correct.") from None
