"""Input helpers the editor's steps share: captions, text boxes, dates, read-only, times.

Everything here shows record text as plain text only (``QLineEdit``,
``QPlainTextEdit``, labels in ``Qt.PlainText``). Vocabulary labels come from
the terms in the current language, never from ``tr()``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QRegularExpression,
    Qt,
    QTime,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fieldkit.textsafety import plain
from fieldkit.ui.widgets import plain_label

__all__ = [
    "Lang",
    "date_edit",
    "line_edit",
    "local_time",
    "mark",
    "quiet_label",
    "set_read_only",
    "text_area",
    "time_edit",
]

Lang = Callable[[], str]
"""Returns the current interface language (``en``, ``uk`` or ``pl``)."""

KEEP_ENABLED = "fieldkit_keep_enabled"
"""Property of a button that stays usable on a read-only record (for example "Show identity")."""

_DATE = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")
_TIME = QRegularExpression(r"^\d{0,2}(:\d{0,2})?$")


def required_description() -> str:
    return QCoreApplication.translate("InterviewFields", "Required before sealing")


def mark(label: QLabel, field: QWidget, text: str, *, required: bool = False) -> None:
    """Caption ``label`` for ``field``; a required item gets an asterisk and a description."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text + (" *" if required else ""))
    label.setBuddy(field)
    field.setAccessibleName(text)
    if required:
        field.setAccessibleDescription(required_description())
        label.setToolTip(required_description())


def line_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setClearButtonEnabled(False)
    return edit


def text_area(lines: int = 3) -> QPlainTextEdit:
    """A plain-text box about ``lines`` lines high; Tab moves on instead of typing a tab."""
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    metrics = area.fontMetrics()
    area.setMinimumHeight(metrics.lineSpacing() * lines + 14)
    if lines <= 4:
        area.setMaximumHeight(metrics.lineSpacing() * (lines + 1) + 14)
    return area


def date_edit() -> QLineEdit:
    """An ISO date (YYYY-MM-DD), possibly partial while typing; empty means unknown."""
    edit = line_edit()
    edit.setValidator(QRegularExpressionValidator(_DATE, edit))
    edit.setMaxLength(10)
    edit.setPlaceholderText(QCoreApplication.translate("InterviewFields", "YYYY-MM-DD"))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 40)
    return edit


def time_edit() -> QLineEdit:
    edit = line_edit()
    edit.setValidator(QRegularExpressionValidator(_TIME, edit))
    edit.setMaxLength(5)
    edit.setPlaceholderText(QCoreApplication.translate("InterviewFields", "HH:MM"))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 40)
    return edit


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make every input under ``root`` read-only (texts stay selectable) or editable again."""
    for edit in root.findChildren(QLineEdit):
        if not isinstance(edit.parent(), QComboBox | QSpinBox):
            edit.setReadOnly(read_only)
    for area in root.findChildren(QPlainTextEdit):
        area.setReadOnly(read_only)
    widgets: list[QWidget] = [
        *root.findChildren(QAbstractButton),
        *root.findChildren(QAbstractItemView),
        *root.findChildren(QComboBox),
        *root.findChildren(QSpinBox),
    ]
    for widget in widgets:
        if not widget.property(KEEP_ENABLED):
            widget.setEnabled(not read_only)


def quiet_label(text: str = "") -> QLabel:
    """Guidance under a heading: plain, wrapped, a little smaller, full contrast."""
    label = plain_label(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.95)
    font.setItalic(True)
    label.setFont(font)
    return label


def local_time(utc_iso: str, *, with_date: bool = False) -> str:
    """A stored UTC time (``...Z``) as the local clock time, in the interface locale."""
    try:
        moment = datetime.strptime(utc_iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return plain(utc_iso)
    local = moment.astimezone()
    stamp = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(stamp, fmt) if with_date else QLocale().toString(stamp.time(), fmt)
