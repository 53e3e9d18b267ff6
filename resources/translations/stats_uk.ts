<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Counts of testimonies are not counts of events</source>
            <translation>Кількість свідчень — не кількість подій</translation>
        </message>
        <message>
            <source>Every number here counts testimonies (interview records), not events. The same event may be told by many witnesses, and one witness may describe several events. Do not read or publish these numbers as numbers of incidents, victims or crimes.</source>
            <translation>Кожне число тут рахує свідчення (записи інтерв’ю), а не події. Про ту саму подію можуть розповісти багато свідків, а один свідок може описати кілька подій. Не читайте й не публікуйте ці числа як кількість інцидентів, потерпілих чи злочинів.</translation>
        </message>
        <message>
            <source>Counted: interviews whose current record at HQ is sealed and whose consent to participate is in force. Drafts and withdrawn records are not counted.</source>
            <translation>Враховано: інтерв’ю, чинний запис яких у головному офісі запечатаний і згода на участь у яких чинна. Чернетки й відкликані записи не враховано.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <source>Export summary PDF…</source>
            <translation>Експортувати зведений PDF…</translation>
        </message>
        <message>
            <source>Interviews by city</source>
            <translation>Інтерв’ю за містом</translation>
        </message>
        <message>
            <source>Interviews by month of the interview</source>
            <translation>Інтерв’ю за місяцем проведення</translation>
        </message>
        <message>
            <source>Interviews by interviewer (sending profile and laptop)</source>
            <translation>Інтерв’ю за інтерв’юером (профіль і ноутбук, що надіслали)</translation>
        </message>
        <message>
            <source>Interviews by category of alleged act</source>
            <translation>Інтерв’ю за категорією ймовірного діяння</translation>
        </message>
        <message>
            <source>Consent scopes in force (granted and not withdrawn)</source>
            <translation>Чинні обсяги згоди (надані й не відкликані)</translation>
        </message>
        <message>
            <source>Nothing to count yet.</source>
            <translation>Поки що нічого рахувати.</translation>
        </message>
        <message>
            <source>Counting the interviews…</source>
            <translation>Підрахунок інтерв’ю…</translation>
        </message>
        <message>
            <source>Statistics count the interviews imported at HQ, which only the HQ coordinator's profile (the one that set up the organisation) holds. This profile has none to count.</source>
            <translation>Статистика рахує інтерв’ю, імпортовані в головному офісі, а їх має лише профіль координатора головного офісу (той, що створив організацію). У цьому профілі немає чого рахувати.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Не зазначено</translation>
        </message>
        <message>
            <source>Interviews counted: {counted}. Not counted: drafts {drafts}, withdrawn {withdrawn}, without consent to participate {no_consent}, without content at HQ {unreadable}. Newest interview: {newest}.</source>
            <translation>Враховано інтерв’ю: {counted}. Не враховано: чернетки — {drafts}, відкликані — {withdrawn}, без згоди на участь — {no_consent}, без вмісту в головному офісі — {unreadable}. Найновіше інтерв’ю: {newest}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>An interview that names several categories counts once in each. Interviews that name no category: {none}.</source>
            <translation>Інтерв’ю, у якому названо кілька категорій, враховано один раз у кожній. Інтерв’ю без жодної категорії: {none}.</translation>
        </message>
        <message>
            <source>Save the summary PDF as</source>
            <translation>Зберегти зведений PDF як</translation>
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
            <source>The summary PDF will NOT be encrypted. It holds counts, cities and the names of interviewers and laptops (no testimony). Keep it only where it must be.

Write the PDF to:
{path}</source>
            <translation>Зведений PDF НЕ буде зашифровано. Він містить числа, міста та імена інтерв’юерів і назви ноутбуків (без свідчень). Зберігайте його лише там, де це потрібно.

Записати PDF до:
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
            <source>The summary PDF was saved, not encrypted, to:
{path}
Pages: {pages}.</source>
            <translation>Зведений PDF збережено без шифрування до:
{path}
Сторінок: {pages}.</translation>
        </message>
    </context>
</TS>
