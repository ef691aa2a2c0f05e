#pragma once

#include "OfflineCache.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

class AliasesModel;
class Banner;
class BackupListModel;
class DnsZoneModel;
class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTreeView;
class StatusTreeModel;
class TlsStatusModel;
class UsersModel;

// What a box answered last, read-only, for when it cannot be reached: its users, aliases, custom DNS records, status
// checks, certificates and backups from the offline cache, each tab with the time it was fetched ("As of …"), under
// a banner saying the box cannot be reached. The models are the pages' own; nothing here talks to the box.
class OfflineBoxView : public QDialog
{
    Q_OBJECT

public:
    explicit OfflineBoxView(QWidget* parent = nullptr);
    ~OfflineBoxView() override;

    // Fills the view from `cache`; `reason` says why the box cannot be reached (may be empty).
    void showBox(OfflineCache* cache, const QString& box, const QString& reason);
    QString box() const { return m_box; }
    QDateTime fetched(OfflineCache::Kind kind) const { return m_fetched.value(kind); }
    UsersModel* usersModel() const { return m_users; }
    Banner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTreeView* addTab(OfflineCache::Kind kind, const QString& title, QAbstractItemModel* model);

    QString m_box;
    Banner* m_banner;
    QTabWidget* m_tabs;
    UsersModel* m_users;
    AliasesModel* m_aliases;
    DnsZoneModel* m_dns;
    StatusTreeModel* m_status;
    TlsStatusModel* m_certificates;
    BackupListModel* m_backups;
    QHash<OfflineCache::Kind, QLabel*> m_asOf;
    QHash<OfflineCache::Kind, QTreeView*> m_views;
    QHash<OfflineCache::Kind, QDateTime> m_fetched;
};
