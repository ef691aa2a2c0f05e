// Every shipped translation (translations/*.ts) is checked entry by entry: no markup the source does not have
// (a corrupted file once showed raw XML in the import summary), exactly the %1…%9, %L1… and %n of the source, nothing
// unfinished, obsolete or empty; and each compiled .qm loads. That the files hold every message of the sources is
// tst_translations_current's part.
#include "TestTsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

namespace {
QSet<QString> matches(const QRegularExpression& re, const QString& text)
{
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        found.insert(it.next().captured(0));
    }
    return found;
}
} // namespace

class TestClientTsFiles : public QObject
{
    Q_OBJECT

private slots:
    void entries_data();
    void entries();
    void compiledFilesLoad_data() { entries_data(); }
    void compiledFilesLoad();
};

void TestClientTsFiles::entries_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = TestTsFile::files();
    QVERIFY(files.size() >= 3);
    for (const QString& f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestClientTsFiles::entries()
{
    QFETCH(QString, file);
    QString error;
    QString language;
    const QList<TestTsFile::Entry> list = TestTsFile::read(file, &error, &language);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!list.isEmpty());
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*[^<>]*>"));
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?[1-9])"));
    QStringList problems;
    for (const TestTsFile::Entry& e : list) {
        const QString where = QStringLiteral("line %1, %2 “%3”").arg(e.line).arg(e.context, e.source.left(60));
        // A message the sources no longer have: `update_translations` (lupdate -no-obsolete) drops it.
        if (e.obsolete) {
            problems.append(where + QStringLiteral(": obsolete (no longer in the sources)"));
            continue;
        }
        // The sources are English: the English file needs only the plural forms ("1 user", "2 users").
        if (e.unfinished && language.startsWith(QLatin1String("en")) && !e.numerus) {
            continue;
        }
        if (e.unfinished) {
            problems.append(where + QStringLiteral(": unfinished"));
            continue;
        }
        const QSet<QString> sourceTags = matches(tag, e.source);
        const QSet<QString> sourcePlaceholders = matches(placeholder, e.source);
        for (const QString& t : e.translations) {
            if (t.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral(": empty translation"));
                continue;
            }
            const QSet<QString> extraTags = matches(tag, t) - sourceTags;
            if (!extraTags.isEmpty()) {
                problems.append(where + QStringLiteral(": markup not in the source: ") +
                                QStringList(extraTags.cbegin(), extraTags.cend()).join(QLatin1Char(' ')));
            }
            if (t.contains(QLatin1String("</numerusform>")) || t.contains(QLatin1String("</source>")) ||
                t.contains(QLatin1String("</translation>"))) {
                problems.append(where + QStringLiteral(": a piece of the .ts file inside the translation"));
            }
            // %n may be left out of a singular form ("ein Benutzer"), never out of all forms.
            QSet<QString> missing = sourcePlaceholders - matches(placeholder, t);
            missing.remove(QStringLiteral("%n"));
            if (!missing.isEmpty()) {
                problems.append(where + QStringLiteral(": placeholder missing: ") +
                                QStringList(missing.cbegin(), missing.cend()).join(QLatin1Char(' ')));
            }
            // One the source lacks (%3 for %2, %1 for %L1) would show an argument in the wrong place, or none.
            const QSet<QString> extra = matches(placeholder, t) - sourcePlaceholders;
            if (!extra.isEmpty()) {
                problems.append(where + QStringLiteral(": placeholder not in the source: ") +
                                QStringList(extra.cbegin(), extra.cend()).join(QLatin1Char(' ')));
            }
        }
        if (sourcePlaceholders.contains(QStringLiteral("%n"))) {
            bool anyHasN = false;
            for (const QString& t : e.translations) {
                anyHasN = anyHasN || t.contains(QLatin1String("%n"));
            }
            if (!anyHasN) {
                problems.append(where + QStringLiteral(": %n missing from every form"));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(file) +
                                            problems.join(QLatin1Char('\n'))));
}

void TestClientTsFiles::compiledFilesLoad()
{
    QFETCH(QString, file);
    const QString qm = QDir(QStringLiteral(BOXKEEPER_QM_DIR)).filePath(QFileInfo(file).completeBaseName() + ".qm");
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(!translator.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientTsFiles)
#include "tst_client_tsfiles.moc"
