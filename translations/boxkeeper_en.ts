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
    <name>ApiTokens</name>
    <message>
        <source>Everything an administrator can do, managing tokens included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read mail users, aliases and domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change and remove mail users and aliases (not administrator privileges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup status (not the backup settings, which hold the target&apos;s credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the status checks, certificates, version, updates and monitoring data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the custom DNS records of names in %1 (dynamic DNS).</source>
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
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the entries shown to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the entries before the oldest one shown, with the same filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made through the Boxkeeper agent on the box — users, aliases, DNS, certificates, backups, tokens, settings — with who made it from where and what the box answered, refusals included. Passwords, secrets and keys are never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user or token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /mail/users or dns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log comes with the Boxkeeper agent; this box does not keep one (an unmodified Mail-in-a-Box logs changes only to its system log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries back to %1; older ones on the box.</source>
        <translation>
            <numerusform>%n entry back to %1; older ones on the box.</numerusform>
            <numerusform>%n entries back to %1; older ones on the box.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries back to %1: all that match.</source>
        <translation>
            <numerusform>%n entry back to %1: the only one that matches.</numerusform>
            <numerusform>%n entries back to %1: all that match.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed through the agent yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The box&apos;s audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupConfigDialog</name>
    <message>
        <source>&amp;Keep backups for at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (no backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsync over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backblaze B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box checks the target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box makes a full backup now and then and small increments in between; a backup is removed once it is older than this and no newer backup depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box makes no backups. Backups made before stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box keeps its encrypted backups in a folder of its own disk. Copy them somewhere else regularly (with the backup key, see “Save the backup key”): a backup on the box&apos;s disk is lost with that disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder on the box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. s3.eu-central-1.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. eu-central-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. box1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any storage that speaks Amazon&apos;s S3 protocol: Amazon S3, MinIO, Wasabi, …. The key and secret are sent to the box, which keeps them to reach the storage; the box does not show them again, so enter them with every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint (host[:port]):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, optionally :port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /home/backup/box (absolute) or box (in the home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box copies its backups with rsync over SSH to a host of yours. Add the box&apos;s public key below to &lt;tt&gt;~/.ssh/authorized_keys&lt;/tt&gt; of that user on the host first: the box checks the connection when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backblaze B2 cloud storage. The application key is sent to the box, which keeps it to reach the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application k&amp;ey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has no SSH key for backups yet. It makes one with its first backup run; open this dialog again after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder as an absolute path on the box, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the S3 endpoint, the storage&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rsync host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in %n volume(s)</source>
        <translation>
            <numerusform>%1 bytes in %n volume</numerusform>
            <numerusform>%1 bytes in %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>When the box will remove this backup to keep the target&apos;s size down (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the box keeps its backups, and for how long (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now, as the nightly one is made (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the latest backup with the box&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a file, a mailbox or everything into a new directory on the box (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that decrypts the backups: without it, no backup can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date or type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has made no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box backs up its data every night: mail, users, certificates, DNS and web files, encrypted with the box&apos;s backup key. Keep a copy of the key away from the box: without it, no backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the box&apos;s backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup status could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup configuration could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key could not be had: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup configuration was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up now, verifying, restoring and saving the backup key come with the Boxkeeper agent; this box does not offer them (it makes its nightly backups as usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box does not offer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are turned off. Choose “Configure…” to turn them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box cannot list its backups now: see the problem above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in total</source>
        <translation>
            <numerusform>%n backup, %1 in total</numerusform>
            <numerusform>%n backups, %1 in total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of other files on the target (from interrupted or removed backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are turned off: the box makes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to the folder %1 on the box itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to the bucket %1 of the S3-compatible storage at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to %1 on %2 over rsync, as user %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to the Backblaze B2 bucket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each is kept at least %n day(s).</source>
        <translation>
            <numerusform>Each is kept at least %n day.</numerusform>
            <numerusform>Each is kept at least %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box reports a problem with the backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2… (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key decrypts every backup of the box. Keep it somewhere safe, away from the box: without it, no backup can be restored. Re-enter your password to get it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enter your password to get the backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the backup key from the box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key was saved to %1. Keep it safe, away from the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The box&apos;s backup status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s backup configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s list of the backup&apos;s files could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s answer to the job could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s state of the job could not be read.</source>
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
    <name>CertificateDetailsDialog</name>
    <message>
        <source>&amp;Open a certificate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed from this computer on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the certificate installed for %1 from this computer. The box uses it as long as it is the best certificate it has for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s status answer does not include the certificate itself, so this shows what the box reports. The full details (names, issuer, fingerprint) are shown for a certificate installed from this window; you can also open a certificate file to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box named its file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s own name always uses the file ssl/ssl_certificate.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates of %1, read on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the box reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
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
    <name>CsrCountries</name>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congo, the Democratic Republic of the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated States of Micronesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaziland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Togo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsrDialog</name>
    <message>
        <source>&amp;Make the CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you would rather get a certificate from another provider than Let&apos;s Encrypt, give the provider this certificate signing request (CSR). The box makes it with its own private key, so only the box can use the certificate issued for it. A multi-domain or wildcard certificate is used for every domain it is valid for besides the one chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some providers require the country you are in; leave it out if yours does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR is safe to share. It can only be used together with the private key that stays on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this request to your certificate provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box could not make the CSR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out (the request names only the domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is making the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSR of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the CSR to %1.</source>
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
    <name>DBusNotificationSink</name>
    <message>
        <source>There is no desktop session bus for notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no freedesktop notification service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffline view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every box now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pages of the selected box (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected box answered last, while it cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boxes yet. Add one with Box → Manage boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every box you manage, checked in the background. Boxkeeper tells you through the desktop&apos;s notifications when a box gets worse: a status check fails, a backup is overdue, a certificate is about to expire or the box stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 answered last</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) answering</source>
        <translation>
            <numerusform>%n box answering</numerusform>
            <numerusform>%n boxes answering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answering</source>
        <translation>
            <numerusform>%n not answering</numerusform>
            <numerusform>%n not answering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with failing checks</source>
        <translation>
            <numerusform>%n with failing checks</numerusform>
            <numerusform>%n with failing checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked every %n minute(s)</source>
        <translation>
            <numerusform>checked every minute</numerusform>
            <numerusform>checked every %n minutes</numerusform>
        </translation>
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
    <name>FleetModel</name>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>All passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 in %n day</numerusform>
            <numerusform>%1 in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n expiring</numerusform>
            <numerusform>%n expiring</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation>
            <numerusform>%1: %n day left</numerusform>
            <numerusform>%1: %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>No desktop notifications for this box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>No password is remembered for this box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password could not be read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this login: sign in to watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended.</source>
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
    <name>HealthChanges</name>
    <message>
        <source>%1 stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup is %1 old (backups run nightly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day.</numerusform>
            <numerusform>The certificate of %1 expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
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
    <name>InstallCertificateDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the certificate your provider issued for the box&apos;s CSR, and the intermediate chain if the provider gave you one, or choose their files. The box checks that the certificate belongs to its private key and is trusted before it installs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate c&amp;hain (if provided):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is checking the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the certificate, or choose its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a PEM certificate (-----BEGIN CERTIFICATE-----); the box will say what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1; issued by %2; valid from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is self-signed: the box installs only certificates a CA signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the intermediate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----). A DER file (.der, .cer) has to be converted to PEM first.</source>
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
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsChartView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the chart to read its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this period.</source>
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
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the box&apos;s &amp;Munin pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the charts again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the box has been doing, as the Boxkeeper agent on it records every minute (kept 30 days; periods longer than two days in 15-minute averages). Point at a chart to read its values. The charts refresh every minute while this page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2&amp;4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (1-minute average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk (storage of the box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail traffic (per sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box does not record monitoring data for Boxkeeper (that needs the Boxkeeper agent on the box); Mail-in-a-Box shows its charts in Munin, in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started. Open %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1. The box has no samples in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>The box&apos;s monitoring data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBoxView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline) — Boxkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what it answered last. Nothing can be changed here until it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxkeeper kept no copy of this for %1: it was not fetched while the box answered.</source>
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
    <name>ProvisionDialog</name>
    <message>
        <source>&amp;Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. The box may still be requesting certificates; the table shows them once they are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s status lists no domain that can get a certificate from Let&apos;s Encrypt now: each domain either has a valid certificate or cannot be checked by Let&apos;s Encrypt (the table says why). Provisioning tells for every domain what the box would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS certificate can be provisioned automatically from Let&apos;s Encrypt, a free certificate provider, for: %1. The box renews them by itself 14 days before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box answered within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The box took %n second(s).</source>
        <translation>
            <numerusform>The box took %n second.</numerusform>
            <numerusform>The box took %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box is requesting certificates… %1:%2 — this can take minutes. You may close this window; the box goes on and the table shows the certificates once installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate was provisioned and installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no domain names to provision certificates for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) installed</source>
        <translation>
            <numerusform>%n certificate installed</numerusform>
            <numerusform>%n certificates installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed — see the box&apos;s log below</source>
        <translation>
            <numerusform>%n request failed — see the box&apos;s log below</numerusform>
            <numerusform>%n requests failed — see the box&apos;s log below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box could not list the backup&apos;s files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the box: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup to restore from: the box keeps a full backup and the increments made after it, and restores any of them as it was at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, one mailbox, or a single folder or file. Mailboxes are listed by address, with their mail folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new directory on the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box restores into a directory that does not exist yet (or is empty), outside its data folder. The live mail and settings are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory on the box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box makes the directory readable by root only. The restored files keep their place below it, as in the box&apos;s data folder; copy what you need from there on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read what the box will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box restores from the backup. Closing this window does not stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the files of the backup of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is still listing files; go back and forth to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incremental backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The box will restore &lt;b&gt;%1&lt;/b&gt; from %2 of &lt;b&gt;%3&lt;/b&gt; into the new directory &lt;b&gt;%4&lt;/b&gt; on the box.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The files keep their place below that directory, for example &lt;tt&gt;%1&lt;/tt&gt;. The box makes the directory readable by root only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing else changes: the mail, users and settings the box uses now stay as they are. Copy what you need from the new directory on the box afterwards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore is already running on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a directory on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the directory as an absolute path on the box, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is inside the box&apos;s data folder (%1): choose one elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n file(s))</source>
        <translation>
            <numerusform>Everything (%n file)</numerusform>
            <numerusform>Everything (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailboxes (%n)</source>
        <translation>
            <numerusform>Mailboxes (%n)</numerusform>
            <numerusform>Mailboxes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item: a mailbox (by its address), a folder or a file, or everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything the backup holds (all mailboxes, the users database, certificates, DNS and web files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox %1 with all its mail folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 with everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed.</source>
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
    <name>StatusChangesDialog</name>
    <message>
        <source>Changes since the previous night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report yet. Every night the box runs its status checks and compares them with the night before; the first report comes after the second night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1: nothing changed since the night before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1: what changed since the night before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>All %n check(s) OK</source>
        <translation>
            <numerusform>%n check OK</numerusform>
            <numerusform>All %n checks OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 OK, %2 errors, %3 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night&apos;s c&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the warnings and errors, and the groups that have some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by domain or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every status check on the box again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this run; the box finishes it on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the status checks between the last two nights, as the box&apos;s nightly report says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box does not report what changed in its checks overnight: that needs Boxkeeper&apos;s agent on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a check to read all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box checks its services, its network and every domain it serves, and says what is wrong and how to fix it. Pick a check to read all of it below; checks with details can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night&apos;s changes could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status checks could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the status checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status checks yet. Run them with “Run checks again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks on the box… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run at %1 (took %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the check&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The box&apos;s status checks could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the status checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s report of last night&apos;s changes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTreeModel</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
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
    <name>SystemPage</name>
    <message>
        <source>Check for a &amp;new release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for new releases of Mail-in-a-Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot the box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the box&apos;s package manager says while installing appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is on, the box asks mailinabox.email for the latest release (here and in its status checks). When it is off, the box stays private and never asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-in-a-Box version on the box: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s software is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n package update waiting to be installed.</numerusform>
            <numerusform>%n package updates waiting to be installed.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The package manager printed nothing.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates installed (took %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box needs a reboot to finish installing updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reboot is necessary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is restarting. Reconnect in a minute or so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reboot command said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s version is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy setting could not be read or changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The updates could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the updates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the box needs a reboot is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box could not be rebooted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the box for its version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the box for pending updates (this can take a minute)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box does not look for new releases: the new-version check is off, so it stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the latest release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest release is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest release is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the latest release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer release is available: %1. Upgrade by running the setup again on the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing updates on the box… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Install %n package update(s) on %1 now?</source>
        <translation>
            <numerusform>Install %n package update on %1 now?</numerusform>
            <numerusform>Install %n package updates on %1 now?</numerusform>
        </translation>
    </message>
    <message>
        <source>The box runs its package manager; this can take several minutes. Services may restart briefly while their packages are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the machine is up again, nobody can send or receive mail through it, and neither this app, the control panel nor SSH can reach it. Once started, the reboot cannot be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reboot now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemService</name>
    <message>
        <source>The box did not say which version is the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s privacy setting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s list of updates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box did not say whether it needs a reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s list of web sites could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS (SSL) Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the box&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by domain, state or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box serves no domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS (formerly SSL) certificate proves to anyone connecting to a domain that the connection is with its owner. The box needs one for its own name and for every domain it serves a website for. Certificates from Let&apos;s Encrypt are provisioned with “Provision certificates” and renewed by the box 14 days before they expire; for another provider, make a CSR and install the certificate the provider issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for %1 was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for %1 was installed. The box: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the certificates&apos; status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a valid certificate</source>
        <translation>
            <numerusform>%n with a valid certificate</numerusform>
            <numerusform>%n with a valid certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can get one automatically</source>
        <translation>
            <numerusform>%n can get one automatically</numerusform>
            <numerusform>%n can get one automatically</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificates&apos; status could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provisioning…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsService</name>
    <message>
        <source>The box&apos;s certificate status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the domain the certificate is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box did not answer with a certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the certificate, or choose its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s answer to provisioning could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsStatusModel</name>
    <message>
        <source>Signed &amp; valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed from here: %1, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>The box&apos;s status does not say which certificate file this is. Provisioning names the files of valid certificates; a certificate installed from here is shown with its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>The box has no DNS zones yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. home-router or nightly-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom DNS records of these zones only (dns:&lt;i&gt;zone&lt;/i&gt;, e.g. for a router that updates its address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the last day it works, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the token, e.g. the machine or script that will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope: what the token may do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now: it will not be shown again.&lt;/b&gt; The box keeps only a hash of it. If it is lost, revoke the token and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it as the password of the user &lt;tt&gt;token&lt;/tt&gt;, e.g. with curl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs can send it as &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; &lt;i&gt;secret&lt;/i&gt; instead. It works when two-factor authentication is on for the administrators too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token &lt;b&gt;%1&lt;/b&gt; was created. Its secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The box&apos;s list of API tokens could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the token, e.g. the machine or script that will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope: what the token may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box made the token but its answer could not be read: revoke the token and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>API Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box has no API tokens. Make one with “New token…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the API tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n API token</numerusform>
            <numerusform>%n API tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the token %1: it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens come with the Boxkeeper agent; this box does not offer them (scripts there log in with an administrator&apos;s email and password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token lets a script or device use the box&apos;s API without an administrator&apos;s password: a router that updates its address in the DNS, a monitoring job that reads the status. Give each its own token with the least it needs; revoke it when the device goes. The box stores only a hash of each secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and devices that use it are refused from then on. This cannot be undone; a new token has a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the token %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API tokens could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
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
    <name>TrayNotificationSink</name>
    <message>
        <source>Boxkeeper</source>
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
    <name>WebPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update web configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the box&apos;s web server configuration anew, e.g. after creating a site&apos;s own folder, and reload the web server if it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static Web Hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web configuration could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web sites could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the web configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box does not serve files for this site: its custom DNS or web settings send it elsewhere (a proxy or a redirect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The box serves a simple static web site at &lt;b&gt;https://%1&lt;/b&gt; and at every domain that has a mail user or alias. You can put your own HTML pages and other static files there; the box does not build web sites, it only serves the files you upload.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uploading files&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Make sure the status checks show no problems for the domains you publish a site for.&lt;/li&gt;&lt;li&gt;Use a file transfer program that speaks SSH (SFTP), e.g. FileZilla, WinSCP or &lt;tt&gt;scp&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Connect to &lt;b&gt;%1&lt;/b&gt; with the &lt;b&gt;SSH login&lt;/b&gt; you got when the machine was set up at your hosting provider (usually with a private key) — not with a mail or control panel password.&lt;/li&gt;&lt;li&gt;Upload the files into &lt;tt&gt;%2&lt;/tt&gt;, or into a site&apos;s own folder listed below. They are on the web right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A site appears here once the box has a mail user or alias on its domain; its domain&apos;s nameservers must point to the box (see the setup guide; no glue records needed).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not served from a folder of the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares the default folder. To give it a folder of its own, create %2 on the box, then update the web configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a folder of its own: %2</source>
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
