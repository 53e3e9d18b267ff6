"""Passphrase to key: Argon2id, calibrated per machine, never below libsodium's floor.

The cost is measured where the profile is made, aiming at 0.5-1 s per unlock,
and stored in ``vault.key`` so the same cost is used for every later unlock.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from nacl.pwhash import argon2id

from fieldkit.domain.errors import FieldKitError

KEY_BYTES = 32
SALT_BYTES = argon2id.SALTBYTES
FLOOR_OPSLIMIT = argon2id.OPSLIMIT_INTERACTIVE
FLOOR_MEMLIMIT = argon2id.MEMLIMIT_INTERACTIVE
MAX_OPSLIMIT = 64
MAX_MEMLIMIT = 4 << 30  # refuse absurd costs read from a damaged or hostile key file
MAX_PASSPHRASE_CHARS = 4096


class WeakPassphrase(FieldKitError):
    code = "passphrase.unacceptable"


@dataclass(frozen=True)
class KdfParams:
    opslimit: int
    memlimit: int

    @classmethod
    def floor(cls) -> KdfParams:
        """libsodium's interactive limits: the weakest FieldKit ever uses."""
        return cls(FLOOR_OPSLIMIT, FLOOR_MEMLIMIT)

    def acceptable(self) -> bool:
        return (
            FLOOR_OPSLIMIT <= self.opslimit <= MAX_OPSLIMIT
            and FLOOR_MEMLIMIT <= self.memlimit <= MAX_MEMLIMIT
        )


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same words typed on any system give the same key."""
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise WeakPassphrase(f"The passphrase is longer than {MAX_PASSPHRASE_CHARS} characters.")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases no one should use; strength hints are the GUI's job."""
    if not passphrase.strip():
        raise WeakPassphrase("The passphrase is empty. Choose a passphrase of several words.")
    if len(passphrase) < 8:
        raise WeakPassphrase("The passphrase is shorter than 8 characters.")
    passphrase_bytes(passphrase)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key that wraps the vault key."""
    if not params.acceptable():
        raise ValueError("key derivation cost outside accepted limits")
    return bytes(
        argon2id.kdf(
            KEY_BYTES,
            passphrase_bytes(passphrase),
            salt,
            opslimit=params.opslimit,
            memlimit=params.memlimit,
        )
    )


def _measure(params: KdfParams, rounds: int = 3) -> float:
    """The fastest of ``rounds`` derivations: load only ever slows one down, and a
    cost measured on a busy machine would come out too weak."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        argon2id.kdf(
            KEY_BYTES,
            b"calibration",
            b"\0" * SALT_BYTES,
            opslimit=params.opslimit,
            memlimit=params.memlimit,
        )
        best = min(best, time.perf_counter() - start)
    return best


def calibrate(target: float = 0.75, low: float = 0.5, high: float = 1.0) -> KdfParams:
    """Pick a cost that takes about ``target`` seconds here, never below the floor.

    Memory is preferred over passes (it is what makes guessing expensive on
    GPUs): start at 256 MiB and step down only if even two passes are too slow,
    then add passes until the time reaches the target.
    """
    for memlimit in (256 << 20, 128 << 20, FLOOR_MEMLIMIT):
        params = KdfParams(FLOOR_OPSLIMIT, memlimit)
        elapsed = _measure(params)
        if elapsed <= high or memlimit == FLOOR_MEMLIMIT:
            break
    while elapsed < low and params.opslimit < MAX_OPSLIMIT:
        per_pass = elapsed / params.opslimit
        wanted = max(params.opslimit + 1, round(target / max(per_pass, 1e-6)))
        params = KdfParams(min(wanted, MAX_OPSLIMIT), params.memlimit)
        elapsed = _measure(params)
    return params
