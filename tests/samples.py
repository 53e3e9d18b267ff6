"""Realistic sample records for tests (fictional people, fictional events)."""

from __future__ import annotations

from fieldkit.domain.interview import (
    Account,
    AllegedAct,
    Consent,
    ConsentScope,
    Incident,
    Interview,
    Participant,
    Perpetrator,
    Place,
    Screening,
    Session,
    Victim,
)
from fieldkit.domain.people import Person, PersonIdentity, PersonProfile

AT = "2026-11-20T10:05:00.000000Z"
SCOPES = (
    "participation",
    "written_notes",
    "storage",
    "transfer_hq",
    "share_pl_prosecutor",
    "share_ua_prosecutor",
)


def person(
    name_cyr: str = "Ганна Петренко",
    name_lat: str = "Hanna Petrenko",
    dob: str = "1961-04-02",
    code: str = "P-0042",
) -> Person:
    return Person(
        code=code,
        identity=PersonIdentity(
            full_name_cyrillic=name_cyr,
            full_name_latin=name_lat,
            date_of_birth=dob,
            safe_contact="Signal via shelter staff",
        ),
        profile=PersonProfile(
            pseudonym="Witness H",
            age_band="60-74",
            gender="female",
            nationality="UA",
            residence_oblast="Kharkivska",
            witness_type="victim",
            languages=("uk", "ru"),
        ),
    )


def interview(
    person_id: str = "",
    *,
    narrative: str = "Вони прийшли вранці й забрали мого сусіда.",
    case_number: str = "WAW-2026-0001",
    city: str = "Warszawa",
    consent_to_participate: bool = True,
    date: str = "2026-11-20",
    category: str = "rs-8-2-a-ii",
) -> Interview:
    scopes = tuple(
        ConsentScope(
            scope=s, granted=(consent_to_participate if s == "participation" else True), at=AT
        )
        for s in SCOPES
    )
    incident = Incident(
        id="inc-1",
        date_from="2022-03-15",
        date_precision="day",
        place=Place(oblast="Kharkivska", settlement="Izium"),
        description="Затримання цивільних у підвалі школи; допити з побиттям.",
        knowledge_basis="saw",
        confidence="high",
    )
    return Interview(
        case_number=case_number,
        person_id=person_id,
        screening=Screening(purpose="first_account", decision="proceed"),
        consent=Consent(
            explained=("who_we_are", "purpose", "storage", "right_to_withdraw"),
            scopes=scopes,
            language="uk",
            method="oral",
            reconfirmed_at_end=True,
        ),
        session=Session(
            date=date,
            start_time="10:00",
            end_time="12:10",
            location_type="shelter",
            city=city,
            present=(
                Participant(
                    name="Olena Kovalenko", role="interviewer", organisation="FieldKit NGO"
                ),
            ),
            languages=("uk",),
            recording_method="typed",
        ),
        account=Account(
            original_language="uk",
            narrative=narrative,
            translation="They came in the morning and took my neighbour.",
            translation_language="en",
            translator="Olena Kovalenko",
        ),
        incidents=(incident,),
        acts=(
            AllegedAct(
                id="act-1",
                incident_id="inc-1",
                category=category,
                victims=(Victim(count=3, status="civilian", fate="detained"),),
                perpetrators=(Perpetrator(uniform="green", language="Russian"),),
            ),
        ),
    )
