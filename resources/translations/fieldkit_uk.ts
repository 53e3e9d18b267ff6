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