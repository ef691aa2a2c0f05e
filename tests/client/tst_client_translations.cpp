// The desktop's translation is chosen by the UI language; with none for it (the C/POSIX locale of a headless box, an
// untranslated language) English is loaded, so plurals read "1 user" / "2 users", never "1 user(s)".
#include "AppTranslation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestClientTranslations : public QObject
{
    Q_OBJECT

private slots:
    void plurals_data();
    void plurals();
    void missingDirectory();
};

void TestClientTranslations::plurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("C") << QLocale::c() << QStringLiteral("1 user") << QStringLiteral("2 users");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("1 user")
                           << QStringLiteral("2 users");
    QTest::newRow("it_IT (untranslated)")
        << QLocale(QLocale::Italian, QLocale::Italy) << QStringLiteral("1 user") << QStringLiteral("2 users");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("1 Benutzer")
                           << QStringLiteral("2 Benutzer");
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("1 utilisateur")
                           << QStringLiteral("2 utilisateurs");
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << QStringLiteral("1 utilisateur")
                           << QStringLiteral("2 utilisateurs");
}

void TestClientTranslations::plurals()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, one);
    QFETCH(QString, two);
    QTranslator translator;
    QVERIFY(AppTranslation::load(&translator, locale, QStringLiteral(BOXKEEPER_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("UsersModel", "%n user(s)", nullptr, 1), one);
    QCOMPARE(QCoreApplication::translate("UsersModel", "%n user(s)", nullptr, 2), two);
    QCoreApplication::removeTranslator(&translator);
}

void TestClientTranslations::missingDirectory()
{
    QTranslator translator;
    QVERIFY(!AppTranslation::load(&translator, QLocale::c(), QStringLiteral("/nonexistent")));
    QVERIFY(translator.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientTranslations)
#include "tst_client_translations.moc"
