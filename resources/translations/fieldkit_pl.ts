<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Hasło jest nieprawidłowe. Sprawdź układ klawiatury i Caps Lock, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used. Choose at least 8 characters; several words are best.</source>
        <translation>Tego hasła nie można użyć. Wybierz co najmniej 8 znaków; najlepiej kilka słów.</translation>
    </message>
    <message>
        <source>The profile's key file is damaged. Restore the profile folder from a backup.</source>
        <translation>Plik klucza profilu jest uszkodzony. Przywróć folder profilu z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The profile's files are damaged. Restore the profile folder from a backup.</source>
        <translation>Pliki profilu są uszkodzone. Przywróć folder profilu z kopii zapasowej.</translation>
    </message>
    <message>
        <source>This profile was made by a newer version of FieldKit. Install the newer version.</source>
        <translation>Ten profil utworzyła nowsza wersja FieldKit. Zainstaluj nowszą wersję.</translation>
    </message>
    <message>
        <source>The profile is locked. Unlock it and try again.</source>
        <translation>Profil jest zablokowany. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This profile is no longer on this computer. Choose another profile.</source>
        <translation>Tego profilu nie ma już na tym komputerze. Wybierz inny profil.</translation>
    </message>
    <message>
        <source>A profile like this already exists on this computer.</source>
        <translation>Taki profil już istnieje na tym komputerze.</translation>
    </message>
    <message>
        <source>Choose one of the roles in the list.</source>
        <translation>Wybierz jedną z ról z listy.</translation>
    </message>
    <message>
        <source>Something went wrong inside FieldKit. Your saved work is safe; try again, and report the problem if it happens again.</source>
        <translation>W FieldKit wystąpił błąd wewnętrzny. Zapisana praca jest bezpieczna; spróbuj ponownie, a jeśli problem się powtórzy, zgłoś go.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check that the disk has free space and try again.</source>
        <translation>Nie udało się odczytać ani zapisać pliku. Sprawdź, czy na dysku jest wolne miejsce, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operacja została anulowana.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it is still there and that you may open it, then try again.</source>
        <translation>Nie udało się odczytać pliku. Sprawdź, czy nadal istnieje i czy masz prawo go otworzyć, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This file is damaged, or is not the kind of FieldKit file needed here. Ask for a new copy of the file.</source>
        <translation>Ten plik jest uszkodzony albo nie jest plikiem FieldKit potrzebnym w tym miejscu. Poproś o nową kopię pliku.</translation>
    </message>
    <message>
        <source>This file is too large to be a FieldKit file. Check that you chose the right file.</source>
        <translation>Ten plik jest za duży, by mógł być plikiem FieldKit. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>The organisation's files do not allow this step. Check that you chose the right file from HQ, or ask the coordinator.</source>
        <translation>Pliki organizacji nie pozwalają na ten krok. Sprawdź, czy wybrano właściwy plik od centrali, albo zapytaj koordynatora.</translation>
    </message>
    <message>
        <source>This profile does not belong to an organisation yet. Join first, with the provisioning file from HQ.</source>
        <translation>Ten profil nie należy jeszcze do organizacji. Najpierw dołącz za pomocą pliku przyłączenia od centrali.</translation>
    </message>
    <message>
        <source>Only a coordinator's profile can set up an organisation. Unlock the coordinator's profile and try again.</source>
        <translation>Tylko profil koordynatora może utworzyć organizację. Odblokuj profil koordynatora i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This profile already belongs to an organisation, so it cannot set up another one. Use a new coordinator profile for a new organisation.</source>
        <translation>Ten profil należy już do organizacji, więc nie może utworzyć kolejnej. Dla nowej organizacji użyj nowego profilu koordynatora.</translation>
    </message>
    <message>
        <source>The request you chose is not from the clinical lead's profile. Ask the clinical lead for their enrollment request and choose that file.</source>
        <translation>Wybrany wniosek nie pochodzi z profilu kierownika klinicznego. Poproś kierownika klinicznego o jego wniosek o rejestrację i wybierz ten plik.</translation>
    </message>
    <message>
        <source>Give the organisation a name of 1 to 200 characters.</source>
        <translation>Nadaj organizacji nazwę o długości od 1 do 200 znaków.</translation>
    </message>
    <message>
        <source>No organisation is set up in this profile yet. Set one up on the Devices page first.</source>
        <translation>W tym profilu nie utworzono jeszcze organizacji. Najpierw utwórz ją na stronie „Urządzenia”.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a provisioning file from HQ. Ask HQ for a new copy.</source>
        <translation>Ten plik jest uszkodzony albo nie jest plikiem przyłączenia od centrali. Poproś centralę o nową kopię.</translation>
    </message>
    <message>
        <source>This profile already belongs to another organisation, so it cannot join this one. Use a new profile to join it.</source>
        <translation>Ten profil należy już do innej organizacji, więc nie może dołączyć do tej. Aby do niej dołączyć, użyj nowego profilu.</translation>
    </message>
    <message>
        <source>This file is damaged or is not an enrollment request. Ask for the request file again.</source>
        <translation>Ten plik jest uszkodzony albo nie jest wnioskiem o rejestrację. Poproś ponownie o plik wniosku.</translation>
    </message>
    <message>
        <source>This enrollment request was made for another organisation. Ask the person to join this organisation and write a new request.</source>
        <translation>Ten wniosek o rejestrację utworzono dla innej organizacji. Poproś tę osobę, by dołączyła do tej organizacji i zapisała nowy wniosek.</translation>
    </message>
    <message>
        <source>Only the coordinator's profile that set up the organisation can do this. Unlock that profile and try again.</source>
        <translation>Może to zrobić tylko profil koordynatora, który utworzył organizację. Odblokuj ten profil i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>There is no enrollment request from this person any more. Receive their request file again.</source>
        <translation>Nie ma już wniosku o rejestrację od tej osoby. Przyjmij ponownie jej plik wniosku.</translation>
    </message>
    <message>
        <source>This laptop is no longer active in the roster (it may already be revoked). Nothing was changed.</source>
        <translation>Ten laptop nie jest już aktywny w rejestrze (mógł już zostać odwołany). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>There is no roster yet. Set up the organisation and approve the laptops first.</source>
        <translation>Nie ma jeszcze rejestru. Najpierw utwórz organizację i zatwierdź laptopy.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a roster from your HQ. Ask HQ for a new copy.</source>
        <translation>Ten plik jest uszkodzony albo nie jest rejestrem od twojej centrali. Poproś centralę o nową kopię.</translation>
    </message>
    <message>
        <source>This roster is not newer than the one this profile already has. Ask HQ to export the newest roster.</source>
        <translation>Ten rejestr nie jest nowszy od tego, który ten profil już ma. Poproś centralę o wyeksportowanie najnowszego rejestru.</translation>
    </message>
    <message>
        <source>This receipt cannot be used. Ask HQ for a new copy.</source>
        <translation>Tego potwierdzenia nie można użyć. Poproś centralę o nową kopię.</translation>
    </message>
    <message>
        <source>HQ has no record of this bundle, so there is no receipt for it. Import the bundle first.</source>
        <translation>Centrala nie ma śladu tego pakietu, więc nie ma dla niego potwierdzenia. Najpierw zaimportuj pakiet.</translation>
    </message>
    <message>
        <source>This receipt is for another profile or organisation. Import it on the laptop it was written for.</source>
        <translation>To potwierdzenie jest dla innego profilu lub organizacji. Zaimportuj je na laptopie, dla którego zostało zapisane.</translation>
    </message>
    <message>
        <source>This receipt is for a bundle this profile did not write. Import it on the laptop that wrote the bundle.</source>
        <translation>To potwierdzenie dotyczy pakietu, którego ten profil nie zapisał. Zaimportuj je na laptopie, który zapisał pakiet.</translation>
    </message>
    <message>
        <source>This removal setting is not valid. Choose one of the options in the list.</source>
        <translation>To ustawienie usuwania jest nieprawidłowe. Wybierz jedną z opcji z listy.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Profile unlocked</source>
        <translation>Profil odblokowany</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Zalogowano jako</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Interviews will appear here. Lock the profile whenever you step away from the computer.</source>
        <translation>Tu pojawią się wywiady. Blokuj profil za każdym razem, gdy odchodzisz od komputera.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock your profile</source>
        <translation>Odblokuj swój profil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profile na tym komputerze</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Odcisk klucza:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nowy profil…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Unlocking. Deriving the key from your passphrase takes a moment…</source>
        <translation>Odblokowywanie. Wyprowadzenie klucza z hasła chwilę potrwa…</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to FieldKit</source>
        <translation>Witamy w FieldKit</translation>
    </message>
    <message>
        <source>Create your profile. Everything you record is encrypted on this computer and opens only with your passphrase. FieldKit cannot show or reset a forgotten passphrase, so choose one you will remember.</source>
        <translation>Utwórz swój profil. Wszystko, co zapiszesz, jest szyfrowane na tym komputerze i otwiera się tylko Twoim hasłem. FieldKit nie może pokazać ani zresetować zapomnianego hasła, więc wybierz takie, które zapamiętasz.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>As your colleagues know you</source>
        <translation>Tak, jak znają Cię współpracownicy</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Wybierz swoją rolę</translation>
    </message>
    <message>
        <source>Back to profiles</source>
        <translation>Wróć do profili</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Utwórz profil</translation>
    </message>
    <message>
        <source>Creating your profile. Protecting the key takes a few seconds…</source>
        <translation>Tworzenie profilu. Zabezpieczenie klucza potrwa kilka sekund…</translation>
    </message>
    <message>
        <source>Use several words that only you know, for example four or five.</source>
        <translation>Użyj kilku słów, które znasz tylko Ty, na przykład czterech lub pięciu.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters. Better, use several words.</source>
        <translation>Za krótkie: użyj co najmniej 8 znaków. Lepiej kilku słów.</translation>
    </message>
    <message>
        <source>Weak: use several words, not one word or a pattern.</source>
        <translation>Słabe: użyj kilku słów, a nie jednego słowa czy schematu.</translation>
    </message>
    <message>
        <source>Fair: add another word to make it stronger.</source>
        <translation>Średnie: dodaj jeszcze jedno słowo, aby je wzmocnić.</translation>
    </message>
    <message>
        <source>Strong: several words make a good passphrase.</source>
        <translation>Silne: kilka słów to dobre hasło.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Lock and minimise the window at once</source>
        <translation>Zablokuj i od razu zminimalizuj okno</translation>
    </message>
</context>
</TS>