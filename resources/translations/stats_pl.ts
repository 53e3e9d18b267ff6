<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>Statistics</source>
            <translation>Statystyki</translation>
        </message>
        <message>
            <source>Counts of testimonies are not counts of events</source>
            <translation>Liczba relacji to nie liczba zdarzeń</translation>
        </message>
        <message>
            <source>Every number here counts testimonies (interview records), not events. The same event may be told by many witnesses, and one witness may describe several events. Do not read or publish these numbers as numbers of incidents, victims or crimes.</source>
            <translation>Każda liczba tutaj liczy relacje (zapisy wywiadów), a nie zdarzenia. To samo zdarzenie może opisać wielu świadków, a jeden świadek może opisać kilka zdarzeń. Nie należy odczytywać ani publikować tych liczb jako liczby incydentów, pokrzywdzonych ani przestępstw.</translation>
        </message>
        <message>
            <source>Counted: interviews whose current record at HQ is sealed and whose consent to participate is in force. Drafts and withdrawn records are not counted.</source>
            <translation>Policzono: wywiady, których bieżący zapis w centrali jest zapieczętowany i których zgoda na udział obowiązuje. Wersji roboczych i wycofanych zapisów nie policzono.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Odśwież</translation>
        </message>
        <message>
            <source>Export summary PDF…</source>
            <translation>Eksportuj zbiorczy PDF…</translation>
        </message>
        <message>
            <source>Interviews by city</source>
            <translation>Wywiady według miasta</translation>
        </message>
        <message>
            <source>Interviews by month of the interview</source>
            <translation>Wywiady według miesiąca przeprowadzenia</translation>
        </message>
        <message>
            <source>Interviews by interviewer (sending profile and laptop)</source>
            <translation>Wywiady według osoby prowadzącej (profil i laptop nadawcy)</translation>
        </message>
        <message>
            <source>Interviews by category of alleged act</source>
            <translation>Wywiady według kategorii zarzucanego czynu</translation>
        </message>
        <message>
            <source>Consent scopes in force (granted and not withdrawn)</source>
            <translation>Obowiązujące zakresy zgody (udzielone i niecofnięte)</translation>
        </message>
        <message>
            <source>Nothing to count yet.</source>
            <translation>Na razie nie ma czego liczyć.</translation>
        </message>
        <message>
            <source>Counting the interviews…</source>
            <translation>Liczenie wywiadów…</translation>
        </message>
        <message>
            <source>Statistics count the interviews imported at HQ, which only the HQ coordinator's profile (the one that set up the organisation) holds. This profile has none to count.</source>
            <translation>Statystyki liczą wywiady zaimportowane w centrali, które ma tylko profil koordynatora centrali (ten, który utworzył organizację). W tym profilu nie ma czego liczyć.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nie odnotowano</translation>
        </message>
        <message>
            <source>Interviews counted: {counted}. Not counted: drafts {drafts}, withdrawn {withdrawn}, without consent to participate {no_consent}, without content at HQ {unreadable}. Newest interview: {newest}.</source>
            <translation>Policzone wywiady: {counted}. Niepoliczone: wersje robocze — {drafts}, wycofane — {withdrawn}, bez zgody na udział — {no_consent}, bez treści w centrali — {unreadable}. Najnowszy wywiad: {newest}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>An interview that names several categories counts once in each. Interviews that name no category: {none}.</source>
            <translation>Wywiad, w którym wskazano kilka kategorii, liczy się raz w każdej z nich. Wywiady bez żadnej kategorii: {none}.</translation>
        </message>
        <message>
            <source>Save the summary PDF as</source>
            <translation>Zapisz zbiorczy PDF jako</translation>
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
            <source>The summary PDF will NOT be encrypted. It holds counts, cities and the names of interviewers and laptops (no testimony). Keep it only where it must be.

Write the PDF to:
{path}</source>
            <translation>Zbiorczy PDF NIE będzie zaszyfrowany. Zawiera liczby, miasta oraz imiona osób prowadzących wywiady i nazwy laptopów (bez relacji). Przechowuj go tylko tam, gdzie to konieczne.

Zapisać PDF w:
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
            <source>The summary PDF was saved, not encrypted, to:
{path}
Pages: {pages}.</source>
            <translation>Zbiorczy PDF zapisano bez szyfrowania w:
{path}
Stron: {pages}.</translation>
        </message>
    </context>
</TS>
