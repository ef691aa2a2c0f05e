#pragma once

#include <QString>

#include <optional>

// Domain-name conversions as upstream's Python `idna` package makes them (IDNA 2008, RFC 5891/5892),
// built on QUrl's punycode. Differences to the Python package, all on the "reject more" side or on
// characters that never occur in mail domains: the PVALID test is derived from Unicode general
// categories (Ll Lo Lm Mn Mc Nd, stable under NFKC + lower-casing, plus RFC 5892's exceptions
// ß ς ۽ ۾ ་ 〇) instead of the generated tables; CONTEXTJ/CONTEXTO code points (ZWJ, ZWNJ, middle
// dot, Greek keraia, Hebrew geresh, katakana middle dot, Arabic-Indic digits) are refused; the
// RFC 5893 bidi rule is not checked. uts46Remap() approximates UTS-46 mapping by NFKC and lower-casing.
class Idna
{
public:
    // idna.encode(domain): each non-ASCII label becomes its A-label; ASCII labels must be valid
    // (lower-cased for the test) and keep their case. Splits on the four Unicode full stops.
    static std::optional<QString> encode(const QString& domain);
    // idna.decode(domain): A-labels become U-labels, ASCII labels are lower-cased. Fails on non-ASCII input.
    static std::optional<QString> decode(const QString& domain);
    // idna.uts46_remap(domain, std3_rules=False, transitional=False), approximated.
    static QString uts46Remap(const QString& domain);
    // idna.check_label: NFC, hyphen rules, no leading combining mark, every code point PVALID.
    static bool isValidLabel(const QString& label);
    static bool isAscii(const QString& s);
};
