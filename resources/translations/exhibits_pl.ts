<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Zapisz przekazanie</translation>
    </message>
    <message>
        <source>Who handed over &quot;%1&quot;, to whom, and why. The entry is stored with the time now and your name, and cannot be changed afterwards.</source>
        <translation>Kto przekazał „%1”, komu i po co. Wpis zostaje zapisany z bieżącą godziną i twoim imieniem i nie można go później zmienić.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od kogo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>for example: handed to the HQ courier</source>
        <translation>na przykład: przekazano kurierowi centrali</translation>
    </message>
    <message>
        <source>Record the transfer</source>
        <translation>Zapisz przekazanie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>CustodyTable</name>
    <message>
        <source>Intake</source>
        <translation>Przyjęcie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od kogo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto zapisał</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Łańcuch dowodowy</translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message>
        <source>Selected exhibit</source>
        <translation>Wybrany dowód</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>Przekazane przez:</translation>
    </message>
    <message>
        <source>Obtained:</source>
        <translation>Uzyskano:</translation>
    </message>
    <message>
        <source>SHA-256 of the exhibit</source>
        <translation>SHA-256 dowodu</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Łańcuch dowodowy</translation>
    </message>
    <message>
        <source>Record a transfer…</source>
        <translation>Zapisz przekazanie…</translation>
    </message>
    <message>
        <source>Record a transfer of the exhibit</source>
        <translation>Zapisz przekazanie dowodu</translation>
    </message>
</context>
<context>
    <name>ExhibitErrors</name>
    <message>
        <source>The chosen file cannot be read. Check that it is still there and that you may open it, then try again.</source>
        <translation>Nie można odczytać wybranego pliku. Sprawdź, czy nadal istnieje i czy możesz go otworzyć, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The stored exhibit is damaged: its content no longer matches what was encrypted. Do not rely on it, and tell HQ.</source>
        <translation>Zapisany dowód jest uszkodzony: jego zawartość nie odpowiada już temu, co zaszyfrowano. Nie polegaj na nim i powiadom centralę.</translation>
    </message>
    <message>
        <source>This exhibit is too large to be shown in the app. Export it to open it with another program.</source>
        <translation>Ten dowód jest za duży, by pokazać go w aplikacji. Wyeksportuj go, aby otworzyć w innym programie.</translation>
    </message>
    <message>
        <source>This record is no longer in the profile.</source>
        <translation>Tego rekordu nie ma już w profilu.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Anulowano; niczego nie dodano.</translation>
    </message>
</context>
<context>
    <name>ExhibitPanel</name>
    <message>
        <source>Choose the files to add</source>
        <translation>Wybierz pliki do dodania</translation>
    </message>
    <message>
        <source>Only files can be added, not folders.</source>
        <translation>Można dodawać tylko pliki, nie foldery.</translation>
    </message>
    <message>
        <source>Add photos, scans, documents or recordings with &quot;Add…&quot; or by dropping them here. Adding the first one saves the interview as a draft.</source>
        <translation>Dodaj zdjęcia, skany, dokumenty lub nagrania przyciskiem „Dodaj…” albo upuść je tutaj. Dodanie pierwszego dowodu zapisuje wywiad jako wersję roboczą.</translation>
    </message>
    <message>
        <source>Add photos, scans, documents or recordings with &quot;Add…&quot; or by dropping them here. Each is encrypted into this profile with its SHA-256 and a custody entry.</source>
        <translation>Dodaj zdjęcia, skany, dokumenty lub nagrania przyciskiem „Dodaj…” albo upuść je tutaj. Każdy dowód jest szyfrowany w tym profilu razem z jego SHA-256 i wpisem w łańcuchu dowodowym.</translation>
    </message>
    <message>
        <source>The interview is sealed; exhibits can still be added. Each becomes its own sealed record with a custody entry, and the interview does not change.</source>
        <translation>Wywiad jest zapieczętowany, ale dowody można jeszcze dodawać. Każdy staje się osobnym zapieczętowanym rekordem z wpisem w łańcuchu dowodowym, a sam wywiad się nie zmienia.</translation>
    </message>
    <message>
        <source>This interview was withdrawn. Its exhibits are kept and can be viewed, but no new ones can be added.</source>
        <translation>Ten wywiad został wycofany. Jego dowody są zachowane i można je przeglądać, ale nie można dodawać nowych.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Add exhibits</source>
        <translation>Dodaj dowody</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>View the exhibit</source>
        <translation>Pokaż dowód</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Eksportuj niezaszyfrowaną kopię</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel adding</source>
        <translation>Anuluj dodawanie</translation>
    </message>
    <message>
        <source>Progress of adding</source>
        <translation>Postęp dodawania</translation>
    </message>
</context>
<context>
    <name>ExhibitTable</name>
    <message>
        <source>Exact size in bytes: %1</source>
        <translation>Dokładny rozmiar w bajtach: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Exhibits of this interview</source>
        <translation>Dowody tego wywiadu</translation>
    </message>
</context>
<context>
    <name>ExhibitViewer</name>
    <message>
        <source>Files of this type cannot be shown inside the app. Export a copy to open it with another program.</source>
        <translation>Plików tego rodzaju nie można pokazać w aplikacji. Wyeksportuj kopię, aby otworzyć ją w innym programie.</translation>
    </message>
    <message>
        <source>Decrypting the exhibit…</source>
        <translation>Odszyfrowywanie dowodu…</translation>
    </message>
    <message>
        <source>This computer lacks the part of FieldKit that shows such files. Export a copy to open it with another program.</source>
        <translation>Na tym komputerze brakuje części FieldKit, która pokazuje takie pliki. Wyeksportuj kopię, aby otworzyć ją w innym programie.</translation>
    </message>
    <message>
        <source>The content of this file cannot be shown: it is damaged or not what its name says. Export a copy to open it with another program.</source>
        <translation>Nie można pokazać zawartości tego pliku: jest uszkodzona albo nie odpowiada jego nazwie. Wyeksportuj kopię, aby otworzyć ją w innym programie.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>%1, %2; SHA-256:</source>
        <translation>%1, %2; SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the exhibit</source>
        <translation>SHA-256 dowodu</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Eksportuj kopię…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Eksportuj niezaszyfrowaną kopię</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Eksportuj niezaszyfrowaną kopię</translation>
    </message>
    <message>
        <source>Unencrypted copy</source>
        <translation>Niezaszyfrowana kopia</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted. Anyone who gets the file, or the disk or USB stick it is on, can open it. Keep it only as long as you need it, then delete it.

Write the copy to:
%1</source>
        <translation>Kopia NIE będzie zaszyfrowana. Każdy, kto zdobędzie plik albo dysk lub pendrive, na którym się znajduje, będzie mógł ją otworzyć. Przechowuj ją tylko tak długo, jak to konieczne, a potem usuń.

Zapisz kopię w:
%1</translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation>Eksportuj niezaszyfrowaną kopię</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>An unencrypted copy was written to:
%1
Delete it when it is no longer needed.</source>
        <translation>Niezaszyfrowaną kopię zapisano w:
%1
Usuń ją, gdy nie będzie już potrzebna.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Add exhibits</source>
        <translation>Dodaj dowody</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… i jeszcze %1</translation>
    </message>
    <message>
        <source>Each file is encrypted into this profile and its SHA-256 is recorded, with a first custody entry. The file you chose is not changed or removed.</source>
        <translation>Każdy plik jest szyfrowany w tym profilu, a jego SHA-256 zapisywany wraz z pierwszym wpisem w łańcuchu dowodowym. Wybrany plik nie jest zmieniany ani usuwany.</translation>
    </message>
    <message>
        <source>This interview is sealed. Each file becomes a new sealed exhibit record with its own custody entry; the interview itself does not change.</source>
        <translation>Ten wywiad jest zapieczętowany. Każdy plik stanie się nowym zapieczętowanym rekordem dowodu z własnym wpisem w łańcuchu dowodowym; sam wywiad się nie zmienia.</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>Pliki do dodania</translation>
    </message>
    <message>
        <source>Decide from each file</source>
        <translation>Określ na podstawie każdego pliku</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Przekazane przez</translation>
    </message>
    <message>
        <source>for example: the witness, in person</source>
        <translation>na przykład: świadek, osobiście</translation>
    </message>
    <message>
        <source>Add to the sealed interview</source>
        <translation>Dodaj do zapieczętowanego wywiadu</translation>
    </message>
    <message>
        <source>Add to the profile</source>
        <translation>Dodaj do profilu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>IntakeJob</name>
    <message>
        <source>Encrypting the chosen files into the profile…</source>
        <translation>Szyfrowanie wybranych plików w profilu…</translation>
    </message>
    <message>
        <source>Cancelled. Files added before that: %1; the rest was not added.</source>
        <translation>Anulowano. Plików dodanych wcześniej: %1; pozostałych nie dodano.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Anulowano; niczego nie dodano.</translation>
    </message>
    <message>
        <source>Files added before this one: %1.</source>
        <translation>Plików dodanych przed tym: %1.</translation>
    </message>
    <message>
        <source>Exhibits added: %1.</source>
        <translation>Dodano dowodów: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>SoundPane</name>
    <message>
        <source>This computer has no sound output, so the recording cannot be heard here.</source>
        <translation>Ten komputer nie ma wyjścia dźwięku, więc nagrania nie można tu odsłuchać.</translation>
    </message>
    <message>
        <source>This recording cannot be played in the app. Export it to play it with another program.</source>
        <translation>Tego nagrania nie można odtworzyć w aplikacji. Wyeksportuj je, aby odtworzyć w innym programie.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Pozycja w nagraniu</translation>
    </message>
</context>
</TS>
