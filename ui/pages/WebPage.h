#pragma once

#include "ApiError.h"
#include "SystemService.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class Banner;
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Web: the sites the box serves (GET /web/domains) with the folder each one's files go in and whether the box serves
// it as a static site, how to upload files there, and "Update web configuration" (POST /web/update) with the box's
// answer. A site whose own folder (STORAGE_ROOT/www/<site>) does not exist yet is served from the default folder; the
// page says which folder to create for it.
class WebPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { SiteColumn, StaticColumn, DirectoryColumn, ColumnCount };

    explicit WebPage(QWidget* parent = nullptr);
    ~WebPage() override;

    void setClient(ApiClient* client);
    void setBoxHostname(const QString& host);
    void refresh();
    void updateConfiguration();
    bool isBusy() const;

    QTreeWidget* table() const { return m_table; }
    QPushButton* updateButton() const { return m_updateButton; }
    QPlainTextEdit* resultView() const { return m_result; }
    QLabel* guidanceLabel() const { return m_guidance; }
    QLabel* hintLabel() const { return m_hint; }
    Banner* banner() const { return m_banner; }
    const WebDomainList& domains() const { return m_domains; }

signals:
    void domainsLoaded(int count);
    void updateFinished(bool ok);

private:
    void showDomains(const WebDomainList& domains);
    void updateGuidance();
    void updateHint();
    void setBusy(SystemService::Call call, bool busy);

    SystemService* m_service;
    Banner* m_banner;
    QLabel* m_guidance;
    QTreeWidget* m_table;
    QLabel* m_hint;
    QPushButton* m_refreshButton;
    QPushButton* m_updateButton;
    QLabel* m_resultLabel;
    QPlainTextEdit* m_result;
    QAction* m_copyAction;
    QPointer<ApiClient> m_client;
    QString m_host;
    WebDomainList m_domains;
};
