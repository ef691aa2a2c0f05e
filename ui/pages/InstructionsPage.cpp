#include "InstructionsPage.h"

#include "GuideTable.h"
#include "QrCode.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>

InstructionsPage::InstructionsPage(QWidget* parent)
    : GuidePage(tr("Checking and Sending Mail"), parent)
    , m_table(new GuideTable(this))
    , m_intro(new QLabel(this))
    , m_webmail(new QLabel(this))
    , m_apple(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_sync(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("mailSettingsTable"));
    m_intro->setWordWrap(true);
    m_webmail->setObjectName(QStringLiteral("webmailLabel"));
    m_webmail->setWordWrap(true);
    m_webmail->setOpenExternalLinks(true);
    auto* notes = new QLabel(this);
    notes->setWordWrap(true);
    notes->setText(
        tr("<p><b>Greylisting.</b> The box briefly turns away mail from senders it has not seen before; their "
           "servers retry after a few minutes, so the first message from a new sender may arrive late. That is "
           "expected and keeps much spam out.</p>"
           "<p><b>+tags.</b> Mail to <i>name+anything@domain</i> is delivered to <i>name@domain</i>. Use a different "
           "tag for each site you sign up at to see who passes your address on, and to sort mail by tag.</p>"
           "<p><b>Exchange/ActiveSync.</b> Phones and clients that speak Exchange ActiveSync can use the server "
           "name above with SSL/TLS and the same user name and password, for mail, contacts and calendars.</p>"));

    m_apple->setObjectName(QStringLiteral("mobileConfigLabel"));
    m_apple->setWordWrap(true);
    m_apple->setOpenExternalLinks(true);
    m_qr->setObjectName(QStringLiteral("mobileConfigQrLabel"));
    m_qr->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_sync->setObjectName(QStringLiteral("syncLinkLabel"));
    m_sync->setWordWrap(true);
    m_sync->setText(tr("<p><b>Contacts and calendars.</b> This box also keeps your contacts and calendars. "
                       "<a href=\"#sync\">Set them up on your devices</a> (Contacts/Calendar page).</p>"));
    connect(m_sync, &QLabel::linkActivated, this, [this] { emit syncPageRequested(); });

    addContent(m_intro);
    addContent(m_table);
    addContent(m_webmail);
    addContent(m_apple);
    addContent(m_qr);
    addContent(m_sync);
    addContent(notes);
    setBox(QString(), QString());
}

QString InstructionsPage::webmailUrl() const
{
    return m_host.isEmpty() ? QString() : QStringLiteral("https://%1/mail").arg(m_host);
}

QString InstructionsPage::mobileConfigUrl() const
{
    return m_host.isEmpty() ? QString() : QStringLiteral("https://%1/mailinabox.mobileconfig").arg(m_host);
}

void InstructionsPage::setBox(const QString& host, const QString& email, bool hostIsName)
{
    m_host = host;
    QString server = host.isEmpty() ? tr("(log in to see the box's name)") : host;
    const QString user = email.isEmpty() ? tr("your whole email address") : email;
    m_intro->setText(
        tr("Use these settings in any mail program (Thunderbird, Apple Mail, Outlook, K-9 Mail/Thunderbird for "
           "Android, the iOS Mail app …). Every protocol uses the same server name. The user name is always the "
           "<b>whole email address</b>, and the password is the account's password."));
    m_table->clear();
    m_table->addHeader({tr("Setting"), tr("Value")});
    m_table->addRow(QStringLiteral("server"), tr("Server name (all protocols)"), server, !host.isEmpty());
    if (!host.isEmpty() && !hostIsName) {
        m_table->addRow(QStringLiteral("serverNote"), QString(),
                        tr("The box did not say its name; this is the address Boxkeeper connects to. Mail programs "
                           "need the box's name (its PRIMARY_HOSTNAME)."),
                        false);
    }
    m_table->addRow(QStringLiteral("username"), tr("User name"), user, !email.isEmpty());
    m_table->addRow(QStringLiteral("imap"), tr("IMAP (incoming, recommended)"),
                    tr("port %1, security SSL/TLS").arg(993), false);
    m_table->addRow(QStringLiteral("pop"), tr("POP3 (incoming)"), tr("port %1, security SSL/TLS").arg(995), false);
    m_table->addRow(QStringLiteral("smtp"), tr("SMTP (outgoing)"),
                    tr("port %1, security SSL/TLS, authentication with user name and password").arg(465), false);
    m_table->addRow(QStringLiteral("exchange"), tr("Exchange/ActiveSync"), tr("server %1, SSL/TLS on").arg(server),
                    false);
    m_webmail->setText(host.isEmpty() ? QString()
                                      : tr("Webmail: <a href=\"%1\">%1</a> — read and write mail in a web browser "
                                           "with the same user name and password.")
                                            .arg(webmailUrl().toHtmlEscaped()));
    if (!host.isEmpty()) {
        m_table->addRow(QStringLiteral("webmail"), tr("Webmail"), webmailUrl());
        m_table->addRow(QStringLiteral("mobileconfig"), tr("iOS/macOS profile"), mobileConfigUrl());
    }
    m_apple->setText(host.isEmpty()
                         ? QString()
                         : tr("<p><b>iPhone, iPad and Mac.</b> Open <a href=\"%1\">%1</a> on the device (or scan the "
                              "code below with the camera) and install the profile: it sets up mail, contacts and "
                              "calendars in one step.</p>")
                               .arg(mobileConfigUrl().toHtmlEscaped()));
    m_apple->setVisible(!host.isEmpty());
    const QImage qr = host.isEmpty() ? QImage() : QrCode::image(mobileConfigUrl(), 3);
    m_qr->setPixmap(QPixmap::fromImage(qr));
    m_qr->setToolTip(mobileConfigUrl());
    m_qr->setAccessibleName(tr("QR code of %1").arg(mobileConfigUrl()));
    m_qr->setVisible(!qr.isNull());
}
