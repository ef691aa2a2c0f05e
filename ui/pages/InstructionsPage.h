#pragma once

#include "GuidePage.h"

class GuideTable;
class QLabel;

// Mail & Users → Instructions: how to set up a mail client for this box (IMAP, POP, SMTP, Exchange/ActiveSync),
// with copy buttons, the greylisting and +tag notes and the webmail address.
class InstructionsPage : public GuidePage
{
    Q_OBJECT

public:
    explicit InstructionsPage(QWidget* parent = nullptr);

    // host: the box's PRIMARY_HOSTNAME (or, when hostIsName is false, only the address the app connects to);
    // email: the logged-in account (shown as the example user name).
    void setBox(const QString& host, const QString& email, bool hostIsName = true);
    GuideTable* table() const { return m_table; }
    QString webmailUrl() const;
    QString mobileConfigUrl() const; // https://HOST/mailinabox.mobileconfig
    QLabel* mobileConfigQrLabel() const { return m_qr; }

signals:
    // The "contacts and calendars" pointer was followed.
    void syncPageRequested();

private:
    GuideTable* m_table;
    QLabel* m_intro;
    QLabel* m_webmail;
    QLabel* m_apple;
    QLabel* m_qr;
    QLabel* m_sync;
    QString m_host;
};
