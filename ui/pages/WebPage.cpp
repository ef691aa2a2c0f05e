#include "WebPage.h"

#include "ApiClient.h"
#include "Banner.h"
#include "Icons.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int DomainRole = Qt::UserRole + 1;
}

WebPage::WebPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new SystemService(this))
    , m_banner(new Banner(this))
    , m_guidance(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_refreshButton(new QPushButton(Icons::themed(QStringLiteral("view-refresh")), tr("&Refresh"), this))
    , m_updateButton(new QPushButton(tr("&Update web configuration"), this))
    , m_resultLabel(new QLabel(tr("The box's answer:"), this))
    , m_result(new QPlainTextEdit(this))
    , m_copyAction(new QAction(Icons::themed(QStringLiteral("edit-copy")), tr("&Copy the folder"), this))
{
    m_banner->setObjectName(QStringLiteral("webBanner"));
    m_banner->hide();
    m_guidance->setObjectName(QStringLiteral("guidanceLabel"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    m_guidance->setOpenExternalLinks(true);
    m_guidance->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_table->setObjectName(QStringLiteral("webTreeWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Site"), tr("Static site"), tr("Folder for its files")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->header()->setSectionResizeMode(SiteColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(StaticColumn, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_table->addAction(m_copyAction);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_updateButton->setObjectName(QStringLiteral("updateButton"));
    m_updateButton->setToolTip(tr("Write the box's web server configuration anew, e.g. after creating a site's own "
                                  "folder, and reload the web server if it changed"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_result->setObjectName(QStringLiteral("resultPlainTextEdit"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setMaximumHeight(120);
    m_resultLabel->hide();
    m_result->hide();
    m_copyAction->setObjectName(QStringLiteral("copyFolderAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_updateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Static Web Hosting")), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_guidance);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_result);

    connect(m_refreshButton, &QPushButton::clicked, this, &WebPage::refresh);
    connect(m_updateButton, &QPushButton::clicked, this, &WebPage::updateConfiguration);
    connect(m_banner, &Banner::actionTriggered, this, &WebPage::refresh);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &WebPage::updateHint);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem* item = m_table->currentItem())
            QGuiApplication::clipboard()->setText(item->text(DirectoryColumn));
    });
    connect(m_service, &SystemService::runningChanged, this, &WebPage::setBusy);
    connect(m_service, &SystemService::webDomainsLoaded, this, &WebPage::showDomains);
    connect(m_service, &SystemService::webUpdated, this, [this](const QString& text) {
        m_resultLabel->show();
        m_result->show();
        // The box answers nothing when the configuration was already as it should be (the web panel says so too).
        m_result->setPlainText(text.trimmed().isEmpty() ? tr("Nothing changed.") : text.trimmed());
        emit updateFinished(true);
        refresh();
    });
    connect(m_service, &SystemService::failed, this, [this](SystemService::Call call, const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        const QString text = error.kind == ApiError::Kind::Http && !error.serverText.trimmed().isEmpty()
                                 ? error.serverText.trimmed()
                                 : error.message;
        if (call == SystemService::Call::WebUpdate) {
            m_resultLabel->show();
            m_result->show();
            m_result->setPlainText(tr("The web configuration could not be updated: %1").arg(text));
            emit updateFinished(false);
            return;
        }
        m_banner->showMessage(Banner::Kind::Error, tr("The web sites could not be loaded: %1").arg(text),
                              tr("&Try again"));
        emit domainsLoaded(-1);
    });
    updateGuidance();
    setBusy(SystemService::Call::WebDomains, false);
}

WebPage::~WebPage() = default;

void WebPage::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_service->setClient(client);
    m_table->clear();
    m_domains.clear();
    m_result->clear();
    m_result->hide();
    m_resultLabel->hide();
    m_banner->hide();
    updateGuidance();
    setBusy(SystemService::Call::WebDomains, false);
}

void WebPage::setBoxHostname(const QString& host)
{
    m_host = host;
    updateGuidance();
}

void WebPage::refresh()
{
    if (m_service->fetchWebDomains())
        m_banner->hide();
}

void WebPage::updateConfiguration()
{
    if (m_service->updateWeb()) {
        m_result->setPlainText(tr("Updating the web configuration…"));
        m_resultLabel->show();
        m_result->show();
    }
}

bool WebPage::isBusy() const
{
    return m_service->isRunning();
}

void WebPage::setBusy(SystemService::Call call, bool busy)
{
    Q_UNUSED(call)
    const bool any = m_service->isRunning();
    m_refreshButton->setEnabled(m_client && !m_service->isRunning(SystemService::Call::WebDomains));
    m_updateButton->setEnabled(m_client && !m_service->isRunning(SystemService::Call::WebUpdate));
    if (any)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    Q_UNUSED(busy)
}

void WebPage::showDomains(const WebDomainList& domains)
{
    const QString current = m_table->currentItem() ? m_table->currentItem()->data(0, DomainRole).toString() : QString();
    m_domains = domains;
    m_table->clear();
    QList<QTreeWidgetItem*> items;
    QTreeWidgetItem* select = nullptr;
    for (const WebDomain& d : domains) {
        auto* item = new QTreeWidgetItem;
        item->setText(SiteColumn, QStringLiteral("https://") + d.domain);
        item->setData(0, DomainRole, d.domain);
        item->setText(DirectoryColumn, d.staticEnabled ? d.root : QString());
        item->setText(StaticColumn, d.staticEnabled ? tr("Yes") : tr("No"));
        if (!d.staticEnabled) {
            item->setToolTip(StaticColumn, tr("The box does not serve files for this site: its custom DNS or web "
                                              "settings send it elsewhere (a proxy or a redirect)."));
            item->setForeground(SiteColumn, palette().brush(QPalette::PlaceholderText));
        }
        item->setToolTip(DirectoryColumn, d.root);
        items.append(item);
        if (d.domain == current)
            select = item;
    }
    m_table->addTopLevelItems(items);
    if (!select && !items.isEmpty())
        select = items.first();
    m_table->setCurrentItem(select);
    updateGuidance();
    updateHint();
    emit domainsLoaded(int(domains.size()));
}

void WebPage::updateGuidance()
{
    // The default site's folder tells where the box keeps its data (STORAGE_ROOT/www/default).
    QString defaultRoot;
    for (const WebDomain& d : std::as_const(m_domains)) {
        if (d.root.endsWith(QLatin1String("/www/default"))) {
            defaultRoot = d.root;
            break;
        }
    }
    if (defaultRoot.isEmpty())
        defaultRoot = QStringLiteral("/home/user-data/www/default");
    const QString host = m_host.isEmpty() ? tr("the box") : m_host.toHtmlEscaped();
    m_guidance->setText(
        tr("<p>The box serves a simple static web site at <b>https://%1</b> and at every domain that has a mail user "
           "or "
           "alias. You can put your own HTML pages and other static files there; the box does not build web sites, "
           "it only serves the files you upload.</p>"
           "<p><b>Uploading files</b></p><ol>"
           "<li>Make sure the status checks show no problems for the domains you publish a site for.</li>"
           "<li>Use a file transfer program that speaks SSH (SFTP), e.g. FileZilla, WinSCP or <tt>scp</tt>.</li>"
           "<li>Connect to <b>%1</b> with the <b>SSH login</b> you got when the machine was set up at your hosting "
           "provider (usually with a private key) — not with a mail or control panel password.</li>"
           "<li>Upload the files into <tt>%2</tt>, or into a site's own folder listed below. They are on the web "
           "right away.</li></ol>"
           "<p>A site appears here once the box has a mail user or alias on its domain; its domain's nameservers "
           "must point to the box (see the setup guide; no glue records needed).</p>")
            .arg(host, defaultRoot.toHtmlEscaped()));
}

void WebPage::updateHint()
{
    QTreeWidgetItem* item = m_table->currentItem();
    m_copyAction->setEnabled(item && !item->text(DirectoryColumn).isEmpty());
    QString text;
    if (item) {
        const QString domain = item->data(0, DomainRole).toString();
        for (const WebDomain& d : std::as_const(m_domains)) {
            if (d.domain != domain)
                continue;
            if (!d.staticEnabled)
                text = tr("%1 is not served from a folder of the box.").arg(d.domain);
            else if (d.root != d.customRoot && !d.customRoot.isEmpty())
                text = tr("%1 shares the default folder. To give it a folder of its own, create %2 on the box, "
                          "then update the web configuration.")
                           .arg(d.domain, d.customRoot);
            else
                text = tr("%1 has a folder of its own: %2").arg(d.domain, d.root);
            break;
        }
    }
    m_hint->setText(text);
}
