"""``profile.json``: what can be known about a profile before it is unlocked.

Only what the profile chooser needs: id, display name, role, creation time and
the public keys (for the fingerprint). Never testimony, never a secret.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from fieldkit.crypto.atomic import atomic_write_bytes
from fieldkit.domain.ids import check_id
from fieldkit.errors import VaultCorrupt

PROFILE_FORMAT: Final = "fieldkit.profile/1"
PROFILE_FILE: Final = "profile.json"
MAX_PROFILE_FILE = 64 * 1024


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    display_name: str
    role: str
    created_at: str
    signing_public: str  # hex
    box_public: str  # hex
    language: str = "en"


def write(folder: Path, info: ProfileInfo) -> None:
    data = {"format": PROFILE_FORMAT, **asdict(info)}
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(folder / PROFILE_FILE, text.encode("utf-8"))


def read(folder: Path) -> ProfileInfo:
    path = folder / PROFILE_FILE
    try:
        untrusted = path.read_bytes()
        if len(untrusted) > MAX_PROFILE_FILE:
            raise ValueError("too large")
        value = json.loads(untrusted.decode("utf-8"))
        if not isinstance(value, dict) or value.pop("format", None) != PROFILE_FORMAT:
            raise ValueError("format")
        info = ProfileInfo(**{k: str(v) for k, v in value.items()})
        check_id(info.id, "profile id")
        bytes.fromhex(info.signing_public)
        bytes.fromhex(info.box_public)
    except FileNotFoundError:
        raise
    except (OSError, ValueError, TypeError) as exc:
        raise VaultCorrupt(
            f"The profile description in {folder.name} is damaged ({PROFILE_FILE})."
        ) from exc
    return info
