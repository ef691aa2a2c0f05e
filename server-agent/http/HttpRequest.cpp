#include "HttpRequest.h"

#include <QUrl>

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString HttpRequest::queryValue(const QString& name, const QString& fallback) const
{
    if (!query.hasQueryItem(name)) {
        return fallback;
    }
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QString HttpRequest::formValue(const QString& name, const QString& fallback) const
{
    parseForm();
    auto it = m_form.constFind(name);
    return it == m_form.constEnd() ? fallback : it.value();
}

bool HttpRequest::hasFormValue(const QString& name) const
{
    parseForm();
    return m_form.contains(name);
}

QStringList HttpRequest::formNames() const
{
    parseForm();
    return m_form.keys();
}

static QString decodeFormComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

static QByteArray boundaryOf(const QByteArray& contentType)
{
    const int at = contentType.indexOf("boundary=");
    if (at < 0) {
        return {};
    }
    QByteArray b = contentType.mid(at + 9);
    const int semi = b.indexOf(';');
    if (semi >= 0) {
        b.truncate(semi);
    }
    b = b.trimmed();
    if (b.size() >= 2 && b.startsWith('"') && b.endsWith('"')) {
        b = b.mid(1, b.size() - 2);
    }
    return b;
}

void HttpRequest::parseForm() const
{
    if (m_formParsed) {
        return;
    }
    m_formParsed = true;
    const QByteArray contentType = header("Content-Type");
    if (contentType.toLower().startsWith("multipart/form-data")) {
        const QByteArray boundary = "--" + boundaryOf(contentType);
        if (boundary.size() <= 2) {
            return;
        }
        int pos = body.indexOf(boundary);
        while (pos >= 0) {
            pos += boundary.size();
            if (body.mid(pos, 2) == "--") {
                break;
            }
            const int headersEnd = body.indexOf("\r\n\r\n", pos);
            if (headersEnd < 0) {
                break;
            }
            const QByteArray partHeaders = body.mid(pos, headersEnd - pos);
            const int next = body.indexOf("\r\n" + boundary, headersEnd + 4);
            if (next < 0) {
                break;
            }
            const QByteArray value = body.mid(headersEnd + 4, next - headersEnd - 4);
            const int nameAt = partHeaders.indexOf("name=\"");
            if (nameAt >= 0) {
                const int nameEnd = partHeaders.indexOf('"', nameAt + 6);
                const QString name = QString::fromUtf8(partHeaders.mid(nameAt + 6, nameEnd - nameAt - 6));
                if (!m_form.contains(name)) {
                    m_form.insert(name, QString::fromUtf8(value));
                }
            }
            pos = next + 2;
        }
        return;
    }
    // application/x-www-form-urlencoded (and anything else: curl -d sends that type)
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const int eq = pair.indexOf('=');
        const QString name = decodeFormComponent(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodeFormComponent(pair.mid(eq + 1));
        if (!m_form.contains(name)) {
            m_form.insert(name, value);
        }
    }
}
