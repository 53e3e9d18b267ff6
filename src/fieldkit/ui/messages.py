"""Errors from the services as a person reads them, in the chosen language.

Services raise :class:`FieldKitError` with a stable ``code`` and an English
message. Codes the window knows get a translated text; any other error shows its
own message. Never a traceback, never a passphrase: the messages carry neither.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.errors import FieldKitError
from fieldkit.textsafety import plain

__all__ = ["describe"]


def _known() -> dict[str, str]:
    # Built on each call so the texts follow the language installed right now.
    return {
        "vault.wrong_passphrase": QCoreApplication.translate(
            "Errors",
            "The passphrase is not correct. Check the keyboard layout and Caps Lock, "
            "and try again.",
        ),
        "passphrase.unacceptable": QCoreApplication.translate(
            "Errors",
            "This passphrase cannot be used. Choose at least 8 characters; "
            "several words are best.",
        ),
        "vault.key_corrupt": QCoreApplication.translate(
            "Errors",
            "The profile's key file is damaged. "
            "Restore the profile folder from a backup.",
        ),
        "vault.corrupt": QCoreApplication.translate(
            "Errors",
            "The profile's files are damaged. "
            "Restore the profile folder from a backup.",
        ),
        "vault.schema_too_new": QCoreApplication.translate(
            "Errors",
            "This profile was made by a newer version of FieldKit. "
            "Install the newer version.",
        ),
        "vault.locked": QCoreApplication.translate(
            "Errors",
            "The profile is locked. Unlock it and try again.",
        ),
        "profile.not_found": QCoreApplication.translate(
            "Errors",
            "This profile is no longer on this computer. Choose another profile.",
        ),
        "profile.exists": QCoreApplication.translate(
            "Errors",
            "A profile like this already exists on this computer.",
        ),
        "profile.bad_role": QCoreApplication.translate(
            "Errors",
            "Choose one of the roles in the list.",
        ),
        "task.failed": QCoreApplication.translate(
            "Errors",
            "Something went wrong inside FieldKit. Your saved work is safe; try again, "
            "and report the problem if it happens again.",
        ),
        "io.error": QCoreApplication.translate(
            "Errors",
            "A file could not be read or written. Check that the disk has free space "
            "and try again.",
        ),
        "operation.cancelled": QCoreApplication.translate(
            "Errors",
            "The operation was cancelled.",
        ),
    }


def describe(error: FieldKitError) -> str:
    """The text to show for ``error``: translated when its code is known."""
    return _known().get(error.code) or plain(error.message)
