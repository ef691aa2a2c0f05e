// UsersModel and the /mail/users JSON parser on the exact shape of spec/api.md §5.1: domain groups, active users
// with numeric or "?" usage fields, archived accounts (no quota key) in their own section. QAbstractItemModelTester
// watches every change.
#include "MailUser.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
const QByteArray sample = R"([
  {
    "domain": "example.com",
    "users": [
      {
        "box_quota": 0,
        "box_size": "1.5M",
        "email": "alice@example.com",
        "percent": "",
        "privileges": [
          "admin"
        ],
        "quota": "0",
        "status": "active"
      },
      {
        "box_quota": 5368709120,
        "box_size": "2G",
        "email": "carol@example.com",
        "percent": "40",
        "privileges": [],
        "quota": "5G",
        "status": "active"
      },
      {
        "box_quota": "?",
        "box_size": "?",
        "email": "bob@example.com",
        "mailbox": "/home/user-data/mail/mailboxes/example.com/bob",
        "percent": "?",
        "privileges": [],
        "status": "inactive"
      }
    ]
  },
  {
    "domain": "b\u00fccher.de",
    "users": [
      {
        "box_quota": 0,
        "box_size": "?",
        "email": "info@xn--bcher-kva.de",
        "percent": "?",
        "privileges": [],
        "quota": "0",
        "status": "active"
      }
    ]
  }
]
)";
} // namespace

class TestClientUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void parse();
    void parseRejectsGarbage();
    void tree();
    void filterKeepsGroupsOfMatches();
};

void TestClientUsersModel::parse()
{
    MailUserList domains;
    QString detail;
    QVERIFY2(parseMailUsers(sample, &domains, &detail), qPrintable(detail));
    QCOMPARE(domains.size(), 2);
    QCOMPARE(domains.at(1).domain, QStringLiteral("bücher.de"));
    const MailUser alice = domains.at(0).users.at(0);
    QVERIFY(alice.isAdmin());
    QCOMPARE(alice.boxQuota, QStringLiteral("0"));
    QCOMPARE(alice.quota, QStringLiteral("0"));
    QCOMPARE(domains.at(0).users.at(1).boxQuota, QStringLiteral("5368709120"));
    const MailUser bob = domains.at(0).users.at(2);
    QVERIFY(!bob.active);
    QVERIFY(bob.quota.isEmpty());
    QCOMPARE(bob.mailbox, QStringLiteral("/home/user-data/mail/mailboxes/example.com/bob"));
}

void TestClientUsersModel::parseRejectsGarbage()
{
    MailUserList domains;
    QString detail;
    QVERIFY(!parseMailUsers("<html>", &domains, &detail));
    QVERIFY(!detail.isEmpty());
    QVERIFY(!parseMailUsers(R"({"domain": "x"})", &domains, &detail));
    QVERIFY(!parseMailUsers(R"([{"domain": "x"}])", &domains, &detail));
    QVERIFY(!parseMailUsers(R"([{"domain": "x", "users": [{"status": "active"}]}])", &domains, &detail));
    QVERIFY(parseMailUsers("[]", &domains, &detail));
    QVERIFY(domains.isEmpty());
}

void TestClientUsersModel::tree()
{
    MailUserList domains;
    QVERIFY(parseMailUsers(sample, &domains, nullptr));
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(domains);
    QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(model.rowCount(), 3); // two domains + archived section
    QCOMPARE(model.userCount(), 4);
    const QModelIndex example = model.index(0, 0);
    QCOMPARE(example.data().toString(), QStringLiteral("example.com"));
    QCOMPARE(model.rowCount(example), 2); // bob is archived, not here
    QCOMPARE(model.index(0, UsersModel::QuotaColumn, example).data().toString(), QStringLiteral("unlimited"));
    QCOMPARE(model.index(1, UsersModel::QuotaColumn, example).data().toString(), QStringLiteral("5G"));
    QCOMPARE(model.index(1, UsersModel::MailboxSizeColumn, example).data().toString(), QStringLiteral("2G (40%)"));
    QCOMPARE(model.index(0, UsersModel::PrivilegesColumn, example).data().toString(), QStringLiteral("Administrator"));
    QVERIFY(model.index(0, 0, example).flags() & Qt::ItemNeverHasChildren);

    const QModelIndex archived = model.index(2, 0);
    QVERIFY(archived.data(UsersModel::IsArchivedRole).toBool());
    QCOMPARE(model.rowCount(archived), 1);
    QCOMPARE(model.index(0, UsersModel::AddressColumn, archived).data().toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(model.index(0, UsersModel::StatusColumn, archived).data().toString(), QStringLiteral("archived"));
    QCOMPARE(model.index(0, 0, archived).parent(), archived);

    // A fetch without archived accounts drops the section.
    domains[0].users.removeLast();
    model.setUsers(domains);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestClientUsersModel::filterKeepsGroupsOfMatches()
{
    MailUserList domains;
    QVERIFY(parseMailUsers(sample, &domains, nullptr));
    UsersModel model;
    model.setUsers(domains);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("CAROL"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(), QStringLiteral("carol@example.com"));
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestClientUsersModel)
#include "tst_client_usersmodel.moc"
