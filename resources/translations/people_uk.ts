<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>The persons who gave an account, by code and pseudonym. Identities stay hidden until you ask for one.</source>
        <translation>Особи, які дали свідчення, за кодом і псевдонімом. Особисті дані приховані, доки ви їх не запросите.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Witness type</source>
        <translation>Тип свідка</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Інтерв’ю</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Show identity details…</source>
        <translation>Показати особисті дані…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Identity details</source>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Show identity details</source>
        <translation>Показати особисті дані</translation>
    </message>
    <message>
        <source>Show this person's identity details?</source>
        <translation>Показати особисті дані цієї особи?</translation>
    </message>
    <message>
        <source>This is written to the audit log.</source>
        <translation>Це буде записано до журналу аудиту.</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Показати дані</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Ім’я (кирилицею)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Ім’я (латиницею)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Безпечний контакт</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Поточна адреса</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Родичі</translation>
    </message>
</context>
</TS>
