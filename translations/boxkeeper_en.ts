<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add mail user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator (may use the control panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota (0 = unlimited, e.g. 500M or 5G):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias address (name@domain, or @domain for a catch-all or domain alias):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwards to (one address per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted senders (one user per line; leave empty to let the forward targets send as the alias):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alias %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasesJob</name>
    <message>
        <source>The list of aliases sent by the box could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasesModel</name>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-all: mail to any address at %1 that has no user or alias of its own goes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain alias: mail to any name at %1 goes to the same name at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the box; managed automatically and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasesPage</name>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the aliases to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by alias, target or sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has no aliases yet. Add one with “Add alias…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aliases match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias forwards mail sent to its address to one or more other addresses. A &lt;b&gt;catch-all&lt;/b&gt; (@domain → addresses) receives mail for every address at the domain that has no user or alias of its own. A &lt;b&gt;domain alias&lt;/b&gt; (@domain → @other-domain) forwards every name at the domain to the same name at the other domain. &lt;b&gt;Permitted senders&lt;/b&gt; may send mail as the alias; with none set, the forward targets may. Aliases marked &lt;i&gt;automatic&lt;/i&gt; are required by the box (postmaster@, abuse@ …) and are managed by it; they cannot be edited or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading aliases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aliases could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an automatic alias the box requires; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the alias %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to this address will no longer be forwarded. Mailboxes are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
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
        <source>This box cannot accept a password with non-ASCII characters (such as accents) over its API. Change the password on the box to one without them.</source>
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
</context>
<context>
    <name>ApiGuidePage</name>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call is an HTTPS request to the box&apos;s &lt;tt&gt;/admin&lt;/tt&gt; address. It needs an administrator&apos;s email address and password as HTTP basic authentication: put them in place of &lt;tt&gt;ADMIN:PASSWORD&lt;/tt&gt; in the examples. With two-factor authentication on for that account, add the current six-digit code as the header &lt;tt&gt;X-Auth-Token&lt;/tt&gt;; a code works only once, so scripts that make several calls should log in with &lt;tt&gt;POST /admin/login&lt;/tt&gt; and use the &lt;tt&gt;api_key&lt;/tt&gt; it answers with in place of the password. A refused call answers with status 400 and the reason as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Please log in again to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a box to log in to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
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
        <source>No password keychain is available on this computer, so passwords will not be remembered; you will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the password keychain was denied, so the password was not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password keychain did not work, so the password was not remembered. Details are in the log (Help ▸ Copy diagnostics).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>Line %1: text after a closing quote; a quoted field must end at a comma or a line end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomDnsPage</name>
    <message>
        <source>Custom DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another &amp;value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;all values of this name and type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, type or value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has no custom DNS records. Add one with “Add record…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box publishes the DNS records its mail and web services need on its own. Records added here come on top of them, or take their place: a custom MX record replaces the box&apos;s own for that name, and a custom A record sends a domain&apos;s website elsewhere. A name can have several values of one type; each change says whether it replaces them or goes beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary nameservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading DNS records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n custom record(s)</source>
        <translation>
            <numerusform>%n custom record</numerusform>
            <numerusform>%n custom records</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS records could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: no secondary nameservers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n secondary nameserver(s).</source>
        <translation>
            <numerusform>Saved: %n secondary nameserver.</numerusform>
            <numerusform>Saved: %n secondary nameservers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secondary nameserver keeps a copy of the box&apos;s zones and answers for them when the box cannot. Enter its host name, one per line; the box allows it to transfer the zones and names it in the NS records. To allow a transfer to an address or a network without naming it as a nameserver, write &lt;tt&gt;xfr:&lt;/tt&gt; and the address (e.g. &lt;tt&gt;xfr:192.0.2.53&lt;/tt&gt; or &lt;tt&gt;xfr:198.51.100.0/24&lt;/tt&gt;). Leave the list empty to use the box alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save nameservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove DNS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 record of %2 with the value %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other values of this name and type stay. Where the box has a record of its own for this name and type, it publishes that one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every %1 record of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All custom values of this name and type go. Where the box has a record of its own for this name and type, it publishes that one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the box&apos;s DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box stored the record but its zones did not change: it has a record of its own there that takes precedence (e.g. the box&apos;s own name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the box has this already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the box what the change would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a value to the %1 records of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the %1 value of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a value from the %1 records of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed all %1 records of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value to the %1 records of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the only %1 value of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a value from the %1 records of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all %1 records of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsApiGuide</name>
    <message>
        <source>List the custom records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with JSON: every custom record with its name (&lt;tt&gt;qname&lt;/tt&gt;), type (&lt;tt&gt;rtype&lt;/tt&gt;), value and zone. &lt;tt&gt;/admin/dns/custom/NAME/TYPE&lt;/tt&gt; lists the records of one name and type only; without a type, &lt;tt&gt;A&lt;/tt&gt; is meant.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a record (replace its values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;PUT&lt;/tt&gt; makes the value in the request body the only value of the name and type. The name must be in a zone of this box, in lower case, international names in their &lt;tt&gt;xn--&lt;/tt&gt; form. The answer is &lt;tt&gt;OK&lt;/tt&gt; when nothing changed, otherwise the zones the box updated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;POST&lt;/tt&gt; adds the value beside the values the name and type have already (several TXT or MX records, say).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;tt&gt;A&lt;/tt&gt; or &lt;tt&gt;AAAA&lt;/tt&gt; call without a body stores the address the call comes from: run it from the machine whose address changes, e.g. every few minutes. Use &lt;tt&gt;curl -4&lt;/tt&gt; for an &lt;tt&gt;A&lt;/tt&gt; record and &lt;tt&gt;curl -6&lt;/tt&gt; for an &lt;tt&gt;AAAA&lt;/tt&gt; record.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;DELETE&lt;/tt&gt; with a value removes that value; without a body it removes every value of the name and type.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom DNS API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Custom records can be listed and changed with these calls as well; the box updates its zones after each change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsPreviewDialog</name>
    <message>
        <source>Check the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the box has this already; nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the box would store it, but no published record changes: the box has a record of its own there that takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — the box will publish %n more record(s):</source>
        <translation>
            <numerusform>%1 — the box will publish %n more record:</numerusform>
            <numerusform>%1 — the box will publish %n more records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — the box will no longer publish %n record(s):</source>
        <translation>
            <numerusform>%1 — the box will no longer publish %n record:</numerusform>
            <numerusform>%1 — the box will no longer publish %n records:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the box will publish %2 in place of %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsRecordDialog</name>
    <message>
        <source>&amp;Add this value beside the record&apos;s other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place every value of this name and type by this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the address I connect from (dynamic DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.example.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letsencrypt.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom DNS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box stores the address this computer connects to it from. Run the same call from a script to keep a dynamic address up to date (see the API tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name. The box adds the final dot (&lt;tt&gt;other.example.net.&lt;/tt&gt;) that marks it as complete; without it the name would be read as relative to the zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes: published as %n string(s) of at most 255 bytes, which DNS clients join back together.</source>
        <translation>
            <numerusform>%1 bytes: published as %n string of at most 255 bytes, which DNS clients join back together.</numerusform>
            <numerusform>%1 bytes: published as %n strings of at most 255 bytes, which DNS clients join back together.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes (one string; DNS strings hold up to 255 bytes, longer values are split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail for the name goes to the server with the lowest priority first. End the host name with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a service of the name runs (e.g. &lt;tt&gt;_sip._tcp.example.com&lt;/tt&gt;). End the target with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which certificate authorities may issue certificates for the name. Keep one allowing &lt;tt&gt;letsencrypt.org&lt;/tt&gt;, or the box cannot renew its own certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm, fingerprint type and fingerprint of an SSH host key, as &lt;tt&gt;ssh-keygen -r&lt;/tt&gt; prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the record, e.g. www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address. &lt;tt&gt;local&lt;/tt&gt; is allowed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 address. &lt;tt&gt;local&lt;/tt&gt; is allowed too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsService</name>
    <message>
        <source>Enter the name of the record, e.g. www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s list of DNS zones could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s custom DNS records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s secondary nameservers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s DNS records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s preview of the change could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s status checks could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsZoneModel</name>
    <message>
        <source>Not in a zone of this box</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The box hosts no zone for these names any more; they are kept but not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, published as %n string(s) of at most 255 bytes:</source>
        <translation>
            <numerusform>%1 bytes, published as %n string of at most 255 bytes:</numerusform>
            <numerusform>%1 bytes, published as %n strings of at most 255 bytes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalDnsPage</name>
    <message>
        <source>External DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;zone&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save zone file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, type, value or purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has no DNS zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the records of the box&apos;s zones. The box serves them itself when its domains&apos; nameservers are &lt;tt&gt;ns1&lt;/tt&gt;/&lt;tt&gt;ns2&lt;/tt&gt; of the box. If you keep your domains&apos; DNS at a provider instead, enter these records there — at least the ones marked &lt;i&gt;Required&lt;/i&gt;; the &lt;i&gt;Recommended&lt;/i&gt; ones make mail delivery and security better. Values change when the box&apos;s address, keys or certificates change: check this page again after such changes. TXT values longer than 255 bytes are copied as the quoted strings most providers want; a zone file can be imported where the provider accepts one. Note that DNSSEC needs the box&apos;s own nameservers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the box&apos;s DNS records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The zone file could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the zone file of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone file could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS records could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the zone file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the zone file of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status checks could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box signs its zones (DNSSEC). For the signatures to count, the registrar of each domain has to publish a DS record naming the box&apos;s key. The box&apos;s status checks compare what the registrar publishes with the box&apos;s keys and list the DS records to enter. Running them takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the DS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the box&apos;s status checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The status checks report no DNSSEC state: the box has no signed zones, or its DNS checks did not run.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideTable</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy “%1” to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) ready to apply.</source>
        <translation>
            <numerusform>%1: %n row ready to apply.</numerusform>
            <numerusform>%1: %n rows ready to apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</source>
        <translation>
            <numerusform>%n row has problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</numerusform>
            <numerusform>%n rows have problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n row(s) applied</source>
        <translation>
            <numerusform>%n row applied</numerusform>
            <numerusform>%n rows applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid and not sent</source>
        <translation>
            <numerusform>%n invalid and not sent</numerusform>
            <numerusform>%n invalid and not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (cancelled)</source>
        <translation>
            <numerusform>%n not applied (cancelled)</numerusform>
            <numerusform>%n not applied (cancelled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at most four columns (email, password, admin, quota), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the admin column is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at most three columns (address, forwards_to, permitted_senders), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Cancelled while it was being sent: the box may have applied it. Refresh the list to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <source>Checking and Sending Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Greylisting.&lt;/b&gt; The box briefly turns away mail from senders it has not seen before; their servers retry after a few minutes, so the first message from a new sender may arrive late. That is expected and keeps much spam out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;+tags.&lt;/b&gt; Mail to &lt;i&gt;name+anything@domain&lt;/i&gt; is delivered to &lt;i&gt;name@domain&lt;/i&gt;. Use a different tag for each site you sign up at to see who passes your address on, and to sort mail by tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exchange/ActiveSync.&lt;/b&gt; Phones and clients that speak Exchange ActiveSync can use the server name above with SSL/TLS and the same user name and password, for mail, contacts and calendars.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contacts and calendars.&lt;/b&gt; This box also keeps your contacts and calendars. &lt;a href=&quot;#sync&quot;&gt;Set them up on your devices&lt;/a&gt; (Contacts/Calendar page).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log in to see the box&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your whole email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings in any mail program (Thunderbird, Apple Mail, Outlook, K-9 Mail/Thunderbird for Android, the iOS Mail app …). Every protocol uses the same server name. The user name is always the &lt;b&gt;whole email address&lt;/b&gt;, and the password is the account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name (all protocols)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box did not say its name; this is the address Boxkeeper connects to. Mail programs need the box&apos;s name (its PRIMARY_HOSTNAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP (incoming, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1, security SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 (incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP (outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1, security SSL/TLS, authentication with user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange/ActiveSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1, SSL/TLS on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmail: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — read and write mail in a web browser with the same user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/macOS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iPhone, iPad and Mac.&lt;/b&gt; Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; on the device (or scan the code below with the camera) and install the profile: it sets up mail, contacts and calendars in one step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation type="unfinished"></translation>
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
    <name>ListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the control panel of your mail box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://box.example.com/admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pinned (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the box&apos;s control panel, e.g. https://box.example.com/admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
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
    <name>MailApiGuide</name>
    <message>
        <source>List the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with every user, grouped by domain. With &lt;tt&gt;format=json&lt;/tt&gt; the answer is JSON: for each user the address, the privileges, the quota and the mailbox&apos;s size, and the archived mailboxes (status &lt;tt&gt;inactive&lt;/tt&gt;) with the folder they are in. Without it, one address per line, archived mailboxes left out.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes an account with its mailbox address and password (at least eight characters). The address must be in lower case; a domain with letters outside ASCII is written in its &lt;tt&gt;xn--&lt;/tt&gt; form. Optional: &lt;tt&gt;privileges=admin&lt;/tt&gt; makes the user an administrator, &lt;tt&gt;quota&lt;/tt&gt; limits the mailbox (e.g. &lt;tt&gt;5G&lt;/tt&gt;, &lt;tt&gt;500M&lt;/tt&gt;; &lt;tt&gt;0&lt;/tt&gt; = no limit). The first line of the answer is &lt;tt&gt;mail user added&lt;/tt&gt;; the lines after it say what the box updated (DNS, web).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive (remove) a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Deletes the account: it can no longer log in or receive mail. The box keeps the mailbox folder, if the address has one, with its mail; it is then listed as an archived mailbox. Aliases that forward to the address stay. The answer starts with &lt;tt&gt;mail user removed&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Replaces the password (at least eight characters) and ends every session of that user, so apps have to log in again with the new one. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a user an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Gives the user the &lt;tt&gt;admin&lt;/tt&gt; privilege: they can then manage the box. The field is &lt;tt&gt;privilege&lt;/tt&gt; (one privilege). Answers &lt;tt&gt;OK&lt;/tt&gt;, also when the user had it already.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the administrator privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Takes the &lt;tt&gt;admin&lt;/tt&gt; privilege away; the field &lt;tt&gt;privilege&lt;/tt&gt; is needed here too. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a user&apos;s privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with the user&apos;s privileges, one per line (nothing if none).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a user&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with JSON: the address and its quota (&lt;tt&gt;0&lt;/tt&gt; = no limit). Add &lt;tt&gt;text=1&lt;/tt&gt; for the quota alone as text.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a user&apos;s quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Sets the largest size the mailbox may grow to: a whole number with &lt;tt&gt;M&lt;/tt&gt; or &lt;tt&gt;G&lt;/tt&gt;, or &lt;tt&gt;0&lt;/tt&gt; for no limit. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail user API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The users of the box can be listed and changed with these calls as well, e.g. by a script that adds the accounts of new members.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with every alias, grouped by domain. With &lt;tt&gt;format=json&lt;/tt&gt; the answer is JSON: for each alias the address, where it forwards to, who may send as it, and whether the box made it itself (&lt;tt&gt;auto&lt;/tt&gt;). Without it, one alias per line: address, forward targets and permitted senders, separated by tabs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes an alias: mail to &lt;tt&gt;address&lt;/tt&gt; goes to the addresses in &lt;tt&gt;forwards_to&lt;/tt&gt; (several separated by commas or new lines). &lt;tt&gt;@mydomain.com&lt;/tt&gt; as the address makes a catch-all for the domain; &lt;tt&gt;@mydomain.com&lt;/tt&gt; forwarding to &lt;tt&gt;@otherdomain.com&lt;/tt&gt; forwards every name to the same name at the other domain. Optional: &lt;tt&gt;permitted_senders&lt;/tt&gt;, the users who may send mail as the alias. The answer starts with &lt;tt&gt;alias added&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The same call with &lt;tt&gt;update_if_exists=1&lt;/tt&gt; replaces the targets and permitted senders of an alias that exists (without it, that is refused). The answer starts with &lt;tt&gt;alias updated&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes the alias; mail to its address is no longer forwarded. Mailboxes are not touched, and the aliases the box makes itself cannot be removed. Write the address exactly as it is stored (lower case). The answer starts with &lt;tt&gt;alias removed&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail aliases API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The aliases of the box can be listed and changed with these calls as well.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>You cannot archive your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove the admin privilege from yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailValidation</name>
    <message>
        <source>At least eight characters, not only spaces. Use letters, digits and punctuation from the ASCII range: a password with other characters can be set but cannot be used to log in to the control panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least eight characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account addresses may only use the lowercase letters a-z, the digits 0-9, underscore (_), hyphen (-) and period (.). Write an internationalized domain in its xn-- form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quota (0 for unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota cannot contain spaces, commas or decimal points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota is a whole number, optionally followed by M or G (e.g. 500M, 5G; 0 = unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the alias address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address. Use name@domain, or @domain for a catch-all or domain alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address to forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address; permitted senders must be users of this box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias needs at least one address to forward to, or a permitted sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the app and system versions, the box&apos;s address and the last lines of the log, to paste into a bug report. No passwords or keys are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boxkeeper %1&lt;/h3&gt;&lt;p&gt;The control panel of your Mail-in-a-Box, on your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Boxkeeper is free software under the GNU General Public License, version 3 or later: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It manages boxes set up with Mail-in-a-Box: &lt;a href=&quot;https://mailinabox.email/&quot;&gt;https://mailinabox.email/&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Paste them into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (SSL) Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp; Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts/Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
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
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MfaService</name>
    <message>
        <source>The box&apos;s two-factor status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code your authenticator app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password. Changing two-factor authentication ends your session on the box; Boxkeeper uses the password once to open a new one right away.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the fingerprint and I &amp;trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;connect</source>
        <translation type="unfinished"></translation>
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
        <source>Contacts and Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box keeps contacts and calendars (with Nextcloud) for every mail user. Connect your devices with the addresses below; log in with the whole email address and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and calendars can also be edited in a web browser at the address “Web interface” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAVx⁵ (set up with the “Login with URL and user name” option and the CardDAV/CalDAV address), then the phone&apos;s own contacts and calendar apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone, iPad and macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Contacts/Calendar → Accounts → Add Account → Other → CardDAV or CalDAV account, with the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book and calendar from the network: enter the CardDAV or CalDAV address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME / KDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME Online Accounts (Nextcloud) or KDE&apos;s DAV groupware resource, with the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird, or Outlook with a CalDAV/CardDAV add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log in to see this box&apos;s addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (most apps find the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CardDAV (contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalDAV (calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your whole email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpLoginDialog</name>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the six-digit code shown by your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorPage</name>
    <message>
        <source>Set up two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Install an authenticator app (for example FreeOTP, Aegis or Google Authenticator) on your phone.&lt;br&gt;2. Scan the QR code, or type the secret below into the app.&lt;br&gt;3. Enter the six-digit code the app shows, a label to recognise this device later, and your password, then enable. From then on, logging in asks for a code from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing two-factor authentication ends your current session on the box. Boxkeeper uses the password you enter here once to log you in again right away; it is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is now on. Your session was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is now off. Your session was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is now on, but a new session could not be opened (%1). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is now off, but a new session could not be opened (%1). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this box, two-factor authentication is managed through the control panel&apos;s administrator interface. Ask an administrator of the box to set it up or turn it off for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is &lt;b&gt;on&lt;/b&gt; for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authenticator app (no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes come from %1. Disabling removes it: logging in then needs only the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is &lt;b&gt;off&lt;/b&gt; for %1. Turn it on so that logging in needs a code from your phone besides the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable two-factor authentication for your account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in will need only your password. You can set it up again at any time, with a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserValueDialog</name>
    <message>
        <source>Change user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s open sessions end when the password changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox quota for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means unlimited. Otherwise a whole number of bytes, or with M or G (e.g. 500M, 5G).</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox folders the box keeps on its disk for addresses that are no longer users. Archiving a user deletes the account (the user row); the mailbox folder stays, with the mail in it. The box makes that folder when the first mail is delivered to the address or the user first opens the mailbox: a user who never had either has no folder, so nothing is kept and nothing is listed here. Adding a user with the same address again gives the kept mail back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the users to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has no users yet. Add the first with “Add user…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota of %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived: the account is deleted, its mailbox folder stays on the box&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was archived: the account is deleted. If mail had arrived for it, its mailbox folder stays on the box&apos;s disk and shows under “%2” after a refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileges of %1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be archived: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the administrator privilege from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can then no longer manage the box: neither here nor in its control panel. Their mail is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is deleted: it can no longer log in, and mail to the address is no longer accepted (aliases that forward to it stay). The box does not delete mail: the mailbox folder stays on its disk and is listed under “%1”; adding a user with the same address again gives the mail back. The box makes that folder when the first mail arrives or the user first opens the mailbox, so for an address that never had mail nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
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
