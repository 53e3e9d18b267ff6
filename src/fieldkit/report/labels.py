"""Looks up the headings and field labels of the interview record PDF.

The PDF code asks for a word by key and language here, so it never has to know
where the tables live or what happens when a language lacks a key (English is
used). The tables themselves are one module per language: ``labels_en`` (the
reference), ``labels_uk`` and ``labels_pl``. Vocabulary terms (consent scopes,
closed lists, violations) carry their own labels; these tables hold only the
words of the document itself. Every language has every key (a test checks it);
``{name}`` placeholders are filled with :meth:`str.format`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from fieldkit.report.labels_en import EN as _EN
from fieldkit.report.labels_pl import PL as _PL
from fieldkit.report.labels_uk import UK as _UK

__all__ = ["LABELS", "text"]

LABELS: Final[Mapping[str, Mapping[str, str]]] = {"en": _EN, "uk": _UK, "pl": _PL}


def text(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (English if the language lacks it), filled in."""
    template = LABELS.get(lang, _EN).get(key) or _EN[key]
    return template.format(**values) if values else template
