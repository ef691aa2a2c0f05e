#include "MailValidation.h"

#include <QRegularExpression>

QString MailValidation::passwordPolicy()
{
    return tr("At least eight characters, not only spaces. Use letters, digits and punctuation from the ASCII range: "
              "a password with other characters can be set but cannot be used to log in to the control panel.");
}

QString MailValidation::checkPassword(const QString& password)
{
    if (password.trimmed().isEmpty()) {
        return tr("Enter a password.");
    }
    if (password.size() < 8) {
        return tr("The password must be at least eight characters long.");
    }
    return {};
}

bool MailValidation::isValidAddress(const QString& address, bool allowEmptyLocal)
{
    static const QRegularExpression local(QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$)"));
    static const QRegularExpression label(QStringLiteral(
        R"(^[A-Za-z0-9\x{80}-\x{10FFFF}]([A-Za-z0-9\x{80}-\x{10FFFF}-]*[A-Za-z0-9\x{80}-\x{10FFFF}])?$)"));
    const int at = int(address.lastIndexOf(QLatin1Char('@')));
    if (at < 0 || address.contains(QLatin1Char(' '))) {
        return false;
    }
    const QString localPart = address.left(at);
    const QString domain = address.mid(at + 1);
    if (localPart.isEmpty()) {
        if (!allowEmptyLocal) {
            return false;
        }
    } else if (!local.match(localPart).hasMatch() || localPart.startsWith(QLatin1Char('.')) ||
               localPart.endsWith(QLatin1Char('.')) || localPart.contains(QLatin1String(".."))) {
        return false;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        return false;
    }
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch()) {
            return false;
        }
    }
    return true;
}

QString MailValidation::checkAccountEmail(const QString& email)
{
    if (email.trimmed().isEmpty()) {
        return tr("Enter an email address.");
    }
    if (!isValidAddress(email, false)) {
        return tr("“%1” is not a valid email address.").arg(email);
    }
    static const QRegularExpression account(QStringLiteral(R"(^[a-z0-9_.-]+@[a-z0-9_.-]+$)"));
    if (!account.match(email).hasMatch() || email.size() > 255) {
        return tr("Account addresses may only use the lowercase letters a-z, the digits 0-9, underscore (_), hyphen "
                  "(-) and period (.). Write an internationalized domain in its xn-- form.");
    }
    return {};
}

QString MailValidation::checkQuota(const QString& quota)
{
    if (quota.trimmed().isEmpty()) {
        return tr("Enter a quota (0 for unlimited).");
    }
    static const QRegularExpression forbidden(QStringLiteral(R"([\s,.])"));
    if (forbidden.match(quota).hasMatch()) {
        return tr("A quota cannot contain spaces, commas or decimal points.");
    }
    static const QRegularExpression form(QStringLiteral(R"(^\d+[GgMm]?$)"));
    if (!form.match(quota).hasMatch()) {
        return tr("A quota is a whole number, optionally followed by M or G (e.g. 500M, 5G; 0 = unlimited).");
    }
    return {};
}

QString MailValidation::checkAliasAddress(const QString& address)
{
    if (address.trimmed().isEmpty()) {
        return tr("Enter the alias address.");
    }
    if (!isValidAddress(address.trimmed(), true)) {
        return tr("“%1” is not a valid address. Use name@domain, or @domain for a catch-all or domain alias.")
            .arg(address.trimmed());
    }
    return {};
}

QString MailValidation::checkForwardTargets(const QStringList& targets)
{
    if (targets.size() == 1 && isValidAddress(targets.first(), true)) {
        return {};
    }
    for (const QString& t : targets) {
        if (!isValidAddress(t, false)) {
            return tr("“%1” is not a valid address to forward to.").arg(t);
        }
    }
    return {};
}

QString MailValidation::checkPermittedSenders(const QStringList& senders)
{
    for (const QString& s : senders) {
        if (!isValidAddress(s, false)) {
            return tr("“%1” is not a valid address; permitted senders must be users of this box.").arg(s);
        }
    }
    return {};
}

QString MailValidation::checkAliasHasTarget(const QStringList& targets, const QStringList& senders)
{
    if (targets.isEmpty() && senders.isEmpty()) {
        return tr("An alias needs at least one address to forward to, or a permitted sender.");
    }
    return {};
}

QStringList MailValidation::splitAddresses(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral(R"([,\n\r])"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        const QString t = part.trimmed();
        if (!t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

MailValidation::Field MailValidation::fieldForServerMessage(const QString& message)
{
    const QString m = message.trimmed();
    const auto starts = [&m](const char* text) { return m.startsWith(QLatin1String(text)); };
    if (starts("No password") || starts("Passwords must")) {
        return Field::Password;
    }
    if (starts("No quota") || starts("Quotas cannot") || starts("Invalid quota")) {
        return Field::Quota;
    }
    if (starts("That's not a valid privilege")) {
        return Field::Privileges;
    }
    if (starts("Invalid receiver") || starts("This alias can only have administrators") ||
        starts("The alias must either")) {
        return Field::ForwardsTo;
    }
    if (starts("Invalid permitted sender")) {
        return Field::PermittedSenders;
    }
    if (starts("Invalid email address (") || starts("Alias already exists") || starts("That's not an alias")) {
        return Field::Address;
    }
    if (starts("No email address") || starts("Invalid email address") || starts("User account email") ||
        starts("You may not make a user account") || starts("User already exists") || starts("That's not a user")) {
        return Field::Email;
    }
    if (starts("Invalid token") || starts("Bad Input")) {
        return Field::Code;
    }
    if (starts("No secret") || starts("Secret should") || starts("Non-base32")) {
        return Field::Secret;
    }
    return Field::None;
}
