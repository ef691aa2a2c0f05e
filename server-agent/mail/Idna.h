#pragma once

#include <QString>

#include <optional>

// Domain-name conversions as upstream's Python `idna` package makes them (IDNA 2008, RFC 5891-5893), on
// libidn2: a non-ASCII label must pass libidn2's registration checks (NFC, hyphens, no leading combining mark,
// PVALID code points, the CONTEXTO rules, the bidi rule; plus the bidi rule's "no EN and AN digits together in a
// right-to-left label", which libidn2 2.3 leaves out), an A-label must decode to such a label, and an ASCII
// label must be letters, digits and hyphens (case kept, as the package keeps it). Known difference, on the
// "reject more" side: the CONTEXTJ joiners ZWJ and ZWNJ are always refused. uts46Remap() is UTS #46
// non-transitional processing (email_validator's normalisation). Compared with the package on 14,000 labels
// (tests/unit/tst_mail_idna). The one implementation of IDNA in the agent (mail and dns).
class Idna
{
public:
    // idna.encode(domain): each non-ASCII label becomes its A-label; ASCII labels must be valid
    // (lower-cased for the test) and keep their case. Splits on the four Unicode full stops.
    static std::optional<QString> encode(const QString& domain);
    // idna.decode(domain): A-labels become U-labels, ASCII labels are lower-cased. Fails on non-ASCII input.
    static std::optional<QString> decode(const QString& domain);
    // idna.uts46_remap(domain, std3_rules=False, transitional=False): case folding, NFC, the Unicode full stops
    // as ".", compatibility mappings; nullopt where UTS #46 refuses the domain.
    static std::optional<QString> uts46Remap(const QString& domain);
    // idna.check_label: NFC, hyphen rules, no leading combining mark, every code point PVALID or in context.
    static bool isValidLabel(const QString& label);
    static bool isAscii(const QString& s);
};
