"""The fonts FieldKit embeds in PDFs, and a check that they cover our languages."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldkit import paths

FONT_FILES: Final = {
    "FieldKitSans": "DejaVuSans.ttf",
    "FieldKitSans-Bold": "DejaVuSans-Bold.ttf",
    "FieldKitSans-Oblique": "DejaVuSans-Oblique.ttf",
    "FieldKitMono": "DejaVuSansMono.ttf",
}
# Letters that must render: Ukrainian, Russian, Polish, and German/French for names.
COVERAGE_SAMPLE: Final = "ЇїІіЄєҐґЁёЫыЪъ ĄąĆćĘęŁłŃńÓóŚśŹźŻż ÄäÖöÜüßÉéÈè №«»–—’"


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def load_fonts() -> list[str]:
    """Register the shipped fonts with ReportLab; returns their names."""
    names = []
    for name, filename in FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        names.append(name)
    return names


def missing_glyphs(font_name: str, text: str = COVERAGE_SAMPLE) -> str:
    """Characters of ``text`` the font has no glyph for."""
    font = pdfmetrics.getFont(font_name)
    char_widths = font.face.charWidths
    return "".join(ch for ch in text if not ch.isspace() and ord(ch) not in char_widths)
