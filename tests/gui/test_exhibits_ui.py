"""The exhibits step of the interview editor: add (chosen or dropped), view, export, lock.

Real vaults, the real task runner, real files in a temporary folder as the
sources a person chooses. Waits are on signals; nothing sleeps. Modal answers
are given by clicking the real buttons of the dialogs the panel opens.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import struct
import sys
import tempfile
import threading
import time
import wave
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFontInfo, QImage
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from fieldkit.domain.evidence import Exhibit
from fieldkit.services import evidence, records
from fieldkit.services.session import Session
from fieldkit.ui.exhibits import ExhibitPanel, ExhibitViewer
from fieldkit.ui.exhibits.display import human_size
from fieldkit.ui.exhibits.tables import SIZE_ROLE, ExhibitTable
from fieldkit.ui.i18n import Translations
from fieldkit.ui.interviews import InterviewEditorPage
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.page import PageContext
from fieldkit.ui.tasks import TaskRunner
from tests.conftest import make_profile
from tests.gui.conftest import TS_DIR
from tests.gui.test_start import unlock
from tests.samples import interview as sample_interview
from tests.samples import person as sample_person

TIMEOUT = 15_000


# -- fixtures and helpers -----------------------------------------------------------------


@pytest.fixture
def context(interviewer: Session) -> Iterator[PageContext]:
    del interviewer  # torn down after this fixture: the worker is idle by then
    runner = TaskRunner()
    yield PageContext(runner, Translations())
    runner.shutdown()


@pytest.fixture
def editor(
    qtbot: QtBot, context: PageContext, interviewer: Session
) -> Iterator[InterviewEditorPage]:
    page = InterviewEditorPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.open(interviewer)
    yield page
    page.clear()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """The person's own files, outside the profile (a USB stick, a phone's folder)."""
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


def open_saved(qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session,
               *, seal: bool = False) -> tuple[str, ExhibitPanel]:
    """A stored interview opened in the editor, on the exhibits step, its list loaded."""
    person_id = records.save_draft(interviewer, sample_person()).record_id if seal else ""
    rid = records.save_draft(interviewer, sample_interview(person_id)).record_id
    if seal:
        records.seal(interviewer, rid)
    with qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        editor.edit(rid)
    panel = editor.area.exhibits.panel
    assert panel.record_id == rid
    qtbot.waitUntil(lambda: not editor.context.runner.busy, timeout=TIMEOUT)  # list read
    editor.go_to(editor.steps.index(editor.area.exhibits))
    assert panel.isVisible()
    return rid, panel


def add(qtbot: QtBot, panel: ExhibitPanel, paths: list[Path], *, description: str = "",
        provided_by: str = "") -> None:
    """Through the panel's add path: the details form, its Add button, the runner."""
    panel.add_files(paths)
    dialog = panel.intake_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.description.setPlainText(description)
    dialog.provided_by.setText(provided_by)
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT) as finished, \
            qtbot.waitSignal(panel.listed, timeout=TIMEOUT):
        click(qtbot, dialog.add_button)
    assert finished.args == ["add", True], panel.error.message


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def row_of(table: ExhibitTable, name: str) -> int:
    for row in range(table.rowCount()):
        item = table.item(row, ExhibitTable.FILE)
        if item is not None and item.text() == name:
            return row
    raise AssertionError(f"{name} is not in the table")


def view(qtbot: QtBot, panel: ExhibitPanel, name: str) -> ExhibitViewer:
    panel.table.selectRow(row_of(panel.table, name))
    with qtbot.waitSignal(panel.viewer_opened, timeout=TIMEOUT) as opened:
        click(qtbot, panel.view_button)
    viewer = opened.args[0]
    assert isinstance(viewer, ExhibitViewer)
    if not viewer.showing and not viewer.message.text():
        with qtbot.waitSignal(viewer.shown, timeout=TIMEOUT):
            pass
    return viewer


def png(folder: Path, width: int = 37, height: int = 23, *, noise: bool = False) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 90))
    if noise:  # compressed noise is unique to this run, so a copy of it could be found
        for x, y in zip(range(width), os.urandom(width), strict=True):
            image.setPixel(x, y % height, int.from_bytes(os.urandom(3), "big"))
    path = folder / "door.png"
    assert image.save(str(path), "PNG")
    return path


def pdf(folder: Path, pages: int = 2, marker: str = "") -> Path:
    path = folder / "statement.pdf"
    document = canvas.Canvas(str(path), pageCompression=0)
    for number in range(pages):
        document.drawString(72, 720, f"Page {number + 1} of the handwritten statement {marker}")
        document.showPage()
    document.save()
    return path


def wav(folder: Path, seconds: float = 1.0, rate: int = 8000) -> Path:
    path = folder / "voice.wav"
    noise = os.urandom(64)  # makes the file unique, so a copy of it could be found
    frames = b"".join(
        struct.pack("<h", int(6000 * math.sin(i / 9)) ^ noise[i % 64]) for i in range(
            int(seconds * rate))
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    path.write_bytes(buffer.getvalue())
    return path


# -- adding -------------------------------------------------------------------------------


def test_an_added_file_shows_its_hash_size_type_and_custody(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    rid, panel = open_saved(qtbot, editor, interviewer)
    data = os.urandom(3_000_000)  # several chunks, so progress is reported on the way
    path = sources / "scan of the passport.pdf"
    path.write_bytes(data)
    progress: list[int] = []
    panel.progress.valueChanged.connect(progress.append)

    add(qtbot, panel, [path], description="Passport, page 2", provided_by="the witness")

    assert panel.table.rowCount() == 1
    row = row_of(panel.table, "scan of the passport.pdf")
    sha = panel.table.item(row, ExhibitTable.SHA)
    assert sha.text() == hashlib.sha256(data).hexdigest()
    assert QFontInfo(sha.font()).fixedPitch()
    size = panel.table.item(row, ExhibitTable.SIZE)
    assert size.data(SIZE_ROLE) == len(data) and size.text() == human_size(len(data))
    assert panel.table.item(row, ExhibitTable.TYPE).text() == "Document (original or copy)"
    assert progress and max(progress) == 1000 and not panel.progress_area.isVisible()
    # The selected exhibit: the full hash to copy, its details and its chain of custody.
    qtbot.waitUntil(lambda: panel.custody.rowCount() == 1, timeout=TIMEOUT)
    assert panel.sha.text() == hashlib.sha256(data).hexdigest() and panel.sha.isReadOnly()
    assert panel.description.text() == "Passport, page 2"
    assert [panel.custody.item(0, c).text() for c in (1, 2, 3, 4)] == [
        "the witness", "Olena Kovalenko", "Olena Kovalenko", "Intake"]
    [(_exhibit_id, stored)] = evidence.exhibits_of(interviewer, rid)
    assert (stored.sha256, stored.provided_by) == (hashlib.sha256(data).hexdigest(),
                                                  "the witness")
    assert path.read_bytes() == data  # the person's file is left as it was


def test_cancel_stops_the_intake_and_leaves_nothing(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path,
    context: PageContext,
) -> None:
    rid, panel = open_saved(qtbot, editor, interviewer)
    path = sources / "video.mp4"
    path.write_bytes(os.urandom(2_000_000))
    # The worker is busy with other work when Cancel is clicked, so the click always
    # comes before the first chunk (the test does not race the encryption).
    gate = threading.Event()
    context.runner.run(lambda: gate.wait(TIMEOUT / 1000), lambda _r: None, lambda _e: None)
    panel.add_files([path])
    assert panel.intake_dialog is not None
    click(qtbot, panel.intake_dialog.add_button)
    assert panel.progress_area.isVisible() and not panel.add_button.isEnabled()
    click(qtbot, panel.cancel_button)
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT) as finished:
        gate.set()
    assert finished.args == ["add", False]
    assert panel.result.text() == "Cancelled; nothing was added."
    assert evidence.exhibits_of(interviewer, rid) == []
    assert not [p for p in interviewer.vault.exhibits_dir.glob("*") if p.is_file()]
    assert panel.add_button.isEnabled()


def test_a_new_interview_is_saved_before_its_first_exhibit(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    editor.edit(None)
    assert editor.status == "new"
    panel = editor.area.exhibits.panel
    assert "saves the interview as a draft" in panel.note.text()
    path = sources / "photo.jpg"
    path.write_bytes(os.urandom(20_000))
    add(qtbot, panel, [path])
    assert editor.status == "draft" and editor.record_id is not None
    assert [e.original_filename for _i, e in evidence.exhibits_of(interviewer, editor.record_id)
            ] == ["photo.jpg"]
    assert panel.table.rowCount() == 1


def drop(panel: ExhibitPanel, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = panel.rect().center()
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, event)
    return event


def test_dropped_files_are_added(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    rid, panel = open_saved(qtbot, editor, interviewer)
    first, second = sources / "one.png", sources / "two.txt"
    first.write_bytes(os.urandom(5_000))
    second.write_bytes("Лист від сусіда".encode())
    assert drop(panel, [first, second]).isAccepted()
    dialog = panel.intake_dialog
    assert dialog is not None and dialog.names.text() == "one.png\ntwo.txt"
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT) as finished, \
            qtbot.waitSignal(panel.listed, timeout=TIMEOUT):
        click(qtbot, dialog.add_button)
    assert finished.args == ["add", True]
    assert panel.result.text() == "Exhibits added: 2."
    stored = {e.original_filename: e for _i, e in evidence.exhibits_of(interviewer, rid)}
    assert set(stored) == {"one.png", "two.txt"}
    assert (stored["one.png"].type, stored["two.txt"].type) == ("photo", "document")
    assert panel.table.rowCount() == 2
    # A folder on its own is not an exhibit.
    drop(panel, [sources])
    assert panel.intake_dialog is None
    assert panel.error.message == "Only files can be added, not folders."


def test_a_sealed_interview_takes_exhibits_after_saying_so_and_a_withdrawn_one_does_not(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    rid, panel = open_saved(qtbot, editor, interviewer, seal=True)
    assert editor.status == "sealed" and panel.add_button.isEnabled()
    path = sources / "receipt.jpg"
    path.write_bytes(os.urandom(8_000))
    panel.add_files([path])
    dialog = panel.intake_dialog
    assert dialog is not None and dialog.sealed_note.isVisible()
    assert dialog.add_button.text() == "Add to the sealed interview"
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT):
        click(qtbot, dialog.add_button)
    assert len(evidence.exhibits_of(interviewer, rid)) == 1
    assert records.load(interviewer, rid).status == "sealed"  # the interview did not change

    records.withdraw(interviewer, rid, "The person withdrew consent.")
    with qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        editor.edit(rid)
    panel = editor.area.exhibits.panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=TIMEOUT)
    assert not panel.add_button.isEnabled() and "withdrawn" in panel.note.text()
    panel.table.selectRow(0)
    assert panel.view_button.isEnabled()


def test_a_transfer_is_recorded_in_the_chain_of_custody(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    path = sources / "passport.jpg"
    path.write_bytes(os.urandom(9_000))
    add(qtbot, panel, [path], provided_by="the witness")
    qtbot.waitUntil(lambda: panel.custody.rowCount() == 1, timeout=TIMEOUT)
    click(qtbot, panel.custody_button)
    dialog = panel.custody_job.dialog
    assert dialog is not None and dialog.from_party.text() == "Olena Kovalenko"
    assert not dialog.record_button.isEnabled()  # to whom and why are needed
    dialog.to_party.setText("HQ courier (Piotr)")
    dialog.purpose.setText("Original handed over for HQ")
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT) as finished, \
            qtbot.waitSignal(panel.custody_shown, timeout=TIMEOUT):
        click(qtbot, dialog.record_button)
    assert finished.args == ["custody", True]
    assert panel.custody.rowCount() == 2
    assert [panel.custody.item(1, c).text() for c in (1, 2, 3, 4)] == [
        "Olena Kovalenko", "HQ courier (Piotr)", "Olena Kovalenko", "Original handed over for HQ"]
    exhibit_id = panel.table.selected_id()
    assert exhibit_id is not None
    assert [c.purpose for c in evidence.custody_of(interviewer, exhibit_id)] == [
        "intake", "Original handed over for HQ"]


def test_locking_during_an_intake_stops_it_and_leaves_nothing(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path,
    context: PageContext,
) -> None:
    rid, panel = open_saved(qtbot, editor, interviewer)
    path = sources / "long recording.wav"
    path.write_bytes(os.urandom(4_000_000))
    gate = threading.Event()  # holds the worker, so the lock comes before the first chunk
    context.runner.run(lambda: gate.wait(TIMEOUT / 1000), lambda _r: None, lambda _e: None)
    panel.add_files([path])
    assert panel.intake_dialog is not None
    click(qtbot, panel.intake_dialog.add_button)
    assert panel.intake.running
    editor.clear()  # what Lock calls; the intake is essential, so it is asked to stop
    context.runner.cancel_all()
    gate.set()
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=TIMEOUT)
    assert evidence.exhibits_of(interviewer, rid) == []
    assert not [p for p in interviewer.vault.exhibits_dir.glob("*") if p.is_file()]


# -- viewing ------------------------------------------------------------------------------


def test_images_pdfs_sound_and_text_are_shown_inside_the_app(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    text = sources / "note.txt"
    text.write_text("Записка: «прийшли о 5:40».\nDruga linia.", encoding="utf-8")
    add(qtbot, panel, [png(sources), pdf(sources), wav(sources), text])

    viewer = view(qtbot, panel, "door.png")
    assert viewer.showing == "image" and viewer.image.image_size() == (37, 23)
    assert viewer.sha.text() == hashlib.sha256((sources / "door.png").read_bytes()).hexdigest()
    viewer.close()  # closing drops what was decrypted
    assert viewer.image.pixmap.isNull() and viewer.image.picture.pixmap().isNull()

    viewer = view(qtbot, panel, "statement.pdf")
    assert viewer.showing == "pdf"
    assert viewer.pdf.pdf_document.status() == QPdfDocument.Status.Ready
    assert viewer.pdf.pdf_document.pageCount() == 2
    viewer.close()
    assert viewer.pdf.pdf_document.pageCount() == 0

    viewer = view(qtbot, panel, "note.txt")
    assert viewer.showing == "text"
    assert viewer.text.toPlainText() == "Записка: «прийшли о 5:40».\nDruga linia."
    assert viewer.text.isReadOnly()
    viewer.reject()  # Escape
    assert viewer.text.toPlainText() == ""

    viewer = view(qtbot, panel, "voice.wav")
    assert viewer.showing == "sound"
    player = viewer.sound.player
    # Loading works without a sound card; playing needs one, which offscreen test
    # machines lack, so only the loaded media and its length are checked here.
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia,
                    timeout=TIMEOUT)
    assert abs(player.duration() - 1000) <= 50
    assert viewer.sound.slider.maximum() == player.duration()
    assert viewer.sound.play_button.text() == "Play"
    viewer.close()
    assert player.mediaStatus() == QMediaPlayer.MediaStatus.NoMedia


def test_without_qtpdf_the_viewer_says_so_and_offers_export(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    add(qtbot, panel, [pdf(sources)])
    monkeypatch.setitem(sys.modules, "fieldkit.ui.exhibits.pdf", None)  # import fails
    viewer = view(qtbot, panel, "statement.pdf")
    assert viewer.showing == "" and "lacks the part of FieldKit" in viewer.message.text()
    assert viewer.export_button.isVisible()


def test_other_files_are_not_shown_and_export_is_offered(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    path = sources / "phone-backup.zip"
    path.write_bytes(os.urandom(10_000))
    add(qtbot, panel, [path])
    viewer = view(qtbot, panel, "phone-backup.zip")
    assert viewer.showing == "" and "cannot be shown inside the app" in viewer.message.text()
    assert viewer.export_button.isVisible()
    # A file whose name promises a picture but whose content is not one.
    fake = sources / "fake.png"
    fake.write_bytes(os.urandom(2_000))
    add(qtbot, panel, [fake])
    viewer = view(qtbot, panel, "fake.png")
    assert viewer.showing == "" and "damaged or not what its name says" in viewer.message.text()


def scan(root: Path, needles: list[bytes], *, since: float, skip: Path) -> list[Path]:
    """Files under ``root`` changed since ``since`` (not under ``skip``) holding a needle."""
    found = []
    for folder, _dirs, files in os.walk(root):
        if Path(folder).is_relative_to(skip):
            continue
        for name in files:
            path = Path(folder) / name
            try:
                if path.stat().st_mtime < since or not path.is_file():
                    continue
                content = path.read_bytes()
            except OSError:
                continue
            if any(needle in content for needle in needles):
                found.append(path)
    return found


def test_viewing_writes_no_plaintext_anywhere(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path,
    fieldkit_home: Path,
) -> None:
    started = time.time() - 1
    _rid, panel = open_saved(qtbot, editor, interviewer)
    token = os.urandom(6).hex()
    marker = f"CANARY-{token}-канарка".encode()
    text = sources / "letter.txt"
    text.write_bytes(marker + b"\n" + os.urandom(3000).hex().encode())
    files = [png(sources, 300, 200, noise=True), pdf(sources, marker=f"CANARY-{token}"), text,
             wav(sources)]
    add(qtbot, panel, files)
    for path in files:
        viewer = view(qtbot, panel, path.name)
        assert viewer.showing, path.name
    player = viewer.sound.player  # the recording is the last one opened: let it load fully
    qtbot.waitUntil(lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia,
                    timeout=TIMEOUT)
    needles = [marker, f"CANARY-{token}".encode()]
    for path in (files[0], files[3]):  # the middle of the random pixels and samples
        content = path.read_bytes()
        needles.append(content[len(content) // 2:len(content) // 2 + 48])
    # Positive control: the scan finds every source file by its needles.
    assert set(scan(sources, needles, since=started, skip=sources / "none")) == set(files)
    places = [fieldkit_home, Path(tempfile.gettempdir())]
    for place in places:
        assert scan(place, needles, since=started, skip=sources) == [], place
    editor.clear()  # as Lock does
    for place in places:
        assert scan(place, needles, since=started, skip=sources) == [], place


# -- exporting ----------------------------------------------------------------------------


def answer_export(qtbot: QtBot, panel: ExhibitPanel, dest: Path, *, accept: bool) -> list[object]:
    panel.export_to(dest)
    box = panel.transfer.warning
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "NOT be encrypted" in box.text() and str(dest) in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    button = panel.transfer.accept_button if accept else box.button(
        QMessageBox.StandardButton.Cancel)
    assert isinstance(button, QAbstractButton)
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT) as finished:
        click(qtbot, button)
    return list(finished.args)


def test_export_writes_the_same_bytes_only_after_the_warning(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path,
    tmp_path: Path,
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    data = os.urandom(1_500_000)
    path = sources / "recording.m4a"
    path.write_bytes(data)
    add(qtbot, panel, [path])
    panel.table.selectRow(0)
    out = tmp_path / "usb"
    out.mkdir()

    declined = out / "declined.m4a"
    assert answer_export(qtbot, panel, declined, accept=False) == ["export", False]
    assert list(out.iterdir()) == []

    accepted = out / "copy.m4a"
    assert answer_export(qtbot, panel, accepted, accept=True) == ["export", True]
    assert accepted.read_bytes() == data
    assert [p.name for p in out.iterdir()] == ["copy.m4a"]
    assert str(accepted) in panel.result.text()
    events = [r[0] for r in interviewer.vault.conn.execute("SELECT event FROM audit")]
    assert events.count("exhibit.exported") == 1


# -- locking ------------------------------------------------------------------------------


def test_locking_clears_the_panel_and_the_viewer(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, sources: Path
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    add(qtbot, panel, [pdf(sources)], description="Statement in the person's hand")
    viewer = view(qtbot, panel, "statement.pdf")
    assert viewer.pdf.pdf_document.pageCount() == 2
    qtbot.waitUntil(lambda: panel.custody.rowCount() == 1, timeout=TIMEOUT)

    editor.clear()  # what the workspace calls on Lock

    assert panel.viewer is None and not viewer.isVisible()
    assert viewer.pdf.pdf_document.pageCount() == 0
    assert panel.table.rowCount() == 0 and panel.custody.rowCount() == 0
    assert panel.sha.text() == "" and panel.description.text() == ""
    fresh = editor.area.exhibits.panel
    assert fresh is not panel
    assert fresh.session is None and fresh.table.rowCount() == 0
    assert not fresh.add_button.isEnabled()


# -- languages ----------------------------------------------------------------------------


def ts_text(unit: str, language: str, context: str, source: str) -> str:
    tree = ET.parse(TS_DIR / f"{unit}_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError((unit, language, context, source))


def test_the_exhibits_step_speaks_ukrainian_and_polish(
    qtbot: QtBot, editor: InterviewEditorPage, interviewer: Session, context: PageContext
) -> None:
    _rid, panel = open_saved(qtbot, editor, interviewer)
    index = editor.steps.index(editor.area.exhibits)
    try:
        for language in ("uk", "pl"):
            assert context.translations.install(language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            title = ts_text("interviews", language, "ExhibitsStep", "Exhibits")
            assert editor.step_list.item(index).text() == f"{index + 1}. {title}"
            assert panel.add_button.text() == ts_text("exhibits", language, "ExhibitPanel",
                                                      "Add…")
            header = panel.table.horizontalHeaderItem(ExhibitTable.SHA)
            assert header is not None and header.text() == "SHA-256"
            file_header = panel.table.horizontalHeaderItem(ExhibitTable.FILE)
            assert file_header is not None
            assert file_header.text() == ts_text("exhibits", language, "ExhibitTable", "File")
    finally:
        context.translations.install("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_the_window_lock_closes_an_open_viewer(
    qtbot: QtBot, make_window: Callable[[], MainWindow], sources: Path
) -> None:
    """Through the real window: unlock, open the interview, view a PDF, press Lock."""
    session = make_profile()
    rid = records.save_draft(session, sample_interview()).record_id
    evidence.attach(session, rid, pdf(sources), Exhibit(type="document"))
    session.lock()
    win = make_window()
    unlock(qtbot, win)
    editor = win.workspace.page_of(InterviewEditorPage)
    assert isinstance(editor, InterviewEditorPage)
    win.workspace.show_page(editor)
    with qtbot.waitSignal(editor.loaded, timeout=TIMEOUT):
        editor.edit(rid)
    panel = editor.area.exhibits.panel
    editor.go_to(editor.steps.index(editor.area.exhibits))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=TIMEOUT)
    viewer = view(qtbot, panel, "statement.pdf")
    assert viewer.pdf.pdf_document.pageCount() == 2

    win.lock()
    # Checked at once: the pages are deleted once the event loop runs again.
    assert not viewer.isVisible() and viewer.pdf.pdf_document.pageCount() == 0
    assert panel.session is None and panel.table.rowCount() == 0
    with qtbot.waitSignal(win.locked, timeout=TIMEOUT):
        pass
