#pragma once

#include "ApiError.h"
#include "DnsRecords.h"
#include "ListPage.h"

class DnsPreviewDialog;
class DnsRecordDialog;
class DnsService;
class DnsZoneModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// System → Custom DNS: the box's custom records grouped by zone; add a record, give one a new value (replacing
// the others of its name and type, or beside them), remove one value or every value of a name and type — each
// with upstream's meaning spelled out and the box's sentence shown when it refuses. A "Secondary nameservers" tab
// edits the nameservers that copy the box's zones, and an "API" tab shows the calls, dynamic DNS among them.
// Talks to the box only through DnsService.
class CustomDnsPage : public ListPage
{
    Q_OBJECT

public:
    explicit CustomDnsPage(QWidget* parent = nullptr);
    ~CustomDnsPage() override;

    void refresh() override;
    bool isBusy() const override;

    DnsZoneModel* model() const { return m_model; }
    DnsRecordDialog* dialog() const { return m_dialog; }
    DnsPreviewDialog* previewDialog() const { return m_previewDialog; }
    // The box can show what a change will do before it is applied (our agent: capability "dns-preview"); without it
    // changes go to the box directly, as in the web panel.
    void setPreviewAvailable(bool available) { m_previewAvailable = available; }
    bool isPreviewAvailable() const { return m_previewAvailable; }
    QPlainTextEdit* secondaryEdit() const { return m_secondaryEdit; }
    QPushButton* secondarySaveButton() const { return m_secondarySave; }
    QString secondaryMessage() const;

    bool selectRecord(const QString& qname, const QString& rtype, const QString& value);
    void addRecord();
    void editRecord(); // the current record's value, replacing the others by default
    void addValue(); // another value for the current record's name and type
    void removeValue();
    void removeAll();
    void saveSecondaryNameservers();

signals:
    void recordsLoaded(int count);
    void changeFinished(bool ok, const QString& message);
    void secondaryNameserversChanged(bool ok);

protected:
    void clientChanged(ApiClient* client) override;
    void updateActions() override;

private:
    QWidget* buildSecondaryTab();
    void onRecordChanged(const DnsRecordChange& change, const QString& boxText);
    void onChangeFailed(const ApiError& error);
    // Previews the change where the box can (the preview is then the confirmation), else sends it — after the
    // question `confirmation` for removals.
    void request(const DnsRecordChange& change, bool fromDialog);
    void send(const DnsRecordChange& change);
    static QString describe(const DnsRecordChange& change); // done, for the status line
    static QString intent(const DnsRecordChange& change); // to do, for the preview

    DnsService* m_service;
    DnsZoneModel* m_model;
    DnsRecordDialog* m_dialog;
    DnsPreviewDialog* m_previewDialog;
    bool m_previewAvailable = false;
    QStringList m_zones;
    DnsRecordChange m_pending; // the change on its way, to select its record afterwards
    bool m_fromDialog = false; // the change on its way came from the dialog
    bool m_savingSecondary = false;
    QPlainTextEdit* m_secondaryEdit = nullptr;
    QPushButton* m_secondarySave = nullptr;
    QLabel* m_secondaryMessage = nullptr;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_addValueAction;
    QAction* m_removeAction;
    QAction* m_removeAllAction;
    QAction* m_copyAction;
};
