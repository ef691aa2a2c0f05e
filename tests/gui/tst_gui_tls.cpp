// The TLS (SSL) Certificates page against a live agent whose box trusts a CA made here (TRUSTED_CA_FILE): the table
// lists the box's domains with their state; a CSR made through the dialog verifies with `openssl req -verify` and
// carries the box's key and the chosen country; a certificate issued here for the box's key is installed through
// the dialog from files and then shown in the table and the details (its SHA-256); a certificate the box refuses
// shows the box's sentence as it is and changes nothing; provisioning on a box no domain of which resolves to it
// answers for every domain why not, and "There were no domain names to provision certificates for.".
// Screenshots of the page and every dialog land in the working directory.
#include "GuiSession.h"
#include "TestFiles.h"
#include "TestPki.h"
#include "TlsService.h"
#include "TlsStatusModel.h"
#include "dialogs/CertificateDetailsDialog.h"
#include "dialogs/CsrDialog.h"
#include "dialogs/InstallCertificateDialog.h"
#include "dialogs/ProvisionDialog.h"
#include "pages/TlsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>
#include <QTreeWidget>

class TestGuiTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableShowsTheDomains();
    void csrThroughTheDialog();
    void refusedCertificateChangesNothing();
    void installThroughTheDialog();
    void provisionWithNothingToProvision();

private:
    QAction* action(const QString& name) const { return m_page->findChild<QAction*>(name); }
    QByteArray issue(const QString& name) const
    {
        TestPki::Spec spec;
        spec.commonName = name;
        spec.dnsNames = {name};
        return TestPki::serverCertificate(m_ca, spec, m_boxKey);
    }
    QString boxStatus(const QString& domain)
    {
        const QJsonObject o = QJsonDocument::fromJson(m_api->get(QStringLiteral("/ssl/status")).body).object();
        for (const QJsonValue& v : o.value(QLatin1String("status")).toArray()) {
            if (v.toObject().value(QLatin1String("domain")).toString() == domain)
                return v.toObject().value(QLatin1String("status")).toString() + QStringLiteral(": ") +
                       v.toObject().value(QLatin1String("text")).toString();
        }
        return QStringLiteral("<missing>");
    }
    QStringList sslFiles() const
    {
        return QDir(m_agent.storageRoot() + QStringLiteral("/ssl")).entryList(QDir::Files, QDir::Name);
    }
    // Runs openssl with `args`; its exit code, stdout and stderr together in *output.
    static int openssl(const QStringList& args, QByteArray* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000))
            return -1;
        *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    // The main window active and the list focused, for the page's keys.
    void activateMainWindow()
    {
        m_session->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_session->window()));
        QTRY_COMPARE(QApplication::activeWindow(), m_session->window());
        m_page->view()->setFocus();
    }
    int row(const QString& domain) const { return m_page->model()->rowOf(domain); }
    // Selects a file in the open file dialog named `name`, as a user would.
    static bool chooseInFileDialog(QWidget* parent, const QString& name, const QString& path)
    {
        QFileDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = parent->findChild<QFileDialog*>(name);
                    return dialog && dialog->isVisible();
                },
                10000))
            return false;
        dialog->selectFile(path);
        QPointer<QFileDialog> guard(dialog);
        // Accepted, it closes and goes (WA_DeleteOnClose), giving the focus back.
        return QMetaObject::invokeMethod(dialog, "accept") && QTest::qWaitFor([&] { return guard.isNull(); }, 10000);
    }

    TestAgent m_agent;
    TestPki::Authority m_ca;
    QByteArray m_boxKey;
    QTemporaryDir m_files;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    TlsPage* m_page = nullptr;
    const QString m_notHere = QStringLiteral("The domain name does not resolve to this machine: [Not Set] (A).");
};

void TestGuiTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_agent.stop();
    // The box trusts a CA made here instead of the system's, so certificates issued here can be installed.
    m_ca = TestPki::authority();
    const QString caFile = m_agent.dir() + QStringLiteral("/test-ca.pem");
    QVERIFY(TestFiles::write(caFile, m_ca.rootCert));
    QVERIFY(TestFiles::write(m_agent.configPath(),
                             TestFiles::read(m_agent.configPath()) + "TRUSTED_CA_FILE=" + caFile.toUtf8() + "\n"));
    QVERIFY2(m_agent.start(&error, {}, m_agent.dir()), qPrintable(error));
    m_boxKey = TestFiles::read(m_agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem"));
    QVERIFY(!m_boxKey.isEmpty());
    QVERIFY(m_files.isValid());
    m_api = std::make_unique<ApiProbe>(&m_agent);
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->tlsPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &TlsPage::statusLoaded);
    QVERIFY(m_session->window()->showPage(QStringLiteral("tls")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
}

void TestGuiTls::cleanupTestCase()
{
    m_session.reset();
    m_agent.stop();
}

void TestGuiTls::tableShowsTheDomains()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TlsStatusModel* model = m_page->model();
    QStringList domains;
    for (int r = 0; r < model->rowCount(); ++r)
        domains.append(model->index(r, TlsStatusModel::DomainColumn).data().toString());
    QCOMPARE(domains,
             QStringList({"box.example.com", "mta-sts.box.example.com", "example.com", "autoconfig.example.com",
                          "autodiscover.example.com", "mta-sts.example.com", "www.example.com"}));
    // The view shows them in the box's order.
    QTreeView* view = m_page->view();
    QCOMPARE(view->model()->rowCount(), 7);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("box.example.com"));
    QCOMPARE(view->model()->index(2, 0).data().toString(), QStringLiteral("example.com"));

    const int box = row(QStringLiteral("box.example.com"));
    QCOMPARE(model->index(box, TlsStatusModel::StateColumn).data().toString(), QStringLiteral("Self-signed"));
    QCOMPARE(model->index(box, TlsStatusModel::TextColumn).data().toString(),
             QStringLiteral("Self-signed. Get a signed certificate to stop warnings. ") + m_notHere);
    // The box's own name always uses ssl_certificate.pem.
    QCOMPARE(model->index(box, TlsStatusModel::CertificateColumn).data().toString(),
             QStringLiteral("ssl_certificate.pem"));
    const int example = row(QStringLiteral("example.com"));
    QCOMPARE(model->index(example, TlsStatusModel::StateColumn).data().toString(), QStringLiteral("No certificate"));
    QCOMPARE(model->index(example, TlsStatusModel::TextColumn).data().toString(),
             QStringLiteral("No certificate installed. ") + m_notHere);
    QVERIFY(model->index(example, TlsStatusModel::ExpiresColumn).data().toString().isEmpty());
    QVERIFY2(m_page->statusText().startsWith(QLatin1String("7 domain")), qPrintable(m_page->statusText()));

    // The filter.
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("self-signed"));
    QCOMPARE(view->model()->rowCount(), 1);
    m_page->filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), 7);
    QVERIFY(m_session->window()->grab().save(QStringLiteral("tls-page.png")));

    // Details of a row whose certificate the status does not include: what the box reports, and why only that.
    QVERIFY(m_page->selectDomain(QStringLiteral("box.example.com")));
    QVERIFY(action(QStringLiteral("certificateDetailsAction"))->isEnabled());
    action(QStringLiteral("certificateDetailsAction"))->trigger();
    CertificateDetailsDialog* details = m_page->detailsDialog();
    QTRY_VERIFY(details->isVisible());
    QVERIFY(details->explanation().contains(QLatin1String("does not include the certificate itself")));
    QVERIFY(details->explanation().contains(QLatin1String("ssl/ssl_certificate.pem")));
    QVERIFY(details->detailsText().contains(QLatin1String("Self-signed. Get a signed certificate")));
    QVERIFY(details->certificates().isEmpty());
    // Any certificate file can be opened there: the box's own certificate, read from its file.
    const QString boxCertificate = m_agent.storageRoot() + QStringLiteral("/ssl/ssl_certificate.pem");
    details->findChild<QPushButton*>(QStringLiteral("openCertificateButton"))->click();
    QVERIFY(chooseInFileDialog(details, QStringLiteral("openCertificateFileDialog"), boxCertificate));
    QTRY_COMPARE(details->certificates().size(), 1);
    QCOMPARE(details->certificates().constFirst().commonName, QStringLiteral("box.example.com"));
    QCOMPARE(details->certificates().constFirst().sha256, m_agent.fingerprint());
    QVERIFY(details->detailsText().contains(m_agent.fingerprint()));
    QVERIFY(details->grab().save(QStringLiteral("tls-details-dialog-status.png")));
    details->close();
}

void TestGuiTls::csrThroughTheDialog()
{
    QVERIFY(m_page->selectDomain(QStringLiteral("example.com")));
    action(QStringLiteral("makeCsrAction"))->trigger();
    CsrDialog* dialog = m_page->csrDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->domain(), QStringLiteral("example.com"));
    // Upstream's country list: "leave out", the common countries first, then the others.
    auto* countries = dialog->findChild<QComboBox*>(QStringLiteral("countryComboBox"));
    QCOMPARE(countries->itemData(0).toString(), QString());
    QCOMPARE(countries->itemData(1).toString(), QStringLiteral("CN"));
    QCOMPARE(countries->itemText(3), QStringLiteral("United States (US)"));
    QCOMPARE(countries->itemData(21).toString(), QStringLiteral("CA"));
    QCOMPARE(countries->count(), 1 + 249 + 1); // with the separator
    QVERIFY(dialog->selectCountry(QStringLiteral("DE")));

    QSignalSpy shown(dialog, &CsrDialog::csrShown);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("makeCsrButton")), Qt::LeftButton);
    QVERIFY(shown.wait(30000));
    const QString csr = dialog->csr();
    QVERIFY2(csr.startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----\n")), qPrintable(csr));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("copyCsrButton"))->isEnabled());
    QVERIFY(dialog->grab().save(QStringLiteral("tls-csr-dialog.png")));

    // Save, through the file dialog, and check the file with openssl: signature, subject, the box's key.
    const QString path = m_files.filePath(QStringLiteral("example.com.csr"));
    QSignalSpy saved(dialog, &CsrDialog::saved);
    dialog->findChild<QPushButton*>(QStringLiteral("saveCsrButton"))->click();
    QVERIFY(chooseInFileDialog(dialog, QStringLiteral("saveCsrFileDialog"), path));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(TestFiles::read(path), csr.toLatin1());
    QByteArray out;
    QCOMPARE(openssl({"req", "-verify", "-noout", "-in", path}, &out), 0);
    QVERIFY2(out.contains("verify OK"), out.constData());
    QCOMPARE(openssl({"req", "-noout", "-subject", "-nameopt", "RFC2253", "-in", path}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("subject=CN=example.com,C=DE"));
    QByteArray csrKey;
    QByteArray boxKey;
    QCOMPARE(openssl({"req", "-noout", "-pubkey", "-in", path}, &csrKey), 0);
    const QString keyPath = m_agent.storageRoot() + QStringLiteral("/ssl/ssl_private_key.pem");
    QCOMPARE(openssl({"pkey", "-pubout", "-in", keyPath}, &boxKey), 0);
    QCOMPARE(csrKey, boxKey);

    dialog->findChild<QPushButton*>(QStringLiteral("copyCsrButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), csr);

    // Without a country: the request names the domain only.
    QVERIFY(dialog->selectCountry(QString()));
    QVERIFY(dialog->csr().isEmpty()); // the one shown was for other inputs
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveCsrButton"))->isEnabled());
    dialog->makeCsr();
    QVERIFY(shown.wait(30000));
    QVERIFY(TestFiles::write(path, dialog->csr().toLatin1()));
    QCOMPARE(openssl({"req", "-noout", "-subject", "-nameopt", "RFC2253", "-in", path}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("subject=CN=example.com"));
    dialog->close();
}

void TestGuiTls::refusedCertificateChangesNothing()
{
    const QStringList filesBefore = sslFiles();
    const QString before = boxStatus(QStringLiteral("example.com"));
    QVERIFY(m_page->selectDomain(QStringLiteral("example.com")));
    action(QStringLiteral("installCertificateAction"))->trigger();
    InstallCertificateDialog* dialog = m_page->installDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->domain(), QStringLiteral("example.com"));
    auto* install = dialog->findChild<QPushButton*>(QStringLiteral("installButton"));

    // Nothing pasted: said here, nothing sent.
    install->click();
    QCOMPARE(dialog->message(), QStringLiteral("Paste the certificate, or choose its file."));

    // Without its intermediate chain: the box's sentence, as it is.
    QSignalSpy refused(dialog, &InstallCertificateDialog::refused);
    dialog->certificateEdit()->setPlainText(QString::fromLatin1(issue(QStringLiteral("example.com"))));
    QVERIFY(dialog->summary().startsWith(QLatin1String("For example.com; issued by Test Intermediate CA")));
    install->click();
    QVERIFY(refused.wait(30000));
    const QString text = refused.first().at(1).toString();
    QVERIFY2(text.startsWith(QLatin1String("The certificate is missing an intermediate chain")), qPrintable(text));
    QCOMPARE(dialog->message(), text);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->grab().save(QStringLiteral("tls-install-dialog-refused.png")));

    // For another name.
    dialog->certificateEdit()->setPlainText(QString::fromLatin1(issue(QStringLiteral("other.example.org"))));
    dialog->chainEdit()->setPlainText(QString::fromLatin1(m_ca.intermediateCert));
    QVERIFY(dialog->summary().contains(QLatin1String("It is not for example.com.")));
    install->click();
    QVERIFY(refused.wait(30000));
    QCOMPARE(dialog->message(),
             QStringLiteral("The certificate is for the wrong domain name. It is for other.example.org."));

    QCOMPARE(sslFiles(), filesBefore);
    QCOMPARE(boxStatus(QStringLiteral("example.com")), before);
    dialog->close();
}

void TestGuiTls::installThroughTheDialog()
{
    // The provider's files: the certificate with its chain in one file, as many providers give it.
    const QByteArray certificate = issue(QStringLiteral("example.com"));
    const QString fullChain = m_files.filePath(QStringLiteral("example.com-fullchain.pem"));
    QVERIFY(TestFiles::write(fullChain, certificate + m_ca.intermediateCert));
    const QString expected = QString::fromLatin1(
        QSslCertificate(certificate, QSsl::Pem).digest(QCryptographicHash::Sha256).toHex(':').toUpper());

    QVERIFY(m_page->selectDomain(QStringLiteral("example.com")));
    // Install certificate…, from the keyboard.
    activateMainWindow();
    QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier);
    InstallCertificateDialog* dialog = m_page->installDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->domain(), QStringLiteral("example.com"));
    QVERIFY(dialog->certificateEdit()->toPlainText().isEmpty());
    dialog->findChild<QPushButton*>(QStringLiteral("chooseCertificateButton"))->click();
    QVERIFY(chooseInFileDialog(dialog, QStringLiteral("chooseCertificateFileDialog"), fullChain));
    QTRY_VERIFY(!dialog->certificateEdit()->toPlainText().isEmpty());
    // The file's first certificate is the certificate, the rest the chain.
    QCOMPARE(dialog->certificateEdit()->toPlainText().toLatin1(), certificate.trimmed());
    QCOMPARE(dialog->chainEdit()->toPlainText().toLatin1(), m_ca.intermediateCert.trimmed());
    QVERIFY(dialog->grab().save(QStringLiteral("tls-install-dialog.png")));

    QSignalSpy installed(m_page, &TlsPage::certificateInstalled);
    QSignalSpy loaded(m_page, &TlsPage::statusLoaded);
    dialog->findChild<QPushButton*>(QStringLiteral("installButton"))->click();
    QVERIFY(installed.wait(60000));
    QCOMPARE(installed.first().first().toString(), QStringLiteral("example.com"));
    QVERIFY(!dialog->isVisible());
    QVERIFY(loaded.count() > 0 || loaded.wait(30000));
    QVERIFY2(m_page->statusText().startsWith(QLatin1String("The certificate for example.com was installed. The box: "
                                                           "web updated\n7 domain")),
             qPrintable(m_page->statusText()));

    // The box has it; the table shows it.
    QVERIFY2(boxStatus(QStringLiteral("example.com")).startsWith(QLatin1String("success: Signed & valid.")),
             qPrintable(boxStatus(QStringLiteral("example.com"))));
    TlsStatusModel* model = m_page->model();
    const int r = row(QStringLiteral("example.com"));
    QCOMPARE(m_page->currentDomain(), QStringLiteral("example.com"));
    QCOMPARE(model->index(r, TlsStatusModel::StateColumn).data().toString(), QStringLiteral("Signed & valid"));
    QVERIFY2(model->index(r, TlsStatusModel::ExpiresColumn).data().toString().contains(QLatin1String("(in 89 day")),
             qPrintable(model->index(r, TlsStatusModel::ExpiresColumn).data().toString()));
    QCOMPARE(model->index(r, TlsStatusModel::CertificateColumn).data().toString(),
             QStringLiteral("Installed from here: example.com, issued by Test Intermediate CA"));
    QVERIFY(m_session->window()->grab().save(QStringLiteral("tls-page-installed.png")));

    // Its details: names, issuer, validity, SHA-256 of what was installed, and the chain.
    activateMainWindow();
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    CertificateDetailsDialog* details = m_page->detailsDialog();
    QTRY_VERIFY(details->isVisible());
    QCOMPARE(details->certificates().size(), 2);
    const CertificateDetails c = details->certificates().constFirst();
    QCOMPARE(c.commonName, QStringLiteral("example.com"));
    QCOMPARE(c.dnsNames, QStringList{QStringLiteral("example.com")});
    QCOMPARE(c.issuerCommonName, QStringLiteral("Test Intermediate CA"));
    QCOMPARE(c.sha256, expected);
    QVERIFY(c.isValidAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(!c.selfSigned);
    const QString text = details->detailsText();
    QVERIFY(text.contains(expected));
    QVERIFY(text.contains(QLatin1String("Test Intermediate")));
    QVERIFY(text.contains(QLatin1String("Chain certificate 1")));
    QVERIFY(details->explanation().contains(QLatin1String("installed for example.com from this computer")));
    QVERIFY(details->grab().save(QStringLiteral("tls-details-dialog.png")));
    details->close();
}

void TestGuiTls::provisionWithNothingToProvision()
{
    QVERIFY(action(QStringLiteral("provisionAction"))->isEnabled());
    action(QStringLiteral("provisionAction"))->trigger();
    ProvisionDialog* dialog = m_page->provisionDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("introLabel"))
                ->text()
                .startsWith(QLatin1String("The box's status lists no domain")));
    QSignalSpy done(dialog, &ProvisionDialog::finishedProvisioning);
    QSignalSpy busy(m_page->service(), &TlsService::busyChanged);
    dialog->findChild<QPushButton*>(QStringLiteral("provisionButton"))->click();
    QVERIFY(m_page->service()->isBusy(TlsService::Call::Provision));
    QVERIFY(dialog->progressBar()->isVisibleTo(dialog));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("provisionButton"))->isEnabled());
    QVERIFY(dialog->grab().save(QStringLiteral("tls-provision-dialog-busy.png")));
    QVERIFY(done.wait(120000));
    QVERIFY(!dialog->progressBar()->isVisibleTo(dialog));
    QCOMPARE(dialog->summary(), QStringLiteral("There were no domain names to provision certificates for."));
    // Every domain, with the box's reason.
    QTreeWidget* results = dialog->results();
    QStringList skipped;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = results->topLevelItem(i);
        if (item->text(1) == QLatin1String("Skipped"))
            skipped.append(item->text(0) + QStringLiteral(": ") + item->text(2));
    }
    QVERIFY2(skipped.contains(QStringLiteral("example.com: ") + m_notHere), qPrintable(skipped.join('\n')));
    QVERIFY2(skipped.contains(QStringLiteral("www.example.com: ") + m_notHere), qPrintable(skipped.join('\n')));
    QCOMPARE(skipped.size(), 7);
    QVERIFY(dialog->grab().save(QStringLiteral("tls-provision-dialog.png")));
    dialog->close();
}

QTEST_MAIN(TestGuiTls)
#include "tst_gui_tls.moc"
