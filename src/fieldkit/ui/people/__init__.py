"""People: the persons of the profile, and their identity only on an audited request."""

from fieldkit.ui.people.page import PeoplePage

__all__ = ["PeoplePage"]
