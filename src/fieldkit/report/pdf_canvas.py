"""Header and footer of every page, drawn once the number of pages is known.

The canvas holds each finished page back instead of emitting it; when the
document is saved it knows the total and draws "page N of M", the record id,
the record hash and the disclosure profile on every page. One layout pass is
enough, which keeps rendering fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fieldkit.report.pdf_text import ACCENT, BOLD, GREY, LIGHT, MONO, SANS, normalise

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
_ELLIPSIS = "\u2026"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits in ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + _ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text + _ELLIPSIS


@dataclass
class PageDecor:
    """What every page shows; ``pages`` is known after the build."""

    header_left: str
    header_right: str
    record_id_label: str
    record_id: str
    hash_label: str
    record_hash: str
    page_template: str  # "Page {n} of {m}" in the document's language
    emphasise: bool = False  # draw the profile in the accent colour
    pages: int = field(default=0, init=False)

    def draw(self, canv: Any, page: int, total: int) -> None:
        width, height = canv._pagesize
        right = width - MARGIN_X
        canv.saveState()
        # header
        top = height - 12 * mm
        canv.setFont(BOLD, 8)
        canv.setFillColor(ACCENT if self.emphasise else GREY)
        profile = _fit(self.header_right, BOLD, 8, (right - MARGIN_X) * 0.6)
        canv.drawRightString(right, top, profile)
        canv.setFillColor(GREY)
        canv.setFont(SANS, 8)
        room = right - MARGIN_X - stringWidth(profile, BOLD, 8) - 6 * mm
        canv.drawString(MARGIN_X, top, _fit(normalise(self.header_left), SANS, 8, room))
        canv.setStrokeColor(LIGHT)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 2.5 * mm, right, top - 2.5 * mm)
        # footer
        base = 10 * mm
        canv.line(MARGIN_X, base + 8.5 * mm, right, base + 8.5 * mm)
        canv.setFont(SANS, 7)
        number = self.page_template.format(n=page, m=total)
        canv.drawRightString(right, base + 4.5 * mm, number)
        label = f"{self.record_id_label}: "
        canv.drawString(MARGIN_X, base + 4.5 * mm, label)
        canv.setFont(MONO, 7)
        canv.drawString(MARGIN_X + stringWidth(label, SANS, 7), base + 4.5 * mm, self.record_id)
        canv.setFont(SANS, 7)
        label = f"{self.hash_label}: "
        canv.drawString(MARGIN_X, base + 1 * mm, label)
        canv.setFont(MONO, 7)
        canv.drawString(MARGIN_X + stringWidth(label, SANS, 7), base + 1 * mm, self.record_hash)
        canv.restoreState()

    def canvasmaker(self) -> type[Canvas]:
        decor = self

        class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._held: list[dict[str, Any]] = []

            def showPage(self) -> None:  # ReportLab's name
                self._held.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._held)
                decor.pages = total
                for number, state in enumerate(self._held, start=1):
                    self.__dict__.update(state)
                    decor.draw(self, number, total)
                    Canvas.showPage(self)
                Canvas.save(self)

        return NumberedCanvas
