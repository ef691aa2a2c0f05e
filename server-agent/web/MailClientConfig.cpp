#include "MailClientConfig.h"

#include <QUrl>
#include <QUuid>
#include <QXmlStreamWriter>

namespace MailClientConfig {

namespace {

void key(QXmlStreamWriter& xml, const QString& name)
{
    xml.writeTextElement(QStringLiteral("key"), name);
}

void string(QXmlStreamWriter& xml, const QString& name, const QString& value)
{
    key(xml, name);
    xml.writeTextElement(QStringLiteral("string"), value);
}

void integer(QXmlStreamWriter& xml, const QString& name, int value)
{
    key(xml, name);
    xml.writeTextElement(QStringLiteral("integer"), QString::number(value));
}

void boolean(QXmlStreamWriter& xml, const QString& name, bool value)
{
    key(xml, name);
    xml.writeEmptyElement(value ? QStringLiteral("true") : QStringLiteral("false"));
}

// The keys every payload has. `suffix` names the payload in its identifier (empty for the profile itself).
void payload(QXmlStreamWriter& xml, const QString& hostname, const QString& displayName, const QString& type,
             const QString& suffix, const QString& uuid)
{
    string(xml, QStringLiteral("PayloadDescription"), hostname + QStringLiteral(" (Mail-in-a-Box)"));
    string(xml, QStringLiteral("PayloadDisplayName"), displayName);
    string(xml, QStringLiteral("PayloadIdentifier"),
           QStringLiteral("email.mailinabox.mobileconfig.") + hostname + suffix);
    string(xml, QStringLiteral("PayloadOrganization"), QString());
    string(xml, QStringLiteral("PayloadType"), type);
    string(xml, QStringLiteral("PayloadUUID"), uuid);
    integer(xml, QStringLiteral("PayloadVersion"), 1);
}

// A server of the autoconfig file with the address as user name and a password sent inside TLS.
void server(QXmlStreamWriter& xml, const QString& element, const QString& type, const QString& hostname, int port)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeTextElement(QStringLiteral("hostname"), hostname);
    xml.writeTextElement(QStringLiteral("port"), QString::number(port));
    xml.writeTextElement(QStringLiteral("socketType"), QStringLiteral("SSL"));
    xml.writeTextElement(QStringLiteral("username"), QStringLiteral("%EMAILADDRESS%"));
    xml.writeTextElement(QStringLiteral("authentication"), QStringLiteral("password-cleartext"));
    if (element == QLatin1String("outgoingServer")) {
        xml.writeTextElement(QStringLiteral("addThisServer"), QStringLiteral("true"));
        xml.writeTextElement(QStringLiteral("useGlobalPreferredServer"), QStringLiteral("false"));
    }
    xml.writeEndElement();
}

// The contacts or calendar entry: HTTP basic authentication with the address at a well-known URL.
void dav(QXmlStreamWriter& xml, const QString& element, const QString& type, const QString& url)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeTextElement(QStringLiteral("username"), QStringLiteral("%EMAILADDRESS%"));
    xml.writeStartElement(QStringLiteral("authentication"));
    xml.writeAttribute(QStringLiteral("system"), QStringLiteral("http"));
    xml.writeCharacters(QStringLiteral("basic"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("url"), url);
    xml.writeEndElement();
}

} // namespace

QStringList newProfileUuids()
{
    QStringList out;
    for (int i = 0; i < 4; ++i)
        out.append(QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
    return out;
}

QByteArray appleProfile(const QString& hostname, const QStringList& uuids)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeComment(QStringLiteral(" Mail, contacts and calendar of %1 for iOS and macOS; written by "
                                    "boxkeeper-agent where the box had none. ")
                         .arg(hostname));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    key(xml, QStringLiteral("PayloadContent"));
    xml.writeStartElement(QStringLiteral("array"));

    xml.writeStartElement(QStringLiteral("dict"));
    string(xml, QStringLiteral("CalDAVAccountDescription"), hostname + QStringLiteral(" calendar"));
    string(xml, QStringLiteral("CalDAVHostName"), hostname);
    integer(xml, QStringLiteral("CalDAVPort"), 443);
    boolean(xml, QStringLiteral("CalDAVUseSSL"), true);
    payload(xml, hostname, hostname + QStringLiteral(" calendar"), QStringLiteral("com.apple.caldav.account"),
            QStringLiteral(".CalDAV"), uuids.value(0));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("dict"));
    string(xml, QStringLiteral("EmailAccountDescription"), hostname + QStringLiteral(" mail"));
    string(xml, QStringLiteral("EmailAccountType"), QStringLiteral("EmailTypeIMAP"));
    string(xml, QStringLiteral("IncomingMailServerAuthentication"), QStringLiteral("EmailAuthPassword"));
    string(xml, QStringLiteral("IncomingMailServerHostName"), hostname);
    integer(xml, QStringLiteral("IncomingMailServerPortNumber"), 993);
    boolean(xml, QStringLiteral("IncomingMailServerUseSSL"), true);
    string(xml, QStringLiteral("OutgoingMailServerAuthentication"), QStringLiteral("EmailAuthPassword"));
    string(xml, QStringLiteral("OutgoingMailServerHostName"), hostname);
    integer(xml, QStringLiteral("OutgoingMailServerPortNumber"), 465);
    boolean(xml, QStringLiteral("OutgoingMailServerUseSSL"), true);
    boolean(xml, QStringLiteral("OutgoingPasswordSameAsIncomingPassword"), true);
    payload(xml, hostname, hostname + QStringLiteral(" mail"), QStringLiteral("com.apple.mail.managed"),
            QStringLiteral(".E-Mail"), uuids.value(1));
    boolean(xml, QStringLiteral("PreventAppSheet"), false);
    boolean(xml, QStringLiteral("PreventMove"), false);
    boolean(xml, QStringLiteral("SMIMEEnabled"), false);
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("dict"));
    string(xml, QStringLiteral("CardDAVAccountDescription"), hostname + QStringLiteral(" contacts"));
    string(xml, QStringLiteral("CardDAVHostName"), hostname);
    integer(xml, QStringLiteral("CardDAVPort"), 443);
    string(xml, QStringLiteral("CardDAVPrincipalURL"), QStringLiteral("/cloud/remote.php/carddav/addressbooks/"));
    boolean(xml, QStringLiteral("CardDAVUseSSL"), true);
    payload(xml, hostname, hostname + QStringLiteral(" contacts"), QStringLiteral("com.apple.carddav.account"),
            QStringLiteral(".carddav"), uuids.value(2));
    xml.writeEndElement();

    xml.writeEndElement(); // array
    payload(xml, hostname, hostname, QStringLiteral("Configuration"), QString(), uuids.value(3));
    boolean(xml, QStringLiteral("PayloadRemovalDisallowed"), false);
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return out;
}

QByteArray mozillaAutoconfig(const QString& hostname)
{
    const QString site = QStringLiteral("https://") + hostname;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeComment(QStringLiteral(" Thunderbird autoconfiguration (clientConfig 1.1) of %1; written by "
                                    "boxkeeper-agent where the box had none. ")
                         .arg(hostname));
    xml.writeStartElement(QStringLiteral("clientConfig"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));

    xml.writeStartElement(QStringLiteral("emailProvider"));
    xml.writeAttribute(QStringLiteral("id"), hostname);
    xml.writeTextElement(QStringLiteral("domain"), hostname);
    xml.writeTextElement(QStringLiteral("displayName"), hostname + QStringLiteral(" (Mail-in-a-Box)"));
    xml.writeTextElement(QStringLiteral("displayShortName"), hostname);
    server(xml, QStringLiteral("incomingServer"), QStringLiteral("imap"), hostname, 993);
    server(xml, QStringLiteral("incomingServer"), QStringLiteral("pop3"), hostname, 995);
    server(xml, QStringLiteral("outgoingServer"), QStringLiteral("smtp"), hostname, 465);
    xml.writeStartElement(QStringLiteral("documentation"));
    xml.writeAttribute(QStringLiteral("url"), site + QLatin1Char('/'));
    xml.writeStartElement(QStringLiteral("descr"));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en"));
    xml.writeCharacters(hostname + QStringLiteral(" website."));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // emailProvider

    dav(xml, QStringLiteral("addressbook"), QStringLiteral("carddav"), site + QStringLiteral("/.well-known/carddav"));
    dav(xml, QStringLiteral("calendar"), QStringLiteral("caldav"), site + QStringLiteral("/.well-known/caldav"));
    xml.writeStartElement(QStringLiteral("webMail"));
    xml.writeEmptyElement(QStringLiteral("loginPage"));
    xml.writeAttribute(QStringLiteral("url"), site + QStringLiteral("/mail/"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("clientConfigUpdate"));
    xml.writeAttribute(QStringLiteral("url"), site + QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    xml.writeEndElement(); // clientConfig
    xml.writeEndDocument();
    return out;
}

} // namespace MailClientConfig

QByteArray MailClientConfig::mtaStsPolicy(const QString& mode, const QString& hostname)
{
    const QByteArray ace = QUrl::toAce(hostname);
    return "version: STSv1\nmode: " + mode.toUtf8() + "\nmx: " + (ace.isEmpty() ? hostname.toUtf8() : ace) +
           "\nmax_age: 604800\n";
}
