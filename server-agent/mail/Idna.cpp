#include "Idna.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

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
    if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF)) {
        return false; // conjoining Hangul jamo
    }
    if (c >= 0x13A0 && c <= 0x13F5) {
        return true; // Cherokee capitals stay PVALID (they were Lo when the tables were frozen)
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
    // RFC 5892 exceptions that are DISALLOWED although their category would pass.
    // Default-ignorable code points (grapheme joiner, variation selectors, fillers) are DISALLOWED.
    if (c == 0x0345 || (c >= 0x13F8 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF)) {
        return false; // case-folds to something else (Greek ypogegrammeni, Cherokee small letters)
    }
    if (c == 0x034F || (c >= 0x180B && c <= 0x180F) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
        c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c == 0x3164 || c == 0xFFA0) {
        return false;
    }
    if (c == 0x0640 || c == 0x07FA || c == 0x302E || c == 0x302F || (c >= 0x3031 && c <= 0x3035) || c == 0x303B) {
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
    if (mapped != one) {
        return false;
    }
    // Full case folding: letters whose upper case expands (e.g. U+1F96) fold to other strings.
    const QString upper = one.toUpper();
    if (upper.size() > one.size()) {
        return upper.toLower().normalized(QString::NormalizationForm_KC) == one;
    }
    return true;
}

// RFC 5893 (as the Python package applies it: only to labels holding a right-to-left character).
bool bidiOk(const QList<uint>& cps)
{
    bool rtlChars = false;
    for (const uint c : cps) {
        const auto d = QChar::direction(char32_t(c));
        if (d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN) {
            rtlChars = true;
            break;
        }
    }
    if (!rtlChars) {
        return true;
    }
    const auto first = QChar::direction(char32_t(cps.first()));
    bool rtl = false;
    if (first == QChar::DirR || first == QChar::DirAL) {
        rtl = true;
    } else if (first != QChar::DirL) {
        return false;
    }
    bool hasEn = false;
    bool hasAn = false;
    for (const uint c : cps) {
        const auto d = QChar::direction(char32_t(c));
        hasEn = hasEn || d == QChar::DirEN;
        hasAn = hasAn || d == QChar::DirAN;
        const bool common = d == QChar::DirEN || d == QChar::DirES || d == QChar::DirCS || d == QChar::DirET ||
                            d == QChar::DirON || d == QChar::DirBN || d == QChar::DirNSM;
        const bool allowed =
            common || (rtl ? (d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN) : d == QChar::DirL);
        if (!allowed) {
            return false;
        }
    }
    qsizetype last = cps.size() - 1;
    while (last > 0 && QChar::direction(char32_t(cps.at(last))) == QChar::DirNSM) {
        --last;
    }
    const auto end = QChar::direction(char32_t(cps.at(last)));
    if (rtl) {
        if (!(end == QChar::DirR || end == QChar::DirAL || end == QChar::DirEN || end == QChar::DirAN)) {
            return false;
        }
        return !(hasEn && hasAn);
    }
    return end == QChar::DirL || end == QChar::DirEN;
}

bool isContextO(char32_t c)
{
    return c == 0x00B7 || c == 0x0375 || c == 0x05F3 || c == 0x05F4 || (c >= 0x0660 && c <= 0x0669) ||
           (c >= 0x06F0 && c <= 0x06F9) || c == 0x30FB;
}

// RFC 5892 appendix A rules for the CONTEXTO code point at `pos`.
bool contextOk(const QList<uint>& cps, qsizetype pos)
{
    const char32_t c = cps.at(pos);
    const auto script = [&](qsizetype i) { return QChar::script(char32_t(cps.at(i))); };
    if (c == 0x00B7) {
        return pos > 0 && pos < cps.size() - 1 && cps.at(pos - 1) == 0x6C && cps.at(pos + 1) == 0x6C;
    }
    if (c == 0x0375) {
        return pos < cps.size() - 1 && script(pos + 1) == QChar::Script_Greek;
    }
    if (c == 0x05F3 || c == 0x05F4) {
        return pos > 0 && script(pos - 1) == QChar::Script_Hebrew;
    }
    if (c >= 0x0660 && c <= 0x0669) {
        return std::none_of(cps.begin(), cps.end(), [](uint x) { return x >= 0x06F0 && x <= 0x06F9; });
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
        return std::none_of(cps.begin(), cps.end(), [](uint x) { return x >= 0x0660 && x <= 0x0669; });
    }
    // U+30FB katakana middle dot: the label needs a Hiragana, Katakana or Han character.
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const auto sc = script(i);
        if (cps.at(i) != 0x30FB &&
            (sc == QChar::Script_Hiragana || sc == QChar::Script_Katakana || sc == QChar::Script_Han)) {
            return true;
        }
    }
    return false;
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
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const char32_t c = cps.at(i);
        if (!isPvalid(c) && !(isContextO(c) && contextOk(cps, i))) {
            return false;
        }
    }
    return bidiOk(cps);
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
