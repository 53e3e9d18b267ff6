<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
    <context>
        <name>AccountStep</name>
        <message>
            <source>The account</source>
            <translation>Relacja</translation>
        </message>
        <message>
            <source>Write down the person's own words as they say them, in their language. Do not summarise or correct; add your translation below.</source>
            <translation>Zapisuj własne słowa tej osoby tak, jak je wypowiada, w jej języku. Nie streszczaj i nie poprawiaj; tłumaczenie dodaj poniżej.</translation>
        </message>
        <message>
            <source>In the person's own words</source>
            <translation>Własnymi słowami osoby</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Tłumaczenie</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>Na język</translation>
        </message>
        <message>
            <source>Translated by</source>
            <translation>Przetłumaczył(a)</translation>
        </message>
        <message>
            <source>Language of the account</source>
            <translation>Język relacji</translation>
        </message>
        <message>
            <source>Language of the translation</source>
            <translation>Język tłumaczenia</translation>
        </message>
    </context>
    <context>
        <name>ActCard</name>
        <message>
            <source>(no incident)</source>
            <translation>(bez zdarzenia)</translation>
        </message>
        <message>
            <source>Alleged act %1</source>
            <translation>Zarzucany czyn %1</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Zdarzenie</translation>
        </message>
        <message>
            <source>Victims</source>
            <translation>Pokrzywdzeni</translation>
        </message>
        <message>
            <source>Perpetrators</source>
            <translation>Sprawcy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Add victims</source>
            <translation>Dodaj pokrzywdzonych</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Add a perpetrator</source>
            <translation>Dodaj sprawcę</translation>
        </message>
    </context>
    <context>
        <name>BreakRow</name>
        <message>
            <source>Break from</source>
            <translation>Przerwa od</translation>
        </message>
        <message>
            <source>until</source>
            <translation>do</translation>
        </message>
    </context>
    <context>
        <name>ButtonBar</name>
        <message>
            <source>Previous step</source>
            <translation>Poprzedni krok</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Następny krok</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historia…</translation>
        </message>
        <message>
            <source>History of the revisions</source>
            <translation>Historia wersji</translation>
        </message>
        <message>
            <source>Make a correction…</source>
            <translation>Wprowadź korektę…</translation>
        </message>
        <message>
            <source>Save the correction…</source>
            <translation>Zapisz korektę…</translation>
        </message>
        <message>
            <source>Cancel the correction</source>
            <translation>Anuluj korektę</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Close the interview</source>
            <translation>Zamknij wywiad</translation>
        </message>
    </context>
    <context>
        <name>ClosureStep</name>
        <message>
            <source>Closure</source>
            <translation>Zakończenie</translation>
        </message>
        <message>
            <source>Before the person leaves: tell them what happens next, agree how to reach them safely, and note their wishes. Reconfirm consent on the consent step.</source>
            <translation>Zanim osoba wyjdzie: powiedz jej, co będzie dalej, ustal, jak bezpiecznie się z nią kontaktować, i zapisz jej życzenia. Ponownie potwierdź zgodę w kroku „Zgoda”.</translation>
        </message>
        <message>
            <source>Next steps and follow-up</source>
            <translation>Dalsze kroki i kontakt</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Ochrona danych</translation>
        </message>
        <message>
            <source>What the person was told about next steps</source>
            <translation>Co powiedziano osobie o dalszych krokach</translation>
        </message>
        <message>
            <source>Agreed follow-up channel</source>
            <translation>Uzgodniony kanał kontaktu</translation>
        </message>
        <message>
            <source>The person's wishes</source>
            <translation>Życzenia osoby</translation>
        </message>
        <message>
            <source>No contact before</source>
            <translation>Bez kontaktu przed</translation>
        </message>
        <message>
            <source>Feedback owed to the person</source>
            <translation>Informacja zwrotna należna osobie</translation>
        </message>
        <message>
            <source>Legal basis for processing</source>
            <translation>Podstawa prawna przetwarzania</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Okres przechowywania</translation>
        </message>
        <message>
            <source>for example GDPR Art. 9(2)(a), explicit consent</source>
            <translation>na przykład RODO art. 9 ust. 2 lit. a, wyraźna zgoda</translation>
        </message>
    </context>
    <context>
        <name>CodeCombo</name>
        <message>
            <source>(not recorded)</source>
            <translation>(nie odnotowano)</translation>
        </message>
    </context>
    <context>
        <name>ConsentStep</name>
        <message>
            <source>Consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <source>answered %1</source>
            <translation>odpowiedź o %1</translation>
        </message>
        <message>
            <source>The person has not consented to participate. Do not continue the interview; this record cannot be sealed.</source>
            <translation>Osoba nie zgodziła się na udział. Nie kontynuuj wywiadu; tego zapisu nie można zapieczętować.</translation>
        </message>
        <message>
            <source>Withdrawn %1: %2</source>
            <translation>Wycofano %1: %2</translation>
        </message>
        <message>
            <source>Explain each point, then ask about each use separately. Every answer is a clear yes or no and is recorded with its time. The person may stop or withdraw at any moment.</source>
            <translation>Wyjaśnij każdy punkt, potem zapytaj osobno o każde wykorzystanie. Każda odpowiedź to wyraźne „tak” lub „nie” i jest zapisywana wraz z godziną. Osoba może w każdej chwili przerwać lub wycofać zgodę.</translation>
        </message>
        <message>
            <source>What was explained</source>
            <translation>Co wyjaśniono</translation>
        </message>
        <message>
            <source>Tick each point once you have explained it.</source>
            <translation>Zaznacz każdy punkt, gdy go wyjaśnisz.</translation>
        </message>
        <message>
            <source>The person agrees to</source>
            <translation>Osoba zgadza się na</translation>
        </message>
        <message>
            <source>Required before sealing</source>
            <translation>Wymagane przed zapieczętowaniem</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Jak wyrażono zgodę</translation>
        </message>
        <message>
            <source>Language of the explanation</source>
            <translation>Język wyjaśnienia</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Sposób</translation>
        </message>
        <message>
            <source>Witness to the consent</source>
            <translation>Świadek zgody</translation>
        </message>
        <message>
            <source>Safe channel for follow-up</source>
            <translation>Bezpieczny kanał kontaktu</translation>
        </message>
        <message>
            <source>An interpreter helped with the explanation</source>
            <translation>Przy wyjaśnianiu pomagał tłumacz</translation>
        </message>
        <message>
            <source>The person asks to be named by a pseudonym</source>
            <translation>Osoba prosi o posługiwanie się pseudonimem</translation>
        </message>
        <message>
            <source>Consent reconfirmed at the end of the interview</source>
            <translation>Zgodę potwierdzono ponownie na końcu wywiadu</translation>
        </message>
    </context>
    <context>
        <name>DiscardCorrection</name>
        <message>
            <source>Discard the correction</source>
            <translation>Odrzuć korektę</translation>
        </message>
        <message>
            <source>Discard the changes of this correction?</source>
            <translation>Odrzucić zmiany tej korekty?</translation>
        </message>
        <message>
            <source>A correction is stored only when you save it with a reason. The sealed record stays as it is.</source>
            <translation>Korekta zostaje zapisana dopiero wtedy, gdy zapiszesz ją z podaniem powodu. Zapieczętowany zapis pozostaje bez zmian.</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Odrzuć zmiany</translation>
        </message>
        <message>
            <source>Keep correcting</source>
            <translation>Kontynuuj korektę</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsStep</name>
        <message>
            <source>Exhibits</source>
            <translation>Dowody</translation>
        </message>
        <message>
            <source>Photos, scans, documents and recordings the person gives you. The originals stay where they are; the profile keeps an encrypted copy and its SHA-256.</source>
            <translation>Zdjęcia, skany, dokumenty i nagrania, które przekazuje ci osoba. Oryginały zostają tam, gdzie są; profil przechowuje zaszyfrowaną kopię i jej SHA-256.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <source>Opening the interview…</source>
            <translation>Otwieranie wywiadu…</translation>
        </message>
        <message>
            <source>Sealed %1</source>
            <translation>Zapieczętowano %1</translation>
        </message>
        <message>
            <source>Correction saved %1</source>
            <translation>Korektę zapisano %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Zapisywanie…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nie zapisano</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Zapisano %1</translation>
        </message>
        <message>
            <source>Interview %1</source>
            <translation>Wywiad %1</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Nowy wywiad</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Wywiad</translation>
        </message>
        <message>
            <source>Correcting</source>
            <translation>Korekta</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Revisions</source>
            <translation>Wersje</translation>
        </message>
        <message>
            <source>Every save is a signed revision; nothing is overwritten. The hash identifies each revision exactly.</source>
            <translation>Każdy zapis to podpisana wersja; nic nie jest nadpisywane. Skrót (hash) jednoznacznie identyfikuje każdą wersję.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Skrót</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
    </context>
    <context>
        <name>IdentityGroup</name>
        <message>
            <source>Identity (kept apart)</source>
            <translation>Dane identyfikacyjne (przechowywane osobno)</translation>
        </message>
        <message>
            <source>Shown only where needed: never in lists, searches or pseudonymised exports.</source>
            <translation>Pokazywane tylko tam, gdzie to konieczne: nigdy na listach, w wyszukiwaniu ani w eksportach z pseudonimizacją.</translation>
        </message>
        <message>
            <source>Full name in Cyrillic</source>
            <translation>Imię i nazwisko cyrylicą</translation>
        </message>
        <message>
            <source>Full name in Latin letters</source>
            <translation>Imię i nazwisko alfabetem łacińskim</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Dokument tożsamości</translation>
        </message>
        <message>
            <source>Safe contact</source>
            <translation>Bezpieczny kontakt</translation>
        </message>
        <message>
            <source>Current address</source>
            <translation>Obecny adres</translation>
        </message>
        <message>
            <source>Relatives (one a line)</source>
            <translation>Krewni (po jednym w wierszu)</translation>
        </message>
    </context>
    <context>
        <name>IncidentCard</name>
        <message>
            <source>Incident %1</source>
            <translation>Zdarzenie %1</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Kiedy i gdzie</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <source>How the person knows</source>
            <translation>Skąd osoba wie</translation>
        </message>
        <message>
            <source>Your reliability note</source>
            <translation>Twoja ocena wiarygodności</translation>
        </message>
        <message>
            <source>Your own assessment as interviewer, kept apart from the person's account.</source>
            <translation>Twoja własna ocena jako osoby prowadzącej wywiad, oddzielona od relacji.</translation>
        </message>
        <message>
            <source>Date (from)</source>
            <translation>Data (od)</translation>
        </message>
        <message>
            <source>Date (to)</source>
            <translation>Data (do)</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Dokładność</translation>
        </message>
        <message>
            <source>Oblast</source>
            <translation>Obwód</translation>
        </message>
        <message>
            <source>Raion</source>
            <translation>Rejon</translation>
        </message>
        <message>
            <source>Hromada</source>
            <translation>Hromada</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Ulica</translation>
        </message>
        <message>
            <source>Coordinates</source>
            <translation>Współrzędne</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Detention or filtration</source>
            <translation>Zatrzymanie lub filtracja</translation>
        </message>
        <message>
            <source>Property destroyed or taken</source>
            <translation>Mienie zniszczone lub zabrane</translation>
        </message>
        <message>
            <source>Injuries observed (neutral description)</source>
            <translation>Zaobserwowane obrażenia (neutralny opis)</translation>
        </message>
        <message>
            <source>Other witnesses (one a line)</source>
            <translation>Inni świadkowie (po jednym w wierszu)</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Źródło wiedzy</translation>
        </message>
        <message>
            <source>Told by whom</source>
            <translation>Kto opowiedział</translation>
        </message>
        <message>
            <source>The person's confidence</source>
            <translation>Pewność osoby</translation>
        </message>
        <message>
            <source>lat, lon</source>
            <translation>szer., dł.</translation>
        </message>
    </context>
    <context>
        <name>IncidentsStep</name>
        <message>
            <source>Incidents and alleged acts</source>
            <translation>Zdarzenia i zarzucane czyny</translation>
        </message>
        <message>
            <source>Each incident the person describes: when and where, what happened, and how the person knows. Your own reliability note is kept apart.</source>
            <translation>Każde zdarzenie opisane przez osobę: kiedy i gdzie, co się stało i skąd osoba o tym wie. Twoja własna ocena wiarygodności jest przechowywana osobno.</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Zdarzenia</translation>
        </message>
        <message>
            <source>Alleged acts</source>
            <translation>Zarzucane czyny</translation>
        </message>
        <message>
            <source>Classify each act by the Rome Statute; the Ukrainian and Polish provisions are shown with each category. The legal qualification stays the prosecutor's.</source>
            <translation>Zaklasyfikuj każdy czyn według Statutu Rzymskiego; przy każdej kategorii widać odpowiednie przepisy ukraińskie i polskie. Kwalifikacja prawna należy do prokuratora.</translation>
        </message>
        <message>
            <source>Add an incident</source>
            <translation>Dodaj zdarzenie</translation>
        </message>
        <message>
            <source>Remove this incident</source>
            <translation>Usuń to zdarzenie</translation>
        </message>
        <message>
            <source>Add an alleged act</source>
            <translation>Dodaj zarzucany czyn</translation>
        </message>
        <message>
            <source>Remove this act</source>
            <translation>Usuń ten czyn</translation>
        </message>
    </context>
    <context>
        <name>InterviewEditorPage</name>
        <message>
            <source>Interview</source>
            <translation>Wywiad</translation>
        </message>
    </context>
    <context>
        <name>InterviewErrors</name>
        <message>
            <source>The interview cannot be sealed yet: see what is missing under "Ready to seal?".</source>
            <translation>Wywiadu nie można jeszcze zapieczętować: sprawdź, czego brakuje, w sekcji „Gotowe do zapieczętowania?”.</translation>
        </message>
        <message>
            <source>This interview is sealed and read-only. Make a correction with a reason instead.</source>
            <translation>Ten wywiad jest zapieczętowany i tylko do odczytu. Zamiast tego wprowadź korektę z podaniem powodu.</translation>
        </message>
        <message>
            <source>This record is no longer in the profile.</source>
            <translation>Tego zapisu nie ma już w profilu.</translation>
        </message>
    </context>
    <context>
        <name>InterviewFields</name>
        <message>
            <source>Required before sealing</source>
            <translation>Wymagane przed zapieczętowaniem</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>RRRR-MM-DD</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>GG:MM</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
    </context>
    <context>
        <name>PerpetratorRow</name>
        <message>
            <source>Unit</source>
            <translation>Jednostka</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>Mundur</translation>
        </message>
        <message>
            <source>Insignia</source>
            <translation>Oznaczenia</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Pojazdy</translation>
        </message>
        <message>
            <source>Weapons</source>
            <translation>Broń</translation>
        </message>
        <message>
            <source>Language spoken</source>
            <translation>Używany język</translation>
        </message>
        <message>
            <source>Ranks</source>
            <translation>Stopnie</translation>
        </message>
        <message>
            <source>Call signs</source>
            <translation>Kryptonimy</translation>
        </message>
    </context>
    <context>
        <name>PersonStep</name>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Link the person if they are already recorded, or create them here. The identity is kept in its own compartment; the shareable profile is what others may see.</source>
            <translation>Powiąż osobę, jeśli jest już zapisana, albo utwórz ją tutaj. Dane identyfikacyjne są przechowywane w osobnej części; profil do udostępniania to to, co mogą zobaczyć inni.</translation>
        </message>
        <message>
            <source>Who gives the account</source>
            <translation>Kto składa relację</translation>
        </message>
        <message>
            <source>A new person</source>
            <translation>Nowa osoba</translation>
        </message>
        <message>
            <source>Already recorded:</source>
            <translation>Już zapisana:</translation>
        </message>
        <message>
            <source>Person already recorded</source>
            <translation>Osoba już zapisana</translation>
        </message>
        <message>
            <source>(choose a person)</source>
            <translation>(wybierz osobę)</translation>
        </message>
        <message>
            <source>Person code</source>
            <translation>Kod osoby</translation>
        </message>
        <message>
            <source>The identity details are hidden. Showing them is written to the audit log.</source>
            <translation>Dane identyfikacyjne są ukryte. Każde ich wyświetlenie jest zapisywane w dzienniku audytu.</translation>
        </message>
        <message>
            <source>Show identity details</source>
            <translation>Pokaż dane identyfikacyjne</translation>
        </message>
    </context>
    <context>
        <name>PriorAccountRow</name>
        <message>
            <source>To whom</source>
            <translation>Komu</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>for example 2023-05</source>
            <translation>na przykład 2023-05</translation>
        </message>
    </context>
    <context>
        <name>ProfileGroup</name>
        <message>
            <source>Shareable profile</source>
            <translation>Profil do udostępniania</translation>
        </message>
        <message>
            <source>What lists, analysis and pseudonymised exports may show.</source>
            <translation>To, co mogą pokazywać listy, analizy i eksporty z pseudonimizacją.</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonim</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Grupa wiekowa</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Obywatelstwo</translation>
        </message>
        <message>
            <source>Oblast before displacement</source>
            <translation>Obwód przed wysiedleniem</translation>
        </message>
        <message>
            <source>Hromada</source>
            <translation>Hromada</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <source>Date of leaving</source>
            <translation>Data wyjazdu</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Trasa</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Zawód</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <source>Witness type</source>
            <translation>Rodzaj świadka</translation>
        </message>
    </context>
    <context>
        <name>ReadyPanel</name>
        <message>
            <source>Consent to participate</source>
            <translation>Zgoda na udział</translation>
        </message>
        <message>
            <source>What was explained before consent</source>
            <translation>Co wyjaśniono przed zgodą</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Jak wyrażono zgodę</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Numer sprawy</translation>
        </message>
        <message>
            <source>The person giving the account</source>
            <translation>Osoba składająca relację</translation>
        </message>
        <message>
            <source>Screening decision</source>
            <translation>Decyzja po wstępnej ocenie</translation>
        </message>
        <message>
            <source>Date of the interview</source>
            <translation>Data wywiadu</translation>
        </message>
        <message>
            <source>Location type</source>
            <translation>Rodzaj miejsca</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Who was present</source>
            <translation>Kto był obecny</translation>
        </message>
        <message>
            <source>The account in the person's own words</source>
            <translation>Relacja własnymi słowami osoby</translation>
        </message>
        <message>
            <source>Language of the account</source>
            <translation>Język relacji</translation>
        </message>
        <message>
            <source>A description for each incident</source>
            <translation>Opis każdego zdarzenia</translation>
        </message>
        <message>
            <source>A category for each alleged act</source>
            <translation>Kategoria każdego zarzucanego czynu</translation>
        </message>
        <message>
            <source>The guardian's consent (child)</source>
            <translation>Zgoda opiekuna (dziecko)</translation>
        </message>
        <message>
            <source>The child's own assent</source>
            <translation>Własna zgoda dziecka</translation>
        </message>
        <message>
            <source>Go to the step where this is entered</source>
            <translation>Przejdź do kroku, w którym się to wpisuje</translation>
        </message>
        <message>
            <source>Everything required is recorded.</source>
            <translation>Wszystko, co wymagane, zostało zapisane.</translation>
        </message>
        <message>
            <source>Still missing (click to go there):</source>
            <translation>Jeszcze brakuje (kliknij, aby przejść):</translation>
        </message>
        <message>
            <source>Cannot be sealed: there is no consent to participate.</source>
            <translation>Nie można zapieczętować: brak zgody na udział.</translation>
        </message>
        <message>
            <source>Cannot be sealed until the items above are recorded.</source>
            <translation>Nie można zapieczętować, dopóki nie zapiszesz powyższych punktów.</translation>
        </message>
        <message>
            <source>Ready to seal?</source>
            <translation>Gotowe do zapieczętowania?</translation>
        </message>
        <message>
            <source>Missing items</source>
            <translation>Brakujące punkty</translation>
        </message>
        <message>
            <source>Seal…</source>
            <translation>Zapieczętuj…</translation>
        </message>
        <message>
            <source>Seal the interview</source>
            <translation>Zapieczętuj wywiad</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason for the correction</source>
            <translation>Powód korekty</translation>
        </message>
        <message>
            <source>The sealed record stays as it was; the correction becomes a new revision that says why it was made. Describe what changed and why.</source>
            <translation>Zapieczętowany zapis pozostaje taki, jaki był; korekta staje się nową wersją, która mówi, dlaczego ją wprowadzono. Opisz, co się zmieniło i dlaczego.</translation>
        </message>
        <message>
            <source>for example: the translation was revised</source>
            <translation>na przykład: poprawiono tłumaczenie</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Zapisz korektę</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
    </context>
    <context>
        <name>ReferralRow</name>
        <message>
            <source>Referred to</source>
            <translation>Skierowano do</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwagi</translation>
        </message>
    </context>
    <context>
        <name>ReinterviewWarning</name>
        <message>
            <source>you (this profile)</source>
            <translation>Ty (ten profil)</translation>
        </message>
        <message>
            <source>an unrecorded date</source>
            <translation>w nieodnotowanym dniu</translation>
        </message>
        <message>
            <source>This person was already interviewed on %1 (case %2). Interviewed by: %3.</source>
            <translation>Z tą osobą przeprowadzono już wywiad %1 (sprawa %2). Wywiad prowadził(a): %3.</translation>
        </message>
        <message>
            <source>Already interviewed</source>
            <translation>Wywiad już przeprowadzono</translation>
        </message>
        <message>
            <source>Repeated interviews re-traumatise and weaken the evidence. Continue only if a new interview is really needed; otherwise go back and defer or refer.</source>
            <translation>Powtarzane wywiady ponownie traumatyzują i osłabiają dowody. Kontynuuj tylko wtedy, gdy nowy wywiad jest naprawdę potrzebny; w przeciwnym razie wróć i odłóż wywiad albo tylko skieruj osobę dalej.</translation>
        </message>
        <message>
            <source>Continue the interview</source>
            <translation>Kontynuuj wywiad</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Wróć</translation>
        </message>
    </context>
    <context>
        <name>ScreeningStep</name>
        <message>
            <source>Screening</source>
            <translation>Wstępna ocena</translation>
        </message>
        <message>
            <source>Before you begin: has the person already given an account, and to whom? Repeated interviews re-traumatise and weaken the evidence. Decide whether to proceed, defer or only refer.</source>
            <translation>Zanim zaczniesz: czy osoba składała już relację, a jeśli tak, to komu? Powtarzane wywiady ponownie traumatyzują i osłabiają dowody. Zdecyduj: kontynuować, odłożyć czy tylko skierować dalej.</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Numer sprawy</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Cel</translation>
        </message>
        <message>
            <source>Accounts already given</source>
            <translation>Wcześniej złożone relacje</translation>
        </message>
        <message>
            <source>Risks to the person</source>
            <translation>Zagrożenia dla osoby</translation>
        </message>
        <message>
            <source>Risks to relatives in occupied areas</source>
            <translation>Zagrożenia dla krewnych na terenach okupowanych</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
        <message>
            <source>Add an earlier account</source>
            <translation>Dodaj wcześniejszą relację</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
    </context>
    <context>
        <name>SealConfirmation</name>
        <message>
            <source>Seal the interview</source>
            <translation>Zapieczętuj wywiad</translation>
        </message>
        <message>
            <source>Seal interview %1?</source>
            <translation>Zapieczętować wywiad %1?</translation>
        </message>
        <message>
            <source>Seal this interview?</source>
            <translation>Zapieczętować ten wywiad?</translation>
        </message>
        <message>
            <source>Once sealed, the record is read-only: it is signed and can no longer be edited. Any later change must be made as a correction with a reason, and every correction is kept as a new revision.</source>
            <translation>Po zapieczętowaniu zapis jest tylko do odczytu: zostaje podpisany i nie można go już edytować. Każdą późniejszą zmianę trzeba wprowadzić jako korektę z podaniem powodu, a każda korekta jest przechowywana jako nowa wersja.</translation>
        </message>
        <message>
            <source>Seal and make read-only</source>
            <translation>Zapieczętuj (tylko do odczytu)</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Edytuj dalej</translation>
        </message>
    </context>
    <context>
        <name>SessionStep</name>
        <message>
            <source>Session and people present</source>
            <translation>Spotkanie i obecni</translation>
        </message>
        <message>
            <source>Record when and where the interview took place and everyone in the room. The exact address stays out of anything shared.</source>
            <translation>Zapisz, kiedy i gdzie odbył się wywiad, oraz wszystkie obecne osoby. Dokładny adres nie trafia do niczego, co jest udostępniane.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Dziś</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>Who was present</source>
            <translation>Kto był obecny</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Tłumacz</translation>
        </message>
        <message>
            <source>Languages and recording</source>
            <translation>Języki i sposób zapisu</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Początek</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Przerwy</translation>
        </message>
        <message>
            <source>Location type</source>
            <translation>Rodzaj miejsca</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Exact address (never shared)</source>
            <translation>Dokładny adres (nigdy nie udostępniany)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <source>Relationship to the person or community</source>
            <translation>Związek z osobą lub społecznością</translation>
        </message>
        <message>
            <source>Languages used</source>
            <translation>Użyte języki</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Sposób zapisu</translation>
        </message>
        <message>
            <source>Corrections after reading back</source>
            <translation>Poprawki po odczytaniu</translation>
        </message>
        <message>
            <source>Add a break</source>
            <translation>Dodaj przerwę</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Add a person present</source>
            <translation>Dodaj obecną osobę</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>Obecni</translation>
        </message>
        <message>
            <source>Signed a confidentiality undertaking</source>
            <translation>Podpisał(a) zobowiązanie do zachowania poufności</translation>
        </message>
        <message>
            <source>The account was read back to the person</source>
            <translation>Relację odczytano osobie</translation>
        </message>
        <message>
            <source>The person was given a copy</source>
            <translation>Osoba otrzymała kopię</translation>
        </message>
    </context>
    <context>
        <name>StateBanner</name>
        <message>
            <source>You are correcting a sealed record. The changes become a new revision when you save the correction with a reason.</source>
            <translation>Poprawiasz zapieczętowany zapis. Zmiany staną się nową wersją, gdy zapiszesz korektę z podaniem powodu.</translation>
        </message>
        <message>
            <source>This interview is sealed and read-only. To change it, make a correction with a reason.</source>
            <translation>Ten wywiad jest zapieczętowany i tylko do odczytu. Aby go zmienić, wprowadź korektę z podaniem powodu.</translation>
        </message>
        <message>
            <source>This interview was withdrawn. It is kept, but it can no longer change.</source>
            <translation>Ten wywiad wycofano. Jest przechowywany, ale nie może się już zmienić.</translation>
        </message>
    </context>
    <context>
        <name>StepArea</name>
        <message>
            <source>items missing</source>
            <translation>brakuje punktów</translation>
        </message>
        <message>
            <source>Steps of the interview</source>
            <translation>Kroki wywiadu</translation>
        </message>
    </context>
    <context>
        <name>VictimRow</name>
        <message>
            <source>Number</source>
            <translation>Liczba</translation>
        </message>
        <message>
            <source>Who (descriptors)</source>
            <translation>Kto (opis)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fate</source>
            <translation>Los</translation>
        </message>
    </context>
    <context>
        <name>ViolationPicker</name>
        <message>
            <source>Rome Statute %1</source>
            <translation>Statut Rzymski, %1</translation>
        </message>
        <message>
            <source>UA CC %1</source>
            <translation>KK Ukrainy, %1</translation>
        </message>
        <message>
            <source>PL CC %1</source>
            <translation>k.k., %1</translation>
        </message>
        <message>
            <source>Not classified yet: search and choose a category.</source>
            <translation>Jeszcze nie zaklasyfikowano: wyszukaj i wybierz kategorię.</translation>
        </message>
        <message>
            <source>Search: torture, deportation, 438 ...</source>
            <translation>Szukaj: tortury, deportacja, 438 …</translation>
        </message>
        <message>
            <source>Search the categories</source>
            <translation>Szukaj kategorii</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorie</translation>
        </message>
    </context>
    <context>
        <name>VulnerabilityStep</name>
        <message>
            <source>Vulnerability and support</source>
            <translation>Szczególne potrzeby i wsparcie</translation>
        </message>
        <message>
            <source>Note what the person needs to take part safely: breaks, support, an interviewer of the gender they prefer, a trained interviewer for children and survivors.</source>
            <translation>Zapisz, czego osoba potrzebuje, aby bezpiecznie wziąć udział: przerw, wsparcia, osoby prowadzącej wywiad preferowanej płci, przeszkolonej osoby w przypadku dzieci i ocalałych.</translation>
        </message>
        <message>
            <source>The person is a child</source>
            <translation>Osoba jest dzieckiem</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(nie odnotowano)</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Dziecko</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <source>Guardian present</source>
            <translation>Opiekun obecny</translation>
        </message>
        <message>
            <source>Guardian consents</source>
            <translation>Opiekun wyraża zgodę</translation>
        </message>
        <message>
            <source>The child's own assent</source>
            <translation>Własna zgoda dziecka</translation>
        </message>
        <message>
            <source>The person is</source>
            <translation>Osoba jest</translation>
        </message>
        <message>
            <source>A survivor of sexual violence</source>
            <translation>Ocalała z przemocy seksualnej</translation>
        </message>
        <message>
            <source>A survivor of torture</source>
            <translation>Ocalała z tortur</translation>
        </message>
        <message>
            <source>A survivor of detention or filtration</source>
            <translation>Przeszła zatrzymanie lub filtrację</translation>
        </message>
        <message>
            <source>A person with a disability</source>
            <translation>Osoba z niepełnosprawnością</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>W podeszłym wieku</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>W ciąży</translation>
        </message>
        <message>
            <source>In acute distress</source>
            <translation>W ostrym stresie</translation>
        </message>
        <message>
            <source>A specially trained interviewer is needed</source>
            <translation>Potrzebna jest specjalnie przeszkolona osoba prowadząca wywiad</translation>
        </message>
        <message>
            <source>Psychological support was offered</source>
            <translation>Zaproponowano wsparcie psychologiczne</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Wsparcie</translation>
        </message>
        <message>
            <source>Accommodation for a disability</source>
            <translation>Dostosowanie do niepełnosprawności</translation>
        </message>
        <message>
            <source>Medical needs</source>
            <translation>Potrzeby medyczne</translation>
        </message>
        <message>
            <source>Preferred interviewer gender</source>
            <translation>Preferowana płeć osoby prowadzącej wywiad</translation>
        </message>
        <message>
            <source>Preference honoured</source>
            <translation>Uwzględniono preferencję</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Skierowania</translation>
        </message>
        <message>
            <source>Add a referral</source>
            <translation>Dodaj skierowanie</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
    </context>
    <context>
        <name>YesNo</name>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
    </context>
</TS>
