"""The composition root: arguments, start language, fallbacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldkit import app
from fieldkit.ui.i18n import Translations
from fieldkit.ui.prefs import Prefs
from tests.conftest import make_profile


def test_start_language_prefers_the_remembered_one() -> None:
    prefs = Prefs()
    prefs.language = "pl"
    assert app.start_language(prefs) == "pl"


def test_start_language_falls_back_to_the_last_profile() -> None:
    session = make_profile()
    session.lock()
    prefs = Prefs()
    prefs.last_profile = session.info.id
    assert app.start_language(prefs) == session.info.language


def test_start_language_defaults_to_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "system_language", lambda: "uk")
    assert app.start_language(Prefs()) == "uk"


def test_a_missing_translation_falls_back_to_english(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    translations = Translations(folder=tmp_path)
    try:
        assert translations.install("uk") is False
        assert translations.language == "uk"  # vocabulary labels still follow the choice
        assert "showing English" in caplog.text
    finally:
        translations.install("en")


def test_an_unknown_language_means_english(qtbot: QtBot) -> None:
    translations = Translations()
    assert translations.install("de") is True
    assert translations.language == "en"


def test_prefs_ignore_damaged_values() -> None:
    prefs = Prefs()
    prefs.language = "klingon"
    prefs.last_profile = "x" * 500
    assert prefs.language is None
    assert prefs.last_profile is None


MAIN_THEN_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fieldkit import app
from fieldkit.ui.main_window import MainWindow

def look_and_quit():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible()]
    print(len(windows), windows[0].stack.currentWidget() is windows[0].welcome,
          QApplication.applicationName())
    windows[0].close()
    QApplication.quit()

QTimer.singleShot(0, look_and_quit)
sys.exit(app.main([]))
"""


def test_main_runs_the_event_loop_and_returns_its_status() -> None:
    # In a child process: once an event loop has quit, Qt ends every later one at once.
    done = subprocess.run(
        [sys.executable, "-c", MAIN_THEN_QUIT],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "True", "FieldKit"]


DEMO_THEN_QUIT = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fieldkit import app
from fieldkit.ui.main_window import MainWindow

def look_and_quit():
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    from fieldkit.services import records
    rows = records.list_interviews(win.session, limit=100)
    print(win.stack.currentWidget() is win.workspace, len(rows), os.environ["FIELDKIT_HOME"])
    win.close()
    QApplication.quit()

QTimer.singleShot(0, look_and_quit)
sys.exit(app.main(["--demo"]))
"""


def test_demo_opens_a_throwaway_profile_with_sample_interviews(tmp_path: Path) -> None:
    env = {**os.environ, "FIELDKIT_HOME": str(tmp_path / "real-home")}
    done = subprocess.run(
        [sys.executable, "-c", DEMO_THEN_QUIT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    shown, count, home = done.stdout.split()
    assert (shown, count) == ("True", "24")
    assert not Path(home).exists()  # deleted when the window closed
    assert not (tmp_path / "real-home").exists()  # real profiles untouched
