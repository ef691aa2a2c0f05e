#include "tst_auth_support.h"

#include "TestDatabase.h"

#include "auth/Totp.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace AuthTestSupport;

// Two-factor authentication through the API (api.md §3.5, §8), with codes computed here.
class TestAuthMfa : public QObject
{
    Q_OBJECT
private:
    TestAgent m_agent;
    std::unique_ptr<TestHttp> m_http;
    const QString m_other = QStringLiteral("other@example.com");

    TestHttp::Reply post(const QString& path, const QList<QPair<QString, QString>>& fields, const Headers& headers)
    {
        return m_http->postForm(m_agent.url(path), fields, headers);
    }
    // A catalogue message (api.md §8, §11.1): 400, the exact text, and not one row of the database changed.
    void expectRejected(const QString& path, const QList<QPair<QString, QString>>& fields, const Headers& headers,
                        const QByteArray& message)
    {
        const QString before = TestDatabase::dump(m_agent.databasePath());
        const auto reply = post(path, fields, headers);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body, message);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(TestDatabase::dump(m_agent.databasePath()), before);
    }
    Headers adminPassword() const { return {TestHttp::basicAuth(m_agent.adminEmail(), m_agent.adminPassword())}; }
    static void avoidStepBoundary()
    {
        while (QDateTime::currentSecsSinceEpoch() % 30 >= 27) {
            QTest::qWait(250);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error, {QStringLiteral("--max-failed-logins"), QStringLiteral("1000000")}),
                 qPrintable(error));
        m_http = std::make_unique<TestHttp>(m_agent.certificate());
        QVERIFY(addUser(m_agent, m_other, QStringLiteral("other-password"), QString()));
    }

    void statusForSelf()
    {
        const auto reply = post(QStringLiteral("/mfa/status"), {}, adminPassword());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject status = jsonObject(reply);
        QCOMPARE(status.value(QStringLiteral("enabled_mfa")).toArray().size(), 0);
        const QJsonObject totp =
            status.value(QStringLiteral("new_mfa")).toObject().value(QStringLiteral("totp")).toObject();
        QCOMPARE(totp.keys(),
                 (QStringList{QStringLiteral("qr_code_base64"), QStringLiteral("secret"), QStringLiteral("type")}));
        QCOMPARE(totp.value(QStringLiteral("type")).toString(), QStringLiteral("totp"));
        const QString secret = totp.value(QStringLiteral("secret")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch());
        const QByteArray png =
            QByteArray::fromBase64(totp.value(QStringLiteral("qr_code_base64")).toString().toLatin1());
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        // A fresh secret on every call; nothing stored.
        const QJsonObject again = jsonObject(post(QStringLiteral("/mfa/status"), {}, adminPassword()));
        QVERIFY(again.value(QStringLiteral("new_mfa"))
                    .toObject()
                    .value(QStringLiteral("totp"))
                    .toObject()
                    .value(QStringLiteral("secret")) != secret);
        // Body layout: upstream's indented, sorted JSON.
        QVERIFY(reply.body.startsWith("{\n  \"enabled_mfa\": [],\n  \"new_mfa\": {\n    \"totp\": {\n"
                                      "      \"qr_code_base64\": \""));
    }

    void statusForOthers()
    {
        auto reply = post(QStringLiteral("/mfa/status"), {{QStringLiteral("user"), m_other}}, adminPassword());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{\n  \"enabled_mfa\": []\n}\n"));
        expectRejected(QStringLiteral("/mfa/status"), {{QStringLiteral("user"), QStringLiteral("nobody@example.com")}},
                       adminPassword(), "User does not exist.");
        expectRejected(QStringLiteral("/mfa/status"), {{QStringLiteral("user"), QString()}}, adminPassword(),
                       "User does not exist.");
        expectRejected(QStringLiteral("/mfa/status"), {}, {TestHttp::basicAuth(m_agent.systemApiKey(), QString())},
                       "User does not exist.");
    }

    void enableValidation_data()
    {
        QTest::addColumn<QStringList>("fields"); // name, value pairs
        QTest::addColumn<QString>("message");
        const QString good = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        QTest::newRow("no token") << QStringList{QStringLiteral("secret"), good} << QStringLiteral("Bad Input");
        QTest::newRow("no secret") << QStringList{QStringLiteral("token"), QStringLiteral("123456")}
                                   << QStringLiteral("No secret provided.");
        QTest::newRow("blank secret") << QStringList{QStringLiteral("token"), QStringLiteral("123456"),
                                                     QStringLiteral("secret"), QStringLiteral("   ")}
                                      << QStringLiteral("No secret provided.");
        QTest::newRow("short secret") << QStringList{QStringLiteral("token"), QStringLiteral("123456"),
                                                     QStringLiteral("secret"), QStringLiteral("ABCDEFGH")}
                                      << QStringLiteral("Secret should be a 32 characters base32 string");
        QTest::newRow("not base32") << QStringList{QStringLiteral("token"), QStringLiteral("123456"),
                                                   QStringLiteral("secret"),
                                                   QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1")}
                                    << QStringLiteral("Non-base32 digit found");
        QTest::newRow("wrong token") << QStringList{QStringLiteral("token"), QStringLiteral("abcdef"),
                                                    QStringLiteral("secret"), good}
                                     << QStringLiteral("Invalid token.");
    }
    void enableValidation()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, message);
        QList<QPair<QString, QString>> form;
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            form.append({fields.at(i), fields.at(i + 1)});
        }
        expectRejected(QStringLiteral("/mfa/totp/enable"), form, adminPassword(), message.toUtf8());
        const QJsonObject status = jsonObject(
            post(QStringLiteral("/mfa/status"), {{QStringLiteral("user"), m_agent.adminEmail()}}, adminPassword()));
        QCOMPARE(status.value(QStringLiteral("enabled_mfa")).toArray().size(), 0);
    }

    void systemKeyCannotEnable()
    {
        const QByteArray key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        const QString code =
            Totp::at(*Totp::base32Decode(QString::fromLatin1(key)), QDateTime::currentSecsSinceEpoch());
        expectRejected(QStringLiteral("/mfa/totp/enable"),
                       {{QStringLiteral("secret"), QString::fromLatin1(key)}, {QStringLiteral("token"), code}},
                       {TestHttp::basicAuth(m_agent.systemApiKey(), QString())}, "User does not exist.");
        // The system key has no device to disable either.
        expectRejected(QStringLiteral("/mfa/disable"), {}, {TestHttp::basicAuth(m_agent.systemApiKey(), QString())},
                       "User does not exist.");
    }

    void enableLoginDisable()
    {
        avoidStepBoundary();
        const QString admin = m_agent.adminEmail();
        const QString password = m_agent.adminPassword();
        const QString session = login(*m_http, m_agent, admin, password).value(QStringLiteral("api_key")).toString();
        const Headers sessionAuth{TestHttp::basicAuth(admin, session)};
        const QJsonObject status = jsonObject(post(QStringLiteral("/mfa/status"), {}, sessionAuth));
        const QString secret = status.value(QStringLiteral("new_mfa"))
                                   .toObject()
                                   .value(QStringLiteral("totp"))
                                   .toObject()
                                   .value(QStringLiteral("secret"))
                                   .toString();
        const QByteArray key = *Totp::base32Decode(secret);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString code = Totp::at(key, now);

        auto reply = post(QStringLiteral("/mfa/totp/enable"),
                          {{QStringLiteral("secret"), secret},
                           {QStringLiteral("token"), code},
                           {QStringLiteral("label"), QStringLiteral("my phone")}},
                          sessionAuth);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("OK"));

        // The session that enabled it is dead now (the password-state token changed).
        reply = post(QStringLiteral("/mfa/status"), {}, sessionAuth);
        QCOMPARE(reply.status, 401);

        // Login needs the code now.
        QJsonObject answer = login(*m_http, m_agent, admin, password);
        QCOMPARE(answer, (QJsonObject{{QStringLiteral("reason"), QStringLiteral("missing-totp-token")},
                                      {QStringLiteral("status"), QStringLiteral("missing-totp-token")}}));
        answer = login(*m_http, m_agent, admin, password, code == QLatin1String("000000") ? "111111" : "000000");
        QCOMPARE(answer, (QJsonObject{{QStringLiteral("reason"), QStringLiteral("invalid-totp-token")},
                                      {QStringLiteral("status"), QStringLiteral("invalid")}}));
        // The code that enabled the device counts as used (upstream lets it log in once more), and so does every
        // code of an earlier step.
        answer = login(*m_http, m_agent, admin, password, code.toLatin1());
        QCOMPARE(answer.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid-totp-token"));
        answer = login(*m_http, m_agent, admin, password, Totp::at(key, now - 30).toLatin1());
        QCOMPARE(answer.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid-totp-token"));
        const QByteArray next = Totp::at(key, now + 30).toLatin1();
        answer = login(*m_http, m_agent, admin, password, next);
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QString mfaSession = answer.value(QStringLiteral("api_key")).toString();
        // The same code again: replay refused; and the two codes of the window cannot be used alternately.
        answer = login(*m_http, m_agent, admin, password, next);
        QCOMPARE(answer.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid-totp-token"));
        answer = login(*m_http, m_agent, admin, password, code.toLatin1());
        QCOMPARE(answer.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid-totp-token"));
        // Password calls need a code each time (a used one is refused there too); session calls do not.
        reply = post(QStringLiteral("/mfa/status"), {}, adminPassword());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("X-Reason"), QByteArray("missing-totp-token"));
        for (const QByteArray& used : {next, code.toLatin1()}) {
            Headers withCode = adminPassword();
            withCode.append({"X-Auth-Token", used});
            reply = post(QStringLiteral("/mfa/status"), {}, withCode);
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.header("X-Reason"), QByteArray("invalid-totp-token"));
        }
        const Headers mfaAuth{TestHttp::basicAuth(admin, mfaSession)};
        reply = post(QStringLiteral("/mfa/status"), {}, mfaAuth);
        QCOMPARE(reply.status, 200);
        const QJsonArray enabled = jsonObject(reply).value(QStringLiteral("enabled_mfa")).toArray();
        QCOMPARE(enabled.size(), 1);
        const QJsonObject device = enabled.first().toObject();
        QCOMPARE(device.value(QStringLiteral("label")).toString(), QStringLiteral("my phone"));
        QCOMPARE(device.value(QStringLiteral("type")).toString(), QStringLiteral("totp"));
        QVERIFY(device.value(QStringLiteral("id")).isDouble());
        const int id = device.value(QStringLiteral("id")).toInt();
        QVERIFY(reply.body.contains("\"id\": " + QByteArray::number(id) + ",\n"));

        // Disabling: errors first, each changing nothing (the device is still there).
        expectRejected(QStringLiteral("/mfa/disable"), {{QStringLiteral("mfa-id"), QString::number(id + 1000)}},
                       mfaAuth, "Invalid user or MFA id.");
        expectRejected(QStringLiteral("/mfa/disable"), {{QStringLiteral("user"), QStringLiteral("nobody@example.com")}},
                       mfaAuth, "User does not exist.");
        expectRejected(QStringLiteral("/mfa/disable"), {{QStringLiteral("user"), m_other}}, mfaAuth,
                       "Invalid user or MFA id.");
        // Another user's device id does not name one of the admin's devices.
        expectRejected(QStringLiteral("/mfa/disable"),
                       {{QStringLiteral("user"), m_other}, {QStringLiteral("mfa-id"), QString::number(id)}}, mfaAuth,
                       "Invalid user or MFA id.");
        // A second enable with a bad code while a device exists: nothing added.
        expectRejected(QStringLiteral("/mfa/totp/enable"),
                       {{QStringLiteral("secret"), secret}, {QStringLiteral("token"), QStringLiteral("abcdef")}},
                       mfaAuth, "Invalid token.");
        reply = post(QStringLiteral("/mfa/disable"), {{QStringLiteral("mfa-id"), QString::number(id)}}, mfaAuth);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("OK"));
        // The session died with the change; the password works again without a code.
        QCOMPARE(post(QStringLiteral("/mfa/status"), {}, mfaAuth).status, 401);
        QCOMPARE(post(QStringLiteral("/mfa/status"), {}, adminPassword()).status, 200);
        expectRejected(QStringLiteral("/mfa/disable"), {}, adminPassword(), "Invalid user or MFA id.");
    }

    void labelNullAndDisableAll()
    {
        avoidStepBoundary();
        // Two devices without a label, then "disable all" by an admin for that user.
        const QString email = QStringLiteral("second-admin@example.com");
        QVERIFY(addUser(m_agent, email, QStringLiteral("second-password"), QStringLiteral("admin")));
        const Headers auth{TestHttp::basicAuth(email, login(*m_http, m_agent, email, QStringLiteral("second-password"))
                                                          .value(QStringLiteral("api_key"))
                                                          .toString())};
        const QString secret = Totp::randomSecret();
        const QByteArray key = *Totp::base32Decode(secret);
        QCOMPARE(post(QStringLiteral("/mfa/totp/enable"),
                      {{QStringLiteral("secret"), secret},
                       {QStringLiteral("token"), Totp::at(key, QDateTime::currentSecsSinceEpoch())}},
                      auth)
                     .status,
                 200);
        // A second device, enabled by the user through a new session (the first enable ended the old one).
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject answer =
            login(*m_http, m_agent, email, QStringLiteral("second-password"), Totp::at(key, now + 30).toLatin1());
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const Headers again{TestHttp::basicAuth(email, answer.value(QStringLiteral("api_key")).toString())};
        const QString secret2 = Totp::randomSecret();
        const QByteArray key2 = *Totp::base32Decode(secret2);
        QCOMPARE(post(QStringLiteral("/mfa/totp/enable"),
                      {{QStringLiteral("secret"), secret2}, {QStringLiteral("token"), Totp::at(key2, now)}}, again)
                     .body,
                 QByteArray("OK"));
        // Several devices: one hint per kind, either device's code logs in.
        answer = login(*m_http, m_agent, email, QStringLiteral("second-password"));
        QCOMPARE(answer, (QJsonObject{{QStringLiteral("reason"), QStringLiteral("missing-totp-token")},
                                      {QStringLiteral("status"), QStringLiteral("missing-totp-token")}}));
        answer = login(*m_http, m_agent, email, QStringLiteral("second-password"), Totp::at(key2, now + 30).toLatin1());
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        const Headers admin = adminPassword();
        auto reply = post(QStringLiteral("/mfa/status"), {{QStringLiteral("user"), email}}, admin);
        QCOMPARE(reply.status, 200);
        QCOMPARE(jsonObject(reply).value(QStringLiteral("enabled_mfa")).toArray().size(), 2);
        QCOMPARE(reply.body.count("\"label\": null,"), 2);
        reply = post(QStringLiteral("/mfa/disable"),
                     {{QStringLiteral("user"), email}, {QStringLiteral("mfa-id"), QString()}}, admin);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("OK"));
        QCOMPARE(jsonObject(post(QStringLiteral("/mfa/status"), {{QStringLiteral("user"), email}}, admin))
                     .value(QStringLiteral("enabled_mfa"))
                     .toArray()
                     .size(),
                 0);
        // The password alone logs in again.
        QCOMPARE(login(*m_http, m_agent, email, QStringLiteral("second-password")).value(QStringLiteral("status")),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestAuthMfa)
#include "tst_auth_mfa.moc"
