"""Settings: language, auto-lock time and the profile's name, role and fingerprint."""

from fieldkit.ui.settings.page import SettingsPage

__all__ = ["SettingsPage"]
