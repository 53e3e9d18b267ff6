"""The interview editor: a guided flow through the record of RECORD.md, autosaved."""

from fieldkit.ui.interviews.editor import InterviewEditorPage

__all__ = ["InterviewEditorPage"]
