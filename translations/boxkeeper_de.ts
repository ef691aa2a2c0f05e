<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add mail user</source>
        <translation>Mailbenutzer hinzufügen</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Administrator (may use the control panel)</source>
        <translation>Administrator (darf das Kontrollzentrum benutzen)</translation>
    </message>
    <message>
        <source>Quota (0 = unlimited, e.g. 500M or 5G):</source>
        <translation>Kontingent (0 = unbegrenzt, z. B. 500M oder 5G):</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Alias address (name@domain, or @domain for a catch-all or domain alias):</source>
        <translation>Alias-Adresse (name@domain, oder @domain für eine Sammeladresse oder einen Domain-Alias):</translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation>info@example.com</translation>
    </message>
    <message>
        <source>Forwards to (one address per line):</source>
        <translation>Weiterleiten an (eine Adresse pro Zeile):</translation>
    </message>
    <message>
        <source>Permitted senders (one user per line; leave empty to let the forward targets send as the alias):</source>
        <translation>Erlaubte Absender (ein Benutzer pro Zeile; leer lassen, damit die Weiterleitungsziele als Alias senden dürfen):</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Edit alias %1</source>
        <translation>Alias %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>AliasesJob</name>
    <message>
        <source>The list of aliases sent by the box could not be read (%1).</source>
        <translation>Die von der Box gesendete Alias-Liste konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>AliasesModel</name>
    <message>
        <source>Catch-all: mail to any address at %1 that has no user or alias of its own goes to %2.</source>
        <translation>Sammeladresse: Mail an jede Adresse bei %1 ohne eigenen Benutzer oder Alias geht an %2.</translation>
    </message>
    <message>
        <source>Domain alias: mail to any name at %1 goes to the same name at %2.</source>
        <translation>Domain-Alias: Mail an jeden Namen bei %1 geht an denselben Namen bei %2.</translation>
    </message>
    <message>
        <source>Required by the box; managed automatically and read-only.</source>
        <translation>Von der Box benötigt; wird automatisch verwaltet und ist schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n Alias</numerusform>
            <numerusform>%n Aliasse</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic (required)</source>
        <translation>automatisch (erforderlich)</translation>
    </message>
    <message>
        <source>catch-all</source>
        <translation>Sammeladresse</translation>
    </message>
    <message>
        <source>domain alias</source>
        <translation>Domain-Alias</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source>Permitted senders</source>
        <translation>Erlaubte Absender</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>AliasesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Filter by alias, target or sender…</source>
        <translation>Nach Alias, Ziel oder Absender filtern…</translation>
    </message>
    <message>
        <source>&amp;Add alias…</source>
        <translation>Alias &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>An alias forwards mail sent to its address to one or more other addresses. A &lt;b&gt;catch-all&lt;/b&gt; (@domain → addresses) receives mail for every address at the domain that has no user or alias of its own. A &lt;b&gt;domain alias&lt;/b&gt; (@domain → @other-domain) forwards every name at the domain to the same name at the other domain. &lt;b&gt;Permitted senders&lt;/b&gt; may send mail as the alias; with none set, the forward targets may. Aliases marked &lt;i&gt;automatic&lt;/i&gt; are required by the box (postmaster@, abuse@ …) and are managed by it; they cannot be edited or removed here.</source>
        <translation>Ein Alias leitet Mail an seine Adresse an eine oder mehrere andere Adressen weiter. Eine &lt;b&gt;Sammeladresse&lt;/b&gt; (@domain → Adressen) empfängt Mail für jede Adresse der Domain ohne eigenen Benutzer oder Alias. Ein &lt;b&gt;Domain-Alias&lt;/b&gt; (@domain → @andere-domain) leitet jeden Namen der Domain an denselben Namen der anderen Domain weiter. &lt;b&gt;Erlaubte Absender&lt;/b&gt; dürfen als Alias senden; sind keine gesetzt, dürfen es die Weiterleitungsziele. Als &lt;i&gt;automatisch&lt;/i&gt; markierte Aliasse braucht die Box selbst (postmaster@, abuse@ …); sie verwaltet sie, und sie können hier weder bearbeitet noch entfernt werden.</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Loading aliases…</source>
        <translation>Lade Aliasse…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n Alias</numerusform>
            <numerusform>%n Aliasse</numerusform>
        </translation>
    </message>
    <message>
        <source>The aliases could not be loaded: %1</source>
        <translation>Die Aliasse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 is an automatic alias the box requires; it cannot be edited.</source>
        <translation>%1 ist ein automatischer Alias, den die Box braucht; er kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>Remove the alias %1?</source>
        <translation>Den Alias %1 entfernen?</translation>
    </message>
    <message>
        <source>Mail to this address will no longer be forwarded. Mailboxes are not affected.</source>
        <translation>Mail an diese Adresse wird nicht mehr weitergeleitet. Postfächer bleiben unberührt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Exported the aliases to %1.</source>
        <translation>Aliasse nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import aliases</source>
        <translation>Aliasse importieren</translation>
    </message>
    <message>
        <source>Export aliases</source>
        <translation>Aliasse exportieren</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The box refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box refused access. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box does not offer this function (404). It may run an older or different version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box does not accept this kind of request here (405).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large for the box (413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box hit an internal error (500). Its log may tell more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box hit an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s management service is not answering (%1). It may be restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box took too long to answer (504). The operation may still be running; check again in a moment before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box answered with an error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box answered with an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect email address or password.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>You are not an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box could not read the login (authorization header invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is wrong or was already used. Wait for the next code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box cannot accept a password with non-ASCII characters (such as accents) over its API. Change the password on the box to one without them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The box redirected to %1, which is not a secure address of the same box; the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed. Someone may be intercepting the connection. Pinned fingerprint: %2. Presented fingerprint: %3. The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box at %1 redirected too often or to an insecure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box %1 was not found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Login cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate was not trusted, so Boxkeeper did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an https:// address. Enter the address of the control panel, e.g. https://box.example.com/admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the box&apos;s certificate to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>Warte auf den Zwei-Faktor-Code…</translation>
    </message>
    <message>
        <source>Your session on %1 has ended (%2). Log in again to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>Choose a box to log in to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Warning: the box&apos;s certificate has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know this box&apos;s certificate was replaced and I have checked the new fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the &amp;new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not the one you trusted before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone may be intercepting the connection, or the box&apos;s certificate was replaced. The connection was refused. Only trust the new certificate if you know it was replaced and have compared its fingerprint with the box.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved password for this box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password keychain is available on this computer (%1). Passwords will not be remembered; you will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the password keychain was denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>Line %1: text after a closing quote; a quoted field must end at a comma or a line end.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen; ein Feld in Anführungszeichen muss an einem Komma oder Zeilenende enden.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>Zeile %1: Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GuideTable</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>&amp;Apply valid rows</source>
        <translation>Gültige Zeilen &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) ready to apply.</source>
        <translation>
            <numerusform>%1: %n Zeile bereit zum Anwenden.</numerusform>
            <numerusform>%1: %n Zeilen bereit zum Anwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</source>
        <translation>
            <numerusform>%n Zeile hat Probleme (unten aufgeführt) und wird nicht gesendet. Korrigieren Sie die Datei und importieren Sie sie erneut, oder wenden Sie jetzt die gültigen Zeilen an.</numerusform>
            <numerusform>%n Zeilen haben Probleme (unten aufgeführt) und werden nicht gesendet. Korrigieren Sie die Datei und importieren Sie sie erneut, oder wenden Sie jetzt die gültigen Zeilen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import beendet.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation>%1 kommt mehrfach in der Datei vor.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Expected at most four columns (email, password, admin, quota), found %1.</source>
        <translation>Höchstens vier Spalten erwartet (email, password, admin, quota), %1 gefunden.</translation>
    </message>
    <message>
        <source>“%1” in the admin column is neither yes nor no.</source>
        <translation>„%1“ in der Spalte admin ist weder yes noch no.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Expected at most three columns (address, forwards_to, permitted_senders), found %1.</source>
        <translation>Höchstens drei Spalten erwartet (address, forwards_to, permitted_senders), %1 gefunden.</translation>
    </message>
    <message>
        <source>senders: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) applied</source>
        <translation>
            <numerusform>%n Zeile angewendet</numerusform>
            <numerusform>%n Zeilen angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid and not sent</source>
        <translation>
            <numerusform>%n ungültig und nicht gesendet</numerusform>
            <numerusform>%n ungültig und nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (cancelled)</source>
        <translation>
            <numerusform>%n nicht angewendet (abgebrochen)</numerusform>
            <numerusform>%n nicht angewendet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Cancelled while it was being sent: the box may have applied it. Refresh the list to check.</source>
        <translation>Während des Sendens abgebrochen: Die Box hat die Zeile möglicherweise übernommen. Aktualisieren Sie die Liste, um es zu prüfen.</translation>
    </message>
    <message>
        <source>The import was cancelled first.</source>
        <translation>Der Import wurde vorher abgebrochen.</translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Greylisting.&lt;/b&gt; The box briefly turns away mail from senders it has not seen before; their servers retry after a few minutes, so the first message from a new sender may arrive late. That is expected and keeps much spam out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;+tags.&lt;/b&gt; Mail to &lt;i&gt;name+anything@domain&lt;/i&gt; is delivered to &lt;i&gt;name@domain&lt;/i&gt;. Use a different tag for each site you sign up at to see who passes your address on, and to sort mail by tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exchange/ActiveSync.&lt;/b&gt; Phones and clients that speak Exchange ActiveSync can use the server name above with SSL/TLS and the same user name and password, for mail, contacts and calendars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Greylisting.&lt;/b&gt; Die Box weist Mail von bisher unbekannten Absendern kurz ab; deren Server versuchen es nach einigen Minuten erneut, daher kann die erste Nachricht eines neuen Absenders verspätet ankommen. Das ist so gewollt und hält viel Spam fern.&lt;/p&gt;&lt;p&gt;&lt;b&gt;+Tags.&lt;/b&gt; Mail an &lt;i&gt;name+beliebig@domain&lt;/i&gt; wird an &lt;i&gt;name@domain&lt;/i&gt; zugestellt. Verwenden Sie für jede Website, bei der Sie sich anmelden, ein eigenes Tag, um zu sehen, wer Ihre Adresse weitergibt, und um Mail nach Tag zu sortieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exchange/ActiveSync.&lt;/b&gt; Telefone und Programme, die Exchange ActiveSync sprechen, können den obigen Servernamen mit SSL/TLS und denselben Benutzernamen und dasselbe Passwort verwenden, für Mail, Kontakte und Kalender.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking and Sending Mail</source>
        <translation>Mail abrufen und senden</translation>
    </message>
    <message>
        <source>(log in to see the box&apos;s name)</source>
        <translation>(melden Sie sich an, um den Namen der Box zu sehen)</translation>
    </message>
    <message>
        <source>your whole email address</source>
        <translation>Ihre vollständige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Use these settings in any mail program (Thunderbird, Apple Mail, Outlook, K-9 Mail/Thunderbird for Android, the iOS Mail app …). Every protocol uses the same server name. The user name is always the &lt;b&gt;whole email address&lt;/b&gt;, and the password is the account&apos;s password.</source>
        <translation>Verwenden Sie diese Einstellungen in jedem Mailprogramm (Thunderbird, Apple Mail, Outlook, K-9 Mail/Thunderbird für Android, die Mail-App von iOS …). Alle Protokolle verwenden denselben Servernamen. Der Benutzername ist immer die &lt;b&gt;vollständige E-Mail-Adresse&lt;/b&gt;, das Passwort ist das des Kontos.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Server name (all protocols)</source>
        <translation>Servername (alle Protokolle)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>IMAP (incoming, recommended)</source>
        <translation>IMAP (eingehend, empfohlen)</translation>
    </message>
    <message>
        <source>port %1, security SSL/TLS</source>
        <translation>Port %1, Sicherheit SSL/TLS</translation>
    </message>
    <message>
        <source>POP3 (incoming)</source>
        <translation>POP3 (eingehend)</translation>
    </message>
    <message>
        <source>SMTP (outgoing)</source>
        <translation>SMTP (ausgehend)</translation>
    </message>
    <message>
        <source>port %1, security SSL/TLS, authentication with user name and password</source>
        <translation>Port %1, Sicherheit SSL/TLS, Anmeldung mit Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Exchange/ActiveSync</source>
        <translation>Exchange/ActiveSync</translation>
    </message>
    <message>
        <source>server %1, SSL/TLS on</source>
        <translation>Server %1, SSL/TLS ein</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-Port</translation>
    </message>
    <message>
        <source>POP3 port</source>
        <translation>POP3-Port</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>Webmail: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — read and write mail in a web browser with the same user name and password.</source>
        <translation>Webmail: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — Mail im Webbrowser lesen und schreiben, mit demselben Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
</context>
<context>
    <name>JsonJob</name>
    <message>
        <source>The box sent an answer that is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPageActions</name>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to a box</source>
        <translation>Bei einer Box anmelden</translation>
    </message>
    <message>
        <source>Log in to the control panel of your mail box.</source>
        <translation>Melden Sie sich am Kontrollzentrum Ihres Mailservers an.</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>&amp;Box:</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Verwalten…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://box.example.com/admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Neue Box</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Enter the address of the box&apos;s control panel, e.g. https://box.example.com/admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Certificate pinned (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <source>The box&apos;s login answer could not be understood. Is this the address of a Mail-in-a-Box control panel (https://HOST/admin)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box accepted the login but sent no session key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailValidation</name>
    <message>
        <source>At least eight characters, not only spaces. Use letters, digits and punctuation from the ASCII range: a password with other characters can be set but cannot be used to log in to the control panel.</source>
        <translation>Mindestens acht Zeichen, nicht nur Leerzeichen. Verwenden Sie Buchstaben, Ziffern und Satzzeichen aus dem ASCII-Bereich: Ein Passwort mit anderen Zeichen lässt sich setzen, aber nicht zur Anmeldung am Kontrollzentrum verwenden.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>The password must be at least eight characters long.</source>
        <translation>Das Passwort muss mindestens acht Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Account addresses may only use the lowercase letters a-z, the digits 0-9, underscore (_), hyphen (-) and period (.). Write an internationalized domain in its xn-- form.</source>
        <translation>Kontoadressen dürfen nur die Kleinbuchstaben a-z, die Ziffern 0-9, Unterstrich (_), Bindestrich (-) und Punkt (.) enthalten. Schreiben Sie eine internationalisierte Domain in ihrer xn---Form.</translation>
    </message>
    <message>
        <source>Enter a quota (0 for unlimited).</source>
        <translation>Geben Sie ein Kontingent ein (0 für unbegrenzt).</translation>
    </message>
    <message>
        <source>A quota cannot contain spaces, commas or decimal points.</source>
        <translation>Ein Kontingent darf keine Leerzeichen, Kommas oder Dezimalpunkte enthalten.</translation>
    </message>
    <message>
        <source>A quota is a whole number, optionally followed by M or G (e.g. 500M, 5G; 0 = unlimited).</source>
        <translation>Ein Kontingent ist eine ganze Zahl, optional gefolgt von M oder G (z. B. 500M, 5G; 0 = unbegrenzt).</translation>
    </message>
    <message>
        <source>Enter the alias address.</source>
        <translation>Geben Sie die Alias-Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address. Use name@domain, or @domain for a catch-all or domain alias.</source>
        <translation>„%1“ ist keine gültige Adresse. Verwenden Sie name@domain, oder @domain für eine Sammeladresse oder einen Domain-Alias.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address to forward to.</source>
        <translation>„%1“ ist keine gültige Adresse für eine Weiterleitung.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address; permitted senders must be users of this box.</source>
        <translation>„%1“ ist keine gültige Adresse; erlaubte Absender müssen Benutzer dieser Box sein.</translation>
    </message>
    <message>
        <source>An alias needs at least one address to forward to, or a permitted sender.</source>
        <translation>Ein Alias braucht mindestens eine Weiterleitungsadresse oder einen erlaubten Absender.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Box</translation>
    </message>
    <message>
        <source>&amp;Switch box…</source>
        <translation>Box &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Manage boxes…</source>
        <translation>Boxen &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation>Statusprüfungen</translation>
    </message>
    <message>
        <source>TLS (SSL) Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <source>Custom DNS</source>
        <translation>Eigenes DNS</translation>
    </message>
    <message>
        <source>External DNS</source>
        <translation>Externes DNS</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Mail &amp; Users</source>
        <translation>Mail &amp; Benutzer</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Contacts/Calendar</source>
        <translation>Kontakte/Kalender</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>%1 — %2 — Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MfaService</name>
    <message>
        <source>The box&apos;s two-factor status could not be read.</source>
        <translation>Der Zwei-Faktor-Status der Box konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter the six-digit code your authenticator app shows now.</source>
        <translation>Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App gerade anzeigt.</translation>
    </message>
    <message>
        <source>Enter your password. Changing two-factor authentication ends your session on the box; Boxkeeper uses the password once to open a new one right away.</source>
        <translation>Geben Sie Ihr Passwort ein. Eine Änderung der Zwei-Faktor-Authentifizierung beendet Ihre Sitzung auf der Box; Boxkeeper verwendet das Passwort einmal, um sofort eine neue zu öffnen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available in Boxkeeper yet. Use the box&apos;s web control panel for it in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://box.example.com/admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (CA-signed certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every box needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two boxes are named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 32 bytes in hex (AA:BB:…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SslTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>I have checked the fingerprint and I &amp;trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;connect</source>
        <translation>Vertrauen und &amp;verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box &lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer cannot verify. This is normal for a new box with a self-signed certificate. Compare the fingerprint below with the one the box shows (for example with &lt;tt&gt;openssl x509 -noout -fingerprint -sha256&lt;/tt&gt; on the box) before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The box keeps contacts and calendars (with Nextcloud) for every mail user. Connect your devices with the addresses below; log in with the whole email address and its password.</source>
        <translation>Die Box verwaltet Kontakte und Kalender (mit Nextcloud) für jeden Mailbenutzer. Verbinden Sie Ihre Geräte mit den folgenden Adressen; melden Sie sich mit der vollständigen E-Mail-Adresse und ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Contacts and calendars can also be edited in a web browser at the address “Web interface” below.</source>
        <translation>Kontakte und Kalender lassen sich auch im Webbrowser unter der Adresse „Weboberfläche“ unten bearbeiten.</translation>
    </message>
    <message>
        <source>Contacts and Calendar</source>
        <translation>Kontakte und Kalender</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>What to use</source>
        <translation>Was verwenden</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>DAVx⁵ (set up with the “Login with URL and user name” option and the CardDAV/CalDAV address), then the phone&apos;s own contacts and calendar apps</source>
        <translation>DAVx⁵ (eingerichtet mit der Option „Anmeldung mit URL und Benutzername“ und der CardDAV-/CalDAV-Adresse), dann die eigenen Kontakte- und Kalender-Apps des Telefons</translation>
    </message>
    <message>
        <source>iPhone, iPad and macOS</source>
        <translation>iPhone, iPad und macOS</translation>
    </message>
    <message>
        <source>Settings → Contacts/Calendar → Accounts → Add Account → Other → CardDAV or CalDAV account, with the server name</source>
        <translation>Einstellungen → Kontakte/Kalender → Accounts → Account hinzufügen → Andere → CardDAV- oder CalDAV-Account, mit dem Servernamen</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>Address book and calendar from the network: enter the CardDAV or CalDAV address</source>
        <translation>Adressbuch und Kalender im Netzwerk: die CardDAV- oder CalDAV-Adresse eingeben</translation>
    </message>
    <message>
        <source>GNOME / KDE</source>
        <translation>GNOME / KDE</translation>
    </message>
    <message>
        <source>GNOME Online Accounts (Nextcloud) or KDE&apos;s DAV groupware resource, with the server address</source>
        <translation>GNOME Online-Konten (Nextcloud) oder die DAV-Groupware-Ressource von KDE, mit der Serveradresse</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Thunderbird, or Outlook with a CalDAV/CardDAV add-on</source>
        <translation>Thunderbird, oder Outlook mit einem CalDAV-/CardDAV-Add-on</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>(log in to see this box&apos;s addresses)</source>
        <translation>(melden Sie sich an, um die Adressen dieser Box zu sehen)</translation>
    </message>
    <message>
        <source>Server (most apps find the rest)</source>
        <translation>Server (die meisten Apps finden den Rest)</translation>
    </message>
    <message>
        <source>CardDAV (contacts)</source>
        <translation>CardDAV (Kontakte)</translation>
    </message>
    <message>
        <source>CalDAV (calendar)</source>
        <translation>CalDAV (Kalender)</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>Weboberfläche</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>your whole email address</source>
        <translation>Ihre vollständige E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>TotpLoginDialog</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Enter the six-digit code shown by your authenticator app.</source>
        <translation>Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation>Der Code hat sechs Ziffern.</translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Set up two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung einrichten</translation>
    </message>
    <message>
        <source>&amp;Enable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung &amp;einschalten</translation>
    </message>
    <message>
        <source>Two-factor authentication is on</source>
        <translation>Zwei-Faktor-Authentifizierung ist eingeschaltet</translation>
    </message>
    <message>
        <source>&amp;Disable two-factor authentication…</source>
        <translation>Zwei-Faktor-Authentifizierung &amp;ausschalten…</translation>
    </message>
    <message>
        <source>e.g. phone</source>
        <translation>z. B. Telefon</translation>
    </message>
    <message>
        <source>1. Install an authenticator app (for example FreeOTP, Aegis or Google Authenticator) on your phone.&lt;br&gt;2. Scan the QR code, or type the secret below into the app.&lt;br&gt;3. Enter the six-digit code the app shows, a label to recognise this device later, and your password, then enable. From then on, logging in asks for a code from the app.</source>
        <translation>1. Installieren Sie eine Authenticator-App (zum Beispiel FreeOTP, Aegis oder Google Authenticator) auf Ihrem Telefon.&lt;br&gt;2. Scannen Sie den QR-Code oder tippen Sie das Geheimnis unten in die App.&lt;br&gt;3. Geben Sie den sechsstelligen Code der App, eine Bezeichnung für dieses Gerät und Ihr Passwort ein und schalten Sie ein. Danach fragt die Anmeldung nach einem Code aus der App.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code aus der App:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ihr Passwort:</translation>
    </message>
    <message>
        <source>Changing two-factor authentication ends your current session on the box. Boxkeeper uses the password you enter here once to log you in again right away; it is not stored.</source>
        <translation>Eine Änderung der Zwei-Faktor-Authentifizierung beendet Ihre aktuelle Sitzung auf der Box. Boxkeeper verwendet das hier eingegebene Passwort einmal, um Sie sofort wieder anzumelden; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Two-factor authentication is now on. Your session was renewed.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist jetzt eingeschaltet. Ihre Sitzung wurde erneuert.</translation>
    </message>
    <message>
        <source>Two-factor authentication is now off. Your session was renewed.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist jetzt ausgeschaltet. Ihre Sitzung wurde erneuert.</translation>
    </message>
    <message>
        <source>Two-factor authentication is now on, but a new session could not be opened (%1). Log in again.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist jetzt eingeschaltet, aber eine neue Sitzung konnte nicht geöffnet werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Two-factor authentication is now off, but a new session could not be opened (%1). Log in again.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist jetzt ausgeschaltet, aber eine neue Sitzung konnte nicht geöffnet werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Two-factor authentication is &lt;b&gt;on&lt;/b&gt; for %1.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist für %1 &lt;b&gt;eingeschaltet&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>an authenticator app (no label)</source>
        <translation>einer Authenticator-App (ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Codes come from %1. Disabling removes it: logging in then needs only the password.</source>
        <translation>Die Codes kommen von %1. Ausschalten entfernt es: Die Anmeldung braucht dann nur das Passwort.</translation>
    </message>
    <message>
        <source>Two-factor authentication is &lt;b&gt;off&lt;/b&gt; for %1. Turn it on so that logging in needs a code from your phone besides the password.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist für %1 &lt;b&gt;ausgeschaltet&lt;/b&gt;. Schalten Sie sie ein, damit die Anmeldung neben dem Passwort einen Code von Ihrem Telefon verlangt.</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung ausschalten</translation>
    </message>
    <message>
        <source>Disable two-factor authentication for your account?</source>
        <translation>Zwei-Faktor-Authentifizierung für Ihr Konto ausschalten?</translation>
    </message>
    <message>
        <source>Logging in will need only your password. You can set it up again at any time, with a new secret.</source>
        <translation>Die Anmeldung braucht dann nur Ihr Passwort. Sie können sie jederzeit mit einem neuen Geheimnis wieder einrichten.</translation>
    </message>
    <message>
        <source>On this box, two-factor authentication is managed through the control panel&apos;s administrator interface. Ask an administrator of the box to set it up or turn it off for your account.</source>
        <translation>Auf dieser Box wird die Zwei-Faktor-Authentifizierung über die Administratorschnittstelle des Kontrollzentrums verwaltet. Bitten Sie einen Administrator der Box, sie für Ihr Konto einzurichten oder auszuschalten.</translation>
    </message>
</context>
<context>
    <name>UserValueDialog</name>
    <message>
        <source>Change user</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <source>The user&apos;s open sessions end when the password changes.</source>
        <translation>Die offenen Sitzungen des Benutzers enden, wenn sich das Passwort ändert.</translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation>Kontingent setzen</translation>
    </message>
    <message>
        <source>Mailbox quota for %1:</source>
        <translation>Postfachkontingent für %1:</translation>
    </message>
    <message>
        <source>0 means unlimited. Otherwise a whole number of bytes, or with M or G (e.g. 500M, 5G).</source>
        <translation>0 bedeutet unbegrenzt. Sonst eine ganze Zahl von Bytes, oder mit M oder G (z. B. 500M, 5G).</translation>
    </message>
</context>
<context>
    <name>UsersJob</name>
    <message>
        <source>The list of users sent by the box could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Archived accounts</source>
        <translation>Archivierte Konten</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Mailbox size</source>
        <translation>Postfachgröße</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Filter by address…</source>
        <translation>Nach Adresse filtern…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Lade Benutzer…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort setzen…</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Zum &amp;Administrator machen</translation>
    </message>
    <message>
        <source>Set &amp;quota…</source>
        <translation>&amp;Kontingent setzen…</translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation>Ar&amp;chivieren…</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Remove &amp;administrator</source>
        <translation>&amp;Administratorrecht entziehen</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>The quota of %1 is now %2.</source>
        <translation>Das Kontingent von %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 ist jetzt Administrator.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 ist kein Administrator mehr.</translation>
    </message>
    <message>
        <source>The privileges of %1 could not be changed: %2</source>
        <translation>Die Rechte von %1 konnten nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>You cannot archive the account you are logged in with.</source>
        <translation>Das Konto, mit dem Sie angemeldet sind, können Sie nicht archivieren.</translation>
    </message>
    <message>
        <source>Archive user</source>
        <translation>Benutzer archivieren</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 archivieren?</translation>
    </message>
    <message>
        <source>The account is removed and can no longer log in or receive mail. Its mailbox stays on the box&apos;s disk, and the address appears under “Archived accounts”. Adding the user again with the same address restores access to the mail.</source>
        <translation>Das Konto wird entfernt und kann sich nicht mehr anmelden oder Mail empfangen. Sein Postfach bleibt auf der Festplatte der Box, und die Adresse erscheint unter „Archivierte Konten“. Wird der Benutzer mit derselben Adresse neu angelegt, ist die Mail wieder zugänglich.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>%1 was archived; the mailbox stays on disk.</source>
        <translation>%1 wurde archiviert; das Postfach bleibt auf der Festplatte.</translation>
    </message>
    <message>
        <source>%1 could not be archived: %2</source>
        <translation>%1 konnte nicht archiviert werden: %2</translation>
    </message>
    <message>
        <source>Exported the users to %1.</source>
        <translation>Benutzer nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Address of the box&apos;s control panel (https://HOST/admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the box&apos;s certificate by its SHA-256 fingerprint (AA:BB:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the login dialog and quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxkeeper: the control panel of your mail box, on your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxkeeper needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it on a desktop session, or under a virtual display, for example:
    xvfb-run -a boxkeeper [options]
or choose a Qt platform explicitly, e.g. QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxkeeper: --trust-fingerprint needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AA:BB:…:FF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxkeeper: --url needs an https:// address, e.g. https://box.example.com/admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
