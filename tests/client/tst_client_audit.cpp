// AuditService (the Audit Log page's calls) and its data: the route's answer read as the contract gives it (entries
// newest first, `next` or null), the query built from the filters (local days as UTC boundaries, values encoded), the
// entries' texts (who, action, parameters, result), the CSV export read back, the model with "load older" appending;
// and against a live agent: changes made, then searched by who, what and result, paged with `before`, a bad
// parameter refused with the box's sentence, calls aborted when the client goes.
#include "ApiClient.h"
#include "AuditLog.h"
#include "AuditModel.h"
#include "AuditService.h"
#include "CertTrustStore.h"
#include "CsvDocument.h"
#include "JsonJob.h"
#include "TestAgent.h"
#include "TextJob.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace {

AuditEntry entry(qint64 id)
{
    AuditEntry e;
    e.id = id;
    e.time = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC).addSecs(id);
    e.user = QStringLiteral("admin@example.com");
    e.method = QStringLiteral("POST");
    e.path = QStringLiteral("/mail/aliases/add");
    e.result = QStringLiteral("ok");
    e.status = 200;
    return e;
}

} // namespace

class TestClientAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheContractAnswer();
    void queryFromFilters();
    void csvReadsBack();
    void modelAppendsOlder();
    void liveSearchFilterAndPages();
    void abortedWhenTheClientGoes();

private:
    // One search or loadOlder() answered; the entries, or the refusal in *error.
    AuditEntryList wait(bool sent, bool* hasOlder = nullptr, ApiError* error = nullptr);
    int post(const QString& path, const QList<QPair<QString, QString>>& fields);

    TestAgent m_agent;
    CertTrustStore m_trust;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuditService> m_service;
};

// The example answer of the contract (AUDIT_API.md).
static const QByteArray ContractAnswer = R"({"entries": [
  {"id": 42, "time": "2026-12-07T14:03:11Z", "user": "admin@example.com", "token": "", "client": "127.0.0.1",
   "method": "POST", "route": "/mail/users/add", "path": "/mail/users/add",
   "params": {"email": "a@example.com", "password": "***", "privileges": ""}, "status": 200, "result": "ok",
   "message": ""},
  {"id": 40, "time": "2026-12-07T13:00:00Z", "user": "", "token": "router", "client": "192.0.2.7",
   "method": "PUT", "route": "/dns/custom/<qname>/<rtype>", "path": "/dns/custom/home.example.com/A",
   "params": {"value": "192.0.2.10"}, "status": 403, "result": "refused",
   "message": "This token's scopes (dns:example.org) do not allow PUT /dns/custom/home.example.com/A."}],
  "next": 17})";

void TestClientAudit::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_trust.setPin(ApiClient::hostKey(m_agent.baseUrl()), m_agent.fingerprint());
    m_client = std::make_unique<ApiClient>(m_agent.baseUrl(), &m_trust);
    m_client->setSessionCredentials(m_agent.adminEmail(), m_agent.adminPassword());
    m_service = std::make_unique<AuditService>();
    m_service->setClient(m_client.get());
}

AuditEntryList TestClientAudit::wait(bool sent, bool* hasOlder, ApiError* error)
{
    if (!sent)
        return {};
    QSignalSpy loaded(m_service.get(), &AuditService::pageLoaded);
    QSignalSpy failed(m_service.get(), &AuditService::loadFailed);
    if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 20000))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().value<ApiError>();
        return {};
    }
    if (hasOlder)
        *hasOlder = loaded.first().at(2).toBool();
    return loaded.first().first().value<AuditEntryList>();
}

int TestClientAudit::post(const QString& path, const QList<QPair<QString, QString>>& fields)
{
    TextJob* job = m_client->postForm(path, fields);
    QSignalSpy done(job, &TextJob::finished);
    QSignalSpy failed(job, &ApiJob::failed);
    if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 30000))
        return 0;
    return failed.isEmpty() ? 200 : failed.first().first().value<ApiError>().httpStatus;
}

void TestClientAudit::readsTheContractAnswer()
{
    AuditLogPage page;
    QVERIFY(AuditLog::parsePage(QJsonDocument::fromJson(ContractAnswer), &page));
    QCOMPARE(page.entries.size(), 2);
    QCOMPARE(page.next, std::optional<qint64>(17));
    const AuditEntry& first = page.entries.at(0);
    QCOMPARE(first.id, 42);
    QCOMPARE(first.time, QDateTime(QDate(2026, 12, 7), QTime(14, 3, 11), Qt::UTC));
    QCOMPARE(first.who(), QStringLiteral("admin@example.com"));
    QCOMPARE(first.action(), QStringLiteral("POST /mail/users/add"));
    QCOMPARE(first.paramsText(), QStringLiteral("email=a@example.com, password=***, privileges="));
    QCOMPARE(first.resultText(), QStringLiteral("OK"));
    const AuditEntry& second = page.entries.at(1);
    QCOMPARE(second.who(), QStringLiteral("token router"));
    QCOMPARE(second.client, QStringLiteral("192.0.2.7"));
    QCOMPARE(second.action(), QStringLiteral("PUT /dns/custom/home.example.com/A"));
    QCOMPARE(second.resultText(), QStringLiteral("Refused (403): This token's scopes (dns:example.org) do not allow "
                                                 "PUT /dns/custom/home.example.com/A."));

    // The box's system API key (its local tools) as who.
    QVERIFY(AuditLog::parsePage(
        QJsonDocument::fromJson(R"({"entries": [{"id": 1, "time": "2026-12-07T10:00:00Z", "user": "", "token": "",
                                    "system_key": true, "method": "POST", "path": "/dns/update"}], "next": null})"),
        &page));
    QCOMPARE(page.entries.at(0).who(), QStringLiteral("system API key"));
    // A refusal the box answered in JSON: its reason.
    AuditEntry refused = entry(5);
    refused.result = QStringLiteral("refused");
    refused.status = 401;
    refused.message = QStringLiteral(R"({"reason": "Incorrect email address or password.", "status": "invalid"})");
    QCOMPARE(refused.resultText(), QStringLiteral("Refused (401): Incorrect email address or password."));

    // The last page: next is null.
    QVERIFY(AuditLog::parsePage(QJsonDocument::fromJson(R"({"entries": [], "next": null})"), &page));
    QVERIFY(page.entries.isEmpty());
    QVERIFY(!page.next.has_value());
    // Not the shape of the contract.
    QVERIFY(!AuditLog::parsePage(QJsonDocument::fromJson(R"([])"), &page));
    QVERIFY(!AuditLog::parsePage(QJsonDocument::fromJson(R"({"entries": {}})"), &page));
    QVERIFY(!AuditLog::parsePage(QJsonDocument::fromJson(R"({"entries": [{"id": 1, "time": "soon"}]})"), &page));
    QVERIFY(!AuditLog::parsePage(QJsonDocument::fromJson(R"({"entries": [], "next": "x"})"), &page));
}

void TestClientAudit::queryFromFilters()
{
    QUrlQuery q = AuditLog::query({}, std::nullopt, 100);
    QCOMPARE(q.toString(QUrl::FullyEncoded), QStringLiteral("limit=100"));

    AuditFilter f;
    f.who = QStringLiteral(" a+b&c@example.com ");
    f.what = QStringLiteral("/mail/users");
    f.result = QStringLiteral("refused");
    f.since = QDate(2026, 12, 1);
    f.until = QDate(2026, 12, 7);
    q = AuditLog::query(f, 17, 50);
    QUrl url(QStringLiteral("https://box.example.com/admin/boxkeeper/audit"));
    url.setQuery(q);
    // What the box reads back (as a form decoder would: %XX decoded, + a space): the values as typed.
    const QUrlQuery back(url.query(QUrl::FullyEncoded));
    const auto value = [&back](const char* key) {
        return QUrl::fromPercentEncoding(back.queryItemValue(QLatin1String(key), QUrl::FullyEncoded).toLatin1());
    };
    QVERIFY2(!url.query(QUrl::FullyEncoded).contains(QLatin1Char('+')), qPrintable(url.query(QUrl::FullyEncoded)));
    QCOMPARE(value("who"), QStringLiteral("a+b&c@example.com"));
    QCOMPARE(value("what"), QStringLiteral("/mail/users"));
    QCOMPARE(value("result"), QStringLiteral("refused"));
    QCOMPARE(value("before"), QStringLiteral("17"));
    QCOMPARE(value("limit"), QStringLiteral("50"));
    // Local days, sent as the UTC moments they begin and end.
    const QDateTime since = QDateTime::fromString(value("since"), Qt::ISODate);
    const QDateTime until = QDateTime::fromString(value("until"), Qt::ISODate);
    QVERIFY(value("since").endsWith(QLatin1Char('Z')));
    QCOMPARE(since, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::LocalTime).toUTC());
    QCOMPARE(until, QDateTime(QDate(2026, 12, 7), QTime(23, 59, 59), Qt::LocalTime).toUTC());
}

void TestClientAudit::csvReadsBack()
{
    AuditLogPage page;
    QVERIFY(AuditLog::parsePage(QJsonDocument::fromJson(ContractAnswer), &page));
    const QString text = AuditLog::csv(page.entries);
    QList<CsvDocument::Record> records;
    QString error;
    QVERIFY2(CsvDocument::parse(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).fields,
             (QStringList{QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("local_time"),
                          QStringLiteral("user"), QStringLiteral("token"), QStringLiteral("client"),
                          QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("parameters"),
                          QStringLiteral("status"), QStringLiteral("result"), QStringLiteral("message")}));
    QCOMPARE(records.at(1).fields.at(0), QStringLiteral("42"));
    QCOMPARE(records.at(1).fields.at(1), QStringLiteral("2026-12-07T14:03:11Z"));
    QCOMPARE(records.at(1).fields.at(8), QStringLiteral("email=a@example.com, password=***, privileges="));
    QCOMPARE(records.at(2).fields.at(4), QStringLiteral("router"));
    QCOMPARE(records.at(2).fields.at(7), QStringLiteral("/dns/custom/home.example.com/A"));
    QCOMPARE(records.at(2).fields.at(9), QStringLiteral("403"));
    QCOMPARE(records.at(2).fields.at(10), QStringLiteral("refused"));
    QVERIFY(records.at(2).fields.at(11).startsWith(QLatin1String("This token's scopes")));
}

void TestClientAudit::modelAppendsOlder()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry(9), entry(8), entry(7)});
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEntries({entry(7), entry(6), entry(5)}); // 7 is there already
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(3, 0).data(AuditModel::IdRole).toLongLong(), 6);
    model.appendEntries({entry(5)});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0, AuditModel::TimeColumn).data().toString(),
             entry(9).time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model.index(0, AuditModel::WhoColumn).data().toString(), QStringLiteral("admin@example.com"));
    QCOMPARE(model.index(0, AuditModel::ActionColumn).data().toString(), QStringLiteral("POST /mail/aliases/add"));
    QCOMPARE(model.index(0, AuditModel::ResultColumn).data().toString(), QStringLiteral("OK"));
    QVERIFY(model.index(0, AuditModel::TimeColumn).data(AuditModel::SortRole).toLongLong() >
            model.index(1, AuditModel::TimeColumn).data(AuditModel::SortRole).toLongLong());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestClientAudit::liveSearchFilterAndPages()
{
    ApiError error;
    AuditEntryList entries = wait(m_service->search({}), nullptr, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));

    // Three changes and one refusal.
    QCOMPARE(post(QStringLiteral("/mail/users/add"), {{QStringLiteral("email"), QStringLiteral("ann@example.com")},
                                                      {QStringLiteral("password"), QStringLiteral("Secret-pass-1")}}),
             200);
    QCOMPARE(
        post(QStringLiteral("/mail/aliases/add"), {{QStringLiteral("address"), QStringLiteral("team@example.com")},
                                                   {QStringLiteral("forwards_to"), QStringLiteral("ann@example.com")}}),
        200);
    QCOMPARE(post(QStringLiteral("/mail/users/add"), {{QStringLiteral("email"), QStringLiteral("bob@example.com")},
                                                      {QStringLiteral("password"), QStringLiteral("Secret-pass-2")}}),
             200);
    QCOMPARE(post(QStringLiteral("/mail/users/add"), {{QStringLiteral("email"), QStringLiteral("not-an-address")},
                                                      {QStringLiteral("password"), QStringLiteral("Secret-pass-3")}}),
             400);

    entries = wait(m_service->search({}));
    QVERIFY(entries.size() >= 4);
    QCOMPARE(entries.at(0).params.value(QLatin1String("email")).toString(), QStringLiteral("not-an-address"));
    QCOMPARE(entries.at(0).result, QStringLiteral("invalid"));
    QCOMPARE(entries.at(0).status, 400);
    QCOMPARE(entries.at(1).params.value(QLatin1String("email")).toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(entries.at(1).who(), m_agent.adminEmail());
    QCOMPARE(entries.at(1).client, QStringLiteral("127.0.0.1"));
    QCOMPARE(entries.at(1).action(), QStringLiteral("POST /mail/users/add"));
    QCOMPARE(entries.at(1).result, QStringLiteral("ok"));
    for (const AuditEntry& e : std::as_const(entries)) // newest first, never a password
        QVERIFY(!e.paramsText().contains(QLatin1String("Secret-pass")));
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).id > entries.at(i).id);

    // Filters.
    AuditFilter f;
    f.what = QStringLiteral("/mail/aliases");
    entries = wait(m_service->search(f));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).params.value(QLatin1String("address")).toString(), QStringLiteral("team@example.com"));
    f = {};
    f.result = QStringLiteral("invalid");
    entries = wait(m_service->search(f));
    QCOMPARE(entries.size(), 1);
    f = {};
    f.who = m_agent.adminEmail().left(5).toUpper(); // a substring, any case
    f.since = QDate::currentDate().addDays(-1);
    f.until = QDate::currentDate();
    QVERIFY(wait(m_service->search(f)).size() >= 4);
    f.who = QStringLiteral("nobody-at-all");
    QVERIFY(wait(m_service->search(f)).isEmpty());
    f = {};
    f.until = QDate::currentDate().addDays(-2);
    QVERIFY(wait(m_service->search(f)).isEmpty());

    // Pages of one entry: newest first, each older than the last, until the box says there is no more.
    m_service->setPageSize(1);
    f = {};
    f.what = QStringLiteral("/mail/users/add");
    bool hasOlder = false;
    entries = wait(m_service->search(f), &hasOlder);
    QCOMPARE(entries.size(), 1);
    QVERIFY(hasOlder);
    QVERIFY(m_service->hasOlder());
    QList<qint64> ids{entries.at(0).id};
    while (hasOlder) {
        entries = wait(m_service->loadOlder(), &hasOlder);
        QVERIFY(entries.size() <= 1);
        if (!entries.isEmpty()) {
            QVERIFY(entries.at(0).id < ids.last());
            QCOMPARE(entries.at(0).method, QStringLiteral("POST"));
            ids.append(entries.at(0).id);
        }
        QVERIFY(ids.size() < 20);
    }
    QCOMPARE(ids.size(), 3); // ann, bob and the refused one
    QVERIFY(!m_service->loadOlder());
    m_service->setPageSize(100);

    // A change made with a token names the token; a refused one is recorded as refused.
    JsonJob* made = m_client->postFormJson(QStringLiteral("/boxkeeper/tokens"),
                                           {{QStringLiteral("name"), QStringLiteral("router")},
                                            {QStringLiteral("scopes"), QStringLiteral("dns:example.com")}});
    QSignalSpy madeDone(made, &JsonJob::finished);
    QVERIFY(madeDone.wait(20000));
    const QString secret =
        madeDone.first().first().value<QJsonDocument>().object().value(QLatin1String("secret")).toString();
    QVERIFY(!secret.isEmpty());
    ApiClient asToken(m_agent.baseUrl(), &m_trust);
    asToken.setSessionCredentials(QStringLiteral("token"), secret);
    for (const QString& path : {QStringLiteral("/dns/custom/home.example.com/A"), QStringLiteral("/mail/users/add")}) {
        TextJob* job = asToken.send("POST", path, "192.0.2.10");
        QSignalSpy done(job, &ApiJob::answered);
        QVERIFY(done.wait(60000));
    }
    f = {};
    f.who = QStringLiteral("router");
    entries = wait(m_service->search(f));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).who(), QStringLiteral("token router"));
    QCOMPARE(entries.at(0).action(), QStringLiteral("POST /dns/custom/home.example.com/A"));
    QCOMPARE(entries.at(0).result, QStringLiteral("ok"));
    QVERIFY(!entries.at(0).paramsText().contains(secret));
    // Refused outside its scopes: recorded under the user name the credentials claim.
    f = {};
    f.result = QStringLiteral("refused");
    entries = wait(m_service->search(f));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).who(), QStringLiteral("token"));
    QCOMPARE(entries.at(0).action(), QStringLiteral("POST /mail/users/add"));
    QCOMPARE(entries.at(0).status, 403);
    QVERIFY2(entries.at(0).resultText().startsWith(QLatin1String("Refused (403): This token's scopes")),
             qPrintable(entries.at(0).resultText()));

    // A bad parameter: the box's sentence.
    JsonJob* bad = m_client->getJson(AuditLog::path(), QUrlQuery(QStringLiteral("since=yesterday")));
    QSignalSpy badFailed(bad, &ApiJob::failed);
    QVERIFY(badFailed.wait(20000));
    const ApiError refusal = badFailed.first().first().value<ApiError>();
    QCOMPARE(refusal.httpStatus, 400);
    QVERIFY2(refusal.serverText.contains(QLatin1String("since")), qPrintable(refusal.serverText));
}

void TestClientAudit::abortedWhenTheClientGoes()
{
    AuditService service;
    QVERIFY(!service.search({}));
    service.setClient(m_client.get());
    QSignalSpy loading(&service, &AuditService::loadingChanged);
    QSignalSpy loaded(&service, &AuditService::pageLoaded);
    QSignalSpy failed(&service, &AuditService::loadFailed);
    QVERIFY(service.search({}));
    QVERIFY(service.isLoading());
    QVERIFY(!service.loadOlder()); // nothing loaded yet
    AuditFilter f;
    f.what = QStringLiteral("dns");
    QVERIFY(service.search(f)); // the newer search replaces the one under way
    QCOMPARE(service.filter().what, QStringLiteral("dns"));
    QCOMPARE(loading.count(), 1);
    service.setClient(nullptr);
    QVERIFY(!service.isLoading());
    QCOMPARE(loading.count(), 2);
    QTest::qWait(500);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestClientAudit)
#include "tst_client_audit.moc"
