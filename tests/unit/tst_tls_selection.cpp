#include "TestFiles.h"
#include "TestPki.h"
#include "tls/CertificateSelection.h"

#include <QTemporaryDir>
#include <QtTest>

// Which certificate a name uses (domain.md §9.2, §9.4): valid first, then not self-signed, then the latest
// notAfter, then the greatest path; a certificate only with its key; wildcards one level; the primary hostname only
// with the box's key.
class TestTlsSelection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ssl;
    QByteArray m_boxKey;
    QByteArray m_otherKey;
    TestPki::Authority m_ca;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    QByteArray issue(const QString& name, int fromDays, int toDays, const QByteArray& key,
                     const QStringList& extraNames = {})
    {
        TestPki::Spec spec;
        spec.commonName = name;
        spec.dnsNames = QStringList{name} + extraNames;
        spec.notBefore = m_now.addDays(fromDays);
        spec.notAfter = m_now.addDays(toDays);
        return TestPki::serverCertificate(m_ca, spec, key) + m_ca.intermediateCert;
    }
    QByteArray selfSigned(const QString& name, int toDays, const QByteArray& key)
    {
        TestPki::Spec spec;
        spec.commonName = name;
        spec.dnsNames = {name};
        spec.notAfter = m_now.addDays(toDays);
        return TestPki::certificate(spec, key, {}, key);
    }
    void put(const QString& relative, const QByteArray& data)
    {
        QVERIFY(TestFiles::write(m_ssl + "/" + relative, data));
    }
    QString chosen(const QString& domain)
    {
        const auto s = CertificateSelection::scan(m_ssl, "box.example.com", m_now);
        const auto c = s.forDomain(domain);
        return c ? c->certificatePath.mid(m_ssl.size() + 1) : QStringLiteral("<none>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ssl = m_dir.path() + "/ssl";
        m_boxKey = TestPki::rsaKey();
        m_otherKey = TestPki::rsaKey();
        m_ca = TestPki::authority();
        QVERIFY(!m_ca.intermediateCert.isEmpty());
        put("ssl_private_key.pem", m_boxKey);
        put("keys/other_private_key.pem", m_otherKey);
        put("dh2048.pem", "-----BEGIN DH PARAMETERS-----\nMAYCAQACAQI=\n-----END DH PARAMETERS-----\n");
    }

    void validBeatsExpired()
    {
        put("a.example.com-expired.pem", issue("a.example.com", -100, -1, m_boxKey));
        put("a.example.com-valid.pem", issue("a.example.com", -1, 30, m_boxKey));
        put("a.example.com-future.pem", issue("a.example.com", 10, 400, m_boxKey)); // latest, not yet valid
        QCOMPARE(chosen("a.example.com"), QString("a.example.com-valid.pem"));
    }

    void signedBeatsSelfSigned()
    {
        put("b.example.com-self.pem", selfSigned("b.example.com", 300, m_boxKey));
        put("b.example.com-signed.pem", issue("b.example.com", -1, 30, m_boxKey));
        QCOMPARE(chosen("b.example.com"), QString("b.example.com-signed.pem"));
        // Self-signed and valid still beats signed and expired.
        put("c.example.com-expired.pem", issue("c.example.com", -100, -1, m_boxKey));
        put("c.example.com-self.pem", selfSigned("c.example.com", 30, m_boxKey));
        QCOMPARE(chosen("c.example.com"), QString("c.example.com-self.pem"));
    }

    void latestNotAfterThenGreatestPath()
    {
        put("d.example.com-1.pem", issue("d.example.com", -1, 60, m_boxKey));
        put("d.example.com-2.pem", issue("d.example.com", -1, 30, m_boxKey));
        QCOMPARE(chosen("d.example.com"), QString("d.example.com-1.pem"));
        // The same certificate in two places: the greatest path, subfolders included.
        const QByteArray same = issue("e.example.com", -1, 60, m_boxKey);
        put("e.example.com.pem", same);
        put("sub/e.example.com.pem", same);
        put("a-first.pem", same);
        QCOMPARE(chosen("e.example.com"), QString("sub/e.example.com.pem"));
    }

    void onlyWithItsKey()
    {
        put("f.example.com.pem", issue("f.example.com", -1, 60, TestPki::rsaKey()));
        QCOMPARE(chosen("f.example.com"), QString("<none>"));
        put("f.example.com-other.pem", issue("f.example.com", -1, 30, m_otherKey));
        QCOMPARE(chosen("f.example.com"), QString("f.example.com-other.pem"));
        const auto c = CertificateSelection::scan(m_ssl, "box.example.com", m_now).forDomain("f.example.com");
        QCOMPARE(c->privateKeyPath, m_ssl + "/keys/other_private_key.pem");
    }

    void wildcardOneLevel()
    {
        put("wild.pem", issue("*.w.example.com", -1, 60, m_boxKey));
        QCOMPARE(chosen("mail.w.example.com"), QString("wild.pem"));
        QCOMPARE(chosen("a.mail.w.example.com"), QString("<none>")); // one level only
        QCOMPARE(chosen("w.example.com"), QString("<none>"));
        // An exact certificate wins over the wildcard even when it has expired (domain.md §9.4 [quirk]).
        put("www.w.example.com-expired.pem", issue("www.w.example.com", -100, -1, m_boxKey));
        QCOMPARE(chosen("www.w.example.com"), QString("www.w.example.com-expired.pem"));
    }

    void primaryOnlyWithTheBoxKey()
    {
        put("box-other.pem", issue("box.example.com", -1, 300, m_otherKey));
        QCOMPARE(chosen("box.example.com"), QString("<none>"));
        put("box-own.pem", issue("box.example.com", -1, 30, m_boxKey));
        QCOMPARE(chosen("box.example.com"), QString("box-own.pem"));
        // The symlink is never a candidate itself.
        QVERIFY(QFile::link(m_ssl + "/box-other.pem", m_ssl + "/ssl_certificate.pem"));
        QCOMPARE(chosen("box.example.com"), QString("box-own.pem"));
    }

    void namesOfACertificate()
    {
        const Certificate c = Certificate::fromFileData(issue("g.example.com", -1, 60, m_boxKey, {"*.g.example.com"}));
        QCOMPARE(c.names(), QSet<QString>({"g.example.com", "*.g.example.com"}));
        QCOMPARE(c.commonName(), QString("g.example.com"));
        QVERIFY(!c.isSelfSigned());
        QCOMPARE(c.chain().size(), 1);
        QVERIFY(
            QRegularExpression("^g\\.example\\.com-\\d{8}-[0-9a-f]{8}\\.pem$").match(c.installFileName()).hasMatch());
        QCOMPARE(c.installFileName().mid(14, 8), c.notAfter().date().toString("yyyyMMdd"));
        QCOMPARE(c.installFileName().mid(23, 8), QString::fromLatin1(c.sha256().toHex().left(8)));
    }
};

QTEST_GUILESS_MAIN(TestTlsSelection)
#include "tst_tls_selection.moc"
