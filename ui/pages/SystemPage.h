#pragma once

#include "ApiError.h"
#include "SystemService.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class ApiClient;
class Banner;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

// System → System: the box's Mail-in-a-Box version and, when the admin allows the box to ask (privacy off), whether
// a newer release exists; the privacy switch (the new-version check on or off); pending package updates with
// "Install updates" (a busy state with the time so far, apt-get's output shown); and, when the box says it needs
// one, a reboot after a confirmation that says what it does.
class SystemPage : public QWidget
{
    Q_OBJECT

public:
    explicit SystemPage(QWidget* parent = nullptr);
    ~SystemPage() override;

    void setClient(ApiClient* client);
    void setBoxHostname(const QString& host);
    void refresh(); // version, privacy, updates, reboot
    void setVersionCheck(bool on); // privacy off / on
    void installUpdates(); // asks first
    void reboot(); // asks first

    bool isBusy() const;
    QLabel* versionLabel() const { return m_versionLabel; }
    QLabel* latestLabel() const { return m_latestLabel; }
    QCheckBox* versionCheckBox() const { return m_versionCheck; }
    QTreeWidget* updatesList() const { return m_updates; }
    QLabel* updatesLabel() const { return m_updatesLabel; }
    QPushButton* installButton() const { return m_installButton; }
    QPlainTextEdit* outputView() const { return m_output; }
    QLabel* rebootLabel() const { return m_rebootLabel; }
    QPushButton* rebootButton() const { return m_rebootButton; }
    QLabel* rebootResultLabel() const { return m_rebootResult; }
    QMessageBox* confirmation() const { return m_confirmation; }
    Banner* banner() const { return m_banner; }

signals:
    void versionShown();
    void latestShown(); // the latest release, or why it is not known
    void privacyShown(bool isPrivate);
    void updatesShown(int count);
    void updatesInstalled(bool ok);
    void rebootShown(bool required);
    void rebootAnswered(const QString& text);

private:
    void showPrivacy(bool isPrivate);
    void showLatest();
    void setBusy();
    void updateInstallText();
    void confirm(const QString& title, const QString& text, const QString& informative, const QString& verb,
                 const QString& objectName, const std::function<void()>& accepted);

    SystemService* m_service;
    Banner* m_banner;
    QLabel* m_versionLabel;
    QLabel* m_latestLabel;
    QPushButton* m_latestButton;
    QCheckBox* m_versionCheck;
    QLabel* m_updatesLabel;
    QTreeWidget* m_updates;
    QPushButton* m_checkUpdatesButton;
    QPushButton* m_installButton;
    QLabel* m_installLabel;
    QPlainTextEdit* m_output;
    QLabel* m_rebootLabel;
    QPushButton* m_rebootButton;
    QLabel* m_rebootResult;
    QTimer* m_ticker;
    QElapsedTimer m_installTimer;
    QPointer<ApiClient> m_client;
    QPointer<QMessageBox> m_confirmation;
    QString m_host;
    QString m_version;
    QString m_latest;
    QString m_latestError;
    int m_privacy = -1; // -1 unknown, 0 off, 1 on
    bool m_settingPrivacy = false;
};
