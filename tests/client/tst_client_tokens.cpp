// TokenService (the API Tokens page's calls) against a live agent over HTTPS: the list, a token created with a name,
// scopes and a last day (its secret answered once and never listed), the token used through the client core within
// its scope and refused outside it, its last use recorded, the box's refusals as sent (a name taken, an unknown
// token), revoke and the token refused after it; calls aborted when the client goes. And the pure parts: the answers'
// readers, the form fields, the curl examples, the list model with its expired state.
#include "ApiClient.h"
#include "ApiTokens.h"
#include "CertTrustStore.h"
#include "DnsService.h"
#include "JsonJob.h"
#include "TestAgent.h"
#include "TokenListModel.h"
#include "TokenService.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestClientTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readersAndFields();
    void curlExamples();
    void modelAndExpiredState();
    void createUseAndRevoke();
    void refusalsCarryTheBoxSentence();
    void abortedWhenTheClientGoes();

private:
    ApiTokenList tokens();
    // Creates a token; its secret, or empty with the refusal in *error.
    QString create(const NewApiToken& token, ApiError* error = nullptr);
    bool revoke(const QString& name, ApiError* error = nullptr);
    // One GET as the token; the HTTP status (0 when no answer) and the box's text in *text.
    int getAsToken(const QString& secret, const QString& path, QString* text = nullptr);

    TestAgent m_agent;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TokenService> m_service;
};

void TestClientTokens::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_agent.baseUrl(), &m_trust);
    m_client->setSessionCredentials(m_agent.adminEmail(), m_agent.adminPassword());
    m_service = std::make_unique<TokenService>();
    m_service->setClient(m_client.get());
}

ApiTokenList TestClientTokens::tokens()
{
    QSignalSpy loaded(m_service.get(), &TokenService::tokensLoaded);
    if (!m_service->fetchTokens() || !loaded.wait(20000))
        return {{QStringLiteral("(no answer)"), {}, {}, {}, {}}};
    return loaded.first().first().value<ApiTokenList>();
}

QString TestClientTokens::create(const NewApiToken& token, ApiError* error)
{
    QSignalSpy created(m_service.get(), &TokenService::created);
    QSignalSpy failed(m_service.get(), &TokenService::failed);
    const bool sent = m_service->create(token);
    if (sent && !QTest::qWaitFor([&] { return created.count() + failed.count() > 0; }, 20000))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().at(1).value<ApiError>();
        return {};
    }
    if (created.isEmpty())
        return {};
    if (created.first().at(0).toString() != token.name.trimmed() ||
        created.first().at(2).toStringList() != token.scopes)
        return QStringLiteral("(wrong name or scopes)");
    return created.first().at(1).toString();
}

bool TestClientTokens::revoke(const QString& name, ApiError* error)
{
    QSignalSpy revoked(m_service.get(), &TokenService::revoked);
    QSignalSpy failed(m_service.get(), &TokenService::failed);
    if (!m_service->revoke(name) || !QTest::qWaitFor([&] { return revoked.count() + failed.count() > 0; }, 20000))
        return false;
    if (!failed.isEmpty() && error)
        *error = failed.first().at(1).value<ApiError>();
    return !revoked.isEmpty() && revoked.first().first().toString() == name;
}

int TestClientTokens::getAsToken(const QString& secret, const QString& path, QString* text)
{
    // The client core itself, with the token as the user `token` and its secret as the password.
    ApiClient client(m_agent.baseUrl(), &m_trust);
    client.setSessionCredentials(QStringLiteral("token"), secret);
    JsonJob* job = client.getJson(path);
    QSignalSpy finished(job, &JsonJob::finished);
    QSignalSpy failed(job, &ApiJob::failed);
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000))
        return 0;
    if (!failed.isEmpty()) {
        const ApiError error = failed.first().first().value<ApiError>();
        if (text)
            *text = error.serverText;
        return error.httpStatus;
    }
    return 200;
}

void TestClientTokens::readersAndFields()
{
    ApiTokenList list;
    const QByteArray answer = R"([{"name":"router","scopes":"dns:example.com status:read",
        "created":"2026-12-01T10:00:00Z","last_used":null,"expires":"2027-01-02T00:00:00Z"},
        {"name":"ops","scopes":"admin","created":"2026-12-02T08:30:00Z","last_used":"2026-12-03T09:15:00Z",
         "expires":null}])";
    QVERIFY(ApiTokens::parseList(QJsonDocument::fromJson(answer), &list));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("router"));
    QCOMPARE(list.at(0).scopes, (QStringList{QStringLiteral("dns:example.com"), QStringLiteral("status:read")}));
    QCOMPARE(list.at(0).created, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!list.at(0).lastUsed.isValid());
    QCOMPARE(list.at(0).expires, QDateTime(QDate(2027, 1, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(list.at(1).lastUsed, QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC));
    QVERIFY(!list.at(1).expires.isValid());
    // Not a list, a token without a name, a time that is not one: refused as a whole.
    QVERIFY(!ApiTokens::parseList(QJsonDocument::fromJson(R"({"name":"x"})"), &list));
    QVERIFY(!ApiTokens::parseList(QJsonDocument::fromJson(R"([{"scopes":"admin","created":"2026-12-01"}])"), &list));
    QVERIFY(!ApiTokens::parseList(QJsonDocument::fromJson(R"([{"name":"a","scopes":"admin","created":"yesterday"}])"),
                                  &list));

    QString name;
    QString secret;
    QVERIFY(ApiTokens::parseCreated(QJsonDocument::fromJson(R"({"name":"a","secret":"s3cr3t"})"), &name, &secret));
    QCOMPARE(secret, QStringLiteral("s3cr3t"));
    QVERIFY(!ApiTokens::parseCreated(QJsonDocument::fromJson(R"({"name":"a"})"), &name, &secret));

    const NewApiToken token{QStringLiteral(" router "),
                            {QStringLiteral("dns:example.com"), QStringLiteral("status:read")},
                            QDate(2027, 3, 1)};
    QCOMPARE(ApiTokens::createFields(token),
             (QList<QPair<QString, QString>>{{QStringLiteral("name"), QStringLiteral("router")},
                                             {QStringLiteral("scopes"), QStringLiteral("dns:example.com status:read")},
                                             {QStringLiteral("expires"), QStringLiteral("2027-03-01")}}));
    QCOMPARE(ApiTokens::createFields({QStringLiteral("a"), {QStringLiteral("admin")}, QDate()}).at(2).second,
             QString());
    QCOMPARE(ApiTokens::dnsScope(QStringLiteral(" Example.COM ")), QStringLiteral("dns:example.com"));
}

void TestClientTokens::curlExamples()
{
    const QString host = QStringLiteral("box.example.com");
    QCOMPARE(ApiTokens::curlExample(host, QStringLiteral("S"), {QStringLiteral("dns:example.com")}),
             QStringLiteral("curl -X PUT --user token:S -d 192.0.2.10 "
                            "https://box.example.com/admin/dns/custom/home.example.com/A"));
    QCOMPARE(ApiTokens::curlExample(host, QStringLiteral("S"), {QStringLiteral("mail:read")}),
             QStringLiteral("curl --user token:S https://box.example.com/admin/mail/users?format=json"));
    QCOMPARE(ApiTokens::curlExample(host, QStringLiteral("S"), {QStringLiteral("status:read")}),
             QStringLiteral("curl -X POST --user token:S https://box.example.com/admin/system/status"));
    QCOMPARE(ApiTokens::curlExample(host, QStringLiteral("S"), {QStringLiteral("backup:read")}),
             QStringLiteral("curl --user token:S https://box.example.com/admin/system/backup/status"));
    // A token for several things: the DNS case first (the one a device uses).
    QVERIFY(ApiTokens::curlExample(host, QStringLiteral("S"),
                                   {QStringLiteral("mail:read"), QStringLiteral("dns:example.org")})
                .contains(QLatin1String("/admin/dns/custom/home.example.org/A")));
    // Every example names the secret once, as the password of the user `token`.
    for (const QString& scope : ApiTokens::fixedScopes()) {
        const QString example = ApiTokens::curlExample(host, QStringLiteral("SECRET"), {scope});
        QCOMPARE(example.count(QLatin1String("--user token:SECRET ")), 1);
        QVERIFY2(example.contains(QLatin1String("https://box.example.com/admin/")), qPrintable(example));
    }
}

void TestClientTokens::modelAndExpiredState()
{
    TokenListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime created(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    model.setTokens({{QStringLiteral("router"),
                      {QStringLiteral("dns:example.com")},
                      created,
                      QDateTime(),
                      QDateTime(QDate(2027, 1, 2), QTime(0, 0), Qt::UTC)},
                     {QStringLiteral("ops"), {QStringLiteral("admin")}, created, created.addDays(1), QDateTime()}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TokenListModel::ColumnCount));
    model.setNow(QDateTime(QDate(2027, 1, 1), QTime(23, 59), Qt::UTC));
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, TokenListModel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(cell(0, TokenListModel::LastUsedColumn), QStringLiteral("never"));
    QCOMPARE(cell(1, TokenListModel::ExpiresColumn), QStringLiteral("never"));
    QCOMPARE(cell(0, TokenListModel::CreatedColumn), created.toLocalTime().date().toString(Qt::ISODate));
    QCOMPARE(model.index(0, TokenListModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
             created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(QDateTime(QDate(2027, 1, 2), QTime(0, 0), Qt::UTC)); // the first moment it no longer works
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(0, TokenListModel::StateColumn), QStringLiteral("Expired"));
    QVERIFY(model.index(0, 0).data(TokenListModel::ExpiredRole).toBool());
    QCOMPARE(cell(1, TokenListModel::StateColumn), QStringLiteral("Active")); // never expires
    QCOMPARE(model.index(1, 0).data(TokenListModel::FilterTextRole).toString(), QStringLiteral("ops admin"));
    // Never expiring sorts after every date.
    QVERIFY(model.index(1, TokenListModel::ExpiresColumn).data(TokenListModel::SortRole).toLongLong() >
            model.index(0, TokenListModel::ExpiresColumn).data(TokenListModel::SortRole).toLongLong());
    QVERIFY(model.removeToken(QStringLiteral("router")));
    QVERIFY(!model.removeToken(QStringLiteral("router")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.indexOf(QStringLiteral("ops")).row(), 0);
}

void TestClientTokens::createUseAndRevoke()
{
    QVERIFY(tokens().isEmpty());
    const QDate lastDay = QDate::currentDate().addDays(30);
    const QString secret = create({QStringLiteral("router"), {QStringLiteral("dns:example.com")}, lastDay});
    QVERIFY(!secret.isEmpty());
    QVERIFY(!secret.startsWith(QLatin1Char('(')));
    QVERIFY(secret.size() >= 32);

    ApiTokenList list = tokens();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).name, QStringLiteral("router"));
    QCOMPARE(list.at(0).scopes, QStringList{QStringLiteral("dns:example.com")});
    QVERIFY(qAbs(list.at(0).created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!list.at(0).lastUsed.isValid());
    // The token works through its last day (UTC).
    QCOMPARE(list.at(0).expires, QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC));
    QVERIFY(!list.at(0).isExpired(QDateTime::currentDateTimeUtc()));

    // Through the client core as the token: its zone's custom records, nothing else.
    QCOMPARE(getAsToken(secret, QStringLiteral("/dns/custom/home.example.com/A")), 200);
    {
        ApiClient client(m_agent.baseUrl(), &m_trust);
        client.setSessionCredentials(QStringLiteral("token"), secret);
        DnsService dns;
        dns.setClient(&client);
        QSignalSpy changed(&dns, &DnsService::recordChanged);
        QSignalSpy failed(&dns, &DnsService::changeFailed);
        QVERIFY(dns.changeRecord({DnsRecordChange::Kind::Replace, QStringLiteral("home.example.com"),
                                  QStringLiteral("A"), QStringLiteral("192.0.2.10")}));
        QVERIFY(QTest::qWaitFor([&] { return changed.count() + failed.count() > 0; }, 60000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<ApiError>().serverText));
    }
    QString text;
    QCOMPARE(getAsToken(secret, QStringLiteral("/mail/users"), &text), 403);
    QVERIFY2(text.contains(QLatin1String("scope"), Qt::CaseInsensitive), qPrintable(text));
    QCOMPARE(getAsToken(secret, ApiTokens::path()), 403);

    list = tokens();
    QCOMPARE(list.size(), 1);
    QVERIFY(list.at(0).lastUsed.isValid());
    QVERIFY(qAbs(list.at(0).lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // An admin token, listed beside it by name; revoked, it is refused.
    const QString admin = create({QStringLiteral("ops"), {QStringLiteral("admin")}, QDate()});
    QVERIFY(!admin.isEmpty());
    QCOMPARE(getAsToken(admin, QStringLiteral("/mail/users")), 200);
    list = tokens();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("ops"));
    QVERIFY(!list.at(0).expires.isValid());
    QVERIFY(revoke(QStringLiteral("ops")));
    QCOMPARE(getAsToken(admin, QStringLiteral("/mail/users")), 401);
    list = tokens();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).name, QStringLiteral("router"));
    // The secret is listed nowhere.
    QSignalSpy loaded(m_service.get(), &TokenService::tokensLoaded);
    JsonJob* raw = m_client->getJson(ApiTokens::path());
    QSignalSpy rawDone(raw, &JsonJob::finished);
    QVERIFY(rawDone.wait(20000));
    const QByteArray body = rawDone.first().first().value<QJsonDocument>().toJson();
    QVERIFY(body.contains("router"));
    QVERIFY(!body.contains(secret.toUtf8()));
    QVERIFY(revoke(QStringLiteral("router")));
    QCOMPARE(getAsToken(secret, QStringLiteral("/dns/custom/home.example.com/A")), 401);
    QVERIFY(tokens().isEmpty());
}

void TestClientTokens::refusalsCarryTheBoxSentence()
{
    QVERIFY(!create({QStringLiteral("twice"), {QStringLiteral("status:read")}, QDate()}).isEmpty());
    ApiError error;
    QVERIFY(create({QStringLiteral("twice"), {QStringLiteral("status:read")}, QDate()}, &error).isEmpty());
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverText.trimmed(), QStringLiteral("A token named twice already exists."));
    // A scope the box does not know: its sentence names the scopes it knows.
    error = {};
    QVERIFY(create({QStringLiteral("odd"), {QStringLiteral("mail:everything")}, QDate()}, &error).isEmpty());
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.serverText.contains(QLatin1String("mail:everything")), qPrintable(error.serverText));
    // A last day in the past.
    error = {};
    QVERIFY(
        create({QStringLiteral("old"), {QStringLiteral("admin")}, QDate::currentDate().addDays(-2)}, &error).isEmpty());
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.serverText.contains(QLatin1String("future")), qPrintable(error.serverText));
    // Checked before anything is sent: no name, no scope.
    QSignalSpy failed(m_service.get(), &TokenService::failed);
    QVERIFY(!m_service->create({QStringLiteral("  "), {QStringLiteral("admin")}, QDate()}));
    QVERIFY(!m_service->create({QStringLiteral("x"), {}, QDate()}));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Parse);
    QVERIFY(!m_service->isBusy());
    // Revoking what is not there.
    error = {};
    QVERIFY(!revoke(QStringLiteral("nobody"), &error));
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverText.trimmed(), QStringLiteral("That's not a token (nobody)."));
    QVERIFY(revoke(QStringLiteral("twice")));
}

void TestClientTokens::abortedWhenTheClientGoes()
{
    TokenService service;
    QVERIFY(!service.fetchTokens()); // no client
    service.setClient(m_client.get());
    QSignalSpy busy(&service, &TokenService::busyChanged);
    QSignalSpy loaded(&service, &TokenService::tokensLoaded);
    QSignalSpy failed(&service, &TokenService::failed);
    QVERIFY(service.fetchTokens());
    QVERIFY(!service.fetchTokens()); // one list at a time
    QVERIFY(service.isBusy(TokenService::Call::List));
    service.setClient(nullptr);
    QVERIFY(!service.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
    QTest::qWait(500);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestClientTokens)
#include "tst_client_tokens.moc"
