#include "Idna.h"

#include <QByteArray>
#include <QStringList>

#include <idn2.h>

#include <cstdlib>
#include <memory>

namespace {

struct FreeIdn2
{
    void operator()(void* p) const { idn2_free(p); }
};
using Idn2String = std::unique_ptr<char, FreeIdn2>;

bool isUnicodeDot(char16_t c)
{
    return c == u'.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61;
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

bool hyphensOk(const QString& label)
{
    if (label.mid(2, 2) == QLatin1String("--")) {
        return false;
    }
    return !label.startsWith(QLatin1Char('-')) && !label.endsWith(QLatin1Char('-'));
}

// ZWNJ and ZWJ (CONTEXTJ): always refused, see the class comment.
bool hasJoiner(const QString& label)
{
    return label.contains(QChar(0x200C)) || label.contains(QChar(0x200D));
}

// RFC 5893 rule 4, which libidn2 2.3 does not apply: a right-to-left label (its first character R or AL) must not
// hold both European (EN) and Arabic-Indic (AN) digits.
bool rtlMixesDigits(const QString& label)
{
    const QList<uint> cps = label.toUcs4();
    if (cps.isEmpty()) {
        return false;
    }
    const auto first = QChar::direction(char32_t(cps.first()));
    if (first != QChar::DirR && first != QChar::DirAL) {
        return false;
    }
    bool en = false;
    bool an = false;
    for (const uint c : cps) {
        const auto d = QChar::direction(char32_t(c));
        en = en || d == QChar::DirEN;
        an = an || d == QChar::DirAN;
    }
    return en && an;
}

// A label of ASCII letters, digits and hyphens that is not an A-label candidate ("xn--" is decided by libidn2).
bool isLdhLabel(const QString& label)
{
    if (label.isEmpty() || !hyphensOk(label)) {
        return false;
    }
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-')) {
            return false;
        }
    }
    return true;
}

// The A-label of a non-ASCII label that passes IDNA 2008's registration checks.
std::optional<QString> registeredALabel(const QString& ulabel)
{
    if (ulabel.isEmpty() || hasJoiner(ulabel) || rtlMixesDigits(ulabel)) {
        return std::nullopt;
    }
    const QByteArray utf8 = ulabel.toUtf8();
    if (utf8.contains('\0')) {
        return std::nullopt;
    }
    uint8_t* out = nullptr;
    const int rc = idn2_register_u8(reinterpret_cast<const uint8_t*>(utf8.constData()), nullptr, &out, 0);
    const Idn2String owned(reinterpret_cast<char*>(out));
    if (rc != IDN2_OK || !owned) {
        return std::nullopt;
    }
    const QString alabel = QString::fromLatin1(owned.get());
    if (!alabel.startsWith(QLatin1String("xn--")) || alabel.size() > 63) {
        return std::nullopt;
    }
    return alabel;
}

// The U-label of a lower-case "xn--" label whose decoded form passes the registration checks.
std::optional<QString> decodedALabel(const QString& alabel)
{
    const QByteArray ascii = alabel.toLatin1();
    const QByteArray payload = ascii.mid(4);
    if (payload.isEmpty() || payload.endsWith('-') || ascii.size() > 63) {
        return std::nullopt;
    }
    uint8_t* checked = nullptr;
    const int rc = idn2_register_u8(nullptr, reinterpret_cast<const uint8_t*>(ascii.constData()), &checked, 0);
    const Idn2String checkedOwned(reinterpret_cast<char*>(checked));
    if (rc != IDN2_OK) {
        return std::nullopt;
    }
    char* out = nullptr;
    if (idn2_to_unicode_8z8z(ascii.constData(), &out, 0) != IDN2_OK || !out) {
        idn2_free(out);
        return std::nullopt;
    }
    const Idn2String owned(out);
    const QString ulabel = QString::fromUtf8(owned.get());
    if (ulabel.isEmpty() || ulabel.startsWith(QLatin1String("xn--")) || ulabel.contains(QLatin1Char('.')) ||
        hasJoiner(ulabel) || rtlMixesDigits(ulabel) || Idna::isAscii(ulabel)) {
        return std::nullopt;
    }
    return ulabel;
}

// idna.ulabel for one label.
std::optional<QString> toULabel(const QString& label)
{
    if (!Idna::isAscii(label)) {
        if (!registeredALabel(label)) {
            return std::nullopt;
        }
        return label;
    }
    const QString lower = label.toLower();
    if (lower.startsWith(QLatin1String("xn--"))) {
        return decodedALabel(lower);
    }
    if (!isLdhLabel(lower)) {
        return std::nullopt;
    }
    return lower;
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
    return registeredALabel(label);
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

// The labels of `domain` converted one by one and joined again, a final dot (the root) kept;
// nullopt for an empty domain or as soon as `convert` refuses a label.
template <typename Convert>
std::optional<QString> mapLabels(const QString& domain, Convert convert)
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
        const std::optional<QString> converted = convert(label);
        if (!converted) {
            return std::nullopt;
        }
        out.append(*converted);
    }
    if (trailingDot) {
        out.append(QString());
    }
    return out.join(QLatin1Char('.'));
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
    if (isAscii(label)) {
        return isLdhLabel(label) && label == label.toLower();
    }
    return registeredALabel(label).has_value();
}

std::optional<QString> Idna::encode(const QString& domain)
{
    const auto result = mapLabels(domain, [](const QString& label) -> std::optional<QString> {
        if (label.isEmpty()) {
            return std::nullopt;
        }
        return toALabel(label);
    });
    // Every label is non-empty here, so a final dot can only be the root's.
    if (!result || result->size() > (result->endsWith(QLatin1Char('.')) ? 254 : 253)) {
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
    return mapLabels(domain, [](const QString& label) -> std::optional<QString> {
        const auto u = toULabel(label);
        if (!u || u->isEmpty()) {
            return std::nullopt;
        }
        return u;
    });
}

std::optional<QString> Idna::uts46Remap(const QString& domain)
{
    if (isAscii(domain)) {
        return domain.toLower();
    }
    const QByteArray utf8 = domain.toUtf8();
    if (utf8.contains('\0')) {
        return std::nullopt;
    }
    // UTS #46 processing to the ASCII form and back: the mapped, NFC, dot-normalised Unicode form.
    char* ascii = nullptr;
    if (idn2_to_ascii_8z(utf8.constData(), &ascii, IDN2_NONTRANSITIONAL) != IDN2_OK || !ascii) {
        idn2_free(ascii);
        return std::nullopt;
    }
    const Idn2String asciiOwned(ascii);
    char* unicode = nullptr;
    if (idn2_to_unicode_8z8z(asciiOwned.get(), &unicode, 0) != IDN2_OK || !unicode) {
        idn2_free(unicode);
        return std::nullopt;
    }
    const Idn2String unicodeOwned(unicode);
    return QString::fromUtf8(unicodeOwned.get());
}
