#pragma once

#include "GuidePage.h"

class GuideTable;

// Contacts/Calendar: the CardDAV and CalDAV addresses of this box (Nextcloud under /cloud) and which apps to use on
// each platform, with copy buttons.
class SyncPage : public GuidePage
{
    Q_OBJECT

public:
    explicit SyncPage(QWidget* parent = nullptr);

    void setBox(const QString& host, const QString& email);
    GuideTable* urls() const { return m_urls; }
    QString cardDavUrl() const;
    QString calDavUrl() const;

private:
    GuideTable* m_urls;
    GuideTable* m_apps;
    QString m_host;
    QString m_email;
};
