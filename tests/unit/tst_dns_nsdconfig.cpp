#include "dns/BoxFactsReader.h"
#include "dns/DnssecSigner.h"
#include "dns/NsdConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestDnsNsdConfig : public QObject
{
    Q_OBJECT

private slots:
    void zonesConf()
    {
        QCOMPARE(NsdConfig::zonesConf(
                     {{"example.com", "example.com.txt.signed"}, {"example.net", "example.net.txt.signed"}}, {}),
                 QStringLiteral("\nzone:\n\tname: example.com\n\tzonefile: example.com.txt.signed\n"
                                "\nzone:\n\tname: example.net\n\tzonefile: example.net.txt.signed\n"));
        QCOMPARE(NsdConfig::zonesConf({{"example.com", "example.com.txt.signed"}}, {"198.51.100.3", "192.0.2.0/24"}),
                 QStringLiteral("\nzone:\n\tname: example.com\n\tzonefile: example.com.txt.signed\n"
                                "\n\tnotify: 198.51.100.3 NOKEY\n\tprovide-xfr: 198.51.100.3 NOKEY\n"
                                "\n\tprovide-xfr: 192.0.2.0/24 NOKEY\n"));
    }

    void openDkimTables()
    {
        QCOMPARE(NsdConfig::signingTable({"example.com", "example.net"}),
                 QStringLiteral("*@example.com example.com\n*@example.net example.net\n"));
        QCOMPARE(NsdConfig::keyTable({"example.com"}, "/data/mail/dkim/mail.private"),
                 QStringLiteral("example.com example.com:mail:/data/mail/dkim/mail.private\n"));
    }

    void writeOnlyWhenChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/etc/opendkim/SigningTable";
        QString error;
        QVERIFY(NsdConfig::writeIfChanged(path, "*@a a\n*@b b\n", NsdConfig::Compare::LineSet, &error));
        QVERIFY(!NsdConfig::writeIfChanged(path, "*@a a\n*@b b\n", NsdConfig::Compare::LineSet, &error));
        // Same lines in another order (as upstream writes them between restarts): not a change.
        QVERIFY(!NsdConfig::writeIfChanged(path, "*@b b\n*@a a\n", NsdConfig::Compare::LineSet, &error));
        QVERIFY(NsdConfig::writeIfChanged(path, "*@b b\n*@a a\n", NsdConfig::Compare::Text, &error));
        QVERIFY(NsdConfig::writeIfChanged(path, "*@b b\n", NsdConfig::Compare::LineSet, &error));
        QVERIFY(error.isEmpty());
    }

    void dkimKeyInOpenDkimLayout()
    {
        QTemporaryDir dir;
        QVERIFY(BoxFactsReader::ensureDkimKey(dir.path() + "/dkim"));
        QFile key(dir.path() + "/dkim/mail.private");
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
        QCOMPARE(int(key.permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);
        QFile txt(dir.path() + "/dkim/mail.txt");
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QString name, value;
        QVERIFY(BoxFactsReader::parseDkimTxt(QString::fromUtf8(txt.readAll()), &name, &value));
        QCOMPARE(name, QStringLiteral("mail._domainkey"));
        QVERIFY(value.startsWith("v=DKIM1; h=sha256; k=rsa; s=email; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"));
        QCOMPARE(value.size(), 35 + 2 + 392); // "v=DKIM1; ... s=email; ", "p=", base64 of a 2048-bit key
        // An existing key is kept.
        const QByteArray before = [&] {
            QFile f(key.fileName());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QVERIFY(BoxFactsReader::ensureDkimKey(dir.path() + "/dkim"));
        QFile again(key.fileName());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);
    }

    void dkimTxtFromOpenDkim()
    {
        const QString text = "mail._domainkey\tIN\tTXT\t( \"v=DKIM1; h=sha256; k=rsa; s=email; \"\n\t  \"p=AAAA\"\n\t  "
                             "\"BBBB\" )  ; ----- DKIM key mail for box.example.com\n";
        QString name, value;
        QVERIFY(BoxFactsReader::parseDkimTxt(text, &name, &value));
        QCOMPARE(value, QStringLiteral("v=DKIM1; h=sha256; k=rsa; s=email; p=AAAABBBB"));
    }

    void dnssecKeysHash()
    {
        // The zone file's last line: SHA-1 over the sorted (type, key) pairs and the private keys, as
        // upstream computes it; a DOMAINS= line limits an algorithm to some zones.
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& data) {
            QFile f(dir.path() + "/" + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write("RSASHA256.conf", "KSK=K_domain_.+008+11111\nZSK=K_domain_.+008+22222\n");
        write("ECDSAP256SHA256.conf",
              "KSK=K_domain_.+013+33333\nZSK=K_domain_.+013+44444\nDOMAINS=example.net, example.org\n");
        write("K_domain_.+008+11111.private", "a\n");
        write("K_domain_.+008+22222.private", "b\n");
        write("K_domain_.+013+33333.private", "c\n");
        write("K_domain_.+013+44444.private", "d\n");
        const DnssecSigner signer(dir.path());
        QCOMPARE(signer.keysHash("example.com"), QStringLiteral("7ef95c130cf1cc03b5d44aa9dc45c43826ae352d"));
        QCOMPARE(signer.keysHash("example.net"), QStringLiteral("227b8615f35dd84a89d290fd227795f6bc13598d"));
        QCOMPARE(signer.keysFor("example.org").size(), 4);
        QCOMPARE(signer.keysFor("example.com").size(), 2);
        QCOMPARE(DnssecSigner(dir.path() + "/none").keysHash("example.com"),
                 QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    }

    void mtaStsId()
    {
        const QString id =
            BoxFactsReader::mtaStsPolicyId("version: STSv1\nmode: enforce\nmx: box.example.com\nmax_age: 604800\n");
        QCOMPARE(id.size(), 20);
        QVERIFY(!id.contains('+') && !id.contains('/'));
    }
};

QTEST_GUILESS_MAIN(TestDnsNsdConfig)
#include "tst_dns_nsdconfig.moc"
