"""Which pages each role sees in the unlocked area, in navigation order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fieldkit.ui.hq.devices import DevicesPage
from fieldkit.ui.hq.imports import ImportsPage
from fieldkit.ui.hq.records import HqRecordsPage
from fieldkit.ui.interview_list.list_page import InterviewListPage
from fieldkit.ui.interviews.editor import InterviewEditorPage
from fieldkit.ui.notes.page import NotesPage
from fieldkit.ui.people.page import PeoplePage
from fieldkit.ui.reports.disclosures import DisclosureLogPage
from fieldkit.ui.settings.page import SettingsPage
from fieldkit.ui.stats.page import StatisticsPage
from fieldkit.ui.sync.page import SyncPage
from fieldkit.ui.workspace import PageFactory, Workspace

__all__ = ["page_factories", "wire"]


def page_factories() -> Mapping[str, Sequence[PageFactory]]:
    """Role -> the pages of that role (the Profile overview always comes first)."""
    return {
        "interviewer": (InterviewListPage, InterviewEditorPage, PeoplePage, SyncPage, SettingsPage),
        "psychologist": (NotesPage, PeoplePage, SyncPage, SettingsPage),
        "coordinator": (
            DevicesPage, ImportsPage, HqRecordsPage, StatisticsPage, DisclosureLogPage,
            SettingsPage,
        ),
        "clinical_lead": (SyncPage, ImportsPage, HqRecordsPage, SettingsPage),
    }


def wire(workspace: Workspace) -> None:
    """Connect pages that work together (called after each unlock)."""
    listing = workspace.page_of(InterviewListPage)
    editor = workspace.page_of(InterviewEditorPage)
    if not isinstance(listing, InterviewListPage) or not isinstance(editor, InterviewEditorPage):
        return

    def edit(record_id: str | None) -> None:
        editor.edit(record_id)
        workspace.show_page(editor)

    listing.open_requested.connect(edit)
    listing.new_requested.connect(lambda: edit(None))
    editor.saved.connect(lambda record_id: listing.refresh_rows([record_id]))

    def back_to_list() -> None:
        listing.reload()
        workspace.show_page(listing)

    editor.closed.connect(back_to_list)
    editor.resumed.connect(lambda _record_id: workspace.show_page(editor))
    editor.resume_draft()  # after a crash, the open draft comes back
