<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
    <context>
        <name>AccountStep</name>
        <message>
            <source>The account</source>
            <translation>Свідчення</translation>
        </message>
        <message>
            <source>Write down the person's own words as they say them, in their language. Do not summarise or correct; add your translation below.</source>
            <translation>Записуйте власні слова особи так, як вона їх говорить, її мовою. Не скорочуйте й не виправляйте; переклад додайте нижче.</translation>
        </message>
        <message>
            <source>In the person's own words</source>
            <translation>Власними словами особи</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Переклад</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>Мовою</translation>
        </message>
        <message>
            <source>Translated by</source>
            <translation>Переклав(-ла)</translation>
        </message>
        <message>
            <source>Language of the account</source>
            <translation>Мова свідчення</translation>
        </message>
        <message>
            <source>Language of the translation</source>
            <translation>Мова перекладу</translation>
        </message>
    </context>
    <context>
        <name>ActCard</name>
        <message>
            <source>(no incident)</source>
            <translation>(без інциденту)</translation>
        </message>
        <message>
            <source>Alleged act %1</source>
            <translation>Імовірне діяння %1</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категорія</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Інцидент</translation>
        </message>
        <message>
            <source>Victims</source>
            <translation>Потерпілі</translation>
        </message>
        <message>
            <source>Perpetrators</source>
            <translation>Виконавці</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>Add victims</source>
            <translation>Додати потерпілих</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <source>Add a perpetrator</source>
            <translation>Додати виконавця</translation>
        </message>
    </context>
    <context>
        <name>BreakRow</name>
        <message>
            <source>Break from</source>
            <translation>Перерва з</translation>
        </message>
        <message>
            <source>until</source>
            <translation>до</translation>
        </message>
    </context>
    <context>
        <name>ButtonBar</name>
        <message>
            <source>Previous step</source>
            <translation>Попередній крок</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Наступний крок</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Історія…</translation>
        </message>
        <message>
            <source>History of the revisions</source>
            <translation>Історія редакцій</translation>
        </message>
        <message>
            <source>Make a correction…</source>
            <translation>Внести виправлення…</translation>
        </message>
        <message>
            <source>Save the correction…</source>
            <translation>Зберегти виправлення…</translation>
        </message>
        <message>
            <source>Cancel the correction</source>
            <translation>Скасувати виправлення</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>Close the interview</source>
            <translation>Закрити інтерв’ю</translation>
        </message>
    </context>
    <context>
        <name>ClosureStep</name>
        <message>
            <source>Closure</source>
            <translation>Завершення</translation>
        </message>
        <message>
            <source>Before the person leaves: tell them what happens next, agree how to reach them safely, and note their wishes. Reconfirm consent on the consent step.</source>
            <translation>Перш ніж особа піде: розкажіть, що буде далі, домовтеся, як безпечно з нею зв’язатися, і запишіть її побажання. Повторно підтвердьте згоду на кроці «Згода».</translation>
        </message>
        <message>
            <source>Next steps and follow-up</source>
            <translation>Подальші кроки та зв’язок</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Захист даних</translation>
        </message>
        <message>
            <source>What the person was told about next steps</source>
            <translation>Що особі сказали про подальші кроки</translation>
        </message>
        <message>
            <source>Agreed follow-up channel</source>
            <translation>Узгоджений канал зв’язку</translation>
        </message>
        <message>
            <source>The person's wishes</source>
            <translation>Побажання особи</translation>
        </message>
        <message>
            <source>No contact before</source>
            <translation>Не контактувати до</translation>
        </message>
        <message>
            <source>Feedback owed to the person</source>
            <translation>Що ми маємо повідомити особі</translation>
        </message>
        <message>
            <source>Legal basis for processing</source>
            <translation>Правова підстава обробки</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Строк зберігання</translation>
        </message>
        <message>
            <source>for example GDPR Art. 9(2)(a), explicit consent</source>
            <translation>наприклад, GDPR ст. 9(2)(a), явна згода</translation>
        </message>
    </context>
    <context>
        <name>CodeCombo</name>
        <message>
            <source>(not recorded)</source>
            <translation>(не зазначено)</translation>
        </message>
    </context>
    <context>
        <name>ConsentStep</name>
        <message>
            <source>Consent</source>
            <translation>Згода</translation>
        </message>
        <message>
            <source>answered %1</source>
            <translation>відповідь о %1</translation>
        </message>
        <message>
            <source>The person has not consented to participate. Do not continue the interview; this record cannot be sealed.</source>
            <translation>Особа не погодилася на участь. Не продовжуйте інтерв’ю; цей запис не можна запечатати.</translation>
        </message>
        <message>
            <source>Withdrawn %1: %2</source>
            <translation>Відкликано %1: %2</translation>
        </message>
        <message>
            <source>Explain each point, then ask about each use separately. Every answer is a clear yes or no and is recorded with its time. The person may stop or withdraw at any moment.</source>
            <translation>Поясніть кожен пункт, потім запитайте про кожне використання окремо. Кожна відповідь — чітке «так» чи «ні», її записують разом із часом. Особа може зупинитися або відкликати згоду будь-коли.</translation>
        </message>
        <message>
            <source>What was explained</source>
            <translation>Що пояснено</translation>
        </message>
        <message>
            <source>Tick each point once you have explained it.</source>
            <translation>Позначте кожен пункт, щойно його пояснили.</translation>
        </message>
        <message>
            <source>The person agrees to</source>
            <translation>Особа погоджується на</translation>
        </message>
        <message>
            <source>Required before sealing</source>
            <translation>Обов’язково перед запечатуванням</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Як надано згоду</translation>
        </message>
        <message>
            <source>Language of the explanation</source>
            <translation>Мова пояснення</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Спосіб</translation>
        </message>
        <message>
            <source>Witness to the consent</source>
            <translation>Свідок згоди</translation>
        </message>
        <message>
            <source>Safe channel for follow-up</source>
            <translation>Безпечний канал для зв’язку</translation>
        </message>
        <message>
            <source>An interpreter helped with the explanation</source>
            <translation>Під час пояснення допомагав перекладач</translation>
        </message>
        <message>
            <source>The person asks to be named by a pseudonym</source>
            <translation>Особа просить називати її псевдонімом</translation>
        </message>
        <message>
            <source>Consent reconfirmed at the end of the interview</source>
            <translation>Згоду повторно підтверджено наприкінці інтерв’ю</translation>
        </message>
    </context>
    <context>
        <name>DiscardCorrection</name>
        <message>
            <source>Discard the correction</source>
            <translation>Відкинути виправлення</translation>
        </message>
        <message>
            <source>Discard the changes of this correction?</source>
            <translation>Відкинути зміни цього виправлення?</translation>
        </message>
        <message>
            <source>A correction is stored only when you save it with a reason. The sealed record stays as it is.</source>
            <translation>Виправлення зберігається лише тоді, коли ви зберігаєте його із зазначенням причини. Запечатаний запис залишається без змін.</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Відкинути зміни</translation>
        </message>
        <message>
            <source>Keep correcting</source>
            <translation>Продовжити виправлення</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsStep</name>
        <message>
            <source>Exhibits</source>
            <translation>Докази</translation>
        </message>
        <message>
            <source>Photos, scans, documents and recordings the person gives you. The originals stay where they are; the profile keeps an encrypted copy and its SHA-256.</source>
            <translation>Фотографії, скани, документи й записи, які передає вам особа. Оригінали залишаються там, де були; профіль зберігає зашифровану копію та її SHA-256.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <source>Opening the interview…</source>
            <translation>Відкриваємо інтерв’ю…</translation>
        </message>
        <message>
            <source>Sealed %1</source>
            <translation>Запечатано %1</translation>
        </message>
        <message>
            <source>Correction saved %1</source>
            <translation>Виправлення збережено %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Збереження…</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Збережено %1</translation>
        </message>
        <message>
            <source>Interview %1</source>
            <translation>Інтерв’ю %1</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Нове інтерв’ю</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Інтерв’ю</translation>
        </message>
        <message>
            <source>Correcting</source>
            <translation>Виправлення</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Revisions</source>
            <translation>Редакції</translation>
        </message>
        <message>
            <source>Every save is a signed revision; nothing is overwritten. The hash identifies each revision exactly.</source>
            <translation>Кожне збереження — це підписана редакція; ніщо не перезаписується. Геш точно ідентифікує кожну редакцію.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Час</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Геш</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
    </context>
    <context>
        <name>IdentityGroup</name>
        <message>
            <source>Identity (kept apart)</source>
            <translation>Особові дані (зберігаються окремо)</translation>
        </message>
        <message>
            <source>Shown only where needed: never in lists, searches or pseudonymised exports.</source>
            <translation>Показуються лише там, де потрібно: ніколи — у списках, пошуку чи псевдонімізованих експортах.</translation>
        </message>
        <message>
            <source>Full name in Cyrillic</source>
            <translation>Повне ім’я кирилицею</translation>
        </message>
        <message>
            <source>Full name in Latin letters</source>
            <translation>Повне ім’я латиницею</translation>
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
            <source>Relatives (one a line)</source>
            <translation>Родичі (по одному в рядку)</translation>
        </message>
    </context>
    <context>
        <name>IncidentCard</name>
        <message>
            <source>Incident %1</source>
            <translation>Інцидент %1</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Коли і де</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Що сталося</translation>
        </message>
        <message>
            <source>How the person knows</source>
            <translation>Звідки особа знає</translation>
        </message>
        <message>
            <source>Your reliability note</source>
            <translation>Ваша оцінка достовірності</translation>
        </message>
        <message>
            <source>Your own assessment as interviewer, kept apart from the person's account.</source>
            <translation>Ваша власна оцінка як інтерв’юера, окремо від свідчення особи.</translation>
        </message>
        <message>
            <source>Date (from)</source>
            <translation>Дата (з)</translation>
        </message>
        <message>
            <source>Date (to)</source>
            <translation>Дата (до)</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Точність</translation>
        </message>
        <message>
            <source>Oblast</source>
            <translation>Область</translation>
        </message>
        <message>
            <source>Raion</source>
            <translation>Район</translation>
        </message>
        <message>
            <source>Hromada</source>
            <translation>Громада</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Населений пункт</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Вулиця</translation>
        </message>
        <message>
            <source>Coordinates</source>
            <translation>Координати</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Detention or filtration</source>
            <translation>Затримання або фільтрація</translation>
        </message>
        <message>
            <source>Property destroyed or taken</source>
            <translation>Знищене або відібране майно</translation>
        </message>
        <message>
            <source>Injuries observed (neutral description)</source>
            <translation>Помічені тілесні ушкодження (нейтральний опис)</translation>
        </message>
        <message>
            <source>Other witnesses (one a line)</source>
            <translation>Інші свідки (по одному в рядку)</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Джерело знань</translation>
        </message>
        <message>
            <source>Told by whom</source>
            <translation>Хто розповів</translation>
        </message>
        <message>
            <source>The person's confidence</source>
            <translation>Упевненість особи</translation>
        </message>
        <message>
            <source>lat, lon</source>
            <translation>шир., довг.</translation>
        </message>
    </context>
    <context>
        <name>IncidentsStep</name>
        <message>
            <source>Incidents and alleged acts</source>
            <translation>Інциденти та імовірні діяння</translation>
        </message>
        <message>
            <source>Each incident the person describes: when and where, what happened, and how the person knows. Your own reliability note is kept apart.</source>
            <translation>Кожен інцидент, який описує особа: коли і де, що сталося і звідки особа це знає. Ваша власна оцінка достовірності зберігається окремо.</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Інциденти</translation>
        </message>
        <message>
            <source>Alleged acts</source>
            <translation>Імовірні діяння</translation>
        </message>
        <message>
            <source>Classify each act by the Rome Statute; the Ukrainian and Polish provisions are shown with each category. The legal qualification stays the prosecutor's.</source>
            <translation>Класифікуйте кожне діяння за Римським статутом; відповідні статті законодавства України та Польщі показано біля кожної категорії. Правову кваліфікацію дає прокурор.</translation>
        </message>
        <message>
            <source>Add an incident</source>
            <translation>Додати інцидент</translation>
        </message>
        <message>
            <source>Remove this incident</source>
            <translation>Вилучити цей інцидент</translation>
        </message>
        <message>
            <source>Add an alleged act</source>
            <translation>Додати імовірне діяння</translation>
        </message>
        <message>
            <source>Remove this act</source>
            <translation>Вилучити це діяння</translation>
        </message>
    </context>
    <context>
        <name>InterviewEditorPage</name>
        <message>
            <source>Interview</source>
            <translation>Інтерв’ю</translation>
        </message>
    </context>
    <context>
        <name>InterviewErrors</name>
        <message>
            <source>The interview cannot be sealed yet: see what is missing under "Ready to seal?".</source>
            <translation>Інтерв’ю ще не можна запечатати: перегляньте, чого бракує, у розділі «Готово до запечатування?».</translation>
        </message>
        <message>
            <source>This interview is sealed and read-only. Make a correction with a reason instead.</source>
            <translation>Це інтерв’ю запечатане й доступне лише для читання. Натомість внесіть виправлення із зазначенням причини.</translation>
        </message>
        <message>
            <source>This record is no longer in the profile.</source>
            <translation>Цього запису більше немає в профілі.</translation>
        </message>
    </context>
    <context>
        <name>InterviewFields</name>
        <message>
            <source>Required before sealing</source>
            <translation>Обов’язково перед запечатуванням</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>РРРР-ММ-ДД</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>ГГ:ХХ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRow</name>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
    </context>
    <context>
        <name>PerpetratorRow</name>
        <message>
            <source>Unit</source>
            <translation>Підрозділ</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Insignia</source>
            <translation>Знаки розрізнення</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Техніка</translation>
        </message>
        <message>
            <source>Weapons</source>
            <translation>Зброя</translation>
        </message>
        <message>
            <source>Language spoken</source>
            <translation>Мова, якою говорили</translation>
        </message>
        <message>
            <source>Ranks</source>
            <translation>Звання</translation>
        </message>
        <message>
            <source>Call signs</source>
            <translation>Позивні</translation>
        </message>
    </context>
    <context>
        <name>PersonStep</name>
        <message>
            <source>Person</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>Link the person if they are already recorded, or create them here. The identity is kept in its own compartment; the shareable profile is what others may see.</source>
            <translation>Пов’яжіть особу, якщо її вже записано, або створіть її тут. Особові дані зберігаються в окремому розділі; загальнодоступний профіль — це те, що можуть бачити інші.</translation>
        </message>
        <message>
            <source>Who gives the account</source>
            <translation>Хто дає свідчення</translation>
        </message>
        <message>
            <source>A new person</source>
            <translation>Нова особа</translation>
        </message>
        <message>
            <source>Already recorded:</source>
            <translation>Уже записана:</translation>
        </message>
        <message>
            <source>Person already recorded</source>
            <translation>Уже записана особа</translation>
        </message>
        <message>
            <source>(choose a person)</source>
            <translation>(виберіть особу)</translation>
        </message>
        <message>
            <source>Person code</source>
            <translation>Код особи</translation>
        </message>
        <message>
            <source>The identity details are hidden. Showing them is written to the audit log.</source>
            <translation>Особові дані приховано. Кожен їх перегляд записується до журналу аудиту.</translation>
        </message>
        <message>
            <source>Show identity details</source>
            <translation>Показати особові дані</translation>
        </message>
    </context>
    <context>
        <name>PriorAccountRow</name>
        <message>
            <source>To whom</source>
            <translation>Кому</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
        <message>
            <source>for example 2023-05</source>
            <translation>наприклад, 2023-05</translation>
        </message>
    </context>
    <context>
        <name>ProfileGroup</name>
        <message>
            <source>Shareable profile</source>
            <translation>Профіль для поширення</translation>
        </message>
        <message>
            <source>What lists, analysis and pseudonymised exports may show.</source>
            <translation>Те, що можуть показувати списки, аналітика та псевдонімізовані експорти.</translation>
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
            <source>Nationality</source>
            <translation>Громадянство</translation>
        </message>
        <message>
            <source>Oblast before displacement</source>
            <translation>Область до переміщення</translation>
        </message>
        <message>
            <source>Hromada</source>
            <translation>Громада</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Населений пункт</translation>
        </message>
        <message>
            <source>Date of leaving</source>
            <translation>Дата виїзду</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Маршрут</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Рід занять</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Мови</translation>
        </message>
        <message>
            <source>Witness type</source>
            <translation>Тип свідка</translation>
        </message>
    </context>
    <context>
        <name>ReadyPanel</name>
        <message>
            <source>Consent to participate</source>
            <translation>Згода на участь</translation>
        </message>
        <message>
            <source>What was explained before consent</source>
            <translation>Що пояснено перед згодою</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Як надано згоду</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер справи</translation>
        </message>
        <message>
            <source>The person giving the account</source>
            <translation>Особа, яка дає свідчення</translation>
        </message>
        <message>
            <source>Screening decision</source>
            <translation>Рішення попередньої оцінки</translation>
        </message>
        <message>
            <source>Date of the interview</source>
            <translation>Дата інтерв’ю</translation>
        </message>
        <message>
            <source>Location type</source>
            <translation>Тип місця</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Місто</translation>
        </message>
        <message>
            <source>Who was present</source>
            <translation>Хто був присутній</translation>
        </message>
        <message>
            <source>The account in the person's own words</source>
            <translation>Свідчення власними словами особи</translation>
        </message>
        <message>
            <source>Language of the account</source>
            <translation>Мова свідчення</translation>
        </message>
        <message>
            <source>A description for each incident</source>
            <translation>Опис кожного інциденту</translation>
        </message>
        <message>
            <source>A category for each alleged act</source>
            <translation>Категорія кожного імовірного діяння</translation>
        </message>
        <message>
            <source>The guardian's consent (child)</source>
            <translation>Згода опікуна (дитина)</translation>
        </message>
        <message>
            <source>The child's own assent</source>
            <translation>Власна згода дитини</translation>
        </message>
        <message>
            <source>Go to the step where this is entered</source>
            <translation>Перейти до кроку, де це вводять</translation>
        </message>
        <message>
            <source>Everything required is recorded.</source>
            <translation>Усе обов’язкове записано.</translation>
        </message>
        <message>
            <source>Still missing (click to go there):</source>
            <translation>Ще бракує (клацніть, щоб перейти):</translation>
        </message>
        <message>
            <source>Cannot be sealed: there is no consent to participate.</source>
            <translation>Не можна запечатати: немає згоди на участь.</translation>
        </message>
        <message>
            <source>Cannot be sealed until the items above are recorded.</source>
            <translation>Не можна запечатати, доки не записано пункти вище.</translation>
        </message>
        <message>
            <source>Ready to seal?</source>
            <translation>Готово до запечатування?</translation>
        </message>
        <message>
            <source>Missing items</source>
            <translation>Відсутні пункти</translation>
        </message>
        <message>
            <source>Seal…</source>
            <translation>Запечатати…</translation>
        </message>
        <message>
            <source>Seal the interview</source>
            <translation>Запечатати інтерв’ю</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason for the correction</source>
            <translation>Причина виправлення</translation>
        </message>
        <message>
            <source>The sealed record stays as it was; the correction becomes a new revision that says why it was made. Describe what changed and why.</source>
            <translation>Запечатаний запис залишається таким, як був; виправлення стає новою редакцією із зазначенням причини. Опишіть, що змінилося і чому.</translation>
        </message>
        <message>
            <source>for example: the translation was revised</source>
            <translation>наприклад: переклад уточнено</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Зберегти виправлення</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>ReferralRow</name>
        <message>
            <source>Referred to</source>
            <translation>Куди скеровано</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примітка</translation>
        </message>
    </context>
    <context>
        <name>ReinterviewWarning</name>
        <message>
            <source>you (this profile)</source>
            <translation>ви (цей профіль)</translation>
        </message>
        <message>
            <source>an unrecorded date</source>
            <translation>у невідомий день</translation>
        </message>
        <message>
            <source>This person was already interviewed on %1 (case %2). Interviewed by: %3.</source>
            <translation>Цю особу вже опитували %1 (справа %2). Опитував(-ла): %3.</translation>
        </message>
        <message>
            <source>Already interviewed</source>
            <translation>Уже опитано</translation>
        </message>
        <message>
            <source>Repeated interviews re-traumatise and weaken the evidence. Continue only if a new interview is really needed; otherwise go back and defer or refer.</source>
            <translation>Повторні інтерв’ю знову травмують і послаблюють докази. Продовжуйте, лише якщо нове інтерв’ю справді потрібне; інакше поверніться й відкладіть інтерв’ю або лише скеруйте особу.</translation>
        </message>
        <message>
            <source>Continue the interview</source>
            <translation>Продовжити інтерв’ю</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Повернутися</translation>
        </message>
    </context>
    <context>
        <name>ScreeningStep</name>
        <message>
            <source>Screening</source>
            <translation>Попередня оцінка</translation>
        </message>
        <message>
            <source>Before you begin: has the person already given an account, and to whom? Repeated interviews re-traumatise and weaken the evidence. Decide whether to proceed, defer or only refer.</source>
            <translation>Перш ніж почати: чи давала особа вже свідчення і кому? Повторні інтерв’ю знову травмують і послаблюють докази. Вирішіть: продовжити, відкласти чи лише скерувати.</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Номер справи</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Мета</translation>
        </message>
        <message>
            <source>Accounts already given</source>
            <translation>Раніше надані свідчення</translation>
        </message>
        <message>
            <source>Risks to the person</source>
            <translation>Ризики для особи</translation>
        </message>
        <message>
            <source>Risks to relatives in occupied areas</source>
            <translation>Ризики для родичів на окупованих територіях</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Add an earlier account</source>
            <translation>Додати раніше надане свідчення</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
    </context>
    <context>
        <name>SealConfirmation</name>
        <message>
            <source>Seal the interview</source>
            <translation>Запечатати інтерв’ю</translation>
        </message>
        <message>
            <source>Seal interview %1?</source>
            <translation>Запечатати інтерв’ю %1?</translation>
        </message>
        <message>
            <source>Seal this interview?</source>
            <translation>Запечатати це інтерв’ю?</translation>
        </message>
        <message>
            <source>Once sealed, the record is read-only: it is signed and can no longer be edited. Any later change must be made as a correction with a reason, and every correction is kept as a new revision.</source>
            <translation>Після запечатування запис доступний лише для читання: його підписано, і редагувати його більше не можна. Будь-яку подальшу зміну треба вносити як виправлення із зазначенням причини; кожне виправлення зберігається як нова редакція.</translation>
        </message>
        <message>
            <source>Seal and make read-only</source>
            <translation>Запечатати (лише читання)</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Продовжити редагування</translation>
        </message>
    </context>
    <context>
        <name>SessionStep</name>
        <message>
            <source>Session and people present</source>
            <translation>Зустріч і присутні</translation>
        </message>
        <message>
            <source>Record when and where the interview took place and everyone in the room. The exact address stays out of anything shared.</source>
            <translation>Запишіть, коли і де відбулося інтерв’ю, і всіх, хто був у приміщенні. Точна адреса не потрапляє в жодні матеріали, якими діляться.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Де</translation>
        </message>
        <message>
            <source>Who was present</source>
            <translation>Хто був присутній</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Перекладач</translation>
        </message>
        <message>
            <source>Languages and recording</source>
            <translation>Мови та фіксація</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Початок</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Кінець</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Перерви</translation>
        </message>
        <message>
            <source>Location type</source>
            <translation>Тип місця</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Місто</translation>
        </message>
        <message>
            <source>Exact address (never shared)</source>
            <translation>Точна адреса (ніколи не поширюється)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Мови</translation>
        </message>
        <message>
            <source>Relationship to the person or community</source>
            <translation>Стосунок до особи чи громади</translation>
        </message>
        <message>
            <source>Languages used</source>
            <translation>Використані мови</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Спосіб фіксації</translation>
        </message>
        <message>
            <source>Corrections after reading back</source>
            <translation>Виправлення після зачитування</translation>
        </message>
        <message>
            <source>Add a break</source>
            <translation>Додати перерву</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
        <message>
            <source>Add a person present</source>
            <translation>Додати присутню особу</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>Присутні</translation>
        </message>
        <message>
            <source>Signed a confidentiality undertaking</source>
            <translation>Підписав(-ла) зобов’язання про конфіденційність</translation>
        </message>
        <message>
            <source>The account was read back to the person</source>
            <translation>Свідчення зачитано особі</translation>
        </message>
        <message>
            <source>The person was given a copy</source>
            <translation>Особі надано копію</translation>
        </message>
    </context>
    <context>
        <name>StateBanner</name>
        <message>
            <source>You are correcting a sealed record. The changes become a new revision when you save the correction with a reason.</source>
            <translation>Ви виправляєте запечатаний запис. Зміни стануть новою редакцією, коли ви збережете виправлення із зазначенням причини.</translation>
        </message>
        <message>
            <source>This interview is sealed and read-only. To change it, make a correction with a reason.</source>
            <translation>Це інтерв’ю запечатане й доступне лише для читання. Щоб змінити його, внесіть виправлення із зазначенням причини.</translation>
        </message>
        <message>
            <source>This interview was withdrawn. It is kept, but it can no longer change.</source>
            <translation>Це інтерв’ю відкликано. Його збережено, але змінити вже не можна.</translation>
        </message>
    </context>
    <context>
        <name>StepArea</name>
        <message>
            <source>items missing</source>
            <translation>бракує пунктів</translation>
        </message>
        <message>
            <source>Steps of the interview</source>
            <translation>Кроки інтерв’ю</translation>
        </message>
    </context>
    <context>
        <name>VictimRow</name>
        <message>
            <source>Number</source>
            <translation>Кількість</translation>
        </message>
        <message>
            <source>Who (descriptors)</source>
            <translation>Хто (опис)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Fate</source>
            <translation>Доля</translation>
        </message>
    </context>
    <context>
        <name>ViolationPicker</name>
        <message>
            <source>Rome Statute %1</source>
            <translation>Римський статут, %1</translation>
        </message>
        <message>
            <source>UA CC %1</source>
            <translation>КК України, %1</translation>
        </message>
        <message>
            <source>PL CC %1</source>
            <translation>КК Польщі, %1</translation>
        </message>
        <message>
            <source>Not classified yet: search and choose a category.</source>
            <translation>Ще не класифіковано: знайдіть і виберіть категорію.</translation>
        </message>
        <message>
            <source>Search: torture, deportation, 438 ...</source>
            <translation>Пошук: катування, депортація, 438 …</translation>
        </message>
        <message>
            <source>Search the categories</source>
            <translation>Пошук категорій</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Категорії</translation>
        </message>
    </context>
    <context>
        <name>VulnerabilityStep</name>
        <message>
            <source>Vulnerability and support</source>
            <translation>Вразливість і підтримка</translation>
        </message>
        <message>
            <source>Note what the person needs to take part safely: breaks, support, an interviewer of the gender they prefer, a trained interviewer for children and survivors.</source>
            <translation>Зазначте, що потрібно особі, щоб безпечно взяти участь: перерви, підтримка, інтерв’юер бажаної статі, спеціально підготовлений інтерв’юер для дітей і тих, хто пережив насильство.</translation>
        </message>
        <message>
            <source>The person is a child</source>
            <translation>Особа — дитина</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(не зазначено)</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Дитина</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Вік</translation>
        </message>
        <message>
            <source>Guardian present</source>
            <translation>Опікун присутній</translation>
        </message>
        <message>
            <source>Guardian consents</source>
            <translation>Опікун погоджується</translation>
        </message>
        <message>
            <source>The child's own assent</source>
            <translation>Власна згода дитини</translation>
        </message>
        <message>
            <source>The person is</source>
            <translation>Особа</translation>
        </message>
        <message>
            <source>A survivor of sexual violence</source>
            <translation>Пережила сексуальне насильство</translation>
        </message>
        <message>
            <source>A survivor of torture</source>
            <translation>Пережила катування</translation>
        </message>
        <message>
            <source>A survivor of detention or filtration</source>
            <translation>Пережила затримання або фільтрацію</translation>
        </message>
        <message>
            <source>A person with a disability</source>
            <translation>Має інвалідність</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>Літнього віку</translation>
        </message>
        <message>
            <source>Pregnant</source>
            <translation>Вагітна</translation>
        </message>
        <message>
            <source>In acute distress</source>
            <translation>У стані гострого дистресу</translation>
        </message>
        <message>
            <source>A specially trained interviewer is needed</source>
            <translation>Потрібен спеціально підготовлений інтерв’юер</translation>
        </message>
        <message>
            <source>Psychological support was offered</source>
            <translation>Запропоновано психологічну підтримку</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Підтримка</translation>
        </message>
        <message>
            <source>Accommodation for a disability</source>
            <translation>Пристосування з огляду на інвалідність</translation>
        </message>
        <message>
            <source>Medical needs</source>
            <translation>Медичні потреби</translation>
        </message>
        <message>
            <source>Preferred interviewer gender</source>
            <translation>Бажана стать інтерв’юера</translation>
        </message>
        <message>
            <source>Preference honoured</source>
            <translation>Побажання враховано</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Скерування</translation>
        </message>
        <message>
            <source>Add a referral</source>
            <translation>Додати скерування</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Вилучити</translation>
        </message>
    </context>
    <context>
        <name>YesNo</name>
        <message>
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ні</translation>
        </message>
    </context>
</TS>
