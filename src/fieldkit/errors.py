"""Typed errors with stable codes and messages a person can act on.

Every failure the user can meet is one of these; the CLI prints the message on
one line and exits non-zero, the GUI shows it in a dialog. No message ever holds
a key, a passphrase or testimony.
"""

from __future__ import annotations

from fieldkit.domain.errors import FieldKitError, InvalidRecord, UnknownTerm

__all__ = [
    "ChainBroken",
    "FieldKitError",
    "InvalidRecord",
    "NotPermitted",
    "ProfileExists",
    "ProfileNotFound",
    "RecordNotFound",
    "RecordSealed",
    "SchemaTooNew",
    "UnknownTerm",
    "VaultCorrupt",
    "VaultKeyCorrupt",
    "VaultLocked",
    "WrongPassphrase",
]


class WrongPassphrase(FieldKitError):
    code = "vault.wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("The passphrase is not correct. Check the keyboard layout and try again.")


class VaultKeyCorrupt(FieldKitError):
    code = "vault.key_corrupt"


class VaultCorrupt(FieldKitError):
    code = "vault.corrupt"


class VaultLocked(FieldKitError):
    code = "vault.locked"

    def __init__(self) -> None:
        super().__init__("The profile is locked. Unlock it and try again.")


class SchemaTooNew(FieldKitError):
    code = "vault.schema_too_new"


class ProfileNotFound(FieldKitError):
    code = "profile.not_found"


class ProfileExists(FieldKitError):
    code = "profile.exists"


class RecordNotFound(FieldKitError):
    code = "record.not_found"


class RecordSealed(FieldKitError):
    code = "record.sealed"


class NotPermitted(FieldKitError):
    code = "profile.not_permitted"


class ChainBroken(FieldKitError):
    code = "verify.chain_broken"
