"""A throwaway demo profile filled with realistic, fictional sample interviews.

For trying FieldKit out and for screenshots. Every person, place and event
here is invented; the profile lives in a temporary folder and is deleted when
the demo ends.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from fieldkit.crypto.kdf import KdfParams
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
    Victim,
)
from fieldkit.domain.interview import (
    Session as InterviewSession,
)
from fieldkit.domain.people import Person, PersonIdentity, PersonProfile
from fieldkit.services import profiles, records
from fieldkit.services.session import Session

DEMO_PASSPHRASE = "demo passphrase, not secret"  # noqa: S105 - a throwaway demo


@dataclass(frozen=True)
class _Story:
    language: str
    narrative: str
    translation: str
    translation_language: str
    incident: str
    category: str
    oblast: str
    settlement: str


STORIES = (
    _Story(
        "uk",
        "Вранці 14 березня до нашого двору заїхали дві машини з літерою «Z». Солдати "
        "забрали сусіда Миколу та його сина, сказали, що на «фільтрацію». Більше ми їх не бачили.",
        "On the morning of 14 March two vehicles marked 'Z' drove into our yard. The soldiers "
        "took our neighbour Mykola and his son, saying it was for 'filtration'. We never saw "
        "them again.",
        "en",
        "Затримання двох цивільних чоловіків у дворі житлового будинку.",
        "rs-7-1-i",
        "Kharkivska",
        "Balakliia",
    ),
    _Story(
        "uk",
        "Нас тримали в підвалі школи одинадцять днів. Води давали раз на день. Чоловіків "
        "виводили на допити, вони поверталися побиті.",
        "Trzymano nas w piwnicy szkoły przez jedenaście dni. Wodę dawano raz dziennie. Mężczyzn "
        "wyprowadzano na przesłuchania, wracali pobici.",
        "pl",
        "Утримання близько сорока цивільних у підвалі школи; побиття під час допитів.",
        "rs-8-2-a-ii",
        "Chernihivska",
        "Yahidne",
    ),
    _Story(
        "ru",
        "Снаряд попал в здание больницы днём, когда там были пациенты. Я видела, как "
        "выносили раненых медсестёр.",
        "A shell hit the hospital building in the daytime while patients were inside. I saw "
        "wounded nurses being carried out.",
        "en",
        "Обстріл лікарні вдень, поранено медичний персонал.",
        "rs-8-2-b-ix",
        "Donetska",
        "Mariupol",
    ),
    _Story(
        "uk",
        "Дітей з інтернату вивезли автобусами в бік Ростова. Вихователька встигла "
        "подзвонити мені і сказати, що їм не дозволили взяти документи.",
        "Dzieci z internatu wywieziono autobusami w kierunku Rostowa. Wychowawczyni zdążyła "
        "do mnie zadzwonić i powiedzieć, że nie pozwolono im zabrać dokumentów.",
        "pl",
        "Примусове переміщення дітей з інтернату.",
        "rs-8-2-b-viii",
        "Khersonska",
        "Oleshky",
    ),
    _Story(
        "uk",
        "Вони забрали з хати все: техніку, зимовий одяг, навіть ковдри. Старшому солдату "
        "казали «Бурят». Машину сусіда теж відігнали.",
        "They took everything from the house: appliances, winter clothes, even blankets. The "
        "senior soldier was called 'Buryat'. They drove off with the neighbour's car too.",
        "en",
        "Пограбування приватних будинків у селі.",
        "rs-8-2-b-xvi",
        "Kyivska",
        "Borodianka",
    ),
)
CITIES = ("Warszawa", "Kraków", "Wrocław", "Gdańsk", "Lublin", "Rzeszów", "Przemyśl", "Poznań")
NAMES = (
    ("Оксана Мельник", "Oksana Melnyk", "1974-02-11", "female", "45-59"),
    ("Петро Шевчук", "Petro Shevchuk", "1951-09-30", "male", "60-74"),
    ("Людмила Ткаченко", "Liudmyla Tkachenko", "1988-06-05", "female", "30-44"),
    ("Андрій Бойко", "Andrii Boiko", "1969-12-19", "male", "45-59"),
    ("Галина Кравець", "Halyna Kravets", "1947-03-23", "female", "75-plus"),
    ("Ірина Савченко", "Iryna Savchenko", "1995-10-02", "female", "18-29"),
)
SCOPES = (
    "participation",
    "written_notes",
    "storage",
    "transfer_hq",
    "share_pl_prosecutor",
    "share_ua_prosecutor",
    "anonymised_reports",
)


def _interview(rng: random.Random, index: int, person_id: str, story: _Story) -> Interview:
    day = f"2026-{rng.randint(6, 11):02d}-{rng.randint(1, 28):02d}"
    at = f"{day}T10:{rng.randint(0, 59):02d}:00.000000Z"
    scopes = tuple(
        ConsentScope(s, not (s == "share_ua_prosecutor" and index % 4 == 3), at) for s in SCOPES
    )
    return Interview(
        case_number=f"FK-2026-{index + 1:04d}",
        person_id=person_id,
        screening=Screening(purpose="first_account", decision="proceed"),
        consent=Consent(
            explained=("who_we_are", "purpose", "storage", "recipients", "right_to_withdraw"),
            scopes=scopes,
            language="uk",
            method="oral",
            reconfirmed_at_end=True,
        ),
        session=InterviewSession(
            date=day,
            start_time="10:00",
            end_time="11:45",
            location_type="shelter",
            city=rng.choice(CITIES),
            present=(Participant("Olena Kovalenko", "interviewer", "Demo NGO"),),
            languages=(story.language,),
            recording_method="typed",
        ),
        account=Account(
            original_language=story.language,
            narrative=story.narrative,
            translation=story.translation,
            translation_language=story.translation_language,
            translator="Olena Kovalenko",
        ),
        incidents=(
            Incident(
                id="inc-1",
                date_from="2022-03-14",
                date_precision="day",
                place=Place(oblast=story.oblast, settlement=story.settlement),
                description=story.incident,
                knowledge_basis="saw",
                confidence="high",
            ),
        ),
        acts=(
            AllegedAct(
                id="act-1",
                incident_id="inc-1",
                category=story.category,
                victims=(
                    Victim(
                        count=rng.randint(1, 12),
                        status="civilian",
                        fate=rng.choice(("detained", "injured", "disappeared")),
                    ),
                ),
                perpetrators=(Perpetrator(uniform="camouflage", insignia="Z", language="Russian"),),
            ),
        ),
    )


def populate(session: Session, count: int = 24, seed: int = 7) -> list[str]:
    """Add ``count`` sample interviews (some sealed, some drafts) to ``session``."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    ids = []
    person_ids = []
    for number, (cyr, lat, dob, gender, band) in enumerate(NAMES, start=1):
        person = Person(
            code=f"P-{number:04d}",
            identity=PersonIdentity(full_name_cyrillic=cyr, full_name_latin=lat, date_of_birth=dob),
            profile=PersonProfile(
                pseudonym=f"Witness {number}",
                age_band=band,
                gender=gender,
                nationality="UA",
                witness_type="eyewitness",
                languages=("uk",),
            ),
        )
        person_ids.append(records.save_draft(session, person).record_id)
    for index in range(count):
        story = STORIES[index % len(STORIES)]
        body = _interview(rng, index, person_ids[index % len(person_ids)], story)
        saved = records.save_draft(session, body)
        if index % 3 != 2:
            records.seal(session, saved.record_id)
        ids.append(saved.record_id)
    return ids


def create_demo_profile(root: Path, language: str = "en") -> Session:
    """A fresh interviewer profile under ``root`` with sample data, unlocked."""
    session = profiles.create_profile(
        "Demo interviewer",
        "interviewer",
        DEMO_PASSPHRASE,
        language=language,
        params=KdfParams.floor(),
        root=root,
    )
    populate(session)
    return session
