#include "OfflineBoxView.h"

#include "AliasesModel.h"
#include "BackupInfo.h"
#include "BackupListModel.h"
#include "Banner.h"
#include "DnsRecords.h"
#include "DnsZoneModel.h"
#include "MailAlias.h"
#include "MailUser.h"
#include "StatusIcons.h"
#include "StatusItems.h"
#include "StatusTreeModel.h"
#include "TlsCertificates.h"
#include "TlsStatusModel.h"
#include "UsersModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// The status checks' state icons, as on the Status Checks page.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = StatusItem::Type(index.data(StatusTreeModel::StateRole).toInt());
        const auto kind = StatusTreeModel::RowKind(index.data(StatusTreeModel::KindRole).toInt());
        if (kind != StatusTreeModel::RowKind::Detail && state != StatusItem::Type::Heading) {
            option->icon = StatusIcons::forState(state);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};
} // namespace

OfflineBoxView::OfflineBoxView(QWidget* parent)
    : QDialog(parent)
    , m_banner(new Banner(this))
    , m_tabs(new QTabWidget(this))
    , m_users(new UsersModel(this))
    , m_aliases(new AliasesModel(this))
    , m_dns(new DnsZoneModel(false, this))
    , m_status(new StatusTreeModel(this))
    , m_certificates(new TlsStatusModel(this))
    , m_backups(new BackupListModel(this))
{
    setObjectName(QStringLiteral("OfflineBoxView"));
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_tabs->setObjectName(QStringLiteral("offlineTabWidget"));
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    addTab(OfflineCache::Kind::Users, tr("Users"), m_users);
    addTab(OfflineCache::Kind::Aliases, tr("Aliases"), m_aliases);
    addTab(OfflineCache::Kind::CustomDns, tr("Custom DNS"), m_dns);
    QTreeView* status = addTab(OfflineCache::Kind::Status, tr("Status Checks"), m_status);
    status->setItemDelegate(new StateDelegate(status));
    status->setHeaderHidden(true);
    addTab(OfflineCache::Kind::Certificates, tr("Certificates"), m_certificates);
    addTab(OfflineCache::Kind::Backups, tr("Backups"), m_backups);
}

OfflineBoxView::~OfflineBoxView() = default;

QTreeView* OfflineBoxView::addTab(OfflineCache::Kind kind, const QString& title, QAbstractItemModel* model)
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* asOf = new QLabel(page);
    asOf->setObjectName(OfflineCache::kindName(kind) + QStringLiteral("AsOfLabel"));
    asOf->setWordWrap(true);
    auto* view = new QTreeView(page);
    view->setObjectName(OfflineCache::kindName(kind) + QStringLiteral("TreeView"));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(true);
    layout->addWidget(asOf);
    layout->addWidget(view, 1);
    m_tabs->addTab(page, title);
    m_asOf.insert(kind, asOf);
    m_views.insert(kind, view);
    return view;
}

void OfflineBoxView::showBox(OfflineCache* cache, const QString& box, const QString& reason)
{
    m_box = box;
    m_fetched.clear();
    setWindowTitle(tr("%1 (offline) — Boxkeeper").arg(box));
    QString cause = reason.trimmed();
    while (cause.endsWith(QLatin1Char('.'))) {
        cause.chop(1);
    }
    const QString why =
        cause.isEmpty() ? tr("%1 cannot be reached.").arg(box) : tr("%1 cannot be reached (%2).").arg(box, cause);
    m_banner->showMessage(Banner::Kind::Error,
                          why + QLatin1Char(' ') +
                              tr("This is what it answered last. Nothing can be changed here until it answers again."));

    const auto entry = [&](OfflineCache::Kind kind) {
        const OfflineCache::Entry e = cache ? cache->load(box, kind) : OfflineCache::Entry();
        QLabel* label = m_asOf.value(kind);
        m_views.value(kind)->setVisible(e.isValid());
        if (e.isValid()) {
            m_fetched.insert(kind, e.fetched);
            label->setText(tr("As of %1").arg(QLocale().toString(e.fetched.toLocalTime(), QLocale::LongFormat)));
        } else {
            label->setText(
                tr("Boxkeeper kept no copy of this for %1: it was not fetched while the box answered.").arg(box));
        }
        return e;
    };

    MailUserList users;
    QString detail;
    const OfflineCache::Entry u = entry(OfflineCache::Kind::Users);
    m_users->setUsers(u.isValid() && parseMailUsers(u.answer, &users, &detail) ? users : MailUserList());
    MailAliasList aliases;
    const OfflineCache::Entry a = entry(OfflineCache::Kind::Aliases);
    m_aliases->setAliases(a.isValid() && parseMailAliases(a.answer, &aliases, &detail) ? aliases : MailAliasList());
    CustomDnsRecordList records;
    const OfflineCache::Entry d = entry(OfflineCache::Kind::CustomDns);
    m_dns->setCustomRecords(d.isValid() && DnsRecords::parseCustomRecords(QJsonDocument::fromJson(d.answer), &records)
                                ? records
                                : CustomDnsRecordList());
    StatusItemList items;
    const OfflineCache::Entry s = entry(OfflineCache::Kind::Status);
    m_status->setItems(s.isValid() && StatusItems::parse(QJsonDocument::fromJson(s.answer), &items) ? items
                                                                                                    : StatusItemList());
    TlsStatus tls;
    const OfflineCache::Entry c = entry(OfflineCache::Kind::Certificates);
    m_certificates->setStatus(c.isValid() && TlsStatus::parse(QJsonDocument::fromJson(c.answer), &tls) ? tls
                                                                                                       : TlsStatus());
    BackupStatusInfo backups;
    const OfflineCache::Entry b = entry(OfflineCache::Kind::Backups);
    m_backups->setBackups(b.isValid() && BackupInfo::parseStatus(QJsonDocument::fromJson(b.answer), &backups)
                              ? backups.backups
                              : BackupSetList());
    for (QTreeView* view : std::as_const(m_views)) {
        view->expandAll();
        for (int c = 0; c + 1 < view->model()->columnCount(); ++c) {
            view->resizeColumnToContents(c);
        }
    }
}
