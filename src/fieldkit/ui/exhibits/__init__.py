"""Exhibits of an interview: the list, intake (chosen or dropped), in-app viewing, export."""

from fieldkit.ui.exhibits.panel import ExhibitPanel
from fieldkit.ui.exhibits.viewer import ExhibitViewer

__all__ = ["ExhibitPanel", "ExhibitViewer"]
