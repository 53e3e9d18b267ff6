"""Shared fixtures: every test gets its own FIELDKIT_HOME and real vaults in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.services import profiles
from fieldkit.services.session import Session

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fieldkit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FIELDKIT_HOME", str(home))
    monkeypatch.delenv("FIELDKIT_PASSPHRASE", raising=False)
    monkeypatch.delenv("FIELDKIT_NEW_PASSPHRASE", raising=False)
    return home


def make_profile(role: str = "interviewer", name: str = "Olena Kovalenko") -> Session:
    return profiles.create_profile(name, role, PASSPHRASE, params=profiles.KdfParams.floor())


@pytest.fixture
def interviewer() -> Iterator[Session]:
    session = make_profile()
    yield session
    session.lock()


@pytest.fixture
def psychologist() -> Iterator[Session]:
    session = make_profile("psychologist", "Marta Nowak")
    yield session
    session.lock()
