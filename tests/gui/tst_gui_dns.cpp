// The Custom DNS and External DNS pages against a live agent: add, add another value, replace, remove one value
// and remove all of a name and type through the page and its dialog — for A, TXT (600 bytes), MX, SRV and CAA —
// each checked through the API and in the zone file the box serves; a bad value shows the box's sentence in the
// dialog and changes nothing; the secondary nameservers set and cleared (a bad entry shows the box's sentence);
// the API tab's examples name the box and copy as shown; the External DNS page lists every zone's records and saves
// a zone file equal to the route's answer.
// Screenshots of the pages and the dialog land in the working directory.
#include "DnsZoneModel.h"
#include "GuiSession.h"
#include "dialogs/DnsPreviewDialog.h"
#include "dialogs/DnsRecordDialog.h"
#include "pages/ApiGuidePage.h"
#include "pages/CustomDnsPage.h"
#include "pages/ExternalDnsPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

class TestGuiDns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addAndAnotherValue();
    void replaceAndRemove();
    void longTxt();
    void mxSrvCaa();
    void everyOperation_data();
    void everyOperation();
    void badValueShowsTheBoxSentence();
    void secondaryNameservers();
    void apiTab();
    void externalDnsAndZoneFile();
    void withoutPreviewAsOnAnUnmodifiedBox();
    void dnssecTab();

private:
    QAction* action(const QString& name) const { return m_page->findChild<QAction*>(name); }
    // Fills the open dialog's name, type and value and clicks Apply; true when the box took it.
    bool submit(const QString& name, const QString& rtype, const std::function<void(DnsRecordDialog*)>& fillValue,
                bool replace = false);
    bool waitForChange();
    void acceptConfirmation();
    // Waits for the preview of the change, keeps its lines (m_preview) and accepts it.
    bool acceptPreview();
    // The records of the zone file that went (−) and came (+) between two versions, as the preview lists them:
    // "± name TYPE value" with absolute names (the SOA, whose serial changes with every update, left out).
    static QStringList zoneDiff(const QByteArray& before, const QByteArray& after);
    // The zone file's records as "name TYPE value" (absolute names, TXT strings joined, the SOA left out).
    static QStringList zoneRecords(const QByteArray& zone);
    // Types `value` into the fields of the type's editor (MX priority and host, SRV's four fields, …).
    static void fillFields(DnsRecordDialog* dialog, const QString& rtype, const QString& value);
    // The values the API lists for a name and type.
    QStringList customValues(const QString& name, const QString& rtype);
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    QByteArray zoneFile() { return m_api->get(QStringLiteral("/dns/zonefile/example.com")).body; }
    int secondaryCount()
    {
        return int(QJsonDocument::fromJson(m_api->get(QStringLiteral("/dns/secondary-nameserver")).body)
                       .object()
                       .value(QLatin1String("hostnames"))
                       .toArray()
                       .size());
    }
    QJsonArray custom(const QString& name, const QString& rtype)
    {
        return QJsonDocument::fromJson(m_api->get(QStringLiteral("/dns/custom/%1/%2").arg(name, rtype)).body).array();
    }

    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    CustomDnsPage* m_page = nullptr;
    QStringList m_preview;
    int m_previews = 0;
};

void TestGuiDns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    QCOMPARE(m_api->post(QStringLiteral("/dns/update"), {}).status, 200); // the zone files exist from here on
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->customDnsPage();
    QSignalSpy loaded(m_page, &CustomDnsPage::recordsLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("custom-dns")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QCOMPARE(m_page->model()->recordCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->emptyStateText().contains(QLatin1String("no custom DNS records")), 20000);
}

void TestGuiDns::cleanupTestCase()
{
    m_session.reset();
}

bool TestGuiDns::waitForChange()
{
    QSignalSpy finished(m_page, &CustomDnsPage::changeFinished);
    if (!finished.wait(60000) || !finished.first().first().toBool())
        return false;
    // The page reloads its records after a change; a load that ended before the change counts for nothing.
    QSignalSpy loaded(m_page, &CustomDnsPage::recordsLoaded);
    return loaded.wait(20000);
}

bool TestGuiDns::acceptPreview()
{
    DnsPreviewDialog* preview = m_page->previewDialog();
    if (!QTest::qWaitFor([preview] { return preview->isVisible(); }, 30000))
        return false;
    m_preview = preview->lines();
    if (!preview->grab().save(QStringLiteral("dns-preview-dialog-%1.png").arg(++m_previews)))
        return false;
    preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    return true;
}

QStringList TestGuiDns::zoneRecords(const QByteArray& zone)
{
    QStringList out;
    for (const QByteArray& line : zone.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() < 4 || f.at(1) != "IN" || f.at(2) == "SOA")
            continue;
        const QString name = f.at(0).isEmpty() ? QStringLiteral("example.com")
                                               : QString::fromUtf8(f.at(0)) + QStringLiteral(".example.com");
        QString value = QString::fromUtf8(f.mid(3).join('\t')).trimmed();
        if (value.startsWith(QLatin1Char('"'))) { // TXT: the quoted strings joined
            static const QRegularExpression strings(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
            QString joined;
            for (auto it = strings.globalMatch(value); it.hasNext();)
                joined += it.next().captured(1).replace(QStringLiteral("\\\""), QStringLiteral("\""));
            value = joined;
        }
        out.append(name + QLatin1Char(' ') + QString::fromUtf8(f.at(2)) + QLatin1Char(' ') + value);
    }
    return out;
}

QStringList TestGuiDns::zoneDiff(const QByteArray& before, const QByteArray& after)
{
    const QStringList old = zoneRecords(before);
    QStringList now = zoneRecords(after);
    QStringList out;
    for (const QString& r : old) {
        if (!now.removeOne(r))
            out.append(QStringLiteral("− ") + r);
    }
    for (const QString& r : std::as_const(now))
        out.append(QStringLiteral("+ ") + r);
    return out;
}

void TestGuiDns::fillFields(DnsRecordDialog* dialog, const QString& rtype, const QString& value)
{
    const QStringList f = value.split(QLatin1Char(' '));
    const auto spin = [dialog](const char* name, const QString& v) {
        dialog->findChild<QSpinBox*>(QLatin1String(name))->setValue(v.toInt());
    };
    const auto line = [dialog](const char* name, const QString& v) {
        dialog->findChild<QLineEdit*>(QLatin1String(name))->setText(v);
    };
    if (rtype == QLatin1String("TXT")) {
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("textPlainTextEdit"))->setPlainText(value);
    } else if (rtype == QLatin1String("MX")) {
        spin("mxPrioritySpinBox", f.at(0));
        line("mxHostLineEdit", f.at(1));
    } else if (rtype == QLatin1String("SRV")) {
        spin("srvPrioritySpinBox", f.at(0));
        spin("srvWeightSpinBox", f.at(1));
        spin("srvPortSpinBox", f.at(2));
        line("srvTargetLineEdit", f.at(3));
    } else if (rtype == QLatin1String("CAA")) {
        spin("caaFlagsSpinBox", f.at(0));
        dialog->findChild<QComboBox*>(QStringLiteral("caaTagComboBox"))->setCurrentText(f.at(1));
        line("caaValueLineEdit", f.at(2).mid(1, f.at(2).size() - 2)); // without its quotes
    } else {
        line("valueLineEdit", value);
    }
}

QStringList TestGuiDns::customValues(const QString& name, const QString& rtype)
{
    QStringList out;
    for (const QJsonValue& v : custom(name, rtype))
        out.append(v.toObject().value(QLatin1String("value")).toString());
    out.sort();
    return out;
}

bool TestGuiDns::submit(const QString& name, const QString& rtype,
                        const std::function<void(DnsRecordDialog*)>& fillValue, bool replace)
{
    DnsRecordDialog* dialog = m_page->dialog();
    if (!dialog->isVisible())
        return false;
    if (!dialog->nameEdit()->isReadOnly()) {
        dialog->nameEdit()->setText(name);
        dialog->typeCombo()->setCurrentText(rtype);
    }
    fillValue(dialog);
    (replace ? dialog->replaceButton() : dialog->addButton())->setChecked(true);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    return acceptPreview() && waitForChange() && !dialog->isVisible();
}

void TestGuiDns::acceptConfirmation()
{
    QTRY_VERIFY(m_page->confirmation() && m_page->confirmation()->isVisible());
    QCOMPARE(m_page->confirmation()->defaultButton(), m_page->confirmation()->button(QMessageBox::Cancel));
    m_page->confirmation()->button(QMessageBox::Yes)->click();
}

void TestGuiDns::addAndAnotherValue()
{
    // Ctrl+N right after the page was picked in the navigation (the focus still there) adds a record.
    m_session->window()->navigation()->setFocus();
    QTest::keyClick(m_session->window()->navigation(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_page->dialog()->isVisible());
    QVERIFY(m_page->dialog()->addButton()->isChecked()); // a new record goes beside others by default
    // Typed in reading order: the name, Tab, the type, Tab, the value.
    QTRY_VERIFY(m_page->dialog()->nameEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_page->dialog()->typeCombo());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_page->dialog()->findChild<QLineEdit*>(QStringLiteral("valueLineEdit")));
    const auto a = [](const QString& v) {
        return [v](DnsRecordDialog* d) { d->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(v); };
    };
    QVERIFY(m_page->dialog()->grab().save(QStringLiteral("dns-record-dialog.png")));
    const QByteArray before = zoneFile();
    QVERIFY(submit(QStringLiteral("host.example.com"), QStringLiteral("A"), a(QStringLiteral("192.0.2.10"))));
    // The preview listed exactly what the box then published.
    // with what a new name gets from the box (its SPF, null MX and DMARC records)
    QVERIFY2(m_preview.contains(QStringLiteral("+ host.example.com A 192.0.2.10")), qPrintable(m_preview.join('\n')));
    QVERIFY(m_preview.contains(QStringLiteral("+ host.example.com MX 0 .")));
    QCOMPARE(sorted(m_preview), sorted(zoneDiff(before, zoneFile())));
    QCOMPARE(custom(QStringLiteral("host.example.com"), QStringLiteral("A")).size(), 1);
    QVERIFY(zoneFile().contains("host\tIN\tA\t192.0.2.10"));
    // The new record is the current row; "Add another value" keeps the first one.
    QCOMPARE(m_page->view()->currentIndex().data(DnsZoneModel::ValueRole).toString(), QStringLiteral("192.0.2.10"));
    action(QStringLiteral("addValueAction"))->trigger();
    QVERIFY(m_page->dialog()->nameEdit()->isReadOnly());
    QVERIFY(submit({}, {}, a(QStringLiteral("192.0.2.11"))));
    QCOMPARE(custom(QStringLiteral("host.example.com"), QStringLiteral("A")).size(), 2);
    const QByteArray zone = zoneFile();
    QVERIFY(zone.contains("host\tIN\tA\t192.0.2.10") && zone.contains("host\tIN\tA\t192.0.2.11"));
    QCOMPARE(m_page->model()->recordCount(), 2);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("custom-dns-page.png")));
}

void TestGuiDns::replaceAndRemove()
{
    QVERIFY(
        m_page->selectRecord(QStringLiteral("host.example.com"), QStringLiteral("A"), QStringLiteral("192.0.2.10")));
    action(QStringLiteral("editRecordAction"))->trigger();
    QVERIFY(m_page->dialog()->replaceButton()->isChecked()); // changing a value replaces the others by default
    QVERIFY(submit(
        {}, {},
        [](DnsRecordDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("192.0.2.12"));
        },
        true));
    QJsonArray values = custom(QStringLiteral("host.example.com"), QStringLiteral("A"));
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0).toObject().value(QLatin1String("value")).toString(), QStringLiteral("192.0.2.12"));
    QVERIFY(!zoneFile().contains("192.0.2.10"));

    // Two values again, then "remove this value" removes only the current one.
    TestHttp http(m_agent.certificate());
    QCOMPARE(http.request("POST", m_agent.url(QStringLiteral("/dns/custom/host.example.com/A")),
                          {TestHttp::basicAuth(m_agent.systemApiKey(), QString())}, "192.0.2.13")
                 .status,
             200);
    m_page->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->recordCount(), 2, 20000);
    QVERIFY(
        m_page->selectRecord(QStringLiteral("host.example.com"), QStringLiteral("A"), QStringLiteral("192.0.2.13")));
    const QByteArray beforeRemoval = zoneFile();
    action(QStringLiteral("removeValueAction"))->trigger();
    QVERIFY(acceptPreview());
    QCOMPARE(m_preview, QStringList{QStringLiteral("− host.example.com A 192.0.2.13")});
    QVERIFY(waitForChange());
    values = custom(QStringLiteral("host.example.com"), QStringLiteral("A"));
    QCOMPARE(values.size(), 1);
    QVERIFY(zoneFile().contains("host\tIN\tA\t192.0.2.12") && !zoneFile().contains("192.0.2.13"));
    QCOMPARE(sorted(m_preview), sorted(zoneDiff(beforeRemoval, zoneFile())));

    QVERIFY(
        m_page->selectRecord(QStringLiteral("host.example.com"), QStringLiteral("A"), QStringLiteral("192.0.2.12")));
    action(QStringLiteral("removeAllAction"))->trigger();
    QVERIFY(acceptPreview());
    QVERIFY(waitForChange());
    QCOMPARE(custom(QStringLiteral("host.example.com"), QStringLiteral("A")).size(), 0);
    QVERIFY(!zoneFile().contains("host\tIN\tA"));
}

void TestGuiDns::longTxt()
{
    const QString value = QString(600, QLatin1Char('v'));
    action(QStringLiteral("addRecordAction"))->trigger();
    m_page->dialog()->typeCombo()->setCurrentText(QStringLiteral("TXT"));
    m_page->dialog()->findChild<QPlainTextEdit*>(QStringLiteral("textPlainTextEdit"))->setPlainText(value);
    // The dialog says how the value will be published.
    QVERIFY2(m_page->dialog()
                 ->findChild<QLabel*>(QStringLiteral("hintLabel"))
                 ->text()
                 .contains(QLatin1String("600 bytes: published as 3 string")),
             qPrintable(m_page->dialog()->findChild<QLabel*>(QStringLiteral("hintLabel"))->text()));
    QVERIFY(submit(QStringLiteral("txt.example.com"), QStringLiteral("TXT"), [](DnsRecordDialog*) {}));
    const QJsonArray values = custom(QStringLiteral("txt.example.com"), QStringLiteral("TXT"));
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0).toObject().value(QLatin1String("value")).toString(), value);
    const QStringList strings = DnsRecords::txtStrings(value);
    QVERIFY(zoneFile().contains(QStringLiteral("txt\tIN\tTXT\t\"%1\" \"%2\" \"%3\"")
                                    .arg(strings.at(0), strings.at(1), strings.at(2))
                                    .toUtf8()));
}

void TestGuiDns::mxSrvCaa()
{
    const QByteArray beforeMx = zoneFile();
    action(QStringLiteral("addRecordAction"))->trigger();
    QVERIFY(submit(QStringLiteral("svc.example.com"), QStringLiteral("MX"), [](DnsRecordDialog* d) {
        d->findChild<QSpinBox*>(QStringLiteral("mxPrioritySpinBox"))->setValue(20);
        d->findChild<QLineEdit*>(QStringLiteral("mxHostLineEdit"))->setText(QStringLiteral("mx.example.net."));
    }));
    QVERIFY(zoneFile().contains("svc\tIN\tMX\t20 mx.example.net."));
    QVERIFY(m_preview.contains(QStringLiteral("+ svc.example.com MX 20 mx.example.net.")));
    QCOMPARE(sorted(m_preview), sorted(zoneDiff(beforeMx, zoneFile())));

    action(QStringLiteral("addRecordAction"))->trigger();
    QVERIFY(submit(QStringLiteral("_sip._tcp.example.com"), QStringLiteral("SRV"), [](DnsRecordDialog* d) {
        d->findChild<QSpinBox*>(QStringLiteral("srvPrioritySpinBox"))->setValue(0);
        d->findChild<QSpinBox*>(QStringLiteral("srvWeightSpinBox"))->setValue(5);
        d->findChild<QSpinBox*>(QStringLiteral("srvPortSpinBox"))->setValue(5060);
        d->findChild<QLineEdit*>(QStringLiteral("srvTargetLineEdit"))->setText(QStringLiteral("sip.example.net."));
    }));
    QVERIFY(zoneFile().contains("_sip._tcp\tIN\tSRV\t0 5 5060 sip.example.net."));

    action(QStringLiteral("addRecordAction"))->trigger();
    QVERIFY(submit(QStringLiteral("example.com"), QStringLiteral("CAA"), [](DnsRecordDialog* d) {
        d->findChild<QComboBox*>(QStringLiteral("caaTagComboBox"))->setCurrentText(QStringLiteral("issue"));
        d->findChild<QLineEdit*>(QStringLiteral("caaValueLineEdit"))->setText(QStringLiteral("letsencrypt.org"));
    }));
    QVERIFY(zoneFile().contains("\tIN\tCAA\t0 issue \"letsencrypt.org\""));

    // The editor reads a stored value back into its fields.
    QVERIFY(m_page->selectRecord(QStringLiteral("svc.example.com"), QStringLiteral("MX"),
                                 QStringLiteral("20 mx.example.net.")));
    action(QStringLiteral("editRecordAction"))->trigger();
    QCOMPARE(m_page->dialog()->findChild<QSpinBox*>(QStringLiteral("mxPrioritySpinBox"))->value(), 20);
    QCOMPARE(m_page->dialog()->value(), QStringLiteral("20 mx.example.net."));
    m_page->dialog()->reject();
}

void TestGuiDns::everyOperation_data()
{
    // A name, a type and three values, each published in the zone file as "name TYPE value" (TXT's strings joined).
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rtype");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("TXT") << QStringLiteral("ops-txt.example.com") << QStringLiteral("TXT")
                         << QStringList{QString(600, QLatin1Char('a')), QStringLiteral("v=spf1 -all"),
                                        QString(300, QLatin1Char('c'))};
    QTest::newRow("MX") << QStringLiteral("ops-mx.example.com") << QStringLiteral("MX")
                        << QStringList{QStringLiteral("10 mx1.example.net."), QStringLiteral("20 mx2.example.net."),
                                       QStringLiteral("30 mx3.example.net.")};
    QTest::newRow("SRV") << QStringLiteral("_xmpp._tcp.example.com") << QStringLiteral("SRV")
                         << QStringList{QStringLiteral("0 5 5222 a.example.net."),
                                        QStringLiteral("10 0 5223 b.example.net."),
                                        QStringLiteral("20 1 5269 c.example.net.")};
    // The CAA editor quotes the value as the zone file does.
    QTest::newRow("CAA") << QStringLiteral("ops-caa.example.com") << QStringLiteral("CAA")
                         << QStringList{QStringLiteral("0 issue \"letsencrypt.org\""),
                                        QStringLiteral("0 issuewild \";\""),
                                        QStringLiteral("128 iodef \"mailto:security@example.com\"")};
}

// Every operation the page offers, for each type: add (a new name), add another value, replace all values by one,
// remove one value, remove all of the name and type. After each: the API lists exactly the expected values, the
// zone file publishes exactly them, and the preview listed exactly the records the zone file gained and lost.
void TestGuiDns::everyOperation()
{
    QFETCH(QString, name);
    QFETCH(QString, rtype);
    QFETCH(QStringList, values);
    const auto fill = [&](const QString& value) {
        return [&rtype, value](DnsRecordDialog* d) { fillFields(d, rtype, value); };
    };
    // Checks the API, the zone file and the preview against what should be there now.
    QByteArray before = zoneFile();
    const auto check = [&](const QList<int>& present) {
        QStringList api;
        QStringList zone;
        for (int i : present) {
            api.append(values.at(i));
            zone.append(name + QLatin1Char(' ') + rtype + QLatin1Char(' ') + values.at(i));
        }
        api.sort();
        zone.sort();
        const QByteArray after = zoneFile();
        QStringList inZone = zoneRecords(after).filter(
            QRegularExpression(QStringLiteral("^%1 %2 ").arg(QRegularExpression::escape(name), rtype)));
        inZone.sort();
        const bool ok =
            customValues(name, rtype) == api && inZone == zone && sorted(m_preview) == sorted(zoneDiff(before, after));
        if (!ok)
            qWarning() << "API" << customValues(name, rtype) << "zone" << inZone << "preview" << m_preview << "diff"
                       << zoneDiff(before, after);
        before = after;
        return ok;
    };

    action(QStringLiteral("addRecordAction"))->trigger();
    QVERIFY(submit(name, rtype, fill(values.at(0))));
    QVERIFY(m_preview.contains(QStringLiteral("+ %1 %2 %3").arg(name, rtype, values.at(0))));
    QVERIFY(check({0}));

    QVERIFY(m_page->selectRecord(name, rtype, values.at(0)));
    action(QStringLiteral("addValueAction"))->trigger();
    QVERIFY(submit({}, {}, fill(values.at(1))));
    QVERIFY(check({0, 1}));

    QVERIFY(m_page->selectRecord(name, rtype, values.at(0)));
    action(QStringLiteral("editRecordAction"))->trigger();
    QVERIFY(submit({}, {}, fill(values.at(2)), true));
    QVERIFY(check({2}));

    QVERIFY(m_page->selectRecord(name, rtype, values.at(2)));
    action(QStringLiteral("addValueAction"))->trigger();
    QVERIFY(submit({}, {}, fill(values.at(0))));
    QVERIFY(check({0, 2}));

    QVERIFY(m_page->selectRecord(name, rtype, values.at(0)));
    action(QStringLiteral("removeValueAction"))->trigger();
    QVERIFY(acceptPreview());
    QVERIFY(waitForChange());
    QVERIFY(check({2}));

    QVERIFY(m_page->selectRecord(name, rtype, values.at(2)));
    action(QStringLiteral("addValueAction"))->trigger();
    QVERIFY(submit({}, {}, fill(values.at(1))));
    QVERIFY(check({1, 2}));
    QVERIFY(m_page->selectRecord(name, rtype, values.at(1)));
    action(QStringLiteral("removeAllAction"))->trigger();
    QVERIFY(acceptPreview());
    QVERIFY(waitForChange());
    QVERIFY(check({}));
}

void TestGuiDns::badValueShowsTheBoxSentence()
{
    const QByteArray before = zoneFile();
    const int records = m_page->model()->recordCount();
    action(QStringLiteral("addRecordAction"))->trigger();
    DnsRecordDialog* dialog = m_page->dialog();
    dialog->nameEdit()->setText(QStringLiteral("bad.example.com"));
    dialog->typeCombo()->setCurrentText(QStringLiteral("A"));
    dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("not-an-address"));
    QSignalSpy finished(m_page, &CustomDnsPage::changeFinished);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->error(), QStringLiteral("'not-an-address' does not appear to be an IPv4 or IPv6 address"));
    QVERIFY(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->grab().save(QStringLiteral("dns-record-dialog-error.png")));
    dialog->reject();
    QCOMPARE(zoneFile(), before);
    QCOMPARE(m_page->model()->recordCount(), records);
}

void TestGuiDns::secondaryNameservers()
{
    auto* tabs = m_page->findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_page->findChild<QWidget*>(QStringLiteral("secondaryNameserversTab")));
    QSignalSpy changed(m_page, &CustomDnsPage::secondaryNameserversChanged);
    m_page->secondaryEdit()->setPlainText(QStringLiteral("xfr:nameserver.example.net"));
    m_page->secondarySaveButton()->click();
    QVERIFY(changed.wait(30000));
    QVERIFY(!changed.first().first().toBool());
    QCOMPARE(m_page->secondaryMessage(),
             QStringLiteral("'nameserver.example.net' is not an IPv4 or IPv6 address or subnet."));

    changed.clear();
    m_page->secondaryEdit()->setPlainText(QStringLiteral("xfr:192.0.2.53\nxfr:198.51.100.0/24"));
    m_page->secondarySaveButton()->click();
    QVERIFY(changed.wait(30000));
    QVERIFY(changed.first().first().toBool());
    QCOMPARE(secondaryCount(), 2);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("custom-dns-secondary.png")));

    changed.clear();
    m_page->secondaryEdit()->clear();
    m_page->secondarySaveButton()->click();
    QVERIFY(changed.wait(30000));
    QVERIFY(changed.first().first().toBool());
    QCOMPARE(secondaryCount(), 0);
    tabs->setCurrentIndex(0);
}

void TestGuiDns::apiTab()
{
    // The curl examples name this box; a copy button puts the example on the clipboard as shown.
    auto* tabs = m_page->findChild<QTabWidget*>();
    auto* api = m_page->findChild<ApiGuidePage*>(QStringLiteral("customDnsApiPage"));
    QVERIFY(tabs && api);
    tabs->setCurrentWidget(api);
    const QString expected = QStringLiteral("curl -X PUT --user ADMIN:PASSWORD -d \"192.0.2.10\" "
                                            "https://box.example.com/admin/dns/custom/www.mydomain.com/A");
    QCOMPARE(api->example(QStringLiteral("setRecord")), expected);
    QApplication::clipboard()->clear();
    auto* copy = api->findChild<QPushButton*>(QStringLiteral("copyButton_setRecord"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), expected);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("custom-dns-api.png")));
    tabs->setCurrentIndex(0);
}

void TestGuiDns::externalDnsAndZoneFile()
{
    ExternalDnsPage* page = m_session->window()->externalDnsPage();
    QSignalSpy loaded(page, &ExternalDnsPage::recordsLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("external-dns")));
    QVERIFY(loaded.wait(60000));
    const QJsonArray dump = QJsonDocument::fromJson(m_api->get(QStringLiteral("/dns/dump")).body).array();
    QCOMPARE(loaded.first().at(0).toInt(), int(dump.size()));
    int records = 0;
    for (const QJsonValue& zone : dump)
        records += int(zone.toArray().at(1).toArray().size());
    QCOMPARE(loaded.first().at(1).toInt(), records);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("external-dns-page.png")));

    const QModelIndex zone = page->model()->indexOfZone(QStringLiteral("example.com"));
    QVERIFY(zone.isValid());
    page->view()->setCurrentIndex(page->proxy()->mapFromSource(zone));
    QCOMPARE(page->currentZone(), QStringLiteral("example.com"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("example.com.zone"));
    QSignalSpy saved(page, &ExternalDnsPage::zoneFileSaved);
    page->saveZoneFile(QStringLiteral("example.com"), path);
    QVERIFY(saved.wait(30000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), zoneFile());

    // A folder that cannot be written: said, nothing else happens.
    saved.clear();
    page->saveZoneFile(QStringLiteral("example.com"), dir.filePath(QStringLiteral("missing/dir/x.zone")));
    QVERIFY(saved.wait(30000));
    QVERIFY(!saved.first().first().toBool());
    QVERIFY(page->statusText().contains(QLatin1String("could not be saved")));
}

void TestGuiDns::withoutPreviewAsOnAnUnmodifiedBox()
{
    // An unmodified box has no preview route: changes go straight to the box, removals after a question.
    QVERIFY(m_session->window()->showPage(QStringLiteral("custom-dns")));
    m_page->setPreviewAvailable(false);
    action(QStringLiteral("addRecordAction"))->trigger();
    DnsRecordDialog* dialog = m_page->dialog();
    dialog->nameEdit()->setText(QStringLiteral("plain.example.com"));
    dialog->typeCombo()->setCurrentText(QStringLiteral("A"));
    dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"))->setText(QStringLiteral("192.0.2.20"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(waitForChange());
    QVERIFY(!m_page->previewDialog()->isVisible());
    QVERIFY(zoneFile().contains("plain\tIN\tA\t192.0.2.20"));
    QVERIFY(
        m_page->selectRecord(QStringLiteral("plain.example.com"), QStringLiteral("A"), QStringLiteral("192.0.2.20")));
    action(QStringLiteral("removeValueAction"))->trigger();
    acceptConfirmation();
    QVERIFY(waitForChange());
    QVERIFY(!zoneFile().contains("192.0.2.20"));
    m_page->setPreviewAvailable(true);
}

void TestGuiDns::dnssecTab()
{
    // The box's zones are signed; no registrar publishes a DS record for them here: the status checks say so and
    // list the records to give the registrar.
    ExternalDnsPage* page = m_session->window()->externalDnsPage();
    QVERIFY(m_session->window()->showPage(QStringLiteral("external-dns")));
    page->findChild<QTabWidget*>()->setCurrentWidget(page->findChild<QWidget*>(QStringLiteral("dnssecTab")));
    QSignalSpy shown(page, &ExternalDnsPage::dnssecShown);
    page->dnssecButton()->click();
    QVERIFY(!page->dnssecButton()->isEnabled());
    QVERIFY(shown.wait(120000));
    QVERIFY(shown.first().first().toBool());
    const QString text = page->dnssecView()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("example.com")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DS record is not set")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Key Tag: ")) && text.contains(QLatin1String("Digest: ")), qPrintable(text));
    QVERIFY(page->dnssecButton()->isEnabled());
    QVERIFY(m_session->window()->grab().save(QStringLiteral("external-dns-dnssec.png")));
}

QTEST_MAIN(TestGuiDns)
#include "tst_gui_dns.moc"
