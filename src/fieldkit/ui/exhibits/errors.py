"""The exhibit screens' wording for the errors they expect; ``describe`` for the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.errors import FieldKitError
from fieldkit.ui.messages import describe

__all__ = ["describe_error"]


def describe_error(error: FieldKitError) -> str:
    known = {
        "exhibit.unreadable": QCoreApplication.translate(
            "ExhibitErrors",
            "The chosen file cannot be read. Check that it is still there and that you may "
            "open it, then try again.",
        ),
        "exhibit.corrupt": QCoreApplication.translate(
            "ExhibitErrors",
            "The stored exhibit is damaged: its content no longer matches what was "
            "encrypted. Do not rely on it, and tell HQ.",
        ),
        "exhibit.too_large": QCoreApplication.translate(
            "ExhibitErrors",
            "This exhibit is too large to be shown in the app. Export it to open it with "
            "another program.",
        ),
        "record.not_found": QCoreApplication.translate(
            "ExhibitErrors", "This record is no longer in the profile."
        ),
        "operation.cancelled": QCoreApplication.translate(
            "ExhibitErrors", "Cancelled; nothing was added."
        ),
    }
    return known.get(error.code) or describe(error)
