<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
    <context>
        <name>BundleReason</name>
        <message>
            <source>Too large to be a bundle</source>
            <translation>Завеликий, щоб бути пакетом</translation>
        </message>
        <message>
            <source>Cut off: the copy is incomplete</source>
            <translation>Обрізаний: копія неповна</translation>
        </message>
        <message>
            <source>Extra data after the end of the bundle</source>
            <translation>Зайві дані після кінця пакета</translation>
        </message>
        <message>
            <source>Not a FieldKit bundle, or its header is damaged</source>
            <translation>Не пакет FieldKit, або його заголовок пошкоджено</translation>
        </message>
        <message>
            <source>The signature does not match: damaged or altered</source>
            <translation>Підпис не збігається: пошкоджено або змінено</translation>
        </message>
        <message>
            <source>Signed by a laptop that is not enrolled</source>
            <translation>Підписано ноутбуком, який не зареєстровано</translation>
        </message>
        <message>
            <source>Signed by a revoked laptop</source>
            <translation>Підписано відкликаним ноутбуком</translation>
        </message>
        <message>
            <source>Addressed to another organisation or key</source>
            <translation>Адресовано іншій організації або іншому ключу</translation>
        </message>
        <message>
            <source>The encrypted content is damaged or out of order</source>
            <translation>Зашифрований вміст пошкоджено або переплутано</translation>
        </message>
        <message>
            <source>The end of the content is missing</source>
            <translation>Бракує кінця вмісту</translation>
        </message>
        <message>
            <source>The content ends too early</source>
            <translation>Вміст закінчується зарано</translation>
        </message>
        <message>
            <source>The content is not laid out as FieldKit requires</source>
            <translation>Вміст упорядковано не так, як вимагає FieldKit</translation>
        </message>
        <message>
            <source>The list of contents is invalid or does not match</source>
            <translation>Перелік вмісту недійсний або не збігається</translation>
        </message>
        <message>
            <source>Two different histories from the same laptop (fork)</source>
            <translation>Дві різні історії з одного ноутбука (розгалуження)</translation>
        </message>
        <message>
            <source>The laptop's records went backwards (an old backup?)</source>
            <translation>Записи ноутбука повернулися назад (стара резервна копія?)</translation>
        </message>
        <message>
            <source>A record is damaged, altered or wrongly signed</source>
            <translation>Запис пошкоджено, змінено або неправильно підписано</translation>
        </message>
        <message>
            <source>The file cannot be read</source>
            <translation>Файл неможливо прочитати</translation>
        </message>
        <message>
            <source>Refused ({code})</source>
            <translation>Відхилено ({code})</translation>
        </message>
    </context>
    <context>
        <name>BundleStatus</name>
        <message>
            <source>Imported</source>
            <translation>Імпортовано</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Уже імпортовано</translation>
        </message>
        <message>
            <source>Held for the clinical lead</source>
            <translation>Збережено для клінічного керівника</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Відхилено</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Fingerprint to compare</source>
            <translation>Відбиток ключа для порівняння</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Devices</source>
            <translation>Пристрої</translation>
        </message>
        <message>
            <source>Devices in the roster</source>
            <translation>Пристрої в реєстрі</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Відбиток ключа</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Відкликати…</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>Відкликати вибраний пристрій</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активний</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Відкликаний</translation>
        </message>
        <message>
            <source>Revoke this laptop?</source>
            <translation>Відкликати цей ноутбук?</translation>
        </message>
        <message>
            <source>Revoke {name} ({device})?

Bundles from this laptop will be refused from the next import on, whatever their date. Do this when a laptop is lost, stolen or no longer trusted. It cannot be undone.</source>
            <translation>Відкликати: {name} ({device})?

Пакети з цього ноутбука відхилятимуться, починаючи з наступного імпорту, незалежно від їхньої дати. Робіть це, коли ноутбук загублено, викрадено або йому більше не можна довіряти. Цю дію неможливо скасувати.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Відкликати</translation>
        </message>
        <message>
            <source>{name} ({device}) is revoked (roster version {version}). Export the roster for the clinical lead.</source>
            <translation>{name} ({device}) відкликано (версія реєстру {version}). Експортуйте реєстр для клінічного керівника.</translation>
        </message>
    </context>
    <context>
        <name>HqRecordsPage</name>
        <message>
            <source>Records at HQ</source>
            <translation>Записи в штабі</translation>
        </message>
        <message>
            <source>The newest revision of every record HQ holds, from every laptop. HQ keeps every revision it imported; select a record to see them all.</source>
            <translation>Найновіша версія кожного запису, що є в штабі, з усіх ноутбуків. Штаб зберігає кожну імпортовану версію; виберіть запис, щоб побачити їх усі.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Справа</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Версія</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Місто</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>History of the selected record</source>
            <translation>Історія вибраного запису</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Збережено</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Геш</translation>
        </message>
        <message>
            <source>Refresh the records</source>
            <translation>Оновити записи</translation>
        </message>
        <message>
            <source>The newest {count} records are shown.</source>
            <translation>Показано найновіші записи: {count}.</translation>
        </message>
        <message>
            <source>Records: {count}</source>
            <translation>Записів: {count}</translation>
        </message>
        <message>
            <source>Select a record above.</source>
            <translation>Виберіть запис угорі.</translation>
        </message>
        <message>
            <source>{kind} {case}. Revisions at HQ: {count}</source>
            <translation>{kind} {case}. Версій у штабі: {count}</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Експорт PDF…</translation>
        </message>
        <message>
            <source>Transmittal…</source>
            <translation>Передача…</translation>
        </message>
        <message>
            <source>Export the selected interview as a PDF</source>
            <translation>Експортувати вибране інтерв’ю як PDF</translation>
        </message>
        <message>
            <source>Send the selected interviews to a recipient</source>
            <translation>Надіслати вибрані інтерв’ю одержувачу</translation>
        </message>
    </context>
    <context>
        <name>ImportRunPart</name>
        <message>
            <source>Stop after this file</source>
            <translation>Зупинити після цього файлу</translation>
        </message>
        <message>
            <source>Progress over all files</source>
            <translation>Перебіг за всіма файлами</translation>
        </message>
        <message>
            <source>Progress of the current file</source>
            <translation>Перебіг поточного файлу</translation>
        </message>
        <message>
            <source>Choose the bundles to import</source>
            <translation>Виберіть пакети для імпорту</translation>
        </message>
        <message>
            <source>FieldKit bundles (*.fkb);;All files (*)</source>
            <translation>Пакети FieldKit (*.fkb);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Choose a folder or a USB stick with bundles</source>
            <translation>Виберіть теку або USB-накопичувач із пакетами</translation>
        </message>
        <message>
            <source>Choose where the receipts go (the USB stick, to take back to the laptops)</source>
            <translation>Виберіть, куди записати квитанції (на USB-накопичувач, щоб відвезти їх назад на ноутбуки)</translation>
        </message>
        <message>
            <source>Nothing was imported: choose a folder for the receipts to import.</source>
            <translation>Нічого не імпортовано: щоб імпортувати, виберіть теку для квитанцій.</translation>
        </message>
        <message>
            <source>Looking for bundles…</source>
            <translation>Пошук пакетів…</translation>
        </message>
        <message>
            <source>Stopping after this file…</source>
            <translation>Зупинка після цього файлу…</translation>
        </message>
        <message>
            <source>File {index} of {count}: {name}</source>
            <translation>Файл {index} з {count}: {name}</translation>
        </message>
        <message>
            <source>No bundle files were found in what you chose.</source>
            <translation>У вибраному не знайдено файлів пакетів.</translation>
        </message>
        <message>
            <source>Stopped after {done} of {count} files.</source>
            <translation>Зупинено: оброблено файлів: {done} з {count}.</translation>
        </message>
        <message>
            <source>Imported: {imported}. Already imported: {replay}. Held for the clinical lead: {held}. Rejected: {rejected}.</source>
            <translation>Імпортовано: {imported}. Уже імпортовано раніше: {replay}. Збережено для клінічного керівника: {held}. Відхилено: {rejected}.</translation>
        </message>
        <message>
            <source>Receipts written: {count}, in {folder}. Take them back to the laptops.</source>
            <translation>Записано квитанцій: {count}, у {folder}. Відвезіть їх назад на ноутбуки.</translation>
        </message>
        <message>
            <source>Rejected files were moved to the quarantine folder; see Quarantine below.</source>
            <translation>Відхилені файли переміщено до теки карантину; див. «Карантин» нижче.</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imports</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <source>Import the bundles from a USB stick: choose the files or the whole stick, or drop them on this page. Every bundle is checked before anything is stored; a bundle that fails is moved to the quarantine folder.</source>
            <translation>Імпортуйте пакети з USB-накопичувача: виберіть файли або весь накопичувач чи перетягніть їх на цю сторінку. Кожен пакет перевіряється, перш ніж щось буде збережено; пакет, що не пройшов перевірку, переміщується до теки карантину.</translation>
        </message>
        <message>
            <source>As the clinical lead: import the newest roster from HQ first, then the psychologists' bundles HQ held for you.</source>
            <translation>Як клінічний керівник: спершу імпортуйте найновіший реєстр від штабу, а потім пакети психологів, які штаб зберіг для вас.</translation>
        </message>
        <message>
            <source>Import bundles…</source>
            <translation>Імпортувати пакети…</translation>
        </message>
        <message>
            <source>Import a folder…</source>
            <translation>Імпортувати теку…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Імпортувати реєстр…</translation>
        </message>
        <message>
            <source>Results of the last import</source>
            <translation>Результати останнього імпорту</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>New revisions</source>
            <translation>Нові версії</translation>
        </message>
        <message>
            <source>Exhibits</source>
            <translation>Докази</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробиці</translation>
        </message>
        <message>
            <source>Missing bundles</source>
            <translation>Відсутні пакети</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Карантин</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Повідомлення</translation>
        </message>
        <message>
            <source>Import bundle files</source>
            <translation>Імпортувати файли пакетів</translation>
        </message>
        <message>
            <source>Import a folder or a whole USB stick</source>
            <translation>Імпортувати теку або весь USB-накопичувач</translation>
        </message>
        <message>
            <source>Import the roster from HQ</source>
            <translation>Імпортувати реєстр від штабу</translation>
        </message>
        <message>
            <source>Drop bundle files or folders here</source>
            <translation>Перетягніть сюди файли пакетів або теки</translation>
        </message>
        <message>
            <source>Bundle {number} missing from laptop {laptop}</source>
            <translation>Бракує пакета {number} з ноутбука {laptop}</translation>
        </message>
        <message>
            <source>No bundle is missing.</source>
            <translation>Жодного пакета не бракує.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Нічого не змінилося.</translation>
        </message>
        <message>
            <source>Stored unread: only the clinical lead can open it.</source>
            <translation>Збережено непрочитаним: відкрити його може лише клінічний керівник.</translation>
        </message>
        <message>
            <source>Still missing from this laptop: {numbers}</source>
            <translation>З цього ноутбука ще бракує: {numbers}</translation>
        </message>
        <message>
            <source>Choose the roster from HQ</source>
            <translation>Виберіть реєстр від штабу</translation>
        </message>
        <message>
            <source>Rosters (*.fkr);;All files (*)</source>
            <translation>Реєстри (*.fkr);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Roster version {version} imported. You can now import the bundles HQ held for you.</source>
            <translation>Реєстр версії {version} імпортовано. Тепер можна імпортувати пакети, які штаб зберіг для вас.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPart</name>
        <message>
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <source>No organisation is set up in this profile yet. Setting one up creates HQ's keys; you need the clinical lead's enrollment request file.</source>
            <translation>У цьому профілі ще не створено організації. Створення організації генерує ключі штабу; для цього потрібен файл запиту на реєстрацію від клінічного керівника.</translation>
        </message>
        <message>
            <source>Set up organisation…</source>
            <translation>Створити організацію…</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Організація:</translation>
        </message>
        <message>
            <source>HQ fingerprint. A laptop that joins shows the same groups; compare them aloud:</source>
            <translation>Відбиток ключа штабу. Ноутбук, що приєднується, показує ті самі групи; порівняйте їх уголос:</translation>
        </message>
        <message>
            <source>Write provisioning file…</source>
            <translation>Записати файл підключення…</translation>
        </message>
        <message>
            <source>Export roster…</source>
            <translation>Експортувати реєстр…</translation>
        </message>
        <message>
            <source>Set up organisation</source>
            <translation>Створити організацію</translation>
        </message>
        <message>
            <source>Write provisioning file</source>
            <translation>Записати файл підключення</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>Експортувати реєстр</translation>
        </message>
        <message>
            <source>HQ fingerprint</source>
            <translation>Відбиток ключа штабу</translation>
        </message>
        <message>
            <source>The organisation {name} is set up. The provisioning file is at {path}: give it to every laptop that joins, and compare the HQ fingerprint below aloud when they do.</source>
            <translation>Організацію {name} створено. Файл підключення тут: {path}. Передайте його кожному ноутбуку, що приєднується, і тоді порівняйте вголос відбиток ключа штабу, показаний нижче.</translation>
        </message>
        <message>
            <source>Save the provisioning file</source>
            <translation>Збережіть файл підключення</translation>
        </message>
        <message>
            <source>Provisioning files (*.fkp)</source>
            <translation>Файли підключення (*.fkp)</translation>
        </message>
        <message>
            <source>Provisioning file written: {path}</source>
            <translation>Файл підключення записано: {path}</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>Збережіть реєстр</translation>
        </message>
        <message>
            <source>Rosters (*.fkr)</source>
            <translation>Реєстри (*.fkr)</translation>
        </message>
        <message>
            <source>Roster written: {path}</source>
            <translation>Реєстр записано: {path}</translation>
        </message>
    </context>
    <context>
        <name>OrganisationSetupDialog</name>
        <message>
            <source>Set up the organisation</source>
            <translation>Створення організації</translation>
        </message>
        <message>
            <source>Setting up creates HQ's keys in this profile. You need the clinical lead's enrollment request: their key is the one that opens psychologists' bundles. The provisioning file you write goes to every laptop that joins.</source>
            <translation>Створення організації генерує ключі штабу в цьому профілі. Потрібен запит на реєстрацію від клінічного керівника: саме його ключ відкриває пакети психологів. Файл підключення, який ви запишете, отримує кожен ноутбук, що приєднується.</translation>
        </message>
        <message>
            <source>Name of the organisation</source>
            <translation>Назва організації</translation>
        </message>
        <message>
            <source>Clinical lead's enrollment request</source>
            <translation>Запит на реєстрацію клінічного керівника</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Вибрати…</translation>
        </message>
        <message>
            <source>Choose the clinical lead's request</source>
            <translation>Вибрати запит клінічного керівника</translation>
        </message>
        <message>
            <source>Provisioning file to write</source>
            <translation>Файл підключення, який буде записано</translation>
        </message>
        <message>
            <source>Choose where to write the provisioning file</source>
            <translation>Вибрати, куди записати файл підключення</translation>
        </message>
        <message>
            <source>Name of the organisation:</source>
            <translation>Назва організації:</translation>
        </message>
        <message>
            <source>Clinical lead's request:</source>
            <translation>Запит клінічного керівника:</translation>
        </message>
        <message>
            <source>Provisioning file:</source>
            <translation>Файл підключення:</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Створити</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Choose the clinical lead's enrollment request</source>
            <translation>Виберіть запит на реєстрацію клінічного керівника</translation>
        </message>
        <message>
            <source>Enrollment requests (*.fkq);;All files (*)</source>
            <translation>Запити на реєстрацію (*.fkq);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Save the provisioning file</source>
            <translation>Збережіть файл підключення</translation>
        </message>
        <message>
            <source>Provisioning files (*.fkp)</source>
            <translation>Файли підключення (*.fkp)</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>Interview</source>
            <translation>Інтерв’ю</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>Exhibit</source>
            <translation>Доказ</translation>
        </message>
        <message>
            <source>Custody entry</source>
            <translation>Запис про зберігання</translation>
        </message>
        <message>
            <source>Session note</source>
            <translation>Нотатка сесії</translation>
        </message>
    </context>
    <context>
        <name>RecordStatus</name>
        <message>
            <source>Draft</source>
            <translation>Чернетка</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>Запечатано</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Відкликано</translation>
        </message>
    </context>
    <context>
        <name>RequestsPart</name>
        <message>
            <source>Enrollment requests waiting for approval</source>
            <translation>Запити на реєстрацію, що чекають на схвалення</translation>
        </message>
        <message>
            <source>Before approving, ask the person to read the fingerprint shown on their laptop and compare it with the one here.</source>
            <translation>Перед схваленням попросіть людину прочитати відбиток, показаний на її ноутбуці, і порівняйте його з тим, що тут.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Ноутбук</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Відбиток ключа</translation>
        </message>
        <message>
            <source>Receive request…</source>
            <translation>Отримати запит…</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Схвалити…</translation>
        </message>
        <message>
            <source>Receive request</source>
            <translation>Отримати запит</translation>
        </message>
        <message>
            <source>Approve the selected request</source>
            <translation>Схвалити вибраний запит</translation>
        </message>
        <message>
            <source>Choose an enrollment request</source>
            <translation>Виберіть запит на реєстрацію</translation>
        </message>
        <message>
            <source>Enrollment requests (*.fkq);;All files (*)</source>
            <translation>Запити на реєстрацію (*.fkq);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Request received from {name} ({device}). Compare its fingerprint with the person before approving.</source>
            <translation>Отримано запит від {name} ({device}). Перед схваленням порівняйте його відбиток разом із цією людиною.</translation>
        </message>
        <message>
            <source>Approve this laptop?</source>
            <translation>Схвалити цей ноутбук?</translation>
        </message>
        <message>
            <source>Approve {name} ({role}, {device})?

Ask {name} to read the fingerprint shown on their laptop and compare it with this one, group by group. Approve only if every group matches: otherwise someone else made this request.</source>
            <translation>Схвалити: {name} ({role}, {device})?

Попросіть особу {name} прочитати відбиток, показаний на її ноутбуці, і порівняйте його з цим, групу за групою. Схвалюйте, лише якщо кожна група збігається: інакше цей запит створив хтось інший.</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Схвалити</translation>
        </message>
        <message>
            <source>{name} ({device}) is approved (roster version {version}). Export the roster for the clinical lead.</source>
            <translation>{name} ({device}) схвалено (версія реєстру {version}). Експортуйте реєстр для клінічного керівника.</translation>
        </message>
    </context>
</TS>
