#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the client checks before it submits users and aliases, with upstream's rules (spec/api.md §5.2, §5.10):
// the same conditions the box checks, so a form can show the problem at the field before any request. Each check
// returns an empty string when the value is fine, else a translated sentence.
class MailValidation
{
    Q_DECLARE_TR_FUNCTIONS(MailValidation)

public:
    // The fields of the user and alias forms, to place a message (ours or the server's) next to one.
    enum class Field {
        None,
        Email,
        Password,
        Privileges,
        Quota,
        Address,
        ForwardsTo,
        PermittedSenders,
        Code,
        Secret,
    };

    // The password policy as shown before submitting.
    static QString passwordPolicy();
    static QString checkPassword(const QString& password);
    static QString checkAccountEmail(const QString& email);
    static QString checkQuota(const QString& quota); // "0" = unlimited; digits with an optional G or M
    static QString checkAliasAddress(const QString& address); // a full address or @domain
    // Forward targets: a single @domain (domain alias) or full address, or a list of full addresses.
    static QString checkForwardTargets(const QStringList& targets);
    static QString checkPermittedSenders(const QStringList& senders);
    static QString checkAliasHasTarget(const QStringList& targets, const QStringList& senders);

    // "a@x, b@y\nc@z" → {"a@x", "b@y", "c@z"}: split on newlines and commas, trimmed, blanks dropped.
    static QStringList splitAddresses(const QString& text);
    // Syntax of an address (local part may be empty when allowEmptyLocal, i.e. @domain).
    static bool isValidAddress(const QString& address, bool allowEmptyLocal);
    // The form field a server's validation message (spec/api.md §11.1) concerns.
    static Field fieldForServerMessage(const QString& message);
};
