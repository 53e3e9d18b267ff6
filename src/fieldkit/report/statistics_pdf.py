"""The statistics summary as a PDF: totals, then one chart and one table per dimension.

:func:`render_statistics_pdf` returns PDF bytes (A4, DejaVu fonts embedded,
"page N of M" on every page) and does no I/O; the service counts and writes.
The note that counts of testimonies are not counts of events stands in a box
on the first page, above everything else. Charts are ReportLab graphics
(horizontal bars; vertical bars for months); the table under each chart holds
every number, so nothing depends on reading a bar's length. Labels that come
from records (cities, names) are printed literally.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fieldkit.report.pdf_text import ACCENT, GREY, LIGHT, SANS, SHADE, markup, normalise
from fieldkit.report.pdf_text import styles as base_styles
from fieldkit.report.statistics_labels import text

__all__ = ["Count", "Statistics", "render_statistics_pdf"]

_MARGIN: Final = 16 * mm
_BAR: Final = colors.Color(0.22, 0.42, 0.62)
_MAX_BARS: Final = 15
_MAX_MONTHS: Final = 36
_ELLIPSIS: Final = "\u2026"


@dataclass(frozen=True)
class Count:
    """One bar: ``key`` is stable (a code, a month, a profile id; "" = not recorded)."""

    key: str
    label: str  # shown; "" when not recorded
    count: int
    detail: str = ""  # a category's Rome Statute citation


@dataclass(frozen=True)
class Statistics:
    """What HQ's interviews add up to; see ``docs/statistics.md`` for what is counted."""

    language: str
    interviews: int  # counted: sealed, consent to participate in force
    drafts: int
    withdrawn: int  # records withdrawn
    no_consent: int  # sealed, but consent to participate withdrawn or missing
    unreadable: int  # sealed, but HQ holds no readable content
    newest_interview_date: str  # YYYY-MM-DD of the newest counted interview, "" if none
    last_import_at: str  # UTC time of the newest imported bundle, "" if none
    by_city: tuple[Count, ...]
    by_month: tuple[Count, ...]
    by_interviewer: tuple[Count, ...]
    by_category: tuple[Count, ...]
    without_category: int  # counted interviews that name no category
    by_scope: tuple[Count, ...]


def _fit(value: str, font: str, size: float, width: float) -> str:
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + _ELLIPSIS, font, size) > width:
        value = value[:-1]
    return value + _ELLIPSIS


def _name(count: Count, lang: str) -> str:
    return normalise(count.label) if count.label else text(lang, "not_recorded")


def _hbar(items: Sequence[Count], lang: str, width: float, *, cite: bool = False) -> Drawing:
    """Horizontal bars, largest first from the top; labels cut to fit their column."""
    label_width = width * 0.42
    row = 13
    height = row * len(items) + 24
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=7)
    chart = HorizontalBarChart()
    chart.x = label_width + 6
    chart.y = 16
    chart.width = width - label_width - 30
    chart.height = row * len(items)
    shown = list(reversed(items))  # ReportLab draws the first category at the bottom
    chart.data = [[c.count for c in shown]]
    names = [f"{c.detail} {_name(c, lang)}" if cite and c.detail else _name(c, lang)
             for c in shown]
    chart.categoryAxis.categoryNames = [_fit(n, SANS, 7, label_width) for n in names]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = LIGHT
    chart.valueAxis.valueMin = 0
    top = max((c.count for c in items), default=0)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, _step(top))
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LIGHT
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SHADE
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _vbar(items: Sequence[Count], lang: str, width: float) -> Drawing:
    """Vertical bars in time order (months), labels turned to fit."""
    height = 62 * mm
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=7)
    chart = VerticalBarChart()
    chart.x = 24
    chart.y = 34
    chart.width = width - 34
    chart.height = height - 44
    chart.data = [[c.count for c in items]]
    chart.categoryAxis.categoryNames = [c.label or text(lang, "not_recorded") for c in items]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 60
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = LIGHT
    top = max((c.count for c in items), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, _step(top))
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LIGHT
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SHADE
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _step(top: int) -> int:
    """A round value step giving at most about six grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return max(1, top // 6)


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}\u00a0%" if total else "\u2014"


def _table(
    items: Sequence[Count], lang: str, total: int, width: float, *, cite: bool = False
) -> LongTable:
    st = base_styles()
    head = [text(lang, "item"), text(lang, "interviews"), text(lang, "share")]
    if cite:
        head.insert(0, text(lang, "citation"))
    rows: list[list[Any]] = [[Paragraph(markup(h), st["cell_head"]) for h in head]]
    for c in items:
        row: list[Any] = [
            Paragraph(markup(_name(c, lang)), st["cell"]),
            Paragraph(str(c.count), st["cell"]),
            Paragraph(_share(c.count, total), st["cell"]),
        ]
        if cite:
            row.insert(0, Paragraph(markup(c.detail), st["cell"]))
        rows.append(row)
    numbers = [22 * mm, 18 * mm]
    cols = [width - sum(numbers), *numbers]
    if cite:
        cols = [28 * mm, width - sum(numbers) - 28 * mm, *numbers]
    table = LongTable(rows, colWidths=cols, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _section(
    stats: Statistics,
    key: str,
    items: Sequence[Count],
    width: float,
    *,
    note: str = "",
    cite: bool = False,
    months: bool = False,
) -> list[Flowable]:
    st = base_styles()
    lang = stats.language
    head: list[Flowable] = [Paragraph(markup(text(lang, key)), st["h1"])]
    if note:
        head.append(Paragraph(markup(note), st["note"]))
        head.append(Spacer(1, 2 * mm))
    if not items:
        return [*head, Paragraph(markup(text(lang, "nothing")), st["body"]), Spacer(1, 6 * mm)]
    if months:
        shown = list(items[-_MAX_MONTHS:])
        chart: Drawing = _vbar(shown, lang, width)
        cut = text(lang, "chart_recent", n=len(shown), m=len(items))
    else:
        shown = list(items[:_MAX_BARS])
        chart = _hbar(shown, lang, width, cite=cite)
        cut = text(lang, "chart_top", n=len(shown), m=len(items))
    head.append(chart)
    if len(shown) < len(items):
        head.append(Paragraph(markup(cut), st["note"]))
    head.append(Spacer(1, 2 * mm))
    return [KeepTogether(head), _table(items, lang, stats.interviews, width, cite=cite),
            Spacer(1, 8 * mm)]


def _totals(stats: Statistics, width: float) -> Table:
    st = base_styles()
    lang = stats.language
    rows = [
        ("counted", str(stats.interviews)),
        ("drafts", str(stats.drafts)),
        ("withdrawn", str(stats.withdrawn)),
        ("no_consent", str(stats.no_consent)),
        ("unreadable", str(stats.unreadable)),
        ("newest", stats.newest_interview_date or text(lang, "not_recorded")),
        ("last_import", _when(stats.last_import_at) or text(lang, "not_recorded")),
    ]
    table = Table(
        [[Paragraph(markup(text(lang, k)), st["cell"]), Paragraph(markup(v), st["cell"])]
         for k, v in rows],
        colWidths=[width * 0.7, width * 0.3],
    )
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ]))
    return table


def _when(stamp: str) -> str:
    return stamp.replace("T", " ")[:16] if stamp else ""


def _note_box(lang: str, width: float) -> Table:
    """The warning that must not be missed, in a framed box at the top of page one."""
    st = base_styles()
    title = Paragraph(markup(text(lang, "note_title")), st["h2"])
    body = Paragraph(markup(text(lang, "note")), st["body"])
    box = Table([[title], [body]], colWidths=[width])
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.99, 0.95, 0.95)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    return box


def _canvasmaker(footer: str, page_template: str, pages: list[int]) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            pages.append(total)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.saveState()
                self.setFont(SANS, 7)
                self.setFillColor(GREY)
                self.setStrokeColor(LIGHT)
                self.line(_MARGIN, 12 * mm, width - _MARGIN, 12 * mm)
                self.drawString(_MARGIN, 8 * mm, _fit(footer, SANS, 7, width * 0.7))
                self.drawRightString(width - _MARGIN, 8 * mm,
                                     page_template.format(n=number, m=total))
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def render_statistics_pdf(
    stats: Statistics, *, organisation: str, generated_at: str
) -> tuple[bytes, int]:
    """The summary in ``stats.language``; returns the PDF and its number of pages."""
    st = base_styles()
    lang = stats.language
    width = A4[0] - 2 * _MARGIN
    generated = text(lang, "generated", at=_when(generated_at))
    story: list[Flowable] = [
        Paragraph(markup(organisation), st["org"]),
        Paragraph(markup(text(lang, "title")), st["title"]),
        Paragraph(markup(f"{text(lang, 'subtitle')} \u00b7 {generated}"), st["subtitle"]),
        _note_box(lang, width),
        Spacer(1, 4 * mm),
        Paragraph(markup(text(lang, "what")), st["note"]),
        Spacer(1, 4 * mm),
        Paragraph(markup(text(lang, "totals")), st["h1"]),
        _totals(stats, width),
        Spacer(1, 8 * mm),
    ]
    story += _section(stats, "by_city", stats.by_city, width)
    story += _section(stats, "by_month", stats.by_month, width, months=True)
    story += _section(stats, "by_interviewer", stats.by_interviewer, width)
    story += _section(stats, "by_category", stats.by_category, width, cite=True,
                      note=text(lang, "category_note", none=stats.without_category))
    story += _section(stats, "by_scope", stats.by_scope, width, note=text(lang, "scope_note"))
    buffer = io.BytesIO()
    title = f"{organisation} \u00b7 {text(lang, 'title')}"
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
        bottomMargin=18 * mm, invariant=1, initialFontName=SANS, title=title,
        author=organisation, creator="FieldKit", lang=lang,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    footer = f"{normalise(organisation)} \u00b7 {text(lang, 'title')} \u00b7 {generated}"
    pages: list[int] = []
    doc.build(story, canvasmaker=_canvasmaker(footer, text(lang, "page"), pages))
    return buffer.getvalue(), pages[-1]
