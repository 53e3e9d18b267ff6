"""Psychologists' session notes: a filtered list and an autosaving editor."""

from fieldkit.ui.notes.page import NotesPage

__all__ = ["NotesPage"]
