"""The composition root of the desktop app: ``fieldkit-gui`` and ``fieldkit gui``.

Creates the QApplication, installs the translator for the remembered language,
wires the preferences, the task runner and the main window together, and runs
the event loop. Nothing else in FieldKit creates these objects.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldkit import __version__, paths
from fieldkit.services import profiles
from fieldkit.services.demo import create_demo_profile
from fieldkit.services.profiles import KdfParams
from fieldkit.ui.i18n import Translations, system_language
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.prefs import Prefs

__all__ = ["build_window", "main", "start_language"]

EXIT_USAGE = 2


def start_language(prefs: Prefs) -> str:
    """The remembered language, else that of the last-used profile, else the system's."""
    if prefs.language:
        return prefs.language
    last = prefs.last_profile
    for summary in profiles.list_profiles():
        if summary.id == last:
            return summary.language
    return system_language()


def build_window(*, kdf_params: KdfParams | None = None) -> MainWindow:
    """The main window, wired, in the start language (a QApplication must exist).

    ``kdf_params`` is for tests: ``None`` (the app) calibrates the key derivation
    on this computer when a profile is created.
    """
    prefs = Prefs()
    translations = Translations()
    translations.install(start_language(prefs))
    return MainWindow(translations, prefs, kdf_params=kdf_params)


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="fieldkit-gui", description="FieldKit desktop app")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway profile filled with sample interviews"
    )
    parser.add_argument("--version", action="version", version=f"FieldKit {__version__}")
    return parser.parse_known_args(list(argv))


def main(argv: list[str] | None = None) -> int:
    """Start the desktop app; returns the exit status."""
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    demo_home = None
    if args.demo:
        # A throwaway FIELDKIT_HOME: the demo never touches real profiles, and it is
        # deleted when the window closes.
        demo_home = tempfile.mkdtemp(prefix="fieldkit-demo-")
        os.environ["FIELDKIT_HOME"] = demo_home
    try:
        return _run(qt_args, demo=demo_home is not None)
    finally:
        if demo_home is not None:
            shutil.rmtree(demo_home, ignore_errors=True)


def _run(qt_args: list[str], *, demo: bool) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else "fieldkit-gui", *qt_args])
    )
    app.setApplicationName("FieldKit")
    app.setOrganizationName("FieldKit")
    app.setApplicationVersion(__version__)
    window = build_window()
    if demo:
        session = create_demo_profile(paths.profiles_dir(), window.translations.language)
        window.open_session(session)
    app.aboutToQuit.connect(window.shutdown)
    # Ctrl+C in the terminal closes the window (and locks) instead of being ignored.
    previous = signal.signal(signal.SIGINT, lambda *_: window.close())
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)  # lets Python notice the signal
    ticker.start(250)
    window.show()
    try:
        return app.exec()
    finally:
        signal.signal(signal.SIGINT, previous)
        window.shutdown()
