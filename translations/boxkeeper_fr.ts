<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add mail user</source>
        <translation>Ajouter un utilisateur de messagerie</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator (may use the control panel)</source>
        <translation>Administrateur (peut utiliser le panneau d’administration)</translation>
    </message>
    <message>
        <source>Quota (0 = unlimited, e.g. 500M or 5G):</source>
        <translation>Quota (0 = illimité, par ex. 500M ou 5G)&#xa0;:</translation>
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
        <translation>Adresse de l’alias (nom@domaine, ou @domaine pour une adresse fourre-tout ou un alias de domaine)&#xa0;:</translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation>info@example.com</translation>
    </message>
    <message>
        <source>Forwards to (one address per line):</source>
        <translation>Redirige vers (une adresse par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Permitted senders (one user per line; leave empty to let the forward targets send as the alias):</source>
        <translation>Expéditeurs autorisés (un utilisateur par ligne&#xa0;; laisser vide pour que les destinataires de la redirection puissent envoyer au nom de l’alias)&#xa0;:</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Edit alias %1</source>
        <translation>Modifier l’alias %1</translation>
    </message>
</context>
<context>
    <name>AliasesJob</name>
    <message>
        <source>The list of aliases sent by the box could not be read (%1).</source>
        <translation>La liste des alias envoyée par la box n’a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>AliasesModel</name>
    <message>
        <source>Catch-all: mail to any address at %1 that has no user or alias of its own goes to %2.</source>
        <translation>Fourre-tout&#xa0;: le courrier adressé à toute adresse de %1 qui n’a ni utilisateur ni alias propre va à %2.</translation>
    </message>
    <message>
        <source>Domain alias: mail to any name at %1 goes to the same name at %2.</source>
        <translation>Alias de domaine&#xa0;: le courrier adressé à tout nom de %1 va au même nom de %2.</translation>
    </message>
    <message>
        <source>Required by the box; managed automatically and read-only.</source>
        <translation>Requis par la box&#xa0;; géré automatiquement et en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n alias</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic (required)</source>
        <translation>automatique (requis)</translation>
    </message>
    <message>
        <source>catch-all</source>
        <translation>fourre-tout</translation>
    </message>
    <message>
        <source>domain alias</source>
        <translation>alias de domaine</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>Redirige vers</translation>
    </message>
    <message>
        <source>Permitted senders</source>
        <translation>Expéditeurs autorisés</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>AliasesPage</name>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Export aliases</source>
        <translation>Exporter les alias</translation>
    </message>
    <message>
        <source>Import aliases</source>
        <translation>Importer des alias</translation>
    </message>
    <message>
        <source>Exported the aliases to %1.</source>
        <translation>Alias exportés vers %1.</translation>
    </message>
    <message>
        <source>&amp;Add alias…</source>
        <translation>&amp;Ajouter un alias…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Co&amp;pier l’adresse</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Filter by alias, target or sender…</source>
        <translation>Filtrer par alias, destinataire ou expéditeur…</translation>
    </message>
    <message>
        <source>The box has no aliases yet. Add one with “Add alias…”.</source>
        <translation>La box n’a encore aucun alias. Ajoutez-en un avec «&#xa0;Ajouter un alias…&#xa0;».</translation>
    </message>
    <message>
        <source>No aliases match “%1”.</source>
        <translation>Aucun alias ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An alias forwards mail sent to its address to one or more other addresses. A &lt;b&gt;catch-all&lt;/b&gt; (@domain → addresses) receives mail for every address at the domain that has no user or alias of its own. A &lt;b&gt;domain alias&lt;/b&gt; (@domain → @other-domain) forwards every name at the domain to the same name at the other domain. &lt;b&gt;Permitted senders&lt;/b&gt; may send mail as the alias; with none set, the forward targets may. Aliases marked &lt;i&gt;automatic&lt;/i&gt; are required by the box (postmaster@, abuse@ …) and are managed by it; they cannot be edited or removed here.</source>
        <translation>Un alias redirige le courrier envoyé à son adresse vers une ou plusieurs autres adresses. Une adresse &lt;b&gt;fourre-tout&lt;/b&gt; (@domaine → adresses) reçoit le courrier de toutes les adresses du domaine qui n’ont ni utilisateur ni alias propre. Un &lt;b&gt;alias de domaine&lt;/b&gt; (@domaine → @autre-domaine) redirige chaque nom du domaine vers le même nom de l’autre domaine. Les &lt;b&gt;expéditeurs autorisés&lt;/b&gt; peuvent envoyer du courrier au nom de l’alias&#xa0;; s’il n’y en a aucun, les destinataires de la redirection le peuvent. Les alias marqués &lt;i&gt;automatique&lt;/i&gt; sont requis par la box (postmaster@, abuse@ …) et gérés par elle&#xa0;; ils ne peuvent être ni modifiés ni supprimés ici.</translation>
    </message>
    <message>
        <source>Loading aliases…</source>
        <translation>Chargement des alias…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n alias</numerusform>
        </translation>
    </message>
    <message>
        <source>The aliases could not be loaded: %1</source>
        <translation>Les alias n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an automatic alias the box requires; it cannot be edited.</source>
        <translation>%1 est un alias automatique requis par la box&#xa0;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Supprimer l’alias</translation>
    </message>
    <message>
        <source>Remove the alias %1?</source>
        <translation>Supprimer l’alias %1&#xa0;?</translation>
    </message>
    <message>
        <source>Mail to this address will no longer be forwarded. Mailboxes are not affected.</source>
        <translation>Le courrier adressé à cette adresse ne sera plus redirigé. Les boîtes aux lettres ne sont pas touchées.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The box refused the request as invalid.</source>
        <translation>La box a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>The box refused access. Log in again.</source>
        <translation>La box a refusé l’accès. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The box does not offer this function (404). It may run an older or different version.</source>
        <translation>La box ne propose pas cette fonction (404). Elle exécute peut-être une version plus ancienne ou différente.</translation>
    </message>
    <message>
        <source>The box does not accept this kind of request here (405).</source>
        <translation>La box n’accepte pas ce type de requête ici (405).</translation>
    </message>
    <message>
        <source>The request was too large for the box (413).</source>
        <translation>La requête était trop volumineuse pour la box (413).</translation>
    </message>
    <message>
        <source>The box hit an internal error (500). Its log may tell more.</source>
        <translation>La box a rencontré une erreur interne (500). Son journal en dira peut-être plus.</translation>
    </message>
    <message>
        <source>The box hit an internal error: %1</source>
        <translation>La box a rencontré une erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The box&apos;s management service is not answering (%1). It may be restarting.</source>
        <translation>Le service de gestion de la box ne répond pas (%1). Il est peut-être en train de redémarrer.</translation>
    </message>
    <message>
        <source>The box took too long to answer (504). The operation may still be running; check again in a moment before repeating it.</source>
        <translation>La box a mis trop de temps à répondre (504). L’opération est peut-être encore en cours&#xa0;; vérifiez dans un instant avant de la relancer.</translation>
    </message>
    <message>
        <source>The box answered with an error (%1): %2</source>
        <translation>La box a répondu par une erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The box answered with an error (%1).</source>
        <translation>La box a répondu par une erreur (%1).</translation>
    </message>
    <message>
        <source>Incorrect email address or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>You are not an administrator.</source>
        <translation>Vous n’êtes pas administrateur.</translation>
    </message>
    <message>
        <source>The box could not read the login (authorization header invalid).</source>
        <translation>La box n’a pas pu lire l’identification (en-tête Authorization non valide).</translation>
    </message>
    <message>
        <source>Enter an email address and a password.</source>
        <translation>Saisissez une adresse e-mail et un mot de passe.</translation>
    </message>
    <message>
        <source>This box cannot accept a password with non-ASCII characters (such as accents) over its API. Change the password on the box to one without them.</source>
        <translation>Cette box ne peut pas accepter par son API un mot de passe contenant des caractères non ASCII (comme des accents). Changez le mot de passe sur la box pour un mot de passe qui n’en contient pas.</translation>
    </message>
    <message>
        <source>Enter the six-digit code from your authenticator app.</source>
        <translation>Saisissez le code à six chiffres de votre application d’authentification.</translation>
    </message>
    <message>
        <source>That code is wrong or was already used. Wait for the next code and try again.</source>
        <translation>Ce code est erroné ou a déjà été utilisé. Attendez le code suivant et réessayez.</translation>
    </message>
</context>
<context>
    <name>ApiGuidePage</name>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Every call is an HTTPS request to the box&apos;s &lt;tt&gt;/admin&lt;/tt&gt; address. It needs an administrator&apos;s email address and password as HTTP basic authentication: put them in place of &lt;tt&gt;ADMIN:PASSWORD&lt;/tt&gt; in the examples. With two-factor authentication on for that account, add the current six-digit code as the header &lt;tt&gt;X-Auth-Token&lt;/tt&gt;; a code works only once, so scripts that make several calls should log in with &lt;tt&gt;POST /admin/login&lt;/tt&gt; and use the &lt;tt&gt;api_key&lt;/tt&gt; it answers with in place of the password. A refused call answers with status 400 and the reason as plain text.</source>
        <translation>Chaque appel est une requête HTTPS vers l’adresse &lt;tt&gt;/admin&lt;/tt&gt; de la box. Il demande l’adresse e-mail et le mot de passe d’un administrateur en authentification HTTP Basic&#xa0;: mettez-les à la place de &lt;tt&gt;ADMIN:PASSWORD&lt;/tt&gt; dans les exemples. Si l’authentification à deux facteurs est activée pour ce compte, ajoutez le code à six chiffres en cours dans l’en-tête &lt;tt&gt;X-Auth-Token&lt;/tt&gt;&#xa0;; un code ne sert qu’une fois, aussi les scripts qui font plusieurs appels doivent se connecter avec &lt;tt&gt;POST /admin/login&lt;/tt&gt; et utiliser l’&lt;tt&gt;api_key&lt;/tt&gt; de la réponse à la place du mot de passe. Un appel refusé répond avec le statut 400 et la raison en texte brut.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The box redirected to %1, which is not a secure address of the same box; the request was stopped.</source>
        <translation>La box a redirigé vers %1, qui n’est pas une adresse sécurisée de la même box&#xa0;; la requête a été interrompue.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts. Check its fingerprint before trusting it.</source>
        <translation>Le certificat de %1 n’est pas signé par une autorité à laquelle cet ordinateur fait confiance. Vérifiez son empreinte avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed. Someone may be intercepting the connection. Pinned fingerprint: %2. Presented fingerprint: %3. The connection was refused.</source>
        <translation>ATTENTION&#xa0;: le certificat de %1 a changé. Quelqu’un intercepte peut-être la connexion. Empreinte enregistrée&#xa0;: %2. Empreinte présentée&#xa0;: %3. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box at %1 redirected too often or to an insecure address.</source>
        <translation>La box à l’adresse %1 a redirigé trop souvent ou vers une adresse non sécurisée.</translation>
    </message>
    <message>
        <source>The box %1 was not found. Check the address.</source>
        <translation>La box %1 est introuvable. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The box at %1 cannot be reached: %2</source>
        <translation>La box à l’adresse %1 est injoignable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApiTokens</name>
    <message>
        <source>Everything an administrator can do, managing tokens included.</source>
        <translation>Tout ce qu’un administrateur peut faire, y compris gérer les jetons.</translation>
    </message>
    <message>
        <source>Read mail users, aliases and domains.</source>
        <translation>Lire les utilisateurs de messagerie, les alias et les domaines.</translation>
    </message>
    <message>
        <source>Add, change and remove mail users and aliases (not administrator privileges).</source>
        <translation>Ajouter, modifier et supprimer des utilisateurs de messagerie et des alias (pas les privilèges d’administrateur).</translation>
    </message>
    <message>
        <source>Read the backup status (not the backup settings, which hold the target&apos;s credentials).</source>
        <translation>Lire l’état des sauvegardes (pas la configuration des sauvegardes, qui contient les identifiants de la destination).</translation>
    </message>
    <message>
        <source>Read the status checks, certificates, version, updates and monitoring data.</source>
        <translation>Lire les vérifications d’état, les certificats, la version, les mises à jour et les données de supervision.</translation>
    </message>
    <message>
        <source>Change the custom DNS records of names in %1 (dynamic DNS).</source>
        <translation>Modifier les enregistrements DNS personnalisés des noms de %1 (DNS dynamique).</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Login cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The certificate was not trusted, so Boxkeeper did not connect.</source>
        <translation>Le certificat n’a pas été approuvé&#xa0;; Boxkeeper ne s’est donc pas connecté.</translation>
    </message>
    <message>
        <source>My box</source>
        <translation>Ma box</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address. Enter the address of the control panel, e.g. https://box.example.com/admin.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse https://. Saisissez l’adresse du panneau d’administration, par ex. https://box.example.com/admin.</translation>
    </message>
    <message>
        <source>Check the box&apos;s certificate to continue.</source>
        <translation>Vérifiez le certificat de la box pour continuer.</translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>En attente du code à deux facteurs…</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Please log in again to continue where you were.</source>
        <translation>Votre session sur %1 a pris fin. Reconnectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Choose a box to log in to.</source>
        <translation>Choisissez la box à laquelle vous connecter.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Log in to open %1.</source>
        <translation>Connectez-vous pour ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>token %1</source>
        <translation>jeton %1</translation>
    </message>
    <message>
        <source>system API key</source>
        <translation>clé d’API du système</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>Exported the entries shown to %1.</source>
        <translation>Entrées affichées exportées vers %1.</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Charger les plus a&amp;nciennes</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Load the entries before the oldest one shown, with the same filters</source>
        <translation>Charger les entrées antérieures à la plus ancienne affichée, avec les mêmes filtres</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Every change made through the Boxkeeper agent on the box — users, aliases, DNS, certificates, backups, tokens, settings — with who made it from where and what the box answered, refusals included. Passwords, secrets and keys are never recorded.</source>
        <translation>Chaque modification faite par l’intermédiaire de l’agent Boxkeeper sur la box — utilisateurs, alias, DNS, certificats, sauvegardes, jetons, paramètres —, avec qui l’a faite, d’où, et ce que la box a répondu, refus compris. Les mots de passe, secrets et clés ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d’audit…</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Le journal d’audit n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>user or token name</source>
        <translation>nom d’utilisateur ou de jeton</translation>
    </message>
    <message>
        <source>e.g. /mail/users or dns</source>
        <translation>par ex. /mail/users ou dns</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Qu&amp;oi&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>Résul&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>The audit log comes with the Boxkeeper agent; this box does not keep one (an unmodified Mail-in-a-Box logs changes only to its system log).</source>
        <translation>Le journal d’audit est fourni par l’agent Boxkeeper&#xa0;; cette box n’en tient pas (un Mail-in-a-Box non modifié n’enregistre les modifications que dans son journal système).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries back to %1; older ones on the box.</source>
        <translation>
            <numerusform>%n entrée remontant au %1&#xa0;; les plus anciennes restent sur la box.</numerusform>
            <numerusform>%n entrées remontant au %1&#xa0;; les plus anciennes restent sur la box.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries back to %1: all that match.</source>
        <translation>
            <numerusform>%n entrée remontant au %1&#xa0;: c’est tout ce qui correspond.</numerusform>
            <numerusform>%n entrées remontant au %1&#xa0;: c’est tout ce qui correspond.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Nothing has been changed through the agent yet.</source>
        <translation>Rien n’a encore été modifié par l’intermédiaire de l’agent.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The box&apos;s audit log could not be read.</source>
        <translation>Le journal d’audit de la box n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>BackupConfigDialog</name>
    <message>
        <source>&amp;Keep backups for at least:</source>
        <translation>&amp;Conserver les sauvegardes au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Backup configuration</source>
        <translation>Configuration des sauvegardes</translation>
    </message>
    <message>
        <source>Off (no backups)</source>
        <translation>Désactivées (aucune sauvegarde)</translation>
    </message>
    <message>
        <source>A folder on the box</source>
        <translation>Un dossier sur la box</translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation>Stockage compatible S3</translation>
    </message>
    <message>
        <source>rsync over SSH</source>
        <translation>rsync par SSH</translation>
    </message>
    <message>
        <source>Backblaze B2</source>
        <translation>Backblaze B2</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The box checks the target…</source>
        <translation>La box vérifie la destination…</translation>
    </message>
    <message>
        <source>Back up &amp;to:</source>
        <translation>Sauvegarder &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>The box makes a full backup now and then and small increments in between; a backup is removed once it is older than this and no newer backup depends on it.</source>
        <translation>La box fait de temps en temps une sauvegarde complète et, entre deux, de petites sauvegardes incrémentielles&#xa0;; une sauvegarde est supprimée dès qu’elle est plus ancienne que ce délai et qu’aucune sauvegarde plus récente n’en dépend.</translation>
    </message>
    <message>
        <source>The box makes no backups. Backups made before stay where they are.</source>
        <translation>La box ne fait aucune sauvegarde. Les sauvegardes déjà faites restent où elles sont.</translation>
    </message>
    <message>
        <source>The box keeps its encrypted backups in a folder of its own disk. Copy them somewhere else regularly (with the backup key, see “Save the backup key”): a backup on the box&apos;s disk is lost with that disk.</source>
        <translation>La box garde ses sauvegardes chiffrées dans un dossier de son propre disque. Copiez-les régulièrement ailleurs (avec la clé de sauvegarde, voir «&#xa0;Enregistrer la clé de sauvegarde&#xa0;»)&#xa0;: une sauvegarde sur le disque de la box est perdue avec ce disque.</translation>
    </message>
    <message>
        <source>&amp;Folder on the box:</source>
        <translation>&amp;Dossier sur la box&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. s3.eu-central-1.amazonaws.com</source>
        <translation>par ex. s3.eu-central-1.amazonaws.com</translation>
    </message>
    <message>
        <source>optional, e.g. eu-central-1</source>
        <translation>facultatif, par ex. eu-central-1</translation>
    </message>
    <message>
        <source>optional, e.g. box1/</source>
        <translation>facultatif, par ex. box1/</translation>
    </message>
    <message>
        <source>Any storage that speaks Amazon&apos;s S3 protocol: Amazon S3, MinIO, Wasabi, …. The key and secret are sent to the box, which keeps them to reach the storage; the box does not show them again, so enter them with every change.</source>
        <translation>Tout stockage qui parle le protocole S3 d’Amazon&#xa0;: Amazon S3, MinIO, Wasabi, …. La clé et le secret sont envoyés à la box, qui les conserve pour accéder au stockage&#xa0;; la box ne les affiche plus ensuite, saisissez-les donc à chaque modification.</translation>
    </message>
    <message>
        <source>&amp;Endpoint (host[:port]):</source>
        <translation>&amp;Point de terminaison (hôte[:port])&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>Pré&amp;fixe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;ID de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clé d’accès &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>host name, optionally :port</source>
        <translation>nom d’hôte, éventuellement :port</translation>
    </message>
    <message>
        <source>e.g. /home/backup/box (absolute) or box (in the home)</source>
        <translation>par ex. /home/backup/box (absolu) ou box (dans le répertoire personnel)</translation>
    </message>
    <message>
        <source>&amp;Copy the public key</source>
        <translation>Co&amp;pier la clé publique</translation>
    </message>
    <message>
        <source>The box copies its backups with rsync over SSH to a host of yours. Add the box&apos;s public key below to &lt;tt&gt;~/.ssh/authorized_keys&lt;/tt&gt; of that user on the host first: the box checks the connection when you save.</source>
        <translation>La box copie ses sauvegardes avec rsync par SSH vers un hôte à vous. Ajoutez d’abord la clé publique de la box ci-dessous au fichier &lt;tt&gt;~/.ssh/authorized_keys&lt;/tt&gt; de cet utilisateur sur l’hôte&#xa0;: la box vérifie la connexion lors de l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>Che&amp;min&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>The box&apos;s public key:</source>
        <translation>Clé publique de la box&#xa0;:</translation>
    </message>
    <message>
        <source>Backblaze B2 cloud storage. The application key is sent to the box, which keeps it to reach the bucket.</source>
        <translation>Stockage cloud Backblaze B2. La clé d’application est envoyée à la box, qui la conserve pour accéder au bucket.</translation>
    </message>
    <message>
        <source>Application &amp;key ID:</source>
        <translation>&amp;ID de la clé d’application&#xa0;:</translation>
    </message>
    <message>
        <source>Application k&amp;ey:</source>
        <translation>Clé d’a&amp;pplication&#xa0;:</translation>
    </message>
    <message>
        <source>The box has no SSH key for backups yet. It makes one with its first backup run; open this dialog again after it.</source>
        <translation>La box n’a pas encore de clé SSH pour les sauvegardes. Elle en crée une lors de sa première sauvegarde&#xa0;; rouvrez cette boîte de dialogue ensuite.</translation>
    </message>
    <message>
        <source>Give the folder as an absolute path on the box, e.g. %1.</source>
        <translation>Indiquez le dossier sous forme de chemin absolu sur la box, par ex. %1.</translation>
    </message>
    <message>
        <source>Enter the S3 endpoint, the storage&apos;s host name.</source>
        <translation>Saisissez le point de terminaison S3, le nom d’hôte du stockage.</translation>
    </message>
    <message>
        <source>Enter the bucket.</source>
        <translation>Saisissez le bucket.</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>Saisissez l’ID de clé d’accès.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Saisissez la clé d’accès secrète.</translation>
    </message>
    <message>
        <source>Enter the rsync host.</source>
        <translation>Saisissez l’hôte rsync.</translation>
    </message>
    <message>
        <source>Enter the path on the host.</source>
        <translation>Saisissez le chemin sur l’hôte.</translation>
    </message>
    <message>
        <source>Enter the user on the host.</source>
        <translation>Saisissez l’utilisateur sur l’hôte.</translation>
    </message>
    <message>
        <source>Enter the application key ID.</source>
        <translation>Saisissez l’ID de la clé d’application.</translation>
    </message>
    <message>
        <source>Enter the application key.</source>
        <translation>Saisissez la clé d’application.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>increment</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in %n volume(s)</source>
        <translation>
            <numerusform>%1 octets en %n volume</numerusform>
            <numerusform>%1 octets en %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>When the box will remove this backup to keep the target&apos;s size down (an estimate).</source>
        <translation>Quand la box supprimera cette sauvegarde pour limiter la taille de la destination (estimation).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Deleted in</source>
        <translation>Supprimée dans</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Backup Status</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Save the backup &amp;key…</source>
        <translation>Enregistrer la clé de sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Where the box keeps its backups, and for how long (F2)</source>
        <translation>Où la box conserve ses sauvegardes, et pour combien de temps (F2)</translation>
    </message>
    <message>
        <source>Make a backup now, as the nightly one is made (Ctrl+B)</source>
        <translation>Faire une sauvegarde maintenant, comme celle de chaque nuit (Ctrl+B)</translation>
    </message>
    <message>
        <source>Compare the latest backup with the box&apos;s data</source>
        <translation>Comparer la dernière sauvegarde avec les données de la box</translation>
    </message>
    <message>
        <source>Restore a file, a mailbox or everything into a new directory on the box (Ctrl+N)</source>
        <translation>Restaurer un fichier, une boîte aux lettres ou tout dans un nouveau répertoire sur la box (Ctrl+N)</translation>
    </message>
    <message>
        <source>The key that decrypts the backups: without it, no backup can be restored</source>
        <translation>La clé qui déchiffre les sauvegardes&#xa0;: sans elle, aucune sauvegarde ne peut être restaurée</translation>
    </message>
    <message>
        <source>Filter by date or type…</source>
        <translation>Filtrer par date ou par type…</translation>
    </message>
    <message>
        <source>The box has made no backups yet.</source>
        <translation>La box n’a encore fait aucune sauvegarde.</translation>
    </message>
    <message>
        <source>No backups match “%1”.</source>
        <translation>Aucune sauvegarde ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The box backs up its data every night: mail, users, certificates, DNS and web files, encrypted with the box&apos;s backup key. Keep a copy of the key away from the box: without it, no backup can be restored.</source>
        <translation>La box sauvegarde ses données chaque nuit&#xa0;: courrier, utilisateurs, certificats, fichiers DNS et web, chiffrés avec la clé de sauvegarde de la box. Gardez une copie de la clé à l’écart de la box&#xa0;: sans elle, aucune sauvegarde ne peut être restaurée.</translation>
    </message>
    <message>
        <source>Reading the box&apos;s backups…</source>
        <translation>Lecture des sauvegardes de la box…</translation>
    </message>
    <message>
        <source>The backup status could not be loaded: %1</source>
        <translation>L’état des sauvegardes n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup configuration could not be loaded: %1</source>
        <translation>La configuration des sauvegardes n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup key could not be had: %1</source>
        <translation>La clé de sauvegarde n’a pas pu être obtenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup configuration was saved.</source>
        <translation>La configuration des sauvegardes a été enregistrée.</translation>
    </message>
    <message>
        <source>Save the backup key</source>
        <translation>Enregistrer la clé de sauvegarde</translation>
    </message>
    <message>
        <source>The backup key was not saved.</source>
        <translation>La clé de sauvegarde n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>backing up now</source>
        <translation>la sauvegarde immédiate</translation>
    </message>
    <message>
        <source>verifying the latest backup</source>
        <translation>la vérification de la dernière sauvegarde</translation>
    </message>
    <message>
        <source>restoring from a backup</source>
        <translation>la restauration depuis une sauvegarde</translation>
    </message>
    <message>
        <source>saving the backup key</source>
        <translation>l’enregistrement de la clé de sauvegarde</translation>
    </message>
    <message>
        <source>Backing up now, verifying, restoring and saving the backup key come with the Boxkeeper agent; this box does not offer them (it makes its nightly backups as usual).</source>
        <translation>La sauvegarde immédiate, la vérification, la restauration et l’enregistrement de la clé de sauvegarde sont fournis par l’agent Boxkeeper&#xa0;; cette box ne les propose pas (elle fait ses sauvegardes nocturnes comme d’habitude).</translation>
    </message>
    <message>
        <source>This box does not offer %1.</source>
        <translation>Cette box ne propose pas %1.</translation>
    </message>
    <message>
        <source>Backups are turned off. Choose “Configure…” to turn them on.</source>
        <translation>Les sauvegardes sont désactivées. Choisissez «&#xa0;Configurer…&#xa0;» pour les activer.</translation>
    </message>
    <message>
        <source>Backups are turned off.</source>
        <translation>Les sauvegardes sont désactivées.</translation>
    </message>
    <message>
        <source>The box cannot list its backups now: see the problem above.</source>
        <translation>La box ne peut pas lister ses sauvegardes pour le moment&#xa0;: voir le problème ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in total</source>
        <translation>
            <numerusform>%n sauvegarde, %1 au total</numerusform>
            <numerusform>%n sauvegardes, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of other files on the target (from interrupted or removed backups)</source>
        <translation>%1 d’autres fichiers sur la destination (de sauvegardes interrompues ou supprimées)</translation>
    </message>
    <message>
        <source>Backups are turned off: the box makes none.</source>
        <translation>Les sauvegardes sont désactivées&#xa0;: la box n’en fait aucune.</translation>
    </message>
    <message>
        <source>Backups go to the folder %1 on the box itself.</source>
        <translation>Les sauvegardes vont dans le dossier %1 de la box elle-même.</translation>
    </message>
    <message>
        <source>Backups go to the bucket %1 of the S3-compatible storage at %2.</source>
        <translation>Les sauvegardes vont dans le bucket %1 du stockage compatible S3 à l’adresse %2.</translation>
    </message>
    <message>
        <source>Backups go to %1 on %2 over rsync, as user %3.</source>
        <translation>Les sauvegardes vont dans %1 sur %2 par rsync, en tant qu’utilisateur %3.</translation>
    </message>
    <message>
        <source>Backups go to the Backblaze B2 bucket %1.</source>
        <translation>Les sauvegardes vont dans le bucket Backblaze B2 %1.</translation>
    </message>
    <message numerus="yes">
        <source>Each is kept at least %n day(s).</source>
        <translation>
            <numerusform>Chacune est conservée au moins %n jour.</numerusform>
            <numerusform>Chacune est conservée au moins %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful backup: %1.</source>
        <translation>Dernière sauvegarde réussie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The box reports a problem with the backups: %1</source>
        <translation>La box signale un problème avec les sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2</source>
        <translation>La dernière sauvegarde a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Verifying the latest backup</source>
        <translation>Vérification de la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>%1… (%2)</source>
        <translation>%1… (%2)</translation>
    </message>
    <message>
        <source>%1: %2… (%3)</source>
        <translation>%1&#xa0;: %2… (%3)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore: %1</source>
        <translation>Restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>La restauration a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to the box.</source>
        <translation>Non connecté à la box.</translation>
    </message>
    <message>
        <source>The backup key decrypts every backup of the box. Keep it somewhere safe, away from the box: without it, no backup can be restored. Re-enter your password to get it:</source>
        <translation>La clé de sauvegarde déchiffre toutes les sauvegardes de la box. Conservez-la en lieu sûr, à l’écart de la box&#xa0;: sans elle, aucune sauvegarde ne peut être restaurée. Saisissez de nouveau votre mot de passe pour l’obtenir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Get the key</source>
        <translation>&amp;Obtenir la clé</translation>
    </message>
    <message>
        <source>Re-enter your password to get the backup key.</source>
        <translation>Saisissez de nouveau votre mot de passe pour obtenir la clé de sauvegarde.</translation>
    </message>
    <message>
        <source>Getting the backup key from the box…</source>
        <translation>Récupération de la clé de sauvegarde depuis la box…</translation>
    </message>
    <message>
        <source>The backup key was saved to %1. Keep it safe, away from the box.</source>
        <translation>La clé de sauvegarde a été enregistrée dans %1. Conservez-la en lieu sûr, à l’écart de la box.</translation>
    </message>
    <message>
        <source>The backup key could not be saved to %1: %2</source>
        <translation>La clé de sauvegarde n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The box&apos;s backup status could not be read.</source>
        <translation>L’état des sauvegardes de la box n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The box&apos;s backup configuration could not be read.</source>
        <translation>La configuration des sauvegardes de la box n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The box&apos;s list of the backup&apos;s files could not be read.</source>
        <translation>La liste des fichiers de la sauvegarde envoyée par la box n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The box&apos;s answer to the job could not be read.</source>
        <translation>La réponse de la box à la tâche n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The box&apos;s state of the job could not be read.</source>
        <translation>L’état de la tâche sur la box n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Warning: the box&apos;s certificate has changed</source>
        <translation>Attention&#xa0;: le certificat de la box a changé</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Approuvé jusqu’ici&#xa0;:</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Présenté maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>I know this box&apos;s certificate was replaced and I have checked the new fingerprint</source>
        <translation>Je sais que le certificat de cette box a été remplacé et j’ai vérifié la nouvelle empreinte</translation>
    </message>
    <message>
        <source>Trust the &amp;new certificate</source>
        <translation>Faire confiance au &amp;nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>Ne &amp;pas se connecter</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not the one you trusted before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone may be intercepting the connection, or the box&apos;s certificate was replaced. The connection was refused. Only trust the new certificate if you know it was replaced and have compared its fingerprint with the box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le certificat de %1 n’est pas celui que vous aviez approuvé.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quelqu’un intercepte peut-être la connexion, ou le certificat de la box a été remplacé. La connexion a été refusée. Ne faites confiance au nouveau certificat que si vous savez qu’il a été remplacé et avez comparé son empreinte avec celle de la box.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <source>&amp;Open a certificate file…</source>
        <translation>&amp;Ouvrir un fichier de certificat…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>installed from this computer on %1</source>
        <translation>installé depuis cet ordinateur le %1</translation>
    </message>
    <message>
        <source>This is the certificate installed for %1 from this computer. The box uses it as long as it is the best certificate it has for the domain.</source>
        <translation>Voici le certificat installé pour %1 depuis cet ordinateur. La box l’utilise tant que c’est le meilleur certificat dont elle dispose pour le domaine.</translation>
    </message>
    <message>
        <source>The box&apos;s status answer does not include the certificate itself, so this shows what the box reports. The full details (names, issuer, fingerprint) are shown for a certificate installed from this window; you can also open a certificate file to see its details.</source>
        <translation>La réponse d’état de la box ne contient pas le certificat lui-même&#xa0;; ceci montre donc ce que la box signale. Les détails complets (noms, émetteur, empreinte) sont affichés pour un certificat installé depuis cette fenêtre&#xa0;; vous pouvez aussi ouvrir un fichier de certificat pour voir ses détails.</translation>
    </message>
    <message>
        <source>The box named its file: %1.</source>
        <translation>La box indique comme fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The box&apos;s own name always uses the file ssl/ssl_certificate.pem.</source>
        <translation>Le nom propre de la box utilise toujours le fichier ssl/ssl_certificate.pem.</translation>
    </message>
    <message>
        <source>from the file %1</source>
        <translation>du fichier %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The certificates of %1, read on this computer.</source>
        <translation>Les certificats de %1, lus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open a certificate file</source>
        <translation>Ouvrir un fichier de certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>What the box reports</source>
        <translation>Ce que la box signale</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The box says</source>
        <translation>La box indique</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate (%1)</source>
        <translation>Certificat (%1)</translation>
    </message>
    <message>
        <source>Chain certificate %1</source>
        <translation>Certificat de la chaîne %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Names (SANs)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>%1 (not valid now)</source>
        <translation>%1 (non valide actuellement)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n jour restant)</numerusform>
            <numerusform>%1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved password for this box.</source>
        <translation>Aucun mot de passe enregistré pour cette box.</translation>
    </message>
    <message>
        <source>No password keychain is available on this computer, so passwords will not be remembered; you will be asked each time.</source>
        <translation>Aucun trousseau de mots de passe n’est disponible sur cet ordinateur&#xa0;; les mots de passe ne seront donc pas mémorisés et vous seront demandés à chaque fois.</translation>
    </message>
    <message>
        <source>Access to the password keychain was denied, so the password was not remembered.</source>
        <translation>L’accès au trousseau de mots de passe a été refusé&#xa0;; le mot de passe n’a donc pas été mémorisé.</translation>
    </message>
    <message>
        <source>The password keychain did not work, so the password was not remembered. Details are in the log (Help ▸ Copy diagnostics).</source>
        <translation>Le trousseau de mots de passe n’a pas fonctionné&#xa0;; le mot de passe n’a donc pas été mémorisé. Les détails sont dans le journal (Aide ▸ Copier les diagnostics).</translation>
    </message>
</context>
<context>
    <name>CsrCountries</name>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Fédération de Russie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Biélorussie</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Îles Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Congo, the Democratic Republic of the</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Îles Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>République tchèque</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Îles Malouines (Falkland)</translation>
    </message>
    <message>
        <source>Federated States of Micronesia</source>
        <translation>États fédérés de Micronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Îles Féroé</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groenland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud-et-les îles Sandwich du Sud</translation>
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
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l’océan Indien</translation>
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
        <translation>Islande</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Îles Caïmans</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
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
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (partie française)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Macédoine du Nord</translation>
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
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Île Norfolk</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
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
        <translation>Nouvelle-Zélande</translation>
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
        <translation>Pérou</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sainte-Hélène, Ascension et Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard et Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Swaziland</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes et antarctiques françaises</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Vatican</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis-et-Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>CsrDialog</name>
    <message>
        <source>&amp;Make the CSR</source>
        <translation>&amp;Créer la CSR</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Install the certificate…</source>
        <translation>&amp;Installer le certificat…</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>Demande de signature de certificat</translation>
    </message>
    <message>
        <source>The request appears here.</source>
        <translation>La demande apparaît ici.</translation>
    </message>
    <message>
        <source>If you would rather get a certificate from another provider than Let&apos;s Encrypt, give the provider this certificate signing request (CSR). The box makes it with its own private key, so only the box can use the certificate issued for it. A multi-domain or wildcard certificate is used for every domain it is valid for besides the one chosen here.</source>
        <translation>Si vous préférez obtenir un certificat auprès d’un autre fournisseur que Let&apos;s Encrypt, remettez-lui cette demande de signature de certificat (CSR). La box la crée avec sa propre clé privée&#xa0;: seule la box peut donc utiliser le certificat émis pour elle. Un certificat multidomaine ou générique (wildcard) est utilisé pour chaque domaine pour lequel il est valide, en plus de celui choisi ici.</translation>
    </message>
    <message>
        <source>Some providers require the country you are in; leave it out if yours does not.</source>
        <translation>Certains fournisseurs exigent le pays où vous vous trouvez&#xa0;; omettez-le si le vôtre ne le demande pas.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>The CSR is safe to share. It can only be used together with the private key that stays on the box.</source>
        <translation>La CSR peut être partagée sans risque. Elle n’est utilisable qu’avec la clé privée, qui reste sur la box.</translation>
    </message>
    <message>
        <source>The CSR is on the clipboard.</source>
        <translation>La CSR est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Give this request to your certificate provider.</source>
        <translation>Remettez cette demande à votre fournisseur de certificats.</translation>
    </message>
    <message>
        <source>The box could not make the CSR: %1</source>
        <translation>La box n’a pas pu créer la CSR&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave out (the request names only the domain)</source>
        <translation>Omettre (la demande ne nomme que le domaine)</translation>
    </message>
    <message>
        <source>The box is making the request…</source>
        <translation>La box crée la demande…</translation>
    </message>
    <message>
        <source>Save the CSR of %1</source>
        <translation>Enregistrer la CSR de %1</translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation>Demandes de signature de certificat (*.csr *.pem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The CSR could not be saved to %1: %2</source>
        <translation>La CSR n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the CSR to %1.</source>
        <translation>CSR enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>Line %1: text after a closing quote; a quoted field must end at a comma or a line end.</source>
        <translation>Ligne %1&#xa0;: du texte après un guillemet fermant&#xa0;; un champ entre guillemets doit se terminer par une virgule ou une fin de ligne.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>Ligne %1&#xa0;: un guillemet dans un champ sans guillemets&#xa0;; mettez tout le champ entre guillemets et doublez le guillemet.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n’est pas fermé.</translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>CustomDnsPage</name>
    <message>
        <source>Custom DNS</source>
        <translation>DNS personnalisé</translation>
    </message>
    <message>
        <source>&amp;Add record…</source>
        <translation>&amp;Ajouter un enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Change value…</source>
        <translation>&amp;Changer la valeur…</translation>
    </message>
    <message>
        <source>Add another &amp;value…</source>
        <translation>Ajouter une autre &amp;valeur…</translation>
    </message>
    <message>
        <source>&amp;Remove this value…</source>
        <translation>&amp;Supprimer cette valeur…</translation>
    </message>
    <message>
        <source>Remove &amp;all values of this name and type…</source>
        <translation>Supprimer &amp;toutes les valeurs de ce nom et de ce type…</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>Filter by name, type or value…</source>
        <translation>Filtrer par nom, type ou valeur…</translation>
    </message>
    <message>
        <source>The box has no custom DNS records. Add one with “Add record…”.</source>
        <translation>La box n’a aucun enregistrement DNS personnalisé. Ajoutez-en un avec «&#xa0;Ajouter un enregistrement…&#xa0;».</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Aucun enregistrement ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The box publishes the DNS records its mail and web services need on its own. Records added here come on top of them, or take their place: a custom MX record replaces the box&apos;s own for that name, and a custom A record sends a domain&apos;s website elsewhere. A name can have several values of one type; each change says whether it replaces them or goes beside them.</source>
        <translation>La box publie d’elle-même les enregistrements DNS dont ses services de messagerie et web ont besoin. Les enregistrements ajoutés ici s’y ajoutent ou les remplacent&#xa0;: un enregistrement MX personnalisé remplace celui de la box pour ce nom, et un enregistrement A personnalisé envoie le site web d’un domaine ailleurs. Un nom peut avoir plusieurs valeurs d’un même type&#xa0;; chaque modification indique si elle les remplace ou s’ajoute à elles.</translation>
    </message>
    <message>
        <source>Secondary nameservers</source>
        <translation>Serveurs de noms secondaires</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Loading DNS records…</source>
        <translation>Chargement des enregistrements DNS…</translation>
    </message>
    <message numerus="yes">
        <source>%n custom record(s)</source>
        <translation>
            <numerusform>%n enregistrement personnalisé</numerusform>
            <numerusform>%n enregistrements personnalisés</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS records could not be loaded: %1</source>
        <translation>Les enregistrements DNS n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: no secondary nameservers.</source>
        <translation>Enregistré&#xa0;: aucun serveur de noms secondaire.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n secondary nameserver(s).</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %n serveur de noms secondaire.</numerusform>
            <numerusform>Enregistré&#xa0;: %n serveurs de noms secondaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secondary nameserver keeps a copy of the box&apos;s zones and answers for them when the box cannot. Enter its host name, one per line; the box allows it to transfer the zones and names it in the NS records. To allow a transfer to an address or a network without naming it as a nameserver, write &lt;tt&gt;xfr:&lt;/tt&gt; and the address (e.g. &lt;tt&gt;xfr:192.0.2.53&lt;/tt&gt; or &lt;tt&gt;xfr:198.51.100.0/24&lt;/tt&gt;). Leave the list empty to use the box alone.</source>
        <translation>Un serveur de noms secondaire garde une copie des zones de la box et répond pour elles quand la box ne le peut pas. Saisissez son nom d’hôte, un par ligne&#xa0;; la box l’autorise à transférer les zones et le mentionne dans les enregistrements NS. Pour autoriser un transfert vers une adresse ou un réseau sans le désigner comme serveur de noms, écrivez &lt;tt&gt;xfr:&lt;/tt&gt; suivi de l’adresse (par ex. &lt;tt&gt;xfr:192.0.2.53&lt;/tt&gt; ou &lt;tt&gt;xfr:198.51.100.0/24&lt;/tt&gt;). Laissez la liste vide pour n’utiliser que la box.</translation>
    </message>
    <message>
        <source>&amp;Save nameservers</source>
        <translation>&amp;Enregistrer les serveurs de noms</translation>
    </message>
    <message>
        <source>Remove DNS record</source>
        <translation>Supprimer l’enregistrement DNS</translation>
    </message>
    <message>
        <source>Remove the %1 record of %2 with the value %3?</source>
        <translation>Supprimer l’enregistrement %1 de %2 avec la valeur %3&#xa0;?</translation>
    </message>
    <message>
        <source>Other values of this name and type stay. Where the box has a record of its own for this name and type, it publishes that one again.</source>
        <translation>Les autres valeurs de ce nom et de ce type restent. Si la box a son propre enregistrement pour ce nom et ce type, elle le publie de nouveau.</translation>
    </message>
    <message>
        <source>Remove DNS records</source>
        <translation>Supprimer les enregistrements DNS</translation>
    </message>
    <message>
        <source>Remove every %1 record of %2?</source>
        <translation>Supprimer tous les enregistrements %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>All custom values of this name and type go. Where the box has a record of its own for this name and type, it publishes that one again.</source>
        <translation>Toutes les valeurs personnalisées de ce nom et de ce type disparaissent. Si la box a son propre enregistrement pour ce nom et ce type, elle le publie de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Remove all</source>
        <translation>&amp;Tout supprimer</translation>
    </message>
    <message>
        <source>Asking the box what the change would do…</source>
        <translation>La box est interrogée sur l’effet de la modification…</translation>
    </message>
    <message>
        <source>Updating the box&apos;s DNS…</source>
        <translation>Mise à jour du DNS de la box…</translation>
    </message>
    <message>
        <source>Added a value to the %1 records of %2.</source>
        <translation>Valeur ajoutée aux enregistrements %1 de %2.</translation>
    </message>
    <message>
        <source>Set the %1 value of %2.</source>
        <translation>Valeur %1 de %2 définie.</translation>
    </message>
    <message>
        <source>Removed a value from the %1 records of %2.</source>
        <translation>Valeur retirée des enregistrements %1 de %2.</translation>
    </message>
    <message>
        <source>Removed all %1 records of %2.</source>
        <translation>Tous les enregistrements %1 de %2 ont été supprimés.</translation>
    </message>
    <message>
        <source>Add a value to the %1 records of %2</source>
        <translation>Ajouter une valeur aux enregistrements %1 de %2</translation>
    </message>
    <message>
        <source>Make this the only %1 value of %2</source>
        <translation>En faire la seule valeur %1 de %2</translation>
    </message>
    <message>
        <source>Remove a value from the %1 records of %2</source>
        <translation>Retirer une valeur des enregistrements %1 de %2</translation>
    </message>
    <message>
        <source>Remove all %1 records of %2</source>
        <translation>Supprimer tous les enregistrements %1 de %2</translation>
    </message>
    <message>
        <source>The box stored the record but its zones did not change: it has a record of its own there that takes precedence (e.g. the box&apos;s own name).</source>
        <translation>La box a enregistré l’entrée, mais ses zones n’ont pas changé&#xa0;: elle y a son propre enregistrement, qui est prioritaire (par ex. le nom propre de la box).</translation>
    </message>
    <message>
        <source>Nothing to change: the box has this already.</source>
        <translation>Rien à modifier&#xa0;: la box l’a déjà.</translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation>La modification a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>DBusNotificationSink</name>
    <message>
        <source>There is no desktop session bus for notifications.</source>
        <translation>Il n’y a pas de bus de session du bureau pour les notifications.</translation>
    </message>
    <message>
        <source>This system has no freedesktop notification service.</source>
        <translation>Ce système n’a pas de service de notification freedesktop.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>O&amp;ffline view</source>
        <translation>Vue &amp;hors ligne</translation>
    </message>
    <message>
        <source>Check every box now (F5)</source>
        <translation>Vérifier toutes les box maintenant (F5)</translation>
    </message>
    <message>
        <source>Open the pages of the selected box (Enter)</source>
        <translation>Ouvrir les pages de la box sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>What the selected box answered last, while it cannot be reached</source>
        <translation>Ce que la box sélectionnée a répondu en dernier, tant qu’elle est injoignable</translation>
    </message>
    <message>
        <source>No boxes yet. Add one with Box → Manage boxes…</source>
        <translation>Aucune box pour l’instant. Ajoutez-en une avec Box → Gérer les box…</translation>
    </message>
    <message>
        <source>Every box you manage, checked in the background. Boxkeeper tells you through the desktop&apos;s notifications when a box gets worse: a status check fails, a backup is overdue, a certificate is about to expire or the box stops answering.</source>
        <translation>Toutes les box que vous gérez, vérifiées en arrière-plan. Boxkeeper vous prévient par les notifications du bureau quand l’état d’une box se dégrade&#xa0;: une vérification d’état échoue, une sauvegarde est en retard, un certificat va bientôt expirer ou la box ne répond plus.</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the pages of %1</source>
        <translation>Ouvrir les pages de %1</translation>
    </message>
    <message>
        <source>Offline view</source>
        <translation>Vue hors ligne</translation>
    </message>
    <message>
        <source>What %1 answered last</source>
        <translation>Ce que %1 a répondu en dernier</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) answering</source>
        <translation>
            <numerusform>%n box répond</numerusform>
            <numerusform>%n box répondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answering</source>
        <translation>
            <numerusform>%n ne répond pas</numerusform>
            <numerusform>%n ne répondent pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with failing checks</source>
        <translation>
            <numerusform>%n avec des vérifications en échec</numerusform>
            <numerusform>%n avec des vérifications en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked every %n minute(s)</source>
        <translation>
            <numerusform>vérification chaque minute</numerusform>
            <numerusform>vérification toutes les %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsApiGuide</name>
    <message>
        <source>List the custom records</source>
        <translation>Lister les enregistrements personnalisés</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with JSON: every custom record with its name (&lt;tt&gt;qname&lt;/tt&gt;), type (&lt;tt&gt;rtype&lt;/tt&gt;), value and zone. &lt;tt&gt;/admin/dns/custom/NAME/TYPE&lt;/tt&gt; lists the records of one name and type only; without a type, &lt;tt&gt;A&lt;/tt&gt; is meant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Répond en JSON&#xa0;: chaque enregistrement personnalisé avec son nom (&lt;tt&gt;qname&lt;/tt&gt;), son type (&lt;tt&gt;rtype&lt;/tt&gt;), sa valeur et sa zone. &lt;tt&gt;/admin/dns/custom/NAME/TYPE&lt;/tt&gt; ne liste que les enregistrements d’un nom et d’un type&#xa0;; sans type, &lt;tt&gt;A&lt;/tt&gt; est utilisé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set a record (replace its values)</source>
        <translation>Définir un enregistrement (remplacer ses valeurs)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;PUT&lt;/tt&gt; makes the value in the request body the only value of the name and type. The name must be in a zone of this box, in lower case, international names in their &lt;tt&gt;xn--&lt;/tt&gt; form. The answer is &lt;tt&gt;OK&lt;/tt&gt; when nothing changed, otherwise the zones the box updated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;PUT&lt;/tt&gt; fait de la valeur contenue dans le corps de la requête la seule valeur du nom et du type. Le nom doit appartenir à une zone de cette box, en minuscules, les noms internationaux sous leur forme &lt;tt&gt;xn--&lt;/tt&gt;. La réponse est &lt;tt&gt;OK&lt;/tt&gt; si rien n’a changé, sinon les zones que la box a mises à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;POST&lt;/tt&gt; adds the value beside the values the name and type have already (several TXT or MX records, say).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;POST&lt;/tt&gt; ajoute la valeur à côté de celles que le nom et le type ont déjà (plusieurs enregistrements TXT ou MX, par exemple).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dynamic DNS</source>
        <translation>DNS dynamique</translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;tt&gt;A&lt;/tt&gt; or &lt;tt&gt;AAAA&lt;/tt&gt; call without a body stores the address the call comes from: run it from the machine whose address changes, e.g. every few minutes. Use &lt;tt&gt;curl -4&lt;/tt&gt; for an &lt;tt&gt;A&lt;/tt&gt; record and &lt;tt&gt;curl -6&lt;/tt&gt; for an &lt;tt&gt;AAAA&lt;/tt&gt; record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un appel &lt;tt&gt;A&lt;/tt&gt; ou &lt;tt&gt;AAAA&lt;/tt&gt; sans corps enregistre l’adresse d’où vient l’appel&#xa0;: lancez-le depuis la machine dont l’adresse change, par ex. toutes les quelques minutes. Utilisez &lt;tt&gt;curl -4&lt;/tt&gt; pour un enregistrement &lt;tt&gt;A&lt;/tt&gt; et &lt;tt&gt;curl -6&lt;/tt&gt; pour un enregistrement &lt;tt&gt;AAAA&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove records</source>
        <translation>Supprimer des enregistrements</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;DELETE&lt;/tt&gt; with a value removes that value; without a body it removes every value of the name and type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;DELETE&lt;/tt&gt; avec une valeur supprime cette valeur&#xa0;; sans corps, il supprime toutes les valeurs du nom et du type.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Custom DNS API</source>
        <translation>API du DNS personnalisé</translation>
    </message>
    <message>
        <source>&lt;p&gt;Custom records can be listed and changed with these calls as well; the box updates its zones after each change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les enregistrements personnalisés peuvent aussi être listés et modifiés avec ces appels&#xa0;; la box met à jour ses zones après chaque modification.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DnsPreviewDialog</name>
    <message>
        <source>Check the change</source>
        <translation>Vérifier la modification</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>%1 — the box has this already; nothing would change.</source>
        <translation>%1 — la box l’a déjà&#xa0;; rien ne changerait.</translation>
    </message>
    <message>
        <source>%1 — the box would store it, but no published record changes: the box has a record of its own there that takes precedence.</source>
        <translation>%1 — la box l’enregistrerait, mais aucun enregistrement publié ne change&#xa0;: la box y a son propre enregistrement, qui est prioritaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — the box will publish %n more record(s):</source>
        <translation>
            <numerusform>%1 — la box publiera %n enregistrement de plus&#xa0;:</numerusform>
            <numerusform>%1 — la box publiera %n enregistrements de plus&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — the box will no longer publish %n record(s):</source>
        <translation>
            <numerusform>%1 — la box ne publiera plus %n enregistrement&#xa0;:</numerusform>
            <numerusform>%1 — la box ne publiera plus %n enregistrements&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the box will publish %2 in place of %3:</source>
        <translation>%1 — la box publiera %2 à la place de %3&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsRecordDialog</name>
    <message>
        <source>&amp;Add this value beside the record&apos;s other values</source>
        <translation>&amp;Ajouter cette valeur à côté des autres valeurs de l’enregistrement</translation>
    </message>
    <message>
        <source>Re&amp;place every value of this name and type by this one</source>
        <translation>Rem&amp;placer toutes les valeurs de ce nom et de ce type par celle-ci</translation>
    </message>
    <message>
        <source>&amp;Use the address I connect from (dynamic DNS)</source>
        <translation>&amp;Utiliser l’adresse depuis laquelle je me connecte (DNS dynamique)</translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <translation>par ex. www.example.com</translation>
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
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Serveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Add a custom DNS record</source>
        <translation>Ajouter un enregistrement DNS personnalisé</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>The box stores the address this computer connects to it from. Run the same call from a script to keep a dynamic address up to date (see the API tab).</source>
        <translation>La box enregistre l’adresse depuis laquelle cet ordinateur se connecte à elle. Lancez le même appel depuis un script pour tenir à jour une adresse dynamique (voir l’onglet API).</translation>
    </message>
    <message>
        <source>An IPv4 address. &lt;tt&gt;local&lt;/tt&gt; is allowed too.</source>
        <translation>Une adresse IPv4. &lt;tt&gt;local&lt;/tt&gt; est aussi accepté.</translation>
    </message>
    <message>
        <source>An IPv6 address. &lt;tt&gt;local&lt;/tt&gt; is allowed too.</source>
        <translation>Une adresse IPv6. &lt;tt&gt;local&lt;/tt&gt; est aussi accepté.</translation>
    </message>
    <message>
        <source>A host name. The box adds the final dot (&lt;tt&gt;other.example.net.&lt;/tt&gt;) that marks it as complete; without it the name would be read as relative to the zone.</source>
        <translation>Un nom d’hôte. La box ajoute le point final (&lt;tt&gt;other.example.net.&lt;/tt&gt;) qui le marque comme complet&#xa0;; sans lui, le nom serait lu comme relatif à la zone.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes: published as %n string(s) of at most 255 bytes, which DNS clients join back together.</source>
        <translation>
            <numerusform>%1 octets&#xa0;: publié sous forme de %n chaîne d’au plus 255 octets, que les clients DNS rassemblent.</numerusform>
            <numerusform>%1 octets&#xa0;: publié sous forme de %n chaînes d’au plus 255 octets chacune, que les clients DNS rassemblent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes (one string; DNS strings hold up to 255 bytes, longer values are split).</source>
        <translation>%1 octets (une seule chaîne&#xa0;; les chaînes DNS contiennent au plus 255 octets, les valeurs plus longues sont découpées).</translation>
    </message>
    <message>
        <source>Mail for the name goes to the server with the lowest priority first. End the host name with a dot.</source>
        <translation>Le courrier pour ce nom va d’abord au serveur de plus faible priorité. Terminez le nom d’hôte par un point.</translation>
    </message>
    <message>
        <source>Where a service of the name runs (e.g. &lt;tt&gt;_sip._tcp.example.com&lt;/tt&gt;). End the target with a dot.</source>
        <translation>Où s’exécute un service de ce nom (par ex. &lt;tt&gt;_sip._tcp.example.com&lt;/tt&gt;). Terminez la cible par un point.</translation>
    </message>
    <message>
        <source>Which certificate authorities may issue certificates for the name. Keep one allowing &lt;tt&gt;letsencrypt.org&lt;/tt&gt;, or the box cannot renew its own certificates.</source>
        <translation>Quelles autorités de certification peuvent émettre des certificats pour ce nom. Gardez-en un qui autorise &lt;tt&gt;letsencrypt.org&lt;/tt&gt;, sinon la box ne peut pas renouveler ses propres certificats.</translation>
    </message>
    <message>
        <source>Algorithm, fingerprint type and fingerprint of an SSH host key, as &lt;tt&gt;ssh-keygen -r&lt;/tt&gt; prints them.</source>
        <translation>Algorithme, type d’empreinte et empreinte d’une clé d’hôte SSH, tels que &lt;tt&gt;ssh-keygen -r&lt;/tt&gt; les affiche.</translation>
    </message>
    <message>
        <source>Enter the name of the record, e.g. www.example.com.</source>
        <translation>Saisissez le nom de l’enregistrement, par ex. www.example.com.</translation>
    </message>
</context>
<context>
    <name>DnsService</name>
    <message>
        <source>The box&apos;s list of DNS zones could not be read.</source>
        <translation>La liste des zones DNS de la box n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The box&apos;s custom DNS records could not be read.</source>
        <translation>Les enregistrements DNS personnalisés de la box n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The box&apos;s secondary nameservers could not be read.</source>
        <translation>Les serveurs de noms secondaires de la box n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The box&apos;s DNS records could not be read.</source>
        <translation>Les enregistrements DNS de la box n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The box&apos;s status checks could not be read.</source>
        <translation>Les vérifications d’état de la box n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Enter the name of the record, e.g. www.example.com.</source>
        <translation>Saisissez le nom de l’enregistrement, par ex. www.example.com.</translation>
    </message>
    <message>
        <source>Choose the type of the record.</source>
        <translation>Choisissez le type de l’enregistrement.</translation>
    </message>
    <message>
        <source>The box&apos;s preview of the change could not be read.</source>
        <translation>L’aperçu de la modification envoyé par la box n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>DnsZoneModel</name>
    <message>
        <source>Not in a zone of this box</source>
        <translation>Hors des zones de cette box</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The box hosts no zone for these names any more; they are kept but not published.</source>
        <translation>La box n’héberge plus de zone pour ces noms&#xa0;; ils sont conservés mais pas publiés.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes, published as %n string(s) of at most 255 bytes:</source>
        <translation>
            <numerusform>%1 octets, publié sous forme de %n chaîne d’au plus 255 octets&#xa0;:</numerusform>
            <numerusform>%1 octets, publié sous forme de %n chaînes d’au plus 255 octets chacune&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>ExternalDnsPage</name>
    <message>
        <source>External DNS</source>
        <translation>DNS externe</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>Copy the &amp;zone&apos;s records</source>
        <translation>Copier les enregistrements de la &amp;zone</translation>
    </message>
    <message>
        <source>&amp;Save zone file…</source>
        <translation>&amp;Enregistrer le fichier de zone…</translation>
    </message>
    <message>
        <source>Filter by name, type, value or purpose…</source>
        <translation>Filtrer par nom, type, valeur ou rôle…</translation>
    </message>
    <message>
        <source>The box has no DNS zones.</source>
        <translation>La box n’a aucune zone DNS.</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Aucun enregistrement ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>These are the records of the box&apos;s zones. The box serves them itself when its domains&apos; nameservers are &lt;tt&gt;ns1&lt;/tt&gt;/&lt;tt&gt;ns2&lt;/tt&gt; of the box. If you keep your domains&apos; DNS at a provider instead, enter these records there — at least the ones marked &lt;i&gt;Required&lt;/i&gt;; the &lt;i&gt;Recommended&lt;/i&gt; ones make mail delivery and security better. Values change when the box&apos;s address, keys or certificates change: check this page again after such changes. TXT values longer than 255 bytes are copied as the quoted strings most providers want; a zone file can be imported where the provider accepts one. Note that DNSSEC needs the box&apos;s own nameservers.</source>
        <translation>Voici les enregistrements des zones de la box. La box les sert elle-même lorsque les serveurs de noms de ses domaines sont &lt;tt&gt;ns1&lt;/tt&gt;/&lt;tt&gt;ns2&lt;/tt&gt; de la box. Si vous gérez plutôt le DNS de vos domaines chez un fournisseur, saisissez-y ces enregistrements — au moins ceux marqués &lt;i&gt;Required&lt;/i&gt;&#xa0;; ceux marqués &lt;i&gt;Recommended&lt;/i&gt; améliorent la distribution du courrier et la sécurité. Les valeurs changent quand l’adresse, les clés ou les certificats de la box changent&#xa0;: revenez sur cette page après de tels changements. Les valeurs TXT de plus de 255 octets sont copiées sous forme de chaînes entre guillemets, comme l’attendent la plupart des fournisseurs&#xa0;; un fichier de zone peut être importé là où le fournisseur l’accepte. Notez que DNSSEC nécessite les propres serveurs de noms de la box.</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>Loading the box&apos;s DNS records…</source>
        <translation>Chargement des enregistrements DNS de la box…</translation>
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
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The zone file could not be saved to %1: %2</source>
        <translation>Le fichier de zone n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the zone file of %1 to %2.</source>
        <translation>Fichier de zone de %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>The status checks could not be run: %1</source>
        <translation>Les vérifications d’état n’ont pas pu être lancées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The zone file could not be loaded: %1</source>
        <translation>Le fichier de zone n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The DNS records could not be loaded: %1</source>
        <translation>Les enregistrements DNS n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The box signs its zones (DNSSEC). For the signatures to count, the registrar of each domain has to publish a DS record naming the box&apos;s key. The box&apos;s status checks compare what the registrar publishes with the box&apos;s keys and list the DS records to enter. Running them takes a moment.</source>
        <translation>La box signe ses zones (DNSSEC). Pour que les signatures comptent, le bureau d’enregistrement de chaque domaine doit publier un enregistrement DS désignant la clé de la box. Les vérifications d’état de la box comparent ce que publie le bureau d’enregistrement avec les clés de la box et listent les enregistrements DS à saisir. Leur exécution prend un moment.</translation>
    </message>
    <message>
        <source>&amp;Check the DS records</source>
        <translation>&amp;Vérifier les enregistrements DS</translation>
    </message>
    <message>
        <source>Running the box&apos;s status checks…</source>
        <translation>Vérifications d’état de la box en cours…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The status checks report no DNSSEC state: the box has no signed zones, or its DNS checks did not run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les vérifications d’état ne signalent aucun état DNSSEC&#xa0;: la box n’a pas de zone signée, ou ses vérifications DNS n’ont pas été lancées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the zone file of %1</source>
        <translation>Enregistrer le fichier de zone de %1</translation>
    </message>
    <message>
        <source>Loading the zone file of %1…</source>
        <translation>Chargement du fichier de zone de %1…</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Status checks</source>
        <translation>Vérifications d’état</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sourdine</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Sign in to watch</source>
        <translation>Connectez-vous pour la surveiller</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Répond</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>All passed</source>
        <translation>Toutes réussies</translation>
    </message>
    <message>
        <source>Backups are off</source>
        <translation>Sauvegardes désactivées</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>None expiring soon</source>
        <translation>Aucun n’expire bientôt</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 expiré</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation>
            <numerusform>%1 dans %n jour</numerusform>
            <numerusform>%1 dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n expire bientôt</numerusform>
            <numerusform>%n expirent bientôt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1&#xa0;% utilisé</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>reboot required</source>
        <translation>redémarrage nécessaire</translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1 (agent %2)</translation>
    </message>
    <message>
        <source>%1: expired</source>
        <translation>%1&#xa0;: expiré</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation>
            <numerusform>%1&#xa0;: %n jour restant</numerusform>
            <numerusform>%1&#xa0;: %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>No desktop notifications for this box</source>
        <translation>Aucune notification du bureau pour cette box</translation>
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>No password is remembered for this box.</source>
        <translation>Aucun mot de passe n’est mémorisé pour cette box.</translation>
    </message>
    <message>
        <source>The remembered password could not be read from the keychain.</source>
        <translation>Le mot de passe mémorisé n’a pas pu être lu dans le trousseau.</translation>
    </message>
    <message>
        <source>Two-factor authentication is on for this login: sign in to watch it.</source>
        <translation>L’authentification à deux facteurs est activée pour cet identifiant&#xa0;: connectez-vous pour surveiller la box.</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>La session a pris fin.</translation>
    </message>
</context>
<context>
    <name>GuideTable</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy “%1” to the clipboard</source>
        <translation>Copier «&#xa0;%1&#xa0;» dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>HealthChanges</name>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 ne répond plus.</translation>
    </message>
    <message>
        <source>%1 stopped answering: %2</source>
        <translation>%1 ne répond plus&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup is %1 old (backups run nightly).</source>
        <translation>La dernière sauvegarde remonte à %1 (les sauvegardes ont lieu chaque nuit).</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation>Le certificat de %1 a expiré.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat de %1 expire dans %n jour.</numerusform>
            <numerusform>Le certificat de %1 expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped answering</source>
        <translation>%1 ne répond plus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n problème</numerusform>
            <numerusform>%1&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importer depuis un CSV</translation>
    </message>
    <message>
        <source>&amp;Apply valid rows</source>
        <translation>&amp;Appliquer les lignes valides</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>A&amp;nnuler l’importation</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) ready to apply.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne prête à être appliquée.</numerusform>
            <numerusform>%1&#xa0;: %n lignes prêtes à être appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (listed below) and will not be sent. Fix them in the file and import it again, or apply the valid rows now.</source>
        <translation>
            <numerusform>%n ligne pose problème (voir ci-dessous) et ne sera pas envoyée. Corrigez le fichier et importez-le de nouveau, ou appliquez maintenant les lignes valides.</numerusform>
            <numerusform>%n lignes posent problème (voir ci-dessous) et ne seront pas envoyées. Corrigez le fichier et importez-le de nouveau, ou appliquez maintenant les lignes valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation>%1 apparaît plus d’une fois dans le fichier.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Expected at most four columns (email, password, admin, quota), found %1.</source>
        <translation>Au plus quatre colonnes attendues (email, password, admin, quota), %1 trouvées.</translation>
    </message>
    <message>
        <source>“%1” in the admin column is neither yes nor no.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne admin n’est ni yes ni no.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Expected at most three columns (address, forwards_to, permitted_senders), found %1.</source>
        <translation>Au plus trois colonnes attendues (address, forwards_to, permitted_senders), %1 trouvées.</translation>
    </message>
    <message>
        <source>senders: %1</source>
        <translation>expéditeurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) applied</source>
        <translation>
            <numerusform>%n ligne appliquée</numerusform>
            <numerusform>%n lignes appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid and not sent</source>
        <translation>
            <numerusform>%n non valide et non envoyée</numerusform>
            <numerusform>%n non valides et non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (cancelled)</source>
        <translation>
            <numerusform>%n non appliquée (annulé)</numerusform>
            <numerusform>%n non appliquées (annulé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliquée</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Cancelled while it was being sent: the box may have applied it. Refresh the list to check.</source>
        <translation>Annulé pendant l’envoi&#xa0;: la box l’a peut-être appliqué. Actualisez la liste pour vérifier.</translation>
    </message>
    <message>
        <source>The import was cancelled first.</source>
        <translation>L’importation a été annulée avant.</translation>
    </message>
</context>
<context>
    <name>InstallCertificateDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Ch&amp;oose file…</source>
        <translation>Ch&amp;oisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Install a certificate</source>
        <translation>Installer un certificat</translation>
    </message>
    <message>
        <source>Paste the certificate your provider issued for the box&apos;s CSR, and the intermediate chain if the provider gave you one, or choose their files. The box checks that the certificate belongs to its private key and is trusted before it installs it.</source>
        <translation>Collez le certificat que votre fournisseur a émis pour la CSR de la box, et la chaîne intermédiaire si le fournisseur vous en a donné une, ou choisissez leurs fichiers. La box vérifie que le certificat correspond à sa clé privée et qu’il est reconnu avant de l’installer.</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Intermediate c&amp;hain (if provided):</source>
        <translation>C&amp;haîne intermédiaire (si fournie)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate could not be installed: %1</source>
        <translation>Le certificat n’a pas pu être installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The box is checking the certificate…</source>
        <translation>La box vérifie le certificat…</translation>
    </message>
    <message>
        <source>Paste the certificate, or choose its file.</source>
        <translation>Collez le certificat, ou choisissez son fichier.</translation>
    </message>
    <message>
        <source>This does not look like a PEM certificate (-----BEGIN CERTIFICATE-----); the box will say what is wrong with it.</source>
        <translation>Ceci ne ressemble pas à un certificat PEM (-----BEGIN CERTIFICATE-----)&#xa0;; la box indiquera ce qui ne va pas.</translation>
    </message>
    <message>
        <source>For %1; issued by %2; valid from %3 to %4.</source>
        <translation>Pour %1&#xa0;; émis par %2&#xa0;; valide du %3 au %4.</translation>
    </message>
    <message>
        <source>It is self-signed: the box installs only certificates a CA signed.</source>
        <translation>Il est auto-signé&#xa0;: la box n’installe que des certificats signés par une autorité de certification.</translation>
    </message>
    <message>
        <source>It is not for %1.</source>
        <translation>Il n’est pas valide pour %1.</translation>
    </message>
    <message>
        <source>Choose the intermediate chain</source>
        <translation>Choisir la chaîne intermédiaire</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Choisir le certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate.</source>
        <translation>%1 est trop volumineux pour un certificat.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----). A DER file (.der, .cer) has to be converted to PEM first.</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----). Un fichier DER (.der, .cer) doit d’abord être converti en PEM.</translation>
    </message>
</context>
<context>
    <name>InstructionsPage</name>
    <message>
        <source>Checking and Sending Mail</source>
        <translation>Consulter et envoyer du courrier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Greylisting.&lt;/b&gt; The box briefly turns away mail from senders it has not seen before; their servers retry after a few minutes, so the first message from a new sender may arrive late. That is expected and keeps much spam out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;+tags.&lt;/b&gt; Mail to &lt;i&gt;name+anything@domain&lt;/i&gt; is delivered to &lt;i&gt;name@domain&lt;/i&gt;. Use a different tag for each site you sign up at to see who passes your address on, and to sort mail by tag.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exchange/ActiveSync.&lt;/b&gt; Phones and clients that speak Exchange ActiveSync can use the server name above with SSL/TLS and the same user name and password, for mail, contacts and calendars.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Liste grise (greylisting).&lt;/b&gt; La box refuse brièvement le courrier des expéditeurs qu’elle n’a encore jamais vus&#xa0;; leurs serveurs réessaient au bout de quelques minutes, si bien que le premier message d’un nouvel expéditeur peut arriver en retard. C’est normal et cela écarte beaucoup de spam.&lt;/p&gt;&lt;p&gt;&lt;b&gt;+étiquettes.&lt;/b&gt; Le courrier adressé à &lt;i&gt;nom+nimportequoi@domaine&lt;/i&gt; est distribué à &lt;i&gt;nom@domaine&lt;/i&gt;. Utilisez une étiquette différente pour chaque site où vous vous inscrivez, pour voir qui transmet votre adresse et pour trier le courrier par étiquette.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exchange/ActiveSync.&lt;/b&gt; Les téléphones et les clients qui parlent Exchange ActiveSync peuvent utiliser le nom de serveur ci-dessus avec SSL/TLS et les mêmes nom d’utilisateur et mot de passe, pour le courrier, les contacts et les agendas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contacts and calendars.&lt;/b&gt; This box also keeps your contacts and calendars. &lt;a href=&quot;#sync&quot;&gt;Set them up on your devices&lt;/a&gt; (Contacts/Calendar page).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Contacts et agendas.&lt;/b&gt; Cette box conserve aussi vos contacts et vos agendas. &lt;a href=&quot;#sync&quot;&gt;Configurez-les sur vos appareils&lt;/a&gt; (page Contacts/Agenda).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(log in to see the box&apos;s name)</source>
        <translation>(connectez-vous pour voir le nom de la box)</translation>
    </message>
    <message>
        <source>your whole email address</source>
        <translation>votre adresse e-mail complète</translation>
    </message>
    <message>
        <source>Use these settings in any mail program (Thunderbird, Apple Mail, Outlook, K-9 Mail/Thunderbird for Android, the iOS Mail app …). Every protocol uses the same server name. The user name is always the &lt;b&gt;whole email address&lt;/b&gt;, and the password is the account&apos;s password.</source>
        <translation>Utilisez ces paramètres dans n’importe quel logiciel de messagerie (Thunderbird, Apple Mail, Outlook, K-9 Mail/Thunderbird pour Android, l’app Mail d’iOS …). Tous les protocoles utilisent le même nom de serveur. Le nom d’utilisateur est toujours l’&lt;b&gt;adresse e-mail complète&lt;/b&gt;, et le mot de passe est celui du compte.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Server name (all protocols)</source>
        <translation>Nom du serveur (tous les protocoles)</translation>
    </message>
    <message>
        <source>The box did not say its name; this is the address Boxkeeper connects to. Mail programs need the box&apos;s name (its PRIMARY_HOSTNAME).</source>
        <translation>La box n’a pas indiqué son nom&#xa0;; voici l’adresse à laquelle Boxkeeper se connecte. Les logiciels de messagerie ont besoin du nom de la box (son PRIMARY_HOSTNAME).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>IMAP (incoming, recommended)</source>
        <translation>IMAP (entrant, recommandé)</translation>
    </message>
    <message>
        <source>port %1, security SSL/TLS</source>
        <translation>port %1, sécurité SSL/TLS</translation>
    </message>
    <message>
        <source>POP3 (incoming)</source>
        <translation>POP3 (entrant)</translation>
    </message>
    <message>
        <source>SMTP (outgoing)</source>
        <translation>SMTP (sortant)</translation>
    </message>
    <message>
        <source>port %1, security SSL/TLS, authentication with user name and password</source>
        <translation>port %1, sécurité SSL/TLS, authentification par nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Exchange/ActiveSync</source>
        <translation>Exchange/ActiveSync</translation>
    </message>
    <message>
        <source>server %1, SSL/TLS on</source>
        <translation>serveur %1, SSL/TLS activé</translation>
    </message>
    <message>
        <source>Webmail: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — read and write mail in a web browser with the same user name and password.</source>
        <translation>Webmail&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; — lire et écrire du courrier dans un navigateur web avec les mêmes nom d’utilisateur et mot de passe.</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>iOS/macOS profile</source>
        <translation>Profil iOS/macOS</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iPhone, iPad and Mac.&lt;/b&gt; Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; on the device (or scan the code below with the camera) and install the profile: it sets up mail, contacts and calendars in one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;iPhone, iPad et Mac.&lt;/b&gt; Ouvrez &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; sur l’appareil (ou scannez le code ci-dessous avec l’appareil photo) et installez le profil&#xa0;: il configure le courrier, les contacts et les agendas en une seule étape.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
</context>
<context>
    <name>JsonJob</name>
    <message>
        <source>The box sent an answer that is not valid JSON (%1).</source>
        <translation>La box a envoyé une réponse qui n’est pas du JSON valide (%1).</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
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
        <translation>%1 copié.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to a box</source>
        <translation>Se connecter à une box</translation>
    </message>
    <message>
        <source>Log in to the control panel of your mail box.</source>
        <translation>Connectez-vous au panneau d’administration de votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>&amp;Box&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://box.example.com/admin</source>
        <translation>https://box.example.com/admin</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Nouvelle box</translation>
    </message>
    <message>
        <source>Certificate pinned (SHA-256): %1</source>
        <translation>Certificat épinglé (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter the address of the box&apos;s control panel, e.g. https://box.example.com/admin.</source>
        <translation>Saisissez l’adresse du panneau d’administration de la box, par ex. https://box.example.com/admin.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <source>The box&apos;s login answer could not be understood. Is this the address of a Mail-in-a-Box control panel (https://HOST/admin)?</source>
        <translation>La réponse de connexion de la box n’a pas pu être comprise. Est-ce bien l’adresse d’un panneau d’administration Mail-in-a-Box (https://HOST/admin)&#xa0;?</translation>
    </message>
    <message>
        <source>The box accepted the login but sent no session key.</source>
        <translation>La box a accepté la connexion mais n’a envoyé aucune clé de session.</translation>
    </message>
</context>
<context>
    <name>MailApiGuide</name>
    <message>
        <source>List the users</source>
        <translation>Lister les utilisateurs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with every user, grouped by domain. With &lt;tt&gt;format=json&lt;/tt&gt; the answer is JSON: for each user the address, the privileges, the quota and the mailbox&apos;s size, and the archived mailboxes (status &lt;tt&gt;inactive&lt;/tt&gt;) with the folder they are in. Without it, one address per line, archived mailboxes left out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Répond avec tous les utilisateurs, regroupés par domaine. Avec &lt;tt&gt;format=json&lt;/tt&gt;, la réponse est en JSON&#xa0;: pour chaque utilisateur, l’adresse, les privilèges, le quota et la taille de la boîte aux lettres, ainsi que les boîtes aux lettres archivées (statut &lt;tt&gt;inactive&lt;/tt&gt;) avec le dossier où elles se trouvent. Sans ce paramètre, une adresse par ligne, sans les boîtes aux lettres archivées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes an account with its mailbox address and password (at least eight characters). The address must be in lower case; a domain with letters outside ASCII is written in its &lt;tt&gt;xn--&lt;/tt&gt; form. Optional: &lt;tt&gt;privileges=admin&lt;/tt&gt; makes the user an administrator, &lt;tt&gt;quota&lt;/tt&gt; limits the mailbox (e.g. &lt;tt&gt;5G&lt;/tt&gt;, &lt;tt&gt;500M&lt;/tt&gt;; &lt;tt&gt;0&lt;/tt&gt; = no limit). The first line of the answer is &lt;tt&gt;mail user added&lt;/tt&gt;; the lines after it say what the box updated (DNS, web).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Crée un compte avec son adresse de boîte aux lettres et son mot de passe (au moins huit caractères). L’adresse doit être en minuscules&#xa0;; un domaine contenant des lettres hors ASCII s’écrit sous sa forme &lt;tt&gt;xn--&lt;/tt&gt;. Facultatif&#xa0;: &lt;tt&gt;privileges=admin&lt;/tt&gt; fait de l’utilisateur un administrateur, &lt;tt&gt;quota&lt;/tt&gt; limite la boîte aux lettres (par ex. &lt;tt&gt;5G&lt;/tt&gt;, &lt;tt&gt;500M&lt;/tt&gt;&#xa0;; &lt;tt&gt;0&lt;/tt&gt; = pas de limite). La première ligne de la réponse est &lt;tt&gt;mail user added&lt;/tt&gt;&#xa0;; les lignes suivantes indiquent ce que la box a mis à jour (DNS, web).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Archive (remove) a user</source>
        <translation>Archiver (supprimer) un utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deletes the account: it can no longer log in or receive mail. The box keeps the mailbox folder, if the address has one, with its mail; it is then listed as an archived mailbox. Aliases that forward to the address stay. The answer starts with &lt;tt&gt;mail user removed&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Supprime le compte&#xa0;: il ne peut plus se connecter ni recevoir de courrier. La box garde le dossier de la boîte aux lettres, si l’adresse en a un, avec son courrier&#xa0;; il est alors listé comme boîte aux lettres archivée. Les alias qui redirigent vers l’adresse restent. La réponse commence par &lt;tt&gt;mail user removed&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set a user&apos;s password</source>
        <translation>Définir le mot de passe d’un utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replaces the password (at least eight characters) and ends every session of that user, so apps have to log in again with the new one. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Remplace le mot de passe (au moins huit caractères) et termine toutes les sessions de cet utilisateur&#xa0;: les applications doivent se reconnecter avec le nouveau. Répond &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Make a user an administrator</source>
        <translation>Faire d’un utilisateur un administrateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gives the user the &lt;tt&gt;admin&lt;/tt&gt; privilege: they can then manage the box. The field is &lt;tt&gt;privilege&lt;/tt&gt; (one privilege). Answers &lt;tt&gt;OK&lt;/tt&gt;, also when the user had it already.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Donne à l’utilisateur le privilège &lt;tt&gt;admin&lt;/tt&gt;&#xa0;: il peut alors gérer la box. Le champ s’appelle &lt;tt&gt;privilege&lt;/tt&gt; (un seul privilège). Répond &lt;tt&gt;OK&lt;/tt&gt;, y compris si l’utilisateur l’avait déjà.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove the administrator privilege</source>
        <translation>Retirer le privilège d’administrateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Takes the &lt;tt&gt;admin&lt;/tt&gt; privilege away; the field &lt;tt&gt;privilege&lt;/tt&gt; is needed here too. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retire le privilège &lt;tt&gt;admin&lt;/tt&gt;&#xa0;; le champ &lt;tt&gt;privilege&lt;/tt&gt; est nécessaire ici aussi. Répond &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read a user&apos;s privileges</source>
        <translation>Lire les privilèges d’un utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with the user&apos;s privileges, one per line (nothing if none).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Répond avec les privilèges de l’utilisateur, un par ligne (rien s’il n’en a aucun).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read a user&apos;s quota</source>
        <translation>Lire le quota d’un utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with JSON: the address and its quota (&lt;tt&gt;0&lt;/tt&gt; = no limit). Add &lt;tt&gt;text=1&lt;/tt&gt; for the quota alone as text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Répond en JSON&#xa0;: l’adresse et son quota (&lt;tt&gt;0&lt;/tt&gt; = pas de limite). Ajoutez &lt;tt&gt;text=1&lt;/tt&gt; pour n’obtenir que le quota, en texte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set a user&apos;s quota</source>
        <translation>Définir le quota d’un utilisateur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sets the largest size the mailbox may grow to: a whole number with &lt;tt&gt;M&lt;/tt&gt; or &lt;tt&gt;G&lt;/tt&gt;, or &lt;tt&gt;0&lt;/tt&gt; for no limit. Answers &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Définit la taille maximale que peut atteindre la boîte aux lettres&#xa0;: un nombre entier suivi de &lt;tt&gt;M&lt;/tt&gt; ou &lt;tt&gt;G&lt;/tt&gt;, ou &lt;tt&gt;0&lt;/tt&gt; pour aucune limite. Répond &lt;tt&gt;OK&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mail user API</source>
        <translation>API des utilisateurs de messagerie</translation>
    </message>
    <message>
        <source>&lt;p&gt;The users of the box can be listed and changed with these calls as well, e.g. by a script that adds the accounts of new members.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les utilisateurs de la box peuvent aussi être listés et modifiés avec ces appels, par ex. par un script qui crée les comptes des nouveaux membres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>List the aliases</source>
        <translation>Lister les alias</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers with every alias, grouped by domain. With &lt;tt&gt;format=json&lt;/tt&gt; the answer is JSON: for each alias the address, where it forwards to, who may send as it, and whether the box made it itself (&lt;tt&gt;auto&lt;/tt&gt;). Without it, one alias per line: address, forward targets and permitted senders, separated by tabs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Répond avec tous les alias, regroupés par domaine. Avec &lt;tt&gt;format=json&lt;/tt&gt;, la réponse est en JSON&#xa0;: pour chaque alias, l’adresse, vers où il redirige, qui peut envoyer en son nom, et si la box l’a créé elle-même (&lt;tt&gt;auto&lt;/tt&gt;). Sans ce paramètre, un alias par ligne&#xa0;: adresse, destinataires de la redirection et expéditeurs autorisés, séparés par des tabulations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add an alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>&lt;p&gt;Makes an alias: mail to &lt;tt&gt;address&lt;/tt&gt; goes to the addresses in &lt;tt&gt;forwards_to&lt;/tt&gt; (several separated by commas or new lines). &lt;tt&gt;@mydomain.com&lt;/tt&gt; as the address makes a catch-all for the domain; &lt;tt&gt;@mydomain.com&lt;/tt&gt; forwarding to &lt;tt&gt;@otherdomain.com&lt;/tt&gt; forwards every name to the same name at the other domain. Optional: &lt;tt&gt;permitted_senders&lt;/tt&gt;, the users who may send mail as the alias. The answer starts with &lt;tt&gt;alias added&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Crée un alias&#xa0;: le courrier adressé à &lt;tt&gt;address&lt;/tt&gt; va aux adresses de &lt;tt&gt;forwards_to&lt;/tt&gt; (plusieurs, séparées par des virgules ou des retours à la ligne). &lt;tt&gt;@mydomain.com&lt;/tt&gt; comme adresse crée une adresse fourre-tout pour le domaine&#xa0;; &lt;tt&gt;@mydomain.com&lt;/tt&gt; redirigé vers &lt;tt&gt;@otherdomain.com&lt;/tt&gt; redirige chaque nom vers le même nom de l’autre domaine. Facultatif&#xa0;: &lt;tt&gt;permitted_senders&lt;/tt&gt;, les utilisateurs qui peuvent envoyer du courrier au nom de l’alias. La réponse commence par &lt;tt&gt;alias added&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change an alias</source>
        <translation>Modifier un alias</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same call with &lt;tt&gt;update_if_exists=1&lt;/tt&gt; replaces the targets and permitted senders of an alias that exists (without it, that is refused). The answer starts with &lt;tt&gt;alias updated&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le même appel avec &lt;tt&gt;update_if_exists=1&lt;/tt&gt; remplace les destinataires et les expéditeurs autorisés d’un alias existant (sans ce paramètre, c’est refusé). La réponse commence par &lt;tt&gt;alias updated&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove an alias</source>
        <translation>Supprimer un alias</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes the alias; mail to its address is no longer forwarded. Mailboxes are not touched, and the aliases the box makes itself cannot be removed. Write the address exactly as it is stored (lower case). The answer starts with &lt;tt&gt;alias removed&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Supprime l’alias&#xa0;; le courrier adressé à son adresse n’est plus redirigé. Les boîtes aux lettres ne sont pas touchées, et les alias que la box crée elle-même ne peuvent pas être supprimés. Écrivez l’adresse exactement comme elle est enregistrée (en minuscules). La réponse commence par &lt;tt&gt;alias removed&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mail aliases API</source>
        <translation>API des alias de messagerie</translation>
    </message>
    <message>
        <source>&lt;p&gt;The aliases of the box can be listed and changed with these calls as well.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les alias de la box peuvent aussi être listés et modifiés avec ces appels.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>You cannot archive your own account.</source>
        <translation>Vous ne pouvez pas archiver votre propre compte.</translation>
    </message>
    <message>
        <source>You cannot remove the admin privilege from yourself.</source>
        <translation>Vous ne pouvez pas vous retirer à vous-même le privilège d’administrateur.</translation>
    </message>
</context>
<context>
    <name>MailValidation</name>
    <message>
        <source>At least eight characters, not only spaces. Use letters, digits and punctuation from the ASCII range: a password with other characters can be set but cannot be used to log in to the control panel.</source>
        <translation>Au moins huit caractères, pas uniquement des espaces. Utilisez des lettres, des chiffres et des signes de ponctuation de la plage ASCII&#xa0;: un mot de passe contenant d’autres caractères peut être défini mais ne permet pas de se connecter au panneau d’administration.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The password must be at least eight characters long.</source>
        <translation>Le mot de passe doit comporter au moins huit caractères.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Account addresses may only use the lowercase letters a-z, the digits 0-9, underscore (_), hyphen (-) and period (.). Write an internationalized domain in its xn-- form.</source>
        <translation>Les adresses de compte ne peuvent contenir que les lettres minuscules a-z, les chiffres 0-9, le tiret bas (_), le trait d’union (-) et le point (.). Écrivez un domaine internationalisé sous sa forme xn--.</translation>
    </message>
    <message>
        <source>Enter a quota (0 for unlimited).</source>
        <translation>Saisissez un quota (0 pour illimité).</translation>
    </message>
    <message>
        <source>A quota cannot contain spaces, commas or decimal points.</source>
        <translation>Un quota ne peut contenir ni espaces, ni virgules, ni séparateurs décimaux.</translation>
    </message>
    <message>
        <source>A quota is a whole number, optionally followed by M or G (e.g. 500M, 5G; 0 = unlimited).</source>
        <translation>Un quota est un nombre entier, éventuellement suivi de M ou G (par ex. 500M, 5G&#xa0;; 0 = illimité).</translation>
    </message>
    <message>
        <source>Enter the alias address.</source>
        <translation>Saisissez l’adresse de l’alias.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address. Use name@domain, or @domain for a catch-all or domain alias.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide. Utilisez nom@domaine, ou @domaine pour une adresse fourre-tout ou un alias de domaine.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address to forward to.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de redirection valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address; permitted senders must be users of this box.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide&#xa0;; les expéditeurs autorisés doivent être des utilisateurs de cette box.</translation>
    </message>
    <message>
        <source>An alias needs at least one address to forward to, or a permitted sender.</source>
        <translation>Un alias a besoin d’au moins une adresse de redirection ou d’un expéditeur autorisé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boxkeeper</source>
        <translation>Boxkeeper</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Box</translation>
    </message>
    <message>
        <source>&amp;Switch box…</source>
        <translation>&amp;Changer de box…</translation>
    </message>
    <message>
        <source>&amp;Manage boxes…</source>
        <translation>&amp;Gérer les box…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier les diagnostics</translation>
    </message>
    <message>
        <source>Copy the app and system versions, the box&apos;s address and the last lines of the log, to paste into a bug report. No passwords or keys are included.</source>
        <translation>Copie les versions de l’application et du système, l’adresse de la box et les dernières lignes du journal, à coller dans un rapport de bogue. Aucun mot de passe ni aucune clé n’y figure.</translation>
    </message>
    <message>
        <source>&amp;About Boxkeeper</source>
        <translation>À &amp;propos de Boxkeeper</translation>
    </message>
    <message>
        <source>About Boxkeeper</source>
        <translation>À propos de Boxkeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boxkeeper %1&lt;/h3&gt;&lt;p&gt;The control panel of your Mail-in-a-Box, on your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Boxkeeper is free software under the GNU General Public License, version 3 or later: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It manages boxes set up with Mail-in-a-Box: &lt;a href=&quot;https://mailinabox.email/&quot;&gt;https://mailinabox.email/&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boxkeeper %1&lt;/h3&gt;&lt;p&gt;Le panneau d’administration de votre Mail-in-a-Box, sur votre bureau.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Boxkeeper est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure&#xa0;: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Il gère les box installées avec Mail-in-a-Box&#xa0;: &lt;a href=&quot;https://mailinabox.email/&quot;&gt;https://mailinabox.email/&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Paste them into your bug report.</source>
        <translation>Diagnostics copiés dans le presse-papiers. Collez-les dans votre rapport de bogue.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation>Vérifications d’état</translation>
    </message>
    <message>
        <source>TLS (SSL) Certificates</source>
        <translation>Certificats TLS (SSL)</translation>
    </message>
    <message>
        <source>Backup Status</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>Custom DNS</source>
        <translation>DNS personnalisé</translation>
    </message>
    <message>
        <source>External DNS</source>
        <translation>DNS externe</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Mail &amp; Users</source>
        <translation>Courrier et utilisateurs</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Contacts/Calendar</source>
        <translation>Contacts/Agenda</translation>
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
        <source>Not connected to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (administrator)</source>
        <translation>Connecté en tant que %1 (administrateur)</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>De nouveau connecté à %1.</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>Jetons d’API</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>MetricsChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Point at the chart to read its values.</source>
        <translation>Pointez sur le graphique pour lire ses valeurs.</translation>
    </message>
    <message>
        <source>No samples in this period.</source>
        <translation>Aucune mesure sur cette période.</translation>
    </message>
</context>
<context>
    <name>MfaService</name>
    <message>
        <source>The box&apos;s two-factor status could not be read.</source>
        <translation>L’état de l’authentification à deux facteurs de la box n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Enter the six-digit code your authenticator app shows now.</source>
        <translation>Saisissez le code à six chiffres qu’affiche actuellement votre application d’authentification.</translation>
    </message>
    <message>
        <source>Enter your password. Changing two-factor authentication ends your session on the box; Boxkeeper uses the password once to open a new one right away.</source>
        <translation>Saisissez votre mot de passe. Modifier l’authentification à deux facteurs met fin à votre session sur la box&#xa0;; Boxkeeper utilise le mot de passe une seule fois pour en ouvrir immédiatement une nouvelle.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Open the box&apos;s &amp;Munin pages</source>
        <translation>Ouvrir les pages &amp;Munin de la box</translation>
    </message>
    <message>
        <source>Load the charts again (%1)</source>
        <translation>Recharger les graphiques (%1)</translation>
    </message>
    <message>
        <source>How the box has been doing, as the Boxkeeper agent on it records every minute (kept 30 days; periods longer than two days in 15-minute averages). Point at a chart to read its values. The charts refresh every minute while this page is shown.</source>
        <translation>L’activité de la box, telle que l’agent Boxkeeper installé dessus l’enregistre chaque minute (conservée 30 jours&#xa0;; périodes de plus de deux jours en moyennes sur 15 minutes). Pointez sur un graphique pour lire ses valeurs. Les graphiques sont actualisés chaque minute tant que cette page est affichée.</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 heure</translation>
    </message>
    <message>
        <source>2&amp;4 hours</source>
        <translation>2&amp;4 heures</translation>
    </message>
    <message>
        <source>&amp;7 days</source>
        <translation>&amp;7 jours</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 jours</translation>
    </message>
    <message>
        <source>Load (1-minute average)</source>
        <translation>Charge (moyenne sur 1 minute)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Disk (storage of the box)</source>
        <translation>Disque (stockage de la box)</translation>
    </message>
    <message>
        <source>Mail queue</source>
        <translation>File d’attente du courrier</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Messages en file d’attente</translation>
    </message>
    <message>
        <source>Mail traffic (per sample)</source>
        <translation>Trafic de courrier (par mesure)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>This box does not record monitoring data for Boxkeeper (that needs the Boxkeeper agent on the box); Mail-in-a-Box shows its charts in Munin, in your browser.</source>
        <translation>Cette box n’enregistre pas de données de supervision pour Boxkeeper (il faut pour cela l’agent Boxkeeper sur la box)&#xa0;; Mail-in-a-Box affiche ses graphiques dans Munin, dans votre navigateur.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>No browser could be started. Open %1 yourself.</source>
        <translation>Aucun navigateur n’a pu être lancé. Ouvrez %1 vous-même.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Updated at %1. The box has no samples in this period yet.</source>
        <translation>Actualisé à %1. La box n’a encore aucune mesure sur cette période.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Actualisé à %1.</translation>
    </message>
    <message>
        <source>The monitoring data could not be loaded: %1</source>
        <translation>Les données de supervision n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>The box&apos;s monitoring data could not be read.</source>
        <translation>Les données de supervision de la box n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>OfflineBoxView</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Custom DNS</source>
        <translation>DNS personnalisé</translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation>Vérifications d’état</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>%1 (offline) — Boxkeeper</source>
        <translation>%1 (hors ligne) — Boxkeeper</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>This is what it answered last. Nothing can be changed here until it answers again.</source>
        <translation>Voici ce qu’elle a répondu en dernier. Rien ne peut être modifié ici tant qu’elle ne répond pas de nouveau.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>Boxkeeper kept no copy of this for %1: it was not fetched while the box answered.</source>
        <translation>Boxkeeper n’a gardé aucune copie de ceci pour %1&#xa0;: ces données n’ont pas été récupérées pendant que la box répondait.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Boxes</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://box.example.com/admin</source>
        <translation>https://box.example.com/admin</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Certificat é&amp;pinglé&#xa0;:</translation>
    </message>
    <message>
        <source>none (CA-signed certificate)</source>
        <translation>aucun (certificat signé par une autorité de certification)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>New box %1</source>
        <translation>Nouvelle box %1</translation>
    </message>
    <message>
        <source>Every box needs a name.</source>
        <translation>Chaque box doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two boxes are named “%1”.</source>
        <translation>Deux box s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse https://.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 32 bytes in hex (AA:BB:…).</source>
        <translation>L’empreinte épinglée doit comporter 32 octets en hexadécimal (AA:BB:…).</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Obtenir</translation>
    </message>
    <message>
        <source>Provision certificates</source>
        <translation>Obtenir des certificats</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation>Ce que dit la box</translation>
    </message>
    <message>
        <source>Stopped waiting. The box may still be requesting certificates; the table shows them once they are installed.</source>
        <translation>Attente interrompue. La box demande peut-être encore des certificats&#xa0;; le tableau les affichera une fois installés.</translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation>L’obtention a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The box&apos;s status lists no domain that can get a certificate from Let&apos;s Encrypt now: each domain either has a valid certificate or cannot be checked by Let&apos;s Encrypt (the table says why). Provisioning tells for every domain what the box would do.</source>
        <translation>L’état de la box ne mentionne aucun domaine pouvant obtenir maintenant un certificat de Let&apos;s Encrypt&#xa0;: chaque domaine a soit un certificat valide, soit ne peut pas être vérifié par Let&apos;s Encrypt (le tableau indique pourquoi). L’obtention indique pour chaque domaine ce que ferait la box.</translation>
    </message>
    <message>
        <source>A TLS certificate can be provisioned automatically from Let&apos;s Encrypt, a free certificate provider, for: %1. The box renews them by itself 14 days before they expire.</source>
        <translation>Un certificat TLS peut être obtenu automatiquement auprès de Let&apos;s Encrypt, un fournisseur de certificats gratuit, pour&#xa0;: %1. La box les renouvelle d’elle-même 14 jours avant leur expiration.</translation>
    </message>
    <message>
        <source>The box answered within a second.</source>
        <translation>La box a répondu en moins d’une seconde.</translation>
    </message>
    <message numerus="yes">
        <source>The box took %n second(s).</source>
        <translation>
            <numerusform>La box a mis %n seconde.</numerusform>
            <numerusform>La box a mis %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The box is requesting certificates… %1:%2 — this can take minutes. You may close this window; the box goes on and the table shows the certificates once installed.</source>
        <translation>La box demande des certificats… %1:%2 — cela peut prendre plusieurs minutes. Vous pouvez fermer cette fenêtre&#xa0;; la box continue et le tableau affichera les certificats une fois installés.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>The TLS certificate was provisioned and installed.</source>
        <translation>Le certificat TLS a été obtenu et installé.</translation>
    </message>
    <message>
        <source>After installing</source>
        <translation>Après l’installation</translation>
    </message>
    <message>
        <source>There were no domain names to provision certificates for.</source>
        <translation>Aucun nom de domaine pour lequel obtenir des certificats.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) installed</source>
        <translation>
            <numerusform>%n certificat installé</numerusform>
            <numerusform>%n certificats installés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed — see the box&apos;s log below</source>
        <translation>
            <numerusform>%n demande a échoué — voir le journal de la box ci-dessous</numerusform>
            <numerusform>%n demandes ont échoué — voir le journal de la box ci-dessous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>The box could not list the backup&apos;s files: %1</source>
        <translation>La box n’a pas pu lister les fichiers de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>On the box: %1…</source>
        <translation>Sur la box&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Which backup to restore from: the box keeps a full backup and the increments made after it, and restores any of them as it was at that time.</source>
        <translation>La sauvegarde à partir de laquelle restaurer&#xa0;: la box conserve une sauvegarde complète et les sauvegardes incrémentielles faites ensuite, et peut restaurer l’état de chacune d’elles à ce moment-là.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Choose what to restore</source>
        <translation>Choisir ce qu’il faut restaurer</translation>
    </message>
    <message>
        <source>Everything, one mailbox, or a single folder or file. Mailboxes are listed by address, with their mail folders.</source>
        <translation>Tout, une boîte aux lettres, ou un seul dossier ou fichier. Les boîtes aux lettres sont listées par adresse, avec leurs dossiers de courrier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Choose a new directory on the box</source>
        <translation>Choisir un nouveau répertoire sur la box</translation>
    </message>
    <message>
        <source>The box restores into a directory that does not exist yet (or is empty), outside its data folder. The live mail and settings are not touched.</source>
        <translation>La box restaure dans un répertoire qui n’existe pas encore (ou qui est vide), en dehors de son dossier de données. Le courrier et les paramètres en service ne sont pas touchés.</translation>
    </message>
    <message>
        <source>&amp;Directory on the box:</source>
        <translation>Répertoire sur la &amp;box&#xa0;:</translation>
    </message>
    <message>
        <source>The box makes the directory readable by root only. The restored files keep their place below it, as in the box&apos;s data folder; copy what you need from there on the box.</source>
        <translation>La box rend le répertoire lisible par root seulement. Les fichiers restaurés gardent leur emplacement sous ce répertoire, comme dans le dossier de données de la box&#xa0;; copiez de là, sur la box, ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation>Confirmer la restauration</translation>
    </message>
    <message>
        <source>Read what the box will do.</source>
        <translation>Lisez ce que la box va faire.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>The box restores from the backup. Closing this window does not stop it.</source>
        <translation>La box restaure depuis la sauvegarde. Fermer cette fenêtre ne l’interrompt pas.</translation>
    </message>
    <message>
        <source>Loading the files of the backup of %1…</source>
        <translation>Chargement des fichiers de la sauvegarde du %1…</translation>
    </message>
    <message>
        <source>The box is still listing files; go back and forth to try again.</source>
        <translation>La box liste encore les fichiers&#xa0;; revenez en arrière puis avancez pour réessayer.</translation>
    </message>
    <message>
        <source>the full backup</source>
        <translation>la sauvegarde complète</translation>
    </message>
    <message>
        <source>the incremental backup</source>
        <translation>la sauvegarde incrémentielle</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box will restore &lt;b&gt;%1&lt;/b&gt; from %2 of &lt;b&gt;%3&lt;/b&gt; into the new directory &lt;b&gt;%4&lt;/b&gt; on the box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La box va restaurer &lt;b&gt;%1&lt;/b&gt; à partir de %2 du &lt;b&gt;%3&lt;/b&gt; dans le nouveau répertoire &lt;b&gt;%4&lt;/b&gt; sur la box.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The files keep their place below that directory, for example &lt;tt&gt;%1&lt;/tt&gt;. The box makes the directory readable by root only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les fichiers gardent leur emplacement sous ce répertoire, par exemple &lt;tt&gt;%1&lt;/tt&gt;. La box rend le répertoire lisible par root seulement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing else changes: the mail, users and settings the box uses now stay as they are. Copy what you need from the new directory on the box afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien d’autre ne change&#xa0;: le courrier, les utilisateurs et les paramètres que la box utilise actuellement restent tels quels. Copiez ensuite ce dont vous avez besoin depuis le nouveau répertoire sur la box.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Démarrage de la restauration…</translation>
    </message>
    <message>
        <source>A restore is already running on the box.</source>
        <translation>Une restauration est déjà en cours sur la box.</translation>
    </message>
    <message>
        <source>Enter a directory on the box.</source>
        <translation>Saisissez un répertoire sur la box.</translation>
    </message>
    <message>
        <source>Give the directory as an absolute path on the box, starting with /.</source>
        <translation>Indiquez le répertoire sous forme de chemin absolu sur la box, commençant par /.</translation>
    </message>
    <message>
        <source>The directory is inside the box&apos;s data folder (%1): choose one elsewhere.</source>
        <translation>Le répertoire se trouve dans le dossier de données de la box (%1)&#xa0;: choisissez-en un ailleurs.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n file(s))</source>
        <translation>
            <numerusform>Tout (%n fichier)</numerusform>
            <numerusform>Tout (%n fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailboxes (%n)</source>
        <translation>
            <numerusform>Boîtes aux lettres (%n)</numerusform>
            <numerusform>Boîtes aux lettres (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item: a mailbox (by its address), a folder or a file, or everything.</source>
        <translation>Choisissez un élément&#xa0;: une boîte aux lettres (par son adresse), un dossier ou un fichier, ou tout.</translation>
    </message>
    <message>
        <source>everything the backup holds (all mailboxes, the users database, certificates, DNS and web files)</source>
        <translation>tout ce que contient la sauvegarde (toutes les boîtes aux lettres, la base des utilisateurs, les certificats, les fichiers DNS et web)</translation>
    </message>
    <message>
        <source>the mailbox %1 with all its mail folders</source>
        <translation>la boîte aux lettres %1 avec tous ses dossiers de courrier</translation>
    </message>
    <message>
        <source>the folder %1 with everything in it</source>
        <translation>le dossier %1 avec tout son contenu</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 écoulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The restore is done.</source>
        <translation>La restauration est terminée.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>La restauration a échoué.</translation>
    </message>
</context>
<context>
    <name>SslTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>I have checked the fingerprint and I &amp;trust this certificate</source>
        <translation>J’ai vérifié l’empreinte et je fais confiance à ce cer&amp;tificat</translation>
    </message>
    <message>
        <source>Trust and &amp;connect</source>
        <translation>Faire confiance et se &amp;connecter</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box &lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer cannot verify. This is normal for a new box with a self-signed certificate. Compare the fingerprint below with the one the box shows (for example with &lt;tt&gt;openssl x509 -noout -fingerprint -sha256&lt;/tt&gt; on the box) before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La box &lt;b&gt;%1&lt;/b&gt; a présenté un certificat que cet ordinateur ne peut pas vérifier. C’est normal pour une nouvelle box avec un certificat auto-signé. Comparez l’empreinte ci-dessous avec celle qu’indique la box (par exemple avec &lt;tt&gt;openssl x509 -noout -fingerprint -sha256&lt;/tt&gt; sur la box) avant de lui faire confiance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (auto-signé)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>StatusChangesDialog</name>
    <message>
        <source>Changes since the previous night</source>
        <translation>Changements depuis la nuit précédente</translation>
    </message>
    <message>
        <source>There is no report yet. Every night the box runs its status checks and compares them with the night before; the first report comes after the second night.</source>
        <translation>Il n’y a pas encore de rapport. Chaque nuit, la box lance ses vérifications d’état et les compare avec celles de la nuit précédente&#xa0;; le premier rapport arrive après la deuxième nuit.</translation>
    </message>
    <message>
        <source>The report of %1: nothing changed since the night before.</source>
        <translation>Le rapport du %1&#xa0;: rien n’a changé depuis la nuit précédente.</translation>
    </message>
    <message>
        <source>The report of %1: what changed since the night before.</source>
        <translation>Le rapport du %1&#xa0;: ce qui a changé depuis la nuit précédente.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>All %n check(s) OK</source>
        <translation>
            <numerusform>%n vérification OK</numerusform>
            <numerusform>Les %n vérifications sont OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 OK, %2 errors, %3 warnings</source>
        <translation>%1 OK, %2 erreurs, %3 avertissements</translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation>Seulement les &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Run checks again</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>Arrêter d’&amp;attendre</translation>
    </message>
    <message>
        <source>Last night&apos;s c&amp;hanges…</source>
        <translation>C&amp;hangements de la nuit dernière…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Show or hide the &amp;details</source>
        <translation>Afficher ou masquer les &amp;détails</translation>
    </message>
    <message>
        <source>Show only the warnings and errors, and the groups that have some</source>
        <translation>N’afficher que les avertissements et les erreurs, et les groupes qui en contiennent</translation>
    </message>
    <message>
        <source>Filter by domain or text…</source>
        <translation>Filtrer par domaine ou par texte…</translation>
    </message>
    <message>
        <source>Run every status check on the box again (F5)</source>
        <translation>Relancer toutes les vérifications d’état sur la box (F5)</translation>
    </message>
    <message>
        <source>Stop waiting for this run; the box finishes it on its own</source>
        <translation>Ne plus attendre cette exécution&#xa0;; la box la termine d’elle-même</translation>
    </message>
    <message>
        <source>What changed in the status checks between the last two nights, as the box&apos;s nightly report says</source>
        <translation>Ce qui a changé dans les vérifications d’état entre les deux dernières nuits, d’après le rapport nocturne de la box</translation>
    </message>
    <message>
        <source>This box does not report what changed in its checks overnight: that needs Boxkeeper&apos;s agent on the box.</source>
        <translation>Cette box n’indique pas ce qui a changé dans ses vérifications pendant la nuit&#xa0;: il faut pour cela l’agent Boxkeeper sur la box.</translation>
    </message>
    <message>
        <source>Pick a check to read all of it here.</source>
        <translation>Choisissez une vérification pour la lire ici en entier.</translation>
    </message>
    <message>
        <source>The box checks its services, its network and every domain it serves, and says what is wrong and how to fix it. Pick a check to read all of it below; checks with details can be opened.</source>
        <translation>La box vérifie ses services, son réseau et chaque domaine qu’elle sert, et indique ce qui ne va pas et comment y remédier. Choisissez une vérification pour la lire en entier ci-dessous&#xa0;; les vérifications avec des détails peuvent être dépliées.</translation>
    </message>
    <message>
        <source>Status Checks</source>
        <translation>Vérifications d’état</translation>
    </message>
    <message>
        <source>Last night&apos;s changes could not be loaded: %1</source>
        <translation>Les changements de la nuit dernière n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The status checks could not be run: %1</source>
        <translation>Les vérifications d’état n’ont pas pu être lancées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the status checks…</source>
        <translation>Vérifications d’état en cours…</translation>
    </message>
    <message>
        <source>No status checks yet. Run them with “Run checks again”.</source>
        <translation>Aucune vérification d’état pour l’instant. Lancez-les avec «&#xa0;Relancer les vérifications&#xa0;».</translation>
    </message>
    <message>
        <source>No problems: every check passed.</source>
        <translation>Aucun problème&#xa0;: toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>No check matches “%1”.</source>
        <translation>Aucune vérification ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Running the checks on the box… %1 s</source>
        <translation>Vérifications en cours sur la box… %1 s</translation>
    </message>
    <message>
        <source>Last run at %1 (took %2 s).</source>
        <translation>Dernière exécution à %1 (durée %2 s).</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Les vérifications n’ont pas encore été lancées.</translation>
    </message>
    <message>
        <source>Copied the check&apos;s text.</source>
        <translation>Texte de la vérification copié.</translation>
    </message>
    <message>
        <source>Hide the &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <source>Show the &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The box&apos;s status checks could not be read.</source>
        <translation>Les vérifications d’état de la box n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Stopped waiting for the status checks.</source>
        <translation>Attente des vérifications d’état interrompue.</translation>
    </message>
    <message>
        <source>The box&apos;s report of last night&apos;s changes could not be read.</source>
        <translation>Le rapport de la box sur les changements de la nuit dernière n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>StatusTreeModel</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Contacts and Calendar</source>
        <translation>Contacts et agenda</translation>
    </message>
    <message>
        <source>The box keeps contacts and calendars (with Nextcloud) for every mail user. Connect your devices with the addresses below; log in with the whole email address and its password.</source>
        <translation>La box conserve les contacts et les agendas (avec Nextcloud) de chaque utilisateur de messagerie. Connectez vos appareils avec les adresses ci-dessous&#xa0;; identifiez-vous avec l’adresse e-mail complète et son mot de passe.</translation>
    </message>
    <message>
        <source>Contacts and calendars can also be edited in a web browser at the address “Web interface” below.</source>
        <translation>Les contacts et les agendas peuvent aussi être modifiés dans un navigateur web à l’adresse «&#xa0;Interface web&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>What to use</source>
        <translation>Application à utiliser</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>DAVx⁵ (set up with the “Login with URL and user name” option and the CardDAV/CalDAV address), then the phone&apos;s own contacts and calendar apps</source>
        <translation>DAVx⁵ (configuré avec l’option «&#xa0;Connexion avec une URL et un nom d’utilisateur&#xa0;» et l’adresse CardDAV/CalDAV), puis les applications Contacts et Agenda du téléphone</translation>
    </message>
    <message>
        <source>iPhone, iPad and macOS</source>
        <translation>iPhone, iPad et macOS</translation>
    </message>
    <message>
        <source>Settings → Contacts/Calendar → Accounts → Add Account → Other → CardDAV or CalDAV account, with the server name</source>
        <translation>Réglages → Contacts/Calendrier → Comptes → Ajouter un compte → Autre → Compte CardDAV ou CalDAV, avec le nom du serveur</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>Address book and calendar from the network: enter the CardDAV or CalDAV address</source>
        <translation>Carnet d’adresses et agenda sur le réseau&#xa0;: saisissez l’adresse CardDAV ou CalDAV</translation>
    </message>
    <message>
        <source>GNOME / KDE</source>
        <translation>GNOME / KDE</translation>
    </message>
    <message>
        <source>GNOME Online Accounts (Nextcloud) or KDE&apos;s DAV groupware resource, with the server address</source>
        <translation>Comptes en ligne GNOME (Nextcloud) ou la ressource groupware DAV de KDE, avec l’adresse du serveur</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Thunderbird, or Outlook with a CalDAV/CardDAV add-on</source>
        <translation>Thunderbird, ou Outlook avec un module CalDAV/CardDAV</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>(log in to see this box&apos;s addresses)</source>
        <translation>(connectez-vous pour voir les adresses de cette box)</translation>
    </message>
    <message>
        <source>Server (most apps find the rest)</source>
        <translation>Serveur (la plupart des applications trouvent le reste)</translation>
    </message>
    <message>
        <source>CardDAV (contacts)</source>
        <translation>CardDAV (contacts)</translation>
    </message>
    <message>
        <source>CalDAV (calendar)</source>
        <translation>CalDAV (agenda)</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>Interface web</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>your whole email address</source>
        <translation>votre adresse e-mail complète</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>Check for a &amp;new release</source>
        <translation>Rechercher une &amp;nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Check for new releases of Mail-in-a-Box</source>
        <translation>&amp;Vérifier les nouvelles versions de Mail-in-a-Box</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier de nouve&amp;au</translation>
    </message>
    <message>
        <source>&amp;Install updates…</source>
        <translation>&amp;Installer les mises à jour…</translation>
    </message>
    <message>
        <source>Re&amp;boot the box…</source>
        <translation>&amp;Redémarrer la box…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>What the box&apos;s package manager says while installing appears here.</source>
        <translation>Ce qu’affiche le gestionnaire de paquets de la box pendant l’installation apparaît ici.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When this is on, the box asks mailinabox.email for the latest release (here and in its status checks). When it is off, the box stays private and never asks.</source>
        <translation>Lorsque cette option est activée, la box demande à mailinabox.email quelle est la dernière version (ici et dans ses vérifications d’état). Lorsqu’elle est désactivée, la box reste discrète et ne demande jamais rien.</translation>
    </message>
    <message>
        <source>Software updates</source>
        <translation>Mises à jour logicielles</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Mail-in-a-Box version on the box: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Version de Mail-in-a-Box sur la box&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The box&apos;s software is up to date.</source>
        <translation>Les logiciels de la box sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n package update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n mise à jour de paquet en attente d’installation.</numerusform>
            <numerusform>%n mises à jour de paquets en attente d’installation.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The package manager printed nothing.)</source>
        <translation>(Le gestionnaire de paquets n’a rien affiché.)</translation>
    </message>
    <message>
        <source>Updates installed (took %1 s).</source>
        <translation>Mises à jour installées (durée %1 s).</translation>
    </message>
    <message>
        <source>The box needs a reboot to finish installing updates.</source>
        <translation>La box doit redémarrer pour terminer l’installation des mises à jour.</translation>
    </message>
    <message>
        <source>No reboot is necessary.</source>
        <translation>Aucun redémarrage n’est nécessaire.</translation>
    </message>
    <message>
        <source>The box is restarting. Reconnect in a minute or so.</source>
        <translation>La box redémarre. Reconnectez-vous dans une minute environ.</translation>
    </message>
    <message>
        <source>The reboot command said: %1</source>
        <translation>La commande de redémarrage a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The box&apos;s version is not known: %1</source>
        <translation>La version de la box est inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The privacy setting could not be read or changed: %1</source>
        <translation>Le paramètre de confidentialité n’a pas pu être lu ou modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>The updates could not be listed: %1</source>
        <translation>Les mises à jour n’ont pas pu être listées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Installing the updates failed.</source>
        <translation>L’installation des mises à jour a échoué.</translation>
    </message>
    <message>
        <source>Whether the box needs a reboot is not known: %1</source>
        <translation>On ne sait pas si la box doit redémarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The box could not be rebooted: %1</source>
        <translation>La box n’a pas pu être redémarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking the box for its version…</source>
        <translation>Demande de sa version à la box…</translation>
    </message>
    <message>
        <source>Asking the box for pending updates (this can take a minute)…</source>
        <translation>Demande des mises à jour en attente à la box (cela peut prendre une minute)…</translation>
    </message>
    <message>
        <source>The box does not look for new releases: the new-version check is off, so it stays private.</source>
        <translation>La box ne recherche pas de nouvelles versions&#xa0;: la vérification des nouvelles versions est désactivée, elle reste donc discrète.</translation>
    </message>
    <message>
        <source>Looking for the latest release…</source>
        <translation>Recherche de la dernière version…</translation>
    </message>
    <message>
        <source>The latest release is not known: %1</source>
        <translation>La dernière version est inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The latest release is %1.</source>
        <translation>La dernière version est %1.</translation>
    </message>
    <message>
        <source>This is the latest release.</source>
        <translation>C’est la dernière version.</translation>
    </message>
    <message>
        <source>A newer release is available: %1. Upgrade by running the setup again on the box.</source>
        <translation>Une version plus récente est disponible&#xa0;: %1. Mettez à niveau en relançant l’installation (setup) sur la box.</translation>
    </message>
    <message>
        <source>Installing updates on the box… %1 s</source>
        <translation>Installation des mises à jour sur la box… %1 s</translation>
    </message>
    <message>
        <source>the box</source>
        <translation>la box</translation>
    </message>
    <message>
        <source>Install updates</source>
        <translation>Installer les mises à jour</translation>
    </message>
    <message numerus="yes">
        <source>Install %n package update(s) on %1 now?</source>
        <translation>
            <numerusform>Installer maintenant %n mise à jour de paquet sur %1&#xa0;?</numerusform>
            <numerusform>Installer maintenant %n mises à jour de paquets sur %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The box runs its package manager; this can take several minutes. Services may restart briefly while their packages are replaced.</source>
        <translation>La box exécute son gestionnaire de paquets&#xa0;; cela peut prendre plusieurs minutes. Des services peuvent redémarrer brièvement pendant le remplacement de leurs paquets.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Reboot %1 now?</source>
        <translation>Redémarrer %1 maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Until the machine is up again, nobody can send or receive mail through it, and neither this app, the control panel nor SSH can reach it. Once started, the reboot cannot be stopped.</source>
        <translation>Jusqu’à ce que la machine soit de nouveau en marche, personne ne peut envoyer ni recevoir de courrier par elle, et ni cette application, ni le panneau d’administration, ni SSH ne peuvent la joindre. Une fois lancé, le redémarrage ne peut pas être interrompu.</translation>
    </message>
    <message>
        <source>&amp;Reboot now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>SystemService</name>
    <message>
        <source>The box did not say which version is the latest.</source>
        <translation>La box n’a pas indiqué quelle est la dernière version.</translation>
    </message>
    <message>
        <source>The box&apos;s privacy setting could not be read.</source>
        <translation>Le paramètre de confidentialité de la box n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The box&apos;s list of updates could not be read.</source>
        <translation>La liste des mises à jour de la box n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The box did not say whether it needs a reboot.</source>
        <translation>La box n’a pas indiqué si elle doit redémarrer.</translation>
    </message>
    <message>
        <source>The box&apos;s list of web sites could not be read.</source>
        <translation>La liste des sites web de la box n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>TLS (SSL) Certificates</source>
        <translation>Certificats TLS (SSL)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>&amp;Install certificate…</source>
        <translation>&amp;Installer un certificat…</translation>
    </message>
    <message>
        <source>Make a &amp;CSR…</source>
        <translation>Créer une &amp;CSR…</translation>
    </message>
    <message>
        <source>&amp;Provision certificates…</source>
        <translation>&amp;Obtenir des certificats…</translation>
    </message>
    <message>
        <source>&amp;Copy the box&apos;s text</source>
        <translation>Co&amp;pier le texte de la box</translation>
    </message>
    <message>
        <source>Filter by domain, state or text…</source>
        <translation>Filtrer par domaine, état ou texte…</translation>
    </message>
    <message>
        <source>The box serves no domains.</source>
        <translation>La box ne sert aucun domaine.</translation>
    </message>
    <message>
        <source>No domains match “%1”.</source>
        <translation>Aucun domaine ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A TLS (formerly SSL) certificate proves to anyone connecting to a domain that the connection is with its owner. The box needs one for its own name and for every domain it serves a website for. Certificates from Let&apos;s Encrypt are provisioned with “Provision certificates” and renewed by the box 14 days before they expire; for another provider, make a CSR and install the certificate the provider issues.</source>
        <translation>Un certificat TLS (anciennement SSL) prouve à quiconque se connecte à un domaine que la connexion aboutit bien chez son propriétaire. La box en a besoin d’un pour son propre nom et pour chaque domaine dont elle sert un site web. Les certificats de Let&apos;s Encrypt s’obtiennent avec «&#xa0;Obtenir des certificats&#xa0;» et sont renouvelés par la box 14 jours avant leur expiration&#xa0;; pour un autre fournisseur, créez une CSR et installez le certificat que le fournisseur émet.</translation>
    </message>
    <message>
        <source>The certificate for %1 was installed.</source>
        <translation>Le certificat pour %1 a été installé.</translation>
    </message>
    <message>
        <source>The certificate for %1 was installed. The box: %2</source>
        <translation>Le certificat pour %1 a été installé. La box&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading the certificates&apos; status…</source>
        <translation>Chargement de l’état des certificats…</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a valid certificate</source>
        <translation>
            <numerusform>%n avec un certificat valide</numerusform>
            <numerusform>%n avec un certificat valide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can get one automatically</source>
        <translation>
            <numerusform>%n peut en obtenir un automatiquement</numerusform>
            <numerusform>%n peuvent en obtenir un automatiquement</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificates&apos; status could not be loaded: %1</source>
        <translation>L’état des certificats n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Provisioning…</source>
        <translation>&amp;Obtention en cours…</translation>
    </message>
</context>
<context>
    <name>TlsService</name>
    <message>
        <source>The box&apos;s certificate status could not be read.</source>
        <translation>L’état des certificats de la box n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Choose the domain the certificate is for.</source>
        <translation>Choisissez le domaine auquel le certificat est destiné.</translation>
    </message>
    <message>
        <source>The box did not answer with a certificate signing request.</source>
        <translation>La box n’a pas répondu par une demande de signature de certificat.</translation>
    </message>
    <message>
        <source>Paste the certificate, or choose its file.</source>
        <translation>Collez le certificat, ou choisissez son fichier.</translation>
    </message>
    <message>
        <source>The box&apos;s answer to provisioning could not be read.</source>
        <translation>La réponse de la box à l’obtention n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>TlsStatusModel</name>
    <message>
        <source>Signed &amp; valid</source>
        <translation>Signé et valide</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <source>Hosted elsewhere</source>
        <translation>Hébergé ailleurs</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Installed from here: %1, issued by %2</source>
        <translation>Installé d’ici&#xa0;: %1, émis par %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>The box&apos;s status does not say which certificate file this is. Provisioning names the files of valid certificates; a certificate installed from here is shown with its details.</source>
        <translation>L’état de la box n’indique pas de quel fichier de certificat il s’agit. L’obtention nomme les fichiers des certificats valides&#xa0;; un certificat installé d’ici est affiché avec ses détails.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation>Ce que dit la box</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>The box has no DNS zones yet.</source>
        <translation>La box n’a encore aucune zone DNS.</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Expire après le</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nouveau jeton d’API</translation>
    </message>
    <message>
        <source>e.g. home-router or nightly-report</source>
        <translation>par ex. routeur-maison ou rapport-nocturne</translation>
    </message>
    <message>
        <source>What the token may do</source>
        <translation>Ce que le jeton peut faire</translation>
    </message>
    <message>
        <source>Custom DNS records of these zones only (dns:&lt;i&gt;zone&lt;/i&gt;, e.g. for a router that updates its address):</source>
        <translation>Enregistrements DNS personnalisés de ces zones seulement (dns:&lt;i&gt;zone&lt;/i&gt;, par ex. pour un routeur qui met à jour son adresse)&#xa0;:</translation>
    </message>
    <message>
        <source>(the last day it works, UTC)</source>
        <translation>(dernier jour où il fonctionne, UTC)</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Créer le jeton</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a name for the token, e.g. the machine or script that will use it.</source>
        <translation>Saisissez un nom pour le jeton, par ex. la machine ou le script qui l’utilisera.</translation>
    </message>
    <message>
        <source>Choose at least one scope: what the token may do.</source>
        <translation>Choisissez au moins une portée&#xa0;: ce que le jeton peut faire.</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;example</source>
        <translation>Copier l’&amp;exemple</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>Jeton d’API créé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now: it will not be shown again.&lt;/b&gt; The box keeps only a hash of it. If it is lost, revoke the token and make a new one.</source>
        <translation>&lt;b&gt;Copiez le secret maintenant&#xa0;: il ne sera plus affiché.&lt;/b&gt; La box n’en conserve qu’un hachage. S’il est perdu, révoquez le jeton et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Use it as the password of the user &lt;tt&gt;token&lt;/tt&gt;, e.g. with curl:</source>
        <translation>Utilisez-le comme mot de passe de l’utilisateur &lt;tt&gt;token&lt;/tt&gt;, par ex. avec curl&#xa0;:</translation>
    </message>
    <message>
        <source>Programs can send it as &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; &lt;i&gt;secret&lt;/i&gt; instead. It works when two-factor authentication is on for the administrators too.</source>
        <translation>Les programmes peuvent plutôt l’envoyer sous la forme &lt;tt&gt;Authorization: Bearer&lt;/tt&gt; &lt;i&gt;secret&lt;/i&gt;. Il fonctionne aussi lorsque l’authentification à deux facteurs est activée pour les administrateurs.</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>le secret</translation>
    </message>
    <message>
        <source>the example</source>
        <translation>l’exemple</translation>
    </message>
    <message>
        <source>The token &lt;b&gt;%1&lt;/b&gt; was created. Its secret:</source>
        <translation>Le jeton &lt;b&gt;%1&lt;/b&gt; a été créé. Son secret&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>The box&apos;s list of API tokens could not be read.</source>
        <translation>La liste des jetons d’API de la box n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Enter a name for the token, e.g. the machine or script that will use it.</source>
        <translation>Saisissez un nom pour le jeton, par ex. la machine ou le script qui l’utilisera.</translation>
    </message>
    <message>
        <source>Choose at least one scope: what the token may do.</source>
        <translation>Choisissez au moins une portée&#xa0;: ce que le jeton peut faire.</translation>
    </message>
    <message>
        <source>The box made the token but its answer could not be read: revoke the token and make a new one.</source>
        <translation>La box a créé le jeton, mais sa réponse n’a pas pu être lue&#xa0;: révoquez le jeton et créez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <source>API Tokens</source>
        <translation>Jetons d’API</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Copier le nom</translation>
    </message>
    <message>
        <source>Filter by name or scope…</source>
        <translation>Filtrer par nom ou par portée…</translation>
    </message>
    <message>
        <source>The box has no API tokens. Make one with “New token…”.</source>
        <translation>La box n’a aucun jeton d’API. Créez-en un avec «&#xa0;Nouveau jeton…&#xa0;».</translation>
    </message>
    <message>
        <source>No tokens match “%1”.</source>
        <translation>Aucun jeton ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Loading the API tokens…</source>
        <translation>Chargement des jetons d’API…</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s)</source>
        <translation>
            <numerusform>%n jeton d’API</numerusform>
            <numerusform>%n jetons d’API</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the token %1.</source>
        <translation>Jeton %1 créé.</translation>
    </message>
    <message>
        <source>Revoked the token %1: it no longer works.</source>
        <translation>Jeton %1 révoqué&#xa0;: il ne fonctionne plus.</translation>
    </message>
    <message>
        <source>API tokens come with the Boxkeeper agent; this box does not offer them (scripts there log in with an administrator&apos;s email and password).</source>
        <translation>Les jetons d’API sont fournis par l’agent Boxkeeper&#xa0;; cette box ne les propose pas (les scripts s’y connectent avec l’adresse e-mail et le mot de passe d’un administrateur).</translation>
    </message>
    <message>
        <source>A token lets a script or device use the box&apos;s API without an administrator&apos;s password: a router that updates its address in the DNS, a monitoring job that reads the status. Give each its own token with the least it needs; revoke it when the device goes. The box stores only a hash of each secret.</source>
        <translation>Un jeton permet à un script ou à un appareil d’utiliser l’API de la box sans le mot de passe d’un administrateur&#xa0;: un routeur qui met à jour son adresse dans le DNS, une tâche de supervision qui lit l’état. Donnez à chacun son propre jeton, avec le strict nécessaire&#xa0;; révoquez-le quand l’appareil n’est plus utilisé. La box ne stocke qu’un hachage de chaque secret.</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Révoquer le jeton d’API</translation>
    </message>
    <message>
        <source>Revoke the token %1?</source>
        <translation>Révoquer le jeton %1&#xa0;?</translation>
    </message>
    <message>
        <source>Scripts and devices that use it are refused from then on. This cannot be undone; a new token has a new secret.</source>
        <translation>Les scripts et appareils qui l’utilisent seront dès lors refusés. Cette action est irréversible&#xa0;; un nouveau jeton a un nouveau secret.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoking the token %1…</source>
        <translation>Révocation du jeton %1…</translation>
    </message>
    <message>
        <source>The API tokens could not be loaded: %1</source>
        <translation>Les jetons d’API n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation>Le jeton n’a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Le jeton n’a pas été révoqué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TotpLoginDialog</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Enter the six-digit code shown by your authenticator app.</source>
        <translation>Saisissez le code à six chiffres affiché par votre application d’authentification.</translation>
    </message>
    <message>
        <source>000000</source>
        <translation>000000</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation>Le code comporte six chiffres.</translation>
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
        <translation>Configurer l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Enable two-factor authentication</source>
        <translation>&amp;Activer l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Two-factor authentication is on</source>
        <translation>L’authentification à deux facteurs est activée</translation>
    </message>
    <message>
        <source>&amp;Disable two-factor authentication…</source>
        <translation>&amp;Désactiver l’authentification à deux facteurs…</translation>
    </message>
    <message>
        <source>e.g. phone</source>
        <translation>par ex. téléphone</translation>
    </message>
    <message>
        <source>1. Install an authenticator app (for example FreeOTP, Aegis or Google Authenticator) on your phone.&lt;br&gt;2. Scan the QR code, or type the secret below into the app.&lt;br&gt;3. Enter the six-digit code the app shows, a label to recognise this device later, and your password, then enable. From then on, logging in asks for a code from the app.</source>
        <translation>1. Installez une application d’authentification (par exemple FreeOTP, Aegis ou Google Authenticator) sur votre téléphone.&lt;br&gt;2. Scannez le code QR, ou saisissez dans l’application le secret ci-dessous.&lt;br&gt;3. Saisissez le code à six chiffres affiché par l’application, un libellé pour reconnaître cet appareil plus tard et votre mot de passe, puis activez. Dès lors, la connexion demande un code de l’application.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code de l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Votre mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Changing two-factor authentication ends your current session on the box. Boxkeeper uses the password you enter here once to log you in again right away; it is not stored.</source>
        <translation>Modifier l’authentification à deux facteurs met fin à votre session en cours sur la box. Boxkeeper utilise une seule fois le mot de passe saisi ici pour vous reconnecter aussitôt&#xa0;; il n’est pas conservé.</translation>
    </message>
    <message>
        <source>Two-Factor Authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Two-factor authentication is now on. Your session was renewed.</source>
        <translation>L’authentification à deux facteurs est maintenant activée. Votre session a été renouvelée.</translation>
    </message>
    <message>
        <source>Two-factor authentication is now off. Your session was renewed.</source>
        <translation>L’authentification à deux facteurs est maintenant désactivée. Votre session a été renouvelée.</translation>
    </message>
    <message>
        <source>Two-factor authentication is now on, but a new session could not be opened (%1). Log in again.</source>
        <translation>L’authentification à deux facteurs est maintenant activée, mais une nouvelle session n’a pas pu être ouverte (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Two-factor authentication is now off, but a new session could not be opened (%1). Log in again.</source>
        <translation>L’authentification à deux facteurs est maintenant désactivée, mais une nouvelle session n’a pas pu être ouverte (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>On this box, two-factor authentication is managed through the control panel&apos;s administrator interface. Ask an administrator of the box to set it up or turn it off for your account.</source>
        <translation>Sur cette box, l’authentification à deux facteurs se gère dans l’interface d’administration du panneau d’administration. Demandez à un administrateur de la box de la configurer ou de la désactiver pour votre compte.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Two-factor authentication is &lt;b&gt;on&lt;/b&gt; for %1.</source>
        <translation>L’authentification à deux facteurs est &lt;b&gt;activée&lt;/b&gt; pour %1.</translation>
    </message>
    <message>
        <source>an authenticator app (no label)</source>
        <translation>une application d’authentification (sans libellé)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Codes come from %1. Disabling removes it: logging in then needs only the password.</source>
        <translation>Source des codes&#xa0;: %1. La désactivation la supprime&#xa0;: la connexion ne demande alors plus que le mot de passe.</translation>
    </message>
    <message>
        <source>Two-factor authentication is &lt;b&gt;off&lt;/b&gt; for %1. Turn it on so that logging in needs a code from your phone besides the password.</source>
        <translation>L’authentification à deux facteurs est &lt;b&gt;désactivée&lt;/b&gt; pour %1. Activez-la pour que la connexion demande, en plus du mot de passe, un code de votre téléphone.</translation>
    </message>
    <message>
        <source>Disable two-factor authentication</source>
        <translation>Désactiver l’authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Disable two-factor authentication for your account?</source>
        <translation>Désactiver l’authentification à deux facteurs pour votre compte&#xa0;?</translation>
    </message>
    <message>
        <source>Logging in will need only your password. You can set it up again at any time, with a new secret.</source>
        <translation>La connexion ne demandera plus que votre mot de passe. Vous pouvez la reconfigurer à tout moment, avec un nouveau secret.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
</context>
<context>
    <name>UserValueDialog</name>
    <message>
        <source>Change user</source>
        <translation>Modifier l’utilisateur</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>The user&apos;s open sessions end when the password changes.</source>
        <translation>Les sessions ouvertes de l’utilisateur se terminent quand le mot de passe change.</translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation>Définir le quota</translation>
    </message>
    <message>
        <source>Mailbox quota for %1:</source>
        <translation>Quota de boîte aux lettres pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>0 means unlimited. Otherwise a whole number of bytes, or with M or G (e.g. 500M, 5G).</source>
        <translation>0 signifie illimité. Sinon, un nombre entier d’octets, ou suivi de M ou G (par ex. 500M, 5G).</translation>
    </message>
</context>
<context>
    <name>UsersJob</name>
    <message>
        <source>The list of users sent by the box could not be read (%1).</source>
        <translation>La liste des utilisateurs envoyée par la box n’a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Mailbox size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Archived mailboxes</source>
        <translation>Boîtes aux lettres archivées</translation>
    </message>
    <message>
        <source>Mailbox folders the box keeps on its disk for addresses that are no longer users. Archiving a user deletes the account (the user row); the mailbox folder stays, with the mail in it. The box makes that folder when the first mail is delivered to the address or the user first opens the mailbox: a user who never had either has no folder, so nothing is kept and nothing is listed here. Adding a user with the same address again gives the kept mail back.</source>
        <translation>Dossiers de boîtes aux lettres que la box garde sur son disque pour des adresses qui ne sont plus des utilisateurs. Archiver un utilisateur supprime le compte (la ligne de l’utilisateur)&#xa0;; le dossier de la boîte aux lettres reste, avec le courrier qu’il contient. La box crée ce dossier à la distribution du premier message à l’adresse ou à la première ouverture de la boîte aux lettres par l’utilisateur&#xa0;: un utilisateur qui n’a jamais eu ni l’un ni l’autre n’a pas de dossier, donc rien n’est conservé et rien n’est listé ici. Recréer un utilisateur avec la même adresse lui rend le courrier conservé.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>Exported the users to %1.</source>
        <translation>Utilisateurs exportés vers %1.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Rendre a&amp;dministrateur</translation>
    </message>
    <message>
        <source>Set &amp;quota…</source>
        <translation>Définir le &amp;quota…</translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation>Ar&amp;chiver…</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Co&amp;pier l’adresse</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Filter by address…</source>
        <translation>Filtrer par adresse…</translation>
    </message>
    <message>
        <source>The box has no users yet. Add the first with “Add user…”.</source>
        <translation>La box n’a encore aucun utilisateur. Ajoutez le premier avec «&#xa0;Ajouter un utilisateur…&#xa0;».</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Les utilisateurs n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>The quota of %1 is now %2.</source>
        <translation>Le quota de %1 est maintenant de %2.</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 est maintenant administrateur.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 n’est plus administrateur.</translation>
    </message>
    <message>
        <source>%1 was archived: the account is deleted, its mailbox folder stays on the box&apos;s disk.</source>
        <translation>%1 a été archivé&#xa0;: le compte est supprimé, son dossier de boîte aux lettres reste sur le disque de la box.</translation>
    </message>
    <message>
        <source>%1 was archived: the account is deleted. If mail had arrived for it, its mailbox folder stays on the box&apos;s disk and shows under “%2” after a refresh.</source>
        <translation>%1 a été archivé&#xa0;: le compte est supprimé. Si du courrier lui était parvenu, son dossier de boîte aux lettres reste sur le disque de la box et apparaît sous «&#xa0;%2&#xa0;» après actualisation.</translation>
    </message>
    <message>
        <source>Remove &amp;administrator…</source>
        <translation>Retirer le privilège d’a&amp;dministrateur…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>The privileges of %1 could not be changed: %2</source>
        <translation>Les privilèges de %1 n’ont pas pu être modifiés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be archived: %2</source>
        <translation>%1 n’a pas pu être archivé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove administrator</source>
        <translation>Retirer le privilège d’administrateur</translation>
    </message>
    <message>
        <source>Remove the administrator privilege from %1?</source>
        <translation>Retirer le privilège d’administrateur à %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 can then no longer manage the box: neither here nor in its control panel. Their mail is not affected.</source>
        <translation>%1 ne pourra alors plus gérer la box&#xa0;: ni ici, ni dans son panneau d’administration. Son courrier n’est pas touché.</translation>
    </message>
    <message>
        <source>&amp;Remove privilege</source>
        <translation>&amp;Retirer le privilège</translation>
    </message>
    <message>
        <source>Archive user</source>
        <translation>Archiver l’utilisateur</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>Archiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>The account is deleted: it can no longer log in, and mail to the address is no longer accepted (aliases that forward to it stay). The box does not delete mail: the mailbox folder stays on its disk and is listed under “%1”; adding a user with the same address again gives the mail back. The box makes that folder when the first mail arrives or the user first opens the mailbox, so for an address that never had mail nothing is kept.</source>
        <translation>Le compte est supprimé&#xa0;: il ne peut plus se connecter, et le courrier adressé à cette adresse n’est plus accepté (les alias qui redirigent vers elle restent). La box ne supprime pas de courrier&#xa0;: le dossier de la boîte aux lettres reste sur son disque et est listé sous «&#xa0;%1&#xa0;»&#xa0;; recréer un utilisateur avec la même adresse lui rend le courrier. La box crée ce dossier à l’arrivée du premier message ou à la première ouverture de la boîte aux lettres par l’utilisateur&#xa0;; pour une adresse qui n’a jamais reçu de courrier, rien n’est donc conservé.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Update web configuration</source>
        <translation>&amp;Mettre à jour la configuration web</translation>
    </message>
    <message>
        <source>The box&apos;s answer:</source>
        <translation>Réponse de la box&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy the folder</source>
        <translation>&amp;Copier le dossier</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Static site</source>
        <translation>Site statique</translation>
    </message>
    <message>
        <source>Folder for its files</source>
        <translation>Dossier de ses fichiers</translation>
    </message>
    <message>
        <source>Write the box&apos;s web server configuration anew, e.g. after creating a site&apos;s own folder, and reload the web server if it changed</source>
        <translation>Réécrire la configuration du serveur web de la box, par ex. après la création du dossier propre d’un site, et recharger le serveur web si elle a changé</translation>
    </message>
    <message>
        <source>Static Web Hosting</source>
        <translation>Hébergement web statique</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>The web configuration could not be updated: %1</source>
        <translation>La configuration web n’a pas pu être mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The web sites could not be loaded: %1</source>
        <translation>Les sites web n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Updating the web configuration…</source>
        <translation>Mise à jour de la configuration web…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The box does not serve files for this site: its custom DNS or web settings send it elsewhere (a proxy or a redirect).</source>
        <translation>La box ne sert pas de fichiers pour ce site&#xa0;: son DNS personnalisé ou ses paramètres web le renvoient ailleurs (un proxy ou une redirection).</translation>
    </message>
    <message>
        <source>the box</source>
        <translation>la box</translation>
    </message>
    <message>
        <source>&lt;p&gt;The box serves a simple static web site at &lt;b&gt;https://%1&lt;/b&gt; and at every domain that has a mail user or alias. You can put your own HTML pages and other static files there; the box does not build web sites, it only serves the files you upload.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uploading files&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Make sure the status checks show no problems for the domains you publish a site for.&lt;/li&gt;&lt;li&gt;Use a file transfer program that speaks SSH (SFTP), e.g. FileZilla, WinSCP or &lt;tt&gt;scp&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Connect to &lt;b&gt;%1&lt;/b&gt; with the &lt;b&gt;SSH login&lt;/b&gt; you got when the machine was set up at your hosting provider (usually with a private key) — not with a mail or control panel password.&lt;/li&gt;&lt;li&gt;Upload the files into &lt;tt&gt;%2&lt;/tt&gt;, or into a site&apos;s own folder listed below. They are on the web right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A site appears here once the box has a mail user or alias on its domain; its domain&apos;s nameservers must point to the box (see the setup guide; no glue records needed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;La box sert un site web statique simple à l’adresse &lt;b&gt;https://%1&lt;/b&gt; et sur chaque domaine qui a un utilisateur de messagerie ou un alias. Vous pouvez y déposer vos propres pages HTML et d’autres fichiers statiques&#xa0;; la box ne construit pas de sites web, elle ne fait que servir les fichiers que vous téléversez.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Téléverser des fichiers&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Assurez-vous que les vérifications d’état ne signalent aucun problème pour les domaines dont vous publiez un site.&lt;/li&gt;&lt;li&gt;Utilisez un logiciel de transfert de fichiers qui parle SSH (SFTP), par ex. FileZilla, WinSCP ou &lt;tt&gt;scp&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Connectez-vous à &lt;b&gt;%1&lt;/b&gt; avec l’&lt;b&gt;accès SSH&lt;/b&gt; reçu lors de l’installation de la machine chez votre hébergeur (généralement avec une clé privée) — pas avec un mot de passe de messagerie ou du panneau d’administration.&lt;/li&gt;&lt;li&gt;Téléversez les fichiers dans &lt;tt&gt;%2&lt;/tt&gt;, ou dans le dossier propre d’un site listé ci-dessous. Ils sont en ligne immédiatement.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Un site apparaît ici dès que la box a un utilisateur de messagerie ou un alias sur son domaine&#xa0;; les serveurs de noms de ce domaine doivent pointer vers la box (voir le guide d’installation&#xa0;; aucun enregistrement glue nécessaire).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is not served from a folder of the box.</source>
        <translation>%1 n’est pas servi depuis un dossier de la box.</translation>
    </message>
    <message>
        <source>%1 shares the default folder. To give it a folder of its own, create %2 on the box, then update the web configuration.</source>
        <translation>%1 partage le dossier par défaut. Pour lui donner son propre dossier, créez %2 sur la box, puis mettez à jour la configuration web.</translation>
    </message>
    <message>
        <source>%1 has a folder of its own: %2</source>
        <translation>%1 a son propre dossier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Address of the box&apos;s control panel (https://HOST/admin).</source>
        <translation>Adresse du panneau d’administration de la box (https://HOST/admin).</translation>
    </message>
    <message>
        <source>Login email address.</source>
        <translation>Adresse e-mail de connexion.</translation>
    </message>
    <message>
        <source>Pin the box&apos;s certificate by its SHA-256 fingerprint (AA:BB:…).</source>
        <translation>Épingler le certificat de la box par son empreinte SHA-256 (AA:BB:…).</translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation>Lire le mot de passe sur l’entrée standard et se connecter aussitôt.</translation>
    </message>
    <message>
        <source>Print the time to the login dialog and quit (benchmarks).</source>
        <translation>Afficher le temps jusqu’à la boîte de dialogue de connexion et quitter (mesures de performance).</translation>
    </message>
    <message>
        <source>Boxkeeper: the control panel of your mail box, on your desktop.</source>
        <translation>Boxkeeper&#xa0;: le panneau d’administration de votre serveur de messagerie, sur votre bureau.</translation>
    </message>
    <message>
        <source>boxkeeper needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).
Run it on a desktop session, or under a virtual display, for example:
    xvfb-run -a boxkeeper [options]
or choose a Qt platform explicitly, e.g. QT_QPA_PLATFORM=offscreen.</source>
        <translation>boxkeeper a besoin d’un affichage graphique, et aucun n’a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis).
Lancez-le dans une session de bureau, ou sur un affichage virtuel, par exemple&#xa0;:
    xvfb-run -a boxkeeper [options]
ou choisissez explicitement une plateforme Qt, par ex. QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>boxkeeper: --trust-fingerprint needs a SHA-256 fingerprint: 32 bytes in hex, e.g. AA:BB:…:FF.</source>
        <translation>boxkeeper&#xa0;: --trust-fingerprint demande une empreinte SHA-256&#xa0;: 32 octets en hexadécimal, par ex. AA:BB:…:FF.</translation>
    </message>
    <message>
        <source>boxkeeper: --url needs an https:// address, e.g. https://box.example.com/admin.</source>
        <translation>boxkeeper&#xa0;: --url demande une adresse https://, par ex. https://box.example.com/admin.</translation>
    </message>
</context>
</TS>
