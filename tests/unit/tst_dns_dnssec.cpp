#include "TestFiles.h"
#include "dns/DnssecSigner.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// "algorithm/digest type" of each line of a .ds file (the fifth tab-separated field is
// "keytag alg digesttype digest").
QStringList dsOrder(const QByteArray& ds)
{
    QStringList order;
    for (const QByteArray& line : ds.trimmed().split('\n')) {
        const QList<QByteArray> fields = line.split('\t').value(4).split(' ');
        order.append(QString::fromLatin1(fields.value(1) + '/' + fields.value(2)));
    }
    return order;
}

} // namespace

// DnssecSigner with the real ldns tools: the box's key set and the .ds file as upstream writes it.
class TestDnsDnssec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"ldns-signzone", "ldns-keygen", "ldns-key2ds"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
    }

    void dsFileListsTheRsaKeyFirst()
    {
        // Upstream's .ds file: for each KSK in the order the box's setup made them (RSASHA256, then
        // ECDSAP256SHA256), digests 1, 2 and 4.
        QTemporaryDir dir;
        DnssecSigner signer(dir.filePath("dnssec"));
        QString error;
        QVERIFY2(signer.ensureKeys(&error), qPrintable(error));
        const QString zoneFile = dir.filePath("example.com.txt");
        QVERIFY(TestFiles::write(zoneFile, "$ORIGIN example.com.\n$TTL 86400\n"
                                           "@\tIN\tSOA\tns1.box.example.com. hostmaster.box.example.com. "
                                           "2026010100 7200 3600 1209600 86400\n"
                                           "@\tIN\tNS\tns1.box.example.com.\n@\tIN\tA\t192.0.2.1\n"));
        QVERIFY2(signer.sign("example.com", zoneFile, QDate::currentDate(), &error), qPrintable(error));
        const QStringList expected{"8/1", "8/2", "8/4", "13/1", "13/2", "13/4"};
        const QByteArray ds = TestFiles::read(zoneFile + ".ds");
        QCOMPARE(dsOrder(ds), expected);
        QVERIFY(ds.startsWith("example.com.\t"));

        // A .ds file written in the other order (by an earlier version) is written again.
        QList<QByteArray> lines = ds.trimmed().split('\n');
        std::rotate(lines.begin(), lines.begin() + 3, lines.end());
        QVERIFY(TestFiles::write(zoneFile + ".ds", lines.join('\n') + '\n'));
        QCOMPARE(dsOrder(TestFiles::read(zoneFile + ".ds")).first(), QStringLiteral("13/1"));
        QVERIFY2(signer.sign("example.com", zoneFile, QDate::currentDate(), &error), qPrintable(error));
        QCOMPARE(dsOrder(TestFiles::read(zoneFile + ".ds")), expected);
        QVERIFY(!QFile::exists(zoneFile + ".signed.partial"));
        QVERIFY(TestFiles::read(zoneFile + ".signed").contains("RRSIG"));
    }
};

QTEST_GUILESS_MAIN(TestDnsDnssec)
#include "tst_dns_dnssec.moc"
