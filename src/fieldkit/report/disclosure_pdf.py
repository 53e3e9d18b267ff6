"""The disclosure log as a PDF: every transmittal, what went to whom, and its hash.

:func:`render_disclosure_log` returns PDF bytes (A4 landscape, DejaVu fonts
embedded, "page N of M" on every page) and does no I/O; the service writes
the file atomically and audits it. Text from the log is printed literally.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from fieldkit.report.pdf_text import GREY, LIGHT, SANS, SHADE, markup, normalise, styles

__all__ = ["DisclosureEntry", "render_disclosure_log"]

_MARGIN = 14 * mm


@dataclass(frozen=True)
class DisclosureEntry:
    """One row of the disclosure log (RECORD.md K)."""

    seq: int
    package_id: str
    package_name: str
    recipient: str
    recipient_name: str
    scopes: tuple[str, ...]  # the consent scopes every record held
    created_at: str
    redaction: str
    language: str
    records: tuple[tuple[str, int, str], ...]  # (record id, revision, record hash)
    record_count: int
    excluded_count: int
    exhibit_count: int
    file_count: int
    total_bytes: int
    package_hash: str  # SHA-256 of manifest.json


def _when(stamp: str) -> str:
    return stamp.replace("T", " ")[:19] if stamp else ""


def _canvasmaker(title: str, generated: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.saveState()
                self.setFont(SANS, 7)
                self.setFillColor(GREY)
                footer = f"{normalise(title)} \u00b7 generated {generated} UTC"
                self.drawString(_MARGIN, 8 * mm, footer)
                self.drawRightString(width - _MARGIN, 8 * mm, f"Page {number} of {total}")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def render_disclosure_log(
    entries: Sequence[DisclosureEntry], *, organisation: str, generated_at: str
) -> bytes:
    """The whole log, oldest entry first, one table row per transmittal."""
    st = styles()
    title = f"{organisation} \u00b7 Disclosure log"
    story: list[Flowable] = [
        Paragraph(markup(organisation), st["org"]),
        Paragraph(markup("Disclosure log"), st["title"]),
        Paragraph(
            markup(
                "Every transmittal package HQ built: the recipient, the time (UTC), the "
                "records and their revision hashes, the consent scopes each record held, the "
                "redaction profile, and the package hash (SHA-256 of its manifest.json, "
                "which HQ signed). The log is append-only."
            ),
            st["note"],
        ),
        Spacer(1, 5 * mm),
    ]
    head = ["#", "Date (UTC)", "Recipient", "Profile / language", "Records", "Package hash"]
    rows: list[list[Any]] = [[Paragraph(markup(h), st["cell_head"]) for h in head]]
    for e in entries:
        listed = "\n".join(f"{rid} r{rev}" for rid, rev, _ in e.records)
        counts = (
            f"{e.record_count} included, {e.excluded_count} excluded, "
            f"{e.exhibit_count} exhibit(s), {e.file_count} files, {e.total_bytes:,} bytes"
        )
        rows.append(
            [
                Paragraph(str(e.seq), st["cell"]),
                Paragraph(markup(_when(e.created_at)), st["cell"]),
                Paragraph(
                    markup(f"{e.recipient_name}\n({e.recipient})\nconsent: {', '.join(e.scopes)}"),
                    st["cell"],
                ),
                Paragraph(markup(f"{e.redaction}\n{e.language}"), st["cell"]),
                [Paragraph(markup(counts), st["cell"]),
                 Paragraph(markup(listed), st["mono_small"])],
                [Paragraph(markup(e.package_hash), st["mono_small"]),
                 Paragraph(markup(e.package_name), st["mono_small"])],
            ]
        )
    if not entries:
        rows.append(["", Paragraph(markup("No transmittal yet."), st["cell"]), "", "", "", ""])
    width = landscape(A4)[0] - 2 * _MARGIN
    cols = [10 * mm, 28 * mm, 52 * mm, 28 * mm]
    rest = width - sum(cols)
    table = LongTable(rows, colWidths=[*cols, rest * 0.55, rest * 0.45], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=16 * mm,
        invariant=1,
        initialFontName=SANS,
        title=title,
        author=organisation,
        creator="FieldKit",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvasmaker(title, _when(generated_at)))
    return buffer.getvalue()
