<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>FilterBar</name>
    <message>
        <source>All cities</source>
        <translation>Wszystkie miasta</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>City filter</source>
        <translation>Filtr miasta</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtr kategorii</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>Only interviews from a date</source>
        <translation>Tylko wywiady od daty</translation>
    </message>
    <message>
        <source>Only interviews up to a date</source>
        <translation>Tylko wywiady do daty</translation>
    </message>
    <message>
        <source>Earliest interview date</source>
        <translation>Najwcześniejsza data wywiadu</translation>
    </message>
    <message>
        <source>Latest interview date</source>
        <translation>Najpóźniejsza data wywiadu</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Case number</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>Person code</source>
        <translation>Kod osoby</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>InterviewListPage</name>
    <message>
        <source>Interviews</source>
        <translation>Wywiady</translation>
    </message>
    <message>
        <source>Search the accounts</source>
        <translation>Szukaj w relacjach</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nowy wywiad</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Type at least three letters to search.</source>
        <translation>Aby wyszukać, wpisz co najmniej trzy litery.</translation>
    </message>
    <message>
        <source>More interviews match: showing the {count} most recently recorded. Add words to narrow the search.</source>
        <translation>Pasuje więcej wywiadów: wyświetlono {count} ostatnio zapisanych. Dodaj słowa, aby zawęzić wyszukiwanie.</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Znaleziono: {count}</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Brak pasujących wywiadów</translation>
    </message>
    <message>
        <source>Try other words, or reset the filters.</source>
        <translation>Spróbuj innych słów albo wyczyść filtry.</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Nie ma jeszcze wywiadów</translation>
    </message>
    <message>
        <source>Start one with “New interview” ({shortcut}).</source>
        <translation>Zacznij od przycisku „Nowy wywiad” ({shortcut}).</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksport PDF…</translation>
    </message>
    <message>
        <source>Export the selected interview as a PDF</source>
        <translation>Eksportuj wybrany wywiad jako PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
</TS>
