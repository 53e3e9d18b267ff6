"""Profiles and the vault: key handling, wrong passphrases, damaged files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldkit import paths
from fieldkit.crypto import kdf, keyfile
from fieldkit.errors import (
    InvalidRecord,
    ProfileNotFound,
    VaultCorrupt,
    VaultKeyCorrupt,
    VaultLocked,
    WrongPassphrase,
)
from fieldkit.services import profiles, records
from fieldkit.services.session import Session

from .conftest import PASSPHRASE, make_profile
from .samples import interview


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_create_list_open_lock(interviewer: Session) -> None:
    listed = profiles.list_profiles()
    assert [p.id for p in listed] == [interviewer.info.id]
    assert listed[0].role == "interviewer"
    assert listed[0].folder.parent == paths.profiles_dir()
    assert len(listed[0].fingerprint.split()) == 8
    assert all(len(g) == 5 and g.isdigit() for g in listed[0].fingerprint.split())
    interviewer.lock()
    with pytest.raises(VaultLocked):
        records.list_interviews(interviewer)
    again = profiles.unlock(interviewer.info.id, PASSPHRASE)
    assert again.fingerprint == listed[0].fingerprint
    again.lock()


def test_profile_files_are_private(interviewer: Session) -> None:
    folder = interviewer.vault.folder
    assert (folder / "vault.key").stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "vault.key").stat().st_size == keyfile.FILE_BYTES


def test_database_is_encrypted(interviewer: Session) -> None:
    records.save_draft(interviewer, interview(narrative="UNIQUE-PLAINTEXT-MARKER"))
    data = (interviewer.vault.folder / "vault.db").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"CREATE TABLE" not in data


@pytest.mark.parametrize(
    "wrong",
    [
        "",
        "correct horse battery stapl",
        "Correct horse battery staple",
        "x" * 5000,
        "пароль неправильний",
    ],
)
def test_wrong_passphrase_is_typed_and_touches_nothing(interviewer: Session, wrong: str) -> None:
    records.save_draft(interviewer, interview())
    folder = interviewer.vault.folder
    interviewer.lock()
    before = snapshot(folder)
    with pytest.raises((WrongPassphrase, kdf.WeakPassphrase)) as caught:
        profiles.unlock(interviewer.info.id, wrong)
    assert PASSPHRASE not in str(caught.value)
    assert snapshot(folder) == before


def test_wrong_passphrase_message_is_clear(interviewer: Session) -> None:
    interviewer.lock()
    with pytest.raises(WrongPassphrase, match="passphrase is not correct"):
        profiles.unlock(interviewer.info.id, "not the passphrase")


@pytest.mark.parametrize(
    "passphrase",
    ["Тарас Шевченко писав вночі", "zażółć gęślą jaźń 2026", "🔑🌻 ключ klucz key", "p" * 3000],
)
def test_unusual_passphrases_work(passphrase: str) -> None:
    session = profiles.create_profile(
        "Test", "interviewer", passphrase, params=kdf.KdfParams.floor()
    )
    session.lock()
    profiles.unlock(session.info.id, passphrase).lock()


def test_nfc_and_nfd_spellings_of_a_passphrase_are_the_same() -> None:
    nfc, nfd = (
        "zażółć gęślą jaźń",
        "zaz\u0307o\u0301\u0142c\u0301 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301",
    )
    session = profiles.create_profile("T", "interviewer", nfc, params=kdf.KdfParams.floor())
    session.lock()
    profiles.unlock(session.info.id, nfd).lock()


@pytest.mark.parametrize("bad", ["", "   ", "short"])
def test_empty_or_short_new_passphrase_is_refused(bad: str) -> None:
    with pytest.raises(kdf.WeakPassphrase):
        profiles.create_profile("T", "interviewer", bad, params=kdf.KdfParams.floor())
    assert profiles.list_profiles() == []


def test_change_passphrase_rewrites_only_the_key_file(interviewer: Session) -> None:
    records.save_draft(interviewer, interview())
    folder = interviewer.vault.folder
    interviewer.lock()
    before = snapshot(folder)
    profiles.change_passphrase(
        interviewer.info.id, PASSPHRASE, "a new passphrase of mine", params=kdf.KdfParams.floor()
    )
    with pytest.raises(WrongPassphrase):
        profiles.unlock(interviewer.info.id, PASSPHRASE)
    session = profiles.unlock(interviewer.info.id, "a new passphrase of mine")
    assert len(records.list_interviews(session)) == 1
    session.lock()
    assert (folder / "vault.key").read_bytes() != before["vault.key"]


def test_change_passphrase_with_wrong_old_one_changes_nothing(interviewer: Session) -> None:
    folder = interviewer.vault.folder
    interviewer.lock()
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        profiles.change_passphrase(
            interviewer.info.id, "wrong one!", "new passphrase here", params=kdf.KdfParams.floor()
        )
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    "damage", ["truncate", "flip_checksum", "flip_header", "empty", "missing", "longer"]
)
def test_damaged_key_file_gives_a_clear_error(interviewer: Session, damage: str) -> None:
    key_path = interviewer.vault.folder / "vault.key"
    interviewer.lock()
    data = bytearray(key_path.read_bytes())
    if damage == "truncate":
        key_path.write_bytes(bytes(data[:100]))
    elif damage == "flip_checksum":
        data[-1] ^= 1
        key_path.write_bytes(bytes(data))
    elif damage == "flip_header":
        data[3] ^= 0x40
        key_path.write_bytes(bytes(data))
    elif damage == "empty":
        key_path.write_bytes(b"")
    elif damage == "longer":
        key_path.write_bytes(bytes(data) + b"\0")
    else:
        key_path.unlink()
    with pytest.raises(VaultKeyCorrupt, match=r"vault\.key"):
        profiles.unlock(interviewer.info.id, PASSPHRASE)


@pytest.mark.parametrize("damage", ["truncate_header", "zero", "missing", "garbage_page"])
def test_damaged_database_gives_a_clear_error(interviewer: Session, damage: str) -> None:
    records.save_draft(interviewer, interview())
    db_path = interviewer.vault.folder / "vault.db"
    interviewer.lock()
    data = bytearray(db_path.read_bytes())
    if damage == "truncate_header":
        db_path.write_bytes(bytes(data[:10]))
    elif damage == "zero":
        db_path.write_bytes(b"")
    elif damage == "missing":
        db_path.unlink()
    else:
        data[0:4096] = os.urandom(4096)
        db_path.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt, match=r"vault\.db"):
        profiles.unlock(interviewer.info.id, PASSPHRASE)


def test_key_file_of_another_profile_is_refused() -> None:
    first, second = make_profile(), make_profile(name="Second")
    first.lock()
    second.lock()
    a = paths.profiles_dir() / first.info.id
    b = paths.profiles_dir() / second.info.id
    (a / "vault.key").write_bytes((b / "vault.key").read_bytes())
    with pytest.raises((VaultKeyCorrupt, WrongPassphrase)):
        profiles.unlock(first.info.id, PASSPHRASE)


def test_unknown_profile() -> None:
    with pytest.raises(ProfileNotFound):
        profiles.find_profile("nobody")


def test_delete_crypto_erases(interviewer: Session) -> None:
    folder = interviewer.vault.folder
    interviewer.lock()
    profiles.delete_profile(interviewer.info.id, PASSPHRASE)
    assert not folder.exists()
    assert profiles.list_profiles() == []


def test_calibration_never_goes_below_the_floor() -> None:
    params = kdf.calibrate(target=0.01, low=0.0, high=0.02)
    assert params.opslimit >= kdf.FLOOR_OPSLIMIT
    assert params.memlimit >= kdf.FLOOR_MEMLIMIT
    assert params.acceptable()


def test_key_file_round_trip_and_cost_is_stored() -> None:
    params = kdf.KdfParams(kdf.FLOOR_OPSLIMIT + 1, kdf.FLOOR_MEMLIMIT)
    key = keyfile.new_database_key()
    wrapped = keyfile.wrap(key, "some passphrase", "0190d5b2-0000-7000-8000-000000000001", params)
    parsed = keyfile.parse(wrapped.to_bytes())
    assert parsed.params == params
    assert keyfile.unwrap(parsed, "some passphrase") == key


def test_database_files_are_private(interviewer: Session) -> None:
    records.save_draft(interviewer, interview())
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        path = interviewer.vault.folder / name
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, name


def test_the_profile_language_can_change(interviewer: Session) -> None:
    profiles.set_language(interviewer, "pl")
    assert interviewer.info.language == "pl"
    assert profiles.list_profiles()[0].language == "pl"
    with pytest.raises(InvalidRecord):
        profiles.set_language(interviewer, "de")
