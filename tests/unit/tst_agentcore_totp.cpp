#include "auth/Clock.h"
#include "auth/Totp.h"

#include <QTest>
#include <QUrl>

class TestTotp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RFC 6238 appendix B, SHA-1 (8 digits, key "12345678901234567890").
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
    }
    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        const QByteArray key("12345678901234567890");
        QCOMPARE(Totp::at(key, time, 8), code);
        // The 6-digit code is the same number's last six digits.
        QCOMPARE(Totp::at(key, time), code.right(6));
    }

    // RFC 4226 appendix D (HOTP).
    void rfc4226Vectors()
    {
        const QByteArray key("12345678901234567890");
        const QStringList expected{QStringLiteral("755224"), QStringLiteral("287082"), QStringLiteral("359152"),
                                   QStringLiteral("969429"), QStringLiteral("338314"), QStringLiteral("254676"),
                                   QStringLiteral("287922"), QStringLiteral("162583"), QStringLiteral("399871"),
                                   QStringLiteral("520489")};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(Totp::hotp(key, quint64(i)), expected.at(i));
        }
    }

    void window()
    {
        ManualClock clock(qint64(1700000000) * 1000 + 10000); // 10 s into a step
        const QByteArray key("12345678901234567890");
        const qint64 now = clock.nowSecs();
        QVERIFY(Totp::verify(key, Totp::at(key, now), now));
        QVERIFY(Totp::verify(key, Totp::at(key, now - 30), now));
        QVERIFY(Totp::verify(key, Totp::at(key, now + 30), now));
        QVERIFY(!Totp::verify(key, Totp::at(key, now - 60), now));
        QVERIFY(!Totp::verify(key, Totp::at(key, now + 60), now));
        // Moving the clock: the code of the previous step is accepted for one more step only.
        const QString code = Totp::at(key, now);
        clock.advanceSecs(30);
        QVERIFY(Totp::verify(key, code, clock.nowSecs()));
        clock.advanceSecs(30);
        QVERIFY(!Totp::verify(key, code, clock.nowSecs()));
        // Malformed codes.
        QVERIFY(!Totp::verify(key, QString(), now));
        QVERIFY(!Totp::verify(key, QStringLiteral("12345"), now));
        QVERIFY(!Totp::verify(key, QStringLiteral(" ") + Totp::at(key, now), now));
        QVERIFY(!Totp::verify(key, QStringLiteral("abcdef"), now));
        // The step a code belongs to.
        const qint64 step = Totp::stepAt(now);
        QCOMPARE(step, qint64(1700000010 / 30));
        QCOMPARE(Totp::matchingStep(key, Totp::at(key, now - 30), now), std::optional<qint64>(step - 1));
        QCOMPARE(Totp::matchingStep(key, Totp::at(key, now), now), std::optional<qint64>(step));
        QCOMPARE(Totp::matchingStep(key, Totp::at(key, now + 30), now), std::optional<qint64>(step + 1));
        QCOMPARE(Totp::matchingStep(key, Totp::at(key, now + 60), now), std::nullopt);
    }

    void base32()
    {
        QCOMPARE(Totp::base32Encode("12345678901234567890"), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(Totp::base32Encode("f"), QStringLiteral("MY"));
        QCOMPARE(Totp::base32Encode("foobar"), QStringLiteral("MZXW6YTBOI"));
        QCOMPARE(*Totp::base32Decode(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")),
                 QByteArray("12345678901234567890"));
        QCOMPARE(*Totp::base32Decode(QStringLiteral("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")),
                 QByteArray("12345678901234567890"));
        QCOMPARE(*Totp::base32Decode(QStringLiteral("MZXW6YTBOI======")), QByteArray("foobar"));
        QString error;
        QVERIFY(!Totp::base32Decode(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1"), &error));
        QCOMPARE(error, QStringLiteral("Non-base32 digit found"));
        QVERIFY(!Totp::base32Decode(QStringLiteral("MZXW6YTBOI"), &error));
        QCOMPARE(error, QStringLiteral("Incorrect padding"));
        QVERIFY(!Totp::base32Decode(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ\u0131"), &error));
        QCOMPARE(error, QStringLiteral("string argument should contain only ASCII characters"));
        QVERIFY(!Totp::base32Decode(QStringLiteral("GEZDGNBV=Y3TQOJQ"), &error));
        QCOMPARE(error, QStringLiteral("Non-base32 digit found"));
        QVERIFY(!Totp::base32Decode(QStringLiteral("MZXW6YT======="), &error)); // 7 padding characters
        QCOMPARE(error, QStringLiteral("Incorrect padding"));
        const QString secret = Totp::randomSecret();
        QCOMPARE(secret.size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch());
        QCOMPARE(Totp::base32Decode(secret)->size(), 20);
        QVERIFY(Totp::randomSecret() != secret);
    }

    void provisioningUri()
    {
        const QString uri =
            Totp::provisioningUri(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), QStringLiteral("me@example.com"),
                                  QStringLiteral("box.example.com Mail-in-a-Box Control Panel"));
        QCOMPARE(uri, QStringLiteral("otpauth://totp/box.example.com%20Mail-in-a-Box%20Control%20Panel:me%40example.com"
                                     "?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
                                     "&issuer=box.example.com%20Mail-in-a-Box%20Control%20Panel"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_agentcore_totp.moc"
