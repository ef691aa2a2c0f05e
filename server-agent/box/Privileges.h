#pragma once

#include <QString>
#include <QStringList>

// The users.privileges column (domain.md §4.2): privilege names separated by newlines, '' for none.
namespace Privileges {
// The stored value as a list, in stored order; blank entries are not privileges.
QStringList parse(const QString& stored);
} // namespace Privileges
