"""GUI fixtures: offscreen Qt, freshly compiled translations, and a wired main window.

Vaults are real (the autouse ``fieldkit_home`` fixture gives each test its own
FIELDKIT_HOME); key derivation uses libsodium's floor so tests stay fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from fieldkit import app, paths
from fieldkit.services.profiles import KdfParams
from fieldkit.ui.main_window import MainWindow

# Before pytest-qt creates the QApplication, which picks the platform plugin.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SOURCE_RESOURCES = paths.resources_dir()
TS_DIR = SOURCE_RESOURCES / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="session")
def compiled_resources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resources folder whose ``.qm`` files are compiled now from the ``.ts`` sources."""
    root = tmp_path_factory.mktemp("resources")
    for entry in SOURCE_RESOURCES.iterdir():
        if entry.name != "translations":
            (root / entry.name).symlink_to(entry)
    out = root / "translations"
    out.mkdir()
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
            check=True,
        )
    return root


@pytest.fixture(autouse=True)
def _resources(compiled_resources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDKIT_RESOURCES", str(compiled_resources))


def ts_translation(language: str, context: str, source: str) -> str:
    """What ``fieldkit_<language>.ts`` says ``source`` is in ``context``."""
    tree = ET.parse(TS_DIR / f"fieldkit_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise KeyError((language, context, source))


def flush_language_change() -> None:
    """Deliver the LanguageChange events Qt posts when translators change."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    """Builds the main window as ``fieldkit-gui`` does (with the fastest key derivation).

    Call it after creating any profiles the test needs: like the app, the window
    looks at the profiles on this computer when it opens.
    """
    made: list[MainWindow] = []

    def build() -> MainWindow:
        win = app.build_window(kdf_params=KdfParams.floor())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield build
    for win in made:
        win.close()
        win.translations.install("en")
    flush_language_change()
