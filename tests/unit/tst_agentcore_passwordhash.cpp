#include "TestTool.h"
#include "auth/PasswordHash.h"

#include <QElapsedTimer>
#include <QTest>

class TestPasswordHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery");
        QTest::newRow("colon") << QStringLiteral("a:b:c:d-12345");
        QTest::newRow("utf8") << QStringLiteral("pässwörd-ünïcødé-€");
        QTest::newRow("long") << QString(200, QLatin1Char('x'));
    }
    void roundTrip()
    {
        QFETCH(QString, password);
        const QString hash = PasswordHash::hash(password);
        QVERIFY(hash.startsWith(QLatin1String("{SHA512-CRYPT}$6$")));
        const QStringList parts = hash.mid(14).split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4); // "", "6", salt, hash
        QCOMPARE(parts.at(2).size(), 16);
        QVERIFY(PasswordHash::verify(password, hash));
        QVERIFY(!PasswordHash::verify(password + QLatin1Char('x'), hash));
        QVERIFY(!PasswordHash::verify(QString(), hash));
        QVERIFY(PasswordHash::hash(password) != hash); // fresh salt each time
    }

    void cost()
    {
        const QString hash = PasswordHash::hash(QStringLiteral("timing-password"));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!PasswordHash::verify(QStringLiteral("wrong-password"), hash));
        }
        qInfo() << "SHA512-CRYPT verification:" << t.nsecsElapsed() / 20 / 1000 << "us";
    }

    void schemes()
    {
        const QString hash = PasswordHash::hash(QStringLiteral("pw123456"));
        QVERIFY(PasswordHash::verify(QStringLiteral("pw123456"), hash.mid(14))); // bare crypt string
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw123456"), QStringLiteral("{PLAIN}pw123456")));
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw123456"), QString()));
        QVERIFY(!PasswordHash::verify(QStringLiteral("pw123456"), QStringLiteral("{SHA512-CRYPT")));
    }

    void doveadmAgrees_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("Secret-Passw0rd");
        QTest::newRow("spaces") << QStringLiteral("with some spaces");
        QTest::newRow("utf8") << QStringLiteral("pässwörd-€");
    }
    void doveadmAgrees()
    {
        QFETCH(QString, password);
        if (TestTool::path(QStringLiteral("doveadm")).isEmpty()) {
            QSKIP("doveadm (dovecot-core) is not installed");
        }
        // doveadm with a configuration of its own (never /etc/dovecot); a mismatch is exit 75 with "Password
        // mismatch", which must not be confused with doveadm failing for another reason (also exit 75).
        const QString hash = PasswordHash::hash(password);
        const TestTool::Result ok =
            TestTool::doveadm({QStringLiteral("pw"), QStringLiteral("-t"), hash, QStringLiteral("-p"), password});
        QVERIFY2(ok.ok(), ok.message().constData());
        QVERIFY(ok.out.contains("(verified)"));

        const TestTool::Result wrong =
            TestTool::doveadm({QStringLiteral("pw"), QStringLiteral("-t"), hash, QStringLiteral("-p"), password + 'x'});
        QVERIFY2(wrong.exitCode == 75 && wrong.err.contains("Password mismatch"), wrong.message().constData());

        // And a hash made by doveadm verifies here.
        const TestTool::Result made =
            TestTool::doveadm({QStringLiteral("pw"), QStringLiteral("-s"), QStringLiteral("SHA512-CRYPT"),
                               QStringLiteral("-p"), password});
        QVERIFY2(made.ok(), made.message().constData());
        const QString theirs = QString::fromUtf8(made.out).trimmed();
        QVERIFY(theirs.startsWith(QLatin1String("{SHA512-CRYPT}$6$")));
        QVERIFY(PasswordHash::verify(password, theirs));
        QVERIFY(!PasswordHash::verify(password + QLatin1Char('x'), theirs));
    }

    // crypt(3) takes 511 bytes at most: up to there the hash is one Dovecot verifies; beyond, no hash at all
    // (never a bare "{SHA512-CRYPT}" that nobody can log in with).
    void longestPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("hashable");
        QTest::newRow("511 ascii") << QString(511, QLatin1Char('x')) << true;
        QTest::newRow("511 utf8") << QString(170, QChar(0x20AC)) + QLatin1Char('x') << true;
        QTest::newRow("512 ascii") << QString(512, QLatin1Char('x')) << false;
        QTest::newRow("513 utf8") << QString(171, QChar(0x20AC)) << false;
        QTest::newRow("100000") << QString(100000, QLatin1Char('x')) << false;
    }
    void longestPassword()
    {
        QFETCH(QString, password);
        QFETCH(bool, hashable);
        QCOMPARE(PasswordHash::isHashable(password), hashable);
        const QString hash = PasswordHash::hash(password);
        if (!hashable) {
            QVERIFY(hash.isNull());
            QVERIFY(!PasswordHash::verify(password, QStringLiteral("{SHA512-CRYPT}")));
            QVERIFY(!PasswordHash::verify(password, PasswordHash::hash(password.left(511))));
            return;
        }
        QVERIFY(PasswordHash::verify(password, hash));
        QVERIFY(!PasswordHash::verify(password.chopped(1), hash));
        if (TestTool::path(QStringLiteral("doveadm")).isEmpty()) {
            QSKIP("doveadm (dovecot-core) is not installed");
        }
        const TestTool::Result ok =
            TestTool::doveadm({QStringLiteral("pw"), QStringLiteral("-t"), hash, QStringLiteral("-p"), password});
        QVERIFY2(ok.ok(), ok.message().constData());
        QVERIFY(ok.out.contains("(verified)"));
    }

    // A NUL never cuts a password short: no hash of what precedes it, no verification against that.
    void nulNeverTruncates()
    {
        const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("bcdefghij");
        QVERIFY(!PasswordHash::isHashable(withNul));
        QVERIFY(PasswordHash::hash(withNul).isNull());
        const QString hashOfA = PasswordHash::hash(QStringLiteral("a"));
        QVERIFY(PasswordHash::verify(QStringLiteral("a"), hashOfA));
        QVERIFY(!PasswordHash::verify(withNul, hashOfA));
        QVERIFY(!PasswordHash::verify(QStringLiteral("a") + QChar(0), hashOfA));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_agentcore_passwordhash.moc"
