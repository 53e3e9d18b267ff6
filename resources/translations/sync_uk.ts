<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
    <context>
        <name>EnrollmentPart</name>
        <message>
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Організація:</translation>
        </message>
        <message>
            <source>This laptop:</source>
            <translation>Цей ноутбук:</translation>
        </message>
        <message>
            <source>HQ fingerprint:</source>
            <translation>Відбиток ключа штабу:</translation>
        </message>
        <message>
            <source>Your fingerprint:</source>
            <translation>Ваш відбиток ключа:</translation>
        </message>
        <message>
            <source>Write enrollment request again…</source>
            <translation>Записати запит на реєстрацію ще раз…</translation>
        </message>
        <message>
            <source>This profile does not belong to an organisation yet. Ask HQ for the provisioning file (for example on a USB stick), then join.</source>
            <translation>Цей профіль ще не належить до жодної організації. Попросіть у штабу файл підключення (наприклад, на USB-накопичувачі), а потім приєднайтеся.</translation>
        </message>
        <message>
            <source>Name of this laptop:</source>
            <translation>Назва цього ноутбука:</translation>
        </message>
        <message>
            <source>for example: Laptop 7 (Kraków)</source>
            <translation>наприклад: Ноутбук 7 (Краків)</translation>
        </message>
        <message>
            <source>Join organisation…</source>
            <translation>Приєднатися до організації…</translation>
        </message>
        <message>
            <source>As the clinical lead, give HQ your enrollment request first: the coordinator needs it to set up the organisation. Join with the provisioning file afterwards.</source>
            <translation>Як клінічний керівник, спершу передайте штабу свій запит на реєстрацію: координатор потребує його, щоб створити організацію. Приєднайтеся з файлом підключення згодом.</translation>
        </message>
        <message>
            <source>Write enrollment request…</source>
            <translation>Записати запит на реєстрацію…</translation>
        </message>
        <message>
            <source>Phone the coordinator at HQ and read this fingerprint aloud, group by group. Join only if every group matches what they see on their screen.</source>
            <translation>Зателефонуйте координаторові в штабі й прочитайте цей відбиток уголос, групу за групою. Приєднуйтеся, лише якщо кожна група збігається з тим, що координатор бачить на своєму екрані.</translation>
        </message>
        <message>
            <source>The fingerprint matches</source>
            <translation>Відбиток збігається</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Приєднатися</translation>
        </message>
        <message>
            <source>Give the enrollment request file to the coordinator, and read this profile's fingerprint to them so they can compare it before approving:</source>
            <translation>Передайте файл запиту на реєстрацію координаторові й прочитайте йому відбиток ключа цього профілю, щоб він міг порівняти його перед схваленням:</translation>
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation>Назва цього ноутбука</translation>
        </message>
        <message>
            <source>Join organisation</source>
            <translation>Приєднатися до організації</translation>
        </message>
        <message>
            <source>Write enrollment request</source>
            <translation>Записати запит на реєстрацію</translation>
        </message>
        <message>
            <source>Write enrollment request again</source>
            <translation>Записати запит на реєстрацію ще раз</translation>
        </message>
        <message>
            <source>HQ fingerprint to compare</source>
            <translation>Відбиток ключа штабу для порівняння</translation>
        </message>
        <message>
            <source>HQ fingerprint</source>
            <translation>Відбиток ключа штабу</translation>
        </message>
        <message>
            <source>Your fingerprint</source>
            <translation>Ваш відбиток ключа</translation>
        </message>
        <message>
            <source>Your fingerprint to read to the coordinator</source>
            <translation>Ваш відбиток ключа, щоб прочитати координаторові</translation>
        </message>
        <message>
            <source>Choose the provisioning file from HQ</source>
            <translation>Виберіть файл підключення від штабу</translation>
        </message>
        <message>
            <source>Provisioning files (*.fkp);;All files (*)</source>
            <translation>Файли підключення (*.fkp);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Organisation: {name}</source>
            <translation>Організація: {name}</translation>
        </message>
        <message>
            <source>This file is damaged or is not a provisioning file from HQ. Ask HQ for a new copy.</source>
            <translation>Цей файл пошкоджено, або це не файл підключення від штабу. Попросіть у штабу нову копію.</translation>
        </message>
        <message>
            <source>Compare the HQ fingerprint first, and tick “The fingerprint matches” only if every group is the same.</source>
            <translation>Спершу порівняйте відбиток ключа штабу й позначте «Відбиток збігається», лише якщо кожна група однакова.</translation>
        </message>
        <message>
            <source>Give this laptop a name first.</source>
            <translation>Спершу дайте цьому ноутбуку назву.</translation>
        </message>
        <message>
            <source>Save the enrollment request</source>
            <translation>Збережіть запит на реєстрацію</translation>
        </message>
        <message>
            <source>Enrollment requests (*.fkq)</source>
            <translation>Запити на реєстрацію (*.fkq)</translation>
        </message>
        <message>
            <source>Enrollment request written: {path}</source>
            <translation>Запит на реєстрацію записано: {path}</translation>
        </message>
    </context>
    <context>
        <name>PurgePart</name>
        <message>
            <source>Removing what HQ holds</source>
            <translation>Видалення того, що вже є в штабі</translation>
        </message>
        <message>
            <source>Once a receipt shows that HQ holds a record, this laptop can remove the record's content and exhibits, keeping only a stub with its hash, so less testimony is at risk if the laptop is lost. Nothing HQ has not confirmed is ever removed, and drafts are kept.</source>
            <translation>Коли квитанція підтверджує, що запис є в штабі, цей ноутбук може видалити вміст запису та докази, залишивши лише заглушку з його гешем, — тож у разі втрати ноутбука під загрозою буде менше свідчень. Ніщо, чого штаб не підтвердив, ніколи не видаляється, а чернетки зберігаються.</translation>
        </message>
        <message>
            <source>Remove:</source>
            <translation>Видаляти:</translation>
        </message>
        <message>
            <source>Never (off)</source>
            <translation>Ніколи (вимкнено)</translation>
        </message>
        <message>
            <source>After each receipt</source>
            <translation>Після кожної квитанції</translation>
        </message>
        <message>
            <source>After a receipt and a number of days</source>
            <translation>Через кілька днів після квитанції</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <source>Purge policy</source>
            <translation>Правило видалення</translation>
        </message>
        <message>
            <source>Days after the receipt</source>
            <translation>Днів після квитанції</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Збережено.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Синхронізація</translation>
        </message>
        <message>
            <source>Take the work on this laptop to HQ: export a bundle to a USB stick, and import the receipt HQ gives back. Bundles are encrypted and signed; only HQ can open them.</source>
            <translation>Передайте роботу з цього ноутбука до штабу: експортуйте пакет на USB-накопичувач і імпортуйте квитанцію, яку штаб поверне. Пакети зашифровані й підписані; відкрити їх може лише штаб.</translation>
        </message>
        <message>
            <source>Sending to HQ</source>
            <translation>Надсилання до штабу</translation>
        </message>
        <message>
            <source>Revisions not yet safe at HQ:</source>
            <translation>Версій ще не в безпеці в штабі:</translation>
        </message>
        <message>
            <source>Exhibits not yet safe at HQ:</source>
            <translation>Доказів ще не в безпеці в штабі:</translation>
        </message>
        <message>
            <source>Last receipt:</source>
            <translation>Остання квитанція:</translation>
        </message>
        <message>
            <source>Bundles written:</source>
            <translation>Записано пакетів:</translation>
        </message>
        <message>
            <source>Export to USB…</source>
            <translation>Експортувати на USB…</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>Імпортувати квитанцію…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Export to USB</source>
            <translation>Експортувати на USB</translation>
        </message>
        <message>
            <source>Import receipt</source>
            <translation>Імпортувати квитанцію</translation>
        </message>
        <message>
            <source>Cancel the export</source>
            <translation>Скасувати експорт</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Перебіг експорту</translation>
        </message>
        <message>
            <source>Revisions not yet safe at HQ</source>
            <translation>Версій ще не в безпеці в штабі</translation>
        </message>
        <message>
            <source>Exhibits not yet safe at HQ</source>
            <translation>Доказів ще не в безпеці в штабі</translation>
        </message>
        <message>
            <source>Last receipt</source>
            <translation>Остання квитанція</translation>
        </message>
        <message>
            <source>Bundles written</source>
            <translation>Записано пакетів</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Ще немає</translation>
        </message>
        <message>
            <source>Choose the USB stick or folder for the bundle</source>
            <translation>Виберіть USB-накопичувач або теку для пакета</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>Записування пакета…</translation>
        </message>
        <message>
            <source>Bundle {seq} written (revisions: {revisions}, exhibits: {exhibits}):
{path}
Take it to HQ and bring the receipt back.</source>
            <translation>Пакет {seq} записано (версій: {revisions}, доказів: {exhibits}):
{path}
Відвезіть його до штабу й привезіть назад квитанцію.</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Експорт скасовано; нічого не записано.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Скасування…</translation>
        </message>
        <message>
            <source>Choose the receipt from HQ</source>
            <translation>Виберіть квитанцію від штабу</translation>
        </message>
        <message>
            <source>Receipts (*.fkr);;All files (*)</source>
            <translation>Квитанції (*.fkr);;Усі файли (*)</translation>
        </message>
        <message>
            <source>Receipt for bundle {seq} accepted. Revisions now safe at HQ: {revisions}; exhibits: {exhibits}.</source>
            <translation>Квитанцію для пакета {seq} прийнято. Тепер у безпеці в штабі версій: {revisions}; доказів: {exhibits}.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a receipt signed by your HQ. Ask HQ for a new copy.</source>
            <translation>Файл пошкоджено, або це не квитанція, підписана вашим штабом. Попросіть у штабу нову копію.</translation>
        </message>
        <message>
            <source>The receipt was not accepted.</source>
            <translation>Квитанцію не прийнято.</translation>
        </message>
    </context>
</TS>
