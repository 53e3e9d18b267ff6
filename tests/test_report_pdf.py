"""The interview record PDF, read back with the real tools (pdftotext, pdffonts, qpdf)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.interview import (
    ConsentScope,
    Incident,
    Interpreter,
    Interview,
    Participant,
    Place,
    Withdrawal,
)
from fieldkit.domain.people import Person, PersonIdentity
from fieldkit.errors import FieldKitError, NotPermitted
from fieldkit.report import labels, redaction
from fieldkit.report.interview_pdf import render_interview_pdf
from fieldkit.services import evidence, records, reports
from fieldkit.services.session import Session
from fieldkit.store import audit

from .conftest import make_profile
from .samples import AT, interview, person
from .test_transmittal import Hq, build_hq

NARRATIVE = (
    "Вони прийшли вранці 15 березня й забрали мого сусіда.\n"
    "Мене звати Ганна Петренко, я бачила це з вікна.\n"
    "\n"
    "Потім нас тримали в підвалі школи «Ліцей №2» — п’ять днів."
)
INJECTION = (
    'Він написав: <b>не жирний</b> & "&amp;" <font color="red">не червоний</font>\n'
    "<br/> <para>x</para> &lt;script&gt; ]]> <img src=x/> 5 < 6 > 4"
)
SHELTER_ADDRESS = "ul. Marszałkowska 140/7"
STREET = "вул. Соборна, 12"
COORDINATES = "49.20751,37.25903"
INTERPRETER = "Iryna Shevchuk"
PSYCHOLOGIST = "Marta Nowak"
OTHER_WITNESS = "Петро Іваненко"
RELATIVE = "Олег Петренко"
FILENAME = "photo_Petrenko_passport.png"
PAGE_WORDS = {"en": ("Page", "of"), "uk": ("Сторінка", "з"), "pl": ("Strona", "z")}
PSEUDONYMISED = {"en": "pseudonymised", "uk": "псевдонімізований", "pl": "pseudonimizowany"}


# --------------------------------------------------------------------------- helpers


def pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    result = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Whitespace-insensitive form (pdftotext breaks lines where the page wraps them)."""
    return " ".join(text.split())


def rich_person() -> Person:
    base = person()
    return dataclasses.replace(
        base,
        identity=dataclasses.replace(
            base.identity,
            identity_document="Паспорт громадянина України ЕК 123456",
            current_address="ul. Długa 5, 31-147 Kraków",
            relatives=(RELATIVE,),
        ),
        profile=dataclasses.replace(
            base.profile,
            residence_hromada="Ізюмська міська громада",
            residence_settlement="Капитолівка",
        ),
    )


def rich_interview(person_id: str, narrative: str = NARRATIVE) -> Interview:
    base = interview(person_id, narrative=narrative)
    scopes = (
        *base.consent.scopes,
        ConsentScope(scope="photographs", granted=True, at=AT),
    )
    incident = dataclasses.replace(
        base.incidents[0],
        place=Place(
            oblast="Харківська",
            raion="Ізюмський",
            hromada="Ізюмська міська громада",
            settlement="Ізюм",
            street=STREET,
            coordinates=COORDINATES,
        ),
        other_witnesses=(OTHER_WITNESS,),
        told_by="",
        reliability_note="Розповідь послідовна; деталі збігаються з відкритими джерелами.",
    )
    return dataclasses.replace(
        base,
        consent=dataclasses.replace(
            base.consent,
            scopes=scopes,
            safe_channel="Signal +48 600 100 200",
            withdrawals=(
                Withdrawal(
                    at="2026-11-20T12:00:00.000000Z",
                    scopes=("photographs",),
                    notify_recipients=("HQ",),
                    note="Попросила не використовувати фото.",
                ),
            ),
        ),
        session=dataclasses.replace(
            base.session,
            address=SHELTER_ADDRESS,
            present=(
                *base.session.present,
                Participant(name=INTERPRETER, role="interpreter", organisation="FieldKit NGO"),
                Participant(name=PSYCHOLOGIST, role="psychologist", organisation="Centrum Pomocy"),
            ),
            interpreter=Interpreter(
                name=INTERPRETER,
                languages=("uk", "pl"),
                relationship="none",
                confidentiality_undertaking=True,
            ),
        ),
        incidents=(incident,),
    )


@dataclass(frozen=True)
class Sample:
    record_id: str
    person_id: str


def make_sample(session: Session, tmp_path: Path, narrative: str = NARRATIVE) -> Sample:
    pid = records.save_draft(session, rich_person()).record_id
    rid = records.save_draft(session, rich_interview(pid, narrative)).record_id
    photo = tmp_path / FILENAME
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    evidence.attach(
        session,
        rid,
        photo,
        Exhibit(
            type="photo",
            description="Фото зруйнованого будинку",
            provided_by="Ганна Петренко",
            obtained_where="Ізюм, вул. Соборна",
        ),
    )
    records.seal(session, rid)
    corrected = rich_interview(pid, narrative)
    corrected = dataclasses.replace(
        corrected, session=dataclasses.replace(corrected.session, end_time="12:25")
    )
    records.correct(session, rid, corrected, reason="Ганна Петренко уточнила час завершення")
    return Sample(rid, pid)


@pytest.fixture
def sample(interviewer: Session, tmp_path: Path) -> Sample:
    return make_sample(interviewer, tmp_path)


def export(
    session: Session, sample: Sample, tmp_path: Path, language: str, profile: str
) -> reports.ExportResult:
    out = tmp_path / "out" / f"{language}-{profile}"
    out.mkdir(parents=True)
    return reports.export_interview_pdf(
        session,
        sample.record_id,
        out / "record.pdf",
        language=language,
        redaction=profile,
        organisation="Fundacja Dokumentacja & Pamięć",
    )


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("language", ["uk", "pl", "en"])
def test_full_export_reads_back_in_each_language(
    interviewer: Session, sample: Sample, tmp_path: Path, language: str
) -> None:
    result = export(interviewer, sample, tmp_path, language, "full")
    text = pdftotext(result.path)
    for line in NARRATIVE.splitlines():
        if line:
            assert line in text, line
    assert "They came in the morning and took my neighbour." in text
    assert "Art. 8(2)(a)(ii)" in text
    assert "Art. 438" in text
    assert "Art. 123 § 2" in text
    assert "Fundacja Dokumentacja & Pamięć" in text
    assert "WAW-2026-0001" in text
    assert "P-0042" in text
    word, of = PAGE_WORDS[language]
    assert re.search(rf"{word} 1 {of} {result.pages}\b", text)
    assert result.pages >= 4
    record_hash = records.load(interviewer, sample.record_id).hash
    for page in range(1, result.pages + 1):
        page_text = pdftotext(result.path, page)
        assert record_hash in page_text, page
        assert sample.record_id in page_text, page
        assert f"{word} {page} {of} {result.pages}" in page_text, page
        assert labels.text(language, "profile_full") in page_text, page
    history = records.history(interviewer, sample.record_id)
    assert len(history) == 3
    for revision in history:
        assert revision.hash in text
    assert "уточнила час завершення" in text


def test_labels_are_translated(interviewer: Session, sample: Sample, tmp_path: Path) -> None:
    polish = pdftotext(export(interviewer, sample, tmp_path, "pl", "full").path)
    for label in ("Świadoma zgoda", "Dowody i łańcuch przechowywania", "Historia wersji"):
        assert label in polish
    assert "Tortury lub nieludzkie traktowanie" in polish  # vocabulary label in Polish
    assert "Udostępnienie polskiej prokuraturze" in polish  # consent scope in Polish
    ukrainian = pdftotext(export(interviewer, sample, tmp_path, "uk", "full").path)
    for label in ("Інформована згода", "Історія версій", "Підпис", "Кримінальний кодекс України"):
        assert label in ukrainian
    assert "Катування або нелюдське поводження" in ukrainian


def test_every_language_has_every_label() -> None:
    english = labels.LABELS["en"]
    for language in ("uk", "pl"):
        own = labels.LABELS[language]
        assert set(own) == set(english), language
        for key, template in english.items():
            placeholders = set(re.findall(r"{(\w+)}", template))
            assert set(re.findall(r"{(\w+)}", own[key])) == placeholders, (language, key)


def test_fonts_are_embedded_and_the_file_is_valid(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    for profile in ("full", "pseudonymised"):
        result = export(interviewer, sample, tmp_path, "uk", profile)
        fonts = subprocess.run(
            ["pdffonts", str(result.path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        rows = fonts[2:]
        assert rows, "no fonts listed"
        for row in rows:
            # name type... encoding emb sub uni object ID: read from the right
            emb = row.split()[-5]
            assert emb == "yes", row
            assert "Type 3" not in row
            assert "DejaVu" in row, row
        check = subprocess.run(
            ["qpdf", "--check", str(result.path)], capture_output=True, check=False
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_pseudonymised_export_removes_identity(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    for language in ("uk", "pl", "en"):
        result = export(interviewer, sample, tmp_path, language, "pseudonymised")
        text = pdftotext(result.path)
        for forbidden in (
            "Ганна Петренко",
            "Hanna Petrenko",
            "Petrenko",
            "1961-04-02",
            "Signal via shelter staff",
            "Signal +48 600 100 200",
            "ЕК 123456",
            "Długa",
            "Marszałkowska",
            "Соборна",
            "49.20751",
            "Капитолівка",
            INTERPRETER,
            PSYCHOLOGIST,
            OTHER_WITNESS,
            RELATIVE,
            "Olena Kovalenko",
            FILENAME,
        ):
            assert forbidden not in text, (language, forbidden)
            assert forbidden not in flat(text), (language, forbidden)
        assert "P-0042" in text
        assert "Мене звати [P-0042], я бачила це з вікна." in text
        assert "[P-0042] уточнила час завершення" in flat(text)
        assert PSEUDONYMISED[language] in text
        assert "IV-1" in text and "IN-1" in text and "PS-1" in text and "W-1" in text
        assert "Ізюмська міська громада" in text  # coarsened to hromada, not dropped
        assert "Art. 8(2)(a)(ii)" in text
        word, of = PAGE_WORDS[language]
        for page in range(1, result.pages + 1):
            page_text = pdftotext(result.path, page)
            assert f"{word} {page} {of} {result.pages}" in page_text
            assert PSEUDONYMISED[language] in page_text, (language, page)


def test_full_export_holds_identity_but_never_the_shelter_address(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    text = pdftotext(export(interviewer, sample, tmp_path, "en", "full").path)
    for present in (
        "Ганна Петренко",
        "Hanna Petrenko",
        "1961-04-02",
        "Signal via shelter staff",
        "Długa 5",
        STREET,
        COORDINATES,
        INTERPRETER,
        OTHER_WITNESS,
        RELATIVE,
        FILENAME,
    ):
        assert present in text, present
    assert "Marszałkowska" not in text
    assert "Мене звати Ганна Петренко, я бачила це з вікна." in text


def test_markup_in_the_account_is_printed_literally(interviewer: Session, tmp_path: Path) -> None:
    sample = make_sample(interviewer, tmp_path, narrative=INJECTION)
    for profile in ("full", "pseudonymised"):
        text = pdftotext(export(interviewer, sample, tmp_path, "en", profile).path)
        for line in INJECTION.splitlines():
            assert line in text, line
        assert "&amp;amp;" not in text


def test_export_is_audited_without_testimony(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    result = export(interviewer, sample, tmp_path, "pl", "pseudonymised")
    data = result.path.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    [entry] = [e for e in audit.entries(interviewer.vault) if e.event == "export"]
    assert entry.detail["record"] == sample.record_id
    assert entry.detail["kind"] == "pdf"
    assert entry.detail["redaction"] == "pseudonymised"
    assert entry.detail["sha256"] == result.sha256
    assert entry.detail["pages"] == result.pages
    dumped = json.dumps(entry.detail, ensure_ascii=False)
    for secret in ("сусіда", "Петренко", "Petrenko", "record.pdf", "Ізюм", "вікна"):
        assert secret not in dumped
    assert audit.verify(interviewer.vault).ok


def test_file_is_written_atomically_and_private(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    result = export(interviewer, sample, tmp_path, "uk", "full")
    assert [p.name for p in result.path.parent.iterdir()] == ["record.pdf"]
    assert result.path.stat().st_mode & 0o777 == 0o600
    assert result.path.read_bytes().startswith(b"%PDF-")
    # replacing an existing file: still one file, still private, new content
    result.path.chmod(0o644)
    again = reports.export_interview_pdf(
        interviewer, sample.record_id, result.path, language="en", redaction="full"
    )
    assert [p.name for p in result.path.parent.iterdir()] == ["record.pdf"]
    assert again.path.stat().st_mode & 0o777 == 0o600
    assert hashlib.sha256(again.path.read_bytes()).hexdigest() == again.sha256 != result.sha256


def test_same_record_gives_the_same_bytes(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    first = export(interviewer, sample, tmp_path, "pl", "full")
    second = reports.export_interview_pdf(
        interviewer,
        sample.record_id,
        tmp_path / "again.pdf",
        language="pl",
        redaction="full",
        organisation="Fundacja Dokumentacja & Pamięć",
    )
    assert first.sha256 == second.sha256


@pytest.mark.parametrize(
    "case",
    [
        ("de", "full", "report.language"),
        ("", "full", "report.language"),
        ("uk", "public", "report.redaction"),
        ("uk", "FULL", "report.redaction"),
    ],
)
def test_invalid_language_or_profile_is_refused(
    interviewer: Session, sample: Sample, tmp_path: Path, case: tuple[str, str, str]
) -> None:
    language, profile, code = case
    before = len(audit.entries(interviewer.vault))
    with pytest.raises(FieldKitError) as caught:
        reports.export_interview_pdf(
            interviewer, sample.record_id, tmp_path / "x.pdf", language=language, redaction=profile
        )
    assert caught.value.code == code
    assert not (tmp_path / "x.pdf").exists()
    assert len(audit.entries(interviewer.vault)) == before


def test_no_export_without_consent_in_force(interviewer: Session, tmp_path: Path) -> None:
    rid = records.save_draft(interviewer, interview(consent_to_participate=False)).record_id
    with pytest.raises(FieldKitError) as caught:
        reports.export_interview_pdf(
            interviewer, rid, tmp_path / "x.pdf", language="en", redaction="full"
        )
    assert caught.value.code == "report.no_consent"
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_destination_is_a_fieldkit_error(
    interviewer: Session, sample: Sample, tmp_path: Path
) -> None:
    with pytest.raises(FieldKitError) as caught:
        reports.export_interview_pdf(
            interviewer,
            sample.record_id,
            tmp_path / "missing" / "x.pdf",
            language="en",
            redaction="full",
        )
    assert caught.value.code == "report.write_failed"
    with pytest.raises(FieldKitError):
        reports.export_interview_pdf(
            interviewer, sample.record_id, tmp_path, language="en", redaction="full"
        )


def test_long_account_flows_over_many_pages(interviewer: Session, tmp_path: Path) -> None:
    paragraph = (
        "Ми сиділи в підвалі без світла, і щоранку приходили двоє з автоматами. "
        "Вони питали про сина, про сусідів, про те, хто служив. "
    ) * 6
    narrative = "\n".join(f"{n}. {paragraph}" for n in range(1, 41))
    sample = make_sample(interviewer, tmp_path, narrative=narrative)
    long_description = "Опис події, дуже довгий. " * 900  # longer than a page in one field
    loaded = records.load(interviewer, sample.record_id)
    body = loaded.body
    assert isinstance(body, Interview)
    body = dataclasses.replace(
        body,
        incidents=(dataclasses.replace(body.incidents[0], description=long_description),),
    )
    records.correct(interviewer, sample.record_id, body, reason="Доповнено опис")
    result = export(interviewer, sample, tmp_path, "uk", "full")
    assert result.pages >= 10
    text = flat(pdftotext(result.path))
    assert flat(f"40. {paragraph}") in text
    assert f"Сторінка {result.pages} з {result.pages}" in text


def test_pseudonymised_profile_is_applied_to_the_data(interviewer: Session, sample: Sample) -> None:
    source = reports.interview_source(interviewer, sample.record_id)
    shown = redaction.apply(source, "pseudonymised")
    assert shown.person is not None
    assert shown.person.identity == PersonIdentity()
    assert shown.person.profile.residence_settlement == ""
    iv = shown.interview
    assert iv.session.address == ""
    assert [p.name for p in iv.session.present] == ["IV-1", "IN-1", "PS-1"]
    assert iv.session.interpreter is not None and iv.session.interpreter.name == "IN-1"
    assert iv.account.translator == "IV-1"  # the interviewer translated: one name, one code
    assert iv.consent.safe_channel == ""
    place = iv.incidents[0].place
    assert (place.settlement, place.street, place.coordinates) == ("", "", "")
    assert place.hromada == "Ізюмська міська громада"
    assert iv.incidents[0].other_witnesses == ("W-1",)
    [entry] = shown.exhibits
    assert entry.exhibit.provided_by == "P-0042"
    assert entry.exhibit.original_filename == entry.exhibit.obtained_where == ""
    assert {c.by for c in entry.custody} == {"IV-1"}
    assert entry.exhibit.sha256 == source.exhibits[0].exhibit.sha256
    full = redaction.apply(source, "full")
    assert full.person == source.person
    assert full.interview.session.address == ""
    assert full.interview.account.narrative == NARRATIVE


def test_render_needs_no_vault() -> None:
    from fieldkit.report.pdf_model import InterviewSource

    source = InterviewSource(
        record_id="01900000-0000-7000-8000-000000000000",
        record_hash="0" * 64,
        status="draft",
        revision=1,
        updated_at=AT,
        interview=Interview(incidents=(Incident(id="i"),)),
    )
    result = render_interview_pdf(source, language="pl", redaction="pseudonymised")
    assert result.data.startswith(b"%PDF-") and result.pages >= 2


# --------------------------------------------------------------------------- at HQ


@pytest.fixture
def hq(tmp_path: Path) -> Hq:
    return build_hq(tmp_path)


def test_hq_exports_an_imported_record_as_sent(hq: Hq, tmp_path: Path) -> None:
    dest = tmp_path / "hq-export" / "WAW-2026-0001.pdf"
    dest.parent.mkdir()
    result = reports.export_hq_interview_pdf(
        hq.hq, hq.ids["ok"], dest, language="pl", redaction="pseudonymised")
    assert result.path == dest.resolve() and result.pages >= 2
    assert dest.stat().st_mode & 0o777 == 0o600
    text = flat(pdftotext(dest))
    assert "WAW-2026-0001" in text and "Documenting Together" in text
    assert "Petrenko" not in text and "Петренко" not in text  # pseudonymised
    [entry] = [e for e in audit.entries(hq.hq.vault) if e.event == "export"]
    assert entry.detail["record"] == hq.ids["ok"] and entry.detail["kind"] == "pdf"
    assert entry.detail["sha256"] == result.sha256
    assert "WAW-2026-0001.pdf" not in json.dumps(entry.detail)
    full = reports.export_hq_interview_pdf(
        hq.hq, hq.ids["ok"], tmp_path / "full.pdf", language="uk", redaction="full")
    assert "Петренко" in flat(pdftotext(full.path))


def test_hq_export_refuses_bad_requests_and_other_profiles(hq: Hq, tmp_path: Path) -> None:
    with pytest.raises(FieldKitError):
        reports.export_hq_interview_pdf(
            hq.hq, "01900000-0000-7000-8000-0000000000ff", tmp_path / "x.pdf",
            language="en", redaction="full")
    with pytest.raises(FieldKitError):
        reports.export_hq_interview_pdf(
            hq.hq, hq.ids["ok"], tmp_path / "x.pdf", language="de", redaction="full")
    laptop = make_profile()
    with pytest.raises(NotPermitted):
        reports.export_hq_interview_pdf(
            laptop, hq.ids["ok"], tmp_path / "x.pdf", language="en", redaction="full")
    assert not list(tmp_path.glob("*.pdf"))
