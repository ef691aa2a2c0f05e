#include "ClientAddress.h"

#include "HttpRequest.h"

QHostAddress ClientAddress::of(const HttpRequest& request)
{
    if (request.viaProxy && request.hasHeader("X-Forwarded-For")) {
        QHostAddress forwarded;
        const QString value = QString::fromLatin1(request.header("X-Forwarded-For").trimmed());
        // setAddress() would also take a scope ("fe80::1%eth0"), which nginx never writes.
        if (!value.contains(QLatin1Char('%')) && forwarded.setAddress(value)) {
            return forwarded;
        }
    }
    return request.peer;
}

QString ClientAddress::text(const HttpRequest& request)
{
    QHostAddress address = of(request);
    if (address.isNull()) {
        return {};
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QHostAddress(v4).toString();
    }
    address.setScopeId(QString());
    return address.toString();
}
