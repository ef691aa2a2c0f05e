// Client core of the System pages, unit-level: StatusTreeModel (groups, checks, detail lines, a heading's own
// lines, counts, "only problems" and the text filter, copy texts; checked by QAbstractItemModelTester through every
// change) and SystemService's readers of the box's answers (updates, true/false, web domains).
#include "StatusTreeModel.h"
#include "SystemService.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QtTest>

class TestClientStatus : public QObject
{
    Q_OBJECT

private slots:
    void treeOfTheAnswer();
    void filters();
    void copyTexts();
    void updatesText();
    void booleans();
    void webDomains();

private:
    static StatusItemList answer()
    {
        const QByteArray json =
            "[\n"
            " {\"type\":\"heading\",\"text\":\"System\",\"extra\":[]},\n"
            " {\"type\":\"ok\",\"text\":\"All system services are running.\",\"extra\":[]},\n"
            " {\"type\":\"error\",\"text\":\"System updates have been installed and a reboot of the machine is "
            "required.\",\"extra\":[]},\n"
            " {\"type\":\"warning\",\"text\":\"The disk has\\n\\t\\t\\tless than 30% free "
            "space.\",\"extra\":[{\"text\":\"  free:  12 GB\",\"monospace\":false}]},\n"
            " {\"type\":\"heading\",\"text\":\"Network\",\"extra\":[]},\n"
            " {\"type\":\"ok\",\"text\":\"Firewall is active.\",\"extra\":[]},\n"
            " {\"type\":\"heading\",\"text\":\"example.com\",\"extra\":[{\"text\":\"a note on the "
            "heading\",\"monospace\":false}]},\n"
            " {\"type\":\"ok\",\"text\":\"Domain's email is directed to this domain.\",\"extra\":[]},\n"
            " {\"type\":\"error\",\"text\":\"The DNSSEC 'DS' record is not set.\",\"extra\":[\n"
            "   {\"text\":\"Key Tag: 12345\",\"monospace\":true},{\"text\":\"Digest:   "
            "ABCDEF\",\"monospace\":true},{\"text\":\"Enter it.\",\"monospace\":false}]}\n"
            "]";
        StatusItemList items;
        if (!StatusItems::parse(QJsonDocument::fromJson(json), &items))
            qFatal("test answer unreadable");
        return items;
    }
};

void TestClientStatus::treeOfTheAnswer()
{
    StatusTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(answer());
    QCOMPARE(model.rowCount(), 3);
    // (English plurals come from the app's translation, not loaded here: "1 error(s)".)
    QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("System — 1 error")));
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral(", 1 warning")));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Network"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QCOMPARE(model.rowCount(model.index(2, 0)), 3); // the heading's note, then two checks
    const QModelIndex note = model.index(0, 0, model.index(2, 0));
    QCOMPARE(StatusTreeModel::RowKind(note.data(StatusTreeModel::KindRole).toInt()), StatusTreeModel::RowKind::Detail);
    QCOMPARE(note.data().toString(), QStringLiteral("a note on the heading"));
    const QModelIndex disk = model.index(2, 0, model.index(0, 0));
    QCOMPARE(disk.data().toString(), QStringLiteral("The disk has less than 30% free space.")); // white space folded
    QCOMPARE(StatusItem::Type(disk.data(StatusTreeModel::StateRole).toInt()), StatusItem::Type::Warning);
    QCOMPARE(model.rowCount(disk), 1);
    const QModelIndex ds = model.findCheck(QStringLiteral("DS"));
    QCOMPARE(ds.parent(), model.index(2, 0));
    QCOMPARE(model.rowCount(ds), 3);
    const QModelIndex key = model.index(0, 0, ds);
    QCOMPARE(key.parent(), ds);
    QVERIFY(key.data(StatusTreeModel::MonospaceRole).toBool());
    QCOMPARE(model.index(1, 0, ds).data().toString(), QStringLiteral("Digest:   ABCDEF")); // fixed-width kept as is
    QVERIFY(!model.index(2, 0, ds).data(StatusTreeModel::MonospaceRole).toBool());
    QCOMPARE(model.counts().ok, 3);
    QCOMPARE(model.counts().error, 2);
    QCOMPARE(model.counts().warning, 1);
    QCOMPARE(model.lineCount(), 6 + 1 + 1 + 3);
    QCOMPARE(StatusItem::Type(model.index(1, 0).data(StatusTreeModel::StateRole).toInt()), StatusItem::Type::Ok);
    QCOMPARE(StatusItem::Type(model.index(2, 0).data(StatusTreeModel::StateRole).toInt()), StatusItem::Type::Error);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.counts().total(), 0);
}

void TestClientStatus::filters()
{
    StatusTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(answer());
    model.setOnlyProblems(true);
    QCOMPARE(model.rowCount(), 2); // Network has no problem
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 1); // the note is no problem either
    QVERIFY(model.index(1, 0).data().toString().startsWith(QStringLiteral("example.com — 1 error")));
    QVERIFY(!model.index(1, 0).data().toString().contains(QStringLiteral("warning")));
    QCOMPARE(model.counts().ok, 3); // counts stay those of every check
    const QModelIndex ds = model.findCheck(QStringLiteral("DS"));
    QCOMPARE(model.rowCount(ds), 3);
    QCOMPARE(model.index(0, 0, ds).parent(), ds);

    model.setFilterText(QStringLiteral("digest")); // a detail line matches: its check shows
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    model.setOnlyProblems(false);
    model.setFilterText(QStringLiteral("NETWORK")); // a group's title: all of it
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    model.setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 3);
}

void TestClientStatus::copyTexts()
{
    StatusTreeModel model;
    model.setItems(answer());
    const QModelIndex ds = model.findCheck(QStringLiteral("DS"));
    QCOMPARE(model.copyText(ds), QStringLiteral("✖ The DNSSEC 'DS' record is not set.\n    Key Tag: 12345\n    "
                                                "Digest:   ABCDEF\n    Enter it."));
    QCOMPARE(ds.data(StatusTreeModel::CopyTextRole).toString(), model.copyText(ds));
    QCOMPARE(model.copyText(model.index(1, 0, ds)), QStringLiteral("Digest:   ABCDEF"));
    QCOMPARE(model.copyText(model.index(1, 0)), QStringLiteral("Network\n✓ Firewall is active."));
    QCOMPARE(model.copyText(model.index(2, 0, model.index(0, 0))),
             QStringLiteral("? The disk has less than 30% free space.\n    free: 12 GB"));
}

void TestClientStatus::updatesText()
{
    PackageUpdateList updates;
    QVERIFY(SystemService::parseUpdates(QStringLiteral("bash (5.2.15-2+b13)\nlibcap2 (1:2.66-4+deb12u3+b1)\n"
                                                       "[Remv foo [1.0]] ()\n"),
                                        &updates));
    QCOMPARE(updates.size(), 3);
    QCOMPARE(updates.at(0).package, QStringLiteral("bash"));
    QCOMPARE(updates.at(0).version, QStringLiteral("5.2.15-2+b13"));
    QCOMPARE(updates.at(1).version, QStringLiteral("1:2.66-4+deb12u3+b1"));
    QCOMPARE(updates.at(2).package, QStringLiteral("Remv foo [1.0]"));
    QCOMPARE(updates.at(2).version, QString());
    QVERIFY(SystemService::parseUpdates(QString(), &updates));
    QVERIFY(updates.isEmpty());
    QVERIFY(!SystemService::parseUpdates(QStringLiteral("<html>oops</html>"), &updates));
}

void TestClientStatus::booleans()
{
    bool value = false;
    QVERIFY(SystemService::parseBool(QStringLiteral("true\n"), &value));
    QVERIFY(value);
    QVERIFY(SystemService::parseBool(QStringLiteral("false"), &value));
    QVERIFY(!value);
    QVERIFY(!SystemService::parseBool(QStringLiteral("yes"), &value));
    QVERIFY(SystemService::isRebootRefusal(QStringLiteral("No reboot is required, so it is not allowed.")));
    QVERIFY(!SystemService::isRebootRefusal(QString()));
}

void TestClientStatus::webDomains()
{
    WebDomainList domains;
    QVERIFY(SystemService::parseWebDomains(
        QJsonDocument::fromJson(
            "[{\"custom_root\":\"/s/www/example.com\",\"domain\":\"example.com\",\"root\":\"/s/www/default\",\n"
            "          \"ssl_certificate\":[\"danger\",\"No certificate installed.\"],\"static_enabled\":true},\n"
            "          "
            "{\"custom_root\":\"/s/www/www.example.com\",\"domain\":\"www.example.com\",\"root\":\"/s/www/default\",\n"
            "          \"ssl_certificate\":[\"success\",\"ok\"],\"static_enabled\":false}]"),
        &domains));
    QCOMPARE(domains.size(), 2);
    QCOMPARE(domains.at(0).domain, QStringLiteral("example.com"));
    QCOMPARE(domains.at(0).root, QStringLiteral("/s/www/default"));
    QCOMPARE(domains.at(0).customRoot, QStringLiteral("/s/www/example.com"));
    QVERIFY(domains.at(0).staticEnabled);
    QCOMPARE(domains.at(0).certificateClass, QStringLiteral("danger"));
    QVERIFY(!domains.at(1).staticEnabled);
    QVERIFY(!SystemService::parseWebDomains(QJsonDocument::fromJson("{}"), &domains));
}

QTEST_MAIN(TestClientStatus)
#include "tst_client_status.moc"
