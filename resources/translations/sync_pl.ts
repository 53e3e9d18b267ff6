<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>EnrollmentPart</name>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organizacja:</translation>
        </message>
        <message>
            <source>This laptop:</source>
            <translation>Ten laptop:</translation>
        </message>
        <message>
            <source>HQ fingerprint:</source>
            <translation>Odcisk klucza centrali:</translation>
        </message>
        <message>
            <source>Your fingerprint:</source>
            <translation>Twój odcisk klucza:</translation>
        </message>
        <message>
            <source>Write enrollment request again…</source>
            <translation>Zapisz wniosek o rejestrację ponownie…</translation>
        </message>
        <message>
            <source>This profile does not belong to an organisation yet. Ask HQ for the provisioning file (for example on a USB stick), then join.</source>
            <translation>Ten profil nie należy jeszcze do żadnej organizacji. Poproś centralę o plik przyłączenia (na przykład na pendrivie), a potem dołącz.</translation>
        </message>
        <message>
            <source>Name of this laptop:</source>
            <translation>Nazwa tego laptopa:</translation>
        </message>
        <message>
            <source>for example: Laptop 7 (Kraków)</source>
            <translation>na przykład: Laptop 7 (Kraków)</translation>
        </message>
        <message>
            <source>Join organisation…</source>
            <translation>Dołącz do organizacji…</translation>
        </message>
        <message>
            <source>As the clinical lead, give HQ your enrollment request first: the coordinator needs it to set up the organisation. Join with the provisioning file afterwards.</source>
            <translation>Jako kierownik kliniczny najpierw przekaż centrali swój wniosek o rejestrację: koordynator potrzebuje go, aby utworzyć organizację. Dołącz za pomocą pliku przyłączenia później.</translation>
        </message>
        <message>
            <source>Write enrollment request…</source>
            <translation>Zapisz wniosek o rejestrację…</translation>
        </message>
        <message>
            <source>Phone the coordinator at HQ and read this fingerprint aloud, group by group. Join only if every group matches what they see on their screen.</source>
            <translation>Zadzwoń do koordynatora w centrali i przeczytaj ten odcisk na głos, grupa po grupie. Dołącz tylko wtedy, gdy każda grupa zgadza się z tym, co koordynator widzi na swoim ekranie.</translation>
        </message>
        <message>
            <source>The fingerprint matches</source>
            <translation>Odcisk się zgadza</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Dołącz</translation>
        </message>
        <message>
            <source>Give the enrollment request file to the coordinator, and read this profile's fingerprint to them so they can compare it before approving:</source>
            <translation>Przekaż plik wniosku o rejestrację koordynatorowi i przeczytaj mu odcisk klucza tego profilu, aby mógł go porównać przed zatwierdzeniem:</translation>
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation>Nazwa tego laptopa</translation>
        </message>
        <message>
            <source>Join organisation</source>
            <translation>Dołącz do organizacji</translation>
        </message>
        <message>
            <source>Write enrollment request</source>
            <translation>Zapisz wniosek o rejestrację</translation>
        </message>
        <message>
            <source>Write enrollment request again</source>
            <translation>Zapisz wniosek o rejestrację ponownie</translation>
        </message>
        <message>
            <source>HQ fingerprint to compare</source>
            <translation>Odcisk klucza centrali do porównania</translation>
        </message>
        <message>
            <source>HQ fingerprint</source>
            <translation>Odcisk klucza centrali</translation>
        </message>
        <message>
            <source>Your fingerprint</source>
            <translation>Twój odcisk klucza</translation>
        </message>
        <message>
            <source>Your fingerprint to read to the coordinator</source>
            <translation>Twój odcisk klucza do przeczytania koordynatorowi</translation>
        </message>
        <message>
            <source>Choose the provisioning file from HQ</source>
            <translation>Wybierz plik przyłączenia od centrali</translation>
        </message>
        <message>
            <source>Provisioning files (*.fkp);;All files (*)</source>
            <translation>Pliki przyłączenia (*.fkp);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Organisation: {name}</source>
            <translation>Organizacja: {name}</translation>
        </message>
        <message>
            <source>This file is damaged or is not a provisioning file from HQ. Ask HQ for a new copy.</source>
            <translation>Ten plik jest uszkodzony albo nie jest plikiem przyłączenia od centrali. Poproś centralę o nową kopię.</translation>
        </message>
        <message>
            <source>Compare the HQ fingerprint first, and tick “The fingerprint matches” only if every group is the same.</source>
            <translation>Najpierw porównaj odcisk klucza centrali i zaznacz „Odcisk się zgadza” tylko wtedy, gdy każda grupa jest taka sama.</translation>
        </message>
        <message>
            <source>Give this laptop a name first.</source>
            <translation>Najpierw nadaj temu laptopowi nazwę.</translation>
        </message>
        <message>
            <source>Save the enrollment request</source>
            <translation>Zapisz wniosek o rejestrację</translation>
        </message>
        <message>
            <source>Enrollment requests (*.fkq)</source>
            <translation>Wnioski o rejestrację (*.fkq)</translation>
        </message>
        <message>
            <source>Enrollment request written: {path}</source>
            <translation>Wniosek o rejestrację zapisano: {path}</translation>
        </message>
    </context>
    <context>
        <name>PurgePart</name>
        <message>
            <source>Removing what HQ holds</source>
            <translation>Usuwanie tego, co ma już centrala</translation>
        </message>
        <message>
            <source>Once a receipt shows that HQ holds a record, this laptop can remove the record's content and exhibits, keeping only a stub with its hash, so less testimony is at risk if the laptop is lost. Nothing HQ has not confirmed is ever removed, and drafts are kept.</source>
            <translation>Gdy potwierdzenie pokazuje, że centrala ma dany zapis, ten laptop może usunąć treść zapisu i dowody, zostawiając tylko zaślepkę z jego skrótem, dzięki czemu po utracie laptopa zagrożonych jest mniej zeznań. Nic, czego centrala nie potwierdziła, nie jest nigdy usuwane, a wersje robocze zostają.</translation>
        </message>
        <message>
            <source>Remove:</source>
            <translation>Usuwaj:</translation>
        </message>
        <message>
            <source>Never (off)</source>
            <translation>Nigdy (wyłączone)</translation>
        </message>
        <message>
            <source>After each receipt</source>
            <translation>Po każdym potwierdzeniu</translation>
        </message>
        <message>
            <source>After a receipt and a number of days</source>
            <translation>Po potwierdzeniu i określonej liczbie dni</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <source>Purge policy</source>
            <translation>Zasada usuwania</translation>
        </message>
        <message>
            <source>Days after the receipt</source>
            <translation>Dni po potwierdzeniu</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Synchronizacja</translation>
        </message>
        <message>
            <source>Take the work on this laptop to HQ: export a bundle to a USB stick, and import the receipt HQ gives back. Bundles are encrypted and signed; only HQ can open them.</source>
            <translation>Przekaż pracę z tego laptopa do centrali: wyeksportuj pakiet na pendrive i zaimportuj potwierdzenie, które centrala odeśle. Pakiety są zaszyfrowane i podpisane; otworzyć je może tylko centrala.</translation>
        </message>
        <message>
            <source>Sending to HQ</source>
            <translation>Wysyłanie do centrali</translation>
        </message>
        <message>
            <source>Revisions not yet safe at HQ:</source>
            <translation>Wersji jeszcze niezabezpieczonych w centrali:</translation>
        </message>
        <message>
            <source>Exhibits not yet safe at HQ:</source>
            <translation>Dowodów jeszcze niezabezpieczonych w centrali:</translation>
        </message>
        <message>
            <source>Last receipt:</source>
            <translation>Ostatnie potwierdzenie:</translation>
        </message>
        <message>
            <source>Bundles written:</source>
            <translation>Zapisanych pakietów:</translation>
        </message>
        <message>
            <source>Export to USB…</source>
            <translation>Eksportuj na USB…</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>Importuj potwierdzenie…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Export to USB</source>
            <translation>Eksportuj na USB</translation>
        </message>
        <message>
            <source>Import receipt</source>
            <translation>Importuj potwierdzenie</translation>
        </message>
        <message>
            <source>Cancel the export</source>
            <translation>Anuluj eksport</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Postęp eksportu</translation>
        </message>
        <message>
            <source>Revisions not yet safe at HQ</source>
            <translation>Wersji jeszcze niezabezpieczonych w centrali</translation>
        </message>
        <message>
            <source>Exhibits not yet safe at HQ</source>
            <translation>Dowodów jeszcze niezabezpieczonych w centrali</translation>
        </message>
        <message>
            <source>Last receipt</source>
            <translation>Ostatnie potwierdzenie</translation>
        </message>
        <message>
            <source>Bundles written</source>
            <translation>Zapisanych pakietów</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Jeszcze brak</translation>
        </message>
        <message>
            <source>Choose the USB stick or folder for the bundle</source>
            <translation>Wybierz pendrive lub folder na pakiet</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Zapisywanie pakietu…</translation>
        </message>
        <message>
            <source>Bundle {seq} written (revisions: {revisions}, exhibits: {exhibits}):
{path}
Take it to HQ and bring the receipt back.</source>
            <translation>Pakiet {seq} zapisano (wersji: {revisions}, dowodów: {exhibits}):
{path}
Zawieź go do centrali i przywieź z powrotem potwierdzenie.</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Eksport anulowano; nic nie zapisano.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>Choose the receipt from HQ</source>
            <translation>Wybierz potwierdzenie od centrali</translation>
        </message>
        <message>
            <source>Receipts (*.fkr);;All files (*)</source>
            <translation>Potwierdzenia (*.fkr);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Receipt for bundle {seq} accepted. Revisions now safe at HQ: {revisions}; exhibits: {exhibits}.</source>
            <translation>Potwierdzenie pakietu {seq} przyjęto. Teraz zabezpieczonych w centrali wersji: {revisions}; dowodów: {exhibits}.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a receipt signed by your HQ. Ask HQ for a new copy.</source>
            <translation>Plik jest uszkodzony albo nie jest potwierdzeniem podpisanym przez twoją centralę. Poproś centralę o nową kopię.</translation>
        </message>
        <message>
            <source>The receipt was not accepted.</source>
            <translation>Potwierdzenia nie przyjęto.</translation>
        </message>
    </context>
</TS>
