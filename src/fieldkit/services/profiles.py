"""Profiles: create, list, unlock, lock, change passphrase, delete."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldkit import paths
from fieldkit.crypto import identity, kdf
from fieldkit.crypto.kdf import KdfParams, WeakPassphrase, check_new_passphrase
from fieldkit.domain import vocabulary
from fieldkit.domain.ids import check_id, utc_now, uuid7
from fieldkit.errors import FieldKitError, InvalidRecord, ProfileNotFound, VaultCorrupt
from fieldkit.services.session import Session
from fieldkit.store import audit, exhibits, profile_file
from fieldkit.store import vault as vault_mod
from fieldkit.store.profile_file import ProfileInfo
from fieldkit.sync import importer, purge

__all__ = [
    "KdfParams",
    "ProfileSummary",
    "WeakPassphrase",
    "change_passphrase",
    "create_profile",
    "delete_profile",
    "find_profile",
    "list_profiles",
    "set_language",
    "unlock",
]

MAX_NAME = 200


@dataclass(frozen=True)
class ProfileSummary:
    id: str
    display_name: str
    role: str
    created_at: str
    fingerprint: str
    language: str
    folder: Path


def _summary(folder: Path, info: ProfileInfo) -> ProfileSummary:
    fp = identity.fingerprint(bytes.fromhex(info.signing_public), bytes.fromhex(info.box_public))
    return ProfileSummary(
        info.id, info.display_name, info.role, info.created_at, fp, info.language, folder
    )


def list_profiles(root: Path | None = None) -> list[ProfileSummary]:
    """Profiles on this computer, oldest first; damaged descriptions are skipped."""
    base = root or paths.profiles_dir()
    if not base.is_dir():
        return []
    found = []
    for folder in sorted(base.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            found.append(_summary(folder, profile_file.read(folder)))
        except (FileNotFoundError, VaultCorrupt):
            continue
    return sorted(found, key=lambda p: p.created_at)


def find_profile(name_or_id: str, root: Path | None = None) -> ProfileSummary:
    """By id, id prefix (at least 8 characters) or exact display name."""
    profiles = list_profiles(root)
    matches = [
        p
        for p in profiles
        if p.id == name_or_id
        or (len(name_or_id) >= 8 and p.id.startswith(name_or_id))
        or p.display_name == name_or_id
    ]
    if not matches:
        raise ProfileNotFound(
            "No profile of that name or id on this computer. `fieldkit profile list` shows them."
        )
    if len(matches) > 1:
        raise ProfileNotFound("Several profiles match that name; use the profile id instead.")
    return matches[0]


def create_profile(
    display_name: str,
    role: str,
    passphrase: str,
    *,
    language: str = "en",
    params: KdfParams | None = None,
    root: Path | None = None,
) -> Session:
    """Make a new profile and return it unlocked."""
    name = display_name.strip()
    if not name or len(name) > MAX_NAME:
        raise InvalidRecord("A profile needs a display name of 1 to 200 characters.")
    if not vocabulary.roles().has(role):
        raise InvalidRecord(
            "Unknown role. Choose interviewer, psychologist, coordinator or clinical_lead.",
            code="profile.bad_role",
        )
    if language not in vocabulary.LANGUAGES:
        raise InvalidRecord("The language must be en, uk or pl.")
    check_new_passphrase(passphrase)
    chosen = params or kdf.calibrate()
    profile_id = uuid7()
    base = root or paths.profiles_dir()

    def describe(ident: identity.Identity) -> ProfileInfo:
        return ProfileInfo(
            id=profile_id,
            display_name=name,
            role=role,
            created_at=utc_now(),
            signing_public=ident.signing_public.hex(),
            box_public=ident.box_public.hex(),
            language=language,
        )

    vault = vault_mod.Vault.create(base / profile_id, describe, passphrase, chosen)
    audit.record(vault, "profile.created", role=role)
    return Session(vault)


def unlock(profile_id: str, passphrase: str, *, root: Path | None = None) -> Session:
    """Open a profile; raises ``WrongPassphrase`` (files untouched) on a wrong passphrase."""
    check_id(profile_id, "profile id")
    base = root or paths.profiles_dir()
    vault = vault_mod.Vault.open(base / profile_id, passphrase)
    try:
        exhibits.remove_incoming(vault)
        importer.remove_staged(vault)
        audit.record(vault, "unlock")
        purge.run(vault)
    except BaseException:
        vault.close()
        raise
    return Session(vault)


def set_language(session: Session, language: str) -> None:
    """Remember the language this profile's owner chose (in ``profile.json``)."""
    if language not in vocabulary.LANGUAGES:
        raise InvalidRecord("The language must be en, uk or pl.")
    vault = session.vault
    info = dataclasses.replace(vault.info, language=language)
    profile_file.write(vault.folder, info)
    vault.info = info
    session.info = info


def change_passphrase(
    profile_id: str,
    old: str,
    new: str,
    *,
    params: KdfParams | None = None,
    root: Path | None = None,
) -> None:
    check_id(profile_id, "profile id")
    check_new_passphrase(new)
    base = root or paths.profiles_dir()
    vault_mod.change_passphrase(base / profile_id, old, new, params or kdf.calibrate())
    session = unlock(profile_id, new, root=root)
    try:
        audit.record(session.vault, "passphrase.changed")
    finally:
        session.lock()


def delete_profile(
    profile_id: str,
    passphrase: str,
    *,
    root: Path | None = None,
    confirm: Callable[[], bool] = lambda: True,
) -> None:
    """Crypto-erase and remove a profile; the passphrase proves the right to do it."""
    check_id(profile_id, "profile id")
    base = root or paths.profiles_dir()
    folder = base / profile_id
    unlock(profile_id, passphrase, root=root).lock()
    if not confirm():
        raise FieldKitError("Deletion cancelled.", code="operation.cancelled")
    vault_mod.destroy(folder)
    if os.path.exists(folder):
        raise FieldKitError("The profile folder could not be removed completely.")
