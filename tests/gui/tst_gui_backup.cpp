// The Backup Status page against a live agent with the real duplicity: the configuration dialog sets a folder on the
// box as the target (and shows the box's sentence for an S3 endpoint it cannot reach, saving nothing); "Back up now"
// shows its progress and the backup appears in the table with the target's size; "Verify" shows the box's result;
// the restore wizard restores one mailbox into a new directory whose contents equal the mailbox on the box; "Save
// the backup key" refuses a wrong password and writes the key, readable by its owner only, after the right one;
// against an unmodified-box stand-in the agent-only actions are hidden with their sentence. Screenshots of the page,
// the dialog (every kind of target) and every page of the wizard land in the working directory.
#include "BackupListModel.h"
#include "GuiSession.h"
#include "TestBackup.h"
#include "TestFiles.h"
#include "TestTool.h"
#include "dialogs/BackupConfigDialog.h"
#include "dialogs/RestoreWizard.h"
#include "pages/BackupPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeView>
#include <QTreeWidget>

class TestGuiBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void configureLocalTarget();
    void unreachableS3ShowsTheBoxSentence();
    void backUpNow();
    void verify();
    void restoreMailboxWithTheWizard();
    void saveTheBackupKey();
    void upstreamOnlyHidesAgentActions();

private:
    QAction* action(const QString& name) const { return m_page->findChild<QAction*>(name); }
    QLabel* label(const QString& name) const { return m_page->findChild<QLabel*>(name); }
    QJsonObject config()
    {
        return QJsonDocument::fromJson(m_api->get(QStringLiteral("/system/backup/config")).body).object();
    }
    bool showPage();
    // Opens the dialog through its action, waits until it shows the box's configuration.
    BackupConfigDialog* openConfigDialog();
    static bool save(QWidget* widget, const QString& name)
    {
        return widget->grab().save(name + QStringLiteral(".png"));
    }

    QTemporaryDir m_tmp;
    TestAgent m_agent;
    std::unique_ptr<ApiProbe> m_api;
    std::unique_ptr<GuiSession> m_session;
    BackupPage* m_page = nullptr;
};

bool TestGuiBackup::showPage()
{
    QSignalSpy shown(m_page, &BackupPage::statusShown);
    if (!m_session->window()->showPage(QStringLiteral("backup")))
        return false;
    return shown.wait(60000) &&
           QTest::qWaitFor([this] { return action(QStringLiteral("configureBackupsAction"))->isEnabled(); }, 20000);
}

void TestGuiBackup::initTestCase()
{
    if (TestTool::path(QStringLiteral("duplicity")).isEmpty())
        QSKIP("duplicity is not installed (./dev deps)");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    QVERIFY(TestBackup::fillBox(m_agent));
    m_api = std::make_unique<ApiProbe>(&m_agent);
    // Off to begin with: the dialog turns them on.
    QCOMPARE(m_api
                 ->post(QStringLiteral("/system/backup/config"), {{QStringLiteral("target"), QStringLiteral("off")},
                                                                  {QStringLiteral("min_age"), QStringLiteral("3")}})
                 .body,
             QByteArray("\"OK\"\n"));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->backupPage();
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
    QVERIFY(showPage());
    QVERIFY(m_page->backupStatus().off);
    QVERIFY2(m_page->emptyStateText().contains(QLatin1String("turned off")), qPrintable(m_page->emptyStateText()));
    QVERIFY(!action(QStringLiteral("backUpNowAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("backUpNowAction"))->isVisible());
    QVERIFY(!label(QStringLiteral("unavailableLabel"))->isVisibleTo(m_page));
    QVERIFY(save(m_session->window(), QStringLiteral("backup-page-off")));
}

void TestGuiBackup::cleanupTestCase()
{
    m_session.reset();
    m_agent.stop();
    TestBackup::endGpgAgents(m_agent);
}

BackupConfigDialog* TestGuiBackup::openConfigDialog()
{
    action(QStringLiteral("configureBackupsAction"))->trigger();
    BackupConfigDialog* dialog = m_page->configDialog();
    return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000) ? dialog : nullptr;
}

void TestGuiBackup::configureLocalTarget()
{
    BackupConfigDialog* dialog = openConfigDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->kindCombo()->currentIndex(), int(BackupDestination::Kind::Off));
    // Every kind of target has its form; the rsync one shows the box's public key to copy.
    const QStringList kinds{QStringLiteral("off"), QStringLiteral("local"), QStringLiteral("s3"),
                            QStringLiteral("rsync"), QStringLiteral("b2")};
    for (int i = 0; i < kinds.size(); ++i) {
        dialog->kindCombo()->setCurrentIndex(i);
        QVERIFY(dialog->findChild<QWidget*>(kinds.at(i) + QStringLiteral("Page"))->isVisible());
        QVERIFY(save(dialog, QStringLiteral("backup-config-") + kinds.at(i)));
    }
    dialog->kindCombo()->setCurrentIndex(int(BackupDestination::Kind::Local));
    const QString boxFolder = m_agent.storageRoot() + QStringLiteral("/backup/encrypted");
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("localDirectoryLineEdit"))->text(), boxFolder);
    dialog->findChild<QSpinBox*>(QStringLiteral("minAgeSpinBox"))->setValue(5);
    QSignalSpy saved(m_page, &BackupPage::configSaved);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().first().toString(), QStringLiteral("local"));
    QTRY_VERIFY(!dialog->isVisible());
    const QJsonObject stored = config();
    QCOMPARE(stored.value(QLatin1String("target")).toString(), QStringLiteral("file://") + boxFolder);
    QCOMPARE(stored.value(QLatin1String("min_age_in_days")).toInt(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(label(QStringLiteral("targetLabel"))->text().contains(boxFolder), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(action(QStringLiteral("backUpNowAction"))->isEnabled(), 20000);
}

void TestGuiBackup::unreachableS3ShowsTheBoxSentence()
{
    BackupConfigDialog* dialog = openConfigDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->kindCombo()->currentIndex(), int(BackupDestination::Kind::Local));
    dialog->kindCombo()->setCurrentIndex(int(BackupDestination::Kind::S3));
    QPushButton* saveButton = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    // Incomplete: said in the dialog, nothing sent.
    saveButton->click();
    QCOMPARE(dialog->error(), QStringLiteral("Enter the S3 endpoint, the storage's host name."));
    // A port nothing listens on: the box cannot reach it and says so; nothing is saved.
    dialog->findChild<QLineEdit*>(QStringLiteral("s3EndpointLineEdit"))->setText(QStringLiteral("127.0.0.1:9"));
    dialog->findChild<QLineEdit*>(QStringLiteral("s3BucketLineEdit"))->setText(QStringLiteral("backups"));
    dialog->findChild<QLineEdit*>(QStringLiteral("s3AccessKeyLineEdit"))->setText(QStringLiteral("AKIDEXAMPLE"));
    dialog->findChild<QLineEdit*>(QStringLiteral("s3SecretLineEdit"))->setText(QStringLiteral("not-a-real-secret"));
    saveButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->error().isEmpty(), 60000);
    QVERIFY2(dialog->error().startsWith(QLatin1String("Cannot reach the S3 endpoint https://127.0.0.1:9")),
             qPrintable(dialog->error()));
    QVERIFY(dialog->isVisible());
    QVERIFY(saveButton->isEnabled());
    QVERIFY(save(dialog, QStringLiteral("backup-config-s3-refused")));
    QVERIFY(config().value(QLatin1String("target")).toString().startsWith(QLatin1String("file://")));
    dialog->reject();
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("s3SecretLineEdit"))->text().isEmpty());
}

void TestGuiBackup::backUpNow()
{
    QSignalSpy ended(m_page, &BackupPage::jobEnded);
    QSignalSpy shown(m_page, &BackupPage::statusShown);
    action(QStringLiteral("backUpNowAction"))->trigger();
    auto* progress = m_page->findChild<QProgressBar*>(QStringLiteral("jobProgressBar"));
    QVERIFY(progress->isVisible());
    QVERIFY(!action(QStringLiteral("backUpNowAction"))->isEnabled()); // one job at a time
    QVERIFY(label(QStringLiteral("jobLabel"))->text().startsWith(QLatin1String("Backing up")));
    QVERIFY(save(m_session->window(), QStringLiteral("backup-page-running")));
    QVERIFY(ended.wait(240000));
    QCOMPARE(ended.first().at(0).value<BackupService::Job>(), BackupService::Job::Run);
    QVERIFY2(ended.first().at(1).toBool(), qPrintable(ended.first().at(2).toString()));
    QCOMPARE(ended.first().at(2).toString(), QStringLiteral("Full backup made."));
    QVERIFY(!progress->isVisible());
    QCOMPARE(label(QStringLiteral("jobLabel"))->text(), QStringLiteral("Backup: Full backup made."));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 1, 60000);

    // The row as the box's status gives it, the size that of the target's files.
    const QJsonObject status =
        QJsonDocument::fromJson(m_api->get(QStringLiteral("/system/backup/status")).body).object();
    const QJsonObject set = status.value(QLatin1String("backups")).toArray().first().toObject();
    const BackupListModel* model = m_page->model();
    QCOMPARE(model->index(0, BackupListModel::TypeColumn).data().toString(), QStringLiteral("full"));
    QCOMPARE(model->backups().first().size, set.value(QLatin1String("size")).toInteger());
    QCOMPARE(model->backups().first().date, set.value(QLatin1String("date")).toString());
    QVERIFY(model->backups().first().size > 0);
    QCOMPARE(model->index(0, BackupListModel::SizeColumn).data().toString(),
             BackupInfo::formatSize(model->backups().first().size));
    QVERIFY(model->index(0, BackupListModel::WhenColumn)
                .data()
                .toString()
                .startsWith(set.value(QLatin1String("date_str")).toString()));
    // "1 backup" (the English plural comes with the app's translation, which the test does not load).
    QVERIFY2(m_page->statusText().startsWith(QLatin1String("1 backup")), qPrintable(m_page->statusText()));
    QVERIFY2(m_page->statusText().contains(BackupInfo::formatSize(model->backups().first().size) + " in total"),
             qPrintable(m_page->statusText()));
    QVERIFY(!label(QStringLiteral("problemLabel"))->isVisibleTo(m_page));
    QTRY_VERIFY(label(QStringLiteral("targetLabel"))->text().contains(QLatin1String("Last successful backup")));
    QVERIFY(action(QStringLiteral("restoreBackupAction"))->isEnabled());
    QVERIFY(save(m_session->window(), QStringLiteral("backup-page")));
}

void TestGuiBackup::verify()
{
    QSignalSpy ended(m_page, &BackupPage::jobEnded);
    QTRY_VERIFY(action(QStringLiteral("verifyBackupAction"))->isEnabled());
    action(QStringLiteral("verifyBackupAction"))->trigger();
    QVERIFY(label(QStringLiteral("jobLabel"))->text().startsWith(QLatin1String("Verifying the latest backup")));
    QVERIFY(ended.wait(240000));
    QCOMPARE(ended.first().at(0).value<BackupService::Job>(), BackupService::Job::Verify);
    QVERIFY2(ended.first().at(1).toBool(), qPrintable(ended.first().at(2).toString()));
    // The agent's own metrics database is written every minute and may differ; the rest matches.
    QVERIFY2(label(QStringLiteral("jobLabel"))->text().startsWith(QLatin1String("Verification: The latest backup ")),
             qPrintable(label(QStringLiteral("jobLabel"))->text()));
    QVERIFY(save(m_session->window(), QStringLiteral("backup-page-verified")));
}

void TestGuiBackup::restoreMailboxWithTheWizard()
{
    QTRY_VERIFY(action(QStringLiteral("restoreBackupAction"))->isEnabled());
    action(QStringLiteral("restoreBackupAction"))->trigger();
    RestoreWizard* wizard = m_page->restoreWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(RestoreWizard::TimePage));
    QCOMPARE(wizard->backupsTree()->topLevelItemCount(), 1);
    QVERIFY(wizard->backupsTree()->currentItem());
    QVERIFY(save(wizard, QStringLiteral("restore-1-backup")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::FilesPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    QTRY_VERIFY_WITH_TIMEOUT(wizard->selectMailbox(QStringLiteral("admin@example.com")), 120000);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    // The mailbox's folders and files are under it, as the backup holds them.
    QTreeWidgetItem* mailbox = wizard->filesTree()->currentItem();
    QVERIFY(mailbox->childCount() > 0);
    QVERIFY(wizard->selectPath(QStringLiteral("mail/mailboxes/example.com/admin/cur/1.eml")));
    QVERIFY(wizard->selectPath(QStringLiteral("mail/users.sqlite")));
    QVERIFY(wizard->selectMailbox(QStringLiteral("admin@example.com")));
    QVERIFY(save(wizard, QStringLiteral("restore-2-files")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::IntoPage));
    QVERIFY(!wizard->intoEdit()->text().isEmpty()); // a proposal beside the box's data folder
    // Inside the box's data folder: refused by the wizard.
    wizard->intoEdit()->setText(m_agent.storageRoot() + QStringLiteral("/restored"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const QString into = m_tmp.path() + QStringLiteral("/restored-mailbox");
    wizard->intoEdit()->setText(into);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(save(wizard, QStringLiteral("restore-3-directory")));

    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ConfirmPage));
    const QString text = wizard->confirmationText();
    QVERIFY2(text.contains(QLatin1String("the mailbox admin@example.com")), qPrintable(text));
    QVERIFY2(text.contains(into), qPrintable(text));
    QVERIFY2(text.contains(m_page->model()->backups().first().dateStr), qPrintable(text));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Restore"));
    QVERIFY(save(wizard, QStringLiteral("restore-4-confirm")));

    QVERIFY(!QFileInfo::exists(into)); // nothing happens before the confirmation
    QSignalSpy ended(wizard, &RestoreWizard::restoreEnded);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(RestoreWizard::ProgressPage));
    QVERIFY(save(wizard, QStringLiteral("restore-5-running")));
    QVERIFY(ended.wait(240000));
    QVERIFY2(ended.first().first().toBool(), qPrintable(ended.first().at(1).toString()));
    QVERIFY2(
        wizard->resultText().startsWith(QLatin1String("Restored mail/mailboxes/example.com/admin from the backup")),
        qPrintable(wizard->resultText()));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(save(wizard, QStringLiteral("restore-6-done")));

    const QString box = QStringLiteral("/mail/mailboxes/example.com/admin");
    QCOMPARE(QDir(into).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("mail")});
    const QMap<QString, QByteArray> restored = TestBackup::treeHashes(into + box);
    QVERIFY(restored.contains(QStringLiteral("cur/1.eml")));
    QCOMPARE(restored, TestBackup::treeHashes(m_agent.storageRoot() + box));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!m_page->restoreWizard());
}

void TestGuiBackup::saveTheBackupKey()
{
    const auto passwordDialog = [this] {
        QInputDialog* dialog = m_page->findChild<QInputDialog*>(QStringLiteral("backupKeyPasswordDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    };
    QSignalSpy saved(m_page, &BackupPage::keySaved);
    // A wrong password: the box's sentence, no file dialog.
    action(QStringLiteral("saveBackupKeyAction"))->trigger();
    QTRY_VERIFY(passwordDialog());
    QVERIFY(save(passwordDialog(), QStringLiteral("backup-key-password")));
    passwordDialog()->setTextValue(QStringLiteral("not the password"));
    passwordDialog()->accept();
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY2(saved.first().at(1).toString().endsWith(QLatin1String("Incorrect password.")),
             qPrintable(saved.first().at(1).toString()));
    QVERIFY(!m_page->findChild<QFileDialog*>(QStringLiteral("saveBackupKeyDialog")));

    saved.clear();
    QTRY_VERIFY(!passwordDialog());
    action(QStringLiteral("saveBackupKeyAction"))->trigger();
    QTRY_VERIFY(passwordDialog());
    passwordDialog()->setTextValue(m_agent.adminPassword());
    passwordDialog()->accept();
    QFileDialog* files = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (files = m_page->findChild<QFileDialog*>(QStringLiteral("saveBackupKeyDialog"))) && files->isVisible(), 30000);
    QVERIFY(save(files, QStringLiteral("backup-key-save")));
    const QString path = m_tmp.path() + QStringLiteral("/box-backup-key.txt");
    files->selectFile(path);
    files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path); // as typed
    static_cast<QDialog*>(files)->accept(); // as the Save button does
    QVERIFY(saved.count() > 0 || saved.wait(10000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
    const QByteArray key = TestFiles::read(m_agent.storageRoot() + QStringLiteral("/backup/secret_key.txt"));
    QVERIFY(key.size() > 32);
    QCOMPARE(TestFiles::read(path), key);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
}

void TestGuiBackup::upstreamOnlyHidesAgentActions()
{
    m_session.reset();
    QString error;
    QVERIFY2(m_agent.restartWith("BOXKEEPER_UPSTREAM_ONLY", "1", &error), qPrintable(error));
    m_session = std::make_unique<GuiSession>(&m_agent);
    QVERIFY(m_session->logIn(m_agent.adminPassword()));
    m_page = m_session->window()->backupPage();
    QVERIFY(showPage());
    // Upstream's routes still answer: the backup and the configuration.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 30000);
    QVERIFY(action(QStringLiteral("configureBackupsAction"))->isVisible());
    QVERIFY(action(QStringLiteral("configureBackupsAction"))->isEnabled());
    for (const char* name : {"backUpNowAction", "verifyBackupAction", "restoreBackupAction", "saveBackupKeyAction"})
        QVERIFY2(!action(QLatin1String(name))->isVisible(), name);
    QLabel* sentence = label(QStringLiteral("unavailableLabel"));
    QVERIFY(sentence->isVisible());
    QCOMPARE(sentence->text(),
             QStringLiteral("Backing up now, verifying, restoring and saving the backup key come with "
                            "the Boxkeeper agent; this box does not offer them (it makes its "
                            "nightly backups as usual)."));
    // Their shortcuts do nothing either.
    m_page->backUpNow();
    QVERIFY(!m_page->service()->isJobRunning(BackupService::Job::Run));
    QVERIFY(save(m_session->window(), QStringLiteral("backup-page-upstream")));
}

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
