"""What the window remembers between runs before any profile is unlocked.

Only the chosen language, the auto-lock time and the id of the profile unlocked last, in
``gui.ini`` in the config folder. Nothing secret and no testimony: a profile id
is the name of a folder anyone with the laptop can already see.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from fieldkit import paths
from fieldkit.domain import vocabulary

__all__ = ["Prefs"]

_LANGUAGE = "language"
_LAST_PROFILE = "last_profile"
_IDLE_MINUTES = "idle_minutes"
DEFAULT_IDLE_MINUTES = 5
_MAX_ID = 64


class Prefs:
    def __init__(self, path: Path | None = None) -> None:
        target = path or paths.config_dir() / "gui.ini"
        target.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(target), QSettings.Format.IniFormat)

    def _text(self, key: str) -> str | None:
        value = self._settings.value(key)
        return value if isinstance(value, str) and value else None

    @property
    def language(self) -> str | None:
        value = self._text(_LANGUAGE)
        return value if value in vocabulary.LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(_LANGUAGE, value)
        self._settings.sync()

    @property
    def last_profile(self) -> str | None:
        value = self._text(_LAST_PROFILE)
        return value if value is not None and len(value) <= _MAX_ID else None

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self._settings.setValue(_LAST_PROFILE, value)
        self._settings.sync()

    @property
    def idle_minutes(self) -> int:
        """Minutes without input before the profile locks itself (1 to 240)."""
        value = self._settings.value(_IDLE_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return minutes if 1 <= minutes <= 240 else DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._settings.setValue(_IDLE_MINUTES, str(max(1, min(int(value), 240))))
        self._settings.sync()
