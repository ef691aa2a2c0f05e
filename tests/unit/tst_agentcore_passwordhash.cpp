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
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_agentcore_passwordhash.moc"
