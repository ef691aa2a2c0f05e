#include "mail/MailQuota.h"
#include "mail/MailboxUsage.h"

#include <QTemporaryDir>
#include <QTest>

class TestMailUsage : public QObject
{
    Q_OBJECT

private slots:
    void quota_data();
    void quota();
    void formatSize_data();
    void formatSize();
    void maildirsize_data();
    void maildirsize();
    void missingFile();
    void pyInt();
};

void TestMailUsage::quota_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("error");
    QTest::newRow("zero") << "0"
                          << "0" << QString();
    QTest::newRow("lower g") << "5g"
                             << "5G" << QString();
    QTest::newRow("trimmed") << " 500M "
                             << "500M" << QString();
    QTest::newRow("bytes") << "1000"
                           << "1000" << QString();
    QTest::newRow("empty") << "" << QString() << "No quota provided.";
    QTest::newRow("blank") << "   " << QString() << "No quota provided.";
    QTest::newRow("space") << "5 G" << QString() << "Quotas cannot contain spaces, commas, or decimal points.";
    QTest::newRow("comma") << "1,5G" << QString() << "Quotas cannot contain spaces, commas, or decimal points.";
    QTest::newRow("point") << "1.5G" << QString() << "Quotas cannot contain spaces, commas, or decimal points.";
    QTest::newRow("K") << "5K" << QString() << "Invalid quota.";
    QTest::newRow("suffix only") << "G" << QString() << "Invalid quota.";
    QTest::newRow("negative") << "-5" << QString() << "Invalid quota.";
    QTest::newRow("GB") << "5GB" << QString() << "Invalid quota.";
    QTest::newRow("text") << "lots" << QString() << "Invalid quota.";
}

void TestMailUsage::quota()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(QString, error);
    QString e;
    QCOMPARE(MailQuota::validate(in, &e), out);
    QCOMPARE(e, error);
}

void TestMailUsage::formatSize_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0.0 << "0.0";
    QTest::newRow("99") << 99.0 << "99.0";
    QTest::newRow("100") << 100.0 << "100";
    QTest::newRow("512") << 512.0 << "512";
    QTest::newRow("1023") << 1023.0 << "1023";
    QTest::newRow("1K") << 1024.0 << "1.0K";
    QTest::newRow("1.5K") << 1536.0 << "1.5K";
    QTest::newRow("150K") << 150.0 * 1024 << "150K";
    QTest::newRow("1.5M") << 1.5 * 1024 * 1024 << "1.5M";
    QTest::newRow("12.3M") << 12.3 * 1024 * 1024 << "12.3M";
    QTest::newRow("2G") << 2.0 * 1024 * 1024 * 1024 << "2.0G";
    QTest::newRow("beyond T") << 1024.0 * 1024 * 1024 * 1024 * 1024 << "1.0";
    QTest::newRow("negative") << -5.0 << "-5.0";
}

void TestMailUsage::formatSize()
{
    QFETCH(double, bytes);
    QFETCH(QString, text);
    QCOMPARE(MailboxUsage::formatSize(bytes), text);
}

void TestMailUsage::maildirsize_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("quota");
    QTest::addColumn<QString>("boxQuota");
    QTest::addColumn<QString>("boxSize");
    QTest::addColumn<QString>("percent");
    QTest::newRow("1G quota") << QByteArray("1073741824S\n1536 2\n") << "1G"
                              << "1073741824"
                              << "1.5K"
                              << "  0%";
    QTest::newRow("with count and negative lines") << QByteArray("1000S,10C\n500 1\n-100 -1\n") << "1000"
                                                   << "1000"
                                                   << "400"
                                                   << " 40%";
    QTest::newRow("full") << QByteArray("1000S\n1000 3\n") << "1000"
                          << "1000"
                          << "1000"
                          << "100%";
    QTest::newRow("five percent") << QByteArray("2000S\n119 3\n") << "2000"
                                  << "2000"
                                  << "119"
                                  << "  5%";
    QTest::newRow("unlimited quota") << QByteArray("1000S\n500 1\n") << "0"
                                     << "1000"
                                     << "500"
                                     << "";
    QTest::newRow("zero box quota") << QByteArray("0S\n10 1\n") << "5G"
                                    << "0"
                                    << "10.0"
                                    << "Error";
    QTest::newRow("header only") << QByteArray("100S\n") << "5G"
                                 << "100"
                                 << "0.0"
                                 << "  0%";
    QTest::newRow("crlf") << QByteArray("1000S\r\n250 1\r\n") << "5G"
                          << "1000"
                          << "250"
                          << " 25%";
    QTest::newRow("garbage header") << QByteArray("abc\n") << "5G"
                                    << "?"
                                    << "?"
                                    << "?";
    QTest::newRow("three fields") << QByteArray("100S\n1 2 3\n") << "5G"
                                  << "?"
                                  << "?"
                                  << "?";
    QTest::newRow("garbage unlimited") << QByteArray("x\n") << "0"
                                       << "?"
                                       << "?"
                                       << "";
    QTest::newRow("empty") << QByteArray() << "5G"
                           << "?"
                           << "?"
                           << "?";
}

void TestMailUsage::maildirsize()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, quota);
    QFETCH(QString, boxQuota);
    QFETCH(QString, boxSize);
    QFETCH(QString, percent);
    const MailboxUsage u = MailboxUsage::parse(content);
    const QJsonValue q = u.boxQuotaValue();
    QCOMPARE(q.isString() ? q.toString() : QString::number(q.toInteger()), boxQuota);
    QCOMPARE(u.boxSizeText(), boxSize);
    QCOMPARE(u.percentText(quota), percent);
}

void TestMailUsage::missingFile()
{
    QTemporaryDir dir;
    const MailboxUsage u = MailboxUsage::read(dir.filePath("nope/maildirsize"));
    QVERIFY(!u.valid);
    QCOMPARE(u.boxQuotaValue().toString(), QStringLiteral("?"));
    QCOMPARE(u.percentText("0"), QString());
    QCOMPARE(u.percentText("1G"), QStringLiteral("?"));
}

void TestMailUsage::pyInt()
{
    qint64 v = 0;
    QVERIFY(MailboxUsage::parsePyInt(" 12\n", &v));
    QCOMPARE(v, 12);
    QVERIFY(MailboxUsage::parsePyInt("-7", &v));
    QCOMPARE(v, -7);
    QVERIFY(MailboxUsage::parsePyInt("1_000", &v));
    QCOMPARE(v, 1000);
    QVERIFY(!MailboxUsage::parsePyInt("", &v));
    QVERIFY(!MailboxUsage::parsePyInt("1__0", &v));
    QVERIFY(!MailboxUsage::parsePyInt("12a", &v));
}

QTEST_GUILESS_MAIN(TestMailUsage)
#include "tst_mail_usage.moc"
