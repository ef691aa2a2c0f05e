#include "EmailAddress.h"

#include "Idna.h"

#include <QStringList>

namespace {

constexpr int EmailMaxLength = 254;
constexpr int LocalPartMaxLength = 64;

bool isAtext(QChar c)
{
    const ushort u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
        return true;
    }
    return u < 0x80 && std::strchr("_!#$%&'*+-/=?^`{|}~", char(u)) != nullptr && u != 0;
}

bool isHostnameAscii(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
}

// Dot-atom rules: no leading, trailing or doubled dots.
bool dotsOk(const QString& s)
{
    return !s.startsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('.')) && !s.contains(QLatin1String(".."));
}

bool localPartValid(const QString& local, bool allowEmpty)
{
    if (local.isEmpty()) {
        return allowEmpty;
    }
    if (local.size() > LocalPartMaxLength) {
        return false;
    }
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c)) {
            return false;
        }
    }
    return dotsOk(local);
}

// DOT_ATOM_TEXT_HOSTNAME: labels of letters/digits/hyphens, not starting or ending with a hyphen.
bool isAsciiHostname(const QString& domain)
{
    if (domain.isEmpty() || !dotsOk(domain)) {
        return false;
    }
    for (const QString& label : domain.split(QLatin1Char('.'))) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return false;
        }
        for (const QChar c : label) {
            if (!isHostnameAscii(c)) {
                return false;
            }
        }
    }
    return true;
}

bool hostnameCharsOk(const QString& domain)
{
    for (const QChar c : domain) {
        if (c.unicode() < 0x80 && !isHostnameAscii(c) && c != QLatin1Char('.')) {
            return false;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Space ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph ||
            c.category() == QChar::Other_Format) {
            return false;
        }
    }
    return true;
}

// email_validator's validate_email_domain_name; returns the ASCII form or an empty string.
QString validDomainAscii(const QString& input)
{
    if (input.isEmpty() || !hostnameCharsOk(input)) {
        return {};
    }
    if (input.startsWith(QLatin1Char('['))) {
        return {};
    }
    const std::optional<QString> remapped = Idna::uts46Remap(input);
    if (!remapped) {
        return {};
    }
    const QString& domain = *remapped;
    if (!hostnameCharsOk(domain) || !dotsOk(domain)) {
        return {};
    }
    for (const QString& label : domain.split(QLatin1Char('.'))) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return {};
        }
        // RFC 5890's reserved R-LDH labels: "??--" except "xn--".
        if (label.size() >= 4 && label.mid(2, 2) == QLatin1String("--") &&
            label.left(2).compare(QLatin1String("xn"), Qt::CaseInsensitive) != 0) {
            return {};
        }
    }
    QString ascii;
    if (isAsciiHostname(domain)) {
        ascii = domain;
    } else {
        const auto encoded = Idna::encode(domain);
        if (!encoded || !isAsciiHostname(*encoded)) {
            return {};
        }
        ascii = *encoded;
    }
    if (ascii.size() > 253) {
        return {};
    }
    const QStringList labels = ascii.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.size() > 63) {
            return {};
        }
    }
    if (labels.size() < 2) {
        return {}; // must contain a period
    }
    const QChar last = ascii.at(ascii.size() - 1);
    if (!((last >= QLatin1Char('a') && last <= QLatin1Char('z')) ||
          (last >= QLatin1Char('A') && last <= QLatin1Char('Z')))) {
        return {};
    }
    static const char* const specialUse[] = {"arpa", "invalid", "local", "localhost", "onion", "test"};
    const QString lower = ascii.toLower();
    for (const char* name : specialUse) {
        const QLatin1String d(name);
        if (lower == d || lower.endsWith(QLatin1Char('.') + d)) {
            return {};
        }
    }
    if (!Idna::decode(ascii)) {
        return {};
    }
    return ascii;
}

} // namespace

bool EmailAddress::isValid(const QString& email, Mode mode)
{
    if (email.toUtf8().size() > EmailMaxLength) {
        return false;
    }
    if (email.count(QLatin1Char('@')) != 1) {
        return false; // quoted local parts (the only place for a second "@") are refused
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (!localPartValid(local, mode == Mode::Alias)) {
        return false;
    }
    const QString ascii = validDomainAscii(domain);
    if (ascii.isEmpty()) {
        return false;
    }
    if (local.size() + 1 + ascii.size() > EmailMaxLength) {
        return false;
    }
    const auto unicode = Idna::decode(ascii);
    if (unicode && (local + QLatin1Char('@') + *unicode).toUtf8().size() > EmailMaxLength) {
        return false;
    }
    if (mode == Mode::User) {
        if (email.size() > 255) {
            return false;
        }
        for (const QChar c : email) {
            const ushort u = c.unicode();
            const bool ok =
                (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_' || u == '-' || u == '.' || u == '@';
            if (!ok) {
                return false;
            }
        }
    }
    return true;
}

bool EmailAddress::isDcvAddress(const QString& email)
{
    const QString lower = email.toLower();
    static const char* const locals[] = {"admin", "administrator", "postmaster", "hostmaster", "webmaster", "abuse"};
    for (const char* local : locals) {
        const QLatin1String l(local);
        if (lower.startsWith(l + QLatin1Char('@')) || lower.startsWith(l + QLatin1Char('+'))) {
            return true;
        }
    }
    return false;
}

QString EmailAddress::withoutPlusTag(const QString& email)
{
    const qsizetype plus = email.indexOf(QLatin1Char('+'));
    if (plus < 0) {
        return email;
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'), plus);
    if (at < 0) {
        return email;
    }
    return email.left(plus) + email.mid(at);
}

QString EmailAddress::toIdna(const QString& email)
{
    if (email.count(QLatin1Char('@')) != 1) {
        return email;
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const auto domain = Idna::encode(email.mid(at + 1));
    if (!domain) {
        return email;
    }
    return email.left(at + 1) + *domain;
}

QString EmailAddress::toUnicode(const QString& email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at < 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0) {
        return email;
    }
    const auto domain = Idna::decode(email.mid(at + 1));
    if (!domain) {
        return email;
    }
    return email.left(at + 1) + *domain;
}

QString EmailAddress::domainOf(const QString& email, bool asUnicode)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const QString domain = at < 0 ? QString() : email.mid(at + 1);
    if (!asUnicode) {
        return domain;
    }
    const auto unicode = Idna::decode(domain);
    return unicode ? *unicode : domain;
}
