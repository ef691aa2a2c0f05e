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

    // host: the box's name from its URL; email: the logged-in account (shown as the example user name).
    void setBox(const QString& host, const QString& email);
    GuideTable* table() const { return m_table; }
    QString webmailUrl() const;

private:
    GuideTable* m_table;
    QLabel* m_intro;
    QLabel* m_webmail;
    QString m_host;
};
