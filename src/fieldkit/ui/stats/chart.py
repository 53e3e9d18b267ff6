"""A small horizontal bar chart drawn with QPainter: label, bar, number; one row each.

No QtCharts: rows of text and rectangles are all a count needs. Colours come
from the palette (bars in the highlight colour, text in the text colour), so
the chart reads in light and dark themes alike. Labels are drawn as plain text
(QPainter never interprets markup) and elided to fit; the full label of a row
is its tooltip (escaped, so Qt cannot take it for markup), and the accessible
description lists every row with its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldkit.textsafety import plain

__all__ = ["BarChart"]

_GAP = 8  # pixels between label, bar and number


class BarChart(QWidget):
    """``set_rows([(label, count), ...])`` in the order to show (top first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFixedHeight(self.sizeHint().height())
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable for screen readers

    # -- data -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[tuple[str, int]]) -> None:
        self.rows = [(plain(label), int(count)) for label, count in rows]
        self.setAccessibleDescription(
            "\n".join(f"{label}: {count}" for label, count in self.rows) or self.empty_text
        )
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        if not self.rows:
            self.setAccessibleDescription(text)
        self.update()

    def clear(self) -> None:
        self.set_rows([])

    # -- geometry ---------------------------------------------------------------------------

    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.rows)) * self.row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _columns(self) -> tuple[int, int, int]:
        """(label width, bar start, bar room) for the current width."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0)
        label_width = min(widest + 2, max(80, int(self.width() * 0.4)))  # 2: rounding slack
        top = max((count for _, count in self.rows), default=0)
        number_width = metrics.horizontalAdvance(str(top)) + _GAP
        start = label_width + _GAP
        return label_width, start, max(10, self.width() - start - number_width - 2)

    def row_at(self, y: int) -> int | None:
        index = (y - 2) // self.row_height()
        return index if 0 <= index < len(self.rows) else None

    # -- drawing ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        axis = palette.color(QPalette.ColorRole.Mid)
        metrics = self.fontMetrics()
        if not self.rows:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(self.rect(), left, self.empty_text)
            painter.end()
            return
        label_width, start, room = self._columns()
        top = max(count for _, count in self.rows) or 1
        height = self.row_height()
        painter.setPen(axis)
        painter.drawLine(start, 0, start, len(self.rows) * height + 2)
        for index, (label, count) in enumerate(self.rows):
            y = 2 + index * height
            painter.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRect(0, y, label_width, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            length = round(room * count / top)
            if length:
                painter.fillRect(QRect(start + 1, y + 3, length, height - 6), bar)
            painter.drawText(QRect(start + length + _GAP // 2, y, room, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(count))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos().y())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                label, count = self.rows[index]
                # Qt guesses whether a tooltip is rich text: escape it, so it is always literal.
                QToolTip.showText(event.globalPos(), f"<p>{escape(label)}: {count}</p>", self)
            return True
        return super().event(event)
