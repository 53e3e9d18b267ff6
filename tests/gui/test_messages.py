"""Every error the sync services can raise reads as a clear text in the GUI, in each language.

The codes are collected from the source of ``sync/`` and ``services/sync.py``, so
a new ``code="..."`` there fails these tests until ``ui/messages.py`` has a text
for it and the ``.ts`` files translate it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldkit.errors import FieldKitError
from fieldkit.ui.i18n import Translations
from fieldkit.ui.messages import describe
from tests.gui.conftest import flush_language_change

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "src/fieldkit/sync").glob("*.py")),
    ROOT / "src/fieldkit/services/sync.py",
]
CODE = re.compile(r"""\bcode\s*=\s*["']([a-z_]+(?:\.[a-z_]+)+)["']""")
# Raised in crypto/ while sync reads signed files (provisioning, requests, rosters,
# receipts) or stops an export the person cancelled.
REACHED_THROUGH_SYNC = {"document.invalid", "operation.cancelled"}
FALLBACK = "the English message of the service"


def sync_codes() -> set[str]:
    return {code for path in SOURCES for code in CODE.findall(path.read_text("utf-8"))}


CODES = sorted(sync_codes() | REACHED_THROUGH_SYNC)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    chosen = Translations()
    yield chosen
    chosen.install("en")
    flush_language_change()


def shown(code: str) -> str:
    return describe(FieldKitError(FALLBACK, code=code))


def test_the_collection_sees_the_codes_of_every_kind() -> None:
    found = sync_codes()
    for expected in ("org.not_enrolled", "org.old_roster", "receipt.not_ours",
                     "purge.bad_policy", "file.unreadable", "document.too_large"):
        assert expected in found
    assert len(found) >= 20


def test_a_plain_fieldkit_error_in_sync_always_names_its_code() -> None:
    # Without one it would be "fieldkit.error", which no text can describe.
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "FieldKitError"):
                keywords = {k.arg for k in node.keywords}
                assert "code" in keywords, f"{path.name}:{node.lineno}"


@pytest.mark.parametrize("code", CODES)
def test_every_sync_code_has_its_own_text(code: str, translations: Translations) -> None:
    text = shown(code)
    assert text != FALLBACK
    assert text.endswith(".") and "<" not in text  # a sentence, shown as plain text


def test_no_two_codes_share_a_text(translations: Translations) -> None:
    texts = [shown(code) for code in CODES]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("language", ["uk", "pl"])
def test_the_texts_follow_the_language(language: str, translations: Translations) -> None:
    english = {code: shown(code) for code in CODES}
    assert translations.install(language)
    flush_language_change()
    for code in CODES:
        text = shown(code)
        assert text not in (english[code], FALLBACK), (language, code)
    if language == "uk":
        assert all(re.search("[а-яіїєґ]", shown(code)) for code in CODES)
