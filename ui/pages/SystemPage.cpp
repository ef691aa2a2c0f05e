#include "SystemPage.h"

#include "ApiClient.h"
#include "Banner.h"
#include "Icons.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString boxText(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && !error.serverText.trimmed().isEmpty() ? error.serverText.trimmed()
                                                                                       : error.message;
}
} // namespace

SystemPage::SystemPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new SystemService(this))
    , m_banner(new Banner(this))
    , m_versionLabel(new QLabel(this))
    , m_latestLabel(new QLabel(this))
    , m_latestButton(new QPushButton(tr("Check for a &new release"), this))
    , m_versionCheck(new QCheckBox(tr("&Check for new releases of Mail-in-a-Box"), this))
    , m_updatesLabel(new QLabel(this))
    , m_updates(new QTreeWidget(this))
    , m_checkUpdatesButton(new QPushButton(Icons::themed(QStringLiteral("view-refresh")), tr("Check &again"), this))
    , m_installButton(new QPushButton(tr("&Install updates…"), this))
    , m_installLabel(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_rebootLabel(new QLabel(this))
    , m_rebootButton(new QPushButton(tr("Re&boot the box…"), this))
    , m_rebootResult(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    m_banner->setObjectName(QStringLiteral("systemBanner"));
    m_banner->hide();
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_latestLabel->setObjectName(QStringLiteral("latestLabel"));
    m_latestLabel->setWordWrap(true);
    m_latestButton->setObjectName(QStringLiteral("latestButton"));
    m_latestButton->hide();
    m_versionCheck->setObjectName(QStringLiteral("versionCheckBox"));
    m_versionCheck->setEnabled(false);
    m_updatesLabel->setObjectName(QStringLiteral("updatesLabel"));
    m_updatesLabel->setWordWrap(true);
    m_updates->setObjectName(QStringLiteral("updatesTreeWidget"));
    m_updates->setHeaderLabels({tr("Package"), tr("New version")});
    m_updates->setRootIsDecorated(false);
    m_updates->setUniformRowHeights(true);
    m_updates->setAlternatingRowColors(true);
    m_updates->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_updates->setMinimumHeight(120);
    m_checkUpdatesButton->setObjectName(QStringLiteral("checkUpdatesButton"));
    m_installButton->setObjectName(QStringLiteral("installButton"));
    m_installButton->setEnabled(false);
    m_installLabel->setObjectName(QStringLiteral("installLabel"));
    m_output->setObjectName(QStringLiteral("outputPlainTextEdit"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("What the box's package manager says while installing appears here."));
    m_output->hide();
    m_rebootLabel->setObjectName(QStringLiteral("rebootLabel"));
    m_rebootLabel->setWordWrap(true);
    m_rebootButton->setObjectName(QStringLiteral("rebootButton"));
    m_rebootButton->hide();
    m_rebootResult->setObjectName(QStringLiteral("rebootResultLabel"));
    m_rebootResult->setWordWrap(true);
    m_rebootResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rebootResult->hide();

    auto* versionGroup = new QGroupBox(tr("Version"), this);
    auto* versionLayout = new QVBoxLayout(versionGroup);
    versionLayout->addWidget(m_versionLabel);
    auto* latestRow = new QHBoxLayout;
    latestRow->addWidget(m_latestLabel, 1);
    latestRow->addWidget(m_latestButton);
    versionLayout->addLayout(latestRow);
    versionLayout->addWidget(m_versionCheck);
    auto* privacyNote = new QLabel(tr("When this is on, the box asks mailinabox.email for the latest release (here "
                                      "and in its status checks). When it is off, the box stays private and never "
                                      "asks."),
                                   versionGroup);
    privacyNote->setWordWrap(true);
    privacyNote->setForegroundRole(QPalette::PlaceholderText);
    versionLayout->addWidget(privacyNote);

    auto* updatesGroup = new QGroupBox(tr("Software updates"), this);
    auto* updatesLayout = new QVBoxLayout(updatesGroup);
    updatesLayout->addWidget(m_updatesLabel);
    updatesLayout->addWidget(m_updates, 1);
    auto* updateButtons = new QHBoxLayout;
    updateButtons->addWidget(m_installButton);
    updateButtons->addWidget(m_installLabel, 1);
    updateButtons->addWidget(m_checkUpdatesButton);
    updatesLayout->addLayout(updateButtons);
    updatesLayout->addWidget(m_output, 1);

    auto* rebootGroup = new QGroupBox(tr("Reboot"), this);
    auto* rebootLayout = new QVBoxLayout(rebootGroup);
    auto* rebootRow = new QHBoxLayout;
    rebootRow->addWidget(m_rebootLabel, 1);
    rebootRow->addWidget(m_rebootButton);
    rebootLayout->addLayout(rebootRow);
    rebootLayout->addWidget(m_rebootResult);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("System")), this));
    layout->addWidget(m_banner);
    layout->addWidget(versionGroup);
    layout->addWidget(updatesGroup, 1);
    layout->addWidget(rebootGroup);

    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &SystemPage::updateInstallText);
    connect(m_banner, &Banner::actionTriggered, this, &SystemPage::refresh);
    connect(m_latestButton, &QPushButton::clicked, this, [this] {
        m_latestError.clear();
        m_service->fetchLatestVersion();
    });
    connect(m_versionCheck, &QCheckBox::clicked, this, &SystemPage::setVersionCheck);
    connect(m_checkUpdatesButton, &QPushButton::clicked, m_service, &SystemService::fetchUpdates);
    connect(m_installButton, &QPushButton::clicked, this, &SystemPage::installUpdates);
    connect(m_rebootButton, &QPushButton::clicked, this, &SystemPage::reboot);

    connect(m_service, &SystemService::runningChanged, this, &SystemPage::setBusy);
    connect(m_service, &SystemService::versionLoaded, this, [this](const QString& version) {
        m_version = version;
        m_versionLabel->setText(tr("Mail-in-a-Box version on the box: <b>%1</b>").arg(version.toHtmlEscaped()));
        showLatest();
        emit versionShown();
    });
    connect(m_service, &SystemService::latestVersionLoaded, this, [this](const QString& version) {
        m_latest = version;
        m_latestError.clear();
        showLatest();
        emit latestShown();
    });
    connect(m_service, &SystemService::privacyLoaded, this, &SystemPage::showPrivacy);
    connect(m_service, &SystemService::privacySet, this, &SystemPage::showPrivacy);
    connect(m_service, &SystemService::updatesLoaded, this, [this](const PackageUpdateList& updates) {
        m_updates->clear();
        QList<QTreeWidgetItem*> items;
        for (const PackageUpdate& u : updates)
            items.append(new QTreeWidgetItem(QStringList{u.package, u.version}));
        m_updates->addTopLevelItems(items);
        m_updatesLabel->setText(
            updates.isEmpty() ? tr("The box's software is up to date.")
                              : tr("%n package update(s) waiting to be installed.", nullptr, int(updates.size())));
        m_installButton->setEnabled(!updates.isEmpty() && !m_service->isRunning(SystemService::Call::InstallUpdates));
        emit updatesShown(int(updates.size()));
    });
    connect(m_service, &SystemService::updatesInstalled, this, [this](const QString& output) {
        m_output->show();
        m_output->setPlainText(output.trimmed().isEmpty() ? tr("(The package manager printed nothing.)") : output);
        m_installLabel->setText(tr("Updates installed (took %1 s).").arg(m_installTimer.elapsed() / 1000));
        emit updatesInstalled(true);
        m_service->fetchUpdates();
        m_service->fetchRebootRequired();
    });
    connect(m_service, &SystemService::rebootRequiredLoaded, this, [this](bool required) {
        m_rebootLabel->setText(required ? tr("The box needs a reboot to finish installing updates.")
                                        : tr("No reboot is necessary."));
        m_rebootButton->setVisible(required);
        emit rebootShown(required);
    });
    connect(m_service, &SystemService::rebootAnswered, this, [this](const QString& text) {
        m_rebootResult->show();
        if (SystemService::isRebootRefusal(text))
            m_rebootResult->setText(text.trimmed());
        else if (text.trimmed().isEmpty())
            m_rebootResult->setText(tr("The box is restarting. Reconnect in a minute or so."));
        else
            m_rebootResult->setText(tr("The reboot command said: %1").arg(text.trimmed()));
        emit rebootAnswered(text);
    });
    connect(m_service, &SystemService::failed, this, [this](SystemService::Call call, const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        const QString text = boxText(error);
        switch (call) {
        case SystemService::Call::Version:
            m_versionLabel->setText(tr("The box's version is not known: %1").arg(text));
            emit versionShown();
            break;
        case SystemService::Call::LatestVersion:
            m_latestError = text;
            showLatest();
            emit latestShown();
            break;
        case SystemService::Call::Privacy:
        case SystemService::Call::SetPrivacy:
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("The privacy setting could not be read or changed: %1").arg(text),
                                  tr("&Try again"));
            showPrivacy(m_privacy != 0);
            break;
        case SystemService::Call::Updates:
            m_updates->clear();
            m_updatesLabel->setText(tr("The updates could not be listed: %1").arg(text));
            m_installButton->setEnabled(false);
            emit updatesShown(-1);
            break;
        case SystemService::Call::InstallUpdates:
            m_output->show();
            m_output->setPlainText(text);
            m_installLabel->setText(tr("Installing the updates failed."));
            emit updatesInstalled(false);
            m_service->fetchUpdates();
            break;
        case SystemService::Call::RebootRequired:
            m_rebootLabel->setText(tr("Whether the box needs a reboot is not known: %1").arg(text));
            emit rebootShown(false);
            break;
        case SystemService::Call::Reboot:
            m_rebootResult->show();
            m_rebootResult->setText(tr("The box could not be rebooted: %1").arg(text));
            emit rebootAnswered(QString());
            break;
        case SystemService::Call::WebDomains:
        case SystemService::Call::WebUpdate:
            break;
        }
    });
    setBusy();
}

SystemPage::~SystemPage() = default;

void SystemPage::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_service->setClient(client);
    m_version.clear();
    m_latest.clear();
    m_latestError.clear();
    m_privacy = -1;
    m_versionLabel->clear();
    m_latestLabel->clear();
    m_latestButton->hide();
    m_versionCheck->setEnabled(false);
    m_updates->clear();
    m_updatesLabel->clear();
    m_output->clear();
    m_output->hide();
    m_installLabel->clear();
    m_rebootLabel->clear();
    m_rebootButton->hide();
    m_rebootResult->hide();
    m_banner->hide();
    setBusy();
}

void SystemPage::setBoxHostname(const QString& host)
{
    m_host = host;
}

void SystemPage::refresh()
{
    if (!m_client)
        return;
    m_banner->hide();
    if (m_service->fetchVersion() && m_version.isEmpty())
        m_versionLabel->setText(tr("Asking the box for its version…"));
    m_service->fetchPrivacy();
    if (m_service->fetchUpdates() && m_updates->topLevelItemCount() == 0)
        m_updatesLabel->setText(tr("Asking the box for pending updates (this can take a minute)…"));
    m_service->fetchRebootRequired();
}

bool SystemPage::isBusy() const
{
    return m_service->isRunning();
}

void SystemPage::showPrivacy(bool isPrivate)
{
    m_privacy = isPrivate ? 1 : 0;
    m_versionCheck->setChecked(!isPrivate);
    m_versionCheck->setEnabled(m_client && !m_service->isRunning(SystemService::Call::SetPrivacy));
    if (!isPrivate && m_latest.isEmpty() && m_latestError.isEmpty())
        m_service->fetchLatestVersion();
    showLatest();
    emit privacyShown(isPrivate);
}

void SystemPage::showLatest()
{
    QString text;
    const bool allowed = m_privacy == 0;
    m_latestButton->setVisible(allowed && !m_service->isRunning(SystemService::Call::LatestVersion));
    if (m_privacy < 0) {
        text.clear();
    } else if (!allowed) {
        text = tr("The box does not look for new releases: the new-version check is off, so it stays private.");
    } else if (m_service->isRunning(SystemService::Call::LatestVersion)) {
        text = tr("Looking for the latest release…");
    } else if (!m_latestError.isEmpty()) {
        text = tr("The latest release is not known: %1").arg(m_latestError);
    } else if (!m_latest.isEmpty()) {
        if (m_version.isEmpty())
            text = tr("The latest release is %1.").arg(m_latest);
        else if (m_latest == m_version)
            text = tr("This is the latest release.");
        else
            text = tr("A newer release is available: %1. Upgrade by running the setup again on the box.").arg(m_latest);
    }
    m_latestLabel->setText(text);
}

void SystemPage::setVersionCheck(bool on)
{
    if (!m_service->setPrivacy(!on)) {
        m_versionCheck->setChecked(m_privacy == 0);
        return;
    }
    m_latest.clear();
    m_latestError.clear();
    m_versionCheck->setEnabled(false);
}

void SystemPage::setBusy()
{
    m_checkUpdatesButton->setEnabled(m_client && !m_service->isRunning(SystemService::Call::Updates) &&
                                     !m_service->isRunning(SystemService::Call::InstallUpdates));
    const bool installing = m_service->isRunning(SystemService::Call::InstallUpdates);
    m_installButton->setEnabled(!installing && m_updates->topLevelItemCount() > 0 &&
                                !m_service->isRunning(SystemService::Call::Updates));
    m_rebootButton->setEnabled(!m_service->isRunning(SystemService::Call::Reboot));
    if (m_privacy >= 0)
        m_versionCheck->setEnabled(m_client && !m_service->isRunning(SystemService::Call::SetPrivacy));
    if (installing && !m_ticker->isActive()) {
        m_installTimer.start();
        m_ticker->start();
        updateInstallText();
    } else if (!installing) {
        m_ticker->stop();
    }
    if (m_service->isRunning())
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    showLatest();
}

void SystemPage::updateInstallText()
{
    m_installLabel->setText(tr("Installing updates on the box… %1 s").arg(m_installTimer.elapsed() / 1000));
}

void SystemPage::confirm(const QString& title, const QString& text, const QString& informative, const QString& verb,
                         const QString& objectName, const std::function<void()>& accepted)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setInformativeText(informative);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* yes = box->addButton(verb, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, yes, accepted] {
        if (box->clickedButton() == yes)
            accepted();
    });
    m_confirmation = box;
    box->open();
}

void SystemPage::installUpdates()
{
    const int count = m_updates->topLevelItemCount();
    if (count == 0 || m_service->isRunning(SystemService::Call::InstallUpdates))
        return;
    const QString host = m_host.isEmpty() ? tr("the box") : m_host;
    confirm(tr("Install updates"), tr("Install %n package update(s) on %1 now?", nullptr, count).arg(host),
            tr("The box runs its package manager; this can take several minutes. Services may restart briefly "
               "while their packages are replaced."),
            tr("&Install"), QStringLiteral("installConfirmation"), [this] {
                if (m_service->installUpdates()) {
                    m_output->show();
                    m_output->clear();
                }
            });
}

void SystemPage::reboot()
{
    const QString host = m_host.isEmpty() ? tr("the box") : m_host;
    confirm(tr("Reboot"), tr("Reboot %1 now?").arg(host),
            tr("Until the machine is up again, nobody can send or receive mail through it, and neither this app, "
               "the control panel nor SSH can reach it. Once started, the reboot cannot be stopped."),
            tr("&Reboot now"), QStringLiteral("rebootConfirmation"), [this] {
                m_rebootResult->hide();
                m_service->reboot();
            });
}
