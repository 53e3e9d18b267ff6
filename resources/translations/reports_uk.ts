<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add recipient</source>
        <translation>Додати одержувача</translation>
    </message>
    <message>
        <source>A recipient gets only records whose person consented to every scope ticked below (and to participate).</source>
        <translation>Одержувач отримує лише записи, особа яких погодилася на кожен позначений нижче пункт (і на участь).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>e.g. eurojust-jit</source>
        <translation>напр. eurojust-jit</translation>
    </message>
    <message>
        <source>Consent each record needs</source>
        <translation>Згода, потрібна для кожного запису</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>BuildStep</name>
    <message>
        <source>Building the package…</source>
        <translation>Створення пакета…</translation>
    </message>
    <message>
        <source>Building the package… {done} of {total} files</source>
        <translation>Створення пакета… {done} з {total} файлів</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Each record needs consent to: {scopes}</source>
        <translation>Кожен запис потребує згоди на: {scopes}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Language of the PDFs</source>
        <translation>Мова PDF-файлів</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Додати одержувача…</translation>
    </message>
</context>
<context>
    <name>DisclosureLogPage</name>
    <message>
        <source>Disclosure log</source>
        <translation>Журнал передач</translation>
    </message>
    <message>
        <source>Every transmittal package HQ built: to whom, when, which records, under which profile, and the package&apos;s hash. Entries are never changed or deleted.</source>
        <translation>Кожен пакет передачі, створений штабом: кому, коли, які записи, за яким профілем, і хеш пакета. Записи журналу ніколи не змінюються й не видаляються.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Друкувати / зберегти як PDF…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Package hash</source>
        <translation>Хеш пакета</translation>
    </message>
    <message>
        <source>Transmittals: {count}</source>
        <translation>Передач: {count}</translation>
    </message>
    <message>
        <source>Save the disclosure log as</source>
        <translation>Зберегти журнал передач як</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unencrypted PDF</source>
        <translation>Незашифрований PDF</translation>
    </message>
    <message>
        <source>The PDF of the disclosure log will NOT be encrypted. It names the recipients and the records sent to them (no testimony). Keep it only where it must be.

Write the PDF to:
{path}</source>
        <translation>PDF журналу передач НЕ буде зашифровано. У ньому названо одержувачів і надіслані їм записи (без свідчень). Зберігайте його лише там, де це потрібно.

Записати PDF у:
{path}</translation>
    </message>
    <message>
        <source>Save unencrypted PDF</source>
        <translation>Зберегти незашифрований PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запис PDF…</translation>
    </message>
    <message>
        <source>The disclosure log was saved (not encrypted) to:
{path}</source>
        <translation>Журнал передач збережено (без шифрування) у:
{path}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Save the PDF as</source>
        <translation>Зберегти PDF як</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF will NOT be encrypted. Anyone who gets the file, or the disk or USB stick it is on, can read the testimony{identity}. Keep it only where it must be, and delete it when it is no longer needed.

Write the PDF to:</source>
        <translation>PDF НЕ буде зашифровано. Будь-хто, хто отримає файл або диск чи USB-накопичувач, на якому він лежить, зможе прочитати свідчення{identity}. Зберігайте його лише там, де це потрібно, і видаліть, коли він більше не потрібен.

Записати PDF у:</translation>
    </message>
    <message>
        <source> and the person&apos;s identity</source>
        <translation> та особисті дані людини</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запис PDF…</translation>
    </message>
    <message>
        <source>The PDF was written ({pages} pages):
{path}

It is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>PDF записано (сторінок: {pages}):
{path}

Він не зашифрований: зберігайте його в безпеці й видаліть, коли він більше не потрібен.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Експорт PDF</translation>
    </message>
    <message>
        <source>Export the record as a PDF</source>
        <translation>Експортувати запис як PDF</translation>
    </message>
    <message>
        <source>Case: {case}</source>
        <translation>Справа: {case}</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Мова PDF</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Зберегти в</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Виберіть, куди зберегти PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Export unencrypted PDF</source>
        <translation>Експортувати незашифрований PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>No selected record may go to this recipient. Nothing can be built.</source>
        <translation>Жоден вибраний запис не можна передати цьому одержувачу. Створити пакет неможливо.</translation>
    </message>
    <message>
        <source>Records in the package: {included}. Left out: {excluded} (consent is checked for every record; the reasons are below).</source>
        <translation>Записів у пакеті: {included}. Не включено: {excluded} (згоду перевірено для кожного запису; причини нижче).</translation>
    </message>
    <message>
        <source>Records that will be sent</source>
        <translation>Записи, які буде надіслано</translation>
    </message>
    <message>
        <source>Records left out, with the reason</source>
        <translation>Невключені записи та причина</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакція</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Виберіть папку для пакета</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Full</source>
        <translation>Повний</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Псевдонімізований</translation>
    </message>
    <message>
        <source>With the person&apos;s identity: for a prosecutor. Never the shelter address.</source>
        <translation>З особистими даними людини: для прокурора. Адреса притулку — ніколи.</translation>
    </message>
    <message>
        <source>Names, addresses and contacts replaced by codes: for partners and analysis.</source>
        <translation>Імена, адреси й контакти замінено кодами: для партнерів і аналізу.</translation>
    </message>
    <message>
        <source>Not found at HQ</source>
        <translation>Не знайдено в штабі</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Не запечатано</translation>
    </message>
    <message>
        <source>Consent or record withdrawn</source>
        <translation>Згоду або запис відкликано</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Немає згоди</translation>
    </message>
    <message>
        <source>Consent for another recipient only</source>
        <translation>Згода лише для іншого одержувача</translation>
    </message>
    <message>
        <source>This record holds no consent to participate that is still in force, so it cannot be exported. Check the consent section of the record.</source>
        <translation>Цей запис не містить чинної згоди на участь, тому його не можна експортувати. Перевірте розділ згоди в записі.</translation>
    </message>
    <message>
        <source>That is a folder. Choose a file name for the PDF.</source>
        <translation>Це папка. Виберіть назву файлу для PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that the folder exists, is writable and has free space.</source>
        <translation>Не вдалося записати PDF. Перевірте, що папка існує, доступна для запису й має вільне місце.</translation>
    </message>
    <message>
        <source>Only interview records can be exported as a PDF.</source>
        <translation>Як PDF можна експортувати лише записи інтерв’ю.</translation>
    </message>
    <message>
        <source>No selected record may go to this recipient; nothing was built.</source>
        <translation>Жоден вибраний запис не можна передати цьому одержувачу; нічого не створено.</translation>
    </message>
    <message>
        <source>The package cannot be written in that folder. Choose an existing, writable folder.</source>
        <translation>Пакет неможливо записати в цю папку. Виберіть наявну папку, доступну для запису.</translation>
    </message>
    <message>
        <source>The package could not be written. Check that the folder is writable and has free space; nothing was kept or logged.</source>
        <translation>Не вдалося записати пакет. Перевірте, що папка доступна для запису й має вільне місце; нічого не збережено й не внесено в журнал.</translation>
    </message>
    <message>
        <source>An exhibit cannot be read from HQ&apos;s exhibit store; nothing was built. Run “fieldkit verify” on the HQ profile.</source>
        <translation>Доказ неможливо прочитати зі сховища доказів штабу; нічого не створено. Виконайте «fieldkit verify» для профілю штабу.</translation>
    </message>
    <message>
        <source>An exhibit at HQ is damaged; nothing was built. Run “fieldkit verify” on the HQ profile.</source>
        <translation>Доказ у штабі пошкоджено; нічого не створено. Виконайте «fieldkit verify» для профілю штабу.</translation>
    </message>
    <message>
        <source>HQ holds no interview with this id.</source>
        <translation>HQ не має інтерв’ю з таким ідентифікатором.</translation>
    </message>
    <message>
        <source>The record is a draft at HQ: only sealed records are transmitted. Ask the interviewer to seal it and send a new bundle.</source>
        <translation>У HQ цей запис — чернетка: передаються лише запечатані записи. Попросіть інтерв’юера запечатати його й надіслати новий пакет.</translation>
    </message>
    <message>
        <source>The record was withdrawn; it is never transmitted.</source>
        <translation>Запис відкликано; його ніколи не передають.</translation>
    </message>
    <message>
        <source>The person withdrew consent to participate ({date}).</source>
        <translation>Особа відкликала згоду на участь ({date}).</translation>
    </message>
    <message>
        <source>The record holds no consent to participate.</source>
        <translation>У записі немає згоди на участь.</translation>
    </message>
    <message>
        <source>The person withdrew consent to “{scope}” ({date}), so the record may not go to this recipient.</source>
        <translation>Особа відкликала згоду на «{scope}» ({date}), тому запис не можна передати цьому одержувачу.</translation>
    </message>
    <message>
        <source>The person consented to sharing with {others} only, not to “{scope}”.</source>
        <translation>Особа погодилася на передачу лише {others}, а не на «{scope}».</translation>
    </message>
    <message>
        <source>The person did not consent to “{scope}”, which this recipient needs.</source>
        <translation>Особа не дала згоди на «{scope}», а цьому одержувачу вона потрібна.</translation>
    </message>
</context>
<context>
    <name>TransmittalDialog</name>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Виберіть папку для пакета</translation>
    </message>
    <message>
        <source>The package will NOT be encrypted. It holds the testimony in the records sent ({count}){identity}. Anyone who gets the folder, or the disk or USB stick it is on, can read it. Hand it to the recipient only by the agreed secure route, and delete your copy when it is no longer needed.

The transmittal is written to the disclosure log. Build the package in:</source>
        <translation>Пакет НЕ буде зашифровано. Він містить свідчення з надісланих записів ({count}){identity}. Будь-хто, хто отримає папку або диск чи USB-накопичувач, на якому вона лежить, зможе їх прочитати. Передайте пакет одержувачу лише погодженим безпечним шляхом і видаліть свою копію, коли вона більше не потрібна.

Передачу буде записано в журнал передач. Створити пакет у:</translation>
    </message>
    <message>
        <source>, the people&apos;s identities and the exhibit files</source>
        <translation>, особисті дані людей і файли доказів</translation>
    </message>
    <message>
        <source>The package was cancelled; nothing was kept.</source>
        <translation>Створення пакета скасовано; нічого не збережено.</translation>
    </message>
    <message>
        <source>The package was built and written to the disclosure log.
Records: {records} ({profile}). Left out: {excluded}. Files: {files}.

Folder:
{folder}</source>
        <translation>Пакет створено й записано в журнал передач.
Записів: {records} ({profile}). Не включено: {excluded}. Файлів: {files}.

Папка:
{folder}</translation>
    </message>
    <message>
        <source>Package hash (SHA-256 of manifest.json):
{hash}

HQ key fingerprint:
{key}</source>
        <translation>Хеш пакета (SHA-256 файлу manifest.json):
{hash}

Відбиток ключа штабу:
{key}</translation>
    </message>
    <message>
        <source>How the recipient checks it: in the package folder, run
    {command}
then compare the HQ key fingerprint with HQ by phone. README.txt in the package says the same, and how to check every file&apos;s SHA-256.</source>
        <translation>Як одержувач його перевіряє: у папці пакета виконати
    {command}
і звірити відбиток ключа штабу зі штабом телефоном. README.txt у пакеті пояснює те саме, а також як перевірити SHA-256 кожного файлу.</translation>
    </message>
    <message>
        <source>Transmittal</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Send records to a recipient</source>
        <translation>Надіслати записи одержувачу</translation>
    </message>
    <message>
        <source>Selected records: {count}</source>
        <translation>Вибрано записів: {count}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Build unencrypted package</source>
        <translation>Створити незашифрований пакет</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
</TS>
