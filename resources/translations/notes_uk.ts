<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>NoteEditor</name>
    <message>
        <source>Person code</source>
        <translation>Код особи</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Дата сесії</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Рівень ризику</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Спостереження</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Оцінка ризику</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Pick a person of this profile or type a code</source>
        <translation>Виберіть особу з цього профілю або введіть код</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>Додати направлення</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(не оцінено)</translation>
    </message>
</context>
<context>
    <name>NoteTable</name>
    <message>
        <source>Person code</source>
        <translation>Код особи</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Дата сесії</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Рівень ризику</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Нотатки сесій</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Session notes</source>
        <translation>Нотатки сесій</translation>
    </message>
    <message>
        <source>Your session notes, linked to people by code. They stay in this profile: interviewer profiles never see them.</source>
        <translation>Ваші нотатки сесій, пов’язані з особами за кодом. Вони залишаються в цьому профілі: профілі інтерв’юерів їх ніколи не бачать.</translation>
    </message>
    <message>
        <source>Filter by person code</source>
        <translation>Фільтр за кодом особи</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>Seal…</source>
        <translation>Запечатати…</translation>
    </message>
    <message>
        <source>Enter the person code and the full session date (YYYY-MM-DD) before sealing.</source>
        <translation>Перед запечатуванням введіть код особи та повну дату сесії (РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <source>Seal note</source>
        <translation>Запечатати нотатку</translation>
    </message>
    <message>
        <source>Seal this note?</source>
        <translation>Запечатати цю нотатку?</translation>
    </message>
    <message>
        <source>A sealed note can no longer be changed.</source>
        <translation>Запечатану нотатку більше не можна змінити.</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Запечатати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Draft: saving…</source>
        <translation>Чернетка: збереження…</translation>
    </message>
    <message>
        <source>Draft: saved</source>
        <translation>Чернетка: збережено</translation>
    </message>
    <message>
        <source>Choose a note in the list or start a new one.</source>
        <translation>Виберіть нотатку в списку або почніть нову.</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Запечатування…</translation>
    </message>
    <message>
        <source>Draft: changes are saved as you type</source>
        <translation>Чернетка: зміни зберігаються під час введення</translation>
    </message>
    <message>
        <source>%1: read-only</source>
        <translation>%1: лише для читання</translation>
    </message>
    <message>
        <source>Correcting the sealed note: nothing is saved until you give a reason.</source>
        <translation>Виправлення запечатаної нотатки: нічого не збережеться, доки ви не вкажете причину.</translation>
    </message>
    <message>
        <source>Saving the correction…</source>
        <translation>Збереження виправлення…</translation>
    </message>
</context>
<context>
    <name>NoteCorrection</name>
    <message>
        <source>Cancel the correction</source>
        <translation>Скасувати виправлення</translation>
    </message>
    <message>
        <source>Make a correction…</source>
        <translation>Внести виправлення…</translation>
    </message>
    <message>
        <source>Save the correction…</source>
        <translation>Зберегти виправлення…</translation>
    </message>
</context>
</TS>
