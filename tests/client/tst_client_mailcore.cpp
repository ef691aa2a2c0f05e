// The client-core classes behind the Mail & Users pages, without a box: RFC 4180 CSV reading and writing, the
// users and aliases import plans (every row checked, nothing skipped silently), the checks made before submitting
// and the mapping of the box's messages to form fields, the aliases model and the in-place changes of the users
// model (under QAbstractItemModelTester), the two-factor status answer.
#include "AliasesModel.h"
#include "CsvDocument.h"
#include "ImportPlan.h"
#include "ImportPlanModel.h"
#include "ListFilterProxyModel.h"
#include "MailAlias.h"
#include "MailValidation.h"
#include "MfaStatus.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using Field = MailValidation::Field;

class TestClientMailCore : public QObject
{
    Q_OBJECT

private slots:
    void csvParse();
    void csvErrors();
    void csvWriteRoundTrip();
    void userPlan();
    void aliasPlan();
    void exportsReadBack();
    void validation();
    void serverMessageFields_data();
    void serverMessageFields();
    void aliasesParseAndModel();
    void usersModelInPlace();
    void mfaStatus();
    void planModel();
};

void TestClientMailCore::csvParse()
{
    QList<CsvDocument::Record> records;
    QString error;
    const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\rcr,only");
    QVERIFY2(CsvDocument::parse(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields, QStringList({"a", "b", "c"}));
    QCOMPARE(records.at(1).fields, QStringList({"x, y", "say \"hi\"", "two\nlines"}));
    QCOMPARE(records.at(1).line, 2);
    QCOMPARE(records.at(2).fields, QStringList({"last", "", ""}));
    QCOMPARE(records.at(2).line, 5);
    QCOMPARE(records.at(3).fields, QStringList({"cr", "only"}));
    // No final line break, empty quoted field.
    QVERIFY(CsvDocument::parse(QStringLiteral("\"\",x"), &records, &error));
    QCOMPARE(records.first().fields, QStringList({"", "x"}));
}

void TestClientMailCore::csvErrors()
{
    QList<CsvDocument::Record> records;
    QString error;
    QVERIFY(!CsvDocument::parse(QStringLiteral("ok\n\"open,field\n"), &records, &error));
    QVERIFY(error.contains(QLatin1String("Line 2")));
    QVERIFY(!CsvDocument::parse(QStringLiteral("a\"b,c"), &records, &error));
    QVERIFY(error.contains(QLatin1String("Line 1")));
    QVERIFY(!CsvDocument::parse(QStringLiteral("x\n\"a\"b,c"), &records, &error));
    QVERIFY(error.contains(QLatin1String("Line 2")));
}

void TestClientMailCore::csvWriteRoundTrip()
{
    const QList<QStringList> rows{{"plain", "with,comma", "with \"quote\""}, {"multi\nline", "", "crlf\r\nhere"}};
    const QString text = CsvDocument::write(rows);
    QVERIFY(text.startsWith(QLatin1String("plain,\"with,comma\",\"with \"\"quote\"\"\"\r\n")));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    QList<CsvDocument::Record> records;
    QString error;
    QVERIFY(CsvDocument::parse(text, &records, &error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields, rows.at(0));
    QCOMPARE(records.at(1).fields, rows.at(1));
}

void TestClientMailCore::userPlan()
{
    const ImportPlan plan =
        ImportPlan::fromCsv(ImportPlan::Kind::Users, QStringLiteral("Email,Password,Admin,Quota\n"
                                                                    "a@example.com,password1,yes,5g\n"
                                                                    "b@example.com,password2\n"
                                                                    "B@example.com,password3,no,0\n"
                                                                    "c@example.com,short,no,0\n"
                                                                    "d@example.com,password4,perhaps,0\n"
                                                                    "e@example.com,password5,no,1.5G\n"
                                                                    "a@example.com,password6,no,0\n"
                                                                    "f@example.com,p,a,s,s\n"
                                                                    "not-an-address,password7\n"));
    QVERIFY(plan.fileError().isEmpty());
    QCOMPARE(plan.rows().size(), 9);
    QCOMPARE(plan.validCount(), 2);
    QCOMPARE(plan.rows().at(0).state, ImportPlan::State::Pending);
    QCOMPARE(plan.rows().at(0).line, 2);
    QCOMPARE(plan.rows().at(0).request.path, QStringLiteral("/mail/users/add"));
    QCOMPARE(plan.rows().at(0).request.fields,
             (QList<QPair<QString, QString>>{
                 {"email", "a@example.com"}, {"password", "password1"}, {"privileges", "admin"}, {"quota", "5g"}}));
    QCOMPARE(plan.rows().at(1).request.fields.last().second, QStringLiteral("0")); // no quota → unlimited
    for (int i = 2; i < 9; ++i) {
        QCOMPARE(plan.rows().at(i).state, ImportPlan::State::Invalid);
        QVERIFY(!plan.rows().at(i).message.isEmpty());
    }
    QVERIFY(plan.rows().at(6).message.contains(QLatin1String("more than once")));
    QVERIFY(plan.summary().contains(QLatin1String("7 invalid")));
    QVERIFY(!ImportPlan::fromCsv(ImportPlan::Kind::Users, QStringLiteral("\"open")).fileError().isEmpty());
    QVERIFY(!ImportPlan::fromCsv(ImportPlan::Kind::Users, QStringLiteral("email,password\n")).fileError().isEmpty());
}

void TestClientMailCore::aliasPlan()
{
    const ImportPlan plan = ImportPlan::fromCsv(
        ImportPlan::Kind::Aliases, QStringLiteral("address,forwards_to,permitted_senders\n"
                                                  "team@example.com,\"a@example.com,b@example.com\",a@example.com\n"
                                                  "@example.com,admin@example.com,\n"
                                                  "@example.net,@example.com,\n"
                                                  "bad,x@example.com,\n"
                                                  "empty@example.com,,\n"
                                                  "two@example.com,\"@example.com,x@example.com\",\n"));
    QCOMPARE(plan.rows().size(), 6);
    QCOMPARE(plan.validCount(), 3);
    QCOMPARE(plan.rows().at(0).request.fields,
             (QList<QPair<QString, QString>>{{"address", "team@example.com"},
                                             {"forwards_to", "a@example.com\nb@example.com"},
                                             {"permitted_senders", "a@example.com"}}));
    QCOMPARE(plan.rows().at(3).state, ImportPlan::State::Invalid);
    QCOMPARE(plan.rows().at(4).state, ImportPlan::State::Invalid);
    QCOMPARE(plan.rows().at(5).state, ImportPlan::State::Invalid); // @domain only as the single target
}

void TestClientMailCore::exportsReadBack()
{
    MailUser admin;
    admin.email = QStringLiteral("admin@example.com");
    admin.privileges = QStringList{QStringLiteral("admin")};
    admin.quota = QStringLiteral("0");
    MailUser bob;
    bob.email = QStringLiteral("bob@example.com");
    bob.quota = QStringLiteral("5G");
    MailUser gone;
    gone.email = QStringLiteral("gone@example.com");
    gone.active = false;
    const QString users = ImportPlan::usersCsv({admin, bob, gone});
    QCOMPARE(users,
             QStringLiteral("email,password,admin,quota\r\nadmin@example.com,,yes,0\r\nbob@example.com,,no,5G\r\n"));
    const ImportPlan back = ImportPlan::fromCsv(ImportPlan::Kind::Users, users);
    QCOMPARE(back.rows().size(), 2);
    QCOMPARE(back.rows().at(1).key, QStringLiteral("bob@example.com"));
    QCOMPARE(back.rows().at(1).request.fields.at(3).second, QStringLiteral("5G"));
    QCOMPARE(back.rows().at(0).request.fields.at(2).second, QStringLiteral("admin"));

    MailAlias a;
    a.address = QStringLiteral("team@example.com");
    a.forwardsTo = QStringList{QStringLiteral("x@example.com"), QStringLiteral("y@example.com")};
    a.permittedSenders = QStringList{QStringLiteral("x@example.com")};
    MailAlias automatic;
    automatic.address = QStringLiteral("postmaster@example.com");
    automatic.forwardsTo = QStringList{QStringLiteral("admin@example.com")};
    automatic.automatic = true;
    const QString aliases = ImportPlan::aliasesCsv({a, automatic});
    const ImportPlan aliasesBack = ImportPlan::fromCsv(ImportPlan::Kind::Aliases, aliases);
    QCOMPARE(aliasesBack.rows().size(), 1);
    QCOMPARE(aliasesBack.validCount(), 1);
    QCOMPARE(aliasesBack.rows().first().request.fields.at(1).second, QStringLiteral("x@example.com\ny@example.com"));
}

void TestClientMailCore::validation()
{
    QVERIFY(MailValidation::checkPassword(QStringLiteral("12345678")).isEmpty());
    QVERIFY(!MailValidation::checkPassword(QStringLiteral("1234567")).isEmpty());
    QVERIFY(!MailValidation::checkPassword(QStringLiteral("          ")).isEmpty());
    QVERIFY(MailValidation::passwordPolicy().contains(QLatin1String("eight")));
    QVERIFY(MailValidation::checkAccountEmail(QStringLiteral("a.b-c_d@xn--bcher-kva.de")).isEmpty());
    QVERIFY(!MailValidation::checkAccountEmail(QStringLiteral("Alice@example.com")).isEmpty());
    QVERIFY(!MailValidation::checkAccountEmail(QStringLiteral("a+b@example.com")).isEmpty());
    QVERIFY(!MailValidation::checkAccountEmail(QStringLiteral("@example.com")).isEmpty());
    QVERIFY(!MailValidation::checkAccountEmail(QStringLiteral("a@localhost")).isEmpty());
    for (const char* ok : {"0", "500M", "5g", "1024"}) {
        QVERIFY2(MailValidation::checkQuota(QLatin1String(ok)).isEmpty(), ok);
    }
    for (const char* bad : {"", "1.5G", "1,5G", "5 G", "5T", "G"}) {
        QVERIFY2(!MailValidation::checkQuota(QLatin1String(bad)).isEmpty(), bad);
    }
    QVERIFY(MailValidation::checkAliasAddress(QStringLiteral("@example.com")).isEmpty());
    QVERIFY(MailValidation::checkAliasAddress(QStringLiteral("Info@Example.com")).isEmpty());
    QVERIFY(!MailValidation::checkAliasAddress(QStringLiteral("info")).isEmpty());
    QCOMPARE(MailValidation::splitAddresses(QStringLiteral(" a@x.com,\n\nb@y.com ,c@z.com\r\n")),
             QStringList({"a@x.com", "b@y.com", "c@z.com"}));
    QVERIFY(MailValidation::checkForwardTargets({QStringLiteral("@other.com")}).isEmpty());
    QVERIFY(!MailValidation::checkForwardTargets({QStringLiteral("@other.com"), QStringLiteral("a@b.com")}).isEmpty());
    QVERIFY(!MailValidation::checkAliasHasTarget({}, {}).isEmpty());
    QVERIFY(!MailValidation::checkPermittedSenders({QStringLiteral("nobody")}).isEmpty());
}

void TestClientMailCore::serverMessageFields_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("field");
    const auto row = [](const char* m, Field f) { QTest::newRow(m) << QString::fromLatin1(m) << int(f); };
    row("No email address provided.", Field::Email);
    row("Invalid email address.", Field::Email);
    row("User account email addresses may only use the lowercase ASCII letters a-z, the digits 0-9, underscore (_), "
        "hyphen (-), and period (.).",
        Field::Email);
    row("User already exists.", Field::Email);
    row("Passwords must be at least eight characters.", Field::Password);
    row("No password provided.", Field::Password);
    row("Invalid quota.", Field::Quota);
    row("Quotas cannot contain spaces, commas, or decimal points.", Field::Quota);
    row("Invalid email address (x).", Field::Address);
    row("Alias already exists (a@b.c).", Field::Address);
    row("Invalid receiver email address (x).", Field::ForwardsTo);
    row("The alias must either forward to an address or have a permitted sender.", Field::ForwardsTo);
    row("Invalid permitted sender: x is not a user on this system.", Field::PermittedSenders);
    row("Invalid token.", Field::Code);
    row("Something else.", Field::None);
}

void TestClientMailCore::serverMessageFields()
{
    QFETCH(QString, message);
    QFETCH(int, field);
    QCOMPARE(int(MailValidation::fieldForServerMessage(message)), field);
}

void TestClientMailCore::aliasesParseAndModel()
{
    const QByteArray json = R"([
  {"domain": "example.com", "aliases": [
    {"address": "@example.com", "address_display": "@example.com", "auto": false,
     "forwards_to": ["admin@example.com"], "permitted_senders": null},
    {"address": "only-senders@example.com", "address_display": "only-senders@example.com", "auto": false,
     "forwards_to": [""], "permitted_senders": ["admin@example.com"]},
    {"address": "postmaster@example.com", "address_display": "postmaster@example.com", "auto": true,
     "forwards_to": ["admin@example.com"], "permitted_senders": null}
  ]},
  {"domain": "b\u00fccher.de", "aliases": [
    {"address": "@xn--bcher-kva.de", "address_display": "@b\u00fccher.de", "auto": false,
     "forwards_to": ["@example.com"], "permitted_senders": null}
  ]}
])";
    MailAliasList list;
    QString detail;
    QVERIFY2(parseMailAliases(json, &list, &detail), qPrintable(detail));
    QCOMPARE(list.size(), 2);
    QVERIFY(list.at(0).aliases.at(1).forwardsTo.isEmpty());
    QCOMPARE(list.at(0).aliases.at(0).kind(), MailAlias::Kind::CatchAll);
    QCOMPARE(list.at(1).aliases.at(0).kind(), MailAlias::Kind::DomainAlias);
    QVERIFY(!parseMailAliases("{}", &list, &detail));

    AliasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(parseMailAliases(json, &list, &detail), qPrintable(detail));
    model.setAliases(list);
    QCOMPARE(model.aliasCount(), 4);
    const QModelIndex automatic = model.index(2, 0, model.index(0, 0));
    QVERIFY(automatic.data(AliasesModel::IsAutomaticRole).toBool());
    QVERIFY(!model.indexOfAlias(QStringLiteral("postmaster@example.com")).isValid()); // not user-defined
    QVERIFY(
        model.index(0, 0, model.index(1, 0)).data(Qt::ToolTipRole).toString().contains(QLatin1String("Domain alias")));

    // The page's filter: one text per row with address, targets and senders, any case.
    ListFilterProxyModel proxy(AliasesModel::FilterTextRole);
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("ADMIN@Example"));
    QCOMPARE(proxy.rowCount(), 1); // example.com only: its three aliases name admin@example.com
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3);
    proxy.setFilterText(QStringLiteral("example.com"));
    QCOMPARE(proxy.rowCount(), 2); // the domain alias of the other domain forwards to @example.com
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    MailAlias added;
    added.address = added.addressDisplay = QStringLiteral("new@example.com");
    added.forwardsTo = QStringList{QStringLiteral("x@example.com")};
    model.upsertAlias(added);
    QCOMPARE(model.aliasCount(), 5);
    added.forwardsTo = QStringList{QStringLiteral("y@example.com")};
    model.upsertAlias(added);
    QCOMPARE(model.aliasCount(), 5);
    QCOMPARE(
        model.indexOfAlias(QStringLiteral("new@example.com")).siblingAtColumn(AliasesModel::ForwardsToColumn).data(),
        QVariant(QStringLiteral("y@example.com")));
    MailAlias elsewhere;
    elsewhere.address = elsewhere.addressDisplay = QStringLiteral("a@new-domain.org");
    elsewhere.forwardsTo = QStringList{QStringLiteral("x@example.com")};
    model.upsertAlias(elsewhere);
    QCOMPARE(model.groupCount(), 3);
    QVERIFY(model.removeAlias(QStringLiteral("a@new-domain.org")));
    QCOMPARE(model.groupCount(), 2);
    QVERIFY(!model.removeAlias(QStringLiteral("postmaster@example.com")));
    // An address typed in its xn-- form joins the domain's group, shown in Unicode.
    MailAlias idna;
    idna.address = QStringLiteral("info@xn--bcher-kva.de");
    idna.forwardsTo = QStringList{QStringLiteral("x@example.com")};
    model.upsertAlias(idna);
    QCOMPARE(model.groupCount(), 2);
    const QModelIndex idnaRow = model.indexOfAlias(QStringLiteral("info@xn--bcher-kva.de"));
    QCOMPARE(idnaRow.parent().row(), 1);
    QCOMPARE(idnaRow.data().toString(), QString::fromUtf8("info@b\u00fccher.de"));
    QCOMPARE(resets.count(), 0);
}

void TestClientMailCore::usersModelInPlace()
{
    const QByteArray json = R"([{"domain": "example.com", "users": [
      {"email": "admin@example.com", "privileges": ["admin"], "quota": "0", "box_quota": 0, "box_size": "1M",
       "percent": "", "status": "active"},
      {"email": "bob@example.com", "privileges": [], "quota": "0", "box_quota": 0, "box_size": "1M",
       "percent": "", "status": "active"}]}])";
    MailUserList list;
    QString detail;
    QVERIFY(parseMailUsers(json, &list, &detail));
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(list);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    MailUser carol;
    carol.email = QStringLiteral("carol@example.com");
    carol.quota = QStringLiteral("0");
    model.addUser(carol);
    QCOMPARE(model.indexOfUser(QStringLiteral("carol@example.com")).row(), 2);
    MailUser other;
    other.email = QStringLiteral("zed@other.org");
    model.addUser(other);
    QCOMPARE(model.groupCount(), 2);

    QVERIFY(model.setAdmin(QStringLiteral("bob@example.com"), true));
    QVERIFY(model.indexOfUser(QStringLiteral("bob@example.com")).data(UsersModel::IsAdminRole).toBool());
    QVERIFY(model.setQuota(QStringLiteral("bob@example.com"), QStringLiteral("5g")));
    QCOMPARE(model.indexOfUser(QStringLiteral("bob@example.com")).siblingAtColumn(UsersModel::QuotaColumn).data(),
             QVariant(QStringLiteral("5G")));
    QVERIFY(changes.count() >= 2);

    QVERIFY(model.archiveUser(QStringLiteral("zed@other.org")));
    QVERIFY(!model.indexOfUser(QStringLiteral("zed@other.org")).isValid());
    QCOMPARE(model.groupCount(), 2); // other.org gone, archived section added
    const QModelIndex archived = model.index(1, 0);
    QVERIFY(archived.data(UsersModel::IsArchivedRole).toBool());
    QCOMPARE(model.index(0, 0, archived).data(UsersModel::EmailRole).toString(), QStringLiteral("zed@other.org"));
    QVERIFY(model.archiveUser(QStringLiteral("bob@example.com")));
    QCOMPARE(model.rowCount(archived), 2);
    QVERIFY(!model.archiveUser(QStringLiteral("nobody@example.com")));
    QCOMPARE(model.userCount(), 4);
    // The section says what it holds: the mailbox folders the box keeps.
    QCOMPARE(archived.data().toString(), QStringLiteral("Archived mailboxes"));
    QVERIFY(archived.data(Qt::ToolTipRole).toString().contains(QLatin1String("mailbox folder")));
    // Without a mailbox folder known to exist, an archived user's row just goes.
    QVERIFY(!model.indexOfUser(QStringLiteral("carol@example.com")).data(UsersModel::MailboxKnownRole).toBool());
    QVERIFY(model.indexOfUser(QStringLiteral("admin@example.com")).data(UsersModel::MailboxKnownRole).toBool());
    QVERIFY(model.removeUser(QStringLiteral("carol@example.com")));
    QVERIFY(!model.indexOfUser(QStringLiteral("carol@example.com")).isValid());
    QCOMPARE(model.userCount(), 3);
    QCOMPARE(model.rowCount(archived), 2);
    QCOMPARE(resets.count(), 0);
}

void TestClientMailCore::mfaStatus()
{
    const QByteArray png("\x89PNG\r\n");
    const QByteArray json =
        QByteArrayLiteral("{\"enabled_mfa\": [{\"id\": 3, \"label\": \"phone\", \"type\": \"totp\"}],"
                          "\"new_mfa\": {\"totp\": {\"qr_code_base64\": \"") +
        png.toBase64() +
        QByteArrayLiteral("\", \"secret\": \"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\", \"type\": \"totp\"}}}");
    MfaStatus status;
    QVERIFY(MfaStatus::parse(QJsonDocument::fromJson(json), &status));
    QVERIFY(status.isEnabled());
    QCOMPARE(status.devices.first().id, 3);
    QCOMPARE(status.devices.first().label, QStringLiteral("phone"));
    QCOMPARE(status.newQrPng, png);
    QCOMPARE(MfaStatus::groupedSecret(status.newSecret), QStringLiteral("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"));
    QVERIFY(MfaStatus::parse(QJsonDocument::fromJson("{\"enabled_mfa\": []}"), &status));
    QVERIFY(!status.isEnabled());
    QVERIFY(!MfaStatus::parse(QJsonDocument::fromJson("[]"), &status));
}

void TestClientMailCore::planModel()
{
    ImportPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(
        ImportPlan::fromCsv(ImportPlan::Kind::Users, QStringLiteral("a@example.com,password1\nbad,password2\n")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ImportPlanModel::StateColumn).data().toString(), QStringLiteral("invalid"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRowState(0, ImportPlan::State::Failed, QStringLiteral("User already exists."));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ImportPlanModel::MessageColumn).data().toString(), QStringLiteral("User already exists."));
    QVERIFY(model.plan().summary().contains(QLatin1String("1 failed")));
}

QTEST_GUILESS_MAIN(TestClientMailCore)
#include "tst_client_mailcore.moc"
