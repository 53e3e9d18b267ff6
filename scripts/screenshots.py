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
    qt.setStyle("Fusion")  # the same look whatever the machine rendering them
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        session = demo.create_demo_profile(paths.profiles_dir())
        first = add_sample_exhibit(session, Path(home))
        coordinator = add_hq(session, paths.profiles_dir(), Path(home))
        session.lock()
        psychologist = add_psychologist(paths.profiles_dir())
        for language in ("en", "uk", "pl", "en-dark"):
            if language == "en-dark":  # a dark system palette: no colour is hard-coded
                qt.setPalette(dark_palette())
            win = fieldkit_app.build_window(kdf_params=profiles.KdfParams.floor())
            win.resize(1200, 760)
            win.show()
            win.set_language(language.removesuffix("-dark"))
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            settle(qt)
            win.grab().save(str(OUT / f"unlock-{language}.png"))
            opened = profiles.unlock(session.info.id, demo.DEMO_PASSPHRASE)
            win.open_session(opened)
            if opened.info.language != language.removesuffix("-dark"):
                win.set_language(language.removesuffix("-dark"))
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            for row in range(win.workspace.nav.count()):
                win.workspace.nav.setCurrentRow(row)
                settle(qt, rounds=40)
                name = ["profile", *(type(p).__name__.removesuffix("Page").lower()
                                     for p in win.workspace.pages)][row]
                win.grab().save(str(OUT / f"{name}-{language}.png"))
            shoot_editor(qt, win, first, language)
            win.lock()
            settle(qt)
            opened = profiles.unlock(psychologist, PSYCHOLOGIST_PASSPHRASE)
            win.open_session(opened)
            win.set_language(language.removesuffix("-dark"))
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            win.workspace.nav.setCurrentRow(1)
            settle(qt, rounds=40)
            win.grab().save(str(OUT / f"notes-{language}.png"))
            win.lock()
            settle(qt)
            opened = profiles.unlock(coordinator, HQ_PASSPHRASE)
            win.open_session(opened)
            win.set_language(language.removesuffix("-dark"))
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            for row in range(1, win.workspace.nav.count()):
                win.workspace.nav.setCurrentRow(row)
                settle(qt, rounds=60)
                name = type(win.workspace.pages[row - 1]).__name__.removesuffix("Page").lower()
                win.grab().save(str(OUT / f"hq-{name}-{language}.png"))
            win.lock()
            settle(qt)
            win.close()
            win.shutdown()
            win.translations.install("en")  # the next window starts from English
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"wrote {len(list(OUT.glob('*.png')))} screenshots to {OUT}")
    return 0


PSYCHOLOGIST_PASSPHRASE = "screenshots only, not secret"  # noqa: S105 - throwaway profile
EDITOR_STEPS = {"consent": 2, "account": 5, "exhibits": 7}


def dark_palette() -> object:
    """A dark palette like a desktop's dark mode (Xvfb has no desktop theme to follow)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#333333"), (role.Text, "#e6e6e6"), (role.Button, "#3a3a3a"),
        (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#8c8c8c"),
        (role.ToolTipBase, "#333333"), (role.ToolTipText, "#e6e6e6"), (role.Mid, "#555555"),
        (role.Light, "#505050"), (role.Dark, "#202020"), (role.Midlight, "#444444"),
        (role.Shadow, "#111111"),
    ):
        palette.setColor(which, QColor(colour))
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor("#8a8a8a"))
    return palette


def add_sample_exhibit(session: object, home: Path) -> str:
    """Attach a drawn picture (fictional) to the newest demo interview; that interview's id."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from fieldkit.domain.evidence import Exhibit
    from fieldkit.services import evidence, records
    from fieldkit.services.session import Session

    assert isinstance(session, Session)
    record_id = records.list_interviews(session, limit=1)[0].record_id
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    painter.fillRect(60, 240, 520, 120, QColor("#8a8172"))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(70, 60, "Demo exhibit: sketch of the school basement (fictional)")
    painter.end()
    source = home / "sketch-basement.png"
    image.save(str(source))
    evidence.attach(session, record_id, source,
                    Exhibit(type="photo", description="Sketch of the basement (demo)",
                            provided_by="P-0001"))
    source.unlink()
    return record_id


HQ_PASSPHRASE = "screenshots only, not secret either"  # noqa: S105 - throwaway profile


def add_hq(laptop: object, root: Path, work: Path) -> str:
    """An organisation whose HQ imported the demo laptop's bundle and sent a transmittal."""
    from fieldkit.services import profiles, transmittal
    from fieldkit.services import sync as sync_service
    from fieldkit.services.session import Session

    assert isinstance(laptop, Session)
    params = profiles.KdfParams.floor()
    clinical = profiles.create_profile("Dr Iryna Bondar", "clinical_lead", HQ_PASSPHRASE,
                                       params=params, root=root)
    hq = profiles.create_profile("Warsaw HQ", "coordinator", HQ_PASSPHRASE,
                                 params=params, root=root)
    try:
        sync_service.write_request(clinical, work / "clinical.fkq", "HQ clinical laptop")
        sync_service.setup_organisation(hq, "Documenting Together", work / "clinical.fkq",
                                        work / "provisioning.fkp")
        sync_service.join(laptop, work / "provisioning.fkp", "Laptop 7 (Kraków)")
        sync_service.write_request(laptop, work / "laptop.fkq", "Laptop 7 (Kraków)")
        sync_service.receive_request(hq, work / "laptop.fkq")
        sync_service.approve(hq, laptop.info.id)
        usb = work / "usb"
        usb.mkdir()
        sync_service.export_bundle(laptop, usb)
        sync_service.import_bundles(hq, [usb], receipts_dir=work)
        interviews = [r.record_id for r in sync_service.hq_records(hq) if r.kind == "interview"]
        allowed = transmittal.preview(hq, "pl-prosecutor", interviews[:8]).included
        if allowed:
            out = work / "transmittals"
            out.mkdir()
            transmittal.build_package(hq, "pl-prosecutor", [i.record_id for i in allowed], out)
        return hq.info.id
    finally:
        clinical.lock()
        hq.lock()


def add_psychologist(root: Path) -> str:
    """A psychologist profile with two fictional session notes; its id."""
    from fieldkit.domain.notes import SessionNote
    from fieldkit.services import notes, profiles

    session = profiles.create_profile("Marta Nowak", "psychologist", PSYCHOLOGIST_PASSPHRASE,
                                      params=profiles.KdfParams.floor(), root=root)
    try:
        for code, day, risk, text in (
            ("P-0001", "2026-11-18", "low", "Спокійна, добре спить; говорить про сина."),
            ("P-0002", "2026-11-24", "moderate", "Trudności ze snem, unika rozmów o marcu."),
        ):
            saved = notes.save_note(session, SessionNote(
                person_code=code, session_date=day, observations=text, risk_level=risk,
                recommendations="Follow-up in two weeks."))
            if code == "P-0001":
                notes.seal_note(session, saved.record_id)
        return session.info.id
    finally:
        session.lock()


def shoot_editor(qt: object, win: object, record_id: str, language: str) -> None:
    """The editor on ``record_id`` at a few of its steps."""
    from fieldkit.ui.interviews.editor import InterviewEditorPage
    from fieldkit.ui.main_window import MainWindow

    assert isinstance(win, MainWindow)
    editor = win.workspace.page_of(InterviewEditorPage)
    assert isinstance(editor, InterviewEditorPage)
    editor.edit(record_id)
    win.workspace.show_page(editor)
    settle(qt, rounds=60)
    for name, index in EDITOR_STEPS.items():
        editor.go_to(index)
        settle(qt, rounds=40)
        win.grab().save(str(OUT / f"editor-{name}-{language}.png"))
    editor.close_editor()
    settle(qt)


def settle(qt: object, rounds: int = 20) -> None:
    """Let queued work (the worker thread's results) reach the widgets."""
    import time

    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.02)  # a script, not a test: waiting for the worker is fine here


if __name__ == "__main__":
    sys.exit(main())
