#include "AppTranslation.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool AppTranslation::load(QTranslator* translator, const QLocale& locale, const QString& directory)
{
    const QString name = QStringLiteral("boxkeeper");
    const QString prefix = QStringLiteral("_");
    return translator->load(locale, name, prefix, directory) ||
           translator->load(name + prefix + QStringLiteral("en"), directory);
}

bool AppTranslation::loadQt(QTranslator* translator, const QLocale& locale)
{
    return translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}
