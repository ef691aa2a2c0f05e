#include "MtaStsPolicy.h"

#include "box/NameResolver.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

constexpr int TimeoutMs = 5000;

const QString Valid = QStringLiteral("STSFetchResult.VALID");
const QString None = QStringLiteral("STSFetchResult.NONE");
const QString FetchError = QStringLiteral("STSFetchResult.FETCH_ERROR");

QString pyQuote(const QString& s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    if (e.contains(QLatin1Char('\'')) && !e.contains(QLatin1Char('"')))
        return QLatin1Char('"') + e + QLatin1Char('"');
    e.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + e + QLatin1Char('\'');
}

// The body of a GET of `path` from `host`'s HTTPS server at address:port, or nullopt; only a 200 text/plain answer.
std::optional<QByteArray> fetch(const QString& host, const QString& address, quint16 port, const QString& caFile)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(address, port, host);
    if (!socket.waitForEncrypted(TimeoutMs))
        return std::nullopt;
    socket.write("GET /.well-known/mta-sts.txt HTTP/1.0\r\nHost: " + host.toLatin1() +
                 "\r\nUser-Agent: boxkeeper-agent\r\nConnection: close\r\n\r\n");
    // What has already arrived is read before waiting for more (a waiting call only wakes for new data).
    QByteArray response;
    for (;;) {
        response += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState || response.size() >= 64 * 1024 ||
            !socket.waitForReadyRead(TimeoutMs))
            break;
    }
    response += socket.readAll();
    const int end = response.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> head = response.left(end).split('\n');
    const QList<QByteArray> status = head.value(0).trimmed().split(' ');
    if (status.value(1) != "200")
        return std::nullopt;
    bool plain = false;
    for (const QByteArray& line : head.mid(1)) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-type")
            plain = line.mid(colon + 1).trimmed().toLower().startsWith("text/plain");
    }
    if (!plain)
        return std::nullopt;
    return response.mid(end + 4);
}

} // namespace

QString MtaStsPolicy::Result::mode() const
{
    for (const auto& [k, v] : policy) {
        if (k == QLatin1String("mode"))
            return v;
    }
    return {};
}

QStringList MtaStsPolicy::Result::mx() const
{
    QStringList mx;
    for (const auto& [k, v] : policy) {
        if (k == QLatin1String("mx"))
            mx.append(v);
    }
    return mx;
}

QString MtaStsPolicy::Result::repr() const
{
    // The resolver's dict: "mx" first (a list), then the other keys in the file's order, a repeated key keeping
    // its first place and last value, max_age an integer.
    QStringList keys;
    QHash<QString, QString> values;
    for (const auto& [k, v] : policy) {
        if (k == QLatin1String("mx"))
            continue;
        if (!keys.contains(k))
            keys.append(k);
        values.insert(k, v);
    }
    QStringList mxItems;
    for (const QString& m : mx())
        mxItems.append(pyQuote(m));
    QStringList items{QStringLiteral("'mx': [") + mxItems.join(QStringLiteral(", ")) + QLatin1Char(']')};
    for (const QString& k : keys) {
        const QString v = values.value(k);
        items.append(pyQuote(k) + QStringLiteral(": ") + (k == QLatin1String("max_age") ? v : pyQuote(v)));
    }
    return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
}

bool MtaStsPolicy::parse(const QByteArray& text, Result* result)
{
    result->policy.clear();
    for (const QString& raw : QString::fromUtf8(text).split(QRegularExpression(QStringLiteral("\r\n|\n|\r")))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const int colon = line.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? line : line.left(colon).trimmed();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        result->policy.append({key, value});
    }
    QHash<QString, QString> last;
    for (const auto& [k, v] : result->policy)
        last.insert(k, v);
    bool ageOk = false;
    const int age = last.value(QStringLiteral("max_age")).toInt(&ageOk);
    const QString mode = last.value(QStringLiteral("mode"));
    if (last.value(QStringLiteral("version")) != QLatin1String("STSv1") || !ageOk || age < 0 ||
        !(mode == QLatin1String("enforce") || mode == QLatin1String("testing") || mode == QLatin1String("none")))
        return false;
    if (mode != QLatin1String("none") && result->mx().isEmpty())
        return false;
    for (auto& [k, v] : result->policy) {
        if (k == QLatin1String("max_age"))
            v = QString::number(age);
    }
    return true;
}

MtaStsPolicy::Result MtaStsPolicy::check(const QString& domain, const QString& resolver, const QString& address,
                                         const QString& trustedCaFile)
{
    Result result;
    const NameResolver dns(resolver);
    const NameResolver::Answer txt =
        dns.lookupMany({NameResolver::Question{QStringLiteral("_mta-sts.") + domain, QStringLiteral("TXT")}})
            .constFirst();
    if (txt.status == NameResolver::Answer::Status::TimedOut) {
        result.fetch = FetchError;
        return result;
    }
    int records = 0;
    for (const QString& r : txt.addresses) {
        // The record's strings joined: "v=STSv1; id=..." split into quoted pieces.
        QString joined;
        for (const QString& piece : r.split(QStringLiteral("\" \"")))
            joined += piece;
        joined.remove(QLatin1Char('"'));
        if (joined.startsWith(QLatin1String("v=STSv1")))
            ++records;
    }
    if (records != 1) {
        result.fetch = None;
        return result;
    }
    const QString host = QStringLiteral("mta-sts.") + domain;
    QString ip;
    quint16 port = 443;
    if (address.isEmpty()) {
        ip = dns.lookup(host, QStringLiteral("A")).value(0);
    } else {
        const int colon = address.lastIndexOf(QLatin1Char(':'));
        ip = colon > 0 && !address.endsWith(QLatin1Char(']')) ? address.left(colon) : address;
        if (colon > 0 && ip != address)
            port = static_cast<quint16>(address.mid(colon + 1).toUInt());
        ip.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    }
    const std::optional<QByteArray> body = ip.isEmpty() ? std::nullopt : fetch(host, ip, port, trustedCaFile);
    if (!body || !parse(*body, &result)) {
        result.policy.clear();
        result.fetch = FetchError;
        return result;
    }
    result.fetch = Valid;
    return result;
}
