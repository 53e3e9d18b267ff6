<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>BundleReason</name>
        <message>
            <source>Too large to be a bundle</source>
            <translation>Za duży, by być pakietem</translation>
        </message>
        <message>
            <source>Cut off: the copy is incomplete</source>
            <translation>Ucięty: kopia jest niepełna</translation>
        </message>
        <message>
            <source>Extra data after the end of the bundle</source>
            <translation>Dodatkowe dane po końcu pakietu</translation>
        </message>
        <message>
            <source>Not a FieldKit bundle, or its header is damaged</source>
            <translation>To nie jest pakiet FieldKit albo jego nagłówek jest uszkodzony</translation>
        </message>
        <message>
            <source>The signature does not match: damaged or altered</source>
            <translation>Podpis się nie zgadza: uszkodzony lub zmieniony</translation>
        </message>
        <message>
            <source>Signed by a laptop that is not enrolled</source>
            <translation>Podpisany przez laptop, który nie jest zarejestrowany</translation>
        </message>
        <message>
            <source>Signed by a revoked laptop</source>
            <translation>Podpisany przez odwołany laptop</translation>
        </message>
        <message>
            <source>Addressed to another organisation or key</source>
            <translation>Zaadresowany do innej organizacji lub innego klucza</translation>
        </message>
        <message>
            <source>The encrypted content is damaged or out of order</source>
            <translation>Zaszyfrowana treść jest uszkodzona lub w złej kolejności</translation>
        </message>
        <message>
            <source>The end of the content is missing</source>
            <translation>Brakuje końca treści</translation>
        </message>
        <message>
            <source>The content ends too early</source>
            <translation>Treść kończy się za wcześnie</translation>
        </message>
        <message>
            <source>The content is not laid out as FieldKit requires</source>
            <translation>Treść nie jest ułożona tak, jak wymaga FieldKit</translation>
        </message>
        <message>
            <source>The list of contents is invalid or does not match</source>
            <translation>Spis zawartości jest nieprawidłowy lub się nie zgadza</translation>
        </message>
        <message>
            <source>Two different histories from the same laptop (fork)</source>
            <translation>Dwie różne historie z tego samego laptopa (rozwidlenie)</translation>
        </message>
        <message>
            <source>The laptop's records went backwards (an old backup?)</source>
            <translation>Zapisy laptopa cofnęły się (stara kopia zapasowa?)</translation>
        </message>
        <message>
            <source>A record is damaged, altered or wrongly signed</source>
            <translation>Zapis jest uszkodzony, zmieniony lub błędnie podpisany</translation>
        </message>
        <message>
            <source>The file cannot be read</source>
            <translation>Nie można odczytać pliku</translation>
        </message>
        <message>
            <source>Refused ({code})</source>
            <translation>Odrzucony ({code})</translation>
        </message>
    </context>
    <context>
        <name>BundleStatus</name>
        <message>
            <source>Imported</source>
            <translation>Zaimportowany</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Już zaimportowany</translation>
        </message>
        <message>
            <source>Held for the clinical lead</source>
            <translation>Zachowany dla kierownika klinicznego</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucony</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Fingerprint to compare</source>
            <translation>Odcisk klucza do porównania</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Devices</source>
            <translation>Urządzenia</translation>
        </message>
        <message>
            <source>Devices in the roster</source>
            <translation>Urządzenia w rejestrze</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Odcisk klucza</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Odwołaj…</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>Odwołaj wybrane urządzenie</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktywne</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Odwołane</translation>
        </message>
        <message>
            <source>Revoke this laptop?</source>
            <translation>Odwołać ten laptop?</translation>
        </message>
        <message>
            <source>Revoke {name} ({device})?

Bundles from this laptop will be refused from the next import on, whatever their date. Do this when a laptop is lost, stolen or no longer trusted. It cannot be undone.</source>
            <translation>Odwołać: {name} ({device})?

Pakiety z tego laptopa będą odrzucane od następnego importu, bez względu na ich datę. Zrób to, gdy laptop zaginął, został skradziony lub nie można mu już ufać. Tego nie można cofnąć.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Odwołaj</translation>
        </message>
        <message>
            <source>{name} ({device}) is revoked (roster version {version}). Export the roster for the clinical lead.</source>
            <translation>{name} ({device}): odwołano (wersja rejestru {version}). Wyeksportuj rejestr dla kierownika klinicznego.</translation>
        </message>
    </context>
    <context>
        <name>HqRecordsPage</name>
        <message>
            <source>Records at HQ</source>
            <translation>Zapisy w centrali</translation>
        </message>
        <message>
            <source>The newest revision of every record HQ holds, from every laptop. HQ keeps every revision it imported; select a record to see them all.</source>
            <translation>Najnowsza wersja każdego zapisu, który ma centrala, ze wszystkich laptopów. Centrala przechowuje każdą zaimportowaną wersję; wybierz zapis, aby zobaczyć je wszystkie.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Odśwież</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Sprawa</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Wersja</translation>
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
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>History of the selected record</source>
            <translation>Historia wybranego zapisu</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Zapisano</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Skrót</translation>
        </message>
        <message>
            <source>Refresh the records</source>
            <translation>Odśwież zapisy</translation>
        </message>
        <message>
            <source>The newest {count} records are shown.</source>
            <translation>Pokazano najnowsze zapisy: {count}.</translation>
        </message>
        <message>
            <source>Records: {count}</source>
            <translation>Zapisów: {count}</translation>
        </message>
        <message>
            <source>Select a record above.</source>
            <translation>Wybierz zapis powyżej.</translation>
        </message>
        <message>
            <source>{kind} {case}. Revisions at HQ: {count}</source>
            <translation>{kind} {case}. Wersji w centrali: {count}</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Eksport PDF…</translation>
        </message>
        <message>
            <source>Transmittal…</source>
            <translation>Przekazanie…</translation>
        </message>
        <message>
            <source>Export the selected interview as a PDF</source>
            <translation>Eksportuj wybrany wywiad jako PDF</translation>
        </message>
        <message>
            <source>Send the selected interviews to a recipient</source>
            <translation>Wyślij wybrane wywiady do odbiorcy</translation>
        </message>
    </context>
    <context>
        <name>ImportRunPart</name>
        <message>
            <source>Stop after this file</source>
            <translation>Zatrzymaj po tym pliku</translation>
        </message>
        <message>
            <source>Progress over all files</source>
            <translation>Postęp dla wszystkich plików</translation>
        </message>
        <message>
            <source>Progress of the current file</source>
            <translation>Postęp bieżącego pliku</translation>
        </message>
        <message>
            <source>Choose the bundles to import</source>
            <translation>Wybierz pakiety do importu</translation>
        </message>
        <message>
            <source>FieldKit bundles (*.fkb);;All files (*)</source>
            <translation>Pakiety FieldKit (*.fkb);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Choose a folder or a USB stick with bundles</source>
            <translation>Wybierz folder lub pendrive z pakietami</translation>
        </message>
        <message>
            <source>Choose where the receipts go (the USB stick, to take back to the laptops)</source>
            <translation>Wybierz, gdzie zapisać potwierdzenia (na pendrive, by zawieźć je z powrotem do laptopów)</translation>
        </message>
        <message>
            <source>Nothing was imported: choose a folder for the receipts to import.</source>
            <translation>Nic nie zaimportowano: aby importować, wybierz folder na potwierdzenia.</translation>
        </message>
        <message>
            <source>Looking for bundles…</source>
            <translation>Wyszukiwanie pakietów…</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Zatrzymywanie po tym pliku…</translation>
        </message>
        <message>
            <source>File {index} of {count}: {name}</source>
            <translation>Plik {index} z {count}: {name}</translation>
        </message>
        <message>
            <source>No bundle files were found in what you chose.</source>
            <translation>W wybranych miejscach nie znaleziono plików pakietów.</translation>
        </message>
        <message>
            <source>Stopped after {done} of {count} files.</source>
            <translation>Zatrzymano: przetworzono plików: {done} z {count}.</translation>
        </message>
        <message>
            <source>Imported: {imported}. Already imported: {replay}. Held for the clinical lead: {held}. Rejected: {rejected}.</source>
            <translation>Zaimportowano: {imported}. Już zaimportowane wcześniej: {replay}. Zachowane dla kierownika klinicznego: {held}. Odrzucono: {rejected}.</translation>
        </message>
        <message>
            <source>Receipts written: {count}, in {folder}. Take them back to the laptops.</source>
            <translation>Zapisano potwierdzeń: {count}, w {folder}. Zawieź je z powrotem do laptopów.</translation>
        </message>
        <message>
            <source>Rejected files were moved to the quarantine folder; see Quarantine below.</source>
            <translation>Odrzucone pliki przeniesiono do folderu kwarantanny; zobacz „Kwarantanna” poniżej.</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imports</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import the bundles from a USB stick: choose the files or the whole stick, or drop them on this page. Every bundle is checked before anything is stored; a bundle that fails is moved to the quarantine folder.</source>
            <translation>Zaimportuj pakiety z pendrive’a: wybierz pliki lub cały pendrive albo przeciągnij je na tę stronę. Każdy pakiet jest sprawdzany, zanim cokolwiek zostanie zapisane; pakiet, który nie przejdzie kontroli, trafia do folderu kwarantanny.</translation>
        </message>
        <message>
            <source>As the clinical lead: import the newest roster from HQ first, then the psychologists' bundles HQ held for you.</source>
            <translation>Jako kierownik kliniczny: najpierw zaimportuj najnowszy rejestr od centrali, a potem pakiety psychologów, które centrala dla ciebie zachowała.</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Importuj pakiety…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>Importuj folder…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Importuj rejestr…</translation>
        </message>
        <message>
            <source>Results of the last import</source>
            <translation>Wyniki ostatniego importu</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Pakiet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>New revisions</source>
            <translation>Nowe wersje</translation>
        </message>
        <message>
            <source>Exhibits</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>Missing bundles</source>
            <translation>Brakujące pakiety</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Kwarantanna</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Przyczyna</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Komunikat</translation>
        </message>
        <message>
            <source>Import bundle files</source>
            <translation>Importuj pliki pakietów</translation>
        </message>
        <message>
            <source>Import a folder or a whole USB stick</source>
            <translation>Importuj folder lub cały pendrive</translation>
        </message>
        <message>
            <source>Import the roster from HQ</source>
            <translation>Importuj rejestr od centrali</translation>
        </message>
        <message>
            <source>Drop bundle files or folders here</source>
            <translation>Upuść tutaj pliki pakietów lub foldery</translation>
        </message>
        <message>
            <source>Bundle {number} missing from laptop {laptop}</source>
            <translation>Brakuje pakietu {number} z laptopa {laptop}</translation>
        </message>
        <message>
            <source>No bundle is missing.</source>
            <translation>Nie brakuje żadnego pakietu.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nic się nie zmieniło.</translation>
        </message>
        <message>
            <source>Stored unread: only the clinical lead can open it.</source>
            <translation>Zachowany bez odczytu: otworzyć go może tylko kierownik kliniczny.</translation>
        </message>
        <message>
            <source>Still missing from this laptop: {numbers}</source>
            <translation>Z tego laptopa wciąż brakuje: {numbers}</translation>
        </message>
        <message>
            <source>Choose the roster from HQ</source>
            <translation>Wybierz rejestr od centrali</translation>
        </message>
        <message>
            <source>Rosters (*.fkr);;All files (*)</source>
            <translation>Rejestry (*.fkr);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Roster version {version} imported. You can now import the bundles HQ held for you.</source>
            <translation>Zaimportowano rejestr w wersji {version}. Teraz możesz zaimportować pakiety, które centrala dla ciebie zachowała.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPart</name>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>No organisation is set up in this profile yet. Setting one up creates HQ's keys; you need the clinical lead's enrollment request file.</source>
            <translation>W tym profilu nie utworzono jeszcze organizacji. Utworzenie jej generuje klucze centrali; potrzebny jest plik wniosku o rejestrację od kierownika klinicznego.</translation>
        </message>
        <message>
            <source>Set up organisation…</source>
            <translation>Utwórz organizację…</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organizacja:</translation>
        </message>
        <message>
            <source>HQ fingerprint. A laptop that joins shows the same groups; compare them aloud:</source>
            <translation>Odcisk klucza centrali. Dołączający laptop pokazuje te same grupy; porównajcie je na głos:</translation>
        </message>
        <message>
            <source>Write provisioning file…</source>
            <translation>Zapisz plik przyłączenia…</translation>
        </message>
        <message>
            <source>Export roster…</source>
            <translation>Eksportuj rejestr…</translation>
        </message>
        <message>
            <source>Set up organisation</source>
            <translation>Utwórz organizację</translation>
        </message>
        <message>
            <source>Write provisioning file</source>
            <translation>Zapisz plik przyłączenia</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>Eksportuj rejestr</translation>
        </message>
        <message>
            <source>HQ fingerprint</source>
            <translation>Odcisk klucza centrali</translation>
        </message>
        <message>
            <source>The organisation {name} is set up. The provisioning file is at {path}: give it to every laptop that joins, and compare the HQ fingerprint below aloud when they do.</source>
            <translation>Organizacja {name} została utworzona. Plik przyłączenia jest tutaj: {path}. Przekaż go każdemu dołączającemu laptopowi i wtedy porównajcie na głos odcisk klucza centrali pokazany poniżej.</translation>
        </message>
        <message>
            <source>Save the provisioning file</source>
            <translation>Zapisz plik przyłączenia</translation>
        </message>
        <message>
            <source>Provisioning files (*.fkp)</source>
            <translation>Pliki przyłączenia (*.fkp)</translation>
        </message>
        <message>
            <source>Provisioning file written: {path}</source>
            <translation>Plik przyłączenia zapisano: {path}</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>Zapisz rejestr</translation>
        </message>
        <message>
            <source>Rosters (*.fkr)</source>
            <translation>Rejestry (*.fkr)</translation>
        </message>
        <message>
            <source>Roster written: {path}</source>
            <translation>Rejestr zapisano: {path}</translation>
        </message>
    </context>
    <context>
        <name>OrganisationSetupDialog</name>
        <message>
            <source>Set up the organisation</source>
            <translation>Tworzenie organizacji</translation>
        </message>
        <message>
            <source>Setting up creates HQ's keys in this profile. You need the clinical lead's enrollment request: their key is the one that opens psychologists' bundles. The provisioning file you write goes to every laptop that joins.</source>
            <translation>Utworzenie organizacji generuje klucze centrali w tym profilu. Potrzebny jest wniosek o rejestrację od kierownika klinicznego: to jego klucz otwiera pakiety psychologów. Zapisany plik przyłączenia otrzymuje każdy dołączający laptop.</translation>
        </message>
        <message>
            <source>Name of the organisation</source>
            <translation>Nazwa organizacji</translation>
        </message>
        <message>
            <source>Clinical lead's enrollment request</source>
            <translation>Wniosek o rejestrację kierownika klinicznego</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Choose the clinical lead's request</source>
            <translation>Wybierz wniosek kierownika klinicznego</translation>
        </message>
        <message>
            <source>Provisioning file to write</source>
            <translation>Plik przyłączenia do zapisania</translation>
        </message>
        <message>
            <source>Choose where to write the provisioning file</source>
            <translation>Wybierz, gdzie zapisać plik przyłączenia</translation>
        </message>
        <message>
            <source>Name of the organisation:</source>
            <translation>Nazwa organizacji:</translation>
        </message>
        <message>
            <source>Clinical lead's request:</source>
            <translation>Wniosek kierownika klinicznego:</translation>
        </message>
        <message>
            <source>Provisioning file:</source>
            <translation>Plik przyłączenia:</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Utwórz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Choose the clinical lead's enrollment request</source>
            <translation>Wybierz wniosek o rejestrację kierownika klinicznego</translation>
        </message>
        <message>
            <source>Enrollment requests (*.fkq);;All files (*)</source>
            <translation>Wnioski o rejestrację (*.fkq);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Save the provisioning file</source>
            <translation>Zapisz plik przyłączenia</translation>
        </message>
        <message>
            <source>Provisioning files (*.fkp)</source>
            <translation>Pliki przyłączenia (*.fkp)</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>Interview</source>
            <translation>Wywiad</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Dowód</translation>
        </message>
        <message>
            <source>Custody entry</source>
            <translation>Wpis łańcucha dowodowego</translation>
        </message>
        <message>
            <source>Session note</source>
            <translation>Notatka z sesji</translation>
        </message>
    </context>
    <context>
        <name>RecordStatus</name>
        <message>
            <source>Draft</source>
            <translation>Wersja robocza</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Zapieczętowany</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofany</translation>
        </message>
    </context>
    <context>
        <name>RequestsPart</name>
        <message>
            <source>Enrollment requests waiting for approval</source>
            <translation>Wnioski o rejestrację czekające na zatwierdzenie</translation>
        </message>
        <message>
            <source>Before approving, ask the person to read the fingerprint shown on their laptop and compare it with the one here.</source>
            <translation>Przed zatwierdzeniem poproś tę osobę, by przeczytała odcisk pokazany na jej laptopie, i porównaj go z tym tutaj.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Odcisk klucza</translation>
        </message>
        <message>
            <source>Receive request…</source>
            <translation>Odbierz wniosek…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Zatwierdź…</translation>
        </message>
        <message>
            <source>Receive request</source>
            <translation>Odbierz wniosek</translation>
        </message>
        <message>
            <source>Approve the selected request</source>
            <translation>Zatwierdź wybrany wniosek</translation>
        </message>
        <message>
            <source>Choose an enrollment request</source>
            <translation>Wybierz wniosek o rejestrację</translation>
        </message>
        <message>
            <source>Enrollment requests (*.fkq);;All files (*)</source>
            <translation>Wnioski o rejestrację (*.fkq);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Request received from {name} ({device}). Compare its fingerprint with the person before approving.</source>
            <translation>Odebrano wniosek od: {name} ({device}). Przed zatwierdzeniem porównaj jego odcisk razem z tą osobą.</translation>
        </message>
        <message>
            <source>Approve this laptop?</source>
            <translation>Zatwierdzić ten laptop?</translation>
        </message>
        <message>
            <source>Approve {name} ({role}, {device})?

Ask {name} to read the fingerprint shown on their laptop and compare it with this one, group by group. Approve only if every group matches: otherwise someone else made this request.</source>
            <translation>Zatwierdzić: {name} ({role}, {device})?

Poproś osobę {name} o przeczytanie odcisku pokazanego na jej laptopie i porównaj go z tym, grupa po grupie. Zatwierdź tylko wtedy, gdy każda grupa się zgadza: w przeciwnym razie ten wniosek złożył ktoś inny.</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Zatwierdź</translation>
        </message>
        <message>
            <source>{name} ({device}) is approved (roster version {version}). Export the roster for the clinical lead.</source>
            <translation>{name} ({device}): zatwierdzono (wersja rejestru {version}). Wyeksportuj rejestr dla kierownika klinicznego.</translation>
        </message>
    </context>
</TS>
