#include "BackupPage.h"

#include "ApiClient.h"
#include "BackupListModel.h"
#include "ListFilterProxyModel.h"
#include "dialogs/BackupConfigDialog.h"
#include "dialogs/RestoreWizard.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSaveFile>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString boxText(const ApiError& error)
{
    return error.serverText.isEmpty() || error.kind == ApiError::Kind::Network ? error.message : error.serverText;
}

BackupJobState starting()
{
    BackupJobState state;
    state.state = BackupJobState::State::Running;
    state.step = BackupPage::tr("starting");
    return state;
}

QString localTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BackupPage::BackupPage(QWidget* parent)
    : ListPage(tr("Backup Status"), QStringLiteral("backups"), new BackupListModel,
               new ListFilterProxyModel(BackupListModel::FilterTextRole), parent)
    , m_service(new BackupService(this))
    , m_model(static_cast<BackupListModel*>(proxy()->sourceModel()))
    , m_elapsedTimer(new QTimer(this))
{
    proxy()->setSortRole(BackupListModel::SortRole);
    view()->setRootIsDecorated(false);
    view()->sortByColumn(BackupListModel::WhenColumn, Qt::DescendingOrder);
    view()->header()->resizeSection(BackupListModel::WhenColumn, 240);
    view()->header()->setStretchLastSection(true);
    view()->header()->resizeSection(BackupListModel::TypeColumn, 80);
    view()->header()->resizeSection(BackupListModel::SizeColumn, 90);
    view()->header()->resizeSection(BackupListModel::DeletedInColumn, 150);

    m_configureAction = makeAction(tr("&Configure…"), QStringLiteral("configureBackupsAction"),
                                   QStringLiteral("preferences-system"), Key::Edit);
    m_runAction = makeAction(tr("&Back up now"), QStringLiteral("backUpNowAction"), QStringLiteral("document-save"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_runAction->setShortcutContext(Qt::WindowShortcut);
    m_verifyAction = makeAction(tr("&Verify"), QStringLiteral("verifyBackupAction"), QStringLiteral("edit-find"));
    m_restoreAction =
        makeAction(tr("&Restore…"), QStringLiteral("restoreBackupAction"), QStringLiteral("document-revert"), Key::New);
    m_keyAction = makeAction(tr("Save the backup &key…"), QStringLiteral("saveBackupKeyAction"),
                             QStringLiteral("dialog-password"));
    m_configureAction->setToolTip(tr("Where the box keeps its backups, and for how long (F2)"));
    m_runAction->setToolTip(tr("Make a backup now, as the nightly one is made (Ctrl+B)"));
    m_verifyAction->setToolTip(tr("Compare the latest backup with the box's data"));
    m_restoreAction->setToolTip(tr("Restore a file, a mailbox or everything into a new directory on the box (Ctrl+N)"));
    m_keyAction->setToolTip(tr("The key that decrypts the backups: without it, no backup can be restored"));
    setContextMenuActions({m_restoreAction, nullptr, m_configureAction});
    setActivateAction(m_restoreAction);
    setFilterPlaceholder(tr("Filter by date or type…"));
    setEmptyTexts(tr("The box has made no backups yet."), tr("No backups match “%1”."));
    setExplanation(tr("The box backs up its data every night: mail, users, certificates, DNS and web files, "
                      "encrypted with the box's backup key. Keep a copy of the key away from the box: without it, "
                      "no backup can be restored."));
    // The state of the backups above the list: where they go, the box's problem with them, the running job.
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, buildPanel());

    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, &BackupPage::updateElapsed);
    connect(m_configureAction, &QAction::triggered, this, &BackupPage::configure);
    connect(m_runAction, &QAction::triggered, this, &BackupPage::backUpNow);
    connect(m_verifyAction, &QAction::triggered, this, &BackupPage::verify);
    connect(m_restoreAction, &QAction::triggered, this, &BackupPage::restore);
    connect(m_keyAction, &QAction::triggered, this, &BackupPage::saveBackupKey);

    connect(m_service, &BackupService::loadingChanged, this, [this](BackupService::Load load, bool loading) {
        if (load == BackupService::Load::Status)
            setLoading(loading, loading ? tr("Reading the box's backups…") : QString());
        updateActions();
    });
    connect(m_service, &BackupService::statusLoaded, this, &BackupPage::showBackupStatus);
    connect(m_service, &BackupService::configLoaded, this, &BackupPage::showConfig);
    connect(m_service, &BackupService::loadFailed, this, [this](BackupService::Load load, const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        switch (load) {
        case BackupService::Load::Status:
            showStatus(tr("The backup status could not be loaded: %1").arg(boxText(error)));
            emit statusShown();
            break;
        case BackupService::Load::Config:
            m_targetLabel->setText(tr("The backup configuration could not be loaded: %1").arg(boxText(error)));
            break;
        case BackupService::Load::SecretKey: {
            const QString message = tr("The backup key could not be had: %1").arg(boxText(error));
            showStatus(message);
            emit keySaved(false, message);
            break;
        }
        case BackupService::Load::Files:
            break; // the wizard shows it
        }
    });
    connect(m_service, &BackupService::savingChanged, this, [this] { updateActions(); });
    connect(m_service, &BackupService::configSaved, this, [this](const QString& target) {
        if (m_configDialog)
            m_configDialog->succeeded();
        showStatus(tr("The backup configuration was saved."));
        emit configSaved(target);
        refresh();
    });
    connect(m_service, &BackupService::configFailed, this, [this](const ApiError& error) {
        if (m_configDialog) {
            m_configDialog->setBusy(false);
            m_configDialog->showError(boxText(error));
        }
    });
    connect(m_service, &BackupService::jobStateLoaded, this, &BackupPage::showJobState);
    connect(m_service, &BackupService::jobEnded, this, &BackupPage::showJobEnd);
    connect(m_service, &BackupService::jobFailed, this, [this](BackupService::Job job, const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        BackupJobState failed;
        failed.state = BackupJobState::State::Failed;
        failed.message = boxText(error);
        showJobEnd(job, failed);
    });
    connect(m_service, &BackupService::secretKeyLoaded, this, [this](const QByteArray& key) {
        m_key = key;
        const QString host = client() ? client()->baseUrl().host() : QStringLiteral("box");
        auto* dialog = new QFileDialog(this, tr("Save the backup key"),
                                       QDir::homePath() + QLatin1Char('/') + host + QStringLiteral("-backup-key.txt"));
        dialog->setObjectName(QStringLiteral("saveBackupKeyDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &BackupPage::writeKey);
        connect(dialog, &QFileDialog::rejected, this, [this] {
            forgetKey();
            showStatus(tr("The backup key was not saved."));
        });
        connect(dialog, &QFileDialog::finished, dialog, &QObject::deleteLater);
        connect(dialog, &QObject::destroyed, this, [this] { updateActions(); });
        m_saveDialog = dialog;
        dialog->open();
    });
    updateAvailability();
    updateActions();
}

BackupPage::~BackupPage()
{
    forgetKey();
}

BackupConfigDialog* BackupPage::configDialog() const
{
    return m_configDialog;
}

RestoreWizard* BackupPage::restoreWizard() const
{
    return m_wizard;
}

QWidget* BackupPage::buildPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("backupStatePanel"));
    m_targetLabel = new QLabel(panel);
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    m_targetLabel->setWordWrap(true);
    m_targetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel = new QLabel(panel);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();
    m_jobLabel = new QLabel(panel);
    m_jobLabel->setObjectName(QStringLiteral("jobLabel"));
    m_jobLabel->setWordWrap(true);
    m_jobLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobLabel->hide();
    m_jobProgress = new QProgressBar(panel);
    m_jobProgress->setObjectName(QStringLiteral("jobProgressBar"));
    m_jobProgress->setRange(0, 0);
    m_jobProgress->setMaximumWidth(240);
    m_jobProgress->hide();
    m_unavailableLabel = new QLabel(panel);
    m_unavailableLabel->setObjectName(QStringLiteral("unavailableLabel"));
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->setForegroundRole(QPalette::PlaceholderText);
    m_unavailableLabel->hide();
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_jobLabel);
    layout->addWidget(m_jobProgress);
    layout->addWidget(m_unavailableLabel);
    return panel;
}

void BackupPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_model->clear();
    m_status = BackupStatusInfo();
    m_config = BackupConfig();
    m_configLoaded = false;
    m_statusLoaded = false;
    m_lastFailure.clear();
    m_lastSuccess.clear();
    m_targetLabel->clear();
    m_jobLabel->hide();
    m_jobProgress->hide();
    m_elapsedTimer->stop();
    forgetKey();
    if (m_configDialog)
        m_configDialog->reject();
    if (m_wizard)
        m_wizard->close();
    updateProblem();
}

void BackupPage::setFeatures(const QStringList& features)
{
    m_features = features;
    updateAvailability();
    updateActions();
}

bool BackupPage::has(const char* feature) const
{
    return m_features.contains(QLatin1String(feature));
}

bool BackupPage::anyJobRunning() const
{
    return m_service->isJobRunning(BackupService::Job::Run) || m_service->isJobRunning(BackupService::Job::Verify) ||
           m_service->isJobRunning(BackupService::Job::Restore);
}

void BackupPage::updateAvailability()
{
    m_runAction->setVisible(has("backup-run"));
    m_verifyAction->setVisible(has("backup-verify"));
    m_restoreAction->setVisible(has("backup-restore") && has("backup-files"));
    m_keyAction->setVisible(has("backup-secret-key"));
    // The toolbar without the hidden actions (and their separators).
    QList<QAction*> bar{m_configureAction};
    if (has("backup-run") || has("backup-verify") || m_restoreAction->isVisible())
        bar << nullptr << m_runAction << m_verifyAction << m_restoreAction;
    if (has("backup-secret-key"))
        bar << nullptr << m_keyAction;
    setToolBarActions(bar);
    QStringList missing;
    if (!has("backup-run"))
        missing.append(tr("backing up now"));
    if (!has("backup-verify"))
        missing.append(tr("verifying the latest backup"));
    if (!has("backup-restore") || !has("backup-files"))
        missing.append(tr("restoring from a backup"));
    if (!has("backup-secret-key"))
        missing.append(tr("saving the backup key"));
    QString text;
    if (missing.size() == 4)
        text = tr("Backing up now, verifying, restoring and saving the backup key come with the Boxkeeper agent; "
                  "this box does not offer them (it makes its nightly backups as usual).");
    else if (!missing.isEmpty())
        text = tr("This box does not offer %1.").arg(QLocale().createSeparatedList(missing));
    m_unavailableLabel->setText(text);
    m_unavailableLabel->setVisible(!text.isEmpty());
}

void BackupPage::refresh()
{
    m_service->fetchStatus();
    m_service->fetchConfig();
    if (has("backup-run"))
        m_service->watchJob(BackupService::Job::Run);
    if (has("backup-verify"))
        m_service->watchJob(BackupService::Job::Verify);
    if (has("backup-restore"))
        m_service->watchJob(BackupService::Job::Restore);
}

bool BackupPage::isBusy() const
{
    return m_service->isLoading(BackupService::Load::Status);
}

void BackupPage::updateActions()
{
    const bool connected = client() != nullptr;
    const bool jobRunning = anyJobRunning();
    const bool on = m_configLoaded && m_config.target != QLatin1String("off");
    m_configureAction->setEnabled(connected && m_configLoaded && !m_service->isSaving());
    m_runAction->setEnabled(connected && on && !jobRunning);
    m_verifyAction->setEnabled(connected && on && !jobRunning && !m_status.backups.isEmpty());
    m_restoreAction->setEnabled(connected && !jobRunning && !m_status.backups.isEmpty());
    m_keyAction->setEnabled(connected && !m_service->isLoading(BackupService::Load::SecretKey) &&
                            !(m_saveDialog && m_saveDialog->isVisible()));
}

void BackupPage::showBackupStatus(const BackupStatusInfo& status)
{
    m_status = status;
    m_statusLoaded = true;
    m_model->setBackups(status.backups);
    if (status.off) {
        setEmptyTexts(tr("Backups are turned off. Choose “Configure…” to turn them on."), tr("No backups match “%1”."));
        showStatus(tr("Backups are turned off."));
    } else if (!status.error.isEmpty()) {
        setEmptyTexts(tr("The box cannot list its backups now: see the problem above."), tr("No backups match “%1”."));
        showStatus(QString());
    } else {
        setEmptyTexts(tr("The box has made no backups yet."), tr("No backups match “%1”."));
        QString totals = tr("%n backup(s), %1 in total", nullptr, int(status.backups.size()))
                             .arg(BackupInfo::formatSize(status.totalSize()));
        if (status.unmatchedSize > 0)
            totals += QStringLiteral("; ") + tr("%1 of other files on the target (from interrupted or removed "
                                                "backups)")
                                                 .arg(BackupInfo::formatSize(status.unmatchedSize));
        showStatus(totals);
    }
    updateProblem();
    updateActions();
    emit statusShown();
}

void BackupPage::showConfig(const BackupConfig& config)
{
    m_config = config;
    m_configLoaded = true;
    const BackupDestination d = BackupDestination::fromTarget(config.target, config.fileTargetDirectory);
    QString where;
    switch (d.kind) {
    case BackupDestination::Kind::Off:
        where = tr("Backups are turned off: the box makes none.");
        break;
    case BackupDestination::Kind::Local:
        where = tr("Backups go to the folder %1 on the box itself.").arg(d.directory);
        break;
    case BackupDestination::Kind::S3:
        where = tr("Backups go to the bucket %1 of the S3-compatible storage at %2.").arg(d.s3Bucket, d.s3Endpoint);
        break;
    case BackupDestination::Kind::Rsync:
        where = tr("Backups go to %1 on %2 over rsync, as user %3.").arg(d.rsyncPath, d.rsyncHost, d.rsyncUser);
        break;
    case BackupDestination::Kind::B2:
        where = tr("Backups go to the Backblaze B2 bucket %1.").arg(d.b2Bucket);
        break;
    }
    if (d.kind != BackupDestination::Kind::Off)
        where += QLatin1Char(' ') + tr("Each is kept at least %n day(s).", nullptr, config.minAgeDays);
    if (!m_lastSuccess.isEmpty())
        where += QLatin1Char(' ') + tr("Last successful backup: %1.").arg(localTime(m_lastSuccess.first().finished));
    m_targetLabel->setText(where);
    updateActions();
}

void BackupPage::updateProblem()
{
    QString problem;
    if (!m_status.error.isEmpty()) {
        problem = tr("The box reports a problem with the backups: %1").arg(m_status.error.trimmed());
    } else if (!m_lastFailure.isEmpty() &&
               (m_lastSuccess.isEmpty() || m_lastFailure.first().finished > m_lastSuccess.first().finished)) {
        problem = tr("The last backup failed (%1): %2")
                      .arg(localTime(m_lastFailure.first().finished), m_lastFailure.first().message);
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void BackupPage::showJobState(BackupService::Job job, const BackupJobState& state)
{
    if (job == BackupService::Job::Run) {
        m_lastFailure = state.lastFailure;
        m_lastSuccess = state.lastSuccess;
        updateProblem();
        if (m_configLoaded)
            showConfig(m_config);
    }
    if (state.isRunning()) {
        m_shownJob = job;
        m_shownStep = state.step;
        if (!m_elapsedTimer->isActive()) {
            m_elapsed.start(); // counted from when the page saw it running
            m_elapsedTimer->start();
        }
        m_jobProgress->setRange(0, 0);
        m_jobProgress->show();
        m_jobLabel->show();
        updateElapsed();
    }
    updateActions();
}

void BackupPage::updateElapsed()
{
    if (!m_jobProgress->isVisible())
        return;
    QString what;
    switch (m_shownJob) {
    case BackupService::Job::Run:
        what = tr("Backing up");
        break;
    case BackupService::Job::Verify:
        what = tr("Verifying the latest backup");
        break;
    case BackupService::Job::Restore:
        what = tr("Restoring");
        break;
    }
    const qint64 seconds = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    const QString elapsed = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_jobLabel->setText(m_shownStep.isEmpty() ? tr("%1… (%2)").arg(what, elapsed)
                                              : tr("%1: %2… (%3)").arg(what, m_shownStep, elapsed));
}

void BackupPage::showJobEnd(BackupService::Job job, const BackupJobState& state)
{
    if (!anyJobRunning()) {
        m_elapsedTimer->stop();
        m_jobProgress->hide();
    }
    const bool ok = state.state != BackupJobState::State::Failed;
    QString text;
    switch (job) {
    case BackupService::Job::Run:
        text = ok ? tr("Backup: %1").arg(state.message) : tr("The backup failed: %1").arg(state.message);
        break;
    case BackupService::Job::Verify: {
        text = ok ? tr("Verification: %1").arg(state.message) : tr("The verification failed: %1").arg(state.message);
        const QJsonArray details = state.fields.value(QLatin1String("details")).toArray();
        QStringList lines;
        for (int i = 0; i < details.size() && i < 5; ++i)
            lines.append(details.at(i).toString());
        if (!lines.isEmpty())
            text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        break;
    }
    case BackupService::Job::Restore:
        text = ok ? tr("Restore: %1").arg(state.message) : tr("The restore failed: %1").arg(state.message);
        break;
    }
    // The box words its own texts; a leading "The backup failed: " is not repeated.
    text.replace(QStringLiteral("The backup failed: The backup failed: "), QStringLiteral("The backup failed: "));
    text.replace(QStringLiteral("The verification failed: The verification failed: "),
                 QStringLiteral("The verification failed: "));
    text.replace(QStringLiteral("The restore failed: The restore failed: "), QStringLiteral("The restore failed: "));
    m_jobLabel->setText(text);
    m_jobLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_jobLabel->show();
    updateActions();
    if (job == BackupService::Job::Run) {
        m_service->fetchStatus();
        m_service->watchJob(BackupService::Job::Run); // the last success or failure
    }
    emit jobEnded(job, ok, state.message);
}

void BackupPage::configure()
{
    if (!m_configLoaded)
        return;
    if (!m_configDialog) {
        m_configDialog = new BackupConfigDialog(this);
        connect(m_configDialog, &BackupConfigDialog::submitted, this, [this] {
            if (!m_service->saveConfig(m_configDialog->destination(), m_configDialog->boxDirectory(),
                                       m_configDialog->minAgeDays(), m_configDialog->accessKey(),
                                       m_configDialog->secretKey())) {
                m_configDialog->setBusy(false);
                m_configDialog->showError(tr("Not connected to the box."));
            }
        });
    }
    m_configDialog->prepare(m_config);
    m_configDialog->open();
}

void BackupPage::backUpNow()
{
    if (!m_runAction->isVisible() || !m_service->startRun())
        return;
    m_jobLabel->setStyleSheet(QString());
    showJobState(BackupService::Job::Run, starting());
}

void BackupPage::verify()
{
    if (!m_verifyAction->isVisible() || !m_service->startVerify())
        return;
    m_jobLabel->setStyleSheet(QString());
    showJobState(BackupService::Job::Verify, starting());
}

void BackupPage::restore()
{
    if (!m_restoreAction->isVisible() || m_status.backups.isEmpty())
        return;
    if (!m_wizard) {
        m_wizard = new RestoreWizard(m_service, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &RestoreWizard::restoreEnded, this, [this](bool ok, const QString& message) {
            showStatus(ok ? message : tr("The restore failed: %1").arg(message));
        });
    }
    m_wizard->prepare(m_status.backups, m_config.storageRoot());
    const QModelIndex current = currentIndex();
    if (current.isValid())
        m_wizard->selectBackup(current.data(BackupListModel::DateRole).toString());
    m_wizard->open();
}

void BackupPage::saveBackupKey()
{
    if (!m_keyAction->isVisible() || !client() || (m_passwordDialog && m_passwordDialog->isVisible()))
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("backupKeyPasswordDialog"));
    dialog->setWindowTitle(tr("Save the backup key"));
    dialog->setLabelText(tr("The backup key decrypts every backup of the box. Keep it somewhere safe, away from "
                            "the box: without it, no backup can be restored. Re-enter your password to get it:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("&Get the key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& password) {
        if (password.isEmpty()) {
            showStatus(tr("Re-enter your password to get the backup key."));
            emit keySaved(false, tr("Re-enter your password to get the backup key."));
            return;
        }
        if (m_service->exportSecretKey(password)) {
            showStatus(tr("Getting the backup key from the box…"));
            updateActions();
        }
    });
    connect(dialog, &QInputDialog::finished, dialog, &QObject::deleteLater);
    m_passwordDialog = dialog;
    dialog->open();
}

void BackupPage::writeKey(const QString& path)
{
    QSaveFile file(path);
    // Readable by the admin only, from the first byte on.
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(m_key) >= 0 &&
                    file.commit();
    forgetKey();
    const QString message =
        ok ? tr("The backup key was saved to %1. Keep it safe, away from the box.").arg(QDir::toNativeSeparators(path))
           : tr("The backup key could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    showStatus(message);
    updateActions();
    emit keySaved(ok, message);
}

void BackupPage::forgetKey()
{
    m_key.fill('\0');
    m_key.clear();
}
