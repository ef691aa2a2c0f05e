#include "MailApiGuide.h"

#include "ApiGuidePage.h"

ApiGuidePage* MailApiGuide::users(QWidget* parent)
{
    const QList<ApiGuidePage::Call> calls{
        {QStringLiteral("listUsers"), tr("List the users"),
         tr("<p>Answers with every user, grouped by domain. With <tt>format=json</tt> the answer is JSON: for each "
            "user "
            "the address, the privileges, the quota and the mailbox's size, and the archived mailboxes (status "
            "<tt>inactive</tt>) with the folder they are in. Without it, one address per line, archived mailboxes "
            "left out.</p>"),
         QStringLiteral("curl -X GET --user ADMIN:PASSWORD https://%1/admin/mail/users?format=json")},
        {QStringLiteral("addUser"), tr("Add a user"),
         tr("<p>Makes an account with its mailbox address and password (at least eight characters). The address must "
            "be in lower case; a domain with letters outside ASCII is written in its <tt>xn--</tt> form. Optional: "
            "<tt>privileges=admin</tt> makes the user an administrator, <tt>quota</tt> limits the mailbox (e.g. "
            "<tt>5G</tt>, <tt>500M</tt>; <tt>0</tt> = no limit). The first line of the answer is <tt>mail user "
            "added</tt>; the lines after it say what the box updated (DNS, web).</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" "
                        "-d \"password=s3curE_pa5Sw0rD\" https://%1/admin/mail/users/add")},
        {QStringLiteral("removeUser"), tr("Archive (remove) a user"),
         tr("<p>Deletes the account: it can no longer log in or receive mail. The box keeps the mailbox folder, if "
            "the address has one, with its mail; it is then listed as an archived mailbox. Aliases that forward to the "
            "address stay. The answer starts with <tt>mail user removed</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" "
                        "https://%1/admin/mail/users/remove")},
        {QStringLiteral("setPassword"), tr("Set a user's password"),
         tr("<p>Replaces the password (at least eight characters) and ends every session of that user, so apps have "
            "to log in again with the new one. Answers <tt>OK</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" "
                        "-d \"password=s3curE_pa5Sw0rD\" https://%1/admin/mail/users/password")},
        {QStringLiteral("addAdmin"), tr("Make a user an administrator"),
         tr("<p>Gives the user the <tt>admin</tt> privilege: they can then manage the box. The field is "
            "<tt>privilege</tt> (one privilege). Answers <tt>OK</tt>, also when the user had it already.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" -d \"privilege=admin\" "
                        "https://%1/admin/mail/users/privileges/add")},
        {QStringLiteral("removeAdmin"), tr("Remove the administrator privilege"),
         tr("<p>Takes the <tt>admin</tt> privilege away; the field <tt>privilege</tt> is needed here too. Answers "
            "<tt>OK</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" -d \"privilege=admin\" "
                        "https://%1/admin/mail/users/privileges/remove")},
        {QStringLiteral("privileges"), tr("Read a user's privileges"),
         tr("<p>Answers with the user's privileges, one per line (nothing if none).</p>"),
         QStringLiteral("curl -X GET --user ADMIN:PASSWORD "
                        "\"https://%1/admin/mail/users/privileges?email=new_user@mydomain.com\"")},
        {QStringLiteral("getQuota"), tr("Read a user's quota"),
         tr("<p>Answers with JSON: the address and its quota (<tt>0</tt> = no limit). Add <tt>text=1</tt> for the "
            "quota alone as text.</p>"),
         QStringLiteral("curl -X GET --user ADMIN:PASSWORD "
                        "\"https://%1/admin/mail/users/quota?email=new_user@mydomain.com\"")},
        {QStringLiteral("setQuota"), tr("Set a user's quota"),
         tr("<p>Sets the largest size the mailbox may grow to: a whole number with <tt>M</tt> or <tt>G</tt>, or "
            "<tt>0</tt> for no limit. Answers <tt>OK</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"email=new_user@mydomain.com\" -d \"quota=5G\" "
                        "https://%1/admin/mail/users/quota")},
    };
    return new ApiGuidePage(
        tr("Mail user API"),
        ApiGuidePage::intro(
            tr("<p>The users of the box can be listed and changed with these calls as well, e.g. by a script that "
               "adds the accounts of new members.</p>")),
        calls, parent);
}

ApiGuidePage* MailApiGuide::aliases(QWidget* parent)
{
    const QList<ApiGuidePage::Call> calls{
        {QStringLiteral("listAliases"), tr("List the aliases"),
         tr("<p>Answers with every alias, grouped by domain. With <tt>format=json</tt> the answer is JSON: for each "
            "alias the address, where it forwards to, who may send as it, and whether the box made it itself "
            "(<tt>auto</tt>). Without it, one alias per line: address, forward targets and permitted senders, "
            "separated by tabs.</p>"),
         QStringLiteral("curl -X GET --user ADMIN:PASSWORD https://%1/admin/mail/aliases?format=json")},
        {QStringLiteral("addAlias"), tr("Add an alias"),
         tr("<p>Makes an alias: mail to <tt>address</tt> goes to the addresses in <tt>forwards_to</tt> (several "
            "separated by commas or new lines). <tt>@mydomain.com</tt> as the address makes a catch-all for the "
            "domain; <tt>@mydomain.com</tt> forwarding to <tt>@otherdomain.com</tt> forwards every name to the same "
            "name at the other domain. Optional: <tt>permitted_senders</tt>, the users who may send mail as the "
            "alias. The answer starts with <tt>alias added</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"address=new_alias@mydomain.com\" "
                        "-d \"forwards_to=my_email@mydomain.com\" https://%1/admin/mail/aliases/add")},
        {QStringLiteral("updateAlias"), tr("Change an alias"),
         tr("<p>The same call with <tt>update_if_exists=1</tt> replaces the targets and permitted senders of an alias "
            "that exists (without it, that is refused). The answer starts with <tt>alias updated</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"address=new_alias@mydomain.com\" "
                        "-d \"forwards_to=my_email@mydomain.com\" -d \"update_if_exists=1\" "
                        "https://%1/admin/mail/aliases/add")},
        {QStringLiteral("removeAlias"), tr("Remove an alias"),
         tr("<p>Removes the alias; mail to its address is no longer forwarded. Mailboxes are not touched, and the "
            "aliases the box makes itself cannot be removed. Write the address exactly as it is stored (lower "
            "case). The answer starts with <tt>alias removed</tt>.</p>"),
         QStringLiteral("curl -X POST --user ADMIN:PASSWORD -d \"address=new_alias@mydomain.com\" "
                        "https://%1/admin/mail/aliases/remove")},
    };
    return new ApiGuidePage(
        tr("Mail aliases API"),
        ApiGuidePage::intro(tr("<p>The aliases of the box can be listed and changed with these calls as "
                               "well.</p>")),
        calls, parent);
}
