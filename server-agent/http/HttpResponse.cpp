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
    r.body = (status >= 400 ? elideEcho(body) : body).toUtf8();
    return r;
}

namespace {

QString elideMiddle(QStringView text, qsizetype max)
{
    const qsizetype keep = (max - 1) / 2;
    return text.left(keep).toString() + QChar(0x2026) + text.right(keep).toString();
}

} // namespace

QString HttpResponse::elideEcho(const QString& text)
{
    const qsizetype maxWord = MaxEchoedWord;
    QString out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace()) {
            ++end;
        }
        const qsizetype length = end - start;
        if (length > maxWord) {
            if (out.isEmpty()) {
                out = text.left(start);
            }
            out += elideMiddle(QStringView(text).mid(start, length), maxWord);
        } else if (!out.isEmpty()) {
            out += QStringView(text).mid(start, length);
        }
        qsizetype next = end;
        while (next < text.size() && text.at(next).isSpace()) {
            ++next;
        }
        if (!out.isEmpty()) {
            out += QStringView(text).mid(end, next - end);
        }
        start = next;
    }
    if (out.isEmpty()) {
        out = text;
    }
    return out.size() > MaxErrorText ? elideMiddle(out, MaxErrorText) : out;
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
