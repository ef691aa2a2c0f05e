#include "HttpResponse.h"

#include "PyJson.h"

namespace {

HttpResponse htmlError(int status, const char* name, const char* description)
{
    HttpResponse r;
    r.status = status;
    r.body = QByteArray("<!doctype html>\n<html lang=en>\n<title>") + QByteArray::number(status) + ' ' + name +
             "</title>\n<h1>" + name + "</h1>\n<p>" + description + "</p>\n";
    return r;
}

} // namespace

HttpResponse HttpResponse::text(const QString& body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = body.toUtf8();
    return r;
}

HttpResponse HttpResponse::plain(const QString& body, int status)
{
    HttpResponse r = text(body, status);
    r.contentType = "text/plain; charset=utf-8";
    return r;
}

HttpResponse HttpResponse::json(const QJsonValue& value, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = PyJson::indented(value) + '\n';
    return r;
}

HttpResponse HttpResponse::notFound()
{
    return htmlError(404, "Not Found",
                     "The requested URL was not found on the server. If you entered the URL manually please check your "
                     "spelling and try again.");
}

HttpResponse HttpResponse::methodNotAllowed(const QList<QByteArray>& allowed)
{
    HttpResponse r = htmlError(405, "Method Not Allowed", "The method is not allowed for the requested URL.");
    r.setHeader("Allow", allowed.join(", "));
    return r;
}

HttpResponse HttpResponse::internalError()
{
    return htmlError(
        500, "Internal Server Error",
        "The server encountered an internal error and was unable to complete your request. Either the server is "
        "overloaded or there is an error in the application.");
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::headerValue(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}
