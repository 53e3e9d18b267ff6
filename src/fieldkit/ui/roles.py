"""Which pages each role sees in the unlocked area, in navigation order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fieldkit.ui.hq.devices import DevicesPage
from fieldkit.ui.hq.imports import ImportsPage
from fieldkit.ui.hq.records import HqRecordsPage
from fieldkit.ui.interview_list.list_page import InterviewListPage
from fieldkit.ui.sync.page import SyncPage
from fieldkit.ui.workspace import PageFactory

__all__ = ["page_factories"]


def page_factories() -> Mapping[str, Sequence[PageFactory]]:
    """Role -> the pages of that role (the Profile overview always comes first)."""
    return {
        "interviewer": (InterviewListPage, SyncPage),
        "psychologist": (SyncPage,),
        "coordinator": (DevicesPage, ImportsPage, HqRecordsPage),
        "clinical_lead": (SyncPage, ImportsPage, HqRecordsPage),
    }
