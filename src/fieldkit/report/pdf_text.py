"""Text for ReportLab: outside text is escaped, never read as markup; the styles we use.

ReportLab's ``Paragraph`` parses an XML-like markup. Testimony, names and
every other string that comes from a record must reach the page exactly as
typed, so :func:`markup` escapes ``&``, ``<`` and ``>``, keeps line breaks
and runs of spaces, and drops only what cannot be shown honestly: control
characters become U+FFFD and invisible format characters (such as bidi
overrides) are removed, as everywhere else in FieldKit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import Flowable, Paragraph, Spacer

from fieldkit.report.fonts import load_fonts
from fieldkit.textsafety import plain

SANS: Final = "FieldKitSans"
BOLD: Final = "FieldKitSans-Bold"
OBLIQUE: Final = "FieldKitSans-Oblique"
MONO: Final = "FieldKitMono"
DASH: Final = "\u2014"
GREY: Final = colors.Color(0.35, 0.35, 0.35)
LIGHT: Final = colors.Color(0.85, 0.85, 0.85)
SHADE: Final = colors.Color(0.94, 0.94, 0.94)
ACCENT: Final = colors.Color(0.55, 0.1, 0.1)

_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
_SPACE_RUN = re.compile(r"(?<= ) |^ ", re.MULTILINE)


def normalise(untrusted: str) -> str:
    """Outside text as it will be shown: one kind of line break, no control characters."""
    text = _LINE_BREAKS.sub("\n", untrusted).replace("\t", "    ")
    # Fast path: a printable line holds nothing that ``plain`` would change.
    return "\n".join(line if line.isprintable() else plain(line) for line in text.split("\n"))


def markup(untrusted: str) -> str:
    """Paragraph markup that shows ``untrusted`` literally, line breaks included."""
    text = escape(normalise(untrusted))
    text = _SPACE_RUN.sub("\u00a0", text)
    return text.replace("\n", "<br/>")


def lines(untrusted: str) -> list[str]:
    """The lines of ``untrusted``, each as literal Paragraph markup."""
    return [_SPACE_RUN.sub("\u00a0", escape(line)) for line in normalise(untrusted).split("\n")]


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles; registering the fonts on first use."""
    load_fonts()
    registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
    base = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12, splitLongWords=1)

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=7.5, leading=9.5),
        "label": derive("label", fontSize=8, leading=10, textColor=GREY),
        "cell": derive("cell", fontSize=8, leading=10),
        "cell_head": derive("cell_head", fontName=BOLD, fontSize=8, leading=10),
        "mono": derive("mono", fontName=MONO, fontSize=7, leading=9),
        "mono_small": derive("mono_small", fontName=MONO, fontSize=6.5, leading=8.5),
        "title": derive("title", fontName=BOLD, fontSize=22, leading=28, spaceAfter=6),
        "subtitle": derive("subtitle", fontSize=11, leading=15, textColor=GREY, spaceAfter=14),
        "org": derive("org", fontName=BOLD, fontSize=12, leading=16, spaceAfter=18),
        "fieldlabel": derive(
            "fieldlabel", fontSize=8, leading=10, textColor=GREY, spaceBefore=5, spaceAfter=1
        ),
        "sublabel": derive(
            "sublabel",
            fontSize=8,
            leading=10,
            textColor=GREY,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "h1": derive(
            "h1",
            fontName=BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=4,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": derive(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": derive(
            "h3", fontName=BOLD, fontSize=9, leading=12, spaceBefore=6, spaceAfter=3, keepWithNext=1
        ),
        "words": derive("words", fontSize=10, leading=14, leftIndent=8),
        "note": derive("note", fontName=OBLIQUE, fontSize=8, leading=10.5, textColor=GREY),
        "notice": derive(
            "notice",
            fontSize=8.5,
            leading=11.5,
            borderColor=ACCENT,
            borderWidth=0.6,
            borderPadding=6,
            spaceBefore=10,
            spaceAfter=10,
        ),
    }


def para(untrusted: str, style: str = "body") -> Paragraph:
    """A paragraph of outside text, shown literally."""
    return Paragraph(markup(untrusted), styles()[style])


def words(untrusted: str, style: str = "words") -> list[Flowable]:
    """Long outside text (an account): one paragraph per line so it flows across pages."""
    st = styles()[style]
    result: list[Flowable] = []
    for line in lines(untrusted):
        if line.strip():
            result.append(Paragraph(line, st))
        else:
            result.append(Spacer(1, st.leading * 0.6))
    return result


def joined(items: Iterable[str], sep: str = ", ") -> str:
    return sep.join(item for item in items if item)
