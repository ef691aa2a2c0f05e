#include "Privileges.h"

QStringList Privileges::parse(const QString& stored)
{
    QStringList out;
    for (const QString& p : stored.split(QLatin1Char('\n'))) {
        if (!p.trimmed().isEmpty()) {
            out.append(p);
        }
    }
    return out;
}
