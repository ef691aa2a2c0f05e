// The System page against a live agent whose apt-get, reboot command and upstream version URL are harmless stand-ins
// (tests/data/system/fake-apt-get, a script that writes a marker, a loopback server answering TAG=v99): the version;
// the privacy switch both ways, checked through the API, with the latest release asked only while the admin allows
// it; the pending updates as the box lists them and "Install updates" (confirmation, busy state with the time, the
// package manager's output, the list after it); the reboot offered only when the box needs one, refused and then
// accepted through its confirmation. Screenshots of the page and both confirmations.
#include "FakeAptGet.h"
#include "GuiSession.h"
#include "TestFiles.h"
#include "pages/SystemPage.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace {
// upstream's setup script on loopback: answers every request with a script naming v99; counts the requests.
class SetupScript : public QObject
{
public:
    int requests = 0;
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QByteArray url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/setup.sh?ping=1").arg(m_server.serverPort()).toUtf8();
    }
    SetupScript()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received[socket] += socket->readAll();
                    if (!m_received.value(socket).contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QByteArray body = "#!/bin/bash\nif [ -z \"$TAG\" ]; then\n\tTAG=v99\nfi\n";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/x-sh\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_received;
};
} // namespace

class TestGuiSystem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void version();
    void privacyRoundTrip();
    void updatesAndInstall();
    void reboot();

private:
    QString aptDir() const { return m_tmp.path() + QStringLiteral("/apt"); }
    QString rebootMarker() const { return m_tmp.path() + QStringLiteral("/rebooted"); }
    QString rebootFile() const { return m_agent.dir() + QStringLiteral("/system/var/run/reboot-required"); }
    bool privacyOnBox() { return m_api->get(QStringLiteral("/system/privacy")).body.trimmed() == "true"; }
    QMessageBox* waitForConfirmation()
    {
        if (!QTest::qWaitFor([this] { return m_page->confirmation() && m_page->confirmation()->isVisible(); }, 5000))
            return nullptr;
        return m_page->confirmation();
    }
    static void clickButton(QMessageBox* box, const QString& text)
    {
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == text) {
                b->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
    }

    QTemporaryDir m_tmp;
    SetupScript m_upstream;
    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    SystemPage* m_page = nullptr;
};

void TestGuiSystem::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QString apt = FakeAptGet::install(aptDir());
    QVERIFY(!apt.isEmpty());
    const QString shutdown = m_tmp.path() + QStringLiteral("/shutdown");
    QVERIFY(
        TestFiles::write(shutdown, "#!/bin/sh\necho \"shutdown $*\"\necho \"$*\" > " + rebootMarker().toUtf8() + "\n"));
    QVERIFY(QFile::setPermissions(shutdown, QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(m_upstream.listen());
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY2(m_agent.restartWith({{"APT_GET", apt.toUtf8()},
                                  {"REBOOT_COMMAND", shutdown.toUtf8() + " -r now"},
                                  {"UPSTREAM_VERSION_URL", m_upstream.url()}},
                                 &error),
             qPrintable(error));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    QVERIFY(privacyOnBox()); // the default: private
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->systemPage();
    QSignalSpy version(m_page, &SystemPage::versionShown);
    QSignalSpy privacy(m_page, &SystemPage::privacyShown);
    QSignalSpy updates(m_page, &SystemPage::updatesShown);
    QSignalSpy reboot(m_page, &SystemPage::rebootShown);
    QVERIFY(m_session->window()->showPage(QStringLiteral("system")));
    QVERIFY(version.count() > 0 || version.wait(20000));
    QVERIFY(privacy.count() > 0 || privacy.wait(20000));
    QVERIFY(updates.count() > 0 || updates.wait(60000));
    QVERIFY(reboot.count() > 0 || reboot.wait(20000));
}

void TestGuiSystem::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiSystem::version()
{
    const QString version = QString::fromUtf8(m_api->get(QStringLiteral("/system/version")).body).trimmed();
    QVERIFY(!version.isEmpty());
    QVERIFY2(m_page->versionLabel()->text().contains(version), qPrintable(m_page->versionLabel()->text()));
    // Private: the box is not asked for the latest release, and the page says why it does not know it.
    QVERIFY(!m_page->versionCheckBox()->isChecked());
    QVERIFY2(m_page->latestLabel()->text().contains(QLatin1String("private")),
             qPrintable(m_page->latestLabel()->text()));
    QTest::qWait(300);
    QCOMPARE(m_upstream.requests, 0);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("system-page.png")));
}

void TestGuiSystem::privacyRoundTrip()
{
    // On: the box is no longer private and the page asks it for the latest release at once.
    QSignalSpy privacy(m_page, &SystemPage::privacyShown);
    QSignalSpy latest(m_page, &SystemPage::latestShown);
    m_page->versionCheckBox()->click();
    QVERIFY(privacy.wait(20000));
    QCOMPARE(privacy.first().first().toBool(), false);
    QVERIFY(!privacyOnBox());
    QVERIFY(latest.count() > 0 || latest.wait(20000));
    QCOMPARE(m_upstream.requests, 1);
    QVERIFY2(m_page->latestLabel()->text().contains(QLatin1String("A newer release is available: v99")),
             qPrintable(m_page->latestLabel()->text()));
    QVERIFY(m_page->versionCheckBox()->isChecked());
    QVERIFY(m_session->window()->grab().save(QStringLiteral("system-page-version-check.png")));

    // Off again: private on the box, and nothing more is asked, not even when the page is shown again.
    privacy.clear();
    m_page->versionCheckBox()->click();
    QVERIFY(privacy.wait(20000));
    QCOMPARE(privacy.first().first().toBool(), true);
    QVERIFY(privacyOnBox());
    QVERIFY(!m_page->versionCheckBox()->isChecked());
    privacy.clear();
    m_page->refresh();
    QVERIFY(privacy.wait(20000));
    QTest::qWait(300);
    QCOMPARE(m_upstream.requests, 1);
    QVERIFY(m_page->latestLabel()->text().contains(QLatin1String("private")));
}

void TestGuiSystem::updatesAndInstall()
{
    const QStringList listed = QString::fromUtf8(m_api->get(QStringLiteral("/system/updates")).body)
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(listed.size() > 5);
    QTreeWidget* list = m_page->updatesList();
    QCOMPARE(list->topLevelItemCount(), int(listed.size()));
    for (int i = 0; i < listed.size(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        QCOMPARE(QStringLiteral("%1 (%2)").arg(item->text(0), item->text(1)), listed.at(i));
    }
    QVERIFY2(m_page->updatesLabel()->text().contains(QString::number(listed.size())),
             qPrintable(m_page->updatesLabel()->text()));
    QVERIFY(m_page->installButton()->isEnabled());

    // Asked first; "Cancel" installs nothing.
    m_page->installButton()->click();
    QMessageBox* box = waitForConfirmation();
    QVERIFY(box);
    QVERIFY(box->text().contains(QString::number(listed.size())));
    QVERIFY(box->grab().save(QStringLiteral("system-install-confirmation.png")));
    clickButton(box, QStringLiteral("Cancel"));
    QTest::qWait(200);
    QVERIFY(!FakeAptGet::calls(aptDir()).contains("-y upgrade"));

    // Installed: busy with the time so far while apt-get runs (held), then its output; the box lists nothing after.
    FakeAptGet::setFlag(aptDir(), QStringLiteral("hold-upgrade"), true);
    QVERIFY(TestFiles::write(aptDir() + QStringLiteral("/simulation.txt"), QByteArray()));
    QSignalSpy installed(m_page, &SystemPage::updatesInstalled);
    QSignalSpy updates(m_page, &SystemPage::updatesShown);
    m_page->installButton()->click();
    box = waitForConfirmation();
    QVERIFY(box);
    clickButton(box, QStringLiteral("Install"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isBusy(), 5000);
    QVERIFY(!m_page->installButton()->isEnabled());
    const auto label = [this] { return m_page->findChild<QLabel*>(QStringLiteral("installLabel"))->text(); };
    QTRY_VERIFY_WITH_TIMEOUT(label().contains(QStringLiteral("Installing updates on the box… 1 s")), 5000);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("system-page-installing.png")));
    FakeAptGet::setFlag(aptDir(), QStringLiteral("hold-upgrade"), false);
    QVERIFY(installed.wait(60000));
    QVERIFY(installed.first().first().toBool());
    QCOMPARE(m_page->outputView()->toPlainText().trimmed(),
             QString::fromUtf8(TestFiles::read(aptDir() + QStringLiteral("/upgrade.txt"))).trimmed());
    QVERIFY(FakeAptGet::calls(aptDir()).contains("-y upgrade"));
    QVERIFY2(label().startsWith(QLatin1String("Updates installed")), qPrintable(label()));
    QTRY_VERIFY_WITH_TIMEOUT(updates.count() > 0, 20000);
    QCOMPARE(updates.last().first().toInt(), 0);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!m_page->installButton()->isEnabled());
    QVERIFY2(m_page->updatesLabel()->text().contains(QLatin1String("up to date")),
             qPrintable(m_page->updatesLabel()->text()));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("system-page-installed.png")));
}

void TestGuiSystem::reboot()
{
    // No reboot pending: none offered.
    QVERIFY(!QFile::exists(rebootFile()));
    QVERIFY(!m_page->rebootButton()->isVisible());
    QCOMPARE(m_page->rebootLabel()->text(), QStringLiteral("No reboot is necessary."));

    // Pending: offered; asked first, "Cancel" reboots nothing.
    QVERIFY(TestFiles::write(rebootFile(), QByteArray()));
    QSignalSpy shown(m_page, &SystemPage::rebootShown);
    m_page->refresh();
    QVERIFY(shown.wait(20000));
    QVERIFY(shown.first().first().toBool());
    QVERIFY(m_page->rebootButton()->isVisible());
    m_page->rebootButton()->click();
    QMessageBox* box = waitForConfirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("box.example.com")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QLatin1String("cannot be stopped")));
    QVERIFY(box->grab().save(QStringLiteral("system-reboot-confirmation.png")));
    clickButton(box, QStringLiteral("Cancel"));
    QTest::qWait(200);
    QVERIFY(!QFile::exists(rebootMarker()));

    QSignalSpy answered(m_page, &SystemPage::rebootAnswered);
    m_page->rebootButton()->click();
    box = waitForConfirmation();
    QVERIFY(box);
    clickButton(box, QStringLiteral("Reboot now"));
    QVERIFY(answered.wait(20000));
    QCOMPARE(TestFiles::read(rebootMarker()), QByteArray("-r now\n"));
    QCOMPARE(m_page->rebootResultLabel()->text(), QStringLiteral("The reboot command said: shutdown -r now"));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("system-page-rebooted.png")));

    // Not pending any more: the box refuses, and the page shows its sentence.
    QVERIFY(QFile::remove(rebootFile()));
    answered.clear();
    m_page->reboot();
    box = waitForConfirmation();
    QVERIFY(box);
    clickButton(box, QStringLiteral("Reboot now"));
    QVERIFY(answered.wait(20000));
    QCOMPARE(m_page->rebootResultLabel()->text(), QStringLiteral("No reboot is required, so it is not allowed."));
}

QTEST_MAIN(TestGuiSystem)
#include "tst_gui_system.moc"
