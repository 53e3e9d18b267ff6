"""Bundle benchmarks: export throughput, import speed, replay detection and peak memory.

A script, not a test: it prints figures beside their targets, says PASS or MISS
for each and always exits 0 (a crash is still a crash). Timings belong here
and in docs/performance.md, never in the test suite.

    .venv/bin/python bench/bundles.py            # N = 10_000 interviews, 256 MB + 1 GB exhibits
    .venv/bin/python bench/bundles.py --quick    # N = 1_000, 32 MB + 128 MB exhibits

Every figure goes through the production code path: real profiles (clinical
lead, coordinator HQ, an enrolled interviewer laptop, set up as in
``tests/test_sync.py``), ``services.sync.export_bundle`` on the laptop and
``sync.importer.import_bundle`` at HQ. Every profile uses ``KdfParams.floor()``:
key derivation is not what is measured here (``bench/vault.py`` measures it).

1. Export throughput (MB/s of bundle bytes) against raw libsodium secretstream
   encrypting the same number of bytes, file to file in the same temp folder,
   in 64 KiB chunks, with an fsync at the end. Median of ``--rounds``, the two
   sides alternating which goes first.
2. Import of a bundle of N interviews (no exhibit) at a fresh HQ against
   inserting the same rows (``hq_bundles``, ``hq_revisions``, ``hq_records``:
   same tables, same columns, same values, read from the laptop beforehand)
   straight into a fresh HQ vault's SQLCipher connection with ``executemany`` in
   one transaction. "Fresh" = a copy of the HQ profile folder taken right after
   enrollment, so every round starts from the same state.
3. Replay: importing the same file again at the same HQ (status ``replay``).
4. Peak memory with a big exhibit. A child process's ``ru_maxrss`` starts at
   its parent's size on Linux, so this runs first, while the parent is small,
   and in three child processes of this script: one sets up the organisation
   and attaches the exhibit (not measured), one exports, one imports. Each
   phase child unlocks its profile (Argon2id allocates 64 MiB), then resets the
   kernel's peak-RSS mark (``/proc/self/clear_refs``) and reads ``ru_maxrss``
   (and ``VmHWM``) when the phase is over, so the figure is that phase's peak
   including the interpreter, not the key derivation before it.

MB in the output means MiB (2**20 bytes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import nacl
import nacl.utils
import sqlcipher3
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_KEYBYTES,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)

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
from fieldkit.crypto import identity
from fieldkit.crypto.kdf import KdfParams
from fieldkit.domain import canonical, vocabulary
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
from fieldkit.domain.records import body_from_json
from fieldkit.domain.revision import parse_envelope, signing_message
from fieldkit.domain.validation import check_codes
from fieldkit.services import evidence, profiles
from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.store import revisions
from fieldkit.sync import importer, payload, receipts, revisions_in

RAW_CHUNK: Final = 65536  # bundle.DEFAULT_CHUNK_SIZE
FILL_BATCH: Final = 1000  # interviews per transaction while filling the laptop
DIAGNOSTIC_MB: Final = 32  # in-memory data for the primitive costs
DIAGNOSTIC_REVISIONS: Final = 500  # revisions for the per-revision import costs

# Targets (see docs/performance.md).
EXPORT_RATIO_TARGET: Final = 0.5
IMPORT_RATIO_TARGET: Final = 0.5
REPLAY_RATIO_TARGET: Final = 0.05
PEAK_TARGET_MB: Final = 150.0

# The same SQL the importer runs (fieldkit.sync.importer and sync.revisions_in), for the
# baseline: the revision statements are the importer's own.
SQL_BUNDLE: Final = (
    "INSERT INTO hq_bundles (bundle_hash, profile_id, seq, sender_public, signature, size,"
    " chain_head_seq, status, revisions, exhibits, imported_at)"
    " VALUES (?,?,?,?,?,?,?, 'imported', ?,?,?)"
)
SQL_REVISION: Final = revisions_in.INSERT_REVISION
SQL_RECORD: Final = revisions_in.UPSERT_RECORD


# -- deterministic, realistic interview bodies (a smaller cousin of bench/vault.py's) -------

LANGS: Final = ("uk", "ru", "pl", "en")
LANG_WEIGHTS: Final = (45, 25, 10, 20)
SENTENCES: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Вони прийшли вранці {day} числа і забрали мого сусіда {name}.",
     "Они пришли утром {day} числа и забрали моего соседа {name}.",
     "Przyszli rano {day} dnia i zabrali mojego sąsiada {name}.",
     "They came in the morning on day {day} and took my neighbour {name}."),
    ("Нас тримали в підвалі школи {n} днів без води та світла.",
     "Нас держали в подвале школы {n} дней без воды и света.",
     "Trzymali nas w piwnicy szkoły przez {n} dni, bez wody i światła.",
     "We were held in the school basement for {n} days without water or light."),
    ("Солдати в зеленій формі без розпізнавальних знаків обшукували кожен будинок.",
     "Солдаты в зелёной форме без опознавательных знаков обыскивали каждый дом.",
     "Żołnierze w zielonych mundurach bez oznaczeń przeszukiwali każdy dom.",
     "Soldiers in green uniforms without insignia searched every house."),
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
    ("Тіло {name} ми знайшли через {n} днів у лісосмузі за селом.",
     "Тело {name} мы нашли через {n} дней в лесополосе за селом.",
     "Ciało {name} znaleźliśmy po {n} dniach w pasie leśnym za wsią.",
     "We found the body of {name} {n} days later in the tree line behind the village."),
)
PLACES: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("Ізюм", "Изюм", "Izium", "Izium", "Kharkivska"),
    ("Буча", "Буча", "Bucza", "Bucha", "Kyivska"),
    ("Ірпінь", "Ирпень", "Irpień", "Irpin", "Kyivska"),
    ("Маріуполь", "Мариуполь", "Mariupol", "Mariupol", "Donetska"),
    ("Херсон", "Херсон", "Chersoń", "Kherson", "Khersonska"),
    ("Чернігів", "Чернигов", "Czernihów", "Chernihiv", "Chernihivska"),
)
NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("Іван Петренко", "Ivan Petrenko"), ("Олег Коваленко", "Oleh Kovalenko"),
    ("Андрій Шевченко", "Andrii Shevchenko"), ("Микола Мельник", "Mykola Melnyk"),
    ("Сергій Бондаренко", "Serhii Bondarenko"), ("Юрій Мороз", "Yurii Moroz"),
)
CALLSIGNS: Final = ("Buriat", "Kedr", "Grom", "Sokol", "Shaman")
CITIES: Final[tuple[tuple[str, str], ...]] = (
    ("Warszawa", "WAW"), ("Kraków", "KRK"), ("Lublin", "LUB"), ("Przemyśl", "PRZ"),
    ("Rzeszów", "RZE"), ("Chełm", "CHE"),
)
DESCRIPTIONS: Final = (
    "Затримання цивільних у підвалі школи; допити з побиттям.",
    "Обстріл житлового кварталу, загибель цивільних.",
    "Фільтрація на блокпосту, зникнення чоловіків.",
    "Detention of civilians in a school basement; interrogations with beatings.",
)
SCOPES: Final = ("participation", "written_notes", "storage", "transfer_hq",
                 "share_pl_prosecutor", "share_ua_prosecutor")
EXPLAINED: Final = ("who_we_are", "purpose", "storage", "right_to_withdraw")


def _text(lang: str, kinds: Sequence[int], slots: dict[str, int]) -> str:
    li = LANGS.index(lang)
    latin = lang in ("pl", "en")
    values = {
        "day": str(slots["day"]), "n": str(slots["n"]),
        "name": NAMES[slots["name"]][1 if latin else 0],
        "place": PLACES[slots["place"]][li],
        "callsign": CALLSIGNS[slots["callsign"]],
    }
    return " ".join(SENTENCES[k][li].format(**values) for k in kinds)


def interview_body(rng: random.Random, index: int) -> Interview:
    """One varied, valid draft interview; the same ``rng`` state gives the same body."""
    lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
    translation_lang = "uk" if lang == "en" else "en"
    kinds = rng.sample(range(len(SENTENCES)), rng.randint(5, len(SENTENCES)))
    slots = {"day": rng.randint(1, 28), "n": rng.randint(2, 40),
             "name": rng.randrange(len(NAMES)), "place": rng.randrange(len(PLACES)),
             "callsign": rng.randrange(len(CALLSIGNS))}
    city, code = rng.choice(CITIES)
    date = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    at = f"{date}T{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:00.000000Z"
    place = PLACES[slots["place"]]
    incidents = tuple(
        Incident(id=f"inc-{k + 1}",
                 date_from=f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-"
                           f"{rng.randint(1, 28):02d}",
                 date_precision=rng.choice(("day", "month", "approximate")),
                 place=Place(oblast=place[4], settlement=place[3]),
                 description=rng.choice(DESCRIPTIONS),
                 knowledge_basis=rng.choice(("saw", "heard", "told")),
                 confidence=rng.choice(("high", "medium", "low")))
        for k in range(rng.randint(1, 3))
    )
    codes = vocabulary.violations().codes()
    acts = tuple(
        AllegedAct(id=f"act-{k + 1}", incident_id=rng.choice(incidents).id,
                   category=rng.choice(codes),
                   victims=(Victim(count=rng.randint(1, 12), status="civilian",
                                   fate=rng.choice(("killed", "injured", "detained"))),),
                   perpetrators=(Perpetrator(uniform="green", language="Russian",
                                             call_signs=CALLSIGNS[slots["callsign"]]),))
        for k in range(rng.randint(1, 3))
    )
    return Interview(
        case_number=f"{code}-2026-{index:06d}",
        person_code=f"P-{rng.randint(1, 40_000):05d}",
        screening=Screening(purpose="first_account", decision="proceed"),
        vulnerability=Vulnerability(elderly=rng.random() < 0.3,
                                    psychological_support_offered=True),
        consent=Consent(explained=EXPLAINED,
                        scopes=tuple(ConsentScope(scope=s, granted=True, at=at) for s in SCOPES),
                        language=lang, method=rng.choice(("oral", "signed")),
                        reconfirmed_at_end=True),
        session=InterviewSession(
            date=date, start_time="10:00", end_time="12:10", location_type="shelter", city=city,
            present=(Participant(name="Olena Kovalenko", role="interviewer",
                                 organisation="FieldKit NGO"),),
            languages=(lang,), recording_method="typed"),
        account=Account(original_language=lang, narrative=_text(lang, kinds, slots),
                        translation=_text(translation_lang, kinds, slots),
                        translation_language=translation_lang, translator="Olena Kovalenko"),
        incidents=incidents,
        acts=acts,
    )


def make_bodies(seed: int, count: int) -> list[Interview]:
    rng = random.Random(f"fieldkit-bench-bundles:{seed}")
    bodies = []
    for index in range(count):
        body = interview_body(rng, index)
        check_codes(body)
        bodies.append(body)
    return bodies


# -- an organisation with real profiles (as tests/test_sync.py sets it up) -----------------


@dataclass
class Org:
    hq: Session
    clinical: Session
    provisioning: Path
    files: Path


def new_profile(root: Path, role: str, name: str) -> Session:
    return profiles.create_profile(name, role, PASSPHRASE, params=KdfParams.floor(), root=root)


def make_org(root: Path, files: Path) -> Org:
    files.mkdir(parents=True, exist_ok=True)
    clinical = new_profile(root, "clinical_lead", "Dr Iryna Bondar")
    hq = new_profile(root, "coordinator", "Warsaw HQ")
    request = files / "clinical-request.fkq"
    sync_service.write_request(clinical, request, "HQ clinical laptop")
    provisioning = files / "provisioning.fkp"
    sync_service.setup_organisation(hq, "Documenting Together", request, provisioning)
    sync_service.join(clinical, provisioning, "HQ clinical laptop")
    return Org(hq, clinical, provisioning, files)


def enroll(org: Org, session: Session, device: str) -> None:
    info = sync_service.read_provisioning(org.provisioning)
    current = sync_service.current_org(org.hq)
    if current is None or info["fingerprint"] != current.hq_fingerprint:
        raise RuntimeError("the provisioning file does not match HQ")
    sync_service.join(session, org.provisioning, device)
    request = org.files / f"request-{session.info.id}.fkq"
    fingerprint = sync_service.write_request(session, request, device)
    if sync_service.receive_request(org.hq, request)["fingerprint"] != fingerprint:
        raise RuntimeError("the enrollment request's fingerprint changed on the way")
    sync_service.approve(org.hq, session.info.id)


def fill_laptop(session: Session, bodies: Sequence[Interview]) -> list[str]:
    """Store every body as a draft interview, ``FILL_BATCH`` per transaction."""
    vault = session.vault
    versions = vocabulary.versions()
    ids = []
    for start in range(0, len(bodies), FILL_BATCH):
        with vault.write():
            for body in bodies[start:start + FILL_BATCH]:
                record_id = uuid7()
                revisions.append(vault, record_id, body, status="draft", vocabularies=versions)
                ids.append(record_id)
    return ids


def write_random_file(path: Path, size_mb: int) -> None:
    """``size_mb`` MiB of random bytes, one MiB at a time (never held in memory)."""
    with path.open("wb") as handle:
        for _ in range(size_mb):
            handle.write(os.urandom(MIB))
        handle.flush()
        os.fsync(handle.fileno())


def write_random_bytes(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        left = size
        while left:
            piece = min(left, MIB)
            handle.write(os.urandom(piece))
            left -= piece
        handle.flush()
        os.fsync(handle.fileno())


# -- measurements -------------------------------------------------------------------------


def raw_secretstream(source: Path, dest: Path) -> float:
    """Encrypt ``source`` into ``dest`` with bare secretstream, 64 KiB chunks; seconds."""
    size = source.stat().st_size
    chunks = max(1, -(-size // RAW_CHUNK))
    start = time.perf_counter()
    key = nacl.utils.random(crypto_secretstream_xchacha20poly1305_KEYBYTES)
    state = crypto_secretstream_xchacha20poly1305_state()
    with source.open("rb") as src, dest.open("wb") as out:
        out.write(crypto_secretstream_xchacha20poly1305_init_push(state, key))
        for index in range(chunks):
            tag = (crypto_secretstream_xchacha20poly1305_TAG_FINAL if index == chunks - 1
                   else crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            out.write(crypto_secretstream_xchacha20poly1305_push(state, src.read(RAW_CHUNK),
                                                                 None, tag))
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - start


def _copy_profile(source_root: Path, profile_id: str, dest_root: Path) -> None:
    dest_root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source_root / profile_id, dest_root / profile_id)


def _hq_digest(session: Session) -> tuple[int, str]:
    """(revisions, SHA-256 of every hq_revisions and hq_records row), to compare two HQs."""
    digest = hashlib.sha256()
    conn = session.vault.conn
    count = 0
    for row in conn.execute(
        "SELECT hash, profile_id, seq, record_id, kind, revision, status, created_at, envelope,"
        " signature, body, bundle_hash FROM hq_revisions ORDER BY seq"
    ):
        digest.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v
                                 for v in row)).encode())
        count += 1
    for row in conn.execute(
        "SELECT record_id, profile_id, kind, revision, status, head_hash, case_number, city,"
        " interview_date, updated_at FROM hq_records ORDER BY record_id"
    ):
        digest.update(repr(tuple(row)).encode())
    return count, digest.hexdigest()


def primitive_rates() -> dict[str, float]:
    """MB/s of the per-byte work of an export, in memory, 64 KiB pieces, best of 3."""
    data = [os.urandom(RAW_CHUNK) for _ in range(DIAGNOSTIC_MB * MIB // RAW_CHUNK)]
    key = nacl.utils.random(crypto_secretstream_xchacha20poly1305_KEYBYTES)
    push_state = crypto_secretstream_xchacha20poly1305_state()
    stream_header = crypto_secretstream_xchacha20poly1305_init_push(push_state, key)
    tag = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
    cipher = [crypto_secretstream_xchacha20poly1305_push(push_state, d, None, tag) for d in data]

    def push() -> None:
        state = crypto_secretstream_xchacha20poly1305_state()
        crypto_secretstream_xchacha20poly1305_init_push(state, key)
        for piece in data:
            crypto_secretstream_xchacha20poly1305_push(state, piece, None, tag)

    def pull() -> None:
        state = crypto_secretstream_xchacha20poly1305_state()
        crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
        for piece in cipher:
            crypto_secretstream_xchacha20poly1305_pull(state, piece, None)

    def hashing(name: str) -> Callable[[], None]:
        def run() -> None:
            digest = hashlib.new(name)
            for piece in cipher:
                digest.update(piece)
        return run

    rates = {}
    for label, action in (("push", push), ("pull", pull), ("sha256", hashing("sha256"))):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            action()
            best = min(best, time.perf_counter() - start)
        rates[label] = DIAGNOSTIC_MB / best
    return rates


def revision_costs(rows: Sequence[tuple[Any, ...]], sender_public: bytes) -> dict[str, float]:
    """Microseconds per revision of the importer's steps, on a sample of the bundle's rows."""
    sample = [(r[8], r[9], r[10]) for r in rows[:DIAGNOSTIC_REVISIONS]]
    items = [payload.revision_item(env, sig, body)[payload.FRAME_BYTES:]
             for env, sig, body in sample]
    parsed = [canonical.parse(body) for _, _, body in sample]

    def timed(action: Callable[[int], object]) -> float:
        start = time.perf_counter()
        for index in range(len(sample)):
            action(index)
        return (time.perf_counter() - start) / len(sample) * 1e6

    return {
        "item": timed(lambda i: payload._revision(items[i])),
        "envelope": timed(lambda i: parse_envelope(sample[i][0])),
        "verify": timed(lambda i: identity.verify(
            sender_public, signing_message(canonical.sha256_hex(sample[i][0])), sample[i][1])),
        "body_parse": timed(lambda i: canonical.parse(sample[i][2])),
        "body_json": timed(lambda i: json.loads(sample[i][2])),
        "body_from_json": timed(lambda i: body_from_json("interview", parsed[i])),
        "export_item": timed(lambda i: payload.revision_item(*sample[i])),
    }


# -- the memory child processes (hidden flags) -----------------------------------------------


def run_memory_child(phase: str, work: Path, size_mb: int, seed: int) -> None:
    """One phase of figure 4 in this process: ``setup``, ``export`` or ``import``."""
    root, state_file = work / "profiles", work / "state.json"
    if phase == "setup":
        org = make_org(root, work / "files")
        laptop = new_profile(root, "interviewer", "Olena Kovalenko")
        enroll(org, laptop, "Laptop 7 (Kraków)")
        [record_id] = fill_laptop(laptop, make_bodies(seed, 1))
        source = work / "exhibit-source.mp4"
        write_random_file(source, size_mb)
        start = time.perf_counter()
        try:
            attached = evidence.attach(laptop, record_id, source, Exhibit(type="video"))
        finally:
            source.unlink(missing_ok=True)
        state = {"laptop": laptop.info.id, "hq": org.hq.info.id, "size": attached.size,
                 "attach_s": time.perf_counter() - start, "ru_maxrss_mb": ru_maxrss_mb()}
        for session in (laptop, org.hq, org.clinical):
            session.lock()
        state_file.write_text(json.dumps(state), encoding="utf-8")
        emit(state)
        return
    state = json.loads(state_file.read_text(encoding="utf-8"))
    inherited_mb = ru_maxrss_mb()  # at start: the interpreter and imports (and the parent)
    profile_id = state["laptop"] if phase == "export" else state["hq"]
    session = profiles.unlock(profile_id, PASSPHRASE, root=root)
    try:
        before_mb = ru_maxrss_mb()  # includes Argon2id's 64 MiB from the unlock
        baseline_kib = status_kib("VmRSS")
        reset = reset_peak_rss()
        after_reset_mb = ru_maxrss_mb()
        start = time.perf_counter()
        if phase == "export":
            result = sync_service.export_bundle(session, work / "usb")
            done: dict[str, Any] = {"bundle": str(result.path), "bundle_bytes": result.size}
        else:
            outcome = importer.import_bundle(session.vault, Path(state["bundle"]),
                                             receipts_dir=work / "receipts")
            if outcome.status != "imported":
                raise RuntimeError(f"import: {outcome.status} {outcome.reason} {outcome.message}")
            done = {"exhibits": outcome.exhibits, "revisions": outcome.revisions_new}
        seconds = time.perf_counter() - start
        hwm_kib = status_kib("VmHWM")
        peak_mb = ru_maxrss_mb()
    finally:
        session.lock()
    if phase == "export":
        state["bundle"] = done["bundle"]
        state_file.write_text(json.dumps(state), encoding="utf-8")
    else:
        Path(state["bundle"]).unlink(missing_ok=True)
    emit({**done, "seconds": seconds, "inherited_mb": inherited_mb, "before_mb": before_mb,
           "baseline_mb": None if baseline_kib is None else baseline_kib / 1024,
           "reset": reset, "after_reset_mb": after_reset_mb, "peak_mb": peak_mb,
           "hwm_mb": None if hwm_kib is None else hwm_kib / 1024})


def bench_memory(work: Path, size_mb: int, seed: int) -> dict[str, dict[str, Any]]:
    folder = work / "memory"
    folder.mkdir()
    results = {}
    try:
        for phase in ("setup", "export", "import"):
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--_memory-child", phase,
                 "--work", str(folder), "--exhibit-mb", str(size_mb), "--seed", str(seed)],
                check=True, capture_output=True, text=True, encoding="utf-8",
            )
            results[phase] = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


# -- the parent ----------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = 'bench'")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    provider = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
    conn.close()
    return (f"{usable} CPUs (nproc), {model}; Python {platform.python_version()}; "
            f"SQLCipher {cipher} (SQLite {sqlcipher3.sqlite_version}, {provider}); "
            f"PyNaCl {nacl.__version__}; {platform.system()} {platform.release()}")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def bench_export(
    laptop: Session, work: Path, rounds: int
) -> tuple[list[float], list[float], list[float], list[float], int]:
    """Export vs raw secretstream, ``rounds`` each, alternating; returns times and bytes."""
    usb = work / "usb-export"
    warm = sync_service.export_bundle(laptop, usb)  # warm-up: also gives the size
    size = warm.size
    warm.path.unlink()
    source, dest = work / "raw-source.bin", work / "raw-dest.bin"
    write_random_bytes(source, size)
    export_s: list[float] = []
    export_mbs: list[float] = []
    raw_s: list[float] = []
    raw_mbs: list[float] = []

    def export_once() -> None:
        start = time.perf_counter()
        result = sync_service.export_bundle(laptop, usb)
        seconds = time.perf_counter() - start
        export_s.append(seconds)
        export_mbs.append(result.size / MIB / seconds)
        result.path.unlink()

    def raw_once() -> None:
        seconds = raw_secretstream(source, dest)
        raw_s.append(seconds)
        raw_mbs.append(size / MIB / seconds)
        dest.unlink()

    for number in range(rounds):
        order: list[Callable[[], None]] = [raw_once, export_once]
        if number % 2:
            order.reverse()
        for action in order:
            action()
        say(f"  round {number + 1}: export {export_s[-1]:.2f} s ({export_mbs[-1]:.0f} MB/s), "
             f"raw secretstream {raw_s[-1]:.2f} s ({raw_mbs[-1]:.0f} MB/s)")
    source.unlink()
    return export_s, export_mbs, raw_s, raw_mbs, size


def baseline_rows(laptop: Session, bundle_hash: str) -> list[tuple[Any, ...]]:
    """The hq_revisions rows the importer will write, read from the laptop (not timed)."""
    conn = laptop.vault.conn
    profile_id = laptop.info.id
    return [
        (h, profile_id, seq, rid, kind, rev, status, created, bytes(env), bytes(sig),
         None if body is None else bytes(body), bundle_hash)
        for h, seq, rid, kind, rev, status, created, env, sig, body in conn.execute(
            "SELECT r.hash, r.seq, r.record_id, r.kind, r.revision, r.status, r.created_at,"
            " r.envelope, r.signature, b.body FROM revisions r"
            " LEFT JOIN revision_bodies b ON b.hash = r.hash ORDER BY r.seq")
    ]


def baseline_records(laptop: Session, rows: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The hq_records rows: case number, city and date as the importer takes them from the body."""
    conn = laptop.vault.conn
    projection = {rid: (case, city, date) for rid, case, city, date in conn.execute(
        "SELECT record_id, case_number, city, interview_date FROM interviews")}
    records = []
    for h, profile_id, _seq, rid, kind, rev, status, created, *_ in rows:
        case, city, date = projection.get(rid, ("", "", ""))
        records.append((rid, profile_id, kind, rev, status, h, case, city, date, created))
    return records


def insert_directly(hq: Session, bundle_row: tuple[Any, ...], rows: Sequence[tuple[Any, ...]],
                    records: Sequence[tuple[Any, ...]]) -> float:
    conn = hq.vault.conn
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(SQL_BUNDLE, bundle_row)
        conn.executemany(SQL_REVISION, rows)
        conn.executemany(SQL_RECORD, records)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="interviews (default 10000)")
    parser.add_argument("--quick", action="store_true",
                        help="N=1000, a 32 MB export exhibit and a 128 MB memory exhibit")
    parser.add_argument("--export-mb", type=int, default=None,
                        help="exhibit in the export bundle of figure 1 (default 256)")
    parser.add_argument("--exhibit-mb", type=int, default=None,
                        help="exhibit of the memory figure 4 (default 1024)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per side (median)")
    parser.add_argument("--replays", type=int, default=5, help="replays timed per import")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--tmpdir", type=Path, default=None, help="where the temp dir goes")
    parser.add_argument("--no-diagnostics", action="store_true",
                        help="skip the diagnostics that explain the figures")
    parser.add_argument("--_memory-child", choices=("setup", "export", "import"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    n = args.n if args.n is not None else (1_000 if args.quick else 10_000)
    export_mb = args.export_mb if args.export_mb is not None else (32 if args.quick else 256)
    exhibit_mb = args.exhibit_mb if args.exhibit_mb is not None else (128 if args.quick else 1024)
    if args._memory_child:
        run_memory_child(args._memory_child, args.work, exhibit_mb, args.seed)
        return 0

    report = Report()
    say(f"FieldKit bundle bench: N={n:,} interviews, export exhibit {export_mb} MB, "
         f"memory exhibit {exhibit_mb} MB, rounds={args.rounds}, replays={args.replays}, "
         f"seed={args.seed}")
    say(f"  machine: {machine()}")
    say(f"  load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-", dir=args.tmpdir) as tmp:
        work = Path(tmp)
        os.environ["FIELDKIT_HOME"] = str(work / "home")  # nothing outside the temp dir

        # 4 runs first, while this process is small: a child's ru_maxrss starts at the
        # parent's size on Linux.
        say(f"[4] peak memory, {exhibit_mb} MB exhibit, one child process per phase "
             f"(parent ru_maxrss now {ru_maxrss_mb():.1f} MB) ...")
        mem = bench_memory(work, exhibit_mb, args.seed)
        setup, exp, imp = mem["setup"], mem["export"], mem["import"]
        say(f"  setup child: org, laptop, attach {setup['size'] / MIB:.0f} MB in "
             f"{setup['attach_s']:.1f} s (its ru_maxrss {setup['ru_maxrss_mb']:.1f} MB, "
             "not a target)")
        for label, res in (("export", exp), ("import", imp)):
            say(f"  {label} child: ru_maxrss at start {res['inherited_mb']:.1f} MB, after unlock "
                 f"(Argon2id) {res['before_mb']:.1f} MB, VmRSS before the phase "
                 f"{res['baseline_mb']:.1f} MB; peak mark reset: {res['reset']} "
                 f"(ru_maxrss then {res['after_reset_mb']:.1f} MB); after the phase ru_maxrss "
                 f"{res['peak_mb']:.1f} MB, VmHWM {res['hwm_mb']:.1f} MB; "
                 f"{res['seconds']:.1f} s, {exhibit_mb / res['seconds']:.0f} MB/s")

        root, files = work / "profiles", work / "files"
        say("[setup] organisation (clinical lead, coordinator HQ) and an enrolled laptop ...")
        org = make_org(root, files)
        laptop = new_profile(root, "interviewer", "Olena Kovalenko")
        enroll(org, laptop, "Laptop 7 (Kraków)")
        hq_id = org.hq.info.id
        org.clinical.lock()
        org.hq.lock()
        pristine = work / "hq-pristine"
        _copy_profile(root, hq_id, pristine)  # every import round starts from this HQ

        start = time.perf_counter()
        bodies = make_bodies(args.seed, n)
        gen_s = time.perf_counter() - start
        start = time.perf_counter()
        record_ids = fill_laptop(laptop, bodies)
        fill_s = time.perf_counter() - start
        del bodies
        say(f"  {n:,} interviews generated in {gen_s:.1f} s, stored on the laptop in "
             f"{fill_s:.1f} s ({n / fill_s:,.0f}/s)")

        # The bundle of figures 2 and 3: N interviews, no exhibit.
        start = time.perf_counter()
        small = sync_service.export_bundle(laptop, work / "usb-interviews")
        small_s = time.perf_counter() - start
        rows = baseline_rows(laptop, small.bundle_hash)
        records = baseline_records(laptop, rows)
        if len(rows) != n or small.revisions != n:
            raise RuntimeError(f"expected {n} revisions, the laptop has {len(rows)}")
        body_bytes = sum(len(r[10] or b"") for r in rows)
        say(f"  interviews-only bundle: {small.size / MIB:.1f} MB "
             f"({body_bytes / n:,.0f} B of body per revision), exported in {small_s:.2f} s "
             f"({small.size / MIB / small_s:.1f} MB/s)")

        # Figure 1: the same laptop, now with an exhibit.
        source = work / "exhibit-source.mp4"
        write_random_file(source, export_mb)
        evidence.attach(laptop, record_ids[0], source, Exhibit(type="video"))
        source.unlink()
        say(f"[1] export of {n:,} interviews + a {export_mb} MB exhibit vs raw secretstream, "
             f"{args.rounds} rounds ...")
        export_s, export_mbs, raw_s, raw_mbs, bundle_size = bench_export(
            laptop, work, args.rounds)
        laptop.lock()

        # Figures 2 and 3.
        say(f"[2] import of the {n:,}-interview bundle at a fresh HQ vs direct inserts, "
             f"[3] then {args.replays} replays, {args.rounds} rounds ...")
        import_s: list[float] = []
        insert_s: list[float] = []
        replay_s: list[float] = []
        digests: dict[str, tuple[int, str]] = {}
        receipt_s: list[float] = []
        bundle_row_base = (small.bundle_hash, laptop.info.id, small.seq)

        def import_once(number: int) -> None:
            where = work / f"hq-import-{number}"
            _copy_profile(pristine, hq_id, where)
            hq = profiles.unlock(hq_id, PASSPHRASE, root=where)
            try:
                start = time.perf_counter()
                outcome = importer.import_bundle(hq.vault, small.path,
                                                 receipts_dir=where / "receipts")
                import_s.append(time.perf_counter() - start)
                if outcome.status != "imported" or outcome.revisions_new != n:
                    raise RuntimeError(f"import: {outcome.status} {outcome.reason} "
                                       f"{outcome.message}")
                digests.setdefault("import", _hq_digest(hq))
                if number == 0:  # diagnostic: the receipt the import just wrote, again
                    start = time.perf_counter()
                    receipts.issue(hq.vault, small.bundle_hash)
                    receipt_s.append(time.perf_counter() - start)
                for _ in range(args.replays):
                    start = time.perf_counter()
                    again = importer.import_bundle(hq.vault, small.path,
                                                   receipts_dir=where / "receipts")
                    replay_s.append(time.perf_counter() - start)
                    if again.status != "replay":
                        raise RuntimeError(f"replay: {again.status} {again.reason}")
                if _hq_digest(hq)[0] != n:
                    raise RuntimeError("a replay changed HQ's revisions")
            finally:
                hq.lock()
            shutil.rmtree(where)

        def insert_once(number: int) -> None:
            where = work / f"hq-insert-{number}"
            _copy_profile(pristine, hq_id, where)
            hq = profiles.unlock(hq_id, PASSPHRASE, root=where)
            try:
                sender = hq.vault.conn.execute(
                    "SELECT signing_public FROM roster_devices WHERE profile_id = ?",
                    (laptop.info.id,)).fetchone()[0]
                with small.path.open("rb") as handle:
                    handle.seek(-64, os.SEEK_END)
                    signature = handle.read()
                bundle_row = (*bundle_row_base, bytes(sender), signature, small.size, n, n, 0,
                              "2026-12-01T00:00:00.000000Z")
                insert_s.append(insert_directly(hq, bundle_row, rows, records))
                digests.setdefault("insert", _hq_digest(hq))
            finally:
                hq.lock()
            shutil.rmtree(where)

        for number in range(args.rounds):
            order: list[Callable[[int], None]] = [insert_once, import_once]
            if number % 2:
                order.reverse()
            for action in order:
                action(number)
            say(f"  round {number + 1}: import {import_s[-1]:.2f} s "
                 f"({n / import_s[-1]:,.0f} revisions/s), direct inserts {insert_s[-1]:.3f} s "
                 f"({n / insert_s[-1]:,.0f}/s), replay median "
                 f"{median(replay_s[-args.replays:]) * 1000:.2f} ms")
        same_rows = digests["import"] == digests["insert"]
        say(f"  the direct inserts wrote the same hq_revisions and hq_records rows as the "
             f"importer: {'yes' if same_rows else 'NO'} ({digests['import'][0]:,} revisions)")

        diagnostics = not args.no_diagnostics
        if diagnostics:
            say("[diagnostics] per-byte work of an export, in memory; per-revision work of "
                 "an import ...")
            rates = primitive_rates()
            say("  " + ", ".join(f"{k} {v:,.0f} MB/s" for k, v in rates.items()))
            costs = revision_costs(rows, bytes.fromhex(laptop.info.signing_public))
            say("  us per revision: " + ", ".join(f"{k} {v:,.0f}" for k, v in costs.items()))
            say(f"  receipts.issue at an HQ holding {n:,} revisions: {receipt_s[0] * 1000:.1f} ms")

    export_rate, raw_rate = median(export_mbs), median(raw_mbs)
    ratio = export_rate / raw_rate
    report.add(f"export, {n:,} interviews + {export_mb} MB exhibit (MB/s)",
               f"{export_rate:.0f}")
    report.add("  bundle size (MB) / export time, median (s)",
               f"{bundle_size / MIB:.0f} / {median(export_s):.2f}")
    report.add("raw secretstream, same bytes, file to file (MB/s)", f"{raw_rate:.0f}")
    report.add("  raw time, median (s)", f"{median(raw_s):.2f}")
    report.add("export ratio export/raw", f"{ratio:.2f}", f">= {EXPORT_RATIO_TARGET}",
               ratio >= EXPORT_RATIO_TARGET)
    report.add(f"  export, {n:,} interviews only (MB/s, 1 run)",
               f"{small.size / MIB / small_s:.1f}")
    imp_t, ins_t, rep_t = median(import_s), median(insert_s), median(replay_s)
    report.add(f"import of {n:,} interviews, median (s)", f"{imp_t:.2f}")
    report.add("  import rate (revisions/s)", f"{n / imp_t:,.0f}")
    report.add("direct inserts of the same rows, median (s)", f"{ins_t:.3f}")
    report.add("import ratio inserts/import", f"{ins_t / imp_t:.3f}", f">= {IMPORT_RATIO_TARGET}",
               ins_t / imp_t >= IMPORT_RATIO_TARGET)
    report.add("  same rows written", "yes" if same_rows else "NO")
    report.add("replay, median (ms)", f"{rep_t * 1000:.2f}")
    report.add("replay ratio replay/first import", f"{rep_t / imp_t:.4f}",
               f"< {REPLAY_RATIO_TARGET}", rep_t / imp_t < REPLAY_RATIO_TARGET)
    if diagnostics:
        raw_ms = 1000 / raw_rate  # ms per MB, I/O included
        extra_ms = sum(1000 / rates[k] for k in ("pull", "sha256"))
        report.add("  diagnostic: push / pull / SHA-256 in memory (MB/s)",
                   " / ".join(f"{rates[k]:,.0f}" for k in ("push", "pull", "sha256")))
        report.add("  diagnostic: best export/raw on exhibit bytes, one core (raw + pull + hash)",
                   f"{raw_ms / (raw_ms + extra_ms):.2f}")
        per_rev_ms = imp_t / n * 1000
        projection_us = costs["body_parse"] + costs["body_from_json"]
        report.add("  diagnostic: import, ms per revision / direct inserts",
                   f"{per_rev_ms:.2f} / {ins_t / n * 1000:.2f}")
        report.add("  diagnostic: us/revision, hq_records fields (parse + body_from_json)",
                   f"{costs['body_parse']:,.0f} + {costs['body_from_json']:,.0f}")
        report.add("  diagnostic: us/revision, json.loads of the body alone",
                   f"{costs['body_json']:,.0f}")
        report.add("  diagnostic: us/revision, item parse / envelope / signature",
                   f"{costs['item']:,.0f} / {costs['envelope']:,.0f} / {costs['verify']:,.0f}")
        report.add("  diagnostic: import ratio without the body parse (estimate)",
                   f"{ins_t / (imp_t - n * (projection_us - costs['body_json']) / 1e6):.3f}",
                   f">= {IMPORT_RATIO_TARGET}")
        report.add("  diagnostic: receipts.issue after the import (ms)",
                   f"{receipt_s[0] * 1000:.1f}")
    for label, res in (("export", exp), ("import", imp)):
        report.add(f"{label} of a {exhibit_mb} MB exhibit: peak RSS (MB)", f"{res['peak_mb']:.1f}",
                   f"< {PEAK_TARGET_MB:.0f} MB", res["peak_mb"] < PEAK_TARGET_MB)
        report.add(f"  {label}: RSS before / VmHWM (MB)",
                   f"{res['baseline_mb']:.1f} / {res['hwm_mb']:.1f}")
        report.add(f"  {label} throughput (MB/s)", f"{exhibit_mb / res['seconds']:.0f}")
    report.print_table()
    say(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
         "(the machine's other work shows up in every figure; the ratios compare sides timed "
         "alternately, round by round)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
