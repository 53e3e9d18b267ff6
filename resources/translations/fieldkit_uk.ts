<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Парольна фраза неправильна. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose at least 8 characters; several words are best.</source>
        <translation>Цю парольну фразу не можна використати. Виберіть щонайменше 8 символів; найкраще — кілька слів.</translation>
    </message>
    <message>
        <source>The profile's key file is damaged. Restore the profile folder from a backup.</source>
        <translation>Файл ключа профілю пошкоджено. Відновіть теку профілю з резервної копії.</translation>
    </message>
    <message>
        <source>The profile's files are damaged. Restore the profile folder from a backup.</source>
        <translation>Файли профілю пошкоджено. Відновіть теку профілю з резервної копії.</translation>
    </message>
    <message>
        <source>This profile was made by a newer version of FieldKit. Install the newer version.</source>
        <translation>Цей профіль створено новішою версією FieldKit. Установіть новішу версію.</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it and try again.</source>
        <translation>Профіль заблоковано. Розблокуйте його і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This profile is no longer on this computer. Choose another profile.</source>
        <translation>Цього профілю вже немає на цьому комп’ютері. Виберіть інший профіль.</translation>
    </message>
    <message>
        <source>A profile like this already exists on this computer.</source>
        <translation>Такий профіль уже є на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Choose one of the roles in the list.</source>
        <translation>Виберіть одну з ролей у списку.</translation>
    </message>
    <message>
        <source>Something went wrong inside FieldKit. Your saved work is safe; try again, and report the problem if it happens again.</source>
        <translation>У FieldKit сталася внутрішня помилка. Збережена робота в безпеці; спробуйте ще раз, а якщо проблема повториться, повідомте про неї.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check that the disk has free space and try again.</source>
        <translation>Не вдалося прочитати або записати файл. Перевірте, чи є вільне місце на диску, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операцію скасовано.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it is still there and that you may open it, then try again.</source>
        <translation>Не вдалося прочитати файл. Перевірте, що він досі на місці і що ви маєте право його відкрити, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This file is damaged, or is not the kind of FieldKit file needed here. Ask for a new copy of the file.</source>
        <translation>Цей файл пошкоджено, або це не той файл FieldKit, що потрібен тут. Попросіть нову копію файлу.</translation>
    </message>
    <message>
        <source>This file is too large to be a FieldKit file. Check that you chose the right file.</source>
        <translation>Цей файл завеликий для файлу FieldKit. Перевірте, чи ви вибрали правильний файл.</translation>
    </message>
    <message>
        <source>The organisation's files do not allow this step. Check that you chose the right file from HQ, or ask the coordinator.</source>
        <translation>Файли організації не дозволяють цього кроку. Перевірте, чи ви вибрали правильний файл від штабу, або зверніться до координатора.</translation>
    </message>
    <message>
        <source>This profile does not belong to an organisation yet. Join first, with the provisioning file from HQ.</source>
        <translation>Цей профіль ще не належить до організації. Спершу приєднайтеся за допомогою файлу підключення від штабу.</translation>
    </message>
    <message>
        <source>Only a coordinator's profile can set up an organisation. Unlock the coordinator's profile and try again.</source>
        <translation>Створити організацію може лише профіль координатора. Розблокуйте профіль координатора і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This profile already belongs to an organisation, so it cannot set up another one. Use a new coordinator profile for a new organisation.</source>
        <translation>Цей профіль уже належить до організації, тож не може створити іншу. Для нової організації створіть новий профіль координатора.</translation>
    </message>
    <message>
        <source>The request you chose is not from the clinical lead's profile. Ask the clinical lead for their enrollment request and choose that file.</source>
        <translation>Вибраний запит не з профілю клінічного керівника. Попросіть у клінічного керівника його запит на реєстрацію і виберіть цей файл.</translation>
    </message>
    <message>
        <source>Give the organisation a name of 1 to 200 characters.</source>
        <translation>Дайте організації назву довжиною від 1 до 200 символів.</translation>
    </message>
    <message>
        <source>No organisation is set up in this profile yet. Set one up on the Devices page first.</source>
        <translation>У цьому профілі ще не створено організації. Спершу створіть її на сторінці «Пристрої».</translation>
    </message>
    <message>
        <source>This file is damaged or is not a provisioning file from HQ. Ask HQ for a new copy.</source>
        <translation>Цей файл пошкоджено, або це не файл підключення від штабу. Попросіть у штабу нову копію.</translation>
    </message>
    <message>
        <source>This profile already belongs to another organisation, so it cannot join this one. Use a new profile to join it.</source>
        <translation>Цей профіль уже належить до іншої організації, тож не може приєднатися до цієї. Щоб приєднатися до неї, створіть новий профіль.</translation>
    </message>
    <message>
        <source>This file is damaged or is not an enrollment request. Ask for the request file again.</source>
        <translation>Цей файл пошкоджено, або це не запит на реєстрацію. Попросіть файл запиту ще раз.</translation>
    </message>
    <message>
        <source>This enrollment request was made for another organisation. Ask the person to join this organisation and write a new request.</source>
        <translation>Цей запит на реєстрацію зроблено для іншої організації. Попросіть людину приєднатися до цієї організації і записати новий запит.</translation>
    </message>
    <message>
        <source>Only the coordinator's profile that set up the organisation can do this. Unlock that profile and try again.</source>
        <translation>Це може зробити лише профіль координатора, який створив організацію. Розблокуйте той профіль і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>There is no enrollment request from this person any more. Receive their request file again.</source>
        <translation>Запиту на реєстрацію від цієї людини вже немає. Прийміть її файл запиту ще раз.</translation>
    </message>
    <message>
        <source>This laptop is no longer active in the roster (it may already be revoked). Nothing was changed.</source>
        <translation>Цей ноутбук уже не активний у реєстрі (можливо, його вже відкликано). Нічого не змінено.</translation>
    </message>
    <message>
        <source>There is no roster yet. Set up the organisation and approve the laptops first.</source>
        <translation>Реєстру ще немає. Спершу створіть організацію і схваліть ноутбуки.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a roster from your HQ. Ask HQ for a new copy.</source>
        <translation>Цей файл пошкоджено, або це не реєстр від вашого штабу. Попросіть у штабу нову копію.</translation>
    </message>
    <message>
        <source>This roster is not newer than the one this profile already has. Ask HQ to export the newest roster.</source>
        <translation>Цей реєстр не новіший за той, що вже є в цьому профілі. Попросіть штаб експортувати найновіший реєстр.</translation>
    </message>
    <message>
        <source>This receipt cannot be used. Ask HQ for a new copy.</source>
        <translation>Цю квитанцію не можна використати. Попросіть у штабу нову копію.</translation>
    </message>
    <message>
        <source>HQ has no record of this bundle, so there is no receipt for it. Import the bundle first.</source>
        <translation>У штабі немає відомостей про цей пакет, тож квитанції для нього немає. Спершу імпортуйте пакет.</translation>
    </message>
    <message>
        <source>This receipt is for another profile or organisation. Import it on the laptop it was written for.</source>
        <translation>Ця квитанція для іншого профілю або організації. Імпортуйте її на ноутбуці, для якого її записано.</translation>
    </message>
    <message>
        <source>This receipt is for a bundle this profile did not write. Import it on the laptop that wrote the bundle.</source>
        <translation>Ця квитанція для пакета, якого цей профіль не записував. Імпортуйте її на ноутбуці, що записав пакет.</translation>
    </message>
    <message>
        <source>This removal setting is not valid. Choose one of the options in the list.</source>
        <translation>Це налаштування видалення недійсне. Виберіть один із варіантів у списку.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Profile unlocked</source>
        <translation>Профіль розблоковано</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Ви увійшли як</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток ключа</translation>
    </message>
    <message>
        <source>Interviews will appear here. Lock the profile whenever you step away from the computer.</source>
        <translation>Тут з’являться інтерв’ю. Блокуйте профіль щоразу, коли відходите від комп’ютера.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock your profile</source>
        <translation>Розблокуйте свій профіль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Профілі на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Відбиток ключа:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Новий профіль…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Unlocking. Deriving the key from your passphrase takes a moment…</source>
        <translation>Розблоковуємо. Обчислення ключа з вашої парольної фрази займає трохи часу…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to FieldKit</source>
        <translation>Ласкаво просимо до FieldKit</translation>
    </message>
    <message>
        <source>Create your profile. Everything you record is encrypted on this computer and opens only with your passphrase. FieldKit cannot show or reset a forgotten passphrase, so choose one you will remember.</source>
        <translation>Створіть свій профіль. Усе, що ви записуєте, шифрується на цьому комп’ютері й відкривається лише вашою парольною фразою. FieldKit не може показати чи скинути забуту парольну фразу, тож виберіть таку, яку запам’ятаєте.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>As your colleagues know you</source>
        <translation>Як вас знають колеги</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Виберіть свою роль</translation>
    </message>
    <message>
        <source>Back to profiles</source>
        <translation>Назад до профілів</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Створити профіль</translation>
    </message>
    <message>
        <source>Creating your profile. Protecting the key takes a few seconds…</source>
        <translation>Створюємо ваш профіль. Захист ключа триває кілька секунд…</translation>
    </message>
    <message>
        <source>Use several words that only you know, for example four or five.</source>
        <translation>Використайте кілька слів, які знаєте лише ви, наприклад чотири чи п’ять.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters. Better, use several words.</source>
        <translation>Закоротка: потрібно щонайменше 8 символів. Краще — кілька слів.</translation>
    </message>
    <message>
        <source>Weak: use several words, not one word or a pattern.</source>
        <translation>Слабка: використайте кілька слів, а не одне слово чи шаблон.</translation>
    </message>
    <message>
        <source>Fair: add another word to make it stronger.</source>
        <translation>Середня: додайте ще одне слово, щоб зробити її надійнішою.</translation>
    </message>
    <message>
        <source>Strong: several words make a good passphrase.</source>
        <translation>Надійна: кілька слів — це добра парольна фраза.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Lock and minimise the window at once</source>
        <translation>Заблокувати й згорнути вікно одразу</translation>
    </message>
</context>
</TS>