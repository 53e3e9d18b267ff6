"""Small display helpers the sync and HQ pages share (no translatable strings here)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtCore import QLocale as _QLocale
from PySide6.QtWidgets import QLabel, QWidget

from fieldkit.ui.widgets import fingerprint_font, plain_label

__all__ = ["big_fingerprint_label", "fingerprint_lines", "local_time", "permille"]


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups of five digits as two lines of four, to be read aloud group by group."""
    groups = fingerprint.split()
    if len(groups) <= 4:
        return " ".join(groups)
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


def big_fingerprint_label(parent_font_source: QWidget, scale: float = 1.7) -> QLabel:
    """A selectable, monospaced, large label for a fingerprint that two people compare."""
    label = plain_label(wrap=False)
    label.setFont(fingerprint_font(parent_font_source.font(), scale))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def local_time(iso: str | None) -> str:
    """A stored UTC time (``2026-12-01T19:20:05.123456Z``) in the local zone and locale."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return _QLocale().toString(stamp, _QLocale.FormatType.ShortFormat)


def permille(done: int, total: int) -> int:
    """``done`` of ``total`` as 0..1000, for progress bars (byte counts overflow an int)."""
    if total <= 0:
        return 0
    return max(0, min(1000, done * 1000 // total))
