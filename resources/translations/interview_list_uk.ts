<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>FilterBar</name>
    <message>
        <source>All cities</source>
        <translation>Усі міста</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фільтр за статусом</translation>
    </message>
    <message>
        <source>City filter</source>
        <translation>Фільтр за містом</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Фільтр за категорією</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <source>Only interviews from a date</source>
        <translation>Лише інтерв’ю від дати</translation>
    </message>
    <message>
        <source>Only interviews up to a date</source>
        <translation>Лише інтерв’ю до дати</translation>
    </message>
    <message>
        <source>Earliest interview date</source>
        <translation>Найраніша дата інтерв’ю</translation>
    </message>
    <message>
        <source>Latest interview date</source>
        <translation>Найпізніша дата інтерв’ю</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Case number</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <source>Person code</source>
        <translation>Код особи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
</context>
<context>
    <name>InterviewListPage</name>
    <message>
        <source>Interviews</source>
        <translation>Усі інтерв’ю</translation>
    </message>
    <message>
        <source>Search the accounts</source>
        <translation>Пошук у свідченнях</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Нове інтерв’ю</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Type at least three letters to search.</source>
        <translation>Для пошуку введіть щонайменше три літери.</translation>
    </message>
    <message>
        <source>More interviews match: showing the {count} most recently recorded. Add words to narrow the search.</source>
        <translation>Збігів більше: показано {count} останніх записаних. Додайте слова, щоб звузити пошук.</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Збігів: {count}</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Нічого не знайдено</translation>
    </message>
    <message>
        <source>Try other words, or reset the filters.</source>
        <translation>Спробуйте інші слова або скиньте фільтри.</translation>
    </message>
    <message>
        <source>No interviews yet</source>
        <translation>Інтерв’ю ще немає</translation>
    </message>
    <message>
        <source>Start one with “New interview” ({shortcut}).</source>
        <translation>Почніть із кнопки «Нове інтерв’ю» ({shortcut}).</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експорт PDF…</translation>
    </message>
    <message>
        <source>Export the selected interview as a PDF</source>
        <translation>Експортувати вибране інтерв’ю як PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
</context>
</TS>
