#include "Idna.h"

#include <QStringList>
#include <QUrl>

namespace {

bool isUnicodeDot(char32_t c)
{
    return c == U'.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61;
}

QStringList splitDots(const QString& s)
{
    QStringList labels;
    QString current;
    for (const QChar c : s) {
        if (isUnicodeDot(c.unicode())) {
            labels.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    labels.append(current);
    return labels;
}

bool isPvalid(char32_t c)
{
    if (c < 0x80) {
        return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'-';
    }
    switch (c) {
    case 0x00DF: // ß
    case 0x03C2: // ς
    case 0x06FD:
    case 0x06FE:
    case 0x0F0B:
    case 0x3007:
        return true;
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
        break;
    default:
        return false;
    }
    if (c >= 0x0660 && c <= 0x0669) { // Arabic-Indic digits are CONTEXTO
        return false;
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
        return false;
    }
    // Unstable code points (changed by NFKC or case mapping) are DISALLOWED.
    const QString one = QString::fromUcs4(&c, 1);
    const QString mapped =
        one.normalized(QString::NormalizationForm_KC).toLower().normalized(QString::NormalizationForm_KC);
    return mapped == one;
}

bool hyphensOk(const QString& label)
{
    if (label.mid(2, 2) == QLatin1String("--")) {
        return false;
    }
    return !label.startsWith(QLatin1Char('-')) && !label.endsWith(QLatin1Char('-'));
}

// idna.ulabel for one label.
std::optional<QString> toULabel(const QString& label)
{
    if (!Idna::isAscii(label)) {
        if (!Idna::isValidLabel(label)) {
            return std::nullopt;
        }
        return label;
    }
    const QString lower = label.toLower();
    if (!lower.startsWith(QLatin1String("xn--"))) {
        if (!Idna::isValidLabel(lower)) {
            return std::nullopt;
        }
        return lower;
    }
    const QString payload = lower.mid(4);
    if (payload.isEmpty() || payload.endsWith(QLatin1Char('-'))) {
        return std::nullopt;
    }
    const QString decoded = QUrl::fromAce(lower.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (decoded.isEmpty() || decoded.startsWith(QLatin1String("xn--")) || decoded.contains(QLatin1Char('.'))) {
        return std::nullopt;
    }
    if (!Idna::isValidLabel(decoded)) {
        return std::nullopt;
    }
    return decoded;
}

// idna.alabel for one label.
std::optional<QString> toALabel(const QString& label)
{
    if (Idna::isAscii(label)) {
        if (!toULabel(label) || label.size() > 63) {
            return std::nullopt;
        }
        return label;
    }
    if (!Idna::isValidLabel(label)) {
        return std::nullopt;
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(label, QUrl::IgnoreIDNWhitelist));
    if (!ace.startsWith(QLatin1String("xn--")) || ace.contains(QLatin1Char('.')) || ace.size() > 63) {
        return std::nullopt;
    }
    return ace;
}

// The common case: a domain of lower-case LDH labels without A-labels is its own U-label form.
// Returns false when the full check has to decide.
bool isPlainLdhDomain(const QString& domain)
{
    if (domain.isEmpty()) {
        return false;
    }
    qsizetype labelStart = 0;
    const qsizetype n = domain.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const ushort c = i < n ? domain.at(i).unicode() : ushort('.');
        if (c == '.') {
            const qsizetype len = i - labelStart;
            if (len == 0) {
                return i == n && i > 0 && labelStart > 0; // a trailing dot is fine, empty labels are not
            }
            if (domain.at(labelStart) == QLatin1Char('-') || domain.at(i - 1) == QLatin1Char('-')) {
                return false;
            }
            if (len >= 4 && domain.at(labelStart + 2) == QLatin1Char('-') &&
                domain.at(labelStart + 3) == QLatin1Char('-')) {
                return false; // "xn--" and other "??--" labels take the full path
            }
            labelStart = i + 1;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            return false;
        }
    }
    return true;
}

} // namespace

bool Idna::isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

bool Idna::isValidLabel(const QString& label)
{
    if (label.isEmpty()) {
        return false;
    }
    if (label.normalized(QString::NormalizationForm_C) != label) {
        return false;
    }
    if (!hyphensOk(label)) {
        return false;
    }
    const QList<uint> cps = label.toUcs4();
    const auto first = QChar::category(char32_t(cps.first()));
    if (first == QChar::Mark_NonSpacing || first == QChar::Mark_SpacingCombining || first == QChar::Mark_Enclosing) {
        return false;
    }
    for (const uint c : cps) {
        if (!isPvalid(char32_t(c))) {
            return false;
        }
    }
    return true;
}

std::optional<QString> Idna::encode(const QString& domain)
{
    QStringList labels = splitDots(domain);
    if (labels.size() == 1 && labels.first().isEmpty()) {
        return std::nullopt;
    }
    bool trailingDot = false;
    if (labels.last().isEmpty()) {
        labels.removeLast();
        trailingDot = true;
    }
    QStringList out;
    for (const QString& label : labels) {
        if (label.isEmpty()) {
            return std::nullopt;
        }
        const auto a = toALabel(label);
        if (!a) {
            return std::nullopt;
        }
        out.append(*a);
    }
    if (trailingDot) {
        out.append(QString());
    }
    const QString result = out.join(QLatin1Char('.'));
    if (result.size() > (trailingDot ? 254 : 253)) {
        return std::nullopt;
    }
    return result;
}

std::optional<QString> Idna::decode(const QString& domain)
{
    if (isPlainLdhDomain(domain)) {
        return domain;
    }
    if (!isAscii(domain)) {
        return std::nullopt;
    }
    QStringList labels = splitDots(domain);
    if (labels.size() == 1 && labels.first().isEmpty()) {
        return std::nullopt;
    }
    bool trailingDot = false;
    if (labels.last().isEmpty()) {
        labels.removeLast();
        trailingDot = true;
    }
    QStringList out;
    for (const QString& label : labels) {
        const auto u = toULabel(label);
        if (!u || u->isEmpty()) {
            return std::nullopt;
        }
        out.append(*u);
    }
    if (trailingDot) {
        out.append(QString());
    }
    return out.join(QLatin1Char('.'));
}

QString Idna::uts46Remap(const QString& domain)
{
    if (isAscii(domain)) {
        return domain.toLower();
    }
    QString s = domain.normalized(QString::NormalizationForm_KC).toLower().normalized(QString::NormalizationForm_KC);
    for (QChar& c : s) {
        if (isUnicodeDot(c.unicode())) {
            c = QLatin1Char('.');
        }
    }
    return s;
}
