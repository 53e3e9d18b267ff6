"""Statistics at HQ from real bundles: two laptops, a known set of interviews, the PDF."""

from __future__ import annotations

import dataclasses
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit.domain.interview import Interview, Withdrawal
from fieldkit.errors import FieldKitError, NotPermitted
from fieldkit.services import records, statistics
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store import audit

from .conftest import make_profile
from .samples import AT, interview, person
from .test_transmittal import pdftotext

TORTURE = "rs-8-2-a-ii"  # the sample's category
MURDER = "rs-8-2-a-i"
PILLAGE = "rs-8-2-b-xvi"


@dataclass
class StatsHq:
    hq: Session
    clinical: Session
    tmp: Path
    ids: dict[str, str]


def _enroll(hq: Session, laptop: Session, provisioning: Path, tmp: Path, device: str) -> None:
    sync_service.join(laptop, provisioning, device)
    request = tmp / f"request-{laptop.info.id}.fkq"
    sync_service.write_request(laptop, request, device)
    sync_service.receive_request(hq, request)
    sync_service.approve(hq, laptop.info.id)


def _body(*, city: str, date: str, categories: tuple[str, ...] = (TORTURE,),
          without: tuple[str, ...] = ()) -> Interview:
    base = interview(city=city, date=date, case_number=f"WAW-{date}")
    acts = tuple(
        dataclasses.replace(base.acts[0], id=f"act-{n}", category=category)
        for n, category in enumerate(categories, start=1)
    ) or ()
    scopes = tuple(s for s in base.consent.scopes if s.scope not in without)
    return dataclasses.replace(base, acts=acts,
                               consent=dataclasses.replace(base.consent, scopes=scopes))


def build_stats_hq(tmp: Path) -> StatsHq:
    """Two laptops send interviews with known cities, months, categories and consent.

    Counted (sealed, consent to participate in force): 5 interviews.
      Olena:  a Warszawa 2026-09 [torture, murder, torture again]
              b " warszawa " 2026-09 [torture]; share_pl_prosecutor withdrawn later
              c Kraków 2026-11 [] (no category)
      Taras:  d Kraków 2026-11 [murder]; no share_ua_prosecutor asked
              e Łódź 2026-07 [pillage]
    Not counted: a draft and a withdrawn record. (A sealed record whose consent to
    participate is withdrawn cannot be made: the laptop refuses to seal or correct it.)
    """
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = tmp / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = tmp / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    sync_service.join(clinical, provisioning, "HQ clinical laptop")
    olena = make_profile("interviewer", "Olena Kovalenko")
    taras = make_profile("interviewer", "Taras Melnyk")
    _enroll(hq, olena, provisioning, tmp, "Laptop 7 (Kraków)")
    _enroll(hq, taras, provisioning, tmp, "Laptop 3")
    ids: dict[str, str] = {}

    people = {laptop.info.id: records.save_draft(laptop, person()).record_id
              for laptop in (olena, taras)}

    def sealed(laptop: Session, name: str, body: Interview) -> str:
        body = dataclasses.replace(body, person_id=people[laptop.info.id])
        rid = records.save_draft(laptop, body).record_id
        records.seal(laptop, rid)
        ids[name] = rid
        return rid

    sealed(olena, "a", _body(city="Warszawa", date="2026-09-03",
                             categories=(TORTURE, MURDER, TORTURE)))
    sealed(olena, "b", _body(city=" warszawa ", date="2026-09-28"))
    current = records.load(olena, ids["b"]).body
    assert isinstance(current, Interview)
    records.correct(olena, ids["b"], dataclasses.replace(current, consent=dataclasses.replace(
        current.consent, withdrawals=(Withdrawal(at=AT, scopes=("share_pl_prosecutor",)),))),
        reason="Consent to the Polish prosecutor withdrawn")
    sealed(olena, "c", _body(city="Kraków", date="2026-11-20", categories=()))
    sealed(olena, "gone", _body(city="Gdańsk", date="2026-10-01"))
    records.withdraw(olena, ids["gone"], "The person asked for the record to be withdrawn")
    ids["draft"] = records.save_draft(olena, _body(city="Gdańsk", date="2026-10-02")).record_id
    sealed(taras, "d", _body(city="Kraków", date="2026-11-02", categories=(MURDER,),
                             without=("share_ua_prosecutor",)))
    sealed(taras, "e", _body(city="Łódź", date="2026-07-15", categories=(PILLAGE,)))
    for laptop in (olena, taras):
        stick = tmp / f"usb-{laptop.info.id}"
        stick.mkdir()
        sync_service.export_bundle(laptop, stick)
        [outcome] = sync_service.import_bundles(hq, [stick])
        assert outcome.status == "imported", outcome.message
        laptop.lock()
    return StatsHq(hq, clinical, tmp, ids)


@pytest.fixture
def stats_hq(tmp_path: Path) -> StatsHq:
    return build_stats_hq(tmp_path)


def counts(items: tuple[statistics.Count, ...]) -> dict[str, int]:
    return {c.key: c.count for c in items}


def test_counts_of_a_known_set(stats_hq: StatsHq) -> None:
    s = statistics.compute(stats_hq.hq, "en")
    assert (s.interviews, s.drafts, s.withdrawn, s.no_consent, s.unreadable) == (5, 1, 1, 0, 0)
    assert [(c.label, c.count) for c in s.by_city] == [("Kraków", 2), ("Warszawa", 2), ("Łódź", 1)]
    assert [(c.key, c.count) for c in s.by_month] == [
        ("2026-07", 1), ("2026-08", 0), ("2026-09", 2), ("2026-10", 0), ("2026-11", 2)]
    by_sender = {c.label: c.count for c in s.by_interviewer}
    assert by_sender == {"Olena Kovalenko (Laptop 7 (Kraków))": 3, "Taras Melnyk (Laptop 3)": 2}
    # a: torture and murder (torture twice counts once); b: torture; d: murder; e: pillage
    assert counts(s.by_category) == {TORTURE: 2, MURDER: 2, PILLAGE: 1}
    assert s.without_category == 1
    torture = next(c for c in s.by_category if c.key == TORTURE)
    assert torture.detail == "Art. 8(2)(a)(ii)" and "orture" in torture.label
    scopes = counts(s.by_scope)
    assert scopes["participation"] == 5
    assert scopes["share_pl_prosecutor"] == 4  # withdrawn in b: not counted
    assert scopes["share_ua_prosecutor"] == 4  # never asked in d
    assert scopes["audio_recording"] == 0
    assert s.newest_interview_date == "2026-11-20"
    assert s.last_import_at.startswith("20")


def test_labels_follow_the_language(stats_hq: StatsHq) -> None:
    uk = statistics.compute(stats_hq.hq, "uk")
    pl = statistics.compute(stats_hq.hq, "pl")
    assert next(c.label for c in uk.by_scope if c.key == "participation") == "Участь в інтерв’ю"
    assert next(c.label for c in pl.by_scope if c.key == "participation") == "Udział w wywiadzie"
    assert next(c.label for c in uk.by_category if c.key == TORTURE).startswith("Катування")
    with pytest.raises(FieldKitError) as bad:
        statistics.compute(stats_hq.hq, "de")
    assert bad.value.code == "report.language"


def test_only_the_hq_profile_may_count(stats_hq: StatsHq, tmp_path: Path) -> None:
    interviewer = make_profile("interviewer", "Someone Else")
    for session in (interviewer, stats_hq.clinical):
        with pytest.raises(NotPermitted):
            statistics.compute(session)
        with pytest.raises(NotPermitted):
            statistics.export_pdf(session, tmp_path / "s.pdf")
    assert not (tmp_path / "s.pdf").exists()
    interviewer.lock()


def test_an_empty_hq_counts_nothing(tmp_path: Path) -> None:
    clinical = make_profile("clinical_lead", "Dr Iryna Bondar")
    hq = make_profile("coordinator", "Warsaw HQ")
    request = tmp_path / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    sync_service.setup_organisation(hq, "Documenting Together", request, tmp_path / "p.fkp")
    s = statistics.compute(hq)
    assert s.interviews == 0 and s.by_city == () and s.by_month == ()
    assert s.newest_interview_date == "" and s.last_import_at == ""
    result = statistics.export_pdf(hq, tmp_path / "empty.pdf")
    assert "Nothing to count yet." in pdftotext(result.path)


def _tool(*args: str) -> str:
    done = subprocess.run(list(args), capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize(("lang", "words"), [
    ("uk", ("Кількість свідчень — не кількість подій", "Інтерв’ю за містом", "Сторінка 1 з",
            "Передання прокуратурі України", "Łódź")),
    ("pl", ("Liczba relacji to nie liczba zdarzeń", "Wywiady według miasta", "Strona 1 z",
            "Udostępnienie prokuraturze Ukrainy", "Łódź")),
    ("en", ("Counts of testimonies are not counts of events", "Interviews by city",
            "Page 1 of", "Documenting Together", "Taras Melnyk (Laptop 3)")),
])
def test_the_pdf_in_each_language(stats_hq: StatsHq, tmp_path: Path, lang: str,
                                  words: tuple[str, ...]) -> None:
    dest = tmp_path / "out" / f"statistics-{lang}.pdf"
    dest.parent.mkdir()
    result = statistics.export_pdf(stats_hq.hq, dest, lang)
    assert result.path == dest.resolve() and result.pages >= 1
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert [p.name for p in dest.parent.iterdir()] == [dest.name]  # no temp file left
    found = pdftotext(dest)
    for word in words:
        assert word in found, word
    first_page = " ".join(_tool("pdftotext", "-enc", "UTF-8", "-l", "1", str(dest), "-").split())
    assert words[0] in first_page  # the note is on the first page
    assert f"1 of {result.pages}" in found or f"1 з {result.pages}" in found \
        or f"1 z {result.pages}" in found
    fonts = _tool("pdffonts", str(dest)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded
    assert any("DejaVuSans" in line for line in fonts)
    subprocess.run(["qpdf", "--check", str(dest)], capture_output=True, check=True)
    [event] = [e for e in audit.entries(stats_hq.hq.vault) if e.event == "print"]
    assert event.detail["kind"] == "statistics" and event.detail["language"] == lang
    assert event.detail["interviews"] == 5 and event.detail["sha256"] == result.sha256


def test_a_folder_or_a_missing_folder_is_refused(stats_hq: StatsHq, tmp_path: Path) -> None:
    with pytest.raises(FieldKitError) as folder:
        statistics.export_pdf(stats_hq.hq, tmp_path)
    assert folder.value.code == "report.destination"
    with pytest.raises(FieldKitError) as missing:
        statistics.export_pdf(stats_hq.hq, tmp_path / "nowhere" / "s.pdf")
    assert missing.value.code == "report.write_failed"
    assert [e for e in audit.entries(stats_hq.hq.vault) if e.event == "print"] == []


def test_many_records_are_counted_in_a_few_queries(stats_hq: StatsHq) -> None:
    statements: list[str] = []
    raw = stats_hq.hq.vault.conn
    raw.set_trace_callback(statements.append)
    try:
        statistics.compute(stats_hq.hq)
    finally:
        raw.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert 1 <= len(selects) <= 6, selects


def test_scopes_granted_at_the_end_only_count_the_last_answer() -> None:
    from fieldkit.services.statistics import _granted_scopes

    consent = {"scopes": [{"scope": "photographs", "granted": True},
                          {"scope": "photographs", "granted": False},
                          {"scope": "storage", "granted": True}],
               "withdrawals": []}
    assert _granted_scopes(consent) == {"storage"}
    assert _granted_scopes({"scopes": "nonsense"}) == set()
