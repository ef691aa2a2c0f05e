#include "SyncPage.h"

#include "GuideTable.h"

#include <QLabel>

SyncPage::SyncPage(QWidget* parent)
    : GuidePage(tr("Contacts and Calendar"), parent)
    , m_urls(new GuideTable(this))
    , m_apps(new GuideTable(this))
{
    m_urls->setObjectName(QStringLiteral("davUrlsTable"));
    m_apps->setObjectName(QStringLiteral("appsTable"));
    auto* intro = new QLabel(
        tr("The box keeps contacts and calendars (with Nextcloud) for every mail user. Connect your devices with the "
           "addresses below; log in with the whole email address and its password."),
        this);
    intro->setWordWrap(true);
    auto* webNote = new QLabel(tr("Contacts and calendars can also be edited in a web browser at the address "
                                  "“Web interface” below."),
                               this);
    webNote->setWordWrap(true);
    addContent(intro);
    addContent(m_urls);
    addContent(webNote);
    addContent(new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Apps")), this));
    addContent(m_apps);

    m_apps->addHeader({tr("Platform"), tr("What to use")});
    m_apps->addRow(QStringLiteral("android"), tr("Android"),
                   tr("DAVx⁵ (set up with the “Login with URL and user name” option and the CardDAV/CalDAV address), "
                      "then the phone's own contacts and calendar apps"),
                   false);
    m_apps->addRow(QStringLiteral("ios"), tr("iPhone, iPad and macOS"),
                   tr("Settings → Contacts/Calendar → Accounts → Add Account → Other → CardDAV or CalDAV account, "
                      "with the server name"),
                   false);
    m_apps->addRow(QStringLiteral("thunderbird"), tr("Thunderbird"),
                   tr("Address book and calendar from the network: enter the CardDAV or CalDAV address"), false);
    m_apps->addRow(QStringLiteral("linux"), tr("GNOME / KDE"),
                   tr("GNOME Online Accounts (Nextcloud) or KDE's DAV groupware resource, with the server address"),
                   false);
    m_apps->addRow(QStringLiteral("windows"), tr("Windows"), tr("Thunderbird, or Outlook with a CalDAV/CardDAV add-on"),
                   false);
    setBox(QString(), QString());
}

QString SyncPage::cardDavUrl() const
{
    return QStringLiteral("https://%1/cloud/remote.php/dav/addressbooks/users/%2/contacts/")
        .arg(m_host, m_email.isEmpty() ? QStringLiteral("EMAIL") : m_email);
}

QString SyncPage::calDavUrl() const
{
    return QStringLiteral("https://%1/cloud/remote.php/dav/calendars/%2/personal/")
        .arg(m_host, m_email.isEmpty() ? QStringLiteral("EMAIL") : m_email);
}

void SyncPage::setBox(const QString& host, const QString& email)
{
    m_host = host;
    m_email = email;
    m_urls->clear();
    m_urls->addHeader({tr("What"), tr("Address")});
    if (host.isEmpty()) {
        m_urls->addRow(QStringLiteral("none"), tr("Addresses"), tr("(log in to see this box's addresses)"), false);
        return;
    }
    m_urls->addRow(QStringLiteral("server"), tr("Server (most apps find the rest)"),
                   QStringLiteral("https://%1/cloud/remote.php/dav").arg(host));
    m_urls->addRow(QStringLiteral("carddav"), tr("CardDAV (contacts)"), cardDavUrl());
    m_urls->addRow(QStringLiteral("caldav"), tr("CalDAV (calendar)"), calDavUrl());
    m_urls->addRow(QStringLiteral("web"), tr("Web interface"), QStringLiteral("https://%1/cloud/").arg(host));
    m_urls->addRow(QStringLiteral("username"), tr("User name"),
                   email.isEmpty() ? tr("your whole email address") : email, !email.isEmpty());
}
