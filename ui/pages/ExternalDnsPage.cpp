#include "ExternalDnsPage.h"

#include "ApiClient.h"
#include "DnsRecords.h"
#include "DnsService.h"
#include "DnsZoneModel.h"
#include "ListFilterProxyModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

ExternalDnsPage::ExternalDnsPage(QWidget* parent)
    : ListPage(tr("External DNS"), QStringLiteral("externalDns"), new DnsZoneModel(true),
               new ListFilterProxyModel(DnsZoneModel::FilterTextRole), parent)
    , m_service(new DnsService(this))
    , m_model(static_cast<DnsZoneModel*>(proxy()->sourceModel()))
{
    view()->header()->setSectionResizeMode(DnsZoneModel::NameColumn, QHeaderView::Interactive);
    view()->header()->resizeSection(DnsZoneModel::NameColumn, 260);
    view()->header()->resizeSection(DnsZoneModel::TypeColumn, 70);
    view()->header()->resizeSection(DnsZoneModel::ValueColumn, 360);
    view()->header()->setStretchLastSection(true);
    setExpandLimit(50);
    // The box's order: required records first, then the recommended ones (a click on a header still sorts).
    view()->sortByColumn(-1, Qt::AscendingOrder);

    m_copyAction =
        makeAction(tr("&Copy value"), QStringLiteral("copyValueAction"), QStringLiteral("edit-copy"), Key::Copy);
    m_copyZoneAction =
        makeAction(tr("Copy the &zone's records"), QStringLiteral("copyZoneAction"), QStringLiteral("edit-copy"));
    m_saveZoneAction =
        makeAction(tr("&Save zone file…"), QStringLiteral("saveZoneFileAction"), QStringLiteral("document-save-as"));
    setToolBarActions({m_copyAction, m_copyZoneAction, m_saveZoneAction});
    setContextMenuActions({m_copyAction, m_copyZoneAction, nullptr, m_saveZoneAction});
    setFilterPlaceholder(tr("Filter by name, type, value or purpose…"));
    setEmptyTexts(tr("The box has no DNS zones."), tr("No records match “%1”."));
    setExplanation(
        tr("These are the records of the box's zones. The box serves them itself when its domains' nameservers are "
           "<tt>ns1</tt>/<tt>ns2</tt> of the box. If you keep your domains' DNS at a provider instead, enter these "
           "records there — at least the ones marked <i>Required</i>; the <i>Recommended</i> ones make mail "
           "delivery and security better. Values change when the box's address, keys or certificates change: "
           "check this page again after such changes. TXT values longer than 255 bytes are copied as the quoted "
           "strings most providers want; a zone file can be imported where the provider accepts one. Note that "
           "DNSSEC needs the box's own nameservers."));

    addTab(buildDnssecTab(), tr("DNSSEC"));

    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (!current.isValid() || current.data(DnsZoneModel::IsGroupRole).toBool())
            return;
        const QString value = current.data(DnsZoneModel::ValueRole).toString();
        const QStringList strings = DnsRecords::txtStrings(value);
        showCopied(current.data(DnsZoneModel::RtypeRole).toString() == QLatin1String("TXT") && strings.size() > 1
                       ? QLatin1Char('"') + strings.join(QStringLiteral("\" \"")) + QLatin1Char('"')
                       : value);
    });
    connect(m_copyZoneAction, &QAction::triggered, this, [this] {
        const QString zone = currentZone();
        if (!zone.isEmpty())
            showCopied(m_model->zoneText(zone));
    });
    connect(m_saveZoneAction, &QAction::triggered, this, &ExternalDnsPage::chooseZoneFile);

    connect(m_service, &DnsService::loadingChanged, this,
            [this](bool loading) { setLoading(loading, loading ? tr("Loading the box's DNS records…") : QString()); });
    connect(m_service, &DnsService::dumpLoaded, this, [this](const DnsZoneDumpList& zones) {
        m_model->setDump(zones);
        showStatus(tr("%n zone(s)", nullptr, int(zones.size())) + QStringLiteral(", ") +
                   tr("%n record(s)", nullptr, m_model->recordCount()));
        updateActions();
        emit recordsLoaded(int(zones.size()), m_model->recordCount());
    });
    connect(m_service, &DnsService::zoneFileLoaded, this, [this](const QString& zone, const QString& text) {
        const QString path = m_savePath;
        m_savePath.clear();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            const QString message = tr("The zone file could not be saved to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString());
            showStatus(message);
            emit zoneFileSaved(false, message);
            return;
        }
        const QString message =
            tr("Saved the zone file of %1 to %2.").arg(DnsRecords::displayName(zone), QDir::toNativeSeparators(path));
        showStatus(message);
        emit zoneFileSaved(true, message);
    });
    connect(m_service, &DnsService::dnssecLoaded, this, &ExternalDnsPage::showDnssec);
    connect(m_service, &DnsService::loadFailed, this, [this](DnsService::Load load, const ApiError& error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (load == DnsService::Load::Dnssec) {
            m_dnssecButton->setEnabled(true);
            m_dnssecView->setPlainText(tr("The status checks could not be run: %1").arg(error.message));
            emit dnssecShown(false);
            return;
        }
        if (load == DnsService::Load::ZoneFile) {
            m_savePath.clear();
            const QString message = tr("The zone file could not be loaded: %1").arg(error.message);
            showStatus(message);
            emit zoneFileSaved(false, message);
            return;
        }
        showStatus(tr("The DNS records could not be loaded: %1").arg(error.message));
    });
    updateActions();
}

ExternalDnsPage::~ExternalDnsPage() = default;

void ExternalDnsPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_model->clear();
    m_dnssecView->clear();
    m_dnssecButton->setEnabled(client);
}

QWidget* ExternalDnsPage::buildDnssecTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("dnssecTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* text = new QLabel(tr("The box signs its zones (DNSSEC). For the signatures to count, the registrar of each "
                               "domain has to publish a DS record naming the box's key. The box's status checks "
                               "compare what the registrar publishes with the box's keys and list the DS records "
                               "to enter. Running them takes a moment."),
                            tab);
    text->setWordWrap(true);
    m_dnssecButton = new QPushButton(tr("&Check the DS records"), tab);
    m_dnssecButton->setObjectName(QStringLiteral("checkDnssecButton"));
    m_dnssecView = new QTextBrowser(tab);
    m_dnssecView->setObjectName(QStringLiteral("dnssecTextBrowser"));
    layout->addWidget(text);
    layout->addWidget(m_dnssecButton, 0, Qt::AlignLeft);
    layout->addWidget(m_dnssecView, 1);
    connect(m_dnssecButton, &QPushButton::clicked, this, &ExternalDnsPage::checkDnssec);
    return tab;
}

void ExternalDnsPage::checkDnssec()
{
    if (!m_service->fetchDnssec())
        return;
    m_dnssecButton->setEnabled(false);
    m_dnssecView->setPlainText(tr("Running the box's status checks…"));
}

void ExternalDnsPage::showDnssec(const StatusItemList& items)
{
    m_dnssecButton->setEnabled(true);
    const QList<StatusItems::DsResult> results = StatusItems::dsResults(items);
    QString html;
    for (const StatusItems::DsResult& r : results) {
        const char* color = r.item.type == StatusItem::Type::Ok        ? "#1b5e20"
                            : r.item.type == StatusItem::Type::Warning ? "#8a6d00"
                                                                       : "#b00020";
        html += QStringLiteral("<h3>%1</h3><p style=\"color:%2\">%3</p>")
                    .arg(DnsRecords::displayName(r.zone).toHtmlEscaped(), QLatin1String(color),
                         r.item.plainText().toHtmlEscaped());
        for (const StatusItem::Line& line : r.item.extra) {
            html += line.monospace ? QStringLiteral("<pre>%1</pre>").arg(line.text.toHtmlEscaped())
                                   : QStringLiteral("<div>%1</div>").arg(line.text.simplified().toHtmlEscaped());
        }
    }
    if (results.isEmpty())
        html = tr("<p>The status checks report no DNSSEC state: the box has no signed zones, or its DNS checks did not "
                  "run.</p>");
    m_dnssecView->setHtml(html);
    emit dnssecShown(true);
}

bool ExternalDnsPage::isBusy() const
{
    return m_service->isLoading(DnsService::Load::Dump);
}

void ExternalDnsPage::refresh()
{
    m_service->fetchDump();
}

QString ExternalDnsPage::currentZone() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(DnsZoneModel::ZoneRole).toString() : QString();
}

void ExternalDnsPage::updateActions()
{
    const QModelIndex current = currentIndex();
    const bool record = current.isValid() && !current.data(DnsZoneModel::IsGroupRole).toBool();
    m_copyAction->setEnabled(record);
    m_copyZoneAction->setEnabled(!currentZone().isEmpty());
    m_saveZoneAction->setEnabled(client() && !currentZone().isEmpty() &&
                                 !m_service->isLoading(DnsService::Load::ZoneFile));
}

void ExternalDnsPage::chooseZoneFile()
{
    const QString zone = currentZone();
    if (zone.isEmpty())
        return;
    auto* dialog = new QFileDialog(this, tr("Save the zone file of %1").arg(DnsRecords::displayName(zone)),
                                   QDir::homePath() + QLatin1Char('/') + zone + QStringLiteral(".zone"));
    dialog->setObjectName(QStringLiteral("saveZoneFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, zone](const QString& path) { saveZoneFile(zone, path); });
    dialog->open();
}

void ExternalDnsPage::saveZoneFile(const QString& zone, const QString& path)
{
    if (path.isEmpty() || !m_service->fetchZoneFile(zone))
        return;
    m_savePath = path;
    showStatus(tr("Loading the zone file of %1…").arg(DnsRecords::displayName(zone)));
    updateActions();
}
