#include "mail/Idna.h"

#include <QFile>
#include <QTest>

// mail/Idna (on libidn2) against Python's `idna` package, the one upstream's email_validator uses: 14,000 random
// labels from 22 scripts and the package's answers, written by tests/data/mail/idna-labels.py.
class TestMailIdna : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsPythonPackage()
    {
        QFile file(QStringLiteral(BOXKEEPER_SOURCE_DIR "/tests/data/mail/idna-labels.tsv"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int labels = 0;
        int valid = 0;
        int joiners = 0;
        QStringList mismatches;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 2);
            const QString& label = fields.at(0);
            const QString& expected = fields.at(1);
            ++labels;
            const QString got = Idna::encode(label).value_or(QStringLiteral("!"));
            if (got != expected) {
                // The known difference: ZWNJ/ZWJ (CONTEXTJ) are refused even where RFC 5892 allows them.
                const bool joiner = label.contains(QChar(0x200C)) || label.contains(QChar(0x200D));
                if (joiner && got == QLatin1String("!")) {
                    ++joiners;
                    continue;
                }
                mismatches.append(QStringLiteral("%1 (U+%2): ours %3, the package's %4")
                                      .arg(label, QString::fromLatin1(QByteArray::number(label.toUcs4().value(0), 16)),
                                           got, expected));
                continue;
            }
            if (expected == QLatin1String("!")) {
                continue;
            }
            ++valid;
            // Back again: the A-label decodes to the label (the package's idna.decode), in upper case too.
            if (expected.startsWith(QLatin1String("xn--"))) {
                const QString decoded = Idna::decode(expected).value_or(QStringLiteral("!"));
                const QString decodedUpper = Idna::decode(expected.toUpper()).value_or(QStringLiteral("!"));
                if (decoded != label || decodedUpper != label) {
                    mismatches.append(
                        QStringLiteral("decode(%1): %2 / %3, expected %4").arg(expected, decoded, decodedUpper, label));
                }
            }
        }
        qInfo("%d labels compared: %d valid, %d refused only for a joiner, %lld differences", labels, valid, joiners,
              static_cast<long long>(mismatches.size()));
        QCOMPARE(labels, 14000);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // The dns/ module's use: an address's domain in its ASCII form, whatever the spelling of the label.
    void domainsForDns()
    {
        QCOMPARE(Idna::encode(QStringLiteral("bücher.example")).value_or("-"), QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(Idna::encode(QStringLiteral("xn--bcher-kva.example")).value_or("-"),
                 QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(Idna::encode(QStringLiteral("Example.COM")).value_or("-"), QStringLiteral("Example.COM"));
        QVERIFY(!Idna::encode(QStringLiteral("a\u200Cb.example"))); // ZWNJ, as before
        QVERIFY(!Idna::encode(QStringLiteral("\u0915\u094D\u200D\u0937.example"))); // ZWJ after a virama too
        QVERIFY(!Idna::encode(QStringLiteral("a_b.example")));
        QVERIFY(!Idna::encode(QStringLiteral("u\u0308.example"))); // not NFC
        QCOMPARE(Idna::uts46Remap(QStringLiteral("Bücher\u3002Example")).value_or("-"),
                 QStringLiteral("bücher.example"));
        QCOMPARE(Idna::uts46Remap(QStringLiteral("ＢＵＣＨ.de")).value_or("-"), QStringLiteral("buch.de"));
        QVERIFY(!Idna::uts46Remap(QStringLiteral("a\u2488b.de"))); // ⒈ holds a dot: refused by UTS #46
    }
};

QTEST_GUILESS_MAIN(TestMailIdna)
#include "tst_mail_idna.moc"
