"""The editor's wording for the errors it expects from the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldkit.errors import FieldKitError
from fieldkit.ui.messages import describe

__all__ = ["describe_error"]


def describe_error(error: FieldKitError) -> str:
    """The editor's own wording for the errors it expects; ``describe`` for the rest."""
    known = {
        "record.not_ready": QCoreApplication.translate(
            "InterviewErrors",
            "The interview cannot be sealed yet: see what is missing under "
            "\"Ready to seal?\".",
        ),
        "record.sealed": QCoreApplication.translate(
            "InterviewErrors",
            "This interview is sealed and read-only. Make a correction with a reason instead.",
        ),
        "record.not_found": QCoreApplication.translate(
            "InterviewErrors", "This record is no longer in the profile."
        ),
    }
    return known.get(error.code) or describe(error)
