#include "DnsService.h"

#include "ApiClient.h"
#include "JsonJob.h"
#include "TextJob.h"

#include <QUrl>

DnsService::DnsService(QObject* parent)
    : QObject(parent)
{ }

DnsService::~DnsService()
{
    abortAll();
}

void DnsService::abortAll()
{
    m_loads.abortAll(this);
    if (m_change) {
        m_change->disconnect(this);
        m_change->abort();
    }
    m_change = nullptr;
}

void DnsService::setClient(ApiClient* client)
{
    if (client == m_client)
        return;
    const bool wasLoading = isLoading();
    const bool wasChanging = isChanging();
    abortAll();
    m_client = client;
    if (wasLoading)
        emit loadingChanged(false);
    if (wasChanging)
        emit changingChanged(false);
}

bool DnsService::startLoad(Load load, ApiJob* job)
{
    const bool was = isLoading();
    m_loads.add(load, job);
    if (!was)
        emit loadingChanged(true);
    connect(job, &ApiJob::failed, this, [this, load](const ApiError& error) {
        finishLoad(load);
        emit loadFailed(load, error);
    });
    return true;
}

void DnsService::finishLoad(Load load)
{
    m_loads.remove(load);
    if (!isLoading())
        emit loadingChanged(false);
}

bool DnsService::fetchZones()
{
    if (!canLoad(Load::Zones))
        return false;
    JsonJob* job = m_client->getJson(QStringLiteral("/dns/zones"));
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finishLoad(Load::Zones);
        QStringList zones;
        if (!DnsRecords::parseStringList(document, &zones)) {
            emit loadFailed(Load::Zones, ApiError::unreadable(tr("The box's list of DNS zones could not be read.")));
            return;
        }
        emit zonesLoaded(zones);
    });
    return startLoad(Load::Zones, job);
}

bool DnsService::fetchCustomRecords()
{
    if (!m_client)
        return false;
    // A load already under way may have been answered before a change that asks for this one: the newer one wins.
    m_loads.abort(Load::CustomRecords, this);
    JsonJob* job = m_client->getJson(QStringLiteral("/dns/custom"));
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finishLoad(Load::CustomRecords);
        CustomDnsRecordList records;
        if (!DnsRecords::parseCustomRecords(document, &records)) {
            emit loadFailed(Load::CustomRecords,
                            ApiError::unreadable(tr("The box's custom DNS records could not be read.")));
            return;
        }
        emit customRecordsLoaded(records);
    });
    return startLoad(Load::CustomRecords, job);
}

bool DnsService::fetchSecondaryNameservers()
{
    if (!canLoad(Load::SecondaryNameservers))
        return false;
    JsonJob* job = m_client->getJson(QStringLiteral("/dns/secondary-nameserver"));
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finishLoad(Load::SecondaryNameservers);
        QStringList hostnames;
        if (!DnsRecords::parseSecondaryNameservers(document, &hostnames)) {
            emit loadFailed(Load::SecondaryNameservers,
                            ApiError::unreadable(tr("The box's secondary nameservers could not be read.")));
            return;
        }
        emit secondaryNameserversLoaded(hostnames);
    });
    return startLoad(Load::SecondaryNameservers, job);
}

bool DnsService::fetchDump()
{
    if (!canLoad(Load::Dump))
        return false;
    // As text: the records are read from it directly (DnsRecords::parseDump).
    TextJob* job = m_client->getText(QStringLiteral("/dns/dump"), {}, ApiClient::Duration::Long);
    connect(job, &TextJob::finished, this, [this](const QString& text) {
        finishLoad(Load::Dump);
        DnsZoneDumpList zones;
        if (!DnsRecords::parseDump(text, &zones)) {
            emit loadFailed(Load::Dump, ApiError::unreadable(tr("The box's DNS records could not be read.")));
            return;
        }
        emit dumpLoaded(zones);
    });
    return startLoad(Load::Dump, job);
}

bool DnsService::fetchDnssec()
{
    if (!canLoad(Load::Dnssec))
        return false;
    JsonJob* job = m_client->postFormJson(QStringLiteral("/system/status"), {}, ApiClient::Duration::Long);
    connect(job, &JsonJob::finished, this, [this](const QJsonDocument& document) {
        finishLoad(Load::Dnssec);
        StatusItemList items;
        if (!StatusItems::parse(document, &items)) {
            emit loadFailed(Load::Dnssec, ApiError::unreadable(tr("The box's status checks could not be read.")));
            return;
        }
        emit dnssecLoaded(items);
    });
    return startLoad(Load::Dnssec, job);
}

bool DnsService::fetchZoneFile(const QString& zone)
{
    if (!canLoad(Load::ZoneFile))
        return false;
    const QString ascii = DnsRecords::asciiName(zone);
    TextJob* job =
        m_client->getText(QStringLiteral("/dns/zonefile/") + QString::fromLatin1(QUrl::toPercentEncoding(ascii)));
    connect(job, &TextJob::finished, this, [this, ascii](const QString& text) {
        finishLoad(Load::ZoneFile);
        emit zoneFileLoaded(ascii, text);
    });
    return startLoad(Load::ZoneFile, job);
}

bool DnsService::startChange(TextJob* job, const std::function<void(const QString&)>& done)
{
    m_change = job;
    emit changingChanged(true);
    connect(job, &TextJob::finished, this, [this, done](const QString& text) {
        m_change = nullptr;
        emit changingChanged(false);
        done(text);
    });
    connect(job, &TextJob::failed, this, [this](const ApiError& error) {
        m_change = nullptr;
        emit changingChanged(false);
        emit changeFailed(error);
    });
    return true;
}

bool DnsService::normalize(DnsRecordChange* change)
{
    change->qname = DnsRecords::asciiName(change->qname);
    change->rtype = change->rtype.trimmed().toUpper();
    change->value = change->kind == DnsRecordChange::Kind::RemoveAll ? QString() : change->value.trimmed();
    if (change->qname.isEmpty() || change->rtype.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = change->qname.isEmpty() ? tr("Enter the name of the record, e.g. www.example.com.")
                                                : tr("Choose the type of the record.");
        emit changeFailed(error);
        return false;
    }
    // The box reads the body as ASCII and drops everything else: send international names in their ASCII form.
    if (change->rtype == QLatin1String("CNAME") || change->rtype == QLatin1String("NS")) {
        const bool dot = change->value.endsWith(QLatin1Char('.'));
        const QString ascii = DnsRecords::asciiName(change->value);
        if (!ascii.isEmpty())
            change->value = ascii + (dot ? QStringLiteral(".") : QString());
    }
    return true;
}

bool DnsService::changeRecord(const DnsRecordChange& given)
{
    if (!m_client || m_change)
        return false;
    DnsRecordChange change = given;
    if (!normalize(&change))
        return false;
    TextJob* job = m_client->send(change.verb(), change.path(), change.value.toUtf8());
    return startChange(job, [this, change](const QString& text) { emit recordChanged(change, text); });
}

bool DnsService::previewChange(const DnsRecordChange& given)
{
    if (!canLoad(Load::Preview))
        return false;
    DnsRecordChange change = given;
    if (!normalize(&change))
        return false;
    JsonJob* job = m_client->postFormJson(QStringLiteral("/boxkeeper/dns/preview"),
                                          {{QStringLiteral("method"), QString::fromLatin1(change.verb())},
                                           {QStringLiteral("qname"), change.qname},
                                           {QStringLiteral("rtype"), change.rtype},
                                           {QStringLiteral("value"), change.value}});
    connect(job, &JsonJob::finished, this, [this, change](const QJsonDocument& document) {
        finishLoad(Load::Preview);
        DnsPreview preview;
        if (!DnsRecords::parsePreview(document, &preview)) {
            emit loadFailed(Load::Preview,
                            ApiError::unreadable(tr("The box's preview of the change could not be read.")));
            return;
        }
        emit previewLoaded(change, preview);
    });
    return startLoad(Load::Preview, job);
}

bool DnsService::setSecondaryNameservers(const QString& text)
{
    if (!m_client || m_change)
        return false;
    const QString field = DnsRecords::secondaryNameserverField(text);
    const QStringList hostnames = field.isEmpty() ? QStringList() : field.split(QLatin1Char(','));
    TextJob* job = m_client->postForm(QStringLiteral("/dns/secondary-nameserver"),
                                      {{QStringLiteral("hostnames"), field}}, ApiClient::Duration::Long);
    return startChange(
        job, [this, hostnames](const QString& boxText) { emit secondaryNameserversSaved(hostnames, boxText); });
}

bool DnsService::isIgnoredChange(const QString& boxText)
{
    return boxText.trimmed() == QLatin1String("Something isn't right.");
}
