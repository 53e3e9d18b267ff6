<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>The persons who gave an account, by code and pseudonym. Identities stay hidden until you ask for one.</source>
        <translation>Osoby, które złożyły relację, według kodu i pseudonimu. Dane tożsamości pozostają ukryte, dopóki o nie nie poprosisz.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonim</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Przedział wieku</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Witness type</source>
        <translation>Rodzaj świadka</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Wywiady</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Show identity details…</source>
        <translation>Pokaż dane tożsamości…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Tożsamość</translation>
    </message>
    <message>
        <source>Identity details</source>
        <translation>Dane tożsamości</translation>
    </message>
    <message>
        <source>Show identity details</source>
        <translation>Pokaż dane tożsamości</translation>
    </message>
    <message>
        <source>Show this person's identity details?</source>
        <translation>Pokazać dane tożsamości tej osoby?</translation>
    </message>
    <message>
        <source>This is written to the audit log.</source>
        <translation>Zostanie to zapisane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Pokaż dane</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Imię i nazwisko (cyrylicą)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Imię i nazwisko (alfabetem łacińskim)</translation>
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
        <source>Relatives</source>
        <translation>Krewni</translation>
    </message>
</context>
</TS>
