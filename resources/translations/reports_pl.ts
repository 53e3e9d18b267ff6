<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add recipient</source>
        <translation>Dodaj odbiorcę</translation>
    </message>
    <message>
        <source>A recipient gets only records whose person consented to every scope ticked below (and to participate).</source>
        <translation>Odbiorca otrzymuje tylko zapisy, których osoba zgodziła się na każdy zaznaczony niżej zakres (oraz na udział).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>e.g. eurojust-jit</source>
        <translation>np. eurojust-jit</translation>
    </message>
    <message>
        <source>Consent each record needs</source>
        <translation>Zgoda wymagana dla każdego zapisu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>BuildStep</name>
    <message>
        <source>Building the package…</source>
        <translation>Tworzenie paczki…</translation>
    </message>
    <message>
        <source>Building the package… {done} of {total} files</source>
        <translation>Tworzenie paczki… {done} z {total} plików</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Each record needs consent to: {scopes}</source>
        <translation>Każdy zapis wymaga zgody na: {scopes}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Language of the PDFs</source>
        <translation>Język plików PDF</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Dodaj odbiorcę…</translation>
    </message>
</context>
<context>
    <name>DisclosureLogPage</name>
    <message>
        <source>Disclosure log</source>
        <translation>Rejestr przekazań</translation>
    </message>
    <message>
        <source>Every transmittal package HQ built: to whom, when, which records, under which profile, and the package&apos;s hash. Entries are never changed or deleted.</source>
        <translation>Każda paczka przekazania utworzona przez centralę: komu, kiedy, które zapisy, w jakim profilu oraz skrót paczki. Wpisów nigdy się nie zmienia ani nie usuwa.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Drukuj / zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Package hash</source>
        <translation>Skrót paczki</translation>
    </message>
    <message>
        <source>Transmittals: {count}</source>
        <translation>Przekazań: {count}</translation>
    </message>
    <message>
        <source>Save the disclosure log as</source>
        <translation>Zapisz rejestr przekazań jako</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unencrypted PDF</source>
        <translation>Niezaszyfrowany PDF</translation>
    </message>
    <message>
        <source>The PDF of the disclosure log will NOT be encrypted. It names the recipients and the records sent to them (no testimony). Keep it only where it must be.

Write the PDF to:
{path}</source>
        <translation>PDF rejestru przekazań NIE będzie zaszyfrowany. Wymienia odbiorców i wysłane im zapisy (bez zeznań). Przechowuj go tylko tam, gdzie to konieczne.

Zapisz PDF w:
{path}</translation>
    </message>
    <message>
        <source>Save unencrypted PDF</source>
        <translation>Zapisz niezaszyfrowany PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Zapisywanie PDF…</translation>
    </message>
    <message>
        <source>The disclosure log was saved (not encrypted) to:
{path}</source>
        <translation>Rejestr przekazań zapisano (bez szyfrowania) w:
{path}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Save the PDF as</source>
        <translation>Zapisz PDF jako</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF will NOT be encrypted. Anyone who gets the file, or the disk or USB stick it is on, can read the testimony{identity}. Keep it only where it must be, and delete it when it is no longer needed.

Write the PDF to:</source>
        <translation>PDF NIE będzie zaszyfrowany. Każdy, kto zdobędzie plik albo dysk lub pendrive, na którym się znajduje, może przeczytać zeznanie{identity}. Przechowuj go tylko tam, gdzie to konieczne, i usuń, gdy nie będzie już potrzebny.

Zapisz PDF w:</translation>
    </message>
    <message>
        <source> and the person&apos;s identity</source>
        <translation> oraz dane osobowe osoby</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Zapisywanie PDF…</translation>
    </message>
    <message>
        <source>The PDF was written ({pages} pages):
{path}

It is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>PDF zapisano (stron: {pages}):
{path}

Nie jest zaszyfrowany: przechowuj go bezpiecznie i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksport PDF</translation>
    </message>
    <message>
        <source>Export the record as a PDF</source>
        <translation>Eksportuj zapis jako PDF</translation>
    </message>
    <message>
        <source>Case: {case}</source>
        <translation>Sprawa: {case}</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Język PDF</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Zapisz w</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Wybierz, gdzie zapisać PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Export unencrypted PDF</source>
        <translation>Eksportuj niezaszyfrowany PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>No selected record may go to this recipient. Nothing can be built.</source>
        <translation>Żadnego wybranego zapisu nie można przekazać temu odbiorcy. Nie można utworzyć paczki.</translation>
    </message>
    <message>
        <source>Records in the package: {included}. Left out: {excluded} (consent is checked for every record; the reasons are below).</source>
        <translation>Zapisy w paczce: {included}. Pominięte: {excluded} (zgoda jest sprawdzana dla każdego zapisu; powody poniżej).</translation>
    </message>
    <message>
        <source>Records that will be sent</source>
        <translation>Zapisy, które zostaną wysłane</translation>
    </message>
    <message>
        <source>Records left out, with the reason</source>
        <translation>Pominięte zapisy i powód</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Wybierz folder dla paczki</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Folder dla paczki</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Full</source>
        <translation>Pełny</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonimizowany</translation>
    </message>
    <message>
        <source>With the person&apos;s identity: for a prosecutor. Never the shelter address.</source>
        <translation>Z danymi osobowymi osoby: dla prokuratora. Nigdy adres schroniska.</translation>
    </message>
    <message>
        <source>Names, addresses and contacts replaced by codes: for partners and analysis.</source>
        <translation>Imiona, adresy i kontakty zastąpione kodami: dla partnerów i do analiz.</translation>
    </message>
    <message>
        <source>Not found at HQ</source>
        <translation>Nie znaleziono w centrali</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Niezapieczętowany</translation>
    </message>
    <message>
        <source>Consent or record withdrawn</source>
        <translation>Zgoda lub zapis wycofane</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Brak zgody</translation>
    </message>
    <message>
        <source>Consent for another recipient only</source>
        <translation>Zgoda tylko dla innego odbiorcy</translation>
    </message>
    <message>
        <source>This record holds no consent to participate that is still in force, so it cannot be exported. Check the consent section of the record.</source>
        <translation>Ten zapis nie zawiera obowiązującej zgody na udział, więc nie można go wyeksportować. Sprawdź sekcję zgody w zapisie.</translation>
    </message>
    <message>
        <source>That is a folder. Choose a file name for the PDF.</source>
        <translation>To jest folder. Wybierz nazwę pliku dla PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that the folder exists, is writable and has free space.</source>
        <translation>Nie udało się zapisać PDF. Sprawdź, czy folder istnieje, jest zapisywalny i ma wolne miejsce.</translation>
    </message>
    <message>
        <source>Only interview records can be exported as a PDF.</source>
        <translation>Jako PDF można eksportować tylko zapisy wywiadów.</translation>
    </message>
    <message>
        <source>No selected record may go to this recipient; nothing was built.</source>
        <translation>Żadnego wybranego zapisu nie można przekazać temu odbiorcy; nic nie utworzono.</translation>
    </message>
    <message>
        <source>The package cannot be written in that folder. Choose an existing, writable folder.</source>
        <translation>Nie można zapisać paczki w tym folderze. Wybierz istniejący, zapisywalny folder.</translation>
    </message>
    <message>
        <source>The package could not be written. Check that the folder is writable and has free space; nothing was kept or logged.</source>
        <translation>Nie udało się zapisać paczki. Sprawdź, czy folder jest zapisywalny i ma wolne miejsce; nic nie zachowano ani nie wpisano do rejestru.</translation>
    </message>
    <message>
        <source>An exhibit cannot be read from HQ&apos;s exhibit store; nothing was built. Run “fieldkit verify” on the HQ profile.</source>
        <translation>Nie można odczytać dowodu z magazynu dowodów centrali; nic nie utworzono. Uruchom „fieldkit verify” dla profilu centrali.</translation>
    </message>
    <message>
        <source>An exhibit at HQ is damaged; nothing was built. Run “fieldkit verify” on the HQ profile.</source>
        <translation>Dowód w centrali jest uszkodzony; nic nie utworzono. Uruchom „fieldkit verify” dla profilu centrali.</translation>
    </message>
    <message>
        <source>HQ holds no interview with this id.</source>
        <translation>Centrala nie ma wywiadu o tym identyfikatorze.</translation>
    </message>
    <message>
        <source>The record is a draft at HQ: only sealed records are transmitted. Ask the interviewer to seal it and send a new bundle.</source>
        <translation>W centrali ten zapis jest wersją roboczą: przekazuje się tylko zapieczętowane zapisy. Poproś osobę przeprowadzającą wywiad o zapieczętowanie go i wysłanie nowej paczki.</translation>
    </message>
    <message>
        <source>The record was withdrawn; it is never transmitted.</source>
        <translation>Zapis został wycofany; nigdy nie jest przekazywany.</translation>
    </message>
    <message>
        <source>The person withdrew consent to participate ({date}).</source>
        <translation>Osoba wycofała zgodę na udział ({date}).</translation>
    </message>
    <message>
        <source>The record holds no consent to participate.</source>
        <translation>Zapis nie zawiera zgody na udział.</translation>
    </message>
    <message>
        <source>The person withdrew consent to “{scope}” ({date}), so the record may not go to this recipient.</source>
        <translation>Osoba wycofała zgodę na „{scope}” ({date}), więc zapis nie może trafić do tego odbiorcy.</translation>
    </message>
    <message>
        <source>The person consented to sharing with {others} only, not to “{scope}”.</source>
        <translation>Osoba zgodziła się na udostępnienie tylko: {others}, a nie na „{scope}”.</translation>
    </message>
    <message>
        <source>The person did not consent to “{scope}”, which this recipient needs.</source>
        <translation>Osoba nie wyraziła zgody na „{scope}”, której ten odbiorca wymaga.</translation>
    </message>
</context>
<context>
    <name>TransmittalDialog</name>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Wybierz folder dla paczki</translation>
    </message>
    <message>
        <source>The package will NOT be encrypted. It holds the testimony in the records sent ({count}){identity}. Anyone who gets the folder, or the disk or USB stick it is on, can read it. Hand it to the recipient only by the agreed secure route, and delete your copy when it is no longer needed.

The transmittal is written to the disclosure log. Build the package in:</source>
        <translation>Paczka NIE będzie zaszyfrowana. Zawiera zeznania z wysyłanych zapisów ({count}){identity}. Każdy, kto zdobędzie folder albo dysk lub pendrive, na którym się znajduje, może je przeczytać. Przekaż paczkę odbiorcy tylko uzgodnioną bezpieczną drogą i usuń swoją kopię, gdy nie będzie już potrzebna.

Przekazanie zostanie wpisane do rejestru przekazań. Utwórz paczkę w:</translation>
    </message>
    <message>
        <source>, the people&apos;s identities and the exhibit files</source>
        <translation>, dane osobowe osób i pliki dowodów</translation>
    </message>
    <message>
        <source>The package was cancelled; nothing was kept.</source>
        <translation>Tworzenie paczki anulowano; nic nie zachowano.</translation>
    </message>
    <message>
        <source>The package was built and written to the disclosure log.
Records: {records} ({profile}). Left out: {excluded}. Files: {files}.

Folder:
{folder}</source>
        <translation>Paczkę utworzono i wpisano do rejestru przekazań.
Zapisy: {records} ({profile}). Pominięte: {excluded}. Pliki: {files}.

Folder:
{folder}</translation>
    </message>
    <message>
        <source>Package hash (SHA-256 of manifest.json):
{hash}

HQ key fingerprint:
{key}</source>
        <translation>Skrót paczki (SHA-256 pliku manifest.json):
{hash}

Odcisk klucza centrali:
{key}</translation>
    </message>
    <message>
        <source>How the recipient checks it: in the package folder, run
    {command}
then compare the HQ key fingerprint with HQ by phone. README.txt in the package says the same, and how to check every file&apos;s SHA-256.</source>
        <translation>Jak odbiorca ją sprawdza: w folderze paczki uruchomić
    {command}
a następnie porównać odcisk klucza centrali z centralą telefonicznie. README.txt w paczce mówi to samo oraz jak sprawdzić SHA-256 każdego pliku.</translation>
    </message>
    <message>
        <source>Transmittal</source>
        <translation>Przekazanie</translation>
    </message>
    <message>
        <source>Send records to a recipient</source>
        <translation>Wyślij zapisy do odbiorcy</translation>
    </message>
    <message>
        <source>Selected records: {count}</source>
        <translation>Wybrane zapisy: {count}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Build unencrypted package</source>
        <translation>Utwórz niezaszyfrowaną paczkę</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
</TS>
