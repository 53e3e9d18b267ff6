"""Building blocks of the record PDF: labelled tables, grids, long text, vocabulary labels."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from fieldkit.domain import vocabulary
from fieldkit.domain.errors import UnknownTerm
from fieldkit.domain.vocabulary import Vocabulary
from fieldkit.report import labels
from fieldkit.report.pdf_canvas import MARGIN_X
from fieldkit.report.pdf_text import (
    BOLD,
    DASH,
    GREY,
    LIGHT,
    SANS,
    SHADE,
    markup,
    normalise,
    styles,
    words,
)

PAGE_WIDTH = 210 * mm  # A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LABEL_WIDTH = 52 * mm

_ISO_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$"
)

Cell: TypeAlias = str | Flowable
Row: TypeAlias = tuple[str, Cell]


@dataclass(frozen=True)
class Ctx:
    """The document's language and profile, and helpers that depend on them."""

    lang: str
    redaction: str

    def t(self, key: str, **values: object) -> str:
        return labels.text(self.lang, key, **values)

    # --- vocabulary labels --------------------------------------------------------
    def term(self, vocab: Vocabulary, code: str) -> str:
        if not code:
            return ""
        try:
            return vocab.get(code).label(self.lang)
        except UnknownTerm:
            return code

    def listed(self, list_name: str, code: str) -> str:
        return self.term(vocabulary.closed_list(list_name), code)

    def languages(self, codes: Sequence[str]) -> str:
        return ", ".join(self.listed("language", c) for c in codes if c)

    def yn(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.t("yes") if value else self.t("no")

    # --- blocks -------------------------------------------------------------------
    def heading(self, key: str, level: str = "h1", **values: object) -> Paragraph:
        return Paragraph(markup(self.t(key, **values)), styles()[level])

    def label_para(self, key: str, **values: object) -> Paragraph:
        """A small label that stays with what follows it."""
        return Paragraph(markup(self.t(key, **values)), styles()["sublabel"])

    def field_label(self, key: str) -> list[Flowable]:
        """The label of something that may be longer than a page.

        ``keepWithNext`` would move the label and the whole of what follows to a
        new page, leaving a blank one behind; instead the label only asks for a
        little room below it.
        """
        return [CondPageBreak(16 * mm), Paragraph(markup(self.t(key)), styles()["fieldlabel"])]

    def cell(self, value: Cell, style: str = "cell") -> Flowable:
        if isinstance(value, str):
            return Paragraph(markup(value) if value else DASH, styles()[style])
        return value

    def mono(self, value: str) -> Paragraph:
        return Paragraph(markup(value) if value else DASH, styles()["mono"])

    def kv(self, rows: Sequence[Row | None]) -> Table | None:
        """A two-column table of labels and values; ``None`` rows are left out."""
        widths = [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH]
        data = [
            [_fitted(label, widths[0], "label"), _fitted(value, widths[1])]
            for label, value in (r for r in rows if r is not None)
        ]
        if not data:
            return None
        table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    *_CELL_TEXT,
                    ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ]
            )
        )
        return table

    def grid(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        spans: Sequence[int] = (),
    ) -> Table:
        """A table with a repeated header row; ``spans`` are data rows merged across."""
        total = sum(widths)
        col_widths = [w / total * CONTENT_WIDTH for w in widths]
        data: list[list[Flowable | str]] = [
            [_fitted(h, w, "cell_head", BOLD) for h, w in zip(head, col_widths, strict=True)]
        ]
        for row in rows:
            cells = [_fitted(c, w) for c, w in zip(row, col_widths, strict=False)]
            cells += [""] * (len(head) - len(cells))
            data.append(cells)
        commands: list[tuple[object, ...]] = [
            *_CELL_TEXT,
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("GRID", (0, 0), (-1, -1), 0.25, LIGHT),
        ]
        for index in spans:
            commands.append(("SPAN", (0, index + 1), (-1, index + 1)))
        table = Table(data, colWidths=col_widths, hAlign="LEFT", repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(commands))
        return table

    def long_text(self, key: str, untrusted: str) -> list[Flowable]:
        """A labelled free-text field that may run over pages; nothing if empty."""
        if not untrusted.strip():
            return []
        return [*self.field_label(key), *words(untrusted, "body")]

    def none(self, key: str = "none") -> Paragraph:
        return Paragraph(markup(self.t(key)), styles()["note"])


_PADDING = 3
_CELL_TEXT: list[tuple[object, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONTNAME", (0, 0), (-1, -1), SANS),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("LEADING", (0, 0), (-1, -1), 10),
    ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def _fitted(value: Cell, width: float, style: str = "cell", font: str = SANS) -> Flowable | str:
    """A table cell: a plain string when it fits on one line, else a wrapping paragraph.

    A string cell is drawn as it is (it is never parsed as markup) and costs far
    less than a paragraph, which matters for the many short values of a record.
    """
    if not isinstance(value, str):
        return value
    text = normalise(value) if value else DASH
    if "\n" not in text and stringWidth(text, font, 8) <= width - 2 * _PADDING:
        return text
    return Paragraph(markup(text), styles()[style])


def when(value: str) -> str:
    """An ISO 8601 UTC time as "YYYY-MM-DD HH:MM:SS"; anything else as given."""
    found = _ISO_TIME.match(value.strip())
    if not found:
        return value
    date, clock, zone = found.groups()
    suffix = "" if zone in (None, "Z") else f" {zone}"
    return f"{date} {clock}{suffix}"


def opt(label: str, value: str) -> Row | None:
    """A row only when there is a value."""
    return (label, value) if value.strip() else None


def flow(*parts: Flowable | Sequence[Flowable] | None) -> list[Flowable]:
    """Flatten flowables, lists of them and Nones into one list."""
    result: list[Flowable] = []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, Flowable):
            result.append(part)
        else:
            result.extend(part)
    return result
