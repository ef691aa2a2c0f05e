#pragma once

#include <QString>

// Address rules of domain.md §3: the general syntax check (Python email_validator 2.x with SMTPUTF8
// off, no deliverability check, empty local part only in alias mode), the account-address rule,
// IDNA sanitising/prettifying of domain parts, DCV addresses and the +tag rule.
class EmailAddress
{
public:
    enum class Mode {
        Default, // a full address (receivers)
        Alias, // "@domain" allowed
        User, // an account name: also lower-case a-z 0-9 _ - . only, at most 255 characters
    };

    // upstream's validate_email(email, mode).
    static bool isValid(const QString& email, Mode mode = Mode::Default);
    // Local part "admin", "administrator", "postmaster", "hostmaster", "webmaster" or "abuse"
    // (case-insensitive), followed by "@" or "+".
    static bool isDcvAddress(const QString& email);
    // "me+tag@example.com" -> "me@example.com" (the first "+" of the local part up to the "@").
    static QString withoutPlusTag(const QString& email);
    // sanitize_idn_email_address: the domain part to IDNA if the string has exactly one "@" and
    // the conversion succeeds; unchanged otherwise.
    static QString toIdna(const QString& email);
    // prettify_idn_email_address: the domain part decoded to Unicode; unchanged if undecodable.
    static QString toUnicode(const QString& email);
    // get_domain: the text after the first "@", decoded to Unicode if asked and decodable.
    static QString domainOf(const QString& email, bool asUnicode);
};
