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

HttpResponse customRecord(DnsService& dns, const HttpRequest& request)
{
    const QString qname = request.pathParams.value(QStringLiteral("qname"));
    const QString rtype = request.pathParams.value(QStringLiteral("rtype"), QStringLiteral("A")).toUpper();
    if (request.method == "GET" || request.method == "HEAD") {
        QJsonArray records;
        const DnsService::Result r = dns.customRecords(qname, rtype, &records);
        return r.status == 200 ? HttpResponse::json(records) : answer(r);
    }
    QString value = bodyValue(request.body);
    std::optional<QString> recordValue = value;
    CustomRecordStore::Action action = CustomRecordStore::Action::Remove;
    if (request.method == "POST" || request.method == "PUT") {
        if ((rtype == QLatin1String("A") || rtype == QLatin1String("AAAA")) && value.isEmpty()) {
            const QString caller = ClientAddress::text(request);
            recordValue = caller.isEmpty() ? std::nullopt : std::optional<QString>(caller);
        } else if (value.isEmpty()) {
            return HttpResponse::text(QStringLiteral("No value for the record provided."), 400);
        }
        action = request.method == "POST" ? CustomRecordStore::Action::Add : CustomRecordStore::Action::Set;
    } else if (value.isEmpty()) {
        recordValue = std::nullopt;
    }
    return answer(dns.changeCustomRecord(qname, rtype, recordValue, action));
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

    // The dump of 1,000 zones is megabytes of JSON: its text is kept for as long as the service hands out
    // the same dump.
    struct DumpText
    {
        QMutex mutex;
        std::shared_ptr<const QJsonArray> source;
        QByteArray body;
    };
    router.addRoute("GET", QStringLiteral("/dns/dump"), admin,
                    [&dns, cache = std::make_shared<DumpText>()](const HttpRequest&, const AuthContext&) {
                        std::shared_ptr<const QJsonArray> out;
                        const DnsService::Result r = dns.dump(&out);
                        if (r.status != 200 || !out)
                            return answer(r);
                        {
                            QMutexLocker lock(&cache->mutex);
                            if (cache->source == out) {
                                HttpResponse cached = HttpResponse::json(QJsonArray());
                                cached.body = cache->body;
                                return cached;
                            }
                        }
                        HttpResponse response = HttpResponse::json(*out);
                        QMutexLocker lock(&cache->mutex);
                        cache->source = out;
                        cache->body = response.body;
                        return response;
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

    router.addRoute("GET", QStringLiteral("/dns/custom"), admin, [&dns](const HttpRequest&, const AuthContext&) {
        QJsonArray records;
        const DnsService::Result r = dns.customRecords(QString(), QString(), &records);
        return r.status == 200 ? HttpResponse::json(records) : answer(r);
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
