"""How exhibits are described on screen: sizes, kinds, types and times (no Qt widgets)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from fieldkit.domain import vocabulary
from fieldkit.textsafety import plain

__all__ = [
    "IMAGE",
    "PDF",
    "SOUND",
    "TEXT",
    "Lang",
    "guess_type",
    "human_size",
    "kind_of",
    "local_time",
    "permille",
    "type_label",
]

Lang = Callable[[], str]
"""Returns the current interface language (``en``, ``uk`` or ``pl``)."""

IMAGE, PDF, SOUND, TEXT = "image", "pdf", "sound", "text"


def kind_of(media_type: str) -> str:
    """Which in-app view fits ``media_type`` ("" when none does: export it instead).

    The media type was guessed from the file name at intake, so it is only a hint:
    the views still refuse content they cannot decode.
    """
    media = media_type.lower().split(";")[0].strip()
    if media in ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp",
                 "image/x-ms-bmp", "image/x-portable-pixmap", "image/tiff"):
        return IMAGE
    if media == "application/pdf":
        return PDF
    if media.startswith("audio/"):
        return SOUND
    if media.startswith("text/"):
        return TEXT
    return ""


def guess_type(media_type: str) -> str:
    """The ``exhibit_type`` code a file of ``media_type`` most likely is."""
    media = media_type.lower()
    if media.startswith("image/"):
        return "photo"
    if media.startswith("audio/"):
        return "audio"
    if media.startswith("video/"):
        return "video"
    if media == "application/pdf" or media.startswith("text/"):
        return "document"
    return "other"


def type_label(code: str, lang: str) -> str:
    types = vocabulary.closed_list("exhibit_type")
    return types.get(code).label(lang) if types.has(code) else plain(code)


def human_size(size: int) -> str:
    """``2.4 MB`` in the interface's locale (the exact byte count goes in a tooltip)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def local_time(iso: str) -> str:
    """A stored UTC time in the local zone and the interface's locale."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return plain(iso)
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def permille(done: int, total: int) -> int:
    """``done`` of ``total`` as 0..1000 for a progress bar (byte counts overflow an int)."""
    if total <= 0:
        return 0
    return max(0, min(1000, done * 1000 // total))
