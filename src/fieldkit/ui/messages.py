"""Errors from the services as a person reads them, in the chosen language.

Services raise :class:`FieldKitError` with a stable ``code`` and an English
message. Codes the window knows get a translated text; any other error shows its
own message. Never a traceback, never a passphrase: the messages carry neither.

Each text says what happened and what to do. ``tests/gui/test_messages.py``
checks that every code raised in ``sync/`` and ``services/sync.py`` has one.
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
        "file.unreadable": QCoreApplication.translate(
            "Errors",
            "A file could not be read. Check that it is still there and that you may open "
            "it, then try again.",
        ),
        **_sync_texts(),
    }


def _sync_texts() -> dict[str, str]:
    """Enrollment, rosters, receipts, signed files and the purge policy."""
    return {
        "document.invalid": QCoreApplication.translate(
            "Errors",
            "This file is damaged, or is not the kind of FieldKit file needed here. "
            "Ask for a new copy of the file.",
        ),
        "document.too_large": QCoreApplication.translate(
            "Errors",
            "This file is too large to be a FieldKit file. Check that you chose the right "
            "file.",
        ),
        "org.invalid": QCoreApplication.translate(
            "Errors",
            "The organisation's files do not allow this step. Check that you chose the "
            "right file from HQ, or ask the coordinator.",
        ),
        "org.not_enrolled": QCoreApplication.translate(
            "Errors",
            "This profile does not belong to an organisation yet. Join first, with the "
            "provisioning file from HQ.",
        ),
        "org.not_coordinator": QCoreApplication.translate(
            "Errors",
            "Only a coordinator's profile can set up an organisation. Unlock the "
            "coordinator's profile and try again.",
        ),
        "org.already_set_up": QCoreApplication.translate(
            "Errors",
            "This profile already belongs to an organisation, so it cannot set up another "
            "one. Use a new coordinator profile for a new organisation.",
        ),
        "org.not_clinical_lead": QCoreApplication.translate(
            "Errors",
            "The request you chose is not from the clinical lead's profile. Ask the "
            "clinical lead for their enrollment request and choose that file.",
        ),
        "org.bad_name": QCoreApplication.translate(
            "Errors",
            "Give the organisation a name of 1 to 200 characters.",
        ),
        "org.not_set_up": QCoreApplication.translate(
            "Errors",
            "No organisation is set up in this profile yet. Set one up on the Devices page "
            "first.",
        ),
        "org.bad_provisioning": QCoreApplication.translate(
            "Errors",
            "This file is damaged or is not a provisioning file from HQ. Ask HQ for a new "
            "copy.",
        ),
        "org.other_org": QCoreApplication.translate(
            "Errors",
            "This profile already belongs to another organisation, so it cannot join this "
            "one. Use a new profile to join it.",
        ),
        "org.bad_request": QCoreApplication.translate(
            "Errors",
            "This file is damaged or is not an enrollment request. Ask for the request file "
            "again.",
        ),
        "org.request_other_org": QCoreApplication.translate(
            "Errors",
            "This enrollment request was made for another organisation. Ask the person to "
            "join this organisation and write a new request.",
        ),
        "org.not_hq": QCoreApplication.translate(
            "Errors",
            "Only the coordinator's profile that set up the organisation can do this. "
            "Unlock that profile and try again.",
        ),
        "org.no_request": QCoreApplication.translate(
            "Errors",
            "There is no enrollment request from this person any more. Receive their "
            "request file again.",
        ),
        "org.not_active": QCoreApplication.translate(
            "Errors",
            "This laptop is no longer active in the roster (it may already be revoked). "
            "Nothing was changed.",
        ),
        "org.no_roster": QCoreApplication.translate(
            "Errors",
            "There is no roster yet. Set up the organisation and approve the laptops "
            "first.",
        ),
        "org.bad_roster": QCoreApplication.translate(
            "Errors",
            "This file is damaged or is not a roster from your HQ. Ask HQ for a new copy.",
        ),
        "org.old_roster": QCoreApplication.translate(
            "Errors",
            "This roster is not newer than the one this profile already has. Ask HQ to "
            "export the newest roster.",
        ),
        "receipt.invalid": QCoreApplication.translate(
            "Errors",
            "This receipt cannot be used. Ask HQ for a new copy.",
        ),
        "receipt.unknown_bundle": QCoreApplication.translate(
            "Errors",
            "HQ has no record of this bundle, so there is no receipt for it. Import the "
            "bundle first.",
        ),
        "receipt.other_profile": QCoreApplication.translate(
            "Errors",
            "This receipt is for another profile or organisation. Import it on the laptop "
            "it was written for.",
        ),
        "receipt.not_ours": QCoreApplication.translate(
            "Errors",
            "This receipt is for a bundle this profile did not write. Import it on the "
            "laptop that wrote the bundle.",
        ),
        "purge.bad_policy": QCoreApplication.translate(
            "Errors",
            "This removal setting is not valid. Choose one of the options in the list.",
        ),
    }


def describe(error: FieldKitError) -> str:
    """The text to show for ``error``: translated when its code is known."""
    return _known().get(error.code) or plain(error.message)
