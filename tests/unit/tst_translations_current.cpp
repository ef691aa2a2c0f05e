// The shipped translations (translations/*.ts) keep up with the sources: lupdate, run with the build's own options
// over the desktop's sources into a copy of each .ts file, finds exactly the messages the file already has. A new
// tr() string not yet in a file, or a message whose source is gone, fails here; tst_client_tsfiles then checks that
// every entry is translated.
#include "TestTsFile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The messages of a .ts file that lupdate has not marked obsolete or vanished.
QSet<QString> messages(const QString& path, QString* error)
{
    QSet<QString> found;
    for (const TestTsFile::Entry& e : TestTsFile::read(path, error)) {
        if (!e.obsolete)
            found.insert(e.key());
    }
    return found;
}

QString listed(QSet<QString> set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QStringLiteral("\n  ") + list.join(QStringLiteral("\n  "));
}
} // namespace

class TestTranslationsCurrent : public QObject
{
    Q_OBJECT

private slots:
    void current_data();
    void current();
};

void TestTranslationsCurrent::current_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = TestTsFile::files();
    QVERIFY(files.size() >= 3);
    for (const QString& f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslationsCurrent::current()
{
    QFETCH(QString, file);
    QString error;
    const QSet<QString> shipped = messages(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!shipped.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BOXKEEPER_LUPDATE),
                  {QStringLiteral("@" BOXKEEPER_LUPDATE_LIST), QStringLiteral("-ts"), copy,
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    const QSet<QString> current = messages(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> added = current - shipped;
    const QSet<QString> gone = shipped - current;
    QString problems;
    if (!added.isEmpty()) {
        problems += QStringLiteral("%1 message(s) of the sources missing (run `cmake --build build --target "
                                   "update_translations` and translate them):")
                        .arg(added.size()) +
                    listed(added) + QLatin1Char('\n');
    }
    if (!gone.isEmpty()) {
        problems += QStringLiteral("%1 message(s) no longer in the sources (run `cmake --build build --target "
                                   "update_translations`):")
                        .arg(gone.size()) +
                    listed(gone) + QLatin1Char('\n');
    }
    QVERIFY2(problems.isEmpty(), qPrintable(file + QStringLiteral(": ") + problems));
}

QTEST_GUILESS_MAIN(TestTranslationsCurrent)
#include "tst_translations_current.moc"
