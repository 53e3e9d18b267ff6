"""Child process for test_interview_editor.py: the interview editor, killed mid-work.

Usage::

    python tests/gui/editor_crash_child.py <profile_id> <passphrase-file> <text>

``FIELDKIT_HOME`` comes from the parent. The child unlocks the profile, opens a
new interview in the editor (offscreen), types ``text`` into the account as a
keyboard would, and waits for the autosave's ``saved`` signal. Then it prints
``SAVED <record_id>``, flushes stdout and keeps the event loop running until
the parent kills it with SIGKILL: no orderly shutdown, no lock, no close.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldkit.services import profiles
from fieldkit.ui.i18n import Translations
from fieldkit.ui.interviews import InterviewEditorPage
from fieldkit.ui.page import PageContext
from fieldkit.ui.tasks import TaskRunner


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    profile_id, passphrase_file, text = argv[1], Path(argv[2]), argv[3]
    app = QApplication([])
    session = profiles.unlock(profile_id, passphrase_file.read_text("utf-8"))
    page = InterviewEditorPage(PageContext(TaskRunner(), Translations()))
    page.show()
    page.open(session)
    page.edit(None)
    page.saved.connect(lambda record_id: say(f"SAVED {record_id}"))

    def type_account() -> None:
        page.go_to(5)
        editor = page.area.account.narrative
        editor.setFocus()
        for char in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)

    def typed() -> None:
        try:
            type_account()
        except BaseException:  # a bug here must end the test at once, not time it out
            traceback.print_exc()
            os._exit(3)

    QTimer.singleShot(0, typed)
    return app.exec()  # until SIGKILL


if __name__ == "__main__":
    sys.exit(main(sys.argv))
