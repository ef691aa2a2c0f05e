#pragma once

#include <QString>

// Quota strings (domain.md §4.3): trimmed and upper-cased, digits with an optional G or M suffix.
class MailQuota
{
public:
    // The normalised quota, or an empty string with *error set to upstream's message:
    // "No quota provided.", "Quotas cannot contain spaces, commas, or decimal points.", "Invalid quota."
    // Only ASCII digits are accepted (Python's \d would also take other Unicode digits, which
    // dovecot cannot read).
    static QString validate(const QString& quota, QString* error);
};
