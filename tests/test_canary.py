"""Canary test: testimony never reaches the disk in a readable form.

Distinctive strings (Latin, Cyrillic, Polish with diacritics) go into a
person's names, interview narratives, translations, incident descriptions,
correction reasons, exhibit details and exhibit file contents. The profile is
used the way the app uses it (drafts, seals, a correction, exhibits, search,
viewing an exhibit in memory, verify), then every file FieldKit could have
written is scanned for each canary in UTF-8, UTF-16 and UTF-32 (both byte
orders), in several case and normalisation forms: the profile folder (with
its WAL while the vault is still open, and again after locking), FieldKit's
config and cache folders, a private TMPDIR every temporary file goes to, the
files created or changed in the system temp folder during the test, and the
real platformdirs folders. The passphrase is a canary too.

The scanner itself is checked by a positive control that plants the canaries
(and an unencrypted SQLite database holding one) in the scanned places.
"""

from __future__ import annotations

import dataclasses
import functools
import getpass
import hashlib
import os
import secrets
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import platformdirs
import pytest

from fieldkit import paths
from fieldkit.domain import serialize
from fieldkit.domain.evidence import Exhibit
from fieldkit.domain.interview import AllegedAct, Incident, Interview
from fieldkit.errors import FieldKitError, WrongPassphrase
from fieldkit.services import evidence, intake, profiles, records
from fieldkit.services.session import Session
from fieldkit.services.verify import verify_profile
from fieldkit.store import db

from .samples import interview, person

# Each run's canaries hold a fresh random tag, so no copy of this source file,
# no log of an earlier run and no other test session can hold them: a hit in
# the system temp folder can only come from this run.
RUN = secrets.token_hex(3)
LATIN = f"CANARY-Zqx7-{RUN}-Latin"
CYRILLIC = f"КАНАРКА-Жщ7-{RUN}-кирилиця"
POLISH = f"KANAREK-źółć-{RUN}-7"
CANARIES = (LATIN, CYRILLIC, POLISH)
PASSPHRASE = f"PASSCANARY {RUN} Ятбщ-zażółć-horse-battery-9"
WRONG_PASSPHRASE = f"wrong {LATIN} {CYRILLIC} passphrase"
# The positive control plants these instead of the real canaries, so that the
# control can never make the real scan fail. Same scripts, same encodings.
CONTROLS = (f"CONTROL-Zqx7-{RUN}-Latin", f"КОНТРОЛЬ-Жщ7-{RUN}-кирилиця", f"KONTROLA-źółć-{RUN}-7")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
READ_BLOCK = 1 << 20
OUTSIDE_LIMIT = 64 << 20  # bytes read of each new file elsewhere in the system temp folder


# -- the scanner ----------------------------------------------------------------------


def forms(word: str) -> set[str]:
    """The spellings a leak could take: as typed, case-folded, upper case, NFC and NFD."""
    spellings = {word, word.casefold(), word.lower(), word.upper()}
    return {unicodedata.normalize(nf, s) for s in spellings for nf in ("NFC", "NFD")}


def needles(words: Iterable[str]) -> dict[bytes, str]:
    """Byte patterns to look for, each with a description for the failure message."""
    found: dict[bytes, str] = {}
    for word in words:
        for spelling in forms(word):
            for encoding in ENCODINGS:
                found.setdefault(spelling.encode(encoding), f"{spelling!r} in {encoding}")
    return found


def files_under(root: Path, skip: Iterable[Path] = ()) -> Iterator[Path]:
    """Regular files under ``root`` (symlinks are not followed), minus ``skip`` trees."""
    skipped = [s.resolve() for s in skip]
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs[:] = [d for d in dirs if (here / d).resolve() not in skipped]
        for name in names:
            path = here / name
            if path.is_file() and not path.is_symlink():
                yield path


def snapshot(root: Path, skip: Iterable[Path] = ()) -> dict[Path, tuple[int, int, int, int]]:
    result = {}
    for path in files_under(root, skip):
        try:
            st = path.stat()
        except OSError:
            continue
        result[path] = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return result


def changed_since(
    before: dict[Path, tuple[int, int, int, int]], root: Path, skip: Iterable[Path] = ()
) -> list[Path]:
    after = snapshot(root, skip)
    return [path for path, stamp in after.items() if before.get(path) != stamp]


def scan_file(
    path: Path, patterns: dict[bytes, str], *, must_read: bool = True, limit: int | None = None
) -> list[str]:
    """``"<path> | <what>"`` for each pattern found in the file's bytes or in its name.

    ``limit`` caps the bytes read (for other programs' big files in the system
    temp folder); FieldKit's own folders are always read to the end.
    """
    hits = [
        f"{path} | file name holds {desc}"
        for pat, desc in patterns.items()
        if pat in os.fsencode(path.name)
    ]
    overlap = max(len(p) for p in patterns) - 1
    try:
        with path.open("rb") as handle:
            tail = b""
            offset = 0
            while (limit is None or offset < limit) and (block := handle.read(READ_BLOCK)):
                window = tail + block
                for pat, desc in patterns.items():
                    at = window.find(pat)
                    if at >= 0:
                        hits.append(f"{path} | at byte {offset - len(tail) + at}: {desc}")
                tail = window[-overlap:]
                offset += len(block)
    except (PermissionError, FileNotFoundError):
        if must_read:
            raise
    return sorted(set(hits))


def scan(
    files: Iterable[Path],
    patterns: dict[bytes, str],
    *,
    must_read: bool = True,
    limit: int | None = None,
) -> list[str]:
    hits: list[str] = []
    for path in files:
        hits += scan_file(path, patterns, must_read=must_read, limit=limit)
    return hits


# -- where to look ----------------------------------------------------------------------


def real_platform_dirs() -> list[Path]:
    """FieldKit's platformdirs folders as they would be without FIELDKIT_HOME."""
    name, author = paths.APP_NAME, paths.APP_AUTHOR
    found = {
        Path(platformdirs.user_data_dir(name, author)),
        Path(platformdirs.user_config_dir(name, author)),
        Path(platformdirs.user_cache_dir(name, author)),
        Path(platformdirs.user_state_dir(name, author)),
        Path(platformdirs.user_log_dir(name, author)),
    }
    return sorted(p for p in found if p.is_dir())


def other_pytest_sessions(system_tmp: Path, ours: Path) -> list[Path]:
    """Other pytest runs' temp trees (other engineers run the suite at the same time)."""
    user_root = system_tmp / f"pytest-of-{getpass.getuser()}"
    if not user_root.is_dir():
        return []
    return [p for p in user_root.iterdir() if p.resolve() != ours.resolve()]


class Watch:
    """Everything the canary test scans, set up before FieldKit runs."""

    def __init__(
        self, home: Path, tmp_path: Path, basetemp: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.home = home
        self.system_tmp = Path(tempfile.gettempdir())
        self.skip = other_pytest_sessions(self.system_tmp, basetemp)
        # /tmp and /var/tmp too: what ignores TMPDIR (SQLite's fallbacks, say) lands there.
        roots = {self.system_tmp.resolve(), Path("/tmp").resolve(), Path("/var/tmp").resolve()}
        self.system_before = {
            root: snapshot(root, self.skip) for root in sorted(roots) if root.is_dir()
        }
        self.platform_before = {d: snapshot(d) for d in real_platform_dirs()}
        self.private_tmp = tmp_path / "private-tmp"
        self.private_tmp.mkdir()
        for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
            monkeypatch.setenv(var, str(self.private_tmp))
        monkeypatch.setattr(tempfile, "tempdir", None)
        assert Path(tempfile.gettempdir()) == self.private_tmp

    def files(self) -> list[Path]:
        chosen = set(files_under(self.home))
        chosen |= set(files_under(paths.config_dir())) if paths.config_dir().is_dir() else set()
        chosen |= set(files_under(paths.cache_dir())) if paths.cache_dir().is_dir() else set()
        chosen |= set(files_under(self.private_tmp))
        return sorted(chosen)

    def outside_files(self) -> list[Path]:
        """New or changed files in the system temp folder and the real platform folders."""
        chosen: set[Path] = set()
        for root, before in self.system_before.items():
            chosen |= set(changed_since(before, root, self.skip))
        for folder, before in self.platform_before.items():
            chosen |= set(changed_since(before, folder))
        for folder in real_platform_dirs():
            if folder not in self.platform_before:
                chosen |= set(files_under(folder))
        return sorted(chosen - set(self.files()))

    def leaks(self, patterns: dict[bytes, str]) -> tuple[list[str], list[Path]]:
        mine = self.files()
        outside = scan(self.outside_files(), patterns, must_read=False, limit=OUTSIDE_LIMIT)
        return scan(mine, patterns) + outside, mine


@pytest.fixture
def watch(
    fieldkit_home: Path,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Watch:
    return Watch(fieldkit_home, tmp_path, tmp_path_factory.getbasetemp(), monkeypatch)


# -- positive control ------------------------------------------------------------------------


def test_scanner_finds_planted_canaries(watch: Watch) -> None:
    patterns = needles(CONTROLS)
    assert watch.leaks(patterns)[0] == []
    places = [
        paths.cache_dir(),
        paths.config_dir(),
        paths.profiles_dir() / "p" / "exhibits",
        watch.private_tmp / "deep" / "er",
    ]
    for place in places:
        place.mkdir(parents=True, exist_ok=True)
    expected: list[str] = []
    for word in CONTROLS:
        for encoding in ENCODINGS:
            n = len(expected)
            path = places[n % len(places)] / f"plant-{n}.bin"
            # Straddle the scanner's block boundary now and then.
            pad = b"\x01" * (READ_BLOCK - 3 if n % 5 == 0 else 17)
            path.write_bytes(pad + word.encode(encoding) + pad)
            expected.append(f"{path} | at byte {len(pad)}: {word!r} in {encoding}")
    # Case-folded and decomposed spellings are found too.
    folded = watch.private_tmp / "folded.txt"
    spelling = unicodedata.normalize("NFD", CONTROLS[2].casefold())
    folded.write_bytes(spelling.encode("utf-8"))
    expected.append(f"{folded} | at byte 0: {spelling!r} in utf-8")
    # A file name is a leak as well.
    named = paths.cache_dir() / f"{CONTROLS[1]}.txt"
    named.write_bytes(b"")
    expected.append(f"{named} | file name holds {CONTROLS[1]!r} in utf-8")
    # An unencrypted SQLite database holding the control is caught: the scan reads pages.
    plain_path = paths.cache_dir() / "plain.db"
    plain = db.connect(plain_path, None)
    plain.execute("CREATE TABLE t (x TEXT)")
    plain.execute("INSERT INTO t VALUES (?)", (f"narrative {CONTROLS[0]} end",))
    plain.close()

    hits, scanned = watch.leaks(patterns)
    missed = [e for e in expected if e not in hits]
    assert missed == [], "\n".join(missed)
    assert any(h.startswith(f"{plain_path} | ") for h in hits)
    assert plain_path in scanned and named in scanned


def test_scanner_sees_new_files_in_the_system_temp_folder(watch: Watch) -> None:
    patterns = needles(CONTROLS)
    handle, name = tempfile.mkstemp(dir=watch.system_tmp, prefix="fieldkit-canary-control-")
    try:
        os.write(handle, CONTROLS[1].encode("utf-16-be"))
        os.close(handle)
        assert any(h.startswith(f"{name} | ") for h in watch.leaks(patterns)[0])
    finally:
        os.unlink(name)


# -- the canary test itself -----------------------------------------------------------


def canary_interview(person_id: str, canary: str, n: int) -> Interview:
    base = interview(
        person_id,
        narrative=f"Розповідь {n}: {canary} — вони прийшли вранці.",
        case_number=f"WAW-2026-{n:04d}",
    )
    incident = dataclasses.replace(
        base.incidents[0],
        description=f"Затримання у підвалі; {canary}.",
        place=dataclasses.replace(base.incidents[0].place, street=f"вул. {canary} 7"),
        other_witnesses=(f"neighbour {canary}",),
    )
    act = dataclasses.replace(
        base.acts[0],
        note=f"act {canary}",
        perpetrators=(dataclasses.replace(base.acts[0].perpetrators[0], call_signs=canary),),
    )
    return dataclasses.replace(
        base,
        session=dataclasses.replace(base.session, address=f"shelter {canary}"),
        account=dataclasses.replace(base.account, translation=f"Account {n}: {canary} in English."),
        incidents=(incident,),
        acts=(act,),
        closure=dataclasses.replace(base.closure, wishes=f"wishes {canary}"),
    )


def exhibit_bytes(size: int) -> bytes:
    """Every canary in every encoding, repeated, and once across a 64 KiB chunk edge."""
    unit = b"".join(c.encode(e) + b"\n" for c in CANARIES for e in ENCODINGS)
    data = bytearray((unit * (size // len(unit) + 1))[:size])
    edge = LATIN.encode("utf-8")
    if size > 65536 + len(edge):
        data[65536 - 5 : 65536 - 5 + len(edge)] = edge
    return bytes(data)


def error_texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), *(str(a) for a in exc.args), getattr(exc, "message", "")]


# Pieces of the secrets that no honest message contains.
FRAGMENTS = ("Zqx7", "Жщ7", "źółć", "кирилиця", "PASSCANARY", "Ятбщ", "zażółć")


def assert_clean_error(exc: BaseException) -> None:
    secrets = (*CANARIES, PASSPHRASE, WRONG_PASSPHRASE, *FRAGMENTS)
    for text in error_texts(exc):
        for secret in secrets:
            for spelling in forms(secret):
                assert spelling not in text, f"{type(exc).__name__} message holds {secret!r}"


def canary_json(body: Interview) -> dict[str, object]:
    """A complete interview as JSON, minus its person: it saves but cannot be sealed."""
    value = serialize.to_json(dataclasses.replace(body, person_id="", person_code=""))
    assert isinstance(value, dict)
    return value


def bad_interview_errors(session: Session, person_id: str, draft_id: str) -> list[FieldKitError]:
    """Errors raised by bad interviews full of canaries (each call must fail)."""
    good = canary_interview(person_id, LATIN, 90)
    screening = dataclasses.replace(good.screening, purpose=CYRILLIC)
    unknown_category = (dataclasses.replace(good.acts[0], category=POLISH),)
    dangling = (dataclasses.replace(good.acts[0], incident_id=LATIN),)
    no_person = dataclasses.replace(good, person_id="")
    empty_incident = dataclasses.replace(
        good,
        incidents=(Incident(id="inc-1", description=""),),
        acts=(AllegedAct(id="act-1", incident_id="inc-1"),),
    )
    calls: list[Callable[[], object]] = [
        lambda: records.save_draft(session, dataclasses.replace(good, screening=screening)),
        lambda: records.save_draft(session, dataclasses.replace(good, acts=unknown_category)),
        lambda: records.save_draft(session, dataclasses.replace(good, acts=dangling)),
        lambda: records.save_draft(session, dataclasses.replace(good, person_id=CYRILLIC)),
        lambda: records.save_draft(session, good, record_id=POLISH),
        lambda: records.seal(session, draft_id, no_person),
        lambda: records.seal(session, draft_id, empty_incident),
        lambda: records.correct(session, draft_id, good, reason=LATIN),
        lambda: records.load(session, CYRILLIC),
        lambda: evidence.attach(session, draft_id, Path(os.devnull), Exhibit(type=LATIN)),
        lambda: evidence.view_bytes(session, draft_id),
    ]
    # The command line's ``interview create`` reads the same records from JSON.
    bad_json: list[dict[str, object]] = [
        {"interview": {"account": {"narrative": [LATIN, CYRILLIC]}}},
        {"interview": {"account": {"narrative": POLISH * (serialize.MAX_TEXT // len(POLISH) + 1)}}},
        {"interview": {"session": {"date": {"when": CYRILLIC}}}},
        {"interview": {"acts": [{"victims": [{"count": LATIN}]}]}},
        {"interview": {"consent": {"reconfirmed_at_end": POLISH}}},
        {"interview": {"screening": {"decision": CYRILLIC}}},
        {"interview": {"account": {"narrative": LATIN}, "person_id": POLISH}},
        {"interview": {}, "person": {"identity": {"full_name_latin": LATIN}, "code": [POLISH]}},
        {"interview": {}, "person": {"profile": {"gender": CYRILLIC}}},
        {"interview": canary_json(good)},
    ]
    for untrusted in bad_json:
        calls.append(functools.partial(intake.create_from_json, session, untrusted, seal=True))
    raised = []
    for call in calls:
        with pytest.raises(FieldKitError) as caught:
            call()
        raised.append(caught.value)
    return raised


def test_no_canary_reaches_the_disk(watch: Watch, tmp_path: Path) -> None:
    sources = tmp_path / "exhibit-sources"  # outside every scanned folder; removed before scanning
    sources.mkdir()
    session = profiles.create_profile(
        "Field Interviewer 7", "interviewer", PASSPHRASE, params=profiles.KdfParams.floor()
    )
    profile_id = session.info.id
    folder = session.vault.folder

    someone = person(name_cyr=f"{CYRILLIC} Петренко", name_lat=f"{LATIN} {POLISH}")
    someone = dataclasses.replace(
        someone,
        identity=dataclasses.replace(
            someone.identity,
            identity_document=f"passport {LATIN}",
            relatives=(CYRILLIC, POLISH),
            current_address=f"ul. {POLISH} 7, Warszawa",
        ),
    )
    person_id = records.save_draft(session, someone).record_id
    records.save_draft(session, dataclasses.replace(someone, code="P-0043"), record_id=person_id)

    interview_ids: dict[str, str] = {}
    for n, canary in enumerate(CANARIES, start=1):
        first = records.save_draft(session, canary_interview(person_id, canary, n))
        records.save_draft(session, canary_interview(person_id, canary, n + 10), first.record_id)
        interview_ids[canary] = first.record_id
    sealed_id = interview_ids[LATIN]
    records.seal(session, sealed_id)
    records.seal(session, interview_ids[CYRILLIC])
    corrected = canary_interview(person_id, f"{LATIN} {CYRILLIC}", 40)
    records.correct(session, sealed_id, corrected, reason=f"the witness corrected {POLISH}")

    attached: list[tuple[str, bytes]] = []
    for n, (canary, size) in enumerate(zip(CANARIES, (3_000, 200_000, 70_000), strict=True)):
        data = exhibit_bytes(size) + canary.encode("utf-8") + bytes([n])
        source = sources / f"{canary} photo {n}.jpg"
        source.write_bytes(data)
        details = Exhibit(
            type="photo",
            description=f"photo of {canary}",
            provided_by=canary,
            obtained_where=f"shelter {POLISH}",
        )
        result = evidence.attach(
            session, interview_ids[canary], source, details, received_from=f"{CYRILLIC} relative"
        )
        assert result.sha256 == hashlib.sha256(data).hexdigest()
        attached.append((result.exhibit_id, data))
    # The same file handed in twice is stored once.
    again = evidence.attach(
        session,
        interview_ids[POLISH],
        sources / f"{POLISH} photo 2.jpg",
        Exhibit(type="scan", description=POLISH),
    )
    attached.append((again.exhibit_id, attached[2][1]))

    for canary, record_id in interview_ids.items():
        for query in (canary, canary.casefold(), canary.split("-")[1]):
            assert record_id in records.search_interviews(session, query), query
    # The correction of the Latin interview mentions the Cyrillic canary too.
    assert set(records.search_interviews(session, "кирилиця")) == {
        interview_ids[CYRILLIC],
        sealed_id,
    }
    assert records.search_interviews(session, "zzz-no-such-word") == []
    assert records.earlier_interviews_of(session, someone)
    assert sealed_id in {row.record_id for row in records.list_interviews(session)}

    for exhibit_id, data in attached:
        assert evidence.view_bytes(session, exhibit_id) == data
        assert b"".join(evidence.view_chunks(session, exhibit_id)) == data

    report = verify_profile(session)
    assert report.ok, report.problems
    assert report.revisions_checked >= 16

    errors = bad_interview_errors(session, person_id, interview_ids[POLISH])
    for exc in errors:
        assert_clean_error(exc)

    patterns = needles((*CANARIES, PASSPHRASE, WRONG_PASSPHRASE))
    shutil.rmtree(sources)

    # While unlocked: the WAL (and -shm) hold the newest pages.
    hits, scanned = watch.leaks(patterns)
    assert hits == [], "\n".join(hits)
    names = {p.name for p in scanned}
    assert {"vault.db", "vault.key", "vault.head", "profile.json"} <= names
    exhibit_files = [p for p in scanned if p.parent == folder / "exhibits"]
    assert len(exhibit_files) == 3  # three distinct contents; the duplicate is stored once

    session.lock()
    for wrong in (WRONG_PASSPHRASE, PASSPHRASE[:-1], f"{PASSPHRASE} "):
        with pytest.raises(WrongPassphrase) as caught:
            profiles.unlock(profile_id, wrong)
        assert_clean_error(caught.value)
        assert "passphrase is not correct" in str(caught.value)

    hits, scanned = watch.leaks(patterns)
    assert hits == [], "\n".join(hits)
    assert folder / "vault.db" in scanned

    # The profile still opens and still holds everything after the scan.
    with profiles.unlock(profile_id, PASSPHRASE) as again_open:
        assert records.load(again_open, interview_ids[CYRILLIC]).status == "sealed"
        assert verify_profile(again_open).ok


def test_unknown_json_keys_are_not_echoed_in_errors() -> None:
    session = profiles.create_profile(
        "Field Interviewer 8", "interviewer", PASSPHRASE, params=profiles.KdfParams.floor()
    )
    try:
        # A JSON file whose testimony ended up as keys (a broken export script, say).
        cases: list[dict[str, object]] = [
            {"interview": {}, CYRILLIC: "x"},
            {"interview": {"account": {f"{LATIN} narrative": "x"}}},
        ]
        for untrusted in cases:
            with pytest.raises(FieldKitError) as caught:
                intake.create_from_json(session, untrusted)
            assert_clean_error(caught.value)
    finally:
        session.lock()
