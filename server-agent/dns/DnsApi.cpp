#include "DnsApi.h"

#include "DnsService.h"
#include "http/ClientAddress.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

namespace {

HttpResponse answer(const DnsService::Result& r)
{
    return HttpResponse::text(r.text, r.status);
}

// The raw body as ASCII with other bytes dropped, trimmed (api.md §6.7).
QString bodyValue(const QByteArray& body)
{
    QByteArray ascii;
    ascii.reserve(body.size());
    for (const char c : body) {
        if (static_cast<unsigned char>(c) < 0x80)
            ascii.append(c);
    }
    return QString::fromLatin1(ascii).trimmed();
}

// What a POST, PUT or DELETE of a custom record with `value` means (api.md §6.7): the record value (nullopt for
// "none": DELETE all, or an A/AAAA without a caller address) and the action; false for POST/PUT without a value.
bool recordChange(const HttpRequest& request, const QByteArray& method, const QString& rtype, const QString& value,
                  std::optional<QString>* recordValue, CustomRecordStore::Action* action)
{
    *recordValue = value;
    *action = CustomRecordStore::Action::Remove;
    if (method == "POST" || method == "PUT") {
        if ((rtype == QLatin1String("A") || rtype == QLatin1String("AAAA")) && value.isEmpty()) {
            const QString caller = ClientAddress::text(request);
            *recordValue = caller.isEmpty() ? std::nullopt : std::optional<QString>(caller);
        } else if (value.isEmpty()) {
            return false;
        }
        *action = method == "POST" ? CustomRecordStore::Action::Add : CustomRecordStore::Action::Set;
    } else if (value.isEmpty()) {
        *recordValue = std::nullopt;
    }
    return true;
}

// The JSON answer of an array the service hands out unchanged while its inputs are: made once per array.
class JsonTextCache
{
public:
    HttpResponse answer(const std::shared_ptr<const QJsonArray>& array)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_source == array) {
                HttpResponse cached = HttpResponse::json(QJsonArray());
                cached.body = m_body;
                return cached;
            }
        }
        HttpResponse response = HttpResponse::json(*array);
        QMutexLocker lock(&m_mutex);
        m_source = array;
        m_body = response.body;
        return response;
    }

private:
    QMutex m_mutex;
    std::shared_ptr<const QJsonArray> m_source;
    QByteArray m_body;
};

HttpResponse customRecord(DnsService& dns, const HttpRequest& request)
{
    const QString qname = request.pathParams.value(QStringLiteral("qname"));
    const QString rtype = request.pathParams.value(QStringLiteral("rtype"), QStringLiteral("A")).toUpper();
    if (request.method == "GET" || request.method == "HEAD") {
        QJsonArray records;
        const DnsService::Result r = dns.customRecords(qname, rtype, &records);
        return r.status == 200 ? HttpResponse::json(records) : answer(r);
    }
    std::optional<QString> value;
    CustomRecordStore::Action action = CustomRecordStore::Action::Remove;
    if (!recordChange(request, request.method, rtype, bodyValue(request.body), &value, &action))
        return HttpResponse::text(QStringLiteral("No value for the record provided."), 400);
    return answer(dns.changeCustomRecord(qname, rtype, value, action));
}

// POST /boxkeeper/dns/preview: form fields method (POST, PUT or DELETE), qname, rtype (default A) and value,
// read as the custom record route reads them.
HttpResponse preview(DnsService& dns, const HttpRequest& request)
{
    const QByteArray method = request.formValue(QStringLiteral("method")).toUpper().toLatin1();
    if (method != "POST" && method != "PUT" && method != "DELETE")
        return HttpResponse::text(QStringLiteral("The method must be POST, PUT or DELETE."), 400);
    const QString qname = request.formValue(QStringLiteral("qname"));
    QString rtype = request.formValue(QStringLiteral("rtype")).toUpper();
    if (rtype.isEmpty())
        rtype = QStringLiteral("A");
    std::optional<QString> value;
    CustomRecordStore::Action action = CustomRecordStore::Action::Remove;
    if (!recordChange(request, method, rtype, bodyValue(request.formValue(QStringLiteral("value")).toUtf8()), &value,
                      &action))
        return HttpResponse::text(QStringLiteral("No value for the record provided."), 400);
    QJsonObject out;
    const DnsService::Result r = dns.previewCustomRecord(qname, rtype, value, action, &out);
    return r.status == 200 ? HttpResponse::json(out) : answer(r);
}

} // namespace

void DnsApi::registerRoutes(Router& router, DnsService& dns)
{
    const auto admin = Router::Access::Admin;
    router.addRoute("GET", QStringLiteral("/dns/zones"), admin, [&dns](const HttpRequest&, const AuthContext&) {
        return HttpResponse::json(QJsonArray::fromStringList(dns.zones()));
    });

    router.addRoute("POST", QStringLiteral("/dns/update"), admin,
                    [&dns](const HttpRequest& request, const AuthContext&) {
                        return answer(dns.runUpdate(request.formValue(QStringLiteral("force")) == QLatin1String("1")));
                    });

    // The dump of 1,000 zones and thousands of custom records are megabytes of JSON: the text is kept for as long
    // as the service hands out the same array.
    router.addRoute("GET", QStringLiteral("/dns/dump"), admin,
                    [&dns, cache = std::make_shared<JsonTextCache>()](const HttpRequest&, const AuthContext&) {
                        std::shared_ptr<const QJsonArray> out;
                        const DnsService::Result r = dns.dump(&out);
                        return r.status == 200 && out ? cache->answer(out) : answer(r);
                    });

    router.addRoute("GET", QStringLiteral("/dns/zonefile/<zone>"), admin,
                    [&dns](const HttpRequest& request, const AuthContext&) {
                        const DnsService::Result r = dns.zoneFile(request.pathParams.value(QStringLiteral("zone")));
                        return r.status == 200 ? HttpResponse::plain(r.text) : answer(r);
                    });

    router.addRoute("GET", QStringLiteral("/dns/secondary-nameserver"), admin,
                    [&dns](const HttpRequest&, const AuthContext&) {
                        QStringList hostnames;
                        const DnsService::Result r = dns.secondaryNameservers(&hostnames);
                        if (r.status != 200)
                            return answer(r);
                        return HttpResponse::json(
                            QJsonObject{{QStringLiteral("hostnames"), QJsonArray::fromStringList(hostnames)}});
                    });

    router.addRoute("POST", QStringLiteral("/dns/secondary-nameserver"), admin,
                    [&dns](const HttpRequest& request, const AuthContext&) {
                        static const QRegularExpression separators(QStringLiteral("[, ]+"));
                        QStringList entries;
                        for (const QString& e : request.formValue(QStringLiteral("hostnames")).split(separators)) {
                            const QString t = e.trimmed();
                            if (!t.isEmpty())
                                entries.append(t);
                        }
                        return answer(dns.setSecondaryNameservers(entries));
                    });

    router.addRoute("POST", QStringLiteral("/boxkeeper/dns/preview"), admin,
                    [&dns](const HttpRequest& request, const AuthContext&) { return preview(dns, request); });
    router.addRoute("GET", QStringLiteral("/dns/custom"), admin,
                    [&dns, cache = std::make_shared<JsonTextCache>()](const HttpRequest&, const AuthContext&) {
                        std::shared_ptr<const QJsonArray> out;
                        const DnsService::Result r = dns.customRecords(&out);
                        return r.status == 200 && out ? cache->answer(out) : answer(r);
                    });

    for (const char* method : {"GET", "POST", "PUT", "DELETE"}) {
        for (const QString& pattern :
             {QStringLiteral("/dns/custom/<qname>"), QStringLiteral("/dns/custom/<qname>/<rtype>")}) {
            router.addRoute(method, pattern, admin, [&dns](const HttpRequest& request, const AuthContext&) {
                return customRecord(dns, request);
            });
        }
    }
}
