#pragma once

#include <QString>

class QLocale;
class QTranslator;

// Chooses the desktop's own translation (boxkeeper_<lang>.qm, embedded under :/i18n by default).
class AppTranslation
{
public:
    // Loads into translator the file for the first of locale's UI languages that has one; if none has (the C/POSIX
    // locale of a headless box, LANG unset, a language not translated), loads English, which holds the English plural
    // forms ("1 user", "2 users" for "%n user(s)"). Returns false only if not even English could be loaded.
    static bool load(QTranslator* translator, const QLocale& locale, const QString& directory = defaultDirectory());
    static QString defaultDirectory() { return QStringLiteral(":/i18n"); }
    // Loads Qt's own translation (qtbase_<lang>.qm: "Cancel", "Yes", …) for locale from Qt's translations folder
    // (Debian: qt6-translations-l10n). False if none fits (English needs none).
    static bool loadQt(QTranslator* translator, const QLocale& locale);
};
