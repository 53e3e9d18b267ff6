"""Which pages each role sees in the unlocked area, in navigation order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fieldkit.ui.workspace import PageFactory

__all__ = ["page_factories"]


def page_factories() -> Mapping[str, Sequence[PageFactory]]:
    """Role -> the pages of that role (the Profile overview always comes first)."""
    return {"interviewer": (), "psychologist": (), "coordinator": (), "clinical_lead": ()}
