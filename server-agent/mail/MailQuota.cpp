#include "MailQuota.h"

QString MailQuota::validate(const QString& input, QString* error)
{
    const QString quota = input.trimmed().toUpper();
    if (quota.isEmpty()) {
        *error = QStringLiteral("No quota provided.");
        return {};
    }
    for (const QChar c : quota) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('.')) {
            *error = QStringLiteral("Quotas cannot contain spaces, commas, or decimal points.");
            return {};
        }
    }
    qsizetype digits = 0;
    while (digits < quota.size() && quota.at(digits) >= QLatin1Char('0') && quota.at(digits) <= QLatin1Char('9')) {
        ++digits;
    }
    const qsizetype rest = quota.size() - digits;
    const bool ok =
        digits > 0 &&
        (rest == 0 || (rest == 1 && (quota.back() == QLatin1Char('G') || quota.back() == QLatin1Char('M'))));
    if (!ok) {
        *error = QStringLiteral("Invalid quota.");
        return {};
    }
    return quota;
}
