"""The package's README.txt: what it holds and how to verify it, in three languages.

Split out of ``report/transmittal.py``: the text is long, the logic is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from fieldkit.crypto import minisign
from fieldkit.report.package_layout import (
    EXHIBITS_DIR,
    MANIFEST,
    PUBLIC_KEY,
    README,
    RECORDS_JSON,
    SIGNATURE,
    hq_key_fingerprint,
)

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


