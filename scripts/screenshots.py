"""Render the main screens in English, Ukrainian and Polish to docs/screenshots/.

Run under a real X server, for example:

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

It uses the demo profile (fictional data) in a throwaway FIELDKIT_HOME.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    home = tempfile.mkdtemp(prefix="fieldkit-shots-")
    os.environ["FIELDKIT_HOME"] = home
    os.environ.setdefault("FIELDKIT_RESOURCES", str(ROOT / "resources"))
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from fieldkit import app as fieldkit_app
    from fieldkit import paths
    from fieldkit.services import demo, profiles

    qt = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        session = demo.create_demo_profile(paths.profiles_dir())
        session.lock()
        for language in ("en", "uk", "pl"):
            win = fieldkit_app.build_window(kdf_params=profiles.KdfParams.floor())
            win.resize(1200, 760)
            win.show()
            win.set_language(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            settle(qt)
            win.grab().save(str(OUT / f"unlock-{language}.png"))
            opened = profiles.unlock(session.info.id, demo.DEMO_PASSPHRASE)
            win.open_session(opened)
            if opened.info.language != language:
                win.set_language(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            for row in range(win.workspace.nav.count()):
                win.workspace.nav.setCurrentRow(row)
                settle(qt, rounds=40)
                name = ["profile", *(type(p).__name__.removesuffix("Page").lower()
                                     for p in win.workspace.pages)][row]
                win.grab().save(str(OUT / f"{name}-{language}.png"))
            win.lock()
            settle(qt)
            win.close()
            win.shutdown()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"wrote {len(list(OUT.glob('*.png')))} screenshots to {OUT}")
    return 0


def settle(qt: object, rounds: int = 20) -> None:
    """Let queued work (the worker thread's results) reach the widgets."""
    import time

    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.02)  # a script, not a test: waiting for the worker is fine here


if __name__ == "__main__":
    sys.exit(main())
