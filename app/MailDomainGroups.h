#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QLatin1String>
#include <QString>

#include <functional>

// The shape shared by GET /admin/mail/users and /admin/mail/aliases with format=json (spec/api.md §5.1, §5.9):
// an array of {"domain": "…", "<itemsKey>": [ … ]}. Checks that shape and calls parseGroup(domain, items) for each
// group in order; parseGroup returns false (and sets *detail if given) to stop. Returns false (and a short English
// detail) if the JSON or a group is malformed, or parseGroup refused.
using MailDomainGroupParser = std::function<bool(const QString& domain, const QJsonArray& items)>;
bool parseMailDomainGroups(const QByteArray& json, QLatin1String itemsKey, QString* detail,
                           const MailDomainGroupParser& parseGroup);
