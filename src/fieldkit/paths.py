"""Where FieldKit keeps things.

``FIELDKIT_HOME`` overrides every location (tests, portable use from a USB
stick); otherwise platformdirs gives the per-user folders. Resource lookup also
works inside a PyInstaller bundle, where files live under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FieldKit"
APP_AUTHOR = "FieldKit"


def _home_override() -> Path | None:
    value = os.environ.get("FIELDKIT_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The folder that holds one sub-folder per profile."""
    home = _home_override()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def profiles_dir() -> Path:
    return data_dir() / "profiles"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (fonts, translations, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    env = os.environ.get("FIELDKIT_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "resources"
