#pragma once

#include "ApiError.h"
#include "AuditLog.h"

#include <QPointer>
#include <QWidget>

class ApiClient;
class AuditModel;
class AuditService;
class Banner;
class CsvTransfer;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

// System → Audit Log: the changes made through the box's agent, newest first — time (local), who (a user or a
// token), client address, action, parameters and result — searched on the box by who, what, result and a range of
// days; "Load older" fetches the page before the oldest shown; "Export CSV…" writes what is loaded. Our agent only
// (capability "audit"): on a box without it the page says so in one sentence and offers nothing else. Talks to the box
// only through AuditService.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);
    ~AuditPage() override;

    void setClient(ApiClient* client);
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }
    void refresh(); // searches again with the filters shown
    bool isBusy() const;

    AuditFilter filter() const; // as the fields say
    AuditModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    AuditService* service() const { return m_service; }
    QString statusText() const;
    bool exportCsv(const QString& path, QString* error = nullptr);

    static QString unavailableText();

signals:
    void loaded(int entries, bool hasOlder);
    void loadFailed(const QString& message);

private:
    QWidget* buildFilters();
    void search();
    void loadOlder();
    void updateButtons();
    void updateStatus();
    void showStatus(const QString& text);

    AuditService* m_service;
    AuditModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CsvTransfer* m_csv;
    QPointer<ApiClient> m_client;
    bool m_available = true;
    QWidget* m_content;
    QLabel* m_unavailable;
    QLineEdit* m_who = nullptr;
    QLineEdit* m_what = nullptr;
    QComboBox* m_result = nullptr;
    QCheckBox* m_sinceBox = nullptr;
    QDateEdit* m_since = nullptr;
    QCheckBox* m_untilBox = nullptr;
    QDateEdit* m_until = nullptr;
    QPushButton* m_searchButton = nullptr;
    Banner* m_errorBanner;
    QTreeView* m_view;
    QLabel* m_emptyLabel;
    QLabel* m_statusLabel;
    QPushButton* m_olderButton;
    QPushButton* m_exportButton;
};
