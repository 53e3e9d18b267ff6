"""The words of the statistics summary PDF, in English, Ukrainian and Polish.

Kept apart from :mod:`fieldkit.report.labels` (the interview record's words) so
the two documents can change independently. Vocabulary terms (categories of
alleged acts, consent scopes) carry their own labels. Every language has every
key (a test checks it); ``{name}`` placeholders are filled with :meth:`str.format`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["LABELS", "text"]

_EN: Final = {
    "title": "Summary statistics",
    "subtitle": "Interviews imported at HQ",
    "generated": "Generated {at} UTC",
    "note_title": "Counts of testimonies are not counts of events",
    "note": (
        "Every number in this document counts testimonies (interview records), not events. "
        "The same event may be told by many witnesses, and one witness may describe several "
        "events. Do not read or publish these figures as numbers of incidents, victims or "
        "crimes."
    ),
    "what": (
        "Counted: each interview whose current revision at HQ is sealed and whose consent to "
        "participate is in force. Drafts, withdrawn records and records whose consent to "
        "participate was withdrawn are left out of every chart; their numbers are given "
        "under Totals."
    ),
    "totals": "Totals",
    "counted": "Interviews counted",
    "drafts": "Drafts (not counted)",
    "withdrawn": "Withdrawn records (not counted)",
    "no_consent": "Consent to participate withdrawn or missing (not counted)",
    "unreadable": "Records whose content HQ does not hold (not counted)",
    "newest": "Newest interview date",
    "last_import": "Last import at HQ",
    "by_city": "Interviews by city",
    "by_month": "Interviews by month of the interview",
    "by_interviewer": "Interviews by interviewer (sending profile and laptop)",
    "by_category": "Interviews by category of alleged act",
    "category_note": (
        "An interview that names several categories counts once in each, so these numbers "
        "add up to more than the number of interviews. Counted interviews that name no "
        "category: {none}. The classification is the interviewer's; the legal qualification "
        "belongs to the prosecutor."
    ),
    "by_scope": "Consent scopes in force",
    "scope_note": "Scopes granted and not withdrawn, among the counted interviews.",
    "item": "Item",
    "citation": "Rome Statute",
    "interviews": "Interviews",
    "share": "Share",
    "not_recorded": "Not recorded",
    "chart_top": "The chart shows the {n} largest; the table lists all {m}.",
    "chart_recent": "The chart shows the last {n} months; the table lists all {m}.",
    "nothing": "Nothing to count yet.",
    "page": "Page {n} of {m}",
}

_UK: Final = {
    "title": "Зведена статистика",
    "subtitle": "Інтерв’ю, імпортовані в головному офісі",
    "generated": "Створено {at} UTC",
    "note_title": "Кількість свідчень — не кількість подій",
    "note": (
        "Кожне число в цьому документі рахує свідчення (записи інтерв’ю), а не події. "
        "Про ту саму подію можуть розповісти багато свідків, а один свідок може описати "
        "кілька подій. Не читайте й не публікуйте ці числа як кількість інцидентів, "
        "потерпілих чи злочинів."
    ),
    "what": (
        "Враховано: кожне інтерв’ю, чинна версія якого в головному офісі запечатана і "
        "згода на участь у якому чинна. Чернетки, відкликані записи та записи, у яких "
        "згоду на участь відкликано, не входять до жодної діаграми; їхню кількість "
        "наведено в розділі «Підсумки»."
    ),
    "totals": "Підсумки",
    "counted": "Враховані інтерв’ю",
    "drafts": "Чернетки (не враховано)",
    "withdrawn": "Відкликані записи (не враховано)",
    "no_consent": "Згоду на участь відкликано або її немає (не враховано)",
    "unreadable": "Записи, вмісту яких головний офіс не має (не враховано)",
    "newest": "Дата найновішого інтерв’ю",
    "last_import": "Останній імпорт у головному офісі",
    "by_city": "Інтерв’ю за містом",
    "by_month": "Інтерв’ю за місяцем проведення",
    "by_interviewer": "Інтерв’ю за інтерв’юером (профіль і ноутбук, що надіслали)",
    "by_category": "Інтерв’ю за категорією ймовірного діяння",
    "category_note": (
        "Інтерв’ю, у якому названо кілька категорій, враховано один раз у кожній, тому "
        "сума цих чисел більша за кількість інтерв’ю. Враховані інтерв’ю без жодної "
        "категорії: {none}. Класифікацію зробив інтерв’юер; правова кваліфікація — "
        "справа прокурора."
    ),
    "by_scope": "Чинні обсяги згоди",
    "scope_note": "Обсяги, на які надано згоду і які не відкликано, серед урахованих інтерв’ю.",
    "item": "Позиція",
    "citation": "Римський статут",
    "interviews": "Інтерв’ю",
    "share": "Частка",
    "not_recorded": "Не зазначено",
    "chart_top": "Діаграма показує {n} найбільших; таблиця містить усі {m}.",
    "chart_recent": "Діаграма показує останні {n} місяців; таблиця містить усі {m}.",
    "nothing": "Поки що нічого рахувати.",
    "page": "Сторінка {n} з {m}",
}

_PL: Final = {
    "title": "Statystyki zbiorcze",
    "subtitle": "Wywiady zaimportowane w centrali",
    "generated": "Wygenerowano {at} UTC",
    "note_title": "Liczba relacji to nie liczba zdarzeń",
    "note": (
        "Każda liczba w tym dokumencie liczy relacje (zapisy wywiadów), a nie zdarzenia. "
        "To samo zdarzenie może opisać wielu świadków, a jeden świadek może opisać kilka "
        "zdarzeń. Nie należy odczytywać ani publikować tych liczb jako liczby incydentów, "
        "pokrzywdzonych ani przestępstw."
    ),
    "what": (
        "Policzono: każdy wywiad, którego bieżąca wersja w centrali jest zapieczętowana i "
        "którego zgoda na udział obowiązuje. Wersje robocze, wycofane zapisy oraz zapisy, w "
        "których cofnięto zgodę na udział, nie wchodzą do żadnego wykresu; ich liczby "
        "podano w części „Podsumowanie”."
    ),
    "totals": "Podsumowanie",
    "counted": "Policzone wywiady",
    "drafts": "Wersje robocze (niepoliczone)",
    "withdrawn": "Wycofane zapisy (niepoliczone)",
    "no_consent": "Zgoda na udział cofnięta lub brak zgody (niepoliczone)",
    "unreadable": "Zapisy, których treści centrala nie posiada (niepoliczone)",
    "newest": "Data najnowszego wywiadu",
    "last_import": "Ostatni import w centrali",
    "by_city": "Wywiady według miasta",
    "by_month": "Wywiady według miesiąca przeprowadzenia",
    "by_interviewer": "Wywiady według osoby prowadzącej (profil i laptop nadawcy)",
    "by_category": "Wywiady według kategorii zarzucanego czynu",
    "category_note": (
        "Wywiad, w którym wskazano kilka kategorii, liczy się raz w każdej z nich, więc suma "
        "tych liczb jest większa niż liczba wywiadów. Policzone wywiady bez żadnej "
        "kategorii: {none}. Klasyfikacja pochodzi od osoby prowadzącej wywiad; kwalifikacja "
        "prawna należy do prokuratora."
    ),
    "by_scope": "Obowiązujące zakresy zgody",
    "scope_note": "Zakresy udzielone i niecofnięte, wśród policzonych wywiadów.",
    "item": "Pozycja",
    "citation": "Statut Rzymski",
    "interviews": "Wywiady",
    "share": "Udział",
    "not_recorded": "Nie odnotowano",
    "chart_top": "Wykres pokazuje {n} największych; tabela zawiera wszystkie {m}.",
    "chart_recent": "Wykres pokazuje ostatnie {n} miesięcy; tabela zawiera wszystkie {m}.",
    "nothing": "Na razie nie ma czego liczyć.",
    "page": "Strona {n} z {m}",
}

LABELS: Final[Mapping[str, Mapping[str, str]]] = {"en": _EN, "uk": _UK, "pl": _PL}


def text(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (English if the language lacks it), filled in."""
    template = LABELS.get(lang, _EN).get(key) or _EN[key]
    return template.format(**values) if values else template
