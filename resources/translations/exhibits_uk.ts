<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Записати передачу</translation>
    </message>
    <message>
        <source>Who handed over &quot;%1&quot;, to whom, and why. The entry is stored with the time now and your name, and cannot be changed afterwards.</source>
        <translation>Хто передав «%1», кому і навіщо. Запис зберігається з поточним часом і вашим ім’ям, і змінити його згодом не можна.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>for example: handed to the HQ courier</source>
        <translation>наприклад: передано кур’єрові штабу</translation>
    </message>
    <message>
        <source>Record the transfer</source>
        <translation>Записати передачу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>CustodyTable</name>
    <message>
        <source>Intake</source>
        <translation>Прийняття</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто записав</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Ланцюг зберігання</translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message>
        <source>Selected exhibit</source>
        <translation>Вибраний доказ</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>Хто надав:</translation>
    </message>
    <message>
        <source>Obtained:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <source>SHA-256 of the exhibit</source>
        <translation>SHA-256 доказу</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Ланцюг зберігання</translation>
    </message>
    <message>
        <source>Record a transfer…</source>
        <translation>Записати передачу…</translation>
    </message>
    <message>
        <source>Record a transfer of the exhibit</source>
        <translation>Записати передачу доказу</translation>
    </message>
</context>
<context>
    <name>ExhibitErrors</name>
    <message>
        <source>The chosen file cannot be read. Check that it is still there and that you may open it, then try again.</source>
        <translation>Вибраний файл не вдається прочитати. Перевірте, що він досі на місці і що ви маєте право його відкрити, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The stored exhibit is damaged: its content no longer matches what was encrypted. Do not rely on it, and tell HQ.</source>
        <translation>Збережений доказ пошкоджено: його вміст більше не відповідає тому, що було зашифровано. Не покладайтеся на нього й повідомте штаб.</translation>
    </message>
    <message>
        <source>This exhibit is too large to be shown in the app. Export it to open it with another program.</source>
        <translation>Цей доказ завеликий, щоб показати його в застосунку. Експортуйте його, щоб відкрити в іншій програмі.</translation>
    </message>
    <message>
        <source>This record is no longer in the profile.</source>
        <translation>Цього запису більше немає в профілі.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Скасовано; нічого не додано.</translation>
    </message>
</context>
<context>
    <name>ExhibitPanel</name>
    <message>
        <source>Choose the files to add</source>
        <translation>Виберіть файли для додавання</translation>
    </message>
    <message>
        <source>Only files can be added, not folders.</source>
        <translation>Додавати можна лише файли, а не теки.</translation>
    </message>
    <message>
        <source>Add photos, scans, documents or recordings with &quot;Add…&quot; or by dropping them here. Adding the first one saves the interview as a draft.</source>
        <translation>Додайте фотографії, скани, документи чи записи кнопкою «Додати…» або перетягніть їх сюди. Додавання першого доказу зберігає інтерв’ю як чернетку.</translation>
    </message>
    <message>
        <source>Add photos, scans, documents or recordings with &quot;Add…&quot; or by dropping them here. Each is encrypted into this profile with its SHA-256 and a custody entry.</source>
        <translation>Додайте фотографії, скани, документи чи записи кнопкою «Додати…» або перетягніть їх сюди. Кожен доказ шифрується в цьому профілі разом з його SHA-256 і записом у ланцюгу зберігання.</translation>
    </message>
    <message>
        <source>The interview is sealed; exhibits can still be added. Each becomes its own sealed record with a custody entry, and the interview does not change.</source>
        <translation>Інтерв’ю запечатано, але докази ще можна додавати. Кожен стає окремим запечатаним записом із записом у ланцюгу зберігання, а саме інтерв’ю не змінюється.</translation>
    </message>
    <message>
        <source>This interview was withdrawn. Its exhibits are kept and can be viewed, but no new ones can be added.</source>
        <translation>Це інтерв’ю відкликано. Його докази збережено, їх можна переглядати, але нових додати не можна.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Add exhibits</source>
        <translation>Додати докази</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Переглянути</translation>
    </message>
    <message>
        <source>View the exhibit</source>
        <translation>Переглянути доказ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Експортувати незашифровану копію</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel adding</source>
        <translation>Скасувати додавання</translation>
    </message>
    <message>
        <source>Progress of adding</source>
        <translation>Хід додавання</translation>
    </message>
</context>
<context>
    <name>ExhibitTable</name>
    <message>
        <source>Exact size in bytes: %1</source>
        <translation>Точний розмір у байтах: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Exhibits of this interview</source>
        <translation>Докази цього інтерв’ю</translation>
    </message>
</context>
<context>
    <name>ExhibitViewer</name>
    <message>
        <source>Files of this type cannot be shown inside the app. Export a copy to open it with another program.</source>
        <translation>Файли цього типу не можна показати в застосунку. Експортуйте копію, щоб відкрити її в іншій програмі.</translation>
    </message>
    <message>
        <source>Decrypting the exhibit…</source>
        <translation>Розшифровуємо доказ…</translation>
    </message>
    <message>
        <source>This computer lacks the part of FieldKit that shows such files. Export a copy to open it with another program.</source>
        <translation>На цьому комп’ютері бракує частини FieldKit, яка показує такі файли. Експортуйте копію, щоб відкрити її в іншій програмі.</translation>
    </message>
    <message>
        <source>The content of this file cannot be shown: it is damaged or not what its name says. Export a copy to open it with another program.</source>
        <translation>Вміст цього файлу не можна показати: він пошкоджений або не відповідає своїй назві. Експортуйте копію, щоб відкрити її в іншій програмі.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>%1, %2; SHA-256:</source>
        <translation>%1, %2; SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the exhibit</source>
        <translation>SHA-256 доказу</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Експортувати копію…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Експортувати незашифровану копію</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Експортувати незашифровану копію</translation>
    </message>
    <message>
        <source>Unencrypted copy</source>
        <translation>Незашифрована копія</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted. Anyone who gets the file, or the disk or USB stick it is on, can open it. Keep it only as long as you need it, then delete it.

Write the copy to:
%1</source>
        <translation>Копія НЕ буде зашифрована. Будь-хто, до кого потрапить файл або диск чи USB-накопичувач із ним, зможе її відкрити. Зберігайте її лише доти, доки вона потрібна, а потім видаліть.

Записати копію до:
%1</translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation>Експортувати незашифровану копію</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>An unencrypted copy was written to:
%1
Delete it when it is no longer needed.</source>
        <translation>Незашифровану копію записано до:
%1
Видаліть її, коли вона більше не потрібна.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Add exhibits</source>
        <translation>Додати докази</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
    <message>
        <source>Each file is encrypted into this profile and its SHA-256 is recorded, with a first custody entry. The file you chose is not changed or removed.</source>
        <translation>Кожен файл шифрується в цьому профілі, його SHA-256 записується разом із першим записом у ланцюгу зберігання. Вибраний вами файл не змінюється й не видаляється.</translation>
    </message>
    <message>
        <source>This interview is sealed. Each file becomes a new sealed exhibit record with its own custody entry; the interview itself does not change.</source>
        <translation>Це інтерв’ю запечатано. Кожен файл стане новим запечатаним записом доказу з власним записом у ланцюгу зберігання; саме інтерв’ю не змінюється.</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>Файли для додавання</translation>
    </message>
    <message>
        <source>Decide from each file</source>
        <translation>Визначити за кожним файлом</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Хто надав</translation>
    </message>
    <message>
        <source>for example: the witness, in person</source>
        <translation>наприклад: свідок, особисто</translation>
    </message>
    <message>
        <source>Add to the sealed interview</source>
        <translation>Додати до запечатаного інтерв’ю</translation>
    </message>
    <message>
        <source>Add to the profile</source>
        <translation>Додати до профілю</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>IntakeJob</name>
    <message>
        <source>Encrypting the chosen files into the profile…</source>
        <translation>Шифруємо вибрані файли в профілі…</translation>
    </message>
    <message>
        <source>Cancelled. Files added before that: %1; the rest was not added.</source>
        <translation>Скасовано. Файлів, доданих до цього: %1; решту не додано.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Скасовано; нічого не додано.</translation>
    </message>
    <message>
        <source>Files added before this one: %1.</source>
        <translation>Файлів, доданих перед цим: %1.</translation>
    </message>
    <message>
        <source>Exhibits added: %1.</source>
        <translation>Додано доказів: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасовуємо…</translation>
    </message>
</context>
<context>
    <name>SoundPane</name>
    <message>
        <source>This computer has no sound output, so the recording cannot be heard here.</source>
        <translation>На цьому комп’ютері немає звукового виходу, тому запис тут не можна прослухати.</translation>
    </message>
    <message>
        <source>This recording cannot be played in the app. Export it to play it with another program.</source>
        <translation>Цей запис не можна відтворити в застосунку. Експортуйте його, щоб відтворити в іншій програмі.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Позиція в записі</translation>
    </message>
</context>
</TS>
