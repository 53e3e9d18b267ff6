"""Step 6, the account: the person's own words, and a translation (RECORD.md G)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from fieldkit.domain.interview import Account, Interview
from fieldkit.ui.interviews.choices import CodeCombo
from fieldkit.ui.interviews.fields import Lang, line_edit, mark
from fieldkit.ui.interviews.step import StepForm, watch

__all__ = ["AccountStep"]


def _big_editor() -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)
    editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    font = editor.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    editor.setFont(font)
    return editor


class AccountStep(StepForm):
    SCROLLS = False
    CODES = ("account.narrative", "account.original_language")

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.original_language = CodeCombo.of("language", lang)
        self.narrative = _big_editor()
        self.narrative.setMinimumHeight(220)
        self.translation_language = CodeCombo.of("language", lang)
        self.translation = _big_editor()
        self.translation.setMinimumHeight(90)
        self.translator = line_edit()
        self._captions = [QLabel() for _ in range(5)]
        c_narrative, c_original, c_translation, c_language, c_translator = self._captions

        own = QWidget()
        own_column = QVBoxLayout(own)
        own_column.setContentsMargins(0, 0, 0, 0)
        own_head = QHBoxLayout()
        own_head.addWidget(c_narrative, 1)
        own_head.addWidget(c_original)
        own_head.addWidget(self.original_language)
        own_column.addLayout(own_head)
        own_column.addWidget(self.narrative, 1)

        translated = QWidget()
        translated_column = QVBoxLayout(translated)
        translated_column.setContentsMargins(0, 0, 0, 0)
        translated_head = QHBoxLayout()
        translated_head.addWidget(c_translation, 1)
        translated_head.addWidget(c_language)
        translated_head.addWidget(self.translation_language)
        translated_column.addLayout(translated_head)
        translated_column.addWidget(self.translation, 1)
        by = QHBoxLayout()
        by.addWidget(c_translator)
        by.addWidget(self.translator, 1)
        translated_column.addLayout(by)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(own)
        self.splitter.addWidget(translated)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.column.addWidget(self.splitter, 1)
        watch(self.changed, self.original_language, self.narrative, self.translation_language,
              self.translation, self.translator)
        self.setTabOrder(self.original_language, self.narrative)
        self.setTabOrder(self.narrative, self.translation_language)
        self.setTabOrder(self.translation_language, self.translation)
        self.setTabOrder(self.translation, self.translator)
        self.retranslate()

    def title(self) -> str:
        return self.tr("The account")

    def load(self, interview: Interview) -> None:
        a = interview.account
        self.original_language.set_code(a.original_language)
        self.narrative.setPlainText(a.narrative)
        self.translation_language.set_code(a.translation_language)
        self.translation.setPlainText(a.translation)
        self.translator.setText(a.translator)

    def apply(self, interview: Interview) -> Interview:
        account = Account(
            original_language=self.original_language.code(),
            narrative=self.narrative.toPlainText(),
            translation=self.translation.toPlainText(),
            translation_language=self.translation_language.code(),
            translator=self.translator.text().strip(),
        )
        return dataclasses.replace(interview, account=account)

    def focus_item(self, code: str) -> None:
        (self.narrative if code == "account.narrative" else self.original_language).setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr(
            "Write down the person's own words as they say them, in their language. "
            "Do not summarise or correct; add your translation below."
        ))
        c_narrative, c_original, c_translation, c_language, c_translator = self._captions
        mark(c_narrative, self.narrative, self.tr("In the person's own words"), required=True)
        mark(c_original, self.original_language, self.tr("Language"), required=True)
        mark(c_translation, self.translation, self.tr("Translation"))
        mark(c_language, self.translation_language, self.tr("Into"))
        mark(c_translator, self.translator, self.tr("Translated by"))
        self.original_language.setAccessibleName(self.tr("Language of the account"))
        self.translation_language.setAccessibleName(self.tr("Language of the translation"))
