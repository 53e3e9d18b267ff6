"""The steps of the transmittal dialog, each a widget that only shows what it is given."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain import vocabulary
from fieldkit.services.transmittal import Preview, Recipient
from fieldkit.textsafety import plain
from fieldkit.ui.hq.tables import fill, make_table
from fieldkit.ui.reports.parts import LanguageChoice, RedactionChoice
from fieldkit.ui.reports.texts import exclusion_detail, reason_text
from fieldkit.ui.widgets import fingerprint_font, plain_label

__all__ = ["BuildStep", "ChooseStep", "PreviewStep", "ResultStep", "scope_label"]

DEFAULT_LANGUAGE = {"pl-prosecutor": "pl", "ua-prosecutor": "uk"}


def scope_label(code: str, language: str) -> str:
    """A consent scope's name in ``language`` (the vocabulary has en, uk and pl)."""
    known = vocabulary.consent_scopes()
    return plain(known.get(code).label(language)) if known.has(code) else plain(code)


class ChooseStep(QWidget):
    """The recipient, the redaction profile and the language of the PDFs."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_language = language
        self.count = plain_label()
        self.recipient = QComboBox()
        self.recipient.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = QPushButton()
        self.scopes = plain_label()
        self.scopes.setEnabled(False)
        who = QHBoxLayout()
        who.addWidget(self.recipient, 1)
        who.addWidget(self.add_button)
        self.redaction = RedactionChoice()
        self.language = LanguageChoice(language)
        self.recipient_label = plain_label(wrap=False)
        self.redaction_label = plain_label(wrap=False)
        self.language_label = plain_label(wrap=False)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.recipient_label, who)
        form.addRow("", self.scopes)
        form.addRow(self.redaction_label, self.redaction)
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addLayout(form)
        layout.addStretch(1)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.recipients: list[Recipient] = []

    def set_recipients(self, recipients: Sequence[Recipient], select: str | None = None) -> None:
        current = select or self.code()
        self.recipients = list(recipients)
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for item in self.recipients:
            self.recipient.addItem(plain(item.name), item.code)
        index = self.recipient.findData(current) if current else -1
        self.recipient.setCurrentIndex(max(index, 0))
        self.recipient.blockSignals(False)
        self._recipient_changed()

    def code(self) -> str | None:
        data = self.recipient.currentData()
        return None if data is None else str(data)

    def _recipient_changed(self, *_args: object) -> None:
        code = self.code()
        chosen = next((r for r in self.recipients if r.code == code), None)
        if chosen is None:
            self.scopes.clear()
            return
        self.language.set_language(DEFAULT_LANGUAGE.get(chosen.code, self.ui_language))
        self.scopes.setText(self.tr("Each record needs consent to: {scopes}").format(
            scopes="; ".join(scope_label(s, self.ui_language) for s in chosen.scopes)))

    def retranslate(self) -> None:
        self.recipient_label.setText(self.tr("Recipient"))
        self.redaction_label.setText(self.tr("Profile"))
        self.language_label.setText(self.tr("Language of the PDFs"))
        self.add_button.setText(self.tr("Add recipient…"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.language.setAccessibleName(self.tr("Language of the PDFs"))
        self.redaction.retranslate()
        self._recipient_changed()


class PreviewStep(QWidget):
    """What consent allows: the records that go, those left out and why; the folder."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_language = language
        self.summary = plain_label()
        self.included_box = QGroupBox()
        self.included = make_table(2)
        self.excluded_box = QGroupBox()
        self.excluded = make_table(3)
        for table in (self.included, self.excluded):
            table.setSelectionMode(table.SelectionMode.NoSelection)
        self.excluded.setWordWrap(True)  # the reasons are sentences: shown whole
        self.excluded.horizontalHeader().sectionResized.connect(
            lambda *_: self.excluded.resizeRowsToContents())
        QVBoxLayout(self.included_box).addWidget(self.included)
        QVBoxLayout(self.excluded_box).addWidget(self.excluded)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.folder_label = plain_label(wrap=False)
        where = QHBoxLayout()
        where.addWidget(self.folder_label)
        where.addWidget(self.folder_edit, 1)
        where.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.included_box, 2)
        layout.addWidget(self.excluded_box, 3)
        layout.addLayout(where)
        self.preview = Preview((), ())

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        fill(self.included, [[i.case_number or i.record_id, str(i.revision)]
                             for i in preview.included])
        fill(self.excluded, [
            [e.case_number or e.record_id, reason_text(e.reason),
             exclusion_detail(e, self.ui_language)]
            for e in preview.excluded
        ], max_width=240)
        self.excluded.resizeRowsToContents()
        self._summary()

    def clear(self) -> None:
        self.preview = Preview((), ())
        self.included.setRowCount(0)
        self.excluded.setRowCount(0)
        self.summary.clear()
        self.folder_edit.clear()

    def _summary(self) -> None:
        included, excluded = len(self.preview.included), len(self.preview.excluded)
        if not included and not excluded:
            self.summary.clear()
        elif not included:
            self.summary.setText(self.tr(
                "No selected record may go to this recipient. Nothing can be built."))
        else:
            self.summary.setText(self.tr(
                "Records in the package: {included}. Left out: {excluded} (consent is checked "
                "for every record; the reasons are below)."
            ).format(included=included, excluded=excluded))

    def retranslate(self) -> None:
        self.included_box.setTitle(self.tr("Records that will be sent"))
        self.excluded_box.setTitle(self.tr("Records left out, with the reason"))
        self.included.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Revision")])
        self.excluded.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Reason"), self.tr("Details")])
        self.folder_label.setText(self.tr("Folder"))
        self.folder_edit.setPlaceholderText(self.tr("Choose the folder for the package"))
        self.folder_edit.setAccessibleName(self.tr("Folder for the package"))
        self.choose_button.setText(self.tr("Choose…"))
        self.included.setAccessibleName(self.tr("Records that will be sent"))
        self.excluded.setAccessibleName(self.tr("Records left out, with the reason"))
        self._summary()


class BuildStep(QWidget):
    """A progress bar while the package is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = plain_label()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def start(self) -> None:
        self.bar.setRange(0, 0)
        self.text.setText(self.tr("Building the package…"))

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.text.setText(self.tr("Building the package… {done} of {total} files").format(
            done=done, total=total))


class ResultStep(QWidget):
    """Where the package is, its hash, and how the recipient checks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = plain_label()
        self.details = plain_label()
        self.details.setFont(fingerprint_font(self.font(), 0.95))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how = plain_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        layout.addWidget(self.how)
        layout.addStretch(1)

    def clear(self) -> None:
        for label in (self.text, self.details, self.how):
            label.clear()
