"""The vocabulary files and their loader (fieldkit.domain.vocabulary)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

import pytest

from fieldkit.domain import vocabulary as v
from fieldkit.domain.errors import FieldKitError, UnknownTerm

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
CODE = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
GROUPS = {"rs-6", "rs-7", "rs-8-2-a", "rs-8-2-b", "rs-8-2-c", "rs-8-2-e"}
RECORD_KINDS = {"person", "interview", "exhibit", "custody", "note"}
RECIPIENTS = {
    "transfer_hq": "hq",
    "share_pl_prosecutor": "pl-prosecutor",
    "share_ua_prosecutor": "ua-prosecutor",
    "share_international": "international",
}
LISTS = {
    "interview_purpose": {"first_account", "detailed_account"},
    "prior_account_recipient": {
        "police",
        "pl_prosecutor",
        "ua_prosecutor_police",
        "icc",
        "un",
        "other_ngo",
        "journalists",
        "other",
    },
    "screening_decision": {"proceed", "defer", "refer_only"},
    "location_type": {"shelter", "office", "hospital", "remote", "other"},
    "participant_role": {
        "interviewer",
        "note_taker",
        "interpreter",
        "psychologist",
        "guardian",
        "support_person",
        "other",
    },
    "consent_method": {"oral", "recorded", "signed"},
    "recording_method": {"typed", "handwritten_scanned", "audio"},
    "date_precision": {"exact", "day", "month", "year", "approximate", "range"},
    "knowledge_basis": {"saw", "heard", "told", "documents"},
    "confidence": {"high", "medium", "low"},
    "victim_status": {"civilian", "prisoner_of_war", "hors_de_combat", "unknown"},
    "victim_fate": {
        "killed",
        "injured",
        "detained",
        "disappeared",
        "deported",
        "child_transferred",
        "other",
        "unknown",
    },
    "witness_type": {"victim", "eyewitness", "hearsay", "relative"},
    "gender": {"female", "male", "other", "undisclosed"},
    "age_band": {"0-13", "14-17", "18-29", "30-44", "45-59", "60-74", "75-plus"},
    "risk_level": {"none", "low", "moderate", "high", "acute"},
    "exhibit_type": {"photo", "scan", "document", "audio", "video", "object", "other"},
    "record_status": {"draft", "sealed", "withdrawn"},
    "language": {"uk", "ru", "pl", "en", "crh", "other"},
}


def all_vocabularies() -> list[v.Vocabulary]:
    return [
        v.violations(),
        v.violation_groups(),
        v.consent_scopes(),
        v.consent_explanations(),
        v.roles(),
        *(v.closed_list(name) for name in v.list_names()),
    ]


@pytest.mark.parametrize("vocab", all_vocabularies(), ids=lambda vocab: vocab.name)
def test_every_vocabulary_is_complete_and_translated(vocab: v.Vocabulary) -> None:
    assert vocab.version == "2026.1"
    assert len(vocab) > 0
    codes = vocab.codes()
    assert len(codes) == len(set(codes))
    for term in vocab:
        assert CODE.match(term.code), term.code
        for lang in v.LANGUAGES:
            assert term.labels[lang].strip(), (term.code, lang)
            assert term.labels[lang] == term.labels[lang].strip(), (term.code, lang)
        assert CYRILLIC.search(term.labels["uk"]), term.code
        assert not CYRILLIC.search(term.labels["pl"]), term.code
    # Polish is a translation, not a copy of the English.
    assert sum(t.labels["pl"] != t.labels["en"] for t in vocab) >= len(vocab) / 2


def test_violations_map_to_the_statute_and_both_codes() -> None:
    groups = set(v.violation_groups().codes())
    assert groups == GROUPS
    for term in v.violations():
        assert term.extra["group"] in groups
        statute = term.extra["rome_statute"]
        assert isinstance(statute, str)
        assert statute.startswith("Art. ")
        assert term.strings("ua_cc")
        assert term.strings("pl_kk")
        assert all(cite.startswith("Art. ") for cite in term.strings("ua_cc"))
        assert all(cite.startswith("Art. ") for cite in term.strings("pl_kk"))
        keywords = term.extra["keywords"]
        assert isinstance(keywords, Mapping)
        for lang in v.LANGUAGES:
            assert keywords[lang], (term.code, lang)
    # Every group is used.
    assert {t.extra["group"] for t in v.violations()} == GROUPS


def test_torture_is_art_7_1_f() -> None:
    torture = v.violations().get("rs-7-1-f")
    assert torture.extra["rome_statute"] == "Art. 7(1)(f)"
    assert torture.extra["group"] == "rs-7"
    assert torture.label("uk") == "Катування"
    assert torture.label("pl") == "Tortury"
    assert torture.label("en") == "Torture"
    assert torture.extra["notes"]  # crimes against humanity carry the Ukrainian-code caveat


@pytest.mark.parametrize(
    ("code", "citation", "ua", "pl"),
    [
        ("rs-6-a", "Art. 6(a)", "Art. 442", "Art. 118 § 1"),
        ("rs-8-2-a-i", "Art. 8(2)(a)(i)", "Art. 438(2)", "Art. 123 § 1"),
        ("rs-8-2-b-xxiii", "Art. 8(2)(b)(xxiii)", "Art. 438", "Art. 123 § 2"),
        ("rs-8-2-b-xvii-xx", "Art. 8(2)(b)(xvii)-(xx)", "Art. 439", "Art. 122 § 2"),
        ("rs-8-2-b-xxvi", "Art. 8(2)(b)(xxvi)", "Art. 438", "Art. 124 § 1"),
    ],
)
def test_selected_mappings(code: str, citation: str, ua: str, pl: str) -> None:
    term = v.violations().get(code)
    assert term.extra["rome_statute"] == citation
    assert ua in term.strings("ua_cc")
    assert pl in term.strings("pl_kk")


ART_8_2_A = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
ART_8_2_B = "i ii iv v vi viii ix xiii xvi xxi xxii xxiii xxv xxvi"


def test_all_required_categories_are_present() -> None:
    citations = {t.extra["rome_statute"] for t in v.violations()}
    expected = (
        [f"Art. 6({x})" for x in "abcde"]
        + [f"Art. 7(1)({x})" for x in "abcdefghik"]
        + [f"Art. 8(2)(a)({x})" for x in ART_8_2_A]
        + [f"Art. 8(2)(b)({x})" for x in ART_8_2_B.split(" ")]
        + ["Art. 8(2)(b)(xvii)-(xx)"]
        + [f"Art. 8(2)(c)({x})" for x in ("i", "ii", "iii", "iv")]
    )
    assert set(expected) <= citations
    assert any(str(c).startswith("Art. 8(2)(e)") for c in citations)


def test_consent_participation_alone_is_required() -> None:
    scopes = v.consent_scopes()
    assert scopes.get("participation").extra["required"] is True
    assert [t.code for t in scopes if t.extra.get("required")] == ["participation"]
    assert set(scopes.codes()) == {
        "participation",
        "written_notes",
        "audio_recording",
        "photographs",
        "documents_objects",
        "storage",
        "transfer_hq",
        "share_pl_prosecutor",
        "share_ua_prosecutor",
        "share_international",
        "follow_up_contact",
        "use_of_name",
        "anonymised_reports",
    }


def test_each_sharing_scope_names_its_recipient_and_no_other_does() -> None:
    for term in v.consent_scopes():
        assert term.extra.get("recipient") == RECIPIENTS.get(term.code), term.code
    assert v.consent_scopes().get("use_of_name").strings("choices") == ("name", "pseudonym")


def test_consent_explanations_follow_record_md() -> None:
    assert v.consent_explanations().codes() == (
        "who_we_are",
        "purpose",
        "storage",
        "recipients",
        "prosecutor_contact",
        "defence_disclosure",
        "risks",
        "no_promises",
        "right_to_stop",
        "right_to_withdraw",
    )


def test_roles_create_only_known_record_kinds() -> None:
    expected = {
        "interviewer": ("person", "interview", "exhibit", "custody"),
        "psychologist": ("person", "note"),
        "coordinator": (),
        "clinical_lead": (),
    }
    roles = v.roles()
    assert set(roles.codes()) == set(expected)
    for term in roles:
        kinds = term.strings("can_create")
        assert set(kinds) <= RECORD_KINDS
        assert kinds == expected[term.code]


def test_closed_lists_hold_the_expected_codes() -> None:
    assert set(v.list_names()) == set(LISTS)
    for name, codes in LISTS.items():
        assert set(v.closed_list(name).codes()) == codes, name


def test_unknown_code_raises_unknown_term_with_a_short_message() -> None:
    with pytest.raises(UnknownTerm) as caught:
        v.violations().get("no-such-act-" + "x" * 500)
    message = caught.value.message
    assert "violations" in message
    assert len(message) < 200
    assert caught.value.code == "vocabulary.unknown_term"
    assert not v.violations().has("no-such-act")
    assert v.violations().has("rs-7-1-f")
    with pytest.raises(UnknownTerm):
        v.closed_list("gender").get("unknown-gender")
    with pytest.raises(UnknownTerm):
        v.violations().get(["not", "a", "code"])  # type: ignore[arg-type]


def test_unknown_list_name_raises() -> None:
    with pytest.raises(FieldKitError) as caught:
        v.closed_list("no_such_list")
    assert isinstance(caught.value, UnknownTerm)
    assert "no_such_list" in caught.value.message


@pytest.mark.parametrize(
    ("text", "lang"),
    [("тортур", "uk"), ("катув", "uk"), ("КАТУВАННЯ", "en"), ("tortur", "pl"), ("Torture", "en")],
)
def test_search_finds_torture(text: str, lang: str) -> None:
    found = v.violations().search(text, lang)
    assert "rs-7-1-f" in [t.code for t in found]
    assert v.violations().get("rs-7-1-f").matches(text, lang)


def test_search_by_citation_diacritics_and_ranking() -> None:
    assert [t.code for t in v.violations().search("7(1)(f)", "en")] == ["rs-7-1-f"]
    assert "rs-8-2-b-xxiii" in [t.code for t in v.violations().search("123 § 2", "pl")]
    # Typed without Polish diacritics, and with a plain apostrophe in Ukrainian.
    assert "rs-7-1-a" in [t.code for t in v.violations().search("zabojstwo", "pl")]
    assert "rs-7-1-e" in [t.code for t in v.violations().search("ув'язнення", "uk")]
    # Label prefix matches in the chosen language come first.
    assert v.violations().search("tortury", "pl")[0].code == "rs-7-1-f"
    assert v.violations().search("", "en") == v.violations().terms
    assert v.violations().search("zzzz-nothing", "en") == ()


def test_label_falls_back_to_english() -> None:
    term = v.closed_list("language").get("crh")
    assert term.label("de") == "Crimean Tatar"
    assert term.label("uk") == "Кримськотатарська"


def test_terms_and_vocabularies_are_immutable() -> None:
    term = v.violations().get("rs-7-1-f")
    with pytest.raises(TypeError):
        term.labels["en"] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        term.code = "x"  # type: ignore[misc]
    assert isinstance(term.extra["ua_cc"], tuple)
    assert hash(term) == hash(v.violations().get("rs-7-1-f"))
    assert v.violations() is v.violations()  # cached


def test_versions_lists_every_file() -> None:
    found = v.versions()
    assert found == {
        "violations": "2026.1",
        "consent": "2026.1",
        "roles": "2026.1",
        "lists": "2026.1",
    }
    found["violations"] = "changed"
    assert v.versions()["violations"] == "2026.1"


GOOD = {
    "vocabulary": "sample",
    "version": "2026.1",
    "terms": [{"code": "a", "labels": {"en": "A", "uk": "А", "pl": "A-pl"}}],
}


def test_parse_vocabulary_accepts_a_good_document() -> None:
    vocab = v.parse_vocabulary(json.dumps(GOOD))
    assert vocab.name == "sample"
    assert vocab.codes() == ("a",)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        json.dumps({**GOOD, "version": ""}),
        json.dumps({k: val for k, val in GOOD.items() if k != "vocabulary"}),
        json.dumps({**GOOD, "terms": []}),
        json.dumps({**GOOD, "terms": [{"code": "a", "labels": {"en": "A", "uk": "А"}}]}),
        json.dumps({**GOOD, "terms": [{"code": "a", "labels": {"en": "A", "uk": " ", "pl": "p"}}]}),
        json.dumps({**GOOD, "terms": [{"code": "Bad Code", "labels": GOOD["terms"][0]["labels"]}]}),  # type: ignore[index]
        json.dumps({**GOOD, "terms": GOOD["terms"] * 2}),  # type: ignore[operator]
        '{"vocabulary": "x", "vocabulary": "y", "version": "1", "terms": []}',
    ],
)
def test_malformed_documents_are_rejected(text: str) -> None:
    with pytest.raises(FieldKitError) as caught:
        v.parse_vocabulary(text, source="sample.json")
    assert caught.value.code == "vocabulary.malformed"
    assert "sample.json" in caught.value.message
