"""Vault benchmarks: bulk insert, full-text search, unlock and exhibit memory.

A script, not a test: it prints figures beside their targets, says PASS or MISS
for each and always exits 0 (a crash is still a crash). Timings belong here
and in docs/performance.md, never in the test suite.

    .venv/bin/python bench/vault.py            # N = 100_000 interviews, 1 GiB exhibit
    .venv/bin/python bench/vault.py --quick    # N = 10_000, 256 MiB exhibit

Every figure goes through the production code path (``db.connect``,
``migrate.upgrade``, ``Vault``, ``revisions.append``, ``search_interviews``,
``profiles.unlock``, ``evidence.attach``).

Why worker processes: SQLCipher's ``cipher_memory_security`` (which
``db.connect`` turns on for keyed databases) is a process-wide switch of
SQLCipher's allocator. Once a keyed vault is open, every connection in the
process, unkeyed ones included, pays for it. So each database lives in its own
worker process, and the parent drives the workers batch by batch, alternating
which goes first, so both sides see the same machine at the same moment.
Likewise ``ru_maxrss`` of a child starts at its parent's peak on Linux, so the
exhibit child is started before the parent has grown, and the peak of the
attach itself is read from ``VmHWM`` after resetting it.

Rows marked "diagnostic" are not production settings: they explain a figure
(the encrypted vault opened without ``cipher_memory_security``; search with a
64 MiB page cache). ``--no-diagnostics`` skips them.

MB in the output means MiB (2**20 bytes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final
from unittest import mock

import sqlcipher3

from common import (
    MIB,
    PASSPHRASE,
    Report,
    emit,
    reset_peak_rss,
    ru_maxrss_mb,
    say,
    status_kib,
)
from fieldkit.crypto import kdf, keyfile
from fieldkit.crypto.kdf import KdfParams
from fieldkit.domain import vocabulary
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.ids import uuid7
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
    Vulnerability,
)
from fieldkit.domain.interview import Session as InterviewSession
from fieldkit.domain.validation import check_codes
from fieldkit.services import evidence, profiles, records
from fieldkit.store import db, migrate, profile_file, revisions, search
from fieldkit.store.vault import DB_FILE, EXHIBITS_DIR, KEY_FILE, Vault

ROLE: Final = "interviewer"

# Targets (see docs/performance.md).
RATIO_TARGET: Final = 0.7
SEARCH_P95_TARGET_MS: Final = 20.0
UNLOCK_RANGE_S: Final = (0.5, 1.0)
EXHIBIT_PEAK_TARGET_MB: Final = 150.0
DIAGNOSTIC_CACHE_KIB: Final = 65536


# -- deterministic, realistic interview bodies ------------------------------------------

LANGS: Final = ("uk", "ru", "pl", "en")
LANG_WEIGHTS: Final = (45, 25, 10, 20)

# One row per kind of sentence, in uk, ru, pl and en (the same index is the translation).
SENTENCES: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Вони прийшли вранці {day} {month} і забрали мого сусіда {name}.",
     "Они пришли утром {day} {month} и забрали моего соседа {name}.",
     "Przyszli rano {day} {month} i zabrali mojego sąsiada {name}.",
     "They came in the morning on {day} {month} and took my neighbour {name}."),
    ("Нас тримали в підвалі школи {n} днів без води та світла.",
     "Нас держали в подвале школы {n} дней без воды и света.",
     "Trzymali nas w piwnicy szkoły przez {n} dni, bez wody i światła.",
     "We were held in the school basement for {n} days without water or light."),
    ("Солдати в зеленій формі без розпізнавальних знаків обшукували кожен будинок"
     " на вулиці {street}.",
     "Солдаты в зелёной форме без опознавательных знаков обыскивали каждый дом на улице {street}.",
     "Żołnierze w zielonych mundurach bez oznaczeń przeszukiwali każdy dom przy ulicy {street}.",
     "Soldiers in green uniforms without insignia searched every house on {street} street."),
    ("Після обстрілу в {place} я бачила тіла цивільних біля магазину.",
     "После обстрела в {place} я видела тела мирных жителей возле магазина.",
     "Po ostrzale w {place} widziałam ciała cywilów przed sklepem.",
     "After the shelling in {place} I saw the bodies of civilians outside the shop."),
    ("Мого брата допитували з побиттям, питали про тероборону.",
     "Моего брата избивали на допросах, спрашивали про тероборону.",
     "Mojego brata przesłuchiwano i bito, pytano o obronę terytorialną.",
     "My brother was beaten during interrogations; they asked about the territorial defence."),
    ("На блокпосту перевіряли телефони, чоловіків відводили на фільтрацію.",
     "На блокпосту проверяли телефоны, мужчин уводили на фильтрацию.",
     "Na punkcie kontrolnym sprawdzali telefony, mężczyzn zabierano na filtrację.",
     "At the checkpoint they checked phones and took the men away for filtration."),
    ("Ми ховалися в погребі, поки тривав обстріл.",
     "Мы прятались в погребе, пока шёл обстрел.",
     "Ukrywaliśmy się w piwnicy, dopóki trwał ostrzał.",
     "We hid in the cellar while the shelling went on."),
    ("Сусідка розповіла, що її сина {first} вивезли до Росії.",
     "Соседка рассказала, что её сына {first} вывезли в Россию.",
     "Sąsiadka powiedziała, że jej syna {first} wywieziono do Rosji.",
     "My neighbour told me her son {first} had been taken to Russia."),
    ("Вночі було чути вибухи, а зранку згоріла половина вулиці.",
     "Ночью были слышны взрывы, а к утру сгорела половина улицы.",
     "W nocy słychać było wybuchy, a rano spłonęła połowa ulicy.",
     "At night we heard explosions; by morning half the street had burned."),
    ("Нам не дозволяли виходити по їжу; одна жінка померла від холоду.",
     "Нам не разрешали выходить за едой; одна женщина умерла от холода.",
     "Nie pozwalano nam wychodzić po jedzenie; jedna kobieta zmarła z zimna.",
     "They did not let us out to get food; one woman died of the cold."),
    ("Вони говорили російською, один мав позивний «{callsign}».",
     "Они говорили по-русски, у одного был позывной «{callsign}».",
     "Mówili po rosyjsku, jeden miał pseudonim „{callsign}”.",
     'They spoke Russian; one of them used the call sign "{callsign}".'),
    ("Коли ми повернулися до будинку {house}, його було пограбовано, техніку забрали.",
     "Когда мы вернулись в дом {house}, он был разграблен, технику забрали.",
     "Kiedy wróciliśmy do domu numer {house}, był splądrowany, sprzęt zabrano.",
     "When we came back to house {house} it had been looted and the appliances taken."),
    ("Тіло {name} ми знайшли через {n} днів у лісосмузі за селом.",
     "Тело {name} мы нашли через {n} дней в лесополосе за селом.",
     "Ciało {name} znaleźliśmy po {n} dniach w pasie leśnym za wsią.",
     "We found the body of {name} {n} days later in the tree line behind the village."),
    ("Мене змусили підписати папір російською, якого я не розуміла.",
     "Меня заставили подписать бумагу, которую я не понимала.",
     "Zmuszono mnie do podpisania dokumentu po rosyjsku, którego nie rozumiałam.",
     "They made me sign a paper in Russian that I did not understand."),
)

INCIDENTS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Затримання цивільних у підвалі школи; допити з побиттям.",
     "Задержание гражданских в подвале школы; допросы с избиением.",
     "Zatrzymanie cywilów w piwnicy szkoły; przesłuchania z biciem.",
     "Detention of civilians in a school basement; interrogations with beatings."),
    ("Обстріл житлового кварталу, загибель цивільних.",
     "Обстрел жилого квартала, гибель мирных жителей.",
     "Ostrzał osiedla mieszkalnego, śmierć cywilów.",
     "Shelling of a residential block, civilian deaths."),
    ("Вивезення дітей до Росії без згоди батьків.",
     "Вывоз детей в Россию без согласия родителей.",
     "Wywiezienie dzieci do Rosji bez zgody rodziców.",
     "Deportation of children to Russia without parental consent."),
    ("Фільтрація на блокпосту, зникнення чоловіків.",
     "Фильтрация на блокпосту, исчезновение мужчин.",
     "Filtracja na punkcie kontrolnym, zaginięcie mężczyzn.",
     "Filtration at a checkpoint, disappearance of men."),
    ("Пограбування будинків і спалення автомобілів.",
     "Мародёрство в домах и поджоги автомобилей.",
     "Grabież domów i podpalenie samochodów.",
     "Looting of houses and burning of cars."),
    ("Розстріл цивільних на вулиці.",
     "Расстрел мирных жителей на улице.",
     "Rozstrzelanie cywilów na ulicy.",
     "Execution of civilians in the street."),
)

# Settlement names in uk, ru, pl, en, and the oblast.
SETTLEMENTS: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("Ізюм", "Изюм", "Izium", "Izium", "Kharkivska"),
    ("Балаклія", "Балаклея", "Bałakleja", "Balakliia", "Kharkivska"),
    ("Куп'янськ", "Купянск", "Kupiańsk", "Kupiansk", "Kharkivska"),
    ("Буча", "Буча", "Bucza", "Bucha", "Kyivska"),
    ("Ірпінь", "Ирпень", "Irpień", "Irpin", "Kyivska"),
    ("Бородянка", "Бородянка", "Borodzianka", "Borodianka", "Kyivska"),
    ("Гостомель", "Гостомель", "Hostomel", "Hostomel", "Kyivska"),
    ("Маріуполь", "Мариуполь", "Mariupol", "Mariupol", "Donetska"),
    ("Лиман", "Лиман", "Łyman", "Lyman", "Donetska"),
    ("Херсон", "Херсон", "Chersoń", "Kherson", "Khersonska"),
    ("Нова Каховка", "Новая Каховка", "Nowa Kachowka", "Nova Kakhovka", "Khersonska"),
    ("Мелітополь", "Мелитополь", "Melitopol", "Melitopol", "Zaporizka"),
    ("Енергодар", "Энергодар", "Enerhodar", "Enerhodar", "Zaporizka"),
    ("Чернігів", "Чернигов", "Czernihów", "Chernihiv", "Chernihivska"),
    ("Ягідне", "Ягодное", "Jahidne", "Yahidne", "Chernihivska"),
    ("Тростянець", "Тростянец", "Trościaniec", "Trostianets", "Sumska"),
)

SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("Петренко", "Petrenko"), ("Коваленко", "Kovalenko"), ("Шевченко", "Shevchenko"),
    ("Бондаренко", "Bondarenko"), ("Ткаченко", "Tkachenko"), ("Кравченко", "Kravchenko"),
    ("Мельник", "Melnyk"), ("Олійник", "Oliinyk"), ("Литвиненко", "Lytvynenko"),
    ("Руденко", "Rudenko"), ("Савченко", "Savchenko"), ("Мороз", "Moroz"),
    ("Гончаренко", "Honcharenko"), ("Поліщук", "Polishchuk"), ("Лисенко", "Lysenko"),
)
FIRST_NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("Іван", "Ivan"), ("Олег", "Oleh"), ("Андрій", "Andrii"), ("Микола", "Mykola"),
    ("Сергій", "Serhii"), ("Василь", "Vasyl"), ("Богдан", "Bohdan"), ("Юрій", "Yurii"),
)
CALLSIGNS: Final[tuple[tuple[str, str], ...]] = (
    ("Бурят", "Buriat"), ("Кедр", "Kedr"), ("Гром", "Grom"), ("Сокол", "Sokol"),
    ("Шаман", "Shaman"), ("Лис", "Lis"), ("Тайга", "Taiga"),
)
STREETS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Шевченка", "Шевченко", "Szewczenki", "Shevchenka"),
    ("Миру", "Мира", "Pokoju", "Myru"),
    ("Садовій", "Садовой", "Sadowej", "Sadova"),
    ("Центральній", "Центральной", "Centralnej", "Tsentralna"),
    ("Гагаріна", "Гагарина", "Gagarina", "Haharina"),
    ("Незалежності", "Независимости", "Niepodległości", "Nezalezhnosti"),
)
MONTHS: Final[tuple[tuple[str, ...], ...]] = (
    ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
     "вересня", "жовтня", "листопада", "грудня"),
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
     "сентября", "октября", "ноября", "декабря"),
    ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
     "września", "października", "listopada", "grudnia"),
    ("January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"),
)
CITIES: Final[tuple[tuple[str, str], ...]] = (
    ("Warszawa", "WAW"), ("Kraków", "KRK"), ("Lublin", "LUB"), ("Przemyśl", "PRZ"),
    ("Rzeszów", "RZE"), ("Wrocław", "WRO"), ("Gdańsk", "GDN"), ("Chełm", "CHE"),
    ("Poznań", "POZ"), ("Łódź", "LDZ"),
)
INTERVIEWERS: Final = ("Olena Kovalenko", "Anna Nowak", "Marta Wiśniewska", "Iryna Bondar",
                       "Katarzyna Zielińska", "Oksana Melnyk")
SCOPES: Final = ("participation", "written_notes", "storage", "transfer_hq",
                 "share_pl_prosecutor", "share_ua_prosecutor")
EXPLAINED: Final = ("who_we_are", "purpose", "storage", "right_to_withdraw")


def _lang_index(lang: str) -> int:
    return LANGS.index(lang)


def _text(lang: str, kinds: Sequence[int], slots: dict[str, int]) -> str:
    li = _lang_index(lang)
    latin = lang in ("pl", "en")
    place = SETTLEMENTS[slots["place"]]
    surname = SURNAMES[slots["name"]][1 if latin else 0]
    first = FIRST_NAMES[slots["first"]][1 if latin else 0]
    values = {
        "day": str(slots["day"]),
        "month": MONTHS[li][slots["month"]],
        "name": f"{first} {surname}",
        "first": first,
        "n": str(slots["n"]),
        "street": STREETS[slots["street"]][li],
        "place": place[li],
        "callsign": CALLSIGNS[slots["callsign"]][1 if latin else 0],
        "house": str(slots["house"]),
    }
    return " ".join(SENTENCES[k][li].format(**values) for k in kinds)


def interview_body(rng: random.Random, index: int) -> Interview:
    """One varied, valid draft interview; the same ``rng`` state gives the same body."""
    lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
    translation_lang = "uk" if lang == "en" else "en"
    kinds = rng.sample(range(len(SENTENCES)), rng.randint(5, 12))
    slots = {
        "day": rng.randint(1, 28), "month": rng.randrange(12), "name": rng.randrange(len(SURNAMES)),
        "first": rng.randrange(len(FIRST_NAMES)), "n": rng.randint(2, 40),
        "street": rng.randrange(len(STREETS)), "place": rng.randrange(len(SETTLEMENTS)),
        "callsign": rng.randrange(len(CALLSIGNS)), "house": rng.randint(1, 180),
    }
    narrative = _text(lang, kinds, slots)
    translation = _text(translation_lang, kinds, slots)
    city, city_code = rng.choice(CITIES)
    month, day = rng.randint(1, 11), rng.randint(1, 28)
    session_date = f"2026-{month:02d}-{day:02d}"
    at = f"{session_date}T{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:00.000000Z"
    place = SETTLEMENTS[slots["place"]]
    li = _lang_index(lang)
    incidents = tuple(
        Incident(
            id=f"inc-{k + 1}",
            date_from=(f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}"
                       f"-{rng.randint(1, 28):02d}"),
            date_precision=rng.choice(("day", "month", "approximate")),
            place=Place(oblast=place[4], settlement=place[3]),
            description=INCIDENTS[rng.randrange(len(INCIDENTS))][li],
            knowledge_basis=rng.choice(("saw", "heard", "told")),
            confidence=rng.choice(("high", "medium", "low")),
        )
        for k in range(rng.randint(1, 3))
    )
    codes = vocabulary.violations().codes()
    acts = tuple(
        AllegedAct(
            id=f"act-{k + 1}",
            incident_id=rng.choice(incidents).id,
            category=rng.choice(codes),
            victims=(Victim(count=rng.randint(1, 12), status=rng.choice(("civilian", "unknown")),
                            fate=rng.choice(("killed", "injured", "detained", "disappeared",
                                             "deported"))),),
            perpetrators=(Perpetrator(uniform=rng.choice(("green", "black", "mixed")),
                                      language="Russian",
                                      call_signs=CALLSIGNS[slots["callsign"]][1]),),
        )
        for k in range(rng.randint(1, 3))
    )
    interviewer = rng.choice(INTERVIEWERS)
    return Interview(
        case_number=f"{city_code}-2026-{index:06d}",
        person_code=f"P-{rng.randint(1, 40_000):05d}",
        screening=Screening(purpose=rng.choice(("first_account", "detailed_account")),
                            decision="proceed"),
        vulnerability=Vulnerability(elderly=rng.random() < 0.3,
                                    detention_or_filtration=rng.random() < 0.2,
                                    psychological_support_offered=True),
        consent=Consent(explained=EXPLAINED,
                        scopes=tuple(ConsentScope(scope=s, granted=True, at=at) for s in SCOPES),
                        language=lang, method=rng.choice(("oral", "signed")),
                        reconfirmed_at_end=True),
        session=InterviewSession(
            date=session_date, start_time="10:00", end_time="12:10",
            location_type=rng.choice(("shelter", "office", "hospital")), city=city,
            present=(Participant(name=interviewer, role="interviewer",
                                 organisation="FieldKit NGO"),),
            languages=(lang,), recording_method="typed",
        ),
        account=Account(original_language=lang, narrative=narrative, translation=translation,
                        translation_language=translation_lang, translator=interviewer),
        incidents=incidents,
        acts=acts,
    )


def batch_bodies(seed: int, start: int, count: int) -> list[tuple[str, Interview]]:
    """Bodies ``start`` .. ``start + count``: identical in every process for the same seed."""
    rng = random.Random(f"fieldkit-bench:{seed}:{start}")
    result = []
    for index in range(start, start + count):
        body = interview_body(rng, index)
        check_codes(body)
        result.append((uuid7(), body))
    return result


# Realistic search input: single words, phrases, place names, prefixes (search-as-you-type),
# and words that are in no record.
QUERY_WORDS: Final = (
    # Ukrainian
    "підвалі", "обстрілу", "забрали", "фільтрацію", "блокпосту", "сусіда", "солдати",
    "допитували", "погребі", "вибухи", "Ізюм", "Буча", "Петренко", "позивний",
    # Russian
    "подвале", "обстрела", "расстрел", "фильтрацию", "соседа", "избивали", "взрывы",
    "Мариуполь", "позывной",
    # Polish, with diacritics
    "ostrzale", "piwnicy", "żołnierze", "sąsiada", "przesłuchiwano", "spłonęła", "filtrację",
    "wywieziono", "mężczyzn", "Bucza", "Łyman",
    # English
    "basement", "shelling", "soldiers", "checkpoint", "filtration", "neighbour", "explosions",
    "interrogations", "looted", "Kherson", "Shevchenko",
    # not in any record
    "Zaporizhzhia", "Тернопіль", "helicopter",
)
QUERY_PREFIXES: Final = ("підв", "обстр", "фільтр", "расстр", "ostrz", "żołn", "przesł",
                         "sold", "check", "interr", "Ірп", "Maryu")
QUERY_PHRASES: Final = ("підвалі школи", "подвале школы", "piwnicy szkoły", "school basement",
                        "call sign", "позивний Кедр", "Izium basement", "тіла цивільних",
                        "ciała cywilów", "took the men", "вивезли до Росії", "do Rosji")


def search_queries(seed: int, count: int) -> list[str]:
    rng = random.Random(f"fieldkit-bench-queries:{seed}")
    pools: tuple[tuple[str, ...], ...] = (QUERY_WORDS, QUERY_PREFIXES, QUERY_PHRASES)
    return [rng.choice(rng.choices(pools, weights=(6, 2, 2))[0]) for _ in range(count)]


# -- measurements -------------------------------------------------------------------------


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def time_queries(conn: db.Connection, queries: Sequence[str]) -> dict[str, Any]:
    for text in queries:  # warm the page cache and the statement cache
        search.search_interviews(conn, text, limit=50)
    latencies, hits = [], []
    for text in queries:
        start = time.perf_counter()
        found = search.search_interviews(conn, text, limit=50)
        latencies.append((time.perf_counter() - start) * 1000)
        hits.append(len(found))
    slowest = sorted(zip(latencies, queries, strict=True), reverse=True)[:3]
    return {
        "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
        "max": max(latencies), "mean_hits": statistics.fmean(hits),
        "empty": sum(1 for h in hits if h == 0),
        "slowest": [[round(ms, 1), q] for ms, q in slowest],
    }


# -- worker processes (hidden flags) --------------------------------------------------------


class _SkipMemorySecurity:
    """Stands in for a connection inside ``db.connect``: passes every statement on except
    ``PRAGMA cipher_memory_security = ON``. Only used while the connection is opened."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, *args: Any) -> Any:
        if "".join(sql.split()).lower() == "pragmacipher_memory_security=on":
            return None
        return self.raw.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


class _SqlcipherWithoutMemorySecurity:
    """Stands in for the ``sqlcipher3`` module as ``fieldkit.store.db`` sees it."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlcipher3, name)

    def connect(self, *args: Any, **kwargs: Any) -> _SkipMemorySecurity:
        return _SkipMemorySecurity(sqlcipher3.connect(*args, **kwargs))


def _open_without_memory_security(root: Path, profile_id: str) -> Vault:
    """DIAGNOSTIC ONLY: ``profiles.unlock`` exactly as in production, except that the one
    statement ``PRAGMA cipher_memory_security = ON`` is skipped.

    SQLCipher ignores ``cipher_memory_security = OFF`` once it has been on in a process,
    so the only way to measure the vault without it is never to turn it on. Every other
    setting of ``db.connect`` applies, whatever it is today.
    """
    with mock.patch.object(db, "sqlcipher3", _SqlcipherWithoutMemorySecurity()):
        vault = profiles.unlock(profile_id, PASSPHRASE, root=root).vault
    opened = vault._conn  # the stand-in: hand the vault the real connection
    if isinstance(opened, _SkipMemorySecurity):
        vault._conn = opened.raw
    return vault


SHOWN_PRAGMAS: Final = ("cipher_memory_security", "journal_mode", "synchronous", "secure_delete",
                        "foreign_keys", "temp_store", "cache_size", "page_size")


def run_worker(
    kind: str, root: Path, profile_id: str, seed: int, *, memory_security_off: bool
) -> None:
    """Own one database; obey ``insert START COUNT``, ``search COUNT [CACHE_KIB]``, ``quit``."""
    folder = root / profile_id
    if kind == "encrypted" and memory_security_off:
        vault = _open_without_memory_security(root, profile_id)
    elif kind == "encrypted":
        vault = profiles.unlock(profile_id, PASSPHRASE, root=root).vault
    else:
        conn = db.connect(folder / DB_FILE, None)
        migrate.upgrade(conn)
        vault = Vault(folder, profile_file.read(folder), conn)
    versions = vocabulary.versions()
    emit({name: str(vault.conn.execute(f"PRAGMA {name}").fetchone()[0])
           for name in SHOWN_PRAGMAS})
    for line in sys.stdin:
        command, *args = line.split()
        if command == "insert":
            start, count = int(args[0]), int(args[1])
            batch = batch_bodies(seed, start, count)
            wall, cpu = time.perf_counter(), time.process_time()
            with vault.write():
                for record_id, body in batch:
                    revisions.append(vault, record_id, body, status="draft", vocabularies=versions)
            emit({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu})
        elif command == "search":
            if len(args) > 1:
                vault.conn.execute(f"PRAGMA cache_size = -{int(args[1])}")
            emit(time_queries(vault.conn, search_queries(seed, int(args[0]))))
        elif command == "stats":
            conn = vault.conn
            count = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
            body_bytes = conn.execute("SELECT sum(length(body)) FROM revision_bodies").fetchone()[0]
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            plan = conn.execute(
                "EXPLAIN QUERY PLAN SELECT i.record_id FROM interview_text t JOIN interviews i"
                " ON i.id = t.rowid WHERE interview_text MATCH ? ORDER BY t.rank LIMIT ?",
                ('"x"*', 50),
            ).fetchall()
            emit({"interviews": count, "body_bytes": body_bytes, "db_mb": pages * 4096 / MIB,
                   "plan": [row[-1] for row in plan]})
        elif command == "quit":
            break
    vault.close()


def run_exhibit_child(workdir: Path, size_mb: int, seed: int) -> None:
    """Store one ``size_mb`` exhibit and report this process's memory (see module docstring)."""
    root = workdir / "profiles"
    session = profiles.create_profile("Exhibit bench", ROLE, PASSPHRASE, params=KdfParams.floor(),
                                      root=root)
    saved = records.save_draft(session, batch_bodies(seed, 0, 1)[0][1])
    source = workdir / "exhibit-source.mp4"
    with source.open("wb") as handle:
        for _ in range(size_mb):
            handle.write(os.urandom(MIB))
    try:
        baseline_kib = status_kib("VmRSS")
        before_mb = ru_maxrss_mb()  # includes Argon2id's memory from create_profile
        reset = reset_peak_rss()  # so that the peak below is the attach's alone
        start = time.perf_counter()
        attached = evidence.attach(session, saved.record_id, source, Exhibit(type="video"))
        elapsed = time.perf_counter() - start
        hwm_kib = status_kib("VmHWM")
        after_mb = ru_maxrss_mb()
    finally:
        source.unlink(missing_ok=True)
    stored = sum(p.stat().st_size for p in (root / session.info.id / EXHIBITS_DIR).iterdir())
    session.lock()
    emit({
        "baseline_mb": None if baseline_kib is None else baseline_kib / 1024,
        "peak_attach_mb": max(hwm_kib / 1024, after_mb) if reset and hwm_kib else None,
        "ru_maxrss_before_mb": before_mb, "ru_maxrss_mb": after_mb,
        "seconds": elapsed, "mb_per_s": size_mb / elapsed, "size": attached.size,
        "stored_bytes": stored,
    })


class Worker:
    """A worker process driven over its stdin and stdout, one JSON line per answer."""

    def __init__(self, label: str, args: list[str]) -> None:
        self.label = label
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1,
        )
        self.hello = self.ask(None)
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def ask(self, command: str | None) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        if command is not None:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"bench worker {self.label} died (exit {self.process.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.process.stdin is not None and self.process.poll() is None:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
        self.process.wait(timeout=600)


# -- the parent ----------------------------------------------------------------------------


def prepare_unkeyed(source: Vault, folder: Path) -> None:
    """A plain-SQLite copy of ``source``'s starting state: same schema, keys, meta, head."""
    folder.mkdir(parents=True, mode=0o700)
    (folder / EXHIBITS_DIR).mkdir(mode=0o700)
    profile_file.write(folder, source.info)
    conn = db.connect(folder / DB_FILE, None)
    try:
        migrate.upgrade(conn)
        keys = source.conn.execute(
            "SELECT purpose, secret, public, created_at FROM keys"
        ).fetchall()
        head = source.conn.execute("SELECT id, seq, hash, signature FROM chain_head").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO keys (purpose, secret, public, created_at) VALUES (?,?,?,?)",
                         keys)
        conn.execute("INSERT INTO meta (key, value) VALUES ('profile_id', ?)", (source.info.id,))
        conn.execute("INSERT INTO chain_head (id, seq, hash, signature) VALUES (?,?,?,?)", head)
        conn.execute("COMMIT")
    finally:
        conn.close()


def bench_exhibit(work: Path, size_mb: int, seed: int) -> dict[str, Any]:
    child = work / "exhibit"
    child.mkdir()
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--_exhibit-child", str(child),
         "--exhibit-mb", str(size_mb), "--seed", str(seed)],
        check=True, capture_output=True, text=True, encoding="utf-8",
    )
    shutil.rmtree(child, ignore_errors=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_insert_and_search(
    work: Path, n: int, *, batch: int, seed: int, queries: int, diagnostics: bool,
) -> tuple[str, dict[str, Worker], dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    enc_root, plain_root, diag_root = work / "enc", work / "plain", work / "enc-nomemsec"
    session = profiles.create_profile("Bulk bench", ROLE, PASSPHRASE, params=KdfParams.floor(),
                                      root=enc_root)
    profile_id = session.info.id
    try:
        prepare_unkeyed(session.vault, plain_root / profile_id)
    finally:
        session.lock()
    if diagnostics:
        shutil.copytree(enc_root / profile_id, diag_root / profile_id)
    common = ["--profile-id", profile_id, "--seed", str(seed)]
    workers = {
        "encrypted": Worker("encrypted", ["--_worker", "encrypted", "--root", str(enc_root),
                                          *common]),
        "unkeyed": Worker("unkeyed", ["--_worker", "unkeyed", "--root", str(plain_root), *common]),
    }
    if diagnostics:
        workers["encrypted, memory security off"] = Worker(
            "enc-nomemsec", ["--_worker", "encrypted", "--root", str(diag_root),
                             "--memory-security-off", *common])
    for label, worker in workers.items():
        settings = " ".join(f"{k}={v}" for k, v in worker.hello.items())
        say(f"  worker {label}: {settings}")
    order = list(workers.values())
    done = 0
    report_every = max(1, (n // batch) // 10)
    for number, start in enumerate(range(0, n, batch)):
        count = min(batch, n - start)
        rotation = order[number % len(order):] + order[:number % len(order)]
        for worker in rotation:
            answer = worker.ask(f"insert {start} {count}")
            worker.wall.append(answer["wall"])
            worker.cpu.append(answer["cpu"])
        done += count
        if (number + 1) % report_every == 0 or done == n:
            rates = ", ".join(f"{w.label} {done / sum(w.wall):,.0f}/s" for w in order)
            say(f"  {done:>7,} interviews: {rates}")
    stats = {label: w.ask("stats") for label, w in workers.items()}
    searches = {label: w.ask(f"search {queries}") for label, w in workers.items()}
    if diagnostics:
        searches["encrypted, cache 64 MiB"] = workers["encrypted"].ask(
            f"search {queries} {DIAGNOSTIC_CACHE_KIB}")
    return profile_id, workers, stats, searches


def bench_unlock(work: Path, bulk_root: Path, bulk_id: str, rounds: int = 3) -> dict[str, Any]:
    """Unlock a profile made with the calibrated KDF; unlock and derive alternate, so that
    load from elsewhere on the machine falls on both alike."""
    root = work / "calibrated"
    start = time.perf_counter()
    session = profiles.create_profile("Unlock bench", ROLE, PASSPHRASE, root=root)  # calibrates
    create_s = time.perf_counter() - start
    profile_id = session.info.id
    session.lock()

    def timed(action: Callable[[], object]) -> float:
        t0 = time.perf_counter()
        action()
        return time.perf_counter() - t0

    def measure(pid: str, where: Path) -> tuple[KdfParams, list[float], list[float]]:
        parsed = keyfile.parse((where / pid / KEY_FILE).read_bytes())
        unlocks, derives = [], []
        for _ in range(rounds):
            unlocks.append(timed(lambda: profiles.unlock(pid, PASSPHRASE, root=where).lock()))
            derives.append(timed(lambda: kdf.derive(PASSPHRASE, parsed.salt, parsed.params)))
        return parsed.params, unlocks, derives

    params, unlocks, derives = measure(profile_id, root)
    _, bulk_unlocks, bulk_derives = measure(bulk_id, bulk_root)
    return {
        "opslimit": params.opslimit, "memlimit": params.memlimit, "create_s": create_s,
        "unlocks": unlocks, "derives": derives,
        "unlock_s": statistics.median(unlocks), "derive_s": statistics.median(derives),
        "open_s": statistics.median(u - d for u, d in zip(unlocks, derives, strict=True)),
        "bulk_open_s": statistics.median(
            u - d for u, d in zip(bulk_unlocks, bulk_derives, strict=True)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="interviews (default 100000)")
    parser.add_argument("--quick", action="store_true", help="N=10000 and a 256 MiB exhibit")
    parser.add_argument("--batch", type=int, default=1000, help="interviews per transaction")
    parser.add_argument("--queries", type=int, default=200, help="search queries to time")
    parser.add_argument("--exhibit-mb", type=int, default=None, help="exhibit size (default 1024)")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--tmpdir", type=Path, default=None, help="where the temp dir goes")
    parser.add_argument("--no-diagnostics", action="store_true",
                        help="skip the diagnostic runs (memory security off, bigger cache)")
    parser.add_argument("--_worker", choices=("encrypted", "unkeyed"), help=argparse.SUPPRESS)
    parser.add_argument("--_exhibit-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-id", help=argparse.SUPPRESS)
    parser.add_argument("--memory-security-off", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    n = args.n if args.n is not None else (10_000 if args.quick else 100_000)
    exhibit_mb = args.exhibit_mb if args.exhibit_mb is not None else (256 if args.quick else 1024)
    if args._worker:
        run_worker(args._worker, args.root, args.profile_id, args.seed,
                   memory_security_off=args.memory_security_off)
        return 0
    if args._exhibit_child:
        run_exhibit_child(args._exhibit_child, exhibit_mb, args.seed)
        return 0

    report = Report()
    diagnostics = not args.no_diagnostics
    say(f"FieldKit vault bench: N={n:,}, batch={args.batch}, exhibit={exhibit_mb} MB, "
         f"seed={args.seed}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-", dir=args.tmpdir) as tmp:
        work = Path(tmp)

        # 4 runs first, while this process is small: a child's ru_maxrss starts at the
        # parent's peak RSS on Linux.
        say(f"[4] exhibit of {exhibit_mb} MB in a child process ...")
        ex = bench_exhibit(work, exhibit_mb, args.seed)
        say(f"  RSS before attach {ex['baseline_mb']:.1f} MB, peak during attach "
             f"{ex['peak_attach_mb']:.1f} MB (VmHWM reset before the attach); ru_maxrss "
             f"{ex['ru_maxrss_before_mb']:.1f} MB before (incl. Argon2id), "
             f"{ex['ru_maxrss_mb']:.1f} MB after the reset; {ex['seconds']:.1f} s, "
             f"{ex['mb_per_s']:.0f} MB/s; stored {ex['stored_bytes']:,} B")

        say(f"[1] bulk insert of {n:,} interviews, {args.batch} per transaction ...")
        bulk_id, workers, stats, searches = bench_insert_and_search(
            work, n, batch=args.batch, seed=args.seed, queries=args.queries,
            diagnostics=diagnostics)
        for label, info in stats.items():
            say(f"  {label}: {info['interviews']:,} interviews, "
                 f"{info['body_bytes'] / info['interviews']:,.0f} B of body each, "
                 f"database {info['db_mb']:,.0f} MB")
        say(f"  search plan: {' / '.join(stats['encrypted']['plan'])}")
        rates = {label: n / sum(w.wall) for label, w in workers.items()}
        cpu_share = {label: sum(w.cpu) / sum(w.wall) for label, w in workers.items()}
        for label, w in workers.items():
            say(f"  {label}: {sum(w.wall):.1f} s wall, {sum(w.cpu):.1f} s CPU in process "
                 f"({cpu_share[label]:.0%}), slowest batch {max(w.wall):.2f} s")
            w.close()

        say(f"[2] search: {args.queries} queries, warm, limit 50 ...")
        for label, res in searches.items():
            say(f"  {label}: p50 {res['p50']:.2f} ms, p95 {res['p95']:.2f} ms, "
                 f"max {res['max']:.1f} ms, {res['mean_hits']:.0f} hits on average, "
                 f"{res['empty']} empty; slowest {res['slowest']}")

        say("[3] unlock with the calibrated key derivation ...")
        un = bench_unlock(work, work / "enc", bulk_id)
        say(f"  create_profile (calibrate() inside) took {un['create_s']:.1f} s and chose "
             f"opslimit={un['opslimit']} memlimit={un['memlimit'] // MIB} MiB")
        say("  unlock " + ", ".join(f"{t:.3f}" for t in un["unlocks"]) + " s; derive "
             + ", ".join(f"{t:.3f}" for t in un["derives"]) + " s")
        say(f"  the {n:,}-interview vault (floor KDF): unlock - derive {un['bulk_open_s']:.3f} s")

    ratio = rates["encrypted"] / rates["unkeyed"]
    report.add("insert, encrypted (interviews/s)", f"{rates['encrypted']:,.0f}")
    report.add("insert, unkeyed (interviews/s)", f"{rates['unkeyed']:,.0f}")
    report.add("insert ratio encrypted/unkeyed", f"{ratio:.2f}", f">= {RATIO_TARGET}",
               ratio >= RATIO_TARGET)
    cpu = {label: sum(w.cpu) for label, w in workers.items()}
    report.add("  same ratio by process CPU time (less load-sensitive)",
               f"{cpu['unkeyed'] / cpu['encrypted']:.2f}")
    if diagnostics:
        label = "encrypted, memory security off"
        report.add("  diagnostic: encrypted, memory security off (/s)", f"{rates[label]:,.0f}")
        report.add("  diagnostic: ratio, memory security off",
                   f"{rates[label] / rates['unkeyed']:.2f}", f">= {RATIO_TARGET}")
        report.add("  diagnostic: same by process CPU time", f"{cpu['unkeyed'] / cpu[label]:.2f}")
    enc, plain = searches["encrypted"], searches["unkeyed"]
    report.add(f"search p50, encrypted, N={n:,} (ms)", f"{enc['p50']:.2f}")
    report.add(f"search p95, encrypted, N={n:,} (ms)", f"{enc['p95']:.2f}",
               f"< {SEARCH_P95_TARGET_MS:.0f} ms", enc["p95"] < SEARCH_P95_TARGET_MS)
    report.add("search p50 / p95, unkeyed (ms)", f"{plain['p50']:.2f} / {plain['p95']:.2f}")
    if diagnostics:
        nomem = searches["encrypted, memory security off"]
        report.add("  diagnostic: p50 / p95, encrypted, memory security off",
                   f"{nomem['p50']:.2f} / {nomem['p95']:.2f}", f"< {SEARCH_P95_TARGET_MS:.0f} ms")
        big = searches["encrypted, cache 64 MiB"]
        report.add("  diagnostic: p50 / p95, encrypted, 64 MiB cache",
                   f"{big['p50']:.2f} / {big['p95']:.2f}")
    low, high = UNLOCK_RANGE_S
    report.add(f"unlock, median of 3 (s), ops={un['opslimit']} mem={un['memlimit'] // MIB} MiB",
               f"{un['unlock_s']:.3f}", f"{low} to {high} s", low <= un["unlock_s"] <= high)
    report.add("  of which key derivation (s)", f"{un['derive_s']:.3f}")
    report.add("  database open etc. = unlock - derive (s)", f"{un['open_s']:.3f}")
    report.add(f"  same, vault of N={n:,} (s)", f"{un['bulk_open_s']:.3f}")
    peak = ex["peak_attach_mb"] if ex["peak_attach_mb"] is not None else ex["ru_maxrss_mb"]
    report.add(f"exhibit {exhibit_mb} MB: peak RSS during attach (MB)", f"{peak:.1f}",
               f"< {EXHIBIT_PEAK_TARGET_MB:.0f} MB", peak < EXHIBIT_PEAK_TARGET_MB)
    report.add("  RSS just before attach (MB)", f"{ex['baseline_mb']:.1f}")
    report.add("  child ru_maxrss before attach, incl. Argon2id (MB)",
               f"{ex['ru_maxrss_before_mb']:.1f}")
    report.add("  attach throughput (MB/s)", f"{ex['mb_per_s']:.0f}")
    report.print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
