#include "CustomDnsPage.h"

#include "ApiClient.h"
#include "ApiGuidePage.h"
#include "DnsApiGuide.h"
#include "DnsService.h"
#include "DnsZoneModel.h"
#include "ListFilterProxyModel.h"
#include "dialogs/DnsPreviewDialog.h"
#include "dialogs/DnsRecordDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QVBoxLayout>

CustomDnsPage::CustomDnsPage(QWidget* parent)
    : ListPage(tr("Custom DNS"), QStringLiteral("customDns"), new DnsZoneModel(false),
               new ListFilterProxyModel(DnsZoneModel::FilterTextRole), parent)
    , m_service(new DnsService(this))
    , m_model(static_cast<DnsZoneModel*>(proxy()->sourceModel()))
    , m_dialog(new DnsRecordDialog(this))
    , m_previewDialog(new DnsPreviewDialog(this))
{
    view()->header()->setSectionResizeMode(DnsZoneModel::NameColumn, QHeaderView::Interactive);
    view()->header()->resizeSection(DnsZoneModel::NameColumn, 280);
    view()->header()->resizeSection(DnsZoneModel::TypeColumn, 90);
    view()->header()->setStretchLastSection(true);
    setExpandLimit(50);

    m_addAction =
        makeAction(tr("&Add record…"), QStringLiteral("addRecordAction"), QStringLiteral("list-add"), Key::New);
    m_editAction = makeAction(tr("&Change value…"), QStringLiteral("editRecordAction"), QStringLiteral("document-edit"),
                              Key::Edit);
    m_addValueAction =
        makeAction(tr("Add another &value…"), QStringLiteral("addValueAction"), QStringLiteral("list-add"));
    m_removeAction = makeAction(tr("&Remove this value…"), QStringLiteral("removeValueAction"),
                                QStringLiteral("list-remove"), Key::Delete);
    m_removeAllAction = makeAction(tr("Remove &all values of this name and type…"), QStringLiteral("removeAllAction"),
                                   QStringLiteral("edit-delete"));
    m_copyAction =
        makeAction(tr("&Copy value"), QStringLiteral("copyValueAction"), QStringLiteral("edit-copy"), Key::Copy);
    setToolBarActions({m_addAction, m_editAction, m_addValueAction, m_removeAction, m_removeAllAction});
    setContextMenuActions({m_copyAction, m_editAction, m_addValueAction, nullptr, m_removeAction, m_removeAllAction,
                           nullptr, m_addAction});
    setActivateAction(m_editAction);
    setFilterPlaceholder(tr("Filter by name, type or value…"));
    setEmptyTexts(tr("The box has no custom DNS records. Add one with “Add record…”."), tr("No records match “%1”."));
    setExplanation(tr("The box publishes the DNS records its mail and web services need on its own. Records added "
                      "here come on top of them, or take their place: a custom MX record replaces the box's own for "
                      "that name, and a custom A record sends a domain's website elsewhere. A name can have several "
                      "values of one type; each change says whether it replaces them or goes beside them."));
    addTab(buildSecondaryTab(), tr("Secondary nameservers"));
    ApiGuidePage* api = DnsApiGuide::customDns(this);
    api->setObjectName(QStringLiteral("customDnsApiPage"));
    setApiPage(api);

    connect(m_addAction, &QAction::triggered, this, &CustomDnsPage::addRecord);
    connect(m_editAction, &QAction::triggered, this, &CustomDnsPage::editRecord);
    connect(m_addValueAction, &QAction::triggered, this, &CustomDnsPage::addValue);
    connect(m_removeAction, &QAction::triggered, this, &CustomDnsPage::removeValue);
    connect(m_removeAllAction, &QAction::triggered, this, &CustomDnsPage::removeAll);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QModelIndex current = currentIndex();
        if (current.isValid() && !current.data(DnsZoneModel::IsGroupRole).toBool())
            showCopied(current.data(DnsZoneModel::ValueRole).toString());
    });
    connect(m_dialog, &DnsRecordDialog::submitted, this, [this] { request(m_dialog->change(), true); });
    connect(m_service, &DnsService::previewLoaded, this,
            [this](const DnsRecordChange& change, const DnsPreview& preview) {
                const bool removal = change.kind == DnsRecordChange::Kind::RemoveValue ||
                                     change.kind == DnsRecordChange::Kind::RemoveAll;
                m_previewDialog->setPreview(intent(change), preview, removal ? tr("&Remove") : tr("&Apply"));
                auto* context = new QObject(m_previewDialog);
                connect(m_previewDialog, &QDialog::finished, context, [this, context, change](int result) {
                    context->deleteLater();
                    if (result == QDialog::Accepted) {
                        send(change);
                    } else {
                        if (m_fromDialog)
                            m_dialog->setBusy(false);
                        m_fromDialog = false;
                        showStatus(tr("Nothing was changed."));
                    }
                });
                m_previewDialog->open();
            });

    connect(m_service, &DnsService::loadingChanged, this,
            [this](bool loading) { setLoading(loading, loading ? tr("Loading DNS records…") : QString()); });
    connect(m_service, &DnsService::changingChanged, this, &CustomDnsPage::updateActions);
    connect(m_service, &DnsService::customRecordsLoaded, this, [this](const CustomDnsRecordList& records) {
        m_model->setCustomRecords(records);
        showStatus(tr("%n custom record(s)", nullptr, m_model->recordCount()));
        if (!m_pending.qname.isEmpty()) {
            selectRecord(m_pending.qname, m_pending.rtype, m_pending.value);
            m_pending = {};
        }
        updateActions();
        emit recordsLoaded(m_model->recordCount());
    });
    connect(m_service, &DnsService::zonesLoaded, this, [this](const QStringList& zones) { m_zones = zones; });
    connect(m_service, &DnsService::secondaryNameserversLoaded, this,
            [this](const QStringList& hostnames) { m_secondaryEdit->setPlainText(hostnames.join(QLatin1Char('\n'))); });
    connect(m_service, &DnsService::loadFailed, this, [this](DnsService::Load load, const ApiError& error) {
        if (load == DnsService::Load::Preview) {
            onChangeFailed(error); // the refusal the change itself would get
        } else if (error.kind != ApiError::Kind::Cancelled) {
            showStatus(tr("The DNS records could not be loaded: %1").arg(error.message));
        }
    });
    connect(m_service, &DnsService::recordChanged, this, &CustomDnsPage::onRecordChanged);
    connect(m_service, &DnsService::changeFailed, this, &CustomDnsPage::onChangeFailed);
    connect(
        m_service, &DnsService::secondaryNameserversSaved, this, [this](const QStringList& hostnames, const QString&) {
            m_savingSecondary = false;
            m_secondaryMessage->setText(hostnames.isEmpty()
                                            ? tr("Saved: no secondary nameservers.")
                                            : tr("Saved: %n secondary nameserver(s).", nullptr, int(hostnames.size())));
            m_secondaryEdit->setPlainText(hostnames.join(QLatin1Char('\n')));
            emit secondaryNameserversChanged(true);
        });
    updateActions();
}

CustomDnsPage::~CustomDnsPage() = default;

QWidget* CustomDnsPage::buildSecondaryTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("secondaryNameserversTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* text = new QLabel(
        tr("A secondary nameserver keeps a copy of the box's zones and answers for them when the box cannot. Enter "
           "its host name, one per line; the box allows it to transfer the zones and names it in the NS records. "
           "To allow a transfer to an address or a network without naming it as a nameserver, write "
           "<tt>xfr:</tt> and the address (e.g. <tt>xfr:192.0.2.53</tt> or <tt>xfr:198.51.100.0/24</tt>). Leave "
           "the list empty to use the box alone."),
        tab);
    text->setWordWrap(true);
    m_secondaryEdit = new QPlainTextEdit(tab);
    m_secondaryEdit->setObjectName(QStringLiteral("secondaryNameserversEdit"));
    m_secondaryEdit->setTabChangesFocus(true);
    m_secondaryEdit->setPlaceholderText(QStringLiteral("ns1.example.net\nxfr:192.0.2.53"));
    m_secondarySave = new QPushButton(tr("&Save nameservers"), tab);
    m_secondarySave->setObjectName(QStringLiteral("saveSecondaryButton"));
    m_secondaryMessage = new QLabel(tab);
    m_secondaryMessage->setObjectName(QStringLiteral("secondaryMessageLabel"));
    m_secondaryMessage->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_secondarySave);
    buttons->addWidget(m_secondaryMessage, 1);
    layout->addWidget(text);
    layout->addWidget(m_secondaryEdit, 1);
    layout->addLayout(buttons);
    connect(m_secondarySave, &QPushButton::clicked, this, &CustomDnsPage::saveSecondaryNameservers);
    return tab;
}

QString CustomDnsPage::secondaryMessage() const
{
    return m_secondaryMessage->text();
}

void CustomDnsPage::clientChanged(ApiClient* client)
{
    m_service->setClient(client);
    m_model->clear();
    m_zones.clear();
    m_secondaryEdit->clear();
    m_secondaryMessage->clear();
}

bool CustomDnsPage::isBusy() const
{
    return m_service->isLoading();
}

void CustomDnsPage::refresh()
{
    m_service->fetchCustomRecords();
    m_service->fetchZones();
    m_service->fetchSecondaryNameservers();
}

void CustomDnsPage::updateActions()
{
    const QModelIndex current = currentIndex();
    const bool record = current.isValid() && !current.data(DnsZoneModel::IsGroupRole).toBool();
    const bool idle = client() && !m_service->isChanging();
    m_addAction->setEnabled(idle);
    m_editAction->setEnabled(idle && record);
    m_addValueAction->setEnabled(idle && record);
    m_removeAction->setEnabled(idle && record);
    m_removeAllAction->setEnabled(idle && record);
    m_copyAction->setEnabled(record);
    if (m_secondarySave)
        m_secondarySave->setEnabled(idle);
}

bool CustomDnsPage::selectRecord(const QString& qname, const QString& rtype, const QString& value)
{
    const QModelIndex index = m_model->indexOf(qname, rtype, value);
    return index.isValid() && selectIndex(index);
}

void CustomDnsPage::addRecord()
{
    if (!m_addAction->isEnabled())
        return;
    m_dialog->prepareNew(m_zones);
    m_dialog->open();
}

void CustomDnsPage::editRecord()
{
    const QModelIndex current = currentIndex();
    if (!m_editAction->isEnabled() || !current.isValid() || current.data(DnsZoneModel::IsGroupRole).toBool())
        return;
    m_dialog->prepareEdit(current.data(DnsZoneModel::QNameRole).toString(),
                          current.data(DnsZoneModel::RtypeRole).toString(),
                          current.data(DnsZoneModel::ValueRole).toString());
    m_dialog->open();
}

void CustomDnsPage::addValue()
{
    const QModelIndex current = currentIndex();
    if (!m_addValueAction->isEnabled() || !current.isValid())
        return;
    m_dialog->prepareEdit(current.data(DnsZoneModel::QNameRole).toString(),
                          current.data(DnsZoneModel::RtypeRole).toString(), QString());
    m_dialog->addButton()->setChecked(true);
    m_dialog->open();
}

void CustomDnsPage::removeValue()
{
    const QModelIndex current = currentIndex();
    if (!m_removeAction->isEnabled() || !current.isValid())
        return;
    const DnsRecordChange change{DnsRecordChange::Kind::RemoveValue, current.data(DnsZoneModel::QNameRole).toString(),
                                 current.data(DnsZoneModel::RtypeRole).toString(),
                                 current.data(DnsZoneModel::ValueRole).toString()};
    if (m_previewAvailable) {
        request(change, false);
        return;
    }
    confirm({tr("Remove DNS record"),
             tr("Remove the %1 record of %2 with the value %3?")
                 .arg(change.rtype, DnsRecords::displayName(change.qname), change.value),
             tr("Other values of this name and type stay. Where the box has a record of its own for this name and "
                "type, it publishes that one again."),
             tr("&Remove"), QStringLiteral("removeValueConfirmation")},
            [this, change] { request(change, false); });
}

void CustomDnsPage::removeAll()
{
    const QModelIndex current = currentIndex();
    if (!m_removeAllAction->isEnabled() || !current.isValid())
        return;
    const DnsRecordChange change{DnsRecordChange::Kind::RemoveAll, current.data(DnsZoneModel::QNameRole).toString(),
                                 current.data(DnsZoneModel::RtypeRole).toString(), QString()};
    if (m_previewAvailable) {
        request(change, false);
        return;
    }
    confirm({tr("Remove DNS records"),
             tr("Remove every %1 record of %2?").arg(change.rtype, DnsRecords::displayName(change.qname)),
             tr("All custom values of this name and type go. Where the box has a record of its own for this name and "
                "type, it publishes that one again."),
             tr("&Remove all"), QStringLiteral("removeAllConfirmation")},
            [this, change] { request(change, false); });
}

void CustomDnsPage::request(const DnsRecordChange& change, bool fromDialog)
{
    m_fromDialog = fromDialog;
    if (!m_previewAvailable) {
        send(change);
        return;
    }
    if (!m_service->previewChange(change)) {
        if (m_fromDialog)
            m_dialog->setBusy(false);
        m_fromDialog = false;
        return;
    }
    showStatus(tr("Asking the box what the change would do…"));
}

void CustomDnsPage::send(const DnsRecordChange& change)
{
    if (!m_service->changeRecord(change)) {
        if (m_fromDialog)
            m_dialog->setBusy(false);
        m_fromDialog = false;
        return;
    }
    showStatus(tr("Updating the box's DNS…"));
}

QString CustomDnsPage::describe(const DnsRecordChange& change)
{
    const QString name = DnsRecords::displayName(change.qname);
    switch (change.kind) {
    case DnsRecordChange::Kind::Add:
        return tr("Added a value to the %1 records of %2.").arg(change.rtype, name);
    case DnsRecordChange::Kind::Replace:
        return tr("Set the %1 value of %2.").arg(change.rtype, name);
    case DnsRecordChange::Kind::RemoveValue:
        return tr("Removed a value from the %1 records of %2.").arg(change.rtype, name);
    case DnsRecordChange::Kind::RemoveAll:
        return tr("Removed all %1 records of %2.").arg(change.rtype, name);
    }
    return {};
}

QString CustomDnsPage::intent(const DnsRecordChange& change)
{
    const QString name = DnsRecords::displayName(change.qname);
    switch (change.kind) {
    case DnsRecordChange::Kind::Add:
        return tr("Add a value to the %1 records of %2").arg(change.rtype, name);
    case DnsRecordChange::Kind::Replace:
        return tr("Make this the only %1 value of %2").arg(change.rtype, name);
    case DnsRecordChange::Kind::RemoveValue:
        return tr("Remove a value from the %1 records of %2").arg(change.rtype, name);
    case DnsRecordChange::Kind::RemoveAll:
        return tr("Remove all %1 records of %2").arg(change.rtype, name);
    }
    return {};
}

void CustomDnsPage::onRecordChanged(const DnsRecordChange& change, const QString& boxText)
{
    if (m_fromDialog)
        m_dialog->succeeded();
    m_fromDialog = false;
    QString message;
    if (DnsService::isIgnoredChange(boxText)) {
        message = tr("The box stored the record but its zones did not change: it has a record of its own there that "
                     "takes precedence (e.g. the box's own name).");
    } else if (boxText.trimmed() == QLatin1String("OK")) {
        message = tr("Nothing to change: the box has this already.");
    } else {
        message = describe(change);
    }
    showStatus(message);
    if (change.kind == DnsRecordChange::Kind::Add || change.kind == DnsRecordChange::Kind::Replace)
        m_pending = change;
    m_service->fetchCustomRecords();
    emit changeFinished(true, message);
}

void CustomDnsPage::onChangeFailed(const ApiError& error)
{
    const QString message = error.kind == ApiError::Kind::Http ? error.serverText.trimmed() : error.message;
    if (m_savingSecondary) {
        m_savingSecondary = false;
        m_secondaryMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_secondaryMessage->setText(message);
        emit secondaryNameserversChanged(false);
        return;
    }
    if (m_fromDialog) {
        m_dialog->setBusy(false);
        m_dialog->showError(message);
    }
    m_fromDialog = false;
    showStatus(tr("The change was refused: %1").arg(message));
    emit changeFinished(false, message);
}

void CustomDnsPage::saveSecondaryNameservers()
{
    m_secondaryMessage->clear();
    if (!m_service->setSecondaryNameservers(m_secondaryEdit->toPlainText()))
        return;
    m_savingSecondary = true;
    m_secondaryMessage->setStyleSheet(QString());
    m_secondaryMessage->setText(tr("Saving…"));
}
