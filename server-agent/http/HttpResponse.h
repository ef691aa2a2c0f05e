#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// One answer in upstream's wire format (api.md §2.2).
class HttpResponse
{
public:
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, in order

    // A view's text result (Flask's default type, even for plain text). 400 errors use this too.
    // Error texts (status 400 and up) often quote what the client sent: every over-long word in them is
    // elided (see elideEcho), so an answer never echoes a huge input back.
    static HttpResponse text(const QString& body, int status = 200);
    // Explicit text/plain; charset=utf-8 (zone files, auth errors).
    static HttpResponse plain(const QString& body, int status = 200);
    // json.dumps(value, indent=2, sort_keys=True) + "\n", application/json.
    static HttpResponse json(const QJsonValue& value, int status = 200);
    // Flask's stock HTML error pages.
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QList<QByteArray>& allowed);
    static HttpResponse internalError();

    // Each run of non-space characters longer than MaxEchoedWord keeps its start and end around "…", and
    // a text still longer than MaxErrorText keeps its start and end around "…".
    static QString elideEcho(const QString& text);
    static constexpr qsizetype MaxEchoedWord = 160;
    static constexpr qsizetype MaxErrorText = 1024;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray headerValue(const QByteArray& name) const;
};
