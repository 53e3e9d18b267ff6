<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>NoteEditor</name>
    <message>
        <source>Person code</source>
        <translation>Kod osoby</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Data sesji</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Poziom ryzyka</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Ocena ryzyka</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Skierowania</translation>
    </message>
    <message>
        <source>Pick a person of this profile or type a code</source>
        <translation>Wybierz osobę z tego profilu lub wpisz kod</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>Dodaj skierowanie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(nie oceniono)</translation>
    </message>
</context>
<context>
    <name>NoteTable</name>
    <message>
        <source>Person code</source>
        <translation>Kod osoby</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Data sesji</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Poziom ryzyka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notatki z sesji</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Session notes</source>
        <translation>Notatki z sesji</translation>
    </message>
    <message>
        <source>Your session notes, linked to people by code. They stay in this profile: interviewer profiles never see them.</source>
        <translation>Twoje notatki z sesji, powiązane z osobami kodem. Zostają w tym profilu: profile osób przeprowadzających wywiady nigdy ich nie widzą.</translation>
    </message>
    <message>
        <source>Filter by person code</source>
        <translation>Filtruj według kodu osoby</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <source>Seal…</source>
        <translation>Zapieczętuj…</translation>
    </message>
    <message>
        <source>Enter the person code and the full session date (YYYY-MM-DD) before sealing.</source>
        <translation>Przed zapieczętowaniem wpisz kod osoby i pełną datę sesji (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>Seal note</source>
        <translation>Zapieczętuj notatkę</translation>
    </message>
    <message>
        <source>Seal this note?</source>
        <translation>Zapieczętować tę notatkę?</translation>
    </message>
    <message>
        <source>A sealed note can no longer be changed.</source>
        <translation>Zapieczętowanej notatki nie można już zmienić.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Zapieczętuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Draft: saving…</source>
        <translation>Wersja robocza: zapisywanie…</translation>
    </message>
    <message>
        <source>Draft: saved</source>
        <translation>Wersja robocza: zapisano</translation>
    </message>
    <message>
        <source>Choose a note in the list or start a new one.</source>
        <translation>Wybierz notatkę z listy lub zacznij nową.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Pieczętowanie…</translation>
    </message>
    <message>
        <source>Draft: changes are saved as you type</source>
        <translation>Wersja robocza: zmiany są zapisywane podczas pisania</translation>
    </message>
    <message>
        <source>%1: read-only</source>
        <translation>%1: tylko do odczytu</translation>
    </message>
    <message>
        <source>Correcting the sealed note: nothing is saved until you give a reason.</source>
        <translation>Poprawianie zapieczętowanej notatki: nic nie zostanie zapisane, dopóki nie podasz powodu.</translation>
    </message>
    <message>
        <source>Saving the correction…</source>
        <translation>Zapisywanie poprawki…</translation>
    </message>
</context>
<context>
    <name>NoteCorrection</name>
    <message>
        <source>Cancel the correction</source>
        <translation>Anuluj poprawkę</translation>
    </message>
    <message>
        <source>Make a correction…</source>
        <translation>Wprowadź poprawkę…</translation>
    </message>
    <message>
        <source>Save the correction…</source>
        <translation>Zapisz poprawkę…</translation>
    </message>
</context>
</TS>
