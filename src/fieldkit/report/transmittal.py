"""Transmittal packages: the folder layout, its documents, and checking a package.

A package is a plain folder a prosecutor can check with standard tools only
(see ``docs/transmittal.md``)::

    transmittal-<recipient>-<UTC date>-<short id>/
        records/<case number or record id>.pdf
        records.json
        exhibits/<sha256>.<ext>
        README.txt
        hq.pub
        manifest.json
        manifest.json.minisig

``manifest.json`` (canonical JSON) lists every other file with its SHA-256 and
size; ``manifest.json.minisig`` is HQ's minisign signature of it; ``hq.pub`` is
the HQ key in minisign format. This module holds no vault: the service gathers
the records, this module writes and reads files. :func:`verify_package` is what
``fieldkit transmit verify`` runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Final

from fieldkit.crypto import minisign
from fieldkit.crypto.atomic import fsync_dir
from fieldkit.crypto.stream import OperationCancelled
from fieldkit.domain import canonical, serialize
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.revision import Envelope
from fieldkit.report import redaction as profiles
from fieldkit.report.pdf_model import InterviewSource

__all__ = [
    "EXHIBITS_DIR",
    "MANIFEST",
    "MANIFEST_FORMAT",
    "PUBLIC_KEY",
    "README",
    "RECORDS_DIR",
    "RECORDS_FORMAT",
    "RECORDS_JSON",
    "SIGNATURE",
    "FileProblem",
    "PackageFile",
    "PackageReport",
    "PackageWriter",
    "ReadmeFacts",
    "RecordExport",
    "exhibit_file_name",
    "hq_key_fingerprint",
    "manifest_document",
    "pdf_file_name",
    "readme_text",
    "record_export",
    "records_document",
    "trusted_comment",
    "verify_package",
]

MANIFEST_FORMAT: Final = "fieldkit.transmittal-manifest/1"
RECORDS_FORMAT: Final = "fieldkit.transmittal-records/1"
MANIFEST: Final = "manifest.json"
SIGNATURE: Final = "manifest.json.minisig"
PUBLIC_KEY: Final = "hq.pub"
README: Final = "README.txt"
RECORDS_JSON: Final = "records.json"
RECORDS_DIR: Final = "records"
EXHIBITS_DIR: Final = "exhibits"
FILE_MODE: Final = 0o600
DIR_MODE: Final = 0o700
MAX_MANIFEST: Final = 64 << 20
MAX_FILES: Final = 1_000_000
_CHUNK: Final = 1 << 20
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_EXT = re.compile(r"^[a-z0-9]{1,10}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


# -- writing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageFile:
    path: str  # relative, with forward slashes
    sha256: str
    size: int


class PackageWriter:
    """Writes files into the package folder being built; each one fsynced, none replaced."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: list[PackageFile] = []
        self._dirs: set[Path] = {root}

    def _open(self, relpath: str) -> tuple[Path, int]:
        target = self.root.joinpath(*PurePosixPath(relpath).parts)
        if target.parent not in self._dirs:
            target.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
        flags |= getattr(os, "O_CLOEXEC", 0)
        return target, os.open(target, flags, FILE_MODE)

    def write_bytes(self, relpath: str, data: bytes, *, listed: bool = True) -> PackageFile:
        return self.write_chunks(relpath, (data,), listed=listed)

    def write_chunks(
        self,
        relpath: str,
        chunks: Iterable[bytes],
        *,
        listed: bool = True,
        expected_sha256: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> PackageFile:
        """Stream ``chunks`` to a new file; checks ``expected_sha256`` when given."""
        _, fd = self._open(relpath)
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                if cancelled is not None and cancelled():
                    raise OperationCancelled("The transmittal was cancelled.")
                handle.write(chunk)
                digest.update(chunk)
                size += len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        hexdigest = digest.hexdigest()
        if expected_sha256 is not None and hexdigest != expected_sha256:
            raise FieldKitError(
                f"The exhibit {expected_sha256[:12]}... does not match its SHA-256 at HQ: "
                "HQ's copy is damaged. Run `fieldkit verify` on the HQ profile.",
                code="transmittal.exhibit_damaged",
            )
        entry = PackageFile(relpath, hexdigest, size)
        if listed:
            self.files.append(entry)
        return entry

    def sync(self) -> None:
        """fsync every folder written to, deepest first, so the entries are durable."""
        for folder in sorted(self._dirs, key=lambda p: len(p.parts), reverse=True):
            fsync_dir(folder)


def pdf_file_name(case_number: str, record_id: str, taken: set[str]) -> str:
    """``records/<case number>.pdf``, or with the record id when the case repeats or is empty."""
    case = _SAFE_NAME.sub("_", case_number.strip()).strip("._-")[:80]
    name = case or record_id
    if name.lower() in taken:
        name = f"{case}_{record_id}" if case else record_id
    taken.add(name.lower())
    return f"{RECORDS_DIR}/{name}.pdf"


def exhibit_file_name(sha256: str, media_type: str, original_filename: str) -> str:
    """``exhibits/<sha256>.<ext>``: the extension from the media type, else the file name."""
    ext = ""
    base_type = media_type.split(";", maxsplit=1)[0].strip()
    guessed = mimetypes.guess_extension(base_type) if base_type else None
    if guessed:
        ext = guessed.lstrip(".").lower()
    if not _EXT.match(ext):
        suffix = PurePosixPath(original_filename.replace("\\", "/")).suffix.lstrip(".").lower()
        ext = suffix if _EXT.match(suffix) else "bin"
    return f"{EXHIBITS_DIR}/{sha256}.{ext}"


# -- the documents ------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordExport:
    """One record as the package shows it (already redacted)."""

    source: InterviewSource  # after the redaction profile
    envelope: dict[str, Any]
    pdf: str
    exhibit_files: dict[str, str | None]  # sha256 -> package path (None: not included)
    signature: bytes
    signing_public: bytes | None


def record_export(
    source: InterviewSource,
    envelope: Envelope,
    *,
    redaction: str,
    pdf: str,
    exhibit_files: dict[str, str | None],
    signature: bytes,
    signing_public: bytes | None,
) -> RecordExport:
    """Apply ``redaction`` exactly as the PDF does, to the body and the envelope's reason."""
    shown = profiles.apply(source, redaction)
    reason = next(
        (h.reason for h in shown.history if h.revision == envelope.revision), envelope.reason
    )
    env = serialize.to_json(envelope)
    env["reason"] = reason
    return RecordExport(shown, env, pdf, exhibit_files, signature, signing_public)


def _record_json(item: RecordExport) -> dict[str, Any]:
    source = item.source
    body_json = serialize.to_json(source.interview)
    envelope_verbatim = canonical.sha256_hex(canonical.dumps(item.envelope)) == source.record_hash
    body_verbatim = canonical.sha256_hex(canonical.dumps(body_json)) == item.envelope.get(
        "body_sha256"
    )
    return {
        "record_id": source.record_id,
        "case_number": source.interview.case_number,
        "pdf": item.pdf,
        "revision": source.revision,
        "status": source.status,
        "updated_at": source.updated_at,
        "record_hash": source.record_hash,
        "envelope": item.envelope,
        "envelope_verbatim": envelope_verbatim,
        "signature": item.signature.hex(),
        "signed_by": None if item.signing_public is None else item.signing_public.hex(),
        "body_verbatim": body_verbatim,
        "interview": body_json,
        "person": None if source.person is None else serialize.to_json(source.person),
        "exhibits": [
            {
                "exhibit_id": entry.exhibit_id,
                "exhibit": serialize.to_json(entry.exhibit),
                "custody": serialize.to_json(entry.custody),
                "file": item.exhibit_files.get(entry.exhibit.sha256),
            }
            for entry in source.exhibits
        ],
        "history": serialize.to_json(source.history),
    }


def records_document(
    items: Sequence[RecordExport],
    *,
    package: str,
    organisation: str,
    recipient: str,
    redaction: str,
    created_at: str,
) -> bytes:
    """``records.json``: the records, machine-readable, under the same redaction profile."""
    document = {
        "format": RECORDS_FORMAT,
        "package": package,
        "organisation": organisation,
        "recipient": recipient,
        "redaction": redaction,
        "created_at": created_at,
        "records": [_record_json(item) for item in items],
    }
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def manifest_document(
    *,
    package_id: str,
    package: str,
    organisation: str,
    organisation_id: str,
    recipient: dict[str, Any],
    created_at: str,
    redaction: str,
    language: str,
    signing_public: bytes,
    records: Sequence[dict[str, Any]],
    files: Sequence[PackageFile],
) -> bytes:
    """``manifest.json`` in canonical JSON; ``files`` sorted by path."""
    return canonical.dumps(
        {
            "format": MANIFEST_FORMAT,
            "package_id": package_id,
            "package": package,
            "organisation": organisation,
            "organisation_id": organisation_id,
            "recipient": recipient,
            "created_at": created_at,
            "redaction": redaction,
            "language": language,
            "signing_key": {
                "key_id": minisign.key_id_hex(minisign.key_id(signing_public)),
                "public_key": minisign.public_key_line(signing_public),
            },
            "records": list(records),
            "files": [
                {"path": f.path, "sha256": f.sha256, "size": f.size}
                for f in sorted(files, key=lambda f: f.path)
            ],
        }
    )


def trusted_comment(package: str, recipient: str, created_at: str, manifest_sha256: str) -> str:
    """What ``minisign -V`` prints after a good signature (signed, ASCII only)."""
    return (
        f"fieldkit transmittal {package}\trecipient:{recipient}\tcreated:{created_at}"
        f"\tmanifest-sha256:{manifest_sha256}"
    )


def hq_key_fingerprint(public_key: bytes) -> str:
    """SHA-256 of ``hq.pub`` in groups of four: what ``sha256sum hq.pub`` prints, spaced."""
    digest = hashlib.sha256(minisign.public_key_file(public_key)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


# -- README -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadmeFacts:
    package: str
    organisation: str
    recipient_code: str
    recipient_name: str
    created_at: str
    records: int
    exhibits: int
    exhibits_included: bool
    redaction: str
    language: str
    signing_public: bytes


_JQ = "jq -r '.files[] | .sha256 + \"  \" + .path' manifest.json | sha256sum -c -"
_JQ_MAC = "jq -r '.files[] | .sha256 + \"  \" + .path' manifest.json | shasum -a 256 -c -"
_PYTHON = (
    "python3 -c \"import hashlib,json; m=json.load(open('manifest.json',encoding='utf-8')); "
    "[print(f['path']+':', 'OK' if hashlib.file_digest(open(f['path'],'rb'),'sha256')"
    ".hexdigest()==f['sha256'] else 'FAILED') for f in m['files']]\""
)
_POWERSHELL = (
    "$m = Get-Content -Raw -Encoding UTF8 manifest.json | ConvertFrom-Json; "
    "foreach ($f in $m.files) { if ((Get-FileHash -Algorithm SHA256 $f.path).Hash.ToLower() "
    "-eq $f.sha256) { \"$($f.path): OK\" } else { \"$($f.path): FAILED\" } }"
)
_MINISIGN = "minisign -V -H -p hq.pub -m manifest.json"

_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "title": "FIELDKIT TRANSMITTAL PACKAGE",
        "package": "Package",
        "from": "From",
        "to": "To",
        "created": "Created (UTC)",
        "contents": "Contents",
        "counts": "{records} interview record(s); {exhibits} exhibit file(s)",
        "profile": "Redaction profile",
        "language": "Language of the PDFs",
        "lang_note": "(labels only: testimony is given in the words and language recorded)",
        "full": "full: the identity of the witnesses is included (for a prosecutor).",
        "pseudonymised": (
            "pseudonymised: identity removed, names replaced by codes, exact places "
            "coarsened. Read the texts before passing them on: a name that is inflected or "
            "given only in part is not found and replaced."
        ),
        "warning": (
            "WARNING: THIS PACKAGE IS NOT ENCRYPTED. It holds witness testimony and, in the "
            "full profile, the identity of the witnesses. Keep it on encrypted storage, give "
            "it only to those entitled to see it, and delete copies you no longer need."
        ),
        "what": "WHAT IS IN IT",
        "f_pdf": "one court-ready PDF per interview record",
        "f_json": "the same records, machine-readable (JSON, UTF-8), same redaction profile",
        "f_exhibits": "the exhibit files (photos, scans, audio), named by their SHA-256",
        "f_no_exhibits": (
            "exhibit files are NOT included in this package; records.json lists each "
            "exhibit with its SHA-256"
        ),
        "f_manifest": "every file above with its SHA-256 and size",
        "f_sig": "HQ's signature of manifest.json (minisign format)",
        "f_pub": "HQ's public key (minisign format)",
        "f_readme": "this file (English, Ukrainian, Polish)",
        "how": "HOW TO VERIFY",
        "step1": (
            "1. Confirm HQ's key. Call HQ on a telephone number you already know (never one "
            "given in this package) and have them read out these values; compare them with "
            "the ones below and with hq.pub:"
        ),
        "key_id": "key id",
        "public_key": "public key",
        "fingerprint": "SHA-256 of hq.pub (sha256sum hq.pub)",
        "step1b": (
            "   If HQ gave you its public key before, use that instead of hq.pub "
            "(minisign -P <public key> instead of -p hq.pub)."
        ),
        "step2": "2. Check HQ's signature of the manifest with minisign "
        "(https://jedisct1.github.io/minisign/):",
        "step2b": (
            "   It must print \"Signature and comment signature verified\" and a trusted "
            "comment that names this package. On any other result, stop: do not use the "
            "package, and tell HQ."
        ),
        "step3": "3. Check every file against the manifest, with any one of:",
        "linux": "Linux (jq and sha256sum):",
        "mac": "macOS (jq and shasum):",
        "python": "Python 3.11 or later, any system:",
        "windows": "Windows PowerShell:",
        "step3b": (
            "   Every file must be OK. A file that is missing or FAILED was changed after HQ "
            "signed the package; a file that is not in manifest.json is not part of it."
        ),
    },
    "uk": {
        "title": "ПАКЕТ ПЕРЕДАННЯ FIELDKIT",
        "package": "Пакет",
        "from": "Від",
        "to": "Кому",
        "created": "Створено (UTC)",
        "contents": "Вміст",
        "counts": "записів інтерв’ю: {records}; файлів доказів: {exhibits}",
        "profile": "Профіль редагування",
        "language": "Мова PDF-документів",
        "lang_note": "(лише підписи полів: свідчення подано тими словами й мовою, як записано)",
        "full": "повний: відомості про особу свідків включено (для прокурора).",
        "pseudonymised": (
            "псевдонімізований: відомості про особу вилучено, імена замінено кодами, точні "
            "місця узагальнено. Перш ніж передавати далі, перечитайте тексти: ім’я у "
            "непрямому відмінку або неповне ім’я не знаходиться й не замінюється."
        ),
        "warning": (
            "УВАГА: ЦЕЙ ПАКЕТ НЕ ЗАШИФРОВАНО. Він містить свідчення і, у повному профілі, "
            "відомості про особу свідків. Зберігайте його на зашифрованому носії, передавайте "
            "лише тим, хто має на це право, і видаляйте копії, які більше не потрібні."
        ),
        "what": "ЩО В НЬОМУ",
        "f_pdf": "по одному PDF-документу для суду на кожен запис інтерв’ю",
        "f_json": "ті самі записи в машиночитному вигляді (JSON, UTF-8), з тим самим профілем",
        "f_exhibits": "файли доказів (фото, скани, аудіо), названі за їхнім SHA-256",
        "f_no_exhibits": (
            "файли доказів НЕ включено до цього пакета; records.json перелічує кожен доказ "
            "з його SHA-256"
        ),
        "f_manifest": "перелік усіх файлів вище з їхнім SHA-256 і розміром",
        "f_sig": "підпис manifest.json головного офісу (формат minisign)",
        "f_pub": "відкритий ключ головного офісу (формат minisign)",
        "f_readme": "цей файл (англійською, українською, польською)",
        "how": "ЯК ПЕРЕВІРИТИ",
        "step1": (
            "1. Підтвердьте ключ головного офісу. Зателефонуйте до головного офісу за "
            "номером, який ви вже знаєте (ніколи не за номером із цього пакета), попросіть "
            "зачитати ці значення і звірте їх із наведеними нижче та з hq.pub:"
        ),
        "key_id": "ідентифікатор ключа",
        "public_key": "відкритий ключ",
        "fingerprint": "SHA-256 файлу hq.pub (sha256sum hq.pub)",
        "step1b": (
            "   Якщо головний офіс раніше передав вам свій відкритий ключ, використовуйте "
            "його замість hq.pub (minisign -P <відкритий ключ> замість -p hq.pub)."
        ),
        "step2": "2. Перевірте підпис переліку програмою minisign "
        "(https://jedisct1.github.io/minisign/):",
        "step2b": (
            "   Програма має вивести «Signature and comment signature verified» і довірений "
            "коментар із назвою цього пакета. За будь-якого іншого результату зупиніться: не "
            "використовуйте пакет і повідомте головний офіс."
        ),
        "step3": "3. Перевірте кожен файл за переліком одним із способів:",
        "linux": "Linux (jq і sha256sum):",
        "mac": "macOS (jq і shasum):",
        "python": "Python 3.11 або новіший, будь-яка система:",
        "windows": "Windows PowerShell:",
        "step3b": (
            "   Кожен файл має бути OK. Файл, якого бракує або позначений FAILED, змінено "
            "після того, як головний офіс підписав пакет; файл, якого немає в manifest.json, "
            "не є частиною пакета."
        ),
    },
    "pl": {
        "title": "PAKIET PRZEKAZANIA FIELDKIT",
        "package": "Pakiet",
        "from": "Od",
        "to": "Do",
        "created": "Utworzono (UTC)",
        "contents": "Zawartość",
        "counts": "zapisy wywiadów: {records}; pliki dowodowe: {exhibits}",
        "profile": "Profil redakcji",
        "language": "Język dokumentów PDF",
        "lang_note": "(tylko etykiety: relacje podano słowami i w języku, w jakim je zapisano)",
        "full": "pełny: dane identyfikujące świadków są dołączone (dla prokuratora).",
        "pseudonymised": (
            "pseudonimizowany: dane identyfikujące usunięte, imiona i nazwiska zastąpione "
            "kodami, dokładne miejsca uogólnione. Przed dalszym przekazaniem przeczytaj "
            "teksty: odmienione lub niepełne imię i nazwisko nie jest odnajdywane i zastępowane."
        ),
        "warning": (
            "UWAGA: TEN PAKIET NIE JEST ZASZYFROWANY. Zawiera relacje świadków oraz, w "
            "profilu pełnym, dane identyfikujące świadków. Przechowuj go na zaszyfrowanym "
            "nośniku, udostępniaj wyłącznie osobom uprawnionym i usuwaj zbędne kopie."
        ),
        "what": "CO ZAWIERA",
        "f_pdf": "jeden dokument PDF do celów sądowych dla każdego zapisu wywiadu",
        "f_json": "te same zapisy w formie do przetwarzania maszynowego (JSON, UTF-8), ten sam "
        "profil",
        "f_exhibits": "pliki dowodowe (zdjęcia, skany, nagrania), nazwane według skrótu SHA-256",
        "f_no_exhibits": (
            "pliki dowodowe NIE są dołączone do tego pakietu; records.json wymienia każdy "
            "dowód z jego skrótem SHA-256"
        ),
        "f_manifest": "wykaz wszystkich powyższych plików z ich skrótem SHA-256 i rozmiarem",
        "f_sig": "podpis pliku manifest.json złożony przez centralę (format minisign)",
        "f_pub": "klucz publiczny centrali (format minisign)",
        "f_readme": "ten plik (po angielsku, ukraińsku i polsku)",
        "how": "JAK SPRAWDZIĆ",
        "step1": (
            "1. Potwierdź klucz centrali. Zadzwoń do centrali pod numer, który już znasz "
            "(nigdy pod numer podany w tym pakiecie), poproś o odczytanie tych wartości i "
            "porównaj je z poniższymi oraz z plikiem hq.pub:"
        ),
        "key_id": "identyfikator klucza",
        "public_key": "klucz publiczny",
        "fingerprint": "SHA-256 pliku hq.pub (sha256sum hq.pub)",
        "step1b": (
            "   Jeśli centrala przekazała ci wcześniej swój klucz publiczny, użyj go zamiast "
            "hq.pub (minisign -P <klucz publiczny> zamiast -p hq.pub)."
        ),
        "step2": "2. Sprawdź podpis wykazu programem minisign "
        "(https://jedisct1.github.io/minisign/):",
        "step2b": (
            "   Program musi wypisać „Signature and comment signature verified” oraz zaufany "
            "komentarz z nazwą tego pakietu. Przy każdym innym wyniku przerwij: nie korzystaj "
            "z pakietu i powiadom centralę."
        ),
        "step3": "3. Sprawdź każdy plik z wykazem, jednym ze sposobów:",
        "linux": "Linux (jq i sha256sum):",
        "mac": "macOS (jq i shasum):",
        "python": "Python 3.11 lub nowszy, dowolny system:",
        "windows": "Windows PowerShell:",
        "step3b": (
            "   Każdy plik musi mieć wynik OK. Plik brakujący lub oznaczony FAILED został "
            "zmieniony po podpisaniu pakietu przez centralę; plik, którego nie ma w "
            "manifest.json, nie należy do pakietu."
        ),
    },
}
_LANGUAGE_NAMES: Final = {
    "en": {"en": "English", "uk": "Ukrainian", "pl": "Polish"},
    "uk": {"en": "англійська", "uk": "українська", "pl": "польська"},
    "pl": {"en": "angielski", "uk": "ukraiński", "pl": "polski"},
}


def _readme_section(lang: str, facts: ReadmeFacts) -> list[str]:
    t = _TEXT[lang]
    key = facts.signing_public
    exhibits_line = t["f_exhibits"] if facts.exhibits_included else t["f_no_exhibits"]
    rows = [
        ("records/*.pdf", t["f_pdf"]),
        (RECORDS_JSON, t["f_json"]),
        (f"{EXHIBITS_DIR}/", exhibits_line),
        (MANIFEST, t["f_manifest"]),
        (SIGNATURE, t["f_sig"]),
        (PUBLIC_KEY, t["f_pub"]),
        (README, t["f_readme"]),
    ]
    return [
        t["title"],
        "=" * len(t["title"]),
        "",
        f"{t['package']}: {facts.package}",
        f"{t['from']}: {facts.organisation}",
        f"{t['to']}: {facts.recipient_name} ({facts.recipient_code})",
        f"{t['created']}: {facts.created_at}",
        f"{t['contents']}: "
        + t["counts"].format(records=facts.records, exhibits=facts.exhibits),
        f"{t['profile']}: {t[facts.redaction]}",
        f"{t['language']}: {_LANGUAGE_NAMES[lang][facts.language]} {t['lang_note']}",
        "",
        t["warning"],
        "",
        t["what"],
        *(f"  {name:<23}{text}" for name, text in rows),
        "",
        t["how"],
        t["step1"],
        f"      {t['key_id']}: {minisign.key_id_hex(minisign.key_id(key))}",
        f"      {t['public_key']}: {minisign.public_key_line(key)}",
        f"      {t['fingerprint']}:",
        f"        {hq_key_fingerprint(key)}",
        t["step1b"],
        "",
        t["step2"],
        f"      {_MINISIGN}",
        t["step2b"],
        "",
        t["step3"],
        f"   {t['linux']}",
        f"      {_JQ}",
        f"   {t['mac']}",
        f"      {_JQ_MAC}",
        f"   {t['python']}",
        f"      {_PYTHON}",
        f"   {t['windows']}",
        f"      {_POWERSHELL}",
        t["step3b"],
    ]


def readme_text(facts: ReadmeFacts) -> bytes:
    """README.txt: the same text in English, Ukrainian and Polish (UTF-8, CRLF-free)."""
    parts: list[str] = []
    for lang in ("en", "uk", "pl"):
        if parts:
            parts += ["", "-" * 72, ""]
        parts += _readme_section(lang, facts)
    return ("\n".join(parts) + "\n").encode("utf-8")


# -- verifying ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileProblem:
    path: str
    problem: str  # missing | changed | unlisted | unsafe-path | not-a-file


@dataclass(frozen=True)
class PackageReport:
    """What :func:`verify_package` found. ``ok`` only if everything checked out."""

    ok: bool
    signature_ok: bool
    key_id: str = ""
    key_from_package: bool = True  # True: hq.pub inside the package was used
    trusted_comment: str = ""
    manifest_sha256: str = ""
    files_checked: int = 0
    problems: tuple[str, ...] = ()
    bad_files: tuple[FileProblem, ...] = ()
    manifest: dict[str, Any] = field(default_factory=dict)


def _read_capped(path: Path, cap: int, what: str) -> bytes:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
            raise FieldKitError(f"{what} is not a regular file.", code="transmittal.invalid")
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except FileNotFoundError:
        raise FieldKitError(f"{what} is missing.", code="transmittal.invalid") from None
    except OSError as exc:
        raise FieldKitError(f"{what} cannot be read: {exc.strerror}.",
                            code="transmittal.invalid") from None
    if len(data) > cap:
        raise FieldKitError(f"{what} is too large.", code="transmittal.invalid")
    return data


def _safe_relpath(untrusted: object) -> str | None:
    if not isinstance(untrusted, str) or not 0 < len(untrusted) <= 300:
        return None
    if not untrusted.isascii() or not untrusted.isprintable() or "\\" in untrusted:
        return None
    parts = untrusted.split("/")
    if any(part in ("", ".", "..") for part in parts) or untrusted.startswith("/"):
        return None
    if untrusted in (MANIFEST, SIGNATURE):
        return None
    return untrusted


def _check_entry(root: Path, entry: object) -> tuple[str, FileProblem | None]:
    if not isinstance(entry, dict) or set(entry) != {"path", "sha256", "size"}:
        return "?", FileProblem("?", "unsafe-path")
    path = _safe_relpath(entry["path"])
    sha = entry["sha256"]
    size = entry["size"]
    if path is None:
        return "?", FileProblem(str(entry["path"])[:80], "unsafe-path")
    if not isinstance(sha, str) or not _HEX64.match(sha) or not isinstance(size, int):
        return path, FileProblem(path, "unsafe-path")
    target = root
    for part in path.split("/"):
        target = target / part
        try:
            info = target.lstat()
        except FileNotFoundError:
            return path, FileProblem(path, "missing")
        except OSError:
            return path, FileProblem(path, "missing")
        if stat.S_ISLNK(info.st_mode):
            return path, FileProblem(path, "unsafe-path")
    if not stat.S_ISREG(info.st_mode):
        return path, FileProblem(path, "not-a-file")
    if info.st_size != size:
        return path, FileProblem(path, "changed")
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != sha:
        return path, FileProblem(path, "changed")
    return path, None


def _present_files(root: Path) -> tuple[set[str], list[FileProblem]]:
    found: set[str] = set()
    odd: list[FileProblem] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in list(dirs):
            if (base / name).is_symlink():
                odd.append(FileProblem((base / name).relative_to(root).as_posix(), "unsafe-path"))
                dirs.remove(name)
        for name in files:
            rel = (base / name).relative_to(root).as_posix()
            if rel not in (MANIFEST, SIGNATURE):
                found.add(rel)
    return found, odd


def verify_package(folder: Path, public_key: bytes | None = None) -> PackageReport:
    """Check a package: HQ's minisign signature of manifest.json, then every file.

    ``public_key`` is the content of a minisign public key file obtained from HQ
    beforehand; without it the package's own ``hq.pub`` is used, which proves only
    that the package is intact and signed by whoever holds that key: its
    fingerprint must be confirmed with HQ. Nothing in the package is trusted
    before the signature has verified.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FieldKitError(f"{root.name or root} is not a folder.", code="transmittal.invalid")
    problems: list[str] = []
    try:
        key_bytes = public_key if public_key is not None else _read_capped(
            root / PUBLIC_KEY, minisign.MAX_PUBLIC_KEY_FILE, PUBLIC_KEY)
        key = minisign.parse_public_key(key_bytes)
        signature = _read_capped(root / SIGNATURE, minisign.MAX_SIGNATURE_FILE, SIGNATURE)
        manifest_bytes = _read_capped(root / MANIFEST, MAX_MANIFEST, MANIFEST)
        comment = minisign.verify_bytes(key, manifest_bytes, signature)
    except FieldKitError as exc:
        return PackageReport(ok=False, signature_ok=False, key_from_package=public_key is None,
                             problems=(exc.message,))
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    try:
        manifest = canonical.parse(manifest_bytes)
        if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
            raise FieldKitError("not a transmittal manifest")
        entries = manifest["files"]
        if not isinstance(entries, list) or len(entries) > MAX_FILES:
            raise FieldKitError("no file list")
    except (FieldKitError, KeyError):
        return PackageReport(ok=False, signature_ok=True, key_id=key.key_id_hex,
                             key_from_package=public_key is None, trusted_comment=comment,
                             manifest_sha256=manifest_sha,
                             problems=("manifest.json is signed but is not a FieldKit "
                                       "transmittal manifest.",))
    bad: list[FileProblem] = []
    listed: set[str] = set()
    for entry in entries:
        path, problem = _check_entry(root, entry)
        if path in listed:
            problem = FileProblem(path, "unsafe-path")
        listed.add(path)
        if problem is not None:
            bad.append(problem)
    present, odd = _present_files(root)
    bad += odd
    bad += [FileProblem(p, "unlisted") for p in sorted(present - listed)]
    if public_key is not None:
        with contextlib.suppress(FieldKitError):
            inside = minisign.parse_public_key(
                _read_capped(root / PUBLIC_KEY, minisign.MAX_PUBLIC_KEY_FILE, PUBLIC_KEY))
            if inside != key:
                problems.append("hq.pub in the package is not the key you gave.")
    if bad:
        problems.append(f"{len(bad)} file(s) do not match the signed manifest.")
    return PackageReport(
        ok=not problems,
        signature_ok=True,
        key_id=key.key_id_hex,
        key_from_package=public_key is None,
        trusted_comment=comment,
        manifest_sha256=manifest_sha,
        files_checked=len(entries),
        problems=tuple(problems),
        bad_files=tuple(bad),
        manifest=manifest,
    )
