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
    <message>
        <source>The box has no aliases yet. Add one with “Add alias…”.</source>
        <translation>Die Box hat noch keine Aliasse. Legen Sie einen mit „Alias hinzufügen…“ an.</translation>
    </message>
    <message>
        <source>No aliases match “%1”.</source>
        <translation>Keine Aliasse passen zu „%1“.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The box refused the request as invalid.</source>
        <translation>Die Box hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The box refused access. Log in again.</source>
        <translation>Die Box hat den Zugriff verweigert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The box does not offer this function (404). It may run an older or different version.</source>
        <translation>Die Box bietet diese Funktion nicht an (404). Vielleicht läuft dort eine ältere oder andere Version.</translation>
    </message>
    <message>
        <source>The box does not accept this kind of request here (405).</source>
        <translation>Die Box nimmt diese Art von Anfrage hier nicht an (405).</translation>
    </message>
    <message>
        <source>The request was too large for the box (413).</source>
        <translation>Die Anfrage war zu groß für die Box (413).</translation>
    </message>
    <message>
        <source>The box hit an internal error (500). Its log may tell more.</source>
        <translation>Auf der Box ist ein interner Fehler aufgetreten (500). Ihr Protokoll sagt vielleicht mehr.</translation>
    </message>
    <message>
        <source>The box hit an internal error: %1</source>
        <translation>Auf der Box ist ein interner Fehler aufgetreten: %1</translation>
    </message>
    <message>
        <source>The box&apos;s management service is not answering (%1). It may be restarting.</source>
        <translation>Der Verwaltungsdienst der Box antwortet nicht (%1). Vielleicht startet er gerade neu.</translation>
    </message>
    <message>
        <source>The box took too long to answer (504). The operation may still be running; check again in a moment before repeating it.</source>
        <translation>Die Box hat zu lange nicht geantwortet (504). Der Vorgang läuft vielleicht noch; prüfen Sie es in einem Moment erneut, bevor Sie ihn wiederholen.</translation>
    </message>
    <message>
        <source>The box answered with an error (%1): %2</source>
        <translation>Die Box hat mit einem Fehler geantwortet (%1): %2</translation>
    </message>
    <message>
        <source>The box answered with an error (%1).</source>
        <translation>Die Box hat mit einem Fehler geantwortet (%1).</translation>
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
        <translation>Sie sind kein Administrator.</translation>
    </message>
    <message>
        <source>The box could not read the login (authorization header invalid).</source>
        <translation>Die Box konnte die Anmeldung nicht lesen (ungültiger Authorization-Header).</translation>
    </message>
    <message>
        <source>Enter an email address and a password.</source>
        <translation>Geben Sie eine E-Mail-Adresse und ein Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>That code is wrong or was already used. Wait for the next code and try again.</source>
        <translation>Dieser Code ist falsch oder wurde schon benutzt. Warten Sie auf den nächsten Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This box cannot accept a password with non-ASCII characters (such as accents) over its API. Change the password on the box to one without them.</source>
        <translation>Diese Box kann über ihre API kein Passwort mit Nicht-ASCII-Zeichen (etwa Akzenten) annehmen. Ändern Sie das Passwort auf der Box in eines ohne solche Zeichen.</translation>
    </message>
</context>
<context>
    <name>ApiGuidePage</name>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Every call is an HTTPS request to the box&apos;s &lt;tt&gt;/admin&lt;/tt&gt; address. It needs an administrator&apos;s email address and password as HTTP basic authentication: put them in place of &lt;tt&gt;ADMIN:PASSWORD&lt;/tt&gt; in the examples. With two-factor authentication on for that account, add the current six-digit code as the header &lt;tt&gt;X-Auth-Token&lt;/tt&gt;; a code works only once, so scripts that make several calls should log in with &lt;tt&gt;POST /admin/login&lt;/tt&gt; and use the &lt;tt&gt;api_key&lt;/tt&gt; it answers with in place of the password. A refused call answers with status 400 and the reason as plain text.</source>
        <translation>Jeder Aufruf ist eine HTTPS-Anfrage an die &lt;tt&gt;/admin&lt;/tt&gt;-Adresse der Box. Er braucht die E-Mail-Adresse und das Passwort eines Administrators als HTTP-Basic-Authentifizierung: Setzen Sie sie in den Beispielen an die Stelle von &lt;tt&gt;ADMIN:PASSWORD&lt;/tt&gt;. Ist für dieses Konto die Zwei-Faktor-Authentifizierung eingeschaltet, geben Sie den aktuellen sechsstelligen Code im Header &lt;tt&gt;X-Auth-Token&lt;/tt&gt; mit; ein Code gilt nur einmal, daher sollten Skripte mit mehreren Aufrufen sich mit &lt;tt&gt;POST /admin/login&lt;/tt&gt; anmelden und den &lt;tt&gt;api_key&lt;/tt&gt; aus der Antwort statt des Passworts verwenden. Ein abgelehnter Aufruf antwortet mit Status 400 und dem Grund als Text.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The box redirected to %1, which is not a secure address of the same box; the request was stopped.</source>
        <translation>Die Box hat auf %1 umgeleitet, keine sichere Adresse derselben Box; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it.</source>
        <translation>Das Zertifikat von %1 ist nicht von einer Stelle signiert, der dieser Computer vertraut. Prüfen Sie seinen Fingerabdruck, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed. Someone may be intercepting the connection. Pinned fingerprint: %2. Presented fingerprint: %3. The connection was refused.</source>
        <translation>WARNUNG: Das Zertifikat von %1 hat sich geändert. Jemand könnte die Verbindung abfangen. Hinterlegter Fingerabdruck: %2. Vorgelegter Fingerabdruck: %3. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
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
        <translation>Die Box unter %1 hat zu oft oder auf eine unsichere Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>The box %1 was not found. Check the address.</source>
        <translation>Die Box %1 wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The box at %1 cannot be reached: %2</source>
        <translation>Die Box unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ApiTokens</name>
    <message>
        <source>Everything an administrator can do, managing tokens included.</source>
        <translation>Alles, was ein Administrator tun kann, einschließlich der Verwaltung von Tokens.</translation>
    </message>
    <message>
        <source>Read mail users, aliases and domains.</source>
        <translation>Mailbenutzer, Aliasse und Domains lesen.</translation>
    </message>
    <message>
        <source>Add, change and remove mail users and aliases (not administrator privileges).</source>
        <translation>Mailbenutzer und Aliasse hinzufügen, ändern und entfernen (keine Administratorrechte).</translation>
    </message>
    <message>
        <source>Read the backup status (not the backup settings, which hold the target&apos;s credentials).</source>
        <translation>Den Sicherungsstatus lesen (nicht die Sicherungseinstellungen, die die Zugangsdaten des Ziels enthalten).</translation>
    </message>
    <message>
        <source>Read the status checks, certificates, version, updates and monitoring data.</source>
        <translation>Statusprüfungen, Zertifikate, Version, Updates und Überwachungsdaten lesen.</translation>
    </message>
    <message>
        <source>Change the custom DNS records of names in %1 (dynamic DNS).</source>
        <translation>Die eigenen DNS-Einträge von Namen in %1 ändern (dynamisches DNS).</translation>
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
        <translation>Dem Zertifikat wurde nicht vertraut, daher hat Boxkeeper keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>My box</source>
        <translation>Meine Box</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address. Enter the address of the control panel, e.g. https://box.example.com/admin.</source>
        <translation>„%1“ ist keine https://-Adresse. Geben Sie die Adresse der Systemsteuerung ein, z. B. https://box.example.com/admin.</translation>
    </message>
    <message>
        <source>Check the box&apos;s certificate to continue.</source>
        <translation>Prüfen Sie das Zertifikat der Box, um fortzufahren.</translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>Warte auf den Zwei-Faktor-Code…</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>Choose a box to log in to.</source>
        <translation>Wählen Sie die Box, bei der Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Please log in again to continue where you were.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Log in to open %1.</source>
        <translation>Melden Sie sich an, um %1 zu öffnen.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>system API key</source>
        <translation>System-API-Schlüssel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Exported the entries shown to %1.</source>
        <translation>Angezeigte Einträge nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Load the entries before the oldest one shown, with the same filters</source>
        <translation>Die Einträge vor dem ältesten angezeigten laden, mit denselben Filtern</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Die angezeigten Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Every change made through the Boxkeeper agent on the box — users, aliases, DNS, certificates, backups, tokens, settings — with who made it from where and what the box answered, refusals included. Passwords, secrets and keys are never recorded.</source>
        <translation>Jede Änderung über den Boxkeeper-Agenten auf der Box — Benutzer, Aliasse, DNS, Zertifikate, Sicherungen, Tokens, Einstellungen —, mit Angabe, wer sie von wo aus vorgenommen hat und was die Box geantwortet hat, Ablehnungen eingeschlossen. Passwörter, Geheimnisse und Schlüssel werden nie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Das Audit-Protokoll wird geladen…</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>user or token name</source>
        <translation>Benutzer- oder Token-Name</translation>
    </message>
    <message>
        <source>e.g. /mail/users or dns</source>
        <translation>z. B. /mail/users oder dns</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>The audit log comes with the Boxkeeper agent; this box does not keep one (an unmodified Mail-in-a-Box logs changes only to its system log).</source>
        <translation>Das Audit-Protokoll gibt es mit dem Boxkeeper-Agenten; diese Box führt keines (ein unverändertes Mail-in-a-Box protokolliert Änderungen nur in seinem Systemprotokoll).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries back to %1; older ones on the box.</source>
        <translation>
            <numerusform>%n Eintrag seit %1; ältere liegen auf der Box.</numerusform>
            <numerusform>%n Einträge seit %1; ältere liegen auf der Box.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries back to %1: all that match.</source>
        <translation>
            <numerusform>%n Eintrag seit %1: der einzige, der passt.</numerusform>
            <numerusform>%n Einträge seit %1: alle, die passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing has been changed through the agent yet.</source>
        <translation>Über den Agenten wurde noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The box&apos;s audit log could not be read.</source>
        <translation>Das Audit-Protokoll der Box konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>BackupConfigDialog</name>
    <message>
        <source>&amp;Keep backups for at least:</source>
        <translation>Sicherungen &amp;mindestens aufbewahren:</translation>
    </message>
    <message>
        <source>Backup configuration</source>
        <translation>Sicherungseinstellungen</translation>
    </message>
    <message>
        <source>Off (no backups)</source>
        <translation>Aus (keine Sicherungen)</translation>
    </message>
    <message>
        <source>A folder on the box</source>
        <translation>Ein Ordner auf der Box</translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation>S3-kompatibler Speicher</translation>
    </message>
    <message>
        <source>rsync over SSH</source>
        <translation>rsync über SSH</translation>
    </message>
    <message>
        <source>Backblaze B2</source>
        <translation>Backblaze B2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The box checks the target…</source>
        <translation>Die Box prüft das Ziel…</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Sichern &amp;nach:</translation>
    </message>
    <message>
        <source>The box makes a full backup now and then and small increments in between; a backup is removed once it is older than this and no newer backup depends on it.</source>
        <translation>Die Box macht ab und zu eine Vollsicherung und dazwischen kleine inkrementelle Sicherungen; eine Sicherung wird entfernt, sobald sie älter als diese Frist ist und keine neuere Sicherung auf ihr aufbaut.</translation>
    </message>
    <message>
        <source>The box makes no backups. Backups made before stay where they are.</source>
        <translation>Die Box macht keine Sicherungen. Bereits gemachte Sicherungen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The box keeps its encrypted backups in a folder of its own disk. Copy them somewhere else regularly (with the backup key, see “Save the backup key”): a backup on the box&apos;s disk is lost with that disk.</source>
        <translation>Die Box bewahrt ihre verschlüsselten Sicherungen in einem Ordner auf ihrer eigenen Festplatte auf. Kopieren Sie sie regelmäßig an einen anderen Ort (mit dem Sicherungsschlüssel, siehe „Sicherungsschlüssel speichern“): Eine Sicherung auf der Festplatte der Box geht mit dieser Festplatte verloren.</translation>
    </message>
    <message>
        <source>&amp;Folder on the box:</source>
        <translation>&amp;Ordner auf der Box:</translation>
    </message>
    <message>
        <source>e.g. s3.eu-central-1.amazonaws.com</source>
        <translation>z. B. s3.eu-central-1.amazonaws.com</translation>
    </message>
    <message>
        <source>optional, e.g. eu-central-1</source>
        <translation>optional, z. B. eu-central-1</translation>
    </message>
    <message>
        <source>optional, e.g. box1/</source>
        <translation>optional, z. B. box1/</translation>
    </message>
    <message>
        <source>Any storage that speaks Amazon&apos;s S3 protocol: Amazon S3, MinIO, Wasabi, …. The key and secret are sent to the box, which keeps them to reach the storage; the box does not show them again, so enter them with every change.</source>
        <translation>Jeder Speicher, der das S3-Protokoll von Amazon spricht: Amazon S3, MinIO, Wasabi, …. Schlüssel und Geheimnis werden an die Box gesendet, die sie aufbewahrt, um den Speicher zu erreichen; die Box zeigt sie nicht wieder an, geben Sie sie daher bei jeder Änderung ein.</translation>
    </message>
    <message>
        <source>&amp;Endpoint (host[:port]):</source>
        <translation>&amp;Endpunkt (Host[:Port]):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>host name, optionally :port</source>
        <translation>Hostname, optional :Port</translation>
    </message>
    <message>
        <source>e.g. /home/backup/box (absolute) or box (in the home)</source>
        <translation>z. B. /home/backup/box (absolut) oder box (im Home-Verzeichnis)</translation>
    </message>
    <message>
        <source>&amp;Copy the public key</source>
        <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>The box copies its backups with rsync over SSH to a host of yours. Add the box&apos;s public key below to &lt;tt&gt;~/.ssh/authorized_keys&lt;/tt&gt; of that user on the host first: the box checks the connection when you save.</source>
        <translation>Die Box kopiert ihre Sicherungen mit rsync über SSH auf einen Host von Ihnen. Fügen Sie zuerst den unten stehenden öffentlichen Schlüssel der Box in &lt;tt&gt;~/.ssh/authorized_keys&lt;/tt&gt; dieses Benutzers auf dem Host ein: Die Box prüft die Verbindung beim Speichern.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>Pf&amp;ad:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>The box&apos;s public key:</source>
        <translation>Öffentlicher Schlüssel der Box:</translation>
    </message>
    <message>
        <source>Backblaze B2 cloud storage. The application key is sent to the box, which keeps it to reach the bucket.</source>
        <translation>Cloud-Speicher Backblaze B2. Der Anwendungsschlüssel wird an die Box gesendet, die ihn aufbewahrt, um den Bucket zu erreichen.</translation>
    </message>
    <message>
        <source>Application &amp;key ID:</source>
        <translation>Anwendungsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Application k&amp;ey:</source>
        <translation>Anwendungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>The box has no SSH key for backups yet. It makes one with its first backup run; open this dialog again after it.</source>
        <translation>Die Box hat noch keinen SSH-Schlüssel für Sicherungen. Sie erzeugt ihn bei ihrem ersten Sicherungslauf; öffnen Sie diesen Dialog danach erneut.</translation>
    </message>
    <message>
        <source>Give the folder as an absolute path on the box, e.g. %1.</source>
        <translation>Geben Sie den Ordner als absoluten Pfad auf der Box an, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter the S3 endpoint, the storage&apos;s host name.</source>
        <translation>Geben Sie den S3-Endpunkt ein, den Hostnamen des Speichers.</translation>
    </message>
    <message>
        <source>Enter the bucket.</source>
        <translation>Geben Sie den Bucket ein.</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the rsync host.</source>
        <translation>Geben Sie den rsync-Host ein.</translation>
    </message>
    <message>
        <source>Enter the path on the host.</source>
        <translation>Geben Sie den Pfad auf dem Host ein.</translation>
    </message>
    <message>
        <source>Enter the user on the host.</source>
        <translation>Geben Sie den Benutzer auf dem Host ein.</translation>
    </message>
    <message>
        <source>Enter the application key ID.</source>
        <translation>Geben Sie die Anwendungsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation>Geben Sie den Anwendungsschlüssel ein.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in %n volume(s)</source>
        <translation>
            <numerusform>%1 Bytes in %n Volume</numerusform>
            <numerusform>%1 Bytes in %n Volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>When the box will remove this backup to keep the target&apos;s size down (an estimate).</source>
        <translation>Wann die Box diese Sicherung entfernen wird, um die Größe des Ziels zu begrenzen (geschätzt).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Deleted in</source>
        <translation>Gelöscht in</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>Backup Status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Save the backup &amp;key…</source>
        <translation>Sicherungs&amp;schlüssel speichern…</translation>
    </message>
    <message>
        <source>Where the box keeps its backups, and for how long (F2)</source>
        <translation>Wo die Box ihre Sicherungen aufbewahrt und wie lange (F2)</translation>
    </message>
    <message>
        <source>Make a backup now, as the nightly one is made (Ctrl+B)</source>
        <translation>Jetzt eine Sicherung machen, wie die nächtliche (Strg+B)</translation>
    </message>
    <message>
        <source>Compare the latest backup with the box&apos;s data</source>
        <translation>Die neueste Sicherung mit den Daten der Box vergleichen</translation>
    </message>
    <message>
        <source>Restore a file, a mailbox or everything into a new directory on the box (Ctrl+N)</source>
        <translation>Eine Datei, ein Postfach oder alles in ein neues Verzeichnis auf der Box wiederherstellen (Strg+N)</translation>
    </message>
    <message>
        <source>The key that decrypts the backups: without it, no backup can be restored</source>
        <translation>Der Schlüssel, der die Sicherungen entschlüsselt: Ohne ihn lässt sich keine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Filter by date or type…</source>
        <translation>Nach Datum oder Art filtern…</translation>
    </message>
    <message>
        <source>The box has made no backups yet.</source>
        <translation>Die Box hat noch keine Sicherungen gemacht.</translation>
    </message>
    <message>
        <source>No backups match “%1”.</source>
        <translation>Keine Sicherung passt zu „%1“.</translation>
    </message>
    <message>
        <source>The box backs up its data every night: mail, users, certificates, DNS and web files, encrypted with the box&apos;s backup key. Keep a copy of the key away from the box: without it, no backup can be restored.</source>
        <translation>Die Box sichert ihre Daten jede Nacht: E-Mails, Benutzer, Zertifikate, DNS- und Web-Dateien, verschlüsselt mit dem Sicherungsschlüssel der Box. Bewahren Sie eine Kopie des Schlüssels getrennt von der Box auf: Ohne ihn lässt sich keine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Reading the box&apos;s backups…</source>
        <translation>Die Sicherungen der Box werden gelesen…</translation>
    </message>
    <message>
        <source>The backup status could not be loaded: %1</source>
        <translation>Der Sicherungsstatus konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The backup configuration could not be loaded: %1</source>
        <translation>Die Sicherungseinstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The backup key could not be had: %1</source>
        <translation>Der Sicherungsschlüssel konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The backup configuration was saved.</source>
        <translation>Die Sicherungseinstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Save the backup key</source>
        <translation>Sicherungsschlüssel speichern</translation>
    </message>
    <message>
        <source>The backup key was not saved.</source>
        <translation>Der Sicherungsschlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>backing up now</source>
        <translation>sofortiges Sichern</translation>
    </message>
    <message>
        <source>verifying the latest backup</source>
        <translation>das Prüfen der neuesten Sicherung</translation>
    </message>
    <message>
        <source>restoring from a backup</source>
        <translation>das Wiederherstellen aus einer Sicherung</translation>
    </message>
    <message>
        <source>saving the backup key</source>
        <translation>das Speichern des Sicherungsschlüssels</translation>
    </message>
    <message>
        <source>Backing up now, verifying, restoring and saving the backup key come with the Boxkeeper agent; this box does not offer them (it makes its nightly backups as usual).</source>
        <translation>Sofortiges Sichern, Prüfen, Wiederherstellen und das Speichern des Sicherungsschlüssels gibt es mit dem Boxkeeper-Agenten; diese Box bietet sie nicht an (sie macht ihre nächtlichen Sicherungen wie gewohnt).</translation>
    </message>
    <message>
        <source>This box does not offer %1.</source>
        <translation>Diese Box bietet %1 nicht an.</translation>
    </message>
    <message>
        <source>Backups are turned off. Choose “Configure…” to turn them on.</source>
        <translation>Sicherungen sind ausgeschaltet. Wählen Sie „Einrichten…“, um sie einzuschalten.</translation>
    </message>
    <message>
        <source>Backups are turned off.</source>
        <translation>Sicherungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The box cannot list its backups now: see the problem above.</source>
        <translation>Die Box kann ihre Sicherungen gerade nicht auflisten: Siehe das Problem oben.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in total</source>
        <translation>
            <numerusform>%n Sicherung, insgesamt %1</numerusform>
            <numerusform>%n Sicherungen, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of other files on the target (from interrupted or removed backups)</source>
        <translation>%1 an anderen Dateien auf dem Ziel (von abgebrochenen oder entfernten Sicherungen)</translation>
    </message>
    <message>
        <source>Backups are turned off: the box makes none.</source>
        <translation>Sicherungen sind ausgeschaltet: Die Box macht keine.</translation>
    </message>
    <message>
        <source>Backups go to the folder %1 on the box itself.</source>
        <translation>Sicherungen gehen in den Ordner %1 auf der Box selbst.</translation>
    </message>
    <message>
        <source>Backups go to the bucket %1 of the S3-compatible storage at %2.</source>
        <translation>Sicherungen gehen in den Bucket %1 des S3-kompatiblen Speichers bei %2.</translation>
    </message>
    <message>
        <source>Backups go to %1 on %2 over rsync, as user %3.</source>
        <translation>Sicherungen gehen per rsync nach %1 auf %2, als Benutzer %3.</translation>
    </message>
    <message>
        <source>Backups go to the Backblaze B2 bucket %1.</source>
        <translation>Sicherungen gehen in den Backblaze-B2-Bucket %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each is kept at least %n day(s).</source>
        <translation>
            <numerusform>Jede wird mindestens %n Tag aufbewahrt.</numerusform>
            <numerusform>Jede wird mindestens %n Tage aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful backup: %1.</source>
        <translation>Letzte erfolgreiche Sicherung: %1.</translation>
    </message>
    <message>
        <source>The box reports a problem with the backups: %1</source>
        <translation>Die Box meldet ein Problem mit den Sicherungen: %1</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>Die letzte Sicherung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Verifying the latest backup</source>
        <translation>Neueste Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>%1… (%2)</source>
        <translation>%1… (%2)</translation>
    </message>
    <message>
        <source>%1: %2… (%3)</source>
        <translation>%1: %2… (%3)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore: %1</source>
        <translation>Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not connected to the box.</source>
        <translation>Nicht mit der Box verbunden.</translation>
    </message>
    <message>
        <source>The backup key decrypts every backup of the box. Keep it somewhere safe, away from the box: without it, no backup can be restored. Re-enter your password to get it:</source>
        <translation>Der Sicherungsschlüssel entschlüsselt jede Sicherung der Box. Bewahren Sie ihn an einem sicheren Ort getrennt von der Box auf: Ohne ihn lässt sich keine Sicherung wiederherstellen. Geben Sie Ihr Passwort erneut ein, um ihn abzurufen:</translation>
    </message>
    <message>
        <source>&amp;Get the key</source>
        <translation>Schlüssel &amp;abrufen</translation>
    </message>
    <message>
        <source>Re-enter your password to get the backup key.</source>
        <translation>Geben Sie Ihr Passwort erneut ein, um den Sicherungsschlüssel abzurufen.</translation>
    </message>
    <message>
        <source>Getting the backup key from the box…</source>
        <translation>Der Sicherungsschlüssel wird von der Box abgerufen…</translation>
    </message>
    <message>
        <source>The backup key was saved to %1. Keep it safe, away from the box.</source>
        <translation>Der Sicherungsschlüssel wurde in %1 gespeichert. Bewahren Sie ihn sicher und getrennt von der Box auf.</translation>
    </message>
    <message>
        <source>The backup key could not be saved to %1: %2</source>
        <translation>Der Sicherungsschlüssel konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The box&apos;s backup status could not be read.</source>
        <translation>Der Sicherungsstatus der Box konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s backup configuration could not be read.</source>
        <translation>Die Sicherungseinstellungen der Box konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s list of the backup&apos;s files could not be read.</source>
        <translation>Die Liste der Dateien der Sicherung konnte nicht von der Box gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s answer to the job could not be read.</source>
        <translation>Die Antwort der Box auf den Auftrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s state of the job could not be read.</source>
        <translation>Der Zustand des Auftrags auf der Box konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Warning: the box&apos;s certificate has changed</source>
        <translation>Warnung: Das Zertifikat der Box hat sich geändert</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>I know this box&apos;s certificate was replaced and I have checked the new fingerprint</source>
        <translation>Ich weiß, dass das Zertifikat dieser Box ersetzt wurde, und habe den neuen Fingerabdruck geprüft</translation>
    </message>
    <message>
        <source>Trust the &amp;new certificate</source>
        <translation>Dem &amp;neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not the one you trusted before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone may be intercepting the connection, or the box&apos;s certificate was replaced. The connection was refused. Only trust the new certificate if you know it was replaced and have compared its fingerprint with the box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Zertifikat von %1 ist nicht das, dem Sie bisher vertraut haben.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jemand könnte die Verbindung abfangen, oder das Zertifikat der Box wurde ersetzt. Die Verbindung wurde abgelehnt. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, dass es ersetzt wurde, und seinen Fingerabdruck mit der Box verglichen haben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <source>&amp;Open a certificate file…</source>
        <translation>Zertifikatsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>installed from this computer on %1</source>
        <translation>am %1 von diesem Computer installiert</translation>
    </message>
    <message>
        <source>This is the certificate installed for %1 from this computer. The box uses it as long as it is the best certificate it has for the domain.</source>
        <translation>Dies ist das Zertifikat, das von diesem Computer aus für %1 installiert wurde. Die Box verwendet es, solange es das beste Zertifikat ist, das sie für die Domain hat.</translation>
    </message>
    <message>
        <source>The box&apos;s status answer does not include the certificate itself, so this shows what the box reports. The full details (names, issuer, fingerprint) are shown for a certificate installed from this window; you can also open a certificate file to see its details.</source>
        <translation>Die Statusantwort der Box enthält das Zertifikat selbst nicht, daher steht hier, was die Box meldet. Alle Details (Namen, Aussteller, Fingerabdruck) werden für ein Zertifikat angezeigt, das aus diesem Fenster installiert wurde; Sie können auch eine Zertifikatsdatei öffnen, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>The box named its file: %1.</source>
        <translation>Die Box nennt als Datei: %1.</translation>
    </message>
    <message>
        <source>The box&apos;s own name always uses the file ssl/ssl_certificate.pem.</source>
        <translation>Der eigene Name der Box verwendet immer die Datei ssl/ssl_certificate.pem.</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>aus der Datei %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificates of %1, read on this computer.</source>
        <translation>Die Zertifikate von %1, auf diesem Computer gelesen.</translation>
    </message>
    <message>
        <source>Open a certificate file</source>
        <translation>Zertifikatsdatei öffnen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>What the box reports</source>
        <translation>Was die Box meldet</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The box says</source>
        <translation>Die Box sagt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate (%1)</source>
        <translation>Zertifikat (%1)</translation>
    </message>
    <message>
        <source>Chain certificate %1</source>
        <translation>Kettenzertifikat %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Namen (SANs)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (derzeit nicht gültig)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved password for this box.</source>
        <translation>Für diese Box ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer, so passwords will not be remembered; you will be asked each time.</source>
        <translation>Auf diesem Computer ist kein Passwortspeicher verfügbar, daher werden Passwörter nicht gespeichert; Sie werden jedes Mal gefragt.</translation>
    </message>
    <message>
        <source>Access to the password keychain was denied, so the password was not remembered.</source>
        <translation>Der Zugriff auf den Passwortspeicher wurde verweigert, daher wurde das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>The password keychain did not work, so the password was not remembered. Details are in the log (Help ▸ Copy diagnostics).</source>
        <translation>Der Passwortspeicher hat nicht funktioniert, daher wurde das Passwort nicht gespeichert. Einzelheiten stehen im Protokoll (Hilfe ▸ Diagnosedaten kopieren).</translation>
    </message>
</context>
<context>
    <name>CsrCountries</name>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Russische Föderation</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Åland-Inseln</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius und Saba</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvet-Insel</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokos-(Keeling-)Inseln</translation>
    </message>
    <message>
        <source>Congo, the Democratic Republic of the</source>
        <translation>Demokratische Republik Kongo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kap Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Tschechische Republik</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandinseln (Malwinen)</translation>
    </message>
    <message>
        <source>Federated States of Micronesia</source>
        <translation>Föderierte Staaten von Mikronesien</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Färöer-Inseln</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Französisch-Guyana</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>South Georgia und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Insel Man</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Cayman-Inseln</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (französischer Teil)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>St. Pierre und Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomoninseln</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena, Ascension und Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (niederländischer Teil)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Swaziland</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Kleinere Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>CsrDialog</name>
    <message>
        <source>&amp;Make the CSR</source>
        <translation>CSR &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Install the certificate…</source>
        <translation>Zertifikat &amp;installieren…</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Zertifikatsignierungsanforderung</translation>
    </message>
    <message>
        <source>The request appears here.</source>
        <translation>Die Anforderung erscheint hier.</translation>
    </message>
    <message>
        <source>If you would rather get a certificate from another provider than Let&apos;s Encrypt, give the provider this certificate signing request (CSR). The box makes it with its own private key, so only the box can use the certificate issued for it. A multi-domain or wildcard certificate is used for every domain it is valid for besides the one chosen here.</source>
        <translation>Wenn Sie ein Zertifikat lieber von einem anderen Anbieter als Let&apos;s Encrypt beziehen möchten, geben Sie dem Anbieter diese Zertifikatsignierungsanforderung (CSR). Die Box erstellt sie mit ihrem eigenen privaten Schlüssel, sodass nur die Box das dafür ausgestellte Zertifikat verwenden kann. Ein Multi-Domain- oder Wildcard-Zertifikat wird außer für die hier gewählte Domain für jede Domain verwendet, für die es gilt.</translation>
    </message>
    <message>
        <source>Some providers require the country you are in; leave it out if yours does not.</source>
        <translation>Manche Anbieter verlangen das Land, in dem Sie sich befinden; lassen Sie es weg, wenn Ihrer das nicht tut.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>The CSR is safe to share. It can only be used together with the private key that stays on the box.</source>
        <translation>Die CSR kann bedenkenlos weitergegeben werden. Sie ist nur zusammen mit dem privaten Schlüssel verwendbar, der auf der Box bleibt.</translation>
    </message>
    <message>
        <source>The CSR is on the clipboard.</source>
        <translation>Die CSR ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Give this request to your certificate provider.</source>
        <translation>Geben Sie diese Anforderung Ihrem Zertifikatsanbieter.</translation>
    </message>
    <message>
        <source>The box could not make the CSR: %1</source>
        <translation>Die Box konnte die CSR nicht erstellen: %1</translation>
    </message>
    <message>
        <source>Leave out (the request names only the domain)</source>
        <translation>Weglassen (die Anforderung nennt nur die Domain)</translation>
    </message>
    <message>
        <source>The box is making the request…</source>
        <translation>Die Box erstellt die Anforderung…</translation>
    </message>
    <message>
        <source>Save the CSR of %1</source>
        <translation>CSR von %1 speichern</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Zertifikatsignierungsanforderungen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The CSR could not be saved to %1: %2</source>
        <translation>Die CSR konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the CSR to %1.</source>
        <translation>CSR in %1 gespeichert.</translation>
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
    <name>CustomDnsPage</name>
    <message>
        <source>Custom DNS</source>
        <translation>Eigenes DNS</translation>
    </message>
    <message>
        <source>&amp;Add record…</source>
        <translation>Eintrag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change value…</source>
        <translation>Wert ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Add another &amp;value…</source>
        <translation>Weiteren &amp;Wert hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove this value…</source>
        <translation>Diesen Wert &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove &amp;all values of this name and type…</source>
        <translation>&amp;Alle Werte dieses Namens und Typs entfernen…</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter by name, type or value…</source>
        <translation>Nach Name, Typ oder Wert filtern…</translation>
    </message>
    <message>
        <source>The box has no custom DNS records. Add one with “Add record…”.</source>
        <translation>Die Box hat keine eigenen DNS-Einträge. Fügen Sie einen mit „Eintrag hinzufügen…“ hinzu.</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Keine Einträge passen zu „%1“.</translation>
    </message>
    <message>
        <source>The box publishes the DNS records its mail and web services need on its own. Records added here come on top of them, or take their place: a custom MX record replaces the box&apos;s own for that name, and a custom A record sends a domain&apos;s website elsewhere. A name can have several values of one type; each change says whether it replaces them or goes beside them.</source>
        <translation>Die Box veröffentlicht die DNS-Einträge, die ihre Mail- und Webdienste brauchen, von selbst. Hier hinzugefügte Einträge kommen hinzu oder treten an deren Stelle: Ein eigener MX-Eintrag ersetzt den der Box für diesen Namen, ein eigener A-Eintrag leitet die Website einer Domain anderswohin. Ein Name kann mehrere Werte eines Typs haben; bei jeder Änderung wählen Sie, ob sie diese ersetzt oder ergänzt.</translation>
    </message>
    <message>
        <source>Secondary nameservers</source>
        <translation>Sekundäre Nameserver</translation>
    </message>
    <message>
        <source>Loading DNS records…</source>
        <translation>DNS-Einträge werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n custom record(s)</source>
        <translation>
            <numerusform>%n eigener Eintrag</numerusform>
            <numerusform>%n eigene Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS records could not be loaded: %1</source>
        <translation>Die DNS-Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Saved: no secondary nameservers.</source>
        <translation>Gespeichert: keine sekundären Nameserver.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n secondary nameserver(s).</source>
        <translation>
            <numerusform>Gespeichert: %n sekundärer Nameserver.</numerusform>
            <numerusform>Gespeichert: %n sekundäre Nameserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secondary nameserver keeps a copy of the box&apos;s zones and answers for them when the box cannot. Enter its host name, one per line; the box allows it to transfer the zones and names it in the NS records. To allow a transfer to an address or a network without naming it as a nameserver, write &lt;tt&gt;xfr:&lt;/tt&gt; and the address (e.g. &lt;tt&gt;xfr:192.0.2.53&lt;/tt&gt; or &lt;tt&gt;xfr:198.51.100.0/24&lt;/tt&gt;). Leave the list empty to use the box alone.</source>
        <translation>Ein sekundärer Nameserver hält eine Kopie der Zonen der Box und antwortet für sie, wenn die Box es nicht kann. Geben Sie seinen Hostnamen ein, einen pro Zeile; die Box erlaubt ihm die Übertragung der Zonen und nennt ihn in den NS-Einträgen. Um eine Übertragung an eine Adresse oder ein Netz zu erlauben, ohne es als Nameserver zu nennen, schreiben Sie &lt;tt&gt;xfr:&lt;/tt&gt; und die Adresse (z. B. &lt;tt&gt;xfr:192.0.2.53&lt;/tt&gt; oder &lt;tt&gt;xfr:198.51.100.0/24&lt;/tt&gt;). Lassen Sie die Liste leer, um nur die Box zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Save nameservers</source>
        <translation>Nameserver &amp;speichern</translation>
    </message>
    <message>
        <source>Remove DNS record</source>
        <translation>DNS-Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2 with the value %3?</source>
        <translation>Den %1-Eintrag von %2 mit dem Wert %3 entfernen?</translation>
    </message>
    <message>
        <source>Other values of this name and type stay. Where the box has a record of its own for this name and type, it publishes that one again.</source>
        <translation>Andere Werte dieses Namens und Typs bleiben. Hat die Box für diesen Namen und Typ einen eigenen Eintrag, veröffentlicht sie wieder diesen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove DNS records</source>
        <translation>DNS-Einträge entfernen</translation>
    </message>
    <message>
        <source>Remove every %1 record of %2?</source>
        <translation>Alle %1-Einträge von %2 entfernen?</translation>
    </message>
    <message>
        <source>All custom values of this name and type go. Where the box has a record of its own for this name and type, it publishes that one again.</source>
        <translation>Alle eigenen Werte dieses Namens und Typs werden entfernt. Hat die Box für diesen Namen und Typ einen eigenen Eintrag, veröffentlicht sie wieder diesen.</translation>
    </message>
    <message>
        <source>&amp;Remove all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Updating the box&apos;s DNS…</source>
        <translation>Das DNS der Box wird aktualisiert…</translation>
    </message>
    <message>
        <source>The box stored the record but its zones did not change: it has a record of its own there that takes precedence (e.g. the box&apos;s own name).</source>
        <translation>Die Box hat den Eintrag gespeichert, ihre Zonen haben sich aber nicht geändert: Dort hat sie einen eigenen Eintrag, der Vorrang hat (z. B. beim eigenen Namen der Box).</translation>
    </message>
    <message>
        <source>Nothing to change: the box has this already.</source>
        <translation>Nichts zu ändern: Die Box hat das bereits.</translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation>Die Änderung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Asking the box what the change would do…</source>
        <translation>Die Box wird gefragt, was die Änderung bewirken würde…</translation>
    </message>
    <message>
        <source>Added a value to the %1 records of %2.</source>
        <translation>Einen Wert zu den %1-Einträgen von %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Set the %1 value of %2.</source>
        <translation>Den %1-Wert von %2 gesetzt.</translation>
    </message>
    <message>
        <source>Removed a value from the %1 records of %2.</source>
        <translation>Einen Wert aus den %1-Einträgen von %2 entfernt.</translation>
    </message>
    <message>
        <source>Removed all %1 records of %2.</source>
        <translation>Alle %1-Einträge von %2 entfernt.</translation>
    </message>
    <message>
        <source>Add a value to the %1 records of %2</source>
        <translation>Einen Wert zu den %1-Einträgen von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Make this the only %1 value of %2</source>
        <translation>Dies zum einzigen %1-Wert von %2 machen</translation>
    </message>
    <message>
        <source>Remove a value from the %1 records of %2</source>
        <translation>Einen Wert aus den %1-Einträgen von %2 entfernen</translation>
    </message>
    <message>
        <source>Remove all %1 records of %2</source>
        <translation>Alle %1-Einträge von %2 entfernen</translation>
    </message>
</context>
<context>
    <name>DBusNotificationSink</name>
    <message>
        <source>There is no desktop session bus for notifications.</source>
        <translation>Für Benachrichtigungen gibt es keinen Sitzungsbus des Desktops.</translation>
    </message>
    <message>
        <source>This system has no freedesktop notification service.</source>
        <translation>Dieses System hat keinen freedesktop-Benachrichtigungsdienst.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>O&amp;ffline view</source>
        <translation>Offline-&amp;Ansicht</translation>
    </message>
    <message>
        <source>Check every box now (F5)</source>
        <translation>Jede Box jetzt prüfen (F5)</translation>
    </message>
    <message>
        <source>Open the pages of the selected box (Enter)</source>
        <translation>Die Seiten der ausgewählten Box öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>What the selected box answered last, while it cannot be reached</source>
        <translation>Was die ausgewählte Box zuletzt geantwortet hat, solange sie nicht erreichbar ist</translation>
    </message>
    <message>
        <source>No boxes yet. Add one with Box → Manage boxes…</source>
        <translation>Noch keine Boxen. Fügen Sie eine hinzu mit Box → Boxen verwalten…</translation>
    </message>
    <message>
        <source>Every box you manage, checked in the background. Boxkeeper tells you through the desktop&apos;s notifications when a box gets worse: a status check fails, a backup is overdue, a certificate is about to expire or the box stops answering.</source>
        <translation>Jede Box, die Sie verwalten, im Hintergrund geprüft. Boxkeeper meldet Ihnen über die Benachrichtigungen des Desktops, wenn es einer Box schlechter geht: Eine Statusprüfung schlägt fehl, eine Sicherung ist überfällig, ein Zertifikat läuft bald ab oder die Box antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the pages of %1</source>
        <translation>Die Seiten von %1 öffnen</translation>
    </message>
    <message>
        <source>Offline view</source>
        <translation>Offline-Ansicht</translation>
    </message>
    <message>
        <source>What %1 answered last</source>
        <translation>Was %1 zuletzt geantwortet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) answering</source>
        <translation>
            <numerusform>%n Box antwortet</numerusform>
            <numerusform>%n Boxen antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answering</source>
        <translation>
            <numerusform>%n antwortet nicht</numerusform>
            <numerusform>%n antworten nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with failing checks</source>
        <translation>
            <numerusform>%n mit fehlgeschlagenen Prüfungen</numerusform>
            <numerusform>%n mit fehlgeschlagenen Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked every %n minute(s)</source>
        <translation>
            <numerusform>jede Minute geprüft</numerusform>
            <numerusform>alle %n Minuten geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsApiGuide</name>
    <message>
        <source>List the custom records</source>
        <translation>Eigene Einträge auflisten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with JSON: every custom record with its name (&lt;tt&gt;qname&lt;/tt&gt;), type (&lt;tt&gt;rtype&lt;/tt&gt;), value and zone. &lt;tt&gt;/admin/dns/custom/NAME/TYPE&lt;/tt&gt; lists the records of one name and type only; without a type, &lt;tt&gt;A&lt;/tt&gt; is meant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antwortet mit JSON: jeder eigene Eintrag mit Name (&lt;tt&gt;qname&lt;/tt&gt;), Typ (&lt;tt&gt;rtype&lt;/tt&gt;), Wert und Zone. &lt;tt&gt;/admin/dns/custom/NAME/TYPE&lt;/tt&gt; listet nur die Einträge eines Namens und Typs; ohne Typ ist &lt;tt&gt;A&lt;/tt&gt; gemeint.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set a record (replace its values)</source>
        <translation>Einen Eintrag setzen (seine Werte ersetzen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;PUT&lt;/tt&gt; makes the value in the request body the only value of the name and type. The name must be in a zone of this box, in lower case, international names in their &lt;tt&gt;xn--&lt;/tt&gt; form. The answer is &lt;tt&gt;OK&lt;/tt&gt; when nothing changed, otherwise the zones the box updated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;PUT&lt;/tt&gt; macht den Wert im Rumpf der Anfrage zum einzigen Wert des Namens und Typs. Der Name muss in einer Zone dieser Box liegen, kleingeschrieben, internationale Namen in ihrer &lt;tt&gt;xn--&lt;/tt&gt;-Form. Die Antwort ist &lt;tt&gt;OK&lt;/tt&gt;, wenn sich nichts geändert hat, sonst die Zonen, die die Box aktualisiert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Einen Wert hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;POST&lt;/tt&gt; adds the value beside the values the name and type have already (several TXT or MX records, say).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;POST&lt;/tt&gt; fügt den Wert zu den Werten hinzu, die der Name und Typ schon haben (etwa mehrere TXT- oder MX-Einträge).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dynamic DNS</source>
        <translation>Dynamisches DNS</translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;tt&gt;A&lt;/tt&gt; or &lt;tt&gt;AAAA&lt;/tt&gt; call without a body stores the address the call comes from: run it from the machine whose address changes, e.g. every few minutes. Use &lt;tt&gt;curl -4&lt;/tt&gt; for an &lt;tt&gt;A&lt;/tt&gt; record and &lt;tt&gt;curl -6&lt;/tt&gt; for an &lt;tt&gt;AAAA&lt;/tt&gt; record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein &lt;tt&gt;A&lt;/tt&gt;- oder &lt;tt&gt;AAAA&lt;/tt&gt;-Aufruf ohne Rumpf speichert die Adresse, von der der Aufruf kommt: Führen Sie ihn auf dem Rechner aus, dessen Adresse sich ändert, z. B. alle paar Minuten. Verwenden Sie &lt;tt&gt;curl -4&lt;/tt&gt; für einen &lt;tt&gt;A&lt;/tt&gt;-Eintrag und &lt;tt&gt;curl -6&lt;/tt&gt; für einen &lt;tt&gt;AAAA&lt;/tt&gt;-Eintrag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove records</source>
        <translation>Einträge entfernen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;DELETE&lt;/tt&gt; with a value removes that value; without a body it removes every value of the name and type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;DELETE&lt;/tt&gt; mit einem Wert entfernt diesen Wert; ohne Rumpf entfernt es alle Werte des Namens und Typs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Custom DNS API</source>
        <translation>API für eigenes DNS</translation>
    </message>
    <message>
        <source>&lt;p&gt;Custom records can be listed and changed with these calls as well; the box updates its zones after each change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eigene Einträge lassen sich auch mit diesen Aufrufen auflisten und ändern; die Box aktualisiert ihre Zonen nach jeder Änderung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DnsPreviewDialog</name>
    <message>
        <source>Check the change</source>
        <translation>Änderung prüfen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>%1 — the box has this already; nothing would change.</source>
        <translation>%1 — die Box hat das bereits; nichts würde sich ändern.</translation>
    </message>
    <message>
        <source>%1 — the box would store it, but no published record changes: the box has a record of its own there that takes precedence.</source>
        <translation>%1 — die Box würde es speichern, aber kein veröffentlichter Eintrag ändert sich: Dort hat die Box einen eigenen Eintrag, der Vorrang hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — the box will publish %n more record(s):</source>
        <translation>
            <numerusform>%1 — die Box wird %n Eintrag mehr veröffentlichen:</numerusform>
            <numerusform>%1 — die Box wird %n Einträge mehr veröffentlichen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — the box will no longer publish %n record(s):</source>
        <translation>
            <numerusform>%1 — die Box wird %n Eintrag nicht mehr veröffentlichen:</numerusform>
            <numerusform>%1 — die Box wird %n Einträge nicht mehr veröffentlichen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the box will publish %2 in place of %3:</source>
        <translation>%1 — die Box wird %2 anstelle von %3 veröffentlichen:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsRecordDialog</name>
    <message>
        <source>&amp;Add this value beside the record&apos;s other values</source>
        <translation>Diesen Wert zu den anderen Werten des Eintrags &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;place every value of this name and type by this one</source>
        <translation>Alle Werte dieses Namens und Typs durch diesen &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Use the address I connect from (dynamic DNS)</source>
        <translation>Die Adresse &amp;verwenden, von der ich verbunden bin (dynamisches DNS)</translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <translation>z. B. www.example.com</translation>
    </message>
    <message>
        <source>mail.example.net.</source>
        <translation>mail.example.net.</translation>
    </message>
    <message>
        <source>sip.example.net.</source>
        <translation>sip.example.net.</translation>
    </message>
    <message>
        <source>letsencrypt.org</source>
        <translation>letsencrypt.org</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Gewicht:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Add a custom DNS record</source>
        <translation>Eigenen DNS-Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>%1 %2 ändern</translation>
    </message>
    <message>
        <source>The box stores the address this computer connects to it from. Run the same call from a script to keep a dynamic address up to date (see the API tab).</source>
        <translation>Die Box speichert die Adresse, von der dieser Rechner sich mit ihr verbindet. Führen Sie denselben Aufruf aus einem Skript aus, um eine wechselnde Adresse aktuell zu halten (siehe Reiter API).</translation>
    </message>
    <message>
        <source>A host name. The box adds the final dot (&lt;tt&gt;other.example.net.&lt;/tt&gt;) that marks it as complete; without it the name would be read as relative to the zone.</source>
        <translation>Ein Hostname. Die Box ergänzt den abschließenden Punkt (&lt;tt&gt;other.example.net.&lt;/tt&gt;), der ihn als vollständig kennzeichnet; ohne ihn würde der Name relativ zur Zone gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes: published as %n string(s) of at most 255 bytes, which DNS clients join back together.</source>
        <translation>
            <numerusform>%1 Bytes: veröffentlicht als %n Zeichenkette mit höchstens 255 Bytes, die DNS-Clients wieder zusammensetzen.</numerusform>
            <numerusform>%1 Bytes: veröffentlicht als %n Zeichenketten mit je höchstens 255 Bytes, die DNS-Clients wieder zusammensetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes (one string; DNS strings hold up to 255 bytes, longer values are split).</source>
        <translation>%1 Bytes (eine Zeichenkette; DNS-Zeichenketten fassen bis zu 255 Bytes, längere Werte werden aufgeteilt).</translation>
    </message>
    <message>
        <source>Mail for the name goes to the server with the lowest priority first. End the host name with a dot.</source>
        <translation>Mail für den Namen geht zuerst an den Server mit der niedrigsten Priorität. Beenden Sie den Hostnamen mit einem Punkt.</translation>
    </message>
    <message>
        <source>Where a service of the name runs (e.g. &lt;tt&gt;_sip._tcp.example.com&lt;/tt&gt;). End the target with a dot.</source>
        <translation>Wo ein Dienst des Namens läuft (z. B. &lt;tt&gt;_sip._tcp.example.com&lt;/tt&gt;). Beenden Sie das Ziel mit einem Punkt.</translation>
    </message>
    <message>
        <source>Which certificate authorities may issue certificates for the name. Keep one allowing &lt;tt&gt;letsencrypt.org&lt;/tt&gt;, or the box cannot renew its own certificates.</source>
        <translation>Welche Zertifizierungsstellen Zertifikate für den Namen ausstellen dürfen. Behalten Sie einen Eintrag, der &lt;tt&gt;letsencrypt.org&lt;/tt&gt; erlaubt, sonst kann die Box ihre eigenen Zertifikate nicht erneuern.</translation>
    </message>
    <message>
        <source>Algorithm, fingerprint type and fingerprint of an SSH host key, as &lt;tt&gt;ssh-keygen -r&lt;/tt&gt; prints them.</source>
        <translation>Algorithmus, Fingerabdrucktyp und Fingerabdruck eines SSH-Hostschlüssels, wie &lt;tt&gt;ssh-keygen -r&lt;/tt&gt; sie ausgibt.</translation>
    </message>
    <message>
        <source>Enter the name of the record, e.g. www.example.com.</source>
        <translation>Geben Sie den Namen des Eintrags ein, z. B. www.example.com.</translation>
    </message>
    <message>
        <source>An IPv4 address. &lt;tt&gt;local&lt;/tt&gt; is allowed too.</source>
        <translation>Eine IPv4-Adresse. &lt;tt&gt;local&lt;/tt&gt; ist auch erlaubt.</translation>
    </message>
    <message>
        <source>An IPv6 address. &lt;tt&gt;local&lt;/tt&gt; is allowed too.</source>
        <translation>Eine IPv6-Adresse. &lt;tt&gt;local&lt;/tt&gt; ist auch erlaubt.</translation>
    </message>
</context>
<context>
    <name>DnsService</name>
    <message>
        <source>Enter the name of the record, e.g. www.example.com.</source>
        <translation>Geben Sie den Namen des Eintrags ein, z. B. www.example.com.</translation>
    </message>
    <message>
        <source>Choose the type of the record.</source>
        <translation>Wählen Sie den Typ des Eintrags.</translation>
    </message>
    <message>
        <source>The box&apos;s list of DNS zones could not be read.</source>
        <translation>Die Liste der DNS-Zonen der Box konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s custom DNS records could not be read.</source>
        <translation>Die eigenen DNS-Einträge der Box konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s secondary nameservers could not be read.</source>
        <translation>Die sekundären Nameserver der Box konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s DNS records could not be read.</source>
        <translation>Die DNS-Einträge der Box konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s preview of the change could not be read.</source>
        <translation>Die Vorschau der Änderung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s status checks could not be read.</source>
        <translation>Die Statusprüfungen der Box konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DnsZoneModel</name>
    <message>
        <source>Not in a zone of this box</source>
        <translation>In keiner Zone dieser Box</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The box hosts no zone for these names any more; they are kept but not published.</source>
        <translation>Die Box hat für diese Namen keine Zone mehr; sie bleiben gespeichert, werden aber nicht veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, published as %n string(s) of at most 255 bytes:</source>
        <translation>
            <numerusform>%1 Bytes, veröffentlicht als %n Zeichenkette mit höchstens 255 Bytes:</numerusform>
            <numerusform>%1 Bytes, veröffentlicht als %n Zeichenketten mit je höchstens 255 Bytes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>ExternalDnsPage</name>
    <message>
        <source>External DNS</source>
        <translation>Externes DNS</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the &amp;zone&apos;s records</source>
        <translation>Einträge der &amp;Zone kopieren</translation>
    </message>
    <message>
        <source>&amp;Save zone file…</source>
        <translation>Zonendatei &amp;speichern…</translation>
    </message>
    <message>
        <source>Filter by name, type, value or purpose…</source>
        <translation>Nach Name, Typ, Wert oder Zweck filtern…</translation>
    </message>
    <message>
        <source>The box has no DNS zones.</source>
        <translation>Die Box hat keine DNS-Zonen.</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Keine Einträge passen zu „%1“.</translation>
    </message>
    <message>
        <source>These are the records of the box&apos;s zones. The box serves them itself when its domains&apos; nameservers are &lt;tt&gt;ns1&lt;/tt&gt;/&lt;tt&gt;ns2&lt;/tt&gt; of the box. If you keep your domains&apos; DNS at a provider instead, enter these records there — at least the ones marked &lt;i&gt;Required&lt;/i&gt;; the &lt;i&gt;Recommended&lt;/i&gt; ones make mail delivery and security better. Values change when the box&apos;s address, keys or certificates change: check this page again after such changes. TXT values longer than 255 bytes are copied as the quoted strings most providers want; a zone file can be imported where the provider accepts one. Note that DNSSEC needs the box&apos;s own nameservers.</source>
        <translation>Dies sind die Einträge der Zonen der Box. Die Box liefert sie selbst aus, wenn die Nameserver ihrer Domains &lt;tt&gt;ns1&lt;/tt&gt;/&lt;tt&gt;ns2&lt;/tt&gt; der Box sind. Führen Sie das DNS Ihrer Domains stattdessen bei einem Anbieter, tragen Sie diese Einträge dort ein — mindestens die als &lt;i&gt;Required&lt;/i&gt; markierten; die als &lt;i&gt;Recommended&lt;/i&gt; markierten verbessern Zustellung und Sicherheit. Werte ändern sich, wenn sich Adresse, Schlüssel oder Zertifikate der Box ändern: Prüfen Sie diese Seite nach solchen Änderungen erneut. TXT-Werte über 255 Bytes werden als die Zeichenketten in Anführungszeichen kopiert, die die meisten Anbieter erwarten; eine Zonendatei lässt sich importieren, wo der Anbieter das anbietet. DNSSEC braucht die eigenen Nameserver der Box.</translation>
    </message>
    <message>
        <source>Loading the box&apos;s DNS records…</source>
        <translation>Die DNS-Einträge der Box werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The zone file could not be saved to %1: %2</source>
        <translation>Die Zonendatei konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the zone file of %1 to %2.</source>
        <translation>Die Zonendatei von %1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The zone file could not be loaded: %1</source>
        <translation>Die Zonendatei konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The DNS records could not be loaded: %1</source>
        <translation>Die DNS-Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Save the zone file of %1</source>
        <translation>Zonendatei von %1 speichern</translation>
    </message>
    <message>
        <source>Loading the zone file of %1…</source>
        <translation>Die Zonendatei von %1 wird geladen…</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>The status checks could not be run: %1</source>
        <translation>Die Statusprüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The box signs its zones (DNSSEC). For the signatures to count, the registrar of each domain has to publish a DS record naming the box&apos;s key. The box&apos;s status checks compare what the registrar publishes with the box&apos;s keys and list the DS records to enter. Running them takes a moment.</source>
        <translation>Die Box signiert ihre Zonen (DNSSEC). Damit die Signaturen gelten, muss die Registrierungsstelle jeder Domain einen DS-Eintrag veröffentlichen, der den Schlüssel der Box nennt. Die Statusprüfungen der Box vergleichen, was die Registrierungsstelle veröffentlicht, mit den Schlüsseln der Box und listen die einzutragenden DS-Einträge auf. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>&amp;Check the DS records</source>
        <translation>DS-Einträge &amp;prüfen</translation>
    </message>
    <message>
        <source>Running the box&apos;s status checks…</source>
        <translation>Die Statusprüfungen der Box laufen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The status checks report no DNSSEC state: the box has no signed zones, or its DNS checks did not run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Statusprüfungen melden keinen DNSSEC-Zustand: Die Box hat keine signierten Zonen, oder ihre DNS-Prüfungen sind nicht gelaufen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status checks</source>
        <translation>Statusprüfungen</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Sign in to watch</source>
        <translation>Zum Überwachen anmelden</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>Alle erfolgreich</translation>
    </message>
    <message>
        <source>Backups are off</source>
        <translation>Sicherungen sind aus</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>None expiring soon</source>
        <translation>Keines läuft bald ab</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n Tag</numerusform>
            <numerusform>%1 in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n läuft ab</numerusform>
            <numerusform>%n laufen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1 % belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>reboot required</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1 (Agent %2)</translation>
    </message>
    <message>
        <source>%1: expired</source>
        <translation>%1: abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation>
            <numerusform>%1: noch %n Tag</numerusform>
            <numerusform>%1: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No desktop notifications for this box</source>
        <translation>Keine Desktop-Benachrichtigungen für diese Box</translation>
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>No password is remembered for this box.</source>
        <translation>Für diese Box ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The remembered password could not be read from the keychain.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Passwortspeicher gelesen werden.</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this login: sign in to watch it.</source>
        <translation>Für diese Anmeldung ist die Zwei-Faktor-Authentifizierung eingeschaltet: Melden Sie sich an, um die Box zu überwachen.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
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
    <name>HealthChanges</name>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation>%1 antwortet nicht mehr: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup is %1 old (backups run nightly).</source>
        <translation>Die letzte Sicherung ist %1 alt (Sicherungen laufen jede Nacht).</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>Das Zertifikat von %1 läuft in %n Tag ab.</numerusform>
            <numerusform>Das Zertifikat von %1 läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped answering</source>
        <translation>%1 antwortet nicht mehr</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n Problem</numerusform>
            <numerusform>%1: %n Probleme</numerusform>
        </translation>
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
    <name>InstallCertificateDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei a&amp;uswählen…</translation>
    </message>
    <message>
        <source>Ch&amp;oose file…</source>
        <translation>Datei au&amp;swählen…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Install a certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <source>Paste the certificate your provider issued for the box&apos;s CSR, and the intermediate chain if the provider gave you one, or choose their files. The box checks that the certificate belongs to its private key and is trusted before it installs it.</source>
        <translation>Fügen Sie das Zertifikat ein, das Ihr Anbieter für die CSR der Box ausgestellt hat, und die Zwischenzertifikatskette, falls der Anbieter Ihnen eine gegeben hat, oder wählen Sie deren Dateien aus. Die Box prüft, ob das Zertifikat zu ihrem privaten Schlüssel gehört und vertrauenswürdig ist, bevor sie es installiert.</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Intermediate c&amp;hain (if provided):</source>
        <translation>Zwischenzertifikats&amp;kette (falls mitgeliefert):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>The certificate could not be installed: %1</source>
        <translation>Das Zertifikat konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>The box is checking the certificate…</source>
        <translation>Die Box prüft das Zertifikat…</translation>
    </message>
    <message>
        <source>Paste the certificate, or choose its file.</source>
        <translation>Fügen Sie das Zertifikat ein, oder wählen Sie seine Datei aus.</translation>
    </message>
    <message>
        <source>This does not look like a PEM certificate (-----BEGIN CERTIFICATE-----); the box will say what is wrong with it.</source>
        <translation>Dies sieht nicht nach einem PEM-Zertifikat aus (-----BEGIN CERTIFICATE-----); die Box wird sagen, was daran falsch ist.</translation>
    </message>
    <message>
        <source>For %1; issued by %2; valid from %3 to %4.</source>
        <translation>Für %1; ausgestellt von %2; gültig von %3 bis %4.</translation>
    </message>
    <message>
        <source>It is self-signed: the box installs only certificates a CA signed.</source>
        <translation>Es ist selbstsigniert: Die Box installiert nur Zertifikate, die eine Zertifizierungsstelle signiert hat.</translation>
    </message>
    <message>
        <source>It is not for %1.</source>
        <translation>Es gilt nicht für %1.</translation>
    </message>
    <message>
        <source>Choose the intermediate chain</source>
        <translation>Zwischenzertifikatskette auswählen</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate.</source>
        <translation>%1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----). A DER file (.der, .cer) has to be converted to PEM first.</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----). Eine DER-Datei (.der, .cer) muss zuerst in PEM umgewandelt werden.</translation>
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
        <source>Webmail: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — read and write mail in a web browser with the same user name and password.</source>
        <translation>Webmail: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — Mail im Webbrowser lesen und schreiben, mit demselben Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contacts and calendars.&lt;/b&gt; This box also keeps your contacts and calendars. &lt;a href=&quot;#sync&quot;&gt;Set them up on your devices&lt;/a&gt; (Contacts/Calendar page).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontakte und Kalender.&lt;/b&gt; Diese Box verwaltet auch Ihre Kontakte und Kalender. &lt;a href=&quot;#sync&quot;&gt;Richten Sie sie auf Ihren Geräten ein&lt;/a&gt; (Seite Kontakte/Kalender).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The box did not say its name; this is the address Boxkeeper connects to. Mail programs need the box&apos;s name (its PRIMARY_HOSTNAME).</source>
        <translation>Die Box hat ihren Namen nicht genannt; dies ist die Adresse, mit der sich Boxkeeper verbindet. E-Mail-Programme brauchen den Namen der Box (ihren PRIMARY_HOSTNAME).</translation>
    </message>
    <message>
        <source>iOS/macOS profile</source>
        <translation>iOS/macOS-Profil</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iPhone, iPad and Mac.&lt;/b&gt; Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; on the device (or scan the code below with the camera) and install the profile: it sets up mail, contacts and calendars in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;iPhone, iPad und Mac.&lt;/b&gt; Öffnen Sie &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; auf dem Gerät (oder scannen Sie den Code unten mit der Kamera) und installieren Sie das Profil: Es richtet E-Mail, Kontakte und Kalender in einem Schritt ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
</context>
<context>
    <name>JsonJob</name>
    <message>
        <source>The box sent an answer that is not valid JSON (%1).</source>
        <translation>Die Box hat eine Antwort geschickt, die kein gültiges JSON ist (%1).</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
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
        <translation>https://box.example.com/admin</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
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
        <translation>Geben Sie die Adresse der Systemsteuerung der Box ein, z. B. https://box.example.com/admin.</translation>
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
        <translation>Zertifikat hinterlegt (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <source>The box&apos;s login answer could not be understood. Is this the address of a Mail-in-a-Box control panel (https://HOST/admin)?</source>
        <translation>Die Anmeldeantwort der Box war nicht verständlich. Ist dies die Adresse einer Mail-in-a-Box-Systemsteuerung (https://HOST/admin)?</translation>
    </message>
    <message>
        <source>The box accepted the login but sent no session key.</source>
        <translation>Die Box hat die Anmeldung angenommen, aber keinen Sitzungsschlüssel geschickt.</translation>
    </message>
</context>
<context>
    <name>MailApiGuide</name>
    <message>
        <source>List the users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with every user, grouped by domain. With &lt;tt&gt;format=json&lt;/tt&gt; the answer is JSON: for each user the address, the privileges, the quota and the mailbox&apos;s size, and the archived mailboxes (status &lt;tt&gt;inactive&lt;/tt&gt;) with the folder they are in. Without it, one address per line, archived mailboxes left out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antwortet mit allen Benutzern, nach Domain gruppiert. Mit &lt;tt&gt;format=json&lt;/tt&gt; ist die Antwort JSON: für jeden Benutzer die Adresse, die Rechte, das Kontingent und die Größe des Postfachs, dazu die archivierten Postfächer (Status &lt;tt&gt;inactive&lt;/tt&gt;) mit ihrem Ordner. Ohne diesen Parameter eine Adresse pro Zeile, ohne archivierte Postfächer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes an account with its mailbox address and password (at least eight characters). The address must be in lower case; a domain with letters outside ASCII is written in its &lt;tt&gt;xn--&lt;/tt&gt; form. Optional: &lt;tt&gt;privileges=admin&lt;/tt&gt; makes the user an administrator, &lt;tt&gt;quota&lt;/tt&gt; limits the mailbox (e.g. &lt;tt&gt;5G&lt;/tt&gt;, &lt;tt&gt;500M&lt;/tt&gt;; &lt;tt&gt;0&lt;/tt&gt; = no limit). The first line of the answer is &lt;tt&gt;mail user added&lt;/tt&gt;; the lines after it say what the box updated (DNS, web).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Legt ein Konto mit Postfachadresse und Passwort (mindestens acht Zeichen) an. Die Adresse muss kleingeschrieben sein; eine Domain mit Buchstaben außerhalb von ASCII wird in ihrer &lt;tt&gt;xn--&lt;/tt&gt;-Form geschrieben. Optional: &lt;tt&gt;privileges=admin&lt;/tt&gt; macht den Benutzer zum Administrator, &lt;tt&gt;quota&lt;/tt&gt; begrenzt das Postfach (z. B. &lt;tt&gt;5G&lt;/tt&gt;, &lt;tt&gt;500M&lt;/tt&gt;; &lt;tt&gt;0&lt;/tt&gt; = keine Grenze). Die erste Zeile der Antwort ist &lt;tt&gt;mail user added&lt;/tt&gt;; die Zeilen danach sagen, was die Box aktualisiert hat (DNS, Web).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Archive (remove) a user</source>
        <translation>Benutzer archivieren (entfernen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deletes the account: it can no longer log in or receive mail. The box keeps the mailbox folder, if the address has one, with its mail; it is then listed as an archived mailbox. Aliases that forward to the address stay. The answer starts with &lt;tt&gt;mail user removed&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Löscht das Konto: Es kann sich nicht mehr anmelden und keine E-Mails mehr empfangen. Die Box behält den Postfachordner, falls die Adresse einen hat, mit seinen E-Mails; er wird dann als archiviertes Postfach aufgeführt. Aliasse, die an die Adresse weiterleiten, bleiben bestehen. Die Antwort beginnt mit &lt;tt&gt;mail user removed&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set a user&apos;s password</source>
        <translation>Passwort eines Benutzers setzen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replaces the password (at least eight characters) and ends every session of that user, so apps have to log in again with the new one. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ersetzt das Passwort (mindestens acht Zeichen) und beendet alle Sitzungen dieses Benutzers, sodass sich Apps mit dem neuen erneut anmelden müssen. Antwortet mit &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make a user an administrator</source>
        <translation>Benutzer zum Administrator machen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gives the user the &lt;tt&gt;admin&lt;/tt&gt; privilege: they can then manage the box. The field is &lt;tt&gt;privilege&lt;/tt&gt; (one privilege). Answers &lt;tt&gt;OK&lt;/tt&gt;, also when the user had it already.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gibt dem Benutzer das Recht &lt;tt&gt;admin&lt;/tt&gt;: Er kann dann die Box verwalten. Das Feld heißt &lt;tt&gt;privilege&lt;/tt&gt; (ein Recht). Antwortet mit &lt;tt&gt;OK&lt;/tt&gt;, auch wenn der Benutzer es schon hatte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove the administrator privilege</source>
        <translation>Administratorrecht entziehen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Takes the &lt;tt&gt;admin&lt;/tt&gt; privilege away; the field &lt;tt&gt;privilege&lt;/tt&gt; is needed here too. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entzieht das Recht &lt;tt&gt;admin&lt;/tt&gt;; auch hier wird das Feld &lt;tt&gt;privilege&lt;/tt&gt; gebraucht. Antwortet mit &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read a user&apos;s privileges</source>
        <translation>Rechte eines Benutzers lesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with the user&apos;s privileges, one per line (nothing if none).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antwortet mit den Rechten des Benutzers, eines pro Zeile (nichts, wenn er keine hat).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read a user&apos;s quota</source>
        <translation>Kontingent eines Benutzers lesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with JSON: the address and its quota (&lt;tt&gt;0&lt;/tt&gt; = no limit). Add &lt;tt&gt;text=1&lt;/tt&gt; for the quota alone as text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antwortet mit JSON: die Adresse und ihr Kontingent (&lt;tt&gt;0&lt;/tt&gt; = keine Grenze). Mit &lt;tt&gt;text=1&lt;/tt&gt; nur das Kontingent als Text.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set a user&apos;s quota</source>
        <translation>Kontingent eines Benutzers setzen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sets the largest size the mailbox may grow to: a whole number with &lt;tt&gt;M&lt;/tt&gt; or &lt;tt&gt;G&lt;/tt&gt;, or &lt;tt&gt;0&lt;/tt&gt; for no limit. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Setzt die größte Größe, die das Postfach erreichen darf: eine ganze Zahl mit &lt;tt&gt;M&lt;/tt&gt; oder &lt;tt&gt;G&lt;/tt&gt;, oder &lt;tt&gt;0&lt;/tt&gt; für keine Grenze. Antwortet mit &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mail user API</source>
        <translation>API für E-Mail-Benutzer</translation>
    </message>
    <message>
        <source>&lt;p&gt;The users of the box can be listed and changed with these calls as well, e.g. by a script that adds the accounts of new members.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Benutzer der Box lassen sich auch mit diesen Aufrufen auflisten und ändern, z. B. von einem Skript, das die Konten neuer Mitglieder anlegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>List the aliases</source>
        <translation>Aliasse auflisten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with every alias, grouped by domain. With &lt;tt&gt;format=json&lt;/tt&gt; the answer is JSON: for each alias the address, where it forwards to, who may send as it, and whether the box made it itself (&lt;tt&gt;auto&lt;/tt&gt;). Without it, one alias per line: address, forward targets and permitted senders, separated by tabs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antwortet mit allen Aliassen, nach Domain gruppiert. Mit &lt;tt&gt;format=json&lt;/tt&gt; ist die Antwort JSON: für jeden Alias die Adresse, wohin er weiterleitet, wer unter ihm senden darf und ob die Box ihn selbst angelegt hat (&lt;tt&gt;auto&lt;/tt&gt;). Ohne diesen Parameter ein Alias pro Zeile: Adresse, Weiterleitungsziele und berechtigte Absender, durch Tabulatoren getrennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes an alias: mail to &lt;tt&gt;address&lt;/tt&gt; goes to the addresses in &lt;tt&gt;forwards_to&lt;/tt&gt; (several separated by commas or new lines). &lt;tt&gt;@mydomain.com&lt;/tt&gt; as the address makes a catch-all for the domain; &lt;tt&gt;@mydomain.com&lt;/tt&gt; forwarding to &lt;tt&gt;@otherdomain.com&lt;/tt&gt; forwards every name to the same name at the other domain. Optional: &lt;tt&gt;permitted_senders&lt;/tt&gt;, the users who may send mail as the alias. The answer starts with &lt;tt&gt;alias added&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Legt einen Alias an: E-Mails an &lt;tt&gt;address&lt;/tt&gt; gehen an die Adressen in &lt;tt&gt;forwards_to&lt;/tt&gt; (mehrere durch Kommas oder Zeilenumbrüche getrennt). &lt;tt&gt;@mydomain.com&lt;/tt&gt; als Adresse fängt alle E-Mails der Domain auf; &lt;tt&gt;@mydomain.com&lt;/tt&gt; mit Weiterleitung an &lt;tt&gt;@otherdomain.com&lt;/tt&gt; leitet jeden Namen an denselben Namen der anderen Domain weiter. Optional: &lt;tt&gt;permitted_senders&lt;/tt&gt;, die Benutzer, die unter dem Alias senden dürfen. Die Antwort beginnt mit &lt;tt&gt;alias added&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change an alias</source>
        <translation>Alias ändern</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same call with &lt;tt&gt;update_if_exists=1&lt;/tt&gt; replaces the targets and permitted senders of an alias that exists (without it, that is refused). The answer starts with &lt;tt&gt;alias updated&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Derselbe Aufruf mit &lt;tt&gt;update_if_exists=1&lt;/tt&gt; ersetzt die Ziele und berechtigten Absender eines bestehenden Alias (ohne ihn wird das abgelehnt). Die Antwort beginnt mit &lt;tt&gt;alias updated&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove an alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes the alias; mail to its address is no longer forwarded. Mailboxes are not touched, and the aliases the box makes itself cannot be removed. Write the address exactly as it is stored (lower case). The answer starts with &lt;tt&gt;alias removed&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entfernt den Alias; E-Mails an seine Adresse werden nicht mehr weitergeleitet. Postfächer bleiben unberührt, und die Aliasse, die die Box selbst anlegt, lassen sich nicht entfernen. Schreiben Sie die Adresse genau so, wie sie gespeichert ist (kleingeschrieben). Die Antwort beginnt mit &lt;tt&gt;alias removed&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mail aliases API</source>
        <translation>API für E-Mail-Aliasse</translation>
    </message>
    <message>
        <source>&lt;p&gt;The aliases of the box can be listed and changed with these calls as well.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Aliasse der Box lassen sich auch mit diesen Aufrufen auflisten und ändern.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>You cannot archive your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht archivieren.</translation>
    </message>
    <message>
        <source>You cannot remove the admin privilege from yourself.</source>
        <translation>Sie können sich das Administratorrecht nicht selbst entziehen.</translation>
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
        <translation>Boxkeeper</translation>
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
        <translation>TLS-(SSL-)Zertifikate</translation>
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
        <translation>%1 — %2 — Boxkeeper</translation>
    </message>
    <message>
        <source>Logged in as %1 (administrator)</source>
        <translation>Angemeldet als %1 (Administrator)</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy the app and system versions, the box&apos;s address and the last lines of the log, to paste into a bug report. No passwords or keys are included.</source>
        <translation>Kopiert die Versionen von App und System, die Adresse der Box und die letzten Zeilen des Protokolls, zum Einfügen in einen Fehlerbericht. Passwörter und Schlüssel sind nicht enthalten.</translation>
    </message>
    <message>
        <source>&amp;About Boxkeeper</source>
        <translation>&amp;Über Boxkeeper</translation>
    </message>
    <message>
        <source>About Boxkeeper</source>
        <translation>Über Boxkeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boxkeeper %1&lt;/h3&gt;&lt;p&gt;The control panel of your Mail-in-a-Box, on your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Boxkeeper is free software under the GNU General Public License, version 3 or later: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It manages boxes set up with Mail-in-a-Box: &lt;a href=&quot;https://mailinabox.email/&quot;&gt;https://mailinabox.email/&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boxkeeper %1&lt;/h3&gt;&lt;p&gt;Die Systemsteuerung Ihrer Mail-in-a-Box, auf Ihrem Desktop.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Boxkeeper ist freie Software unter der GNU General Public License, Version 3 oder neuer: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Es verwaltet Boxen, die mit Mail-in-a-Box eingerichtet sind: &lt;a href=&quot;https://mailinabox.email/&quot;&gt;https://mailinabox.email/&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Paste them into your bug report.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert. Fügen Sie sie in Ihren Fehlerbericht ein.</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
</context>
<context>
    <name>MetricsChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Point at the chart to read its values.</source>
        <translation>Zeigen Sie auf das Diagramm, um seine Werte abzulesen.</translation>
    </message>
    <message>
        <source>No samples in this period.</source>
        <translation>Keine Messwerte in diesem Zeitraum.</translation>
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
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Open the box&apos;s &amp;Munin pages</source>
        <translation>&amp;Munin-Seiten der Box öffnen</translation>
    </message>
    <message>
        <source>Load the charts again (%1)</source>
        <translation>Die Diagramme erneut laden (%1)</translation>
    </message>
    <message>
        <source>How the box has been doing, as the Boxkeeper agent on it records every minute (kept 30 days; periods longer than two days in 15-minute averages). Point at a chart to read its values. The charts refresh every minute while this page is shown.</source>
        <translation>Wie es der Box ergangen ist, jede Minute aufgezeichnet vom Boxkeeper-Agenten auf ihr (30 Tage aufbewahrt; Zeiträume über zwei Tage als 15-Minuten-Mittelwerte). Zeigen Sie auf ein Diagramm, um seine Werte abzulesen. Die Diagramme werden jede Minute aktualisiert, solange diese Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>2&amp;4 hours</source>
        <translation>2&amp;4 Stunden</translation>
    </message>
    <message>
        <source>&amp;7 days</source>
        <translation>&amp;7 Tage</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 Tage</translation>
    </message>
    <message>
        <source>Load (1-minute average)</source>
        <translation>Last (1-Minuten-Mittel)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Disk (storage of the box)</source>
        <translation>Festplatte (Speicher der Box)</translation>
    </message>
    <message>
        <source>Mail queue</source>
        <translation>Mail-Warteschlange</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>Mail traffic (per sample)</source>
        <translation>Mail-Verkehr (pro Messung)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>This box does not record monitoring data for Boxkeeper (that needs the Boxkeeper agent on the box); Mail-in-a-Box shows its charts in Munin, in your browser.</source>
        <translation>Diese Box zeichnet keine Überwachungsdaten für Boxkeeper auf (dafür braucht es den Boxkeeper-Agenten auf der Box); Mail-in-a-Box zeigt seine Diagramme in Munin, in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>No browser could be started. Open %1 yourself.</source>
        <translation>Es konnte kein Browser gestartet werden. Öffnen Sie %1 selbst.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated at %1. The box has no samples in this period yet.</source>
        <translation>Aktualisiert um %1. Die Box hat in diesem Zeitraum noch keine Messwerte.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>The monitoring data could not be loaded: %1</source>
        <translation>Die Überwachungsdaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>The box&apos;s monitoring data could not be read.</source>
        <translation>Die Überwachungsdaten der Box konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>OfflineBoxView</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Custom DNS</source>
        <translation>Eigenes DNS</translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation>Statusprüfungen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>%1 (offline) — Boxkeeper</source>
        <translation>%1 (offline) — Boxkeeper</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>This is what it answered last. Nothing can be changed here until it answers again.</source>
        <translation>Dies ist ihre letzte Antwort. Hier lässt sich nichts ändern, bis sie wieder antwortet.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Boxkeeper kept no copy of this for %1: it was not fetched while the box answered.</source>
        <translation>Boxkeeper hat hiervon keine Kopie für %1 aufbewahrt: Es wurde nicht abgerufen, solange die Box antwortete.</translation>
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
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>https://box.example.com/admin</source>
        <translation>https://box.example.com/admin</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>&amp;Hinterlegtes Zertifikat:</translation>
    </message>
    <message>
        <source>none (CA-signed certificate)</source>
        <translation>keines (von einer Zertifizierungsstelle signiert)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>New box %1</source>
        <translation>Neue Box %1</translation>
    </message>
    <message>
        <source>Every box needs a name.</source>
        <translation>Jede Box braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two boxes are named “%1”.</source>
        <translation>Zwei Boxen heißen „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address.</source>
        <translation>„%1“ ist keine https://-Adresse.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 32 bytes in hex (AA:BB:…).</source>
        <translation>Der hinterlegte Fingerabdruck muss aus 32 Bytes in Hex bestehen (AA:BB:…).</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Provision certificates</source>
        <translation>Zertifikate bereitstellen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation>Was die Box sagt</translation>
    </message>
    <message>
        <source>Stopped waiting. The box may still be requesting certificates; the table shows them once they are installed.</source>
        <translation>Das Warten wurde beendet. Die Box fordert möglicherweise noch Zertifikate an; die Tabelle zeigt sie, sobald sie installiert sind.</translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation>Die Bereitstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The box&apos;s status lists no domain that can get a certificate from Let&apos;s Encrypt now: each domain either has a valid certificate or cannot be checked by Let&apos;s Encrypt (the table says why). Provisioning tells for every domain what the box would do.</source>
        <translation>Der Status der Box nennt keine Domain, die jetzt ein Zertifikat von Let&apos;s Encrypt bekommen kann: Jede Domain hat entweder ein gültiges Zertifikat oder kann von Let&apos;s Encrypt nicht geprüft werden (die Tabelle sagt, warum). Die Bereitstellung sagt für jede Domain, was die Box tun würde.</translation>
    </message>
    <message>
        <source>A TLS certificate can be provisioned automatically from Let&apos;s Encrypt, a free certificate provider, for: %1. The box renews them by itself 14 days before they expire.</source>
        <translation>Ein TLS-Zertifikat kann automatisch von Let&apos;s Encrypt, einem kostenlosen Zertifikatsanbieter, bereitgestellt werden für: %1. Die Box erneuert sie selbst 14 Tage vor ihrem Ablauf.</translation>
    </message>
    <message>
        <source>The box answered within a second.</source>
        <translation>Die Box hat innerhalb einer Sekunde geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>The box took %n second(s).</source>
        <translation>
            <numerusform>Die Box hat %n Sekunde gebraucht.</numerusform>
            <numerusform>Die Box hat %n Sekunden gebraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box is requesting certificates… %1:%2 — this can take minutes. You may close this window; the box goes on and the table shows the certificates once installed.</source>
        <translation>Die Box fordert Zertifikate an… %1:%2 — das kann Minuten dauern. Sie können dieses Fenster schließen; die Box macht weiter, und die Tabelle zeigt die Zertifikate, sobald sie installiert sind.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>The TLS certificate was provisioned and installed.</source>
        <translation>Das TLS-Zertifikat wurde bereitgestellt und installiert.</translation>
    </message>
    <message>
        <source>After installing</source>
        <translation>Nach der Installation</translation>
    </message>
    <message>
        <source>There were no domain names to provision certificates for.</source>
        <translation>Es gab keine Domainnamen, für die Zertifikate bereitzustellen waren.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) installed</source>
        <translation>
            <numerusform>%n Zertifikat installiert</numerusform>
            <numerusform>%n Zertifikate installiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed — see the box&apos;s log below</source>
        <translation>
            <numerusform>%n Anforderung fehlgeschlagen — siehe das Protokoll der Box unten</numerusform>
            <numerusform>%n Anforderungen fehlgeschlagen — siehe das Protokoll der Box unten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The box could not list the backup&apos;s files: %1</source>
        <translation>Die Box konnte die Dateien der Sicherung nicht auflisten: %1</translation>
    </message>
    <message>
        <source>On the box: %1…</source>
        <translation>Auf der Box: %1…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Which backup to restore from: the box keeps a full backup and the increments made after it, and restores any of them as it was at that time.</source>
        <translation>Aus welcher Sicherung wiederhergestellt wird: Die Box bewahrt eine Vollsicherung und die danach gemachten inkrementellen Sicherungen auf und kann mit jeder davon den Stand zu jenem Zeitpunkt wiederherstellen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Choose what to restore</source>
        <translation>Auswählen, was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Everything, one mailbox, or a single folder or file. Mailboxes are listed by address, with their mail folders.</source>
        <translation>Alles, ein Postfach oder ein einzelner Ordner oder eine einzelne Datei. Postfächer sind nach Adresse aufgeführt, mit ihren Mail-Ordnern.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Choose a new directory on the box</source>
        <translation>Neues Verzeichnis auf der Box auswählen</translation>
    </message>
    <message>
        <source>The box restores into a directory that does not exist yet (or is empty), outside its data folder. The live mail and settings are not touched.</source>
        <translation>Die Box stellt in ein Verzeichnis wieder her, das noch nicht existiert (oder leer ist), außerhalb ihres Datenordners. Die laufenden E-Mails und Einstellungen bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Directory on the box:</source>
        <translation>&amp;Verzeichnis auf der Box:</translation>
    </message>
    <message>
        <source>The box makes the directory readable by root only. The restored files keep their place below it, as in the box&apos;s data folder; copy what you need from there on the box.</source>
        <translation>Die Box macht das Verzeichnis nur für root lesbar. Die wiederhergestellten Dateien behalten darunter ihren Platz, wie im Datenordner der Box; kopieren Sie auf der Box von dort, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation>Wiederherstellung bestätigen</translation>
    </message>
    <message>
        <source>Read what the box will do.</source>
        <translation>Lesen Sie, was die Box tun wird.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>The box restores from the backup. Closing this window does not stop it.</source>
        <translation>Die Box stellt aus der Sicherung wieder her. Das Schließen dieses Fensters hält sie nicht an.</translation>
    </message>
    <message>
        <source>Loading the files of the backup of %1…</source>
        <translation>Die Dateien der Sicherung vom %1 werden geladen…</translation>
    </message>
    <message>
        <source>The box is still listing files; go back and forth to try again.</source>
        <translation>Die Box listet noch Dateien auf; gehen Sie zurück und wieder vor, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>the full backup</source>
        <translation>der Vollsicherung</translation>
    </message>
    <message>
        <source>the incremental backup</source>
        <translation>der inkrementellen Sicherung</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box will restore &lt;b&gt;%1&lt;/b&gt; from %2 of &lt;b&gt;%3&lt;/b&gt; into the new directory &lt;b&gt;%4&lt;/b&gt; on the box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Box wird &lt;b&gt;%1&lt;/b&gt; aus %2 vom &lt;b&gt;%3&lt;/b&gt; in das neue Verzeichnis &lt;b&gt;%4&lt;/b&gt; auf der Box wiederherstellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The files keep their place below that directory, for example &lt;tt&gt;%1&lt;/tt&gt;. The box makes the directory readable by root only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Dateien behalten ihren Platz unterhalb dieses Verzeichnisses, zum Beispiel &lt;tt&gt;%1&lt;/tt&gt;. Die Box macht das Verzeichnis nur für root lesbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing else changes: the mail, users and settings the box uses now stay as they are. Copy what you need from the new directory on the box afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sonst ändert sich nichts: Die E-Mails, Benutzer und Einstellungen, die die Box jetzt verwendet, bleiben, wie sie sind. Kopieren Sie danach, was Sie brauchen, aus dem neuen Verzeichnis auf der Box.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Die Wiederherstellung wird gestartet…</translation>
    </message>
    <message>
        <source>A restore is already running on the box.</source>
        <translation>Auf der Box läuft bereits eine Wiederherstellung.</translation>
    </message>
    <message>
        <source>Enter a directory on the box.</source>
        <translation>Geben Sie ein Verzeichnis auf der Box ein.</translation>
    </message>
    <message>
        <source>Give the directory as an absolute path on the box, starting with /.</source>
        <translation>Geben Sie das Verzeichnis als absoluten Pfad auf der Box an, beginnend mit /.</translation>
    </message>
    <message>
        <source>The directory is inside the box&apos;s data folder (%1): choose one elsewhere.</source>
        <translation>Das Verzeichnis liegt im Datenordner der Box (%1): Wählen Sie eines außerhalb.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Andere Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n file(s))</source>
        <translation>
            <numerusform>Alles (%n Datei)</numerusform>
            <numerusform>Alles (%n Dateien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailboxes (%n)</source>
        <translation>
            <numerusform>Postfächer (%n)</numerusform>
            <numerusform>Postfächer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item: a mailbox (by its address), a folder or a file, or everything.</source>
        <translation>Wählen Sie einen Eintrag: ein Postfach (nach seiner Adresse), einen Ordner oder eine Datei, oder alles.</translation>
    </message>
    <message>
        <source>everything the backup holds (all mailboxes, the users database, certificates, DNS and web files)</source>
        <translation>alles, was die Sicherung enthält (alle Postfächer, die Benutzerdatenbank, Zertifikate, DNS- und Web-Dateien)</translation>
    </message>
    <message>
        <source>the mailbox %1 with all its mail folders</source>
        <translation>das Postfach %1 mit allen seinen Mail-Ordnern</translation>
    </message>
    <message>
        <source>the folder %1 with everything in it</source>
        <translation>den Ordner %1 mit allem, was darin ist</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 vergangen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The restore is done.</source>
        <translation>Die Wiederherstellung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen.</translation>
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
        <translation>Ich habe den Fingerabdruck geprüft und &amp;vertraue diesem Zertifikat</translation>
    </message>
    <message>
        <source>Trust and &amp;connect</source>
        <translation>Vertrauen und &amp;verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box &lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer cannot verify. This is normal for a new box with a self-signed certificate. Compare the fingerprint below with the one the box shows (for example with &lt;tt&gt;openssl x509 -noout -fingerprint -sha256&lt;/tt&gt; on the box) before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Box &lt;b&gt;%1&lt;/b&gt; hat ein Zertifikat vorgelegt, das dieser Computer nicht prüfen kann. Das ist bei einer neuen Box mit selbstsigniertem Zertifikat normal. Vergleichen Sie den Fingerabdruck unten mit dem, den die Box zeigt (zum Beispiel mit &lt;tt&gt;openssl x509 -noout -fingerprint -sha256&lt;/tt&gt; auf der Box), bevor Sie ihm vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>StatusChangesDialog</name>
    <message>
        <source>Changes since the previous night</source>
        <translation>Änderungen seit der vorigen Nacht</translation>
    </message>
    <message>
        <source>There is no report yet. Every night the box runs its status checks and compares them with the night before; the first report comes after the second night.</source>
        <translation>Es gibt noch keinen Bericht. Jede Nacht führt die Box ihre Statusprüfungen aus und vergleicht sie mit der Nacht davor; der erste Bericht kommt nach der zweiten Nacht.</translation>
    </message>
    <message>
        <source>The report of %1: nothing changed since the night before.</source>
        <translation>Der Bericht vom %1: Seit der Nacht davor hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The report of %1: what changed since the night before.</source>
        <translation>Der Bericht vom %1: Was sich seit der Nacht davor geändert hat.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>All %n check(s) OK</source>
        <translation>
            <numerusform>%n Prüfung OK</numerusform>
            <numerusform>Alle %n Prüfungen OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 OK, %2 errors, %3 warnings</source>
        <translation>%1 OK, %2 Fehler, %3 Warnungen</translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Run checks again</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>Warten &amp;beenden</translation>
    </message>
    <message>
        <source>Last night&apos;s c&amp;hanges…</source>
        <translation>Änderungen der letzten &amp;Nacht…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show or hide the &amp;details</source>
        <translation>&amp;Details ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show only the warnings and errors, and the groups that have some</source>
        <translation>Nur Warnungen und Fehler anzeigen, samt den Gruppen, die solche enthalten</translation>
    </message>
    <message>
        <source>Filter by domain or text…</source>
        <translation>Nach Domain oder Text filtern…</translation>
    </message>
    <message>
        <source>Run every status check on the box again (F5)</source>
        <translation>Jede Statusprüfung auf der Box erneut ausführen (F5)</translation>
    </message>
    <message>
        <source>Stop waiting for this run; the box finishes it on its own</source>
        <translation>Nicht länger auf diesen Lauf warten; die Box beendet ihn selbst</translation>
    </message>
    <message>
        <source>What changed in the status checks between the last two nights, as the box&apos;s nightly report says</source>
        <translation>Was sich in den Statusprüfungen zwischen den letzten beiden Nächten geändert hat, laut dem nächtlichen Bericht der Box</translation>
    </message>
    <message>
        <source>This box does not report what changed in its checks overnight: that needs Boxkeeper&apos;s agent on the box.</source>
        <translation>Diese Box meldet nicht, was sich über Nacht in ihren Prüfungen geändert hat: Dafür braucht es den Agenten von Boxkeeper auf der Box.</translation>
    </message>
    <message>
        <source>Pick a check to read all of it here.</source>
        <translation>Wählen Sie eine Prüfung, um sie hier vollständig zu lesen.</translation>
    </message>
    <message>
        <source>The box checks its services, its network and every domain it serves, and says what is wrong and how to fix it. Pick a check to read all of it below; checks with details can be opened.</source>
        <translation>Die Box prüft ihre Dienste, ihr Netzwerk und jede Domain, die sie bedient, und sagt, was nicht stimmt und wie es sich beheben lässt. Wählen Sie eine Prüfung, um sie unten vollständig zu lesen; Prüfungen mit Details lassen sich aufklappen.</translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation>Statusprüfungen</translation>
    </message>
    <message>
        <source>Last night&apos;s changes could not be loaded: %1</source>
        <translation>Die Änderungen der letzten Nacht konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The status checks could not be run: %1</source>
        <translation>Die Statusprüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the status checks…</source>
        <translation>Die Statusprüfungen laufen…</translation>
    </message>
    <message>
        <source>No status checks yet. Run them with “Run checks again”.</source>
        <translation>Noch keine Statusprüfungen. Führen Sie sie mit „Prüfungen erneut ausführen“ aus.</translation>
    </message>
    <message>
        <source>No problems: every check passed.</source>
        <translation>Keine Probleme: Jede Prüfung war erfolgreich.</translation>
    </message>
    <message>
        <source>No check matches “%1”.</source>
        <translation>Keine Prüfung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Running the checks on the box… %1 s</source>
        <translation>Die Prüfungen laufen auf der Box… %1 s</translation>
    </message>
    <message>
        <source>Last run at %1 (took %2 s).</source>
        <translation>Zuletzt ausgeführt um %1 (Dauer %2 s).</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Die Prüfungen sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Copied the check&apos;s text.</source>
        <translation>Der Text der Prüfung wurde kopiert.</translation>
    </message>
    <message>
        <source>Hide the &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Show the &amp;details</source>
        <translation>&amp;Details einblenden</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The box&apos;s status checks could not be read.</source>
        <translation>Die Statusprüfungen der Box konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Stopped waiting for the status checks.</source>
        <translation>Das Warten auf die Statusprüfungen wurde beendet.</translation>
    </message>
    <message>
        <source>The box&apos;s report of last night&apos;s changes could not be read.</source>
        <translation>Der Bericht der Box über die Änderungen der letzten Nacht konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StatusTreeModel</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
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
    <name>SystemPage</name>
    <message>
        <source>Check for a &amp;new release</source>
        <translation>Nach einer &amp;neuen Version suchen</translation>
    </message>
    <message>
        <source>&amp;Check for new releases of Mail-in-a-Box</source>
        <translation>Auf neue Versionen von Mail-in-a-Box &amp;prüfen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Install updates…</source>
        <translation>Updates &amp;installieren…</translation>
    </message>
    <message>
        <source>Re&amp;boot the box…</source>
        <translation>Box neu &amp;starten…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>What the box&apos;s package manager says while installing appears here.</source>
        <translation>Was die Paketverwaltung der Box während der Installation ausgibt, erscheint hier.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When this is on, the box asks mailinabox.email for the latest release (here and in its status checks). When it is off, the box stays private and never asks.</source>
        <translation>Wenn dies eingeschaltet ist, fragt die Box bei mailinabox.email nach der neuesten Version (hier und in ihren Statusprüfungen). Wenn es ausgeschaltet ist, bleibt die Box privat und fragt nie.</translation>
    </message>
    <message>
        <source>Software updates</source>
        <translation>Software-Updates</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Mail-in-a-Box version on the box: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mail-in-a-Box-Version auf der Box: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The box&apos;s software is up to date.</source>
        <translation>Die Software der Box ist auf dem neuesten Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n package update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n Paket-Update wartet auf die Installation.</numerusform>
            <numerusform>%n Paket-Updates warten auf die Installation.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The package manager printed nothing.)</source>
        <translation>(Die Paketverwaltung hat nichts ausgegeben.)</translation>
    </message>
    <message>
        <source>Updates installed (took %1 s).</source>
        <translation>Updates installiert (Dauer %1 s).</translation>
    </message>
    <message>
        <source>The box needs a reboot to finish installing updates.</source>
        <translation>Die Box braucht einen Neustart, um die Installation der Updates abzuschließen.</translation>
    </message>
    <message>
        <source>No reboot is necessary.</source>
        <translation>Ein Neustart ist nicht nötig.</translation>
    </message>
    <message>
        <source>The box is restarting. Reconnect in a minute or so.</source>
        <translation>Die Box startet neu. Verbinden Sie sich in etwa einer Minute erneut.</translation>
    </message>
    <message>
        <source>The reboot command said: %1</source>
        <translation>Der Neustart-Befehl meldete: %1</translation>
    </message>
    <message>
        <source>The box&apos;s version is not known: %1</source>
        <translation>Die Version der Box ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>The privacy setting could not be read or changed: %1</source>
        <translation>Die Datenschutzeinstellung konnte nicht gelesen oder geändert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>The updates could not be listed: %1</source>
        <translation>Die Updates konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Installing the updates failed.</source>
        <translation>Die Installation der Updates ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Whether the box needs a reboot is not known: %1</source>
        <translation>Ob die Box einen Neustart braucht, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>The box could not be rebooted: %1</source>
        <translation>Die Box konnte nicht neu gestartet werden: %1</translation>
    </message>
    <message>
        <source>Asking the box for its version…</source>
        <translation>Die Box wird nach ihrer Version gefragt…</translation>
    </message>
    <message>
        <source>Asking the box for pending updates (this can take a minute)…</source>
        <translation>Die Box wird nach ausstehenden Updates gefragt (das kann eine Minute dauern)…</translation>
    </message>
    <message>
        <source>The box does not look for new releases: the new-version check is off, so it stays private.</source>
        <translation>Die Box sucht nicht nach neuen Versionen: Die Prüfung auf neue Versionen ist ausgeschaltet, damit bleibt sie privat.</translation>
    </message>
    <message>
        <source>Looking for the latest release…</source>
        <translation>Die neueste Version wird gesucht…</translation>
    </message>
    <message>
        <source>The latest release is not known: %1</source>
        <translation>Die neueste Version ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>The latest release is %1.</source>
        <translation>Die neueste Version ist %1.</translation>
    </message>
    <message>
        <source>This is the latest release.</source>
        <translation>Dies ist die neueste Version.</translation>
    </message>
    <message>
        <source>A newer release is available: %1. Upgrade by running the setup again on the box.</source>
        <translation>Eine neuere Version ist verfügbar: %1. Aktualisieren Sie, indem Sie das Setup auf der Box erneut ausführen.</translation>
    </message>
    <message>
        <source>Installing updates on the box… %1 s</source>
        <translation>Updates werden auf der Box installiert… %1 s</translation>
    </message>
    <message>
        <source>the box</source>
        <translation>die Box</translation>
    </message>
    <message>
        <source>Install updates</source>
        <translation>Updates installieren</translation>
    </message>
    <message numerus="yes">
        <source>Install %n package update(s) on %1 now?</source>
        <translation>
            <numerusform>Jetzt %n Paket-Update auf %1 installieren?</numerusform>
            <numerusform>Jetzt %n Paket-Updates auf %1 installieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>The box runs its package manager; this can take several minutes. Services may restart briefly while their packages are replaced.</source>
        <translation>Die Box führt ihre Paketverwaltung aus; das kann mehrere Minuten dauern. Dienste können kurz neu starten, während ihre Pakete ersetzt werden.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Reboot %1 now?</source>
        <translation>%1 jetzt neu starten?</translation>
    </message>
    <message>
        <source>Until the machine is up again, nobody can send or receive mail through it, and neither this app, the control panel nor SSH can reach it. Once started, the reboot cannot be stopped.</source>
        <translation>Bis der Rechner wieder läuft, kann niemand über ihn E-Mails senden oder empfangen, und weder diese App noch das Kontrollzentrum noch SSH können ihn erreichen. Einmal gestartet, lässt sich der Neustart nicht aufhalten.</translation>
    </message>
    <message>
        <source>&amp;Reboot now</source>
        <translation>Jetzt neu &amp;starten</translation>
    </message>
</context>
<context>
    <name>SystemService</name>
    <message>
        <source>The box did not say which version is the latest.</source>
        <translation>Die Box hat nicht gesagt, welche Version die neueste ist.</translation>
    </message>
    <message>
        <source>The box&apos;s privacy setting could not be read.</source>
        <translation>Die Datenschutzeinstellung der Box konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box&apos;s list of updates could not be read.</source>
        <translation>Die Liste der Updates der Box konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The box did not say whether it needs a reboot.</source>
        <translation>Die Box hat nicht gesagt, ob sie einen Neustart braucht.</translation>
    </message>
    <message>
        <source>The box&apos;s list of web sites could not be read.</source>
        <translation>Die Liste der Websites der Box konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS (SSL) Certificates</source>
        <translation>TLS-(SSL-)Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Install certificate…</source>
        <translation>Zertifikat &amp;installieren…</translation>
    </message>
    <message>
        <source>Make a &amp;CSR…</source>
        <translation>&amp;CSR erstellen…</translation>
    </message>
    <message>
        <source>&amp;Provision certificates…</source>
        <translation>Zertifikate &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>&amp;Copy the box&apos;s text</source>
        <translation>Text der Box &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter by domain, state or text…</source>
        <translation>Nach Domain, Zustand oder Text filtern…</translation>
    </message>
    <message>
        <source>The box serves no domains.</source>
        <translation>Die Box bedient keine Domains.</translation>
    </message>
    <message>
        <source>No domains match “%1”.</source>
        <translation>Keine Domain passt zu „%1“.</translation>
    </message>
    <message>
        <source>A TLS (formerly SSL) certificate proves to anyone connecting to a domain that the connection is with its owner. The box needs one for its own name and for every domain it serves a website for. Certificates from Let&apos;s Encrypt are provisioned with “Provision certificates” and renewed by the box 14 days before they expire; for another provider, make a CSR and install the certificate the provider issues.</source>
        <translation>Ein TLS-Zertifikat (früher SSL) beweist jedem, der sich mit einer Domain verbindet, dass die Verbindung mit ihrem Inhaber besteht. Die Box braucht eines für ihren eigenen Namen und für jede Domain, für die sie eine Website bereitstellt. Zertifikate von Let&apos;s Encrypt werden mit „Zertifikate bereitstellen“ bereitgestellt und von der Box 14 Tage vor ihrem Ablauf erneuert; für einen anderen Anbieter erstellen Sie eine CSR und installieren das Zertifikat, das der Anbieter ausstellt.</translation>
    </message>
    <message>
        <source>The certificate for %1 was installed.</source>
        <translation>Das Zertifikat für %1 wurde installiert.</translation>
    </message>
    <message>
        <source>The certificate for %1 was installed. The box: %2</source>
        <translation>Das Zertifikat für %1 wurde installiert. Die Box: %2</translation>
    </message>
    <message>
        <source>Loading the certificates&apos; status…</source>
        <translation>Der Status der Zertifikate wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a valid certificate</source>
        <translation>
            <numerusform>%n mit gültigem Zertifikat</numerusform>
            <numerusform>%n mit gültigem Zertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can get one automatically</source>
        <translation>
            <numerusform>%n kann automatisch eines bekommen</numerusform>
            <numerusform>%n können automatisch eines bekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificates&apos; status could not be loaded: %1</source>
        <translation>Der Status der Zertifikate konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Provisioning…</source>
        <translation>&amp;Bereitstellung läuft…</translation>
    </message>
</context>
<context>
    <name>TlsService</name>
    <message>
        <source>The box&apos;s certificate status could not be read.</source>
        <translation>Der Zertifikatsstatus der Box konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Choose the domain the certificate is for.</source>
        <translation>Wählen Sie die Domain, für die das Zertifikat ist.</translation>
    </message>
    <message>
        <source>The box did not answer with a certificate signing request.</source>
        <translation>Die Box hat nicht mit einer Zertifikatsignierungsanforderung geantwortet.</translation>
    </message>
    <message>
        <source>Paste the certificate, or choose its file.</source>
        <translation>Fügen Sie das Zertifikat ein, oder wählen Sie seine Datei aus.</translation>
    </message>
    <message>
        <source>The box&apos;s answer to provisioning could not be read.</source>
        <translation>Die Antwort der Box auf die Bereitstellung konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TlsStatusModel</name>
    <message>
        <source>Signed &amp; valid</source>
        <translation>Signiert und gültig</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <source>Hosted elsewhere</source>
        <translation>Anderswo gehostet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Installed from here: %1, issued by %2</source>
        <translation>Von hier installiert: %1, ausgestellt von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The box&apos;s status does not say which certificate file this is. Provisioning names the files of valid certificates; a certificate installed from here is shown with its details.</source>
        <translation>Der Status der Box sagt nicht, welche Zertifikatsdatei dies ist. Die Bereitstellung nennt die Dateien gültiger Zertifikate; ein von hier installiertes Zertifikat wird mit seinen Details angezeigt.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation>Was die Box sagt</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>The box has no DNS zones yet.</source>
        <translation>Die Box hat noch keine DNS-Zonen.</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>e.g. home-router or nightly-report</source>
        <translation>z. B. home-router oder nightly-report</translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translation>Was das Token darf</translation>
    </message>
    <message>
        <source>Custom DNS records of these zones only (dns:&lt;i&gt;zone&lt;/i&gt;, e.g. for a router that updates its address):</source>
        <translation>Nur die eigenen DNS-Einträge dieser Zonen (dns:&lt;i&gt;zone&lt;/i&gt;, z. B. für einen Router, der seine Adresse aktualisiert):</translation>
    </message>
    <message>
        <source>(the last day it works, UTC)</source>
        <translation>(der letzte Tag, an dem es gilt, UTC)</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Enter a name for the token, e.g. the machine or script that will use it.</source>
        <translation>Geben Sie einen Namen für das Token ein, z. B. den Rechner oder das Skript, der oder das es verwenden wird.</translation>
    </message>
    <message>
        <source>Choose at least one scope: what the token may do.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: was das Token darf.</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;example</source>
        <translation>&amp;Beispiel kopieren</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>API-Token erstellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now: it will not be shown again.&lt;/b&gt; The box keeps only a hash of it. If it is lost, revoke the token and make a new one.</source>
        <translation>&lt;b&gt;Kopieren Sie das Geheimnis jetzt: Es wird nicht wieder angezeigt.&lt;/b&gt; Die Box bewahrt nur einen Hash davon auf. Geht es verloren, widerrufen Sie das Token und erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Use it as the password of the user &lt;tt&gt;token&lt;/tt&gt;, e.g. with curl:</source>
        <translation>Verwenden Sie es als Passwort des Benutzers &lt;tt&gt;token&lt;/tt&gt;, z. B. mit curl:</translation>
    </message>
    <message>
        <source>Programs can send it as &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; &lt;i&gt;secret&lt;/i&gt; instead. It works when two-factor authentication is on for the administrators too.</source>
        <translation>Programme können es stattdessen als &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; &lt;i&gt;Geheimnis&lt;/i&gt; senden. Es funktioniert auch, wenn für die Administratoren die Zwei-Faktor-Authentifizierung eingeschaltet ist.</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>the example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>The token &lt;b&gt;%1&lt;/b&gt; was created. Its secret:</source>
        <translation>Das Token &lt;b&gt;%1&lt;/b&gt; wurde erstellt. Sein Geheimnis:</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The box&apos;s list of API tokens could not be read.</source>
        <translation>Die Liste der API-Tokens konnte nicht von der Box gelesen werden.</translation>
    </message>
    <message>
        <source>Enter a name for the token, e.g. the machine or script that will use it.</source>
        <translation>Geben Sie einen Namen für das Token ein, z. B. den Rechner oder das Skript, der oder das es verwenden wird.</translation>
    </message>
    <message>
        <source>Choose at least one scope: what the token may do.</source>
        <translation>Wählen Sie mindestens eine Berechtigung: was das Token darf.</translation>
    </message>
    <message>
        <source>The box made the token but its answer could not be read: revoke the token and make a new one.</source>
        <translation>Die Box hat das Token erstellt, aber ihre Antwort konnte nicht gelesen werden: Widerrufen Sie das Token und erstellen Sie ein neues.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>API Tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter by name or scope…</source>
        <translation>Nach Name oder Berechtigung filtern…</translation>
    </message>
    <message>
        <source>The box has no API tokens. Make one with “New token…”.</source>
        <translation>Die Box hat keine API-Tokens. Erstellen Sie eines mit „Neues Token…“.</translation>
    </message>
    <message>
        <source>No tokens match “%1”.</source>
        <translation>Keine Tokens passen zu „%1“.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Loading the API tokens…</source>
        <translation>Die API-Tokens werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n API-Token</numerusform>
            <numerusform>%n API-Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the token %1.</source>
        <translation>Token %1 erstellt.</translation>
    </message>
    <message>
        <source>Revoked the token %1: it no longer works.</source>
        <translation>Token %1 widerrufen: Es funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>API tokens come with the Boxkeeper agent; this box does not offer them (scripts there log in with an administrator&apos;s email and password).</source>
        <translation>API-Tokens gibt es mit dem Boxkeeper-Agenten; diese Box bietet sie nicht an (Skripte melden sich dort mit der E-Mail-Adresse und dem Passwort eines Administrators an).</translation>
    </message>
    <message>
        <source>A token lets a script or device use the box&apos;s API without an administrator&apos;s password: a router that updates its address in the DNS, a monitoring job that reads the status. Give each its own token with the least it needs; revoke it when the device goes. The box stores only a hash of each secret.</source>
        <translation>Mit einem Token kann ein Skript oder Gerät die API der Box ohne das Passwort eines Administrators verwenden: ein Router, der seine Adresse im DNS aktualisiert, ein Überwachungsauftrag, der den Status liest. Geben Sie jedem ein eigenes Token mit nur den Rechten, die es braucht; widerrufen Sie es, wenn das Gerät wegfällt. Die Box speichert von jedem Geheimnis nur einen Hash.</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the token %1?</source>
        <translation>Das Token %1 widerrufen?</translation>
    </message>
    <message>
        <source>Scripts and devices that use it are refused from then on. This cannot be undone; a new token has a new secret.</source>
        <translation>Skripte und Geräte, die es verwenden, werden von da an abgewiesen. Das lässt sich nicht rückgängig machen; ein neues Token hat ein neues Geheimnis.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoking the token %1…</source>
        <translation>Das Token %1 wird widerrufen…</translation>
    </message>
    <message>
        <source>The API tokens could not be loaded: %1</source>
        <translation>Die API-Tokens konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation>Das Token wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Das Token wurde nicht widerrufen: %1</translation>
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
        <translation>000000</translation>
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
    <name>TrayNotificationSink</name>
    <message>
        <source>Boxkeeper</source>
        <translation>Boxkeeper</translation>
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
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Ausschalten</translation>
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
        <translation>Die von der Box geschickte Benutzerliste konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
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
    <message>
        <source>Archived mailboxes</source>
        <translation>Archivierte Postfächer</translation>
    </message>
    <message>
        <source>Mailbox folders the box keeps on its disk for addresses that are no longer users. Archiving a user deletes the account (the user row); the mailbox folder stays, with the mail in it. The box makes that folder when the first mail is delivered to the address or the user first opens the mailbox: a user who never had either has no folder, so nothing is kept and nothing is listed here. Adding a user with the same address again gives the kept mail back.</source>
        <translation>Postfachordner, die die Box für Adressen, die keine Benutzer mehr sind, auf ihrer Festplatte behält. Archivieren löscht das Konto (den Benutzereintrag); der Postfachordner bleibt mit den E-Mails darin erhalten. Die Box legt diesen Ordner an, wenn die erste E-Mail an die Adresse zugestellt wird oder der Benutzer das Postfach zum ersten Mal öffnet: Wer beides nie hatte, hat keinen Ordner, also wird nichts behalten und hier nichts aufgeführt. Wird ein Benutzer mit derselben Adresse wieder angelegt, bekommt er die behaltenen E-Mails zurück.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
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
        <source>Archive user</source>
        <translation>Benutzer archivieren</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 archivieren?</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
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
    <message>
        <source>The box has no users yet. Add the first with “Add user…”.</source>
        <translation>Die Box hat noch keine Benutzer. Legen Sie den ersten mit „Benutzer hinzufügen…“ an.</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Keine Benutzer passen zu „%1“.</translation>
    </message>
    <message>
        <source>%1 was archived: the account is deleted, its mailbox folder stays on the box&apos;s disk.</source>
        <translation>%1 wurde archiviert: Das Konto ist gelöscht, sein Postfachordner bleibt auf der Festplatte der Box.</translation>
    </message>
    <message>
        <source>%1 was archived: the account is deleted. If mail had arrived for it, its mailbox folder stays on the box&apos;s disk and shows under “%2” after a refresh.</source>
        <translation>%1 wurde archiviert: Das Konto ist gelöscht. Waren E-Mails dafür eingegangen, bleibt sein Postfachordner auf der Festplatte der Box und erscheint nach dem Aktualisieren unter „%2“.</translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation>&amp;Administratorrecht entziehen…</translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation>Administratorrecht entziehen</translation>
    </message>
    <message>
        <source>Remove the administrator privilege from %1?</source>
        <translation>%1 das Administratorrecht entziehen?</translation>
    </message>
    <message>
        <source>%1 can then no longer manage the box: neither here nor in its control panel. Their mail is not affected.</source>
        <translation>%1 kann die Box dann nicht mehr verwalten: weder hier noch in ihrer Systemsteuerung. Die E-Mails sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Remove privilege</source>
        <translation>Recht &amp;entziehen</translation>
    </message>
    <message>
        <source>The account is deleted: it can no longer log in, and mail to the address is no longer accepted (aliases that forward to it stay). The box does not delete mail: the mailbox folder stays on its disk and is listed under “%1”; adding a user with the same address again gives the mail back. The box makes that folder when the first mail arrives or the user first opens the mailbox, so for an address that never had mail nothing is kept.</source>
        <translation>Das Konto wird gelöscht: Es kann sich nicht mehr anmelden, und E-Mails an die Adresse werden nicht mehr angenommen (Aliasse, die an sie weiterleiten, bleiben). Die Box löscht keine E-Mails: Der Postfachordner bleibt auf ihrer Festplatte und wird unter „%1“ aufgeführt; wird ein Benutzer mit derselben Adresse wieder angelegt, bekommt er die E-Mails zurück. Die Box legt diesen Ordner an, wenn die erste E-Mail eintrifft oder der Benutzer das Postfach zum ersten Mal öffnet; für eine Adresse, die nie E-Mails hatte, wird also nichts behalten.</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Update web configuration</source>
        <translation>&amp;Webkonfiguration aktualisieren</translation>
    </message>
    <message>
        <source>The box&apos;s answer:</source>
        <translation>Die Antwort der Box:</translation>
    </message>
    <message>
        <source>&amp;Copy the folder</source>
        <translation>Ordner &amp;kopieren</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Static site</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>Folder for its files</source>
        <translation>Ordner für ihre Dateien</translation>
    </message>
    <message>
        <source>Write the box&apos;s web server configuration anew, e.g. after creating a site&apos;s own folder, and reload the web server if it changed</source>
        <translation>Die Webserver-Konfiguration der Box neu schreiben, z. B. nachdem Sie den eigenen Ordner einer Website angelegt haben, und den Webserver neu laden, wenn sie sich geändert hat</translation>
    </message>
    <message>
        <source>Static Web Hosting</source>
        <translation>Statisches Webhosting</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The web configuration could not be updated: %1</source>
        <translation>Die Webkonfiguration konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The web sites could not be loaded: %1</source>
        <translation>Die Websites konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Updating the web configuration…</source>
        <translation>Die Webkonfiguration wird aktualisiert…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The box does not serve files for this site: its custom DNS or web settings send it elsewhere (a proxy or a redirect).</source>
        <translation>Die Box liefert für diese Website keine Dateien aus: Eigenes DNS oder Web-Einstellungen leiten sie anderswohin (ein Proxy oder eine Weiterleitung).</translation>
    </message>
    <message>
        <source>the box</source>
        <translation>die Box</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box serves a simple static web site at &lt;b&gt;https://%1&lt;/b&gt; and at every domain that has a mail user or alias. You can put your own HTML pages and other static files there; the box does not build web sites, it only serves the files you upload.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uploading files&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Make sure the status checks show no problems for the domains you publish a site for.&lt;/li&gt;&lt;li&gt;Use a file transfer program that speaks SSH (SFTP), e.g. FileZilla, WinSCP or &lt;tt&gt;scp&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Connect to &lt;b&gt;%1&lt;/b&gt; with the &lt;b&gt;SSH login&lt;/b&gt; you got when the machine was set up at your hosting provider (usually with a private key) — not with a mail or control panel password.&lt;/li&gt;&lt;li&gt;Upload the files into &lt;tt&gt;%2&lt;/tt&gt;, or into a site&apos;s own folder listed below. They are on the web right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A site appears here once the box has a mail user or alias on its domain; its domain&apos;s nameservers must point to the box (see the setup guide; no glue records needed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Box stellt eine einfache statische Website unter &lt;b&gt;https://%1&lt;/b&gt; und unter jeder Domain bereit, die einen Mail-Benutzer oder Alias hat. Sie können dort Ihre eigenen HTML-Seiten und andere statische Dateien ablegen; die Box erstellt keine Websites, sie liefert nur die Dateien aus, die Sie hochladen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dateien hochladen&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stellen Sie sicher, dass die Statusprüfungen keine Probleme für die Domains zeigen, für die Sie eine Website veröffentlichen.&lt;/li&gt;&lt;li&gt;Verwenden Sie ein Dateiübertragungsprogramm, das SSH (SFTP) spricht, z. B. FileZilla, WinSCP oder &lt;tt&gt;scp&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Verbinden Sie sich mit &lt;b&gt;%1&lt;/b&gt; mit dem &lt;b&gt;SSH-Zugang&lt;/b&gt;, den Sie bei der Einrichtung des Rechners bei Ihrem Hosting-Anbieter bekommen haben (meist mit einem privaten Schlüssel) — nicht mit einem Mail- oder Kontrollzentrum-Passwort.&lt;/li&gt;&lt;li&gt;Laden Sie die Dateien nach &lt;tt&gt;%2&lt;/tt&gt; hoch, oder in den eigenen Ordner einer unten aufgeführten Website. Sie sind sofort im Web.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Eine Website erscheint hier, sobald die Box einen Mail-Benutzer oder Alias unter ihrer Domain hat; die Nameserver ihrer Domain müssen auf die Box zeigen (siehe die Einrichtungsanleitung; keine Glue-Records nötig).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is not served from a folder of the box.</source>
        <translation>%1 wird nicht aus einem Ordner der Box bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 shares the default folder. To give it a folder of its own, create %2 on the box, then update the web configuration.</source>
        <translation>%1 teilt den Standardordner. Für einen eigenen Ordner legen Sie %2 auf der Box an und aktualisieren dann die Webkonfiguration.</translation>
    </message>
    <message>
        <source>%1 has a folder of its own: %2</source>
        <translation>%1 hat einen eigenen Ordner: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Address of the box&apos;s control panel (https://HOST/admin).</source>
        <translation>Adresse der Systemsteuerung der Box (https://HOST/admin).</translation>
    </message>
    <message>
        <source>Login email address.</source>
        <translation>E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>Pin the box&apos;s certificate by its SHA-256 fingerprint (AA:BB:…).</source>
        <translation>Das Zertifikat der Box über seinen SHA-256-Fingerabdruck hinterlegen (AA:BB:…).</translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation>Das Passwort von der Standardeingabe lesen und sofort anmelden.</translation>
    </message>
    <message>
        <source>Print the time to the login dialog and quit (benchmarks).</source>
        <translation>Die Zeit bis zum Anmeldedialog ausgeben und beenden (Benchmarks).</translation>
    </message>
    <message>
        <source>Boxkeeper: the control panel of your mail box, on your desktop.</source>
        <translation>Boxkeeper: die Systemsteuerung Ihrer Mailbox, auf Ihrem Desktop.</translation>
    </message>
    <message>
        <source>boxkeeper needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it on a desktop session, or under a virtual display, for example:
    xvfb-run -a boxkeeper [options]
or choose a Qt platform explicitly, e.g. QT_QPA_PLATFORM=offscreen.</source>
        <translation>boxkeeper braucht eine grafische Anzeige, und es wurde keine gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Starten Sie es in einer Desktop-Sitzung oder auf einer virtuellen Anzeige, zum Beispiel:
    xvfb-run -a boxkeeper [Optionen]
oder wählen Sie ausdrücklich eine Qt-Plattform, z. B. QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>boxkeeper: --trust-fingerprint needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AA:BB:…:FF.</source>
        <translation>boxkeeper: --trust-fingerprint braucht einen SHA-256-Fingerabdruck: 32 Bytes in Hex, z. B. AA:BB:…:FF.</translation>
    </message>
    <message>
        <source>boxkeeper: --url needs an https:// address, e.g. https://box.example.com/admin.</source>
        <translation>boxkeeper: --url braucht eine https://-Adresse, z. B. https://box.example.com/admin.</translation>
    </message>
</context>
</TS>
