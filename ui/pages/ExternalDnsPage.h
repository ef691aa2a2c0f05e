#pragma once

#include "ApiError.h"
#include "ListPage.h"
#include "StatusItems.h"

class DnsService;
class DnsZoneModel;
class QPushButton;
class QTextBrowser;

// System → External DNS: every record the box's zones hold (GET /dns/dump), grouped by zone, with what each is for —
// what an admin enters at a DNS provider when the box does not serve its own DNS. Copy a value (long TXT values as
// the strings a registrar's form asks for), copy a zone's records, save a zone file. Talks to the box only through
// DnsService.
class ExternalDnsPage : public ListPage
{
    Q_OBJECT

public:
    explicit ExternalDnsPage(QWidget* parent = nullptr);
    ~ExternalDnsPage() override;

    void refresh() override;
    bool isBusy() const override;

    DnsZoneModel* model() const { return m_model; }
    // The zone of the current row (group or record); empty if none.
    QString currentZone() const;
    // Fetches the zone file of `zone` and writes it to `path`; zoneFileSaved() tells the outcome.
    void saveZoneFile(const QString& zone, const QString& path);
    // The DNSSEC tab: runs the box's status checks and shows each zone's DS record state and the records to give
    // the registrar; dnssecShown() when done.
    void checkDnssec();
    QPushButton* dnssecButton() const { return m_dnssecButton; }
    QTextBrowser* dnssecView() const { return m_dnssecView; }

signals:
    void recordsLoaded(int zones, int records);
    void zoneFileSaved(bool ok, const QString& message);
    void dnssecShown(bool ok);

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    void chooseZoneFile();
    QWidget* buildDnssecTab();
    void showDnssec(const StatusItemList& items);

    DnsService* m_service;
    DnsZoneModel* m_model;
    QString m_savePath; // where the zone file on its way goes
    QAction* m_copyAction;
    QAction* m_copyZoneAction;
    QAction* m_saveZoneAction;
    QPushButton* m_dnssecButton = nullptr;
    QTextBrowser* m_dnssecView = nullptr;
};
