"""Why a record is left out of a transmittal, in the coordinator's language."""

from __future__ import annotations

from fieldkit.services.transmittal import DETAILS, Excluded
from fieldkit.ui.i18n import Translations
from fieldkit.ui.reports.texts import exclusion_detail


def _excluded(detail: str) -> Excluded:
    return Excluded("r", "WAW-1", "withdrawn", "English text from the service", detail,
                    scope="share_pl_prosecutor", at="2026-11-25", others=("ua-prosecutor",))


def test_every_case_has_its_own_text_in_english() -> None:
    texts = {detail: exclusion_detail(_excluded(detail), "en") for detail in DETAILS}
    assert len(set(texts.values())) == len(DETAILS)  # no two cases share a sentence
    assert "English text from the service" not in texts.values()
    assert "2026-11-25" in texts["scope-withdrawn"]
    assert "ua-prosecutor" in texts["other-recipient-only"]


def test_ukrainian_and_polish_name_the_scope_in_that_language(qapp: object) -> None:
    translations = Translations()
    try:
        for language, word in (("uk", "згоду"), ("pl", "zgodę")):
            assert translations.install(language)
            text = exclusion_detail(_excluded("scope-withdrawn"), language)
            assert word in text and "2026-11-25" in text
            assert "prosecutor" not in text.lower()  # the scope's label is translated too
    finally:
        translations.install("en")


def test_an_unknown_case_falls_back_to_the_services_words() -> None:
    assert exclusion_detail(_excluded(""), "uk") == "English text from the service"
